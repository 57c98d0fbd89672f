"""The items of a question bank: a statement rated 1-5 (likert), a choice between options, and a check that
the person reads the questions (check). Each kind is one pydantic model; ``Item`` is any of them.

Everything that differs between the kinds lives on the models, and nowhere else: which answers an item
takes and whether one is valid, what each answer adds to the scales, what the screen offers, which texts a
person reads, what a bank author may have got wrong, and the item's public JSON. The rest of pmfit asks the
item, never its kind, so a new kind of question is one more class here (added to ``Item``), its words in
the interface and its screen widget (docs/ARCHITECTURE.md, "Adding a question type").
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Annotated, Any, ClassVar, Literal, NamedTuple, get_args

from pydantic import Field, TypeAdapter

from pmfit.core.fields import Frozen, Id, Text, Weight
from pmfit.core.problems import QT_TRANSLATE_NOOP, Phrase, shown

# The agreement scale of statements and checks: 1 strongly disagree .. 5 strongly agree.
LIKERT_MIN, LIKERT_MAX = 1, 5
AGREEMENT = range(LIKERT_MIN, LIKERT_MAX + 1)
ANSWERS = len(AGREEMENT)  # answers a likert or check item offers (a facet's labels name each)

# The time estimate: words read at a rate people really have, a few seconds to pick each answer, and more
# for a work scenario, whose options are weighed against each other.
WORDS_PER_MINUTE = 200
SECONDS_PER_ANSWER = 4.0
SECONDS_PER_SCENARIO = 25.0  # on top, for a choice of three or more options

#: What an answer adds to the scales: (scale id, weight, contribution from 0 to 1) for each scale it feeds.
Contribution = tuple[tuple[str, float, float], ...]


class Answer(NamedTuple):
    """One answer an item offers, in the order the screen shows them."""

    value: int  # what the answer sheet stores
    text: str | None  # the bank's words for it (a choice's option), or None: pmfit's own word for ``value``
    # on the agreement scale ("Agree"), which the interface translates


class TaskReference(NamedTuple):
    """Where an item names the blueprint task it measures, and the weights that task must be keyed with."""

    field: str  # 'framework', 'options.0.task'
    task: str | None  # None: it names none
    keyed: Mapping[str, float] | None  # the scales the statement is keyed to; None: not keyed itself


class KeyedText(NamedTuple):
    """A text a person reads, where it sits in the bank, and the scales an answer to it is keyed to."""

    field: str  # 'text', 'options.0.text'
    text: str
    scales: frozenset[str]  # scale ids keyed with a weight above 0
    option: bool  # an option of the item, rather than its question


class _ItemBase(Frozen):
    id: Id
    kind: str  # each kind narrows it to its own literal, which tells the kinds apart in a bank file
    text: Text
    framework: Text
    tiebreaker: bool = False

    #: Feeds the scales (a check item scores nothing: it only flags careless answering).
    scored: ClassVar[bool] = True
    #: Answered on the agreement scale, where a long run of one answer is a sign of careless answering.
    agreement: ClassVar[bool] = False
    #: What an answer adds is linear in the answer, so the largest change of an answer is to one end.
    linear: ClassVar[bool] = False
    #: May be held back as a tie-breaker, asked only when a result is too close to call.
    breaks_ties: ClassVar[bool] = False

    # -------------------------------------------------------------------------------------- answers

    @property
    def values(self) -> range:
        """The answers a sheet may hold for this item."""
        raise NotImplementedError

    def accepts(self, value: int) -> bool:
        return value in self.values

    def answer_problem(self, value: int) -> Phrase | None:
        """Why ``value`` is not an answer to this item, in one line naming it; None when it is one."""
        if self.accepts(value):
            return None
        return Phrase(
            QT_TRANSLATE_NOOP("Problems", "answer to item '{item}' is {value}; it takes {low} to {high}"),
            item=self.id,
            value=shown(value),
            low=self.values[0],
            high=self.values[-1],
        )

    @property
    def answers(self) -> tuple[Answer, ...]:
        """What the question screen offers, in order."""
        return tuple(Answer(value, None) for value in self.values)

    def answer_text(self, value: int) -> str | None:
        """The bank's words for the answer ``value``, or None when pmfit names it (the agreement scale)."""
        return None

    # -------------------------------------------------------------------------------------- scoring

    @property
    def interest(self) -> bool:
        """Measures what a person would enjoy (interest), rather than what they have done (experience)."""
        return True

    def contributions(self) -> Mapping[int, Contribution]:
        """What each answer adds to the scales: (scale id, weight, 0..1) for each scale the item feeds.

        Every answer feeds the same scales with the same weights, in the same order; only the contribution
        differs. Empty for an item that scores nothing."""
        return {}

    def measured_scales(self) -> frozenset[str]:
        """The responsibility scales the item is keyed to (for a choice, those of any of its options)."""
        return frozenset()

    def interest_scales(self) -> frozenset[str]:
        """The scales whose interest it measures with a weight above 0 (a scale needs enough of them)."""
        return frozenset()

    def expected_answer(self) -> int | None:
        """The one right answer of an instructed-response item; None for a real question."""
        return None

    @property
    def answer_facet(self) -> Literal["interest", "experience"] | None:
        """Whose answer words (a bank's ``[facets]``) the item is answered with; None: its own, or pmfit's."""
        return None

    def task_references(self) -> tuple[TaskReference, ...]:
        """Each place the item names the blueprint task it measures (the bank's lints check them)."""
        return ()

    def weighing_seconds(self) -> float:
        """Time on top of reading and picking, for an item whose answers are weighed against each other."""
        return 0.0

    def twin_id(self) -> str | None:
        """The item asking the same the other way round, whose answer should mirror this one's."""
        return None

    # ---------------------------------------------------------------------------------------- words

    @property
    def texts(self) -> tuple[str, ...]:
        """Everything a person reads for this item: the question, then its options."""
        return (self.text,)

    def keyed_texts(self) -> tuple[KeyedText, ...]:
        """Each text with the scales an answer to it is keyed to (for the bank's fairness lints)."""
        return (KeyedText("text", self.text, frozenset(), False),)

    def option_texts(self) -> tuple[str, ...]:
        """The options to pick from, when the item has its own (they should be of similar length)."""
        return ()

    @property
    def statement_of_interest(self) -> bool:
        """A first-person statement about what the person would enjoy (it must not presume experience)."""
        return False

    def reference_problems(self, scale_ids: Set[str], items: Mapping[str, Item]) -> list[str]:
        """How this item refers to the bank's scales and items wrongly, each problem with its place."""
        if self.tiebreaker and not self.breaks_ties:
            return [f"item '{self.id}', field tiebreaker: only choice items can be tie-breakers"]
        return []

    def as_json(self) -> dict[str, Any]:
        """The item in ``pmfit bank show --json``."""
        head = {"id": self.id, "kind": self.kind, "text": self.text, "framework": self.framework}
        return head | self._own_json() | {"tiebreaker": self.tiebreaker}

    def _own_json(self) -> dict[str, Any]:
        """The fields of this kind, for :meth:`as_json`."""
        return {}


def _positive(weights: Mapping[str, float]) -> frozenset[str]:
    return frozenset(scale for scale, weight in weights.items() if weight > 0)


def _unknown_scales(where: str, field: str, weights: Mapping[str, float], scale_ids: Set[str]) -> list[str]:
    return [
        f"{where}, field {field}.{scale}: unknown scale id" for scale in weights if scale not in scale_ids
    ]


class LikertItem(_ItemBase):
    """A statement the person rates from strongly disagree (1) to strongly agree (5)."""

    kind: Literal["likert"]
    facet: Literal["interest", "experience"] = "interest"
    scales: dict[Id, Weight] = Field(min_length=1)
    reverse: bool = False
    twin: Id | None = None

    agreement: ClassVar[bool] = True
    linear: ClassVar[bool] = True

    @property
    def values(self) -> range:
        return AGREEMENT

    @property
    def interest(self) -> bool:
        return self.facet == "interest"

    def contributions(self) -> Mapping[int, Contribution]:
        # (answer - 1) / 4 from 0 to 1, or the other way round when reverse-keyed.
        low, span = AGREEMENT[0], AGREEMENT[-1] - AGREEMENT[0]
        out = {}
        for answer in AGREEMENT:
            value = (AGREEMENT[-1] - answer) / span if self.reverse else (answer - low) / span
            out[answer] = tuple((scale, weight, value) for scale, weight in self.scales.items() if weight > 0)
        return out

    def measured_scales(self) -> frozenset[str]:
        return frozenset(self.scales)

    def interest_scales(self) -> frozenset[str]:
        return _positive(self.scales) if self.interest else frozenset()

    def twin_id(self) -> str | None:
        return self.twin

    @property
    def answer_facet(self) -> Literal["interest", "experience"] | None:
        return self.facet

    def task_references(self) -> tuple[TaskReference, ...]:
        return (TaskReference("framework", self.framework, self.scales),)

    def keyed_texts(self) -> tuple[KeyedText, ...]:
        return (KeyedText("text", self.text, _positive(self.scales), False),)

    @property
    def statement_of_interest(self) -> bool:
        return self.interest

    def reference_problems(self, scale_ids: Set[str], items: Mapping[str, Item]) -> list[str]:
        where = f"item '{self.id}'"
        problems = _unknown_scales(where, "scales", self.scales, scale_ids)
        if not any(w > 0 for w in self.scales.values()):
            problems.append(f"{where}, field scales: all weights are zero")
        if self.twin is not None:
            twin = items.get(self.twin)
            if self.twin == self.id:
                problems.append(f"{where}, field twin: an item cannot be its own twin")
            elif twin is None:
                problems.append(f"{where}, field twin: unknown item id '{self.twin}'")
            elif not isinstance(twin, LikertItem) or set(twin.scales) != set(self.scales):
                problems.append(f"{where}, field twin: '{self.twin}' does not measure the same scales")
            elif twin.reverse == self.reverse:
                problems.append(f"{where}, field twin: '{self.twin}' must be keyed the other way")
        return problems + super().reference_problems(scale_ids, items)

    def _own_json(self) -> dict[str, Any]:
        return {"facet": self.facet, "scales": dict(self.scales), "reverse": self.reverse}


class Option(Frozen):
    text: Text
    weights: dict[Id, Weight] = Field(min_length=1)
    task: Id | None = None  # the blueprint task this option measures


class ChoiceItem(_ItemBase):
    """A forced choice between statements, or a work scenario with a few actions; the answer is the
    option's index from 0."""

    kind: Literal["choice"]
    options: tuple[Option, ...] = Field(min_length=2, max_length=9)

    breaks_ties: ClassVar[bool] = True

    @property
    def values(self) -> range:
        return range(len(self.options))

    def answer_problem(self, value: int) -> Phrase | None:
        if self.accepts(value):
            return None
        return Phrase(
            QT_TRANSLATE_NOOP("Problems", "answer to item '{item}' is {value}; a choice takes 0 to {high}"),
            item=self.id,
            value=shown(value),
            high=len(self.options) - 1,
        )

    @property
    def answers(self) -> tuple[Answer, ...]:
        return tuple(Answer(number, option.text) for number, option in enumerate(self.options))

    def answer_text(self, value: int) -> str | None:
        return self.options[value].text if self.accepts(value) else None

    def contributions(self) -> Mapping[int, Contribution]:
        # For each scale any option is keyed to: the chosen option's weight over the largest option weight
        # there, carrying that largest weight (an option keyed elsewhere adds 0 to the scale).
        top: dict[str, float] = {}
        for option in self.options:
            for scale, weight in option.weights.items():
                top[scale] = max(top.get(scale, 0.0), weight)
        return {
            number: tuple((s, w, option.weights.get(s, 0.0) / w) for s, w in top.items() if w > 0)
            for number, option in enumerate(self.options)
        }

    def measured_scales(self) -> frozenset[str]:
        return frozenset(scale for option in self.options for scale in option.weights)

    def interest_scales(self) -> frozenset[str]:
        return frozenset().union(*(_positive(option.weights) for option in self.options))

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.text, *(option.text for option in self.options))

    def keyed_texts(self) -> tuple[KeyedText, ...]:
        sides = [_positive(option.weights) for option in self.options]
        stem = KeyedText("text", self.text, frozenset().union(*sides), False)
        return (
            stem,
            *(
                KeyedText(f"options.{number}.text", option.text, scales, True)
                for number, (option, scales) in enumerate(zip(self.options, sides, strict=True))
            ),
        )

    def option_texts(self) -> tuple[str, ...]:
        return tuple(option.text for option in self.options)

    def task_references(self) -> tuple[TaskReference, ...]:
        # The question names the task the choice is about; each option the task of its own scale.
        options = (
            TaskReference(f"options.{number}.task", option.task, option.weights)
            for number, option in enumerate(self.options)
        )
        return (TaskReference("framework", self.framework, None), *options)

    def weighing_seconds(self) -> float:
        # A work scenario (three or more actions) is weighed; a this-or-that pair is read and picked.
        return SECONDS_PER_SCENARIO if len(self.options) >= 3 else 0.0

    def reference_problems(self, scale_ids: Set[str], items: Mapping[str, Item]) -> list[str]:
        where = f"item '{self.id}'"
        problems = []
        for number, option in enumerate(self.options):
            problems += _unknown_scales(where, f"options.{number}.weights", option.weights, scale_ids)
        return problems + super().reference_problems(scale_ids, items)

    def _own_json(self) -> dict[str, Any]:
        return {"options": [{"text": o.text, "weights": dict(o.weights)} for o in self.options]}


class CheckItem(_ItemBase):
    """An instructed-response item ("pick 'agree' here"): it scores nothing and flags a wrong answer."""

    kind: Literal["check"]
    expected: Annotated[int, Field(ge=LIKERT_MIN, le=LIKERT_MAX)]

    scored: ClassVar[bool] = False
    agreement: ClassVar[bool] = True

    @property
    def values(self) -> range:
        return AGREEMENT

    def expected_answer(self) -> int | None:
        return self.expected

    @property
    def answer_facet(self) -> Literal["interest", "experience"] | None:
        return "interest"  # answered on the agreement scale, like an interest statement

    def _own_json(self) -> dict[str, Any]:
        return {"expected": self.expected}


Item = LikertItem | ChoiceItem | CheckItem
#: The kinds of item, one class each (the ``kind`` field of a bank's item tells them apart).
ITEM_CLASSES: tuple[type[_ItemBase], ...] = get_args(Item)
KINDS = frozenset(get_args(cls.model_fields["kind"].annotation)[0] for cls in ITEM_CLASSES)
_ITEM_ADAPTER: TypeAdapter[Item] = TypeAdapter(Annotated[Item, Field(discriminator="kind")])


def answer_seconds(item: Item, prompt: str | None = None) -> float:
    """Seconds to read and answer ``item`` (with ``prompt``, a question shown above it): its words at
    WORDS_PER_MINUTE, plus SECONDS_PER_ANSWER, plus the time to weigh its answers (a scenario's
    SECONDS_PER_SCENARIO)."""
    words = sum(len(text.split()) for text in item.texts) + (len(prompt.split()) if prompt else 0)
    return words * 60 / WORDS_PER_MINUTE + SECONDS_PER_ANSWER + item.weighing_seconds()
