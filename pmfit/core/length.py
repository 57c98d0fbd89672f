"""How long the questions are, in the two numbers a person reads: how many, and how many minutes.

One rule for each, used wherever pmfit says them (the welcome screen, the question screen, the result, the
PDF and the command line), so that no two places disagree:

* **Questions are counted as the question screen numbers them**: every question of the form a person is
  asked, the attention checks included (they are answered like any other question). The tie-breakers, asked
  only when a result is too close to call, are a round of their own, counted apart (:func:`question_count`
  takes the items of that round).
* **Minutes are estimated from the reference language's words**, English, the language the bank is written
  in: its translations share its ids, so every language says the same minutes for the same questions. A
  translation's own words would not do: the same sentence takes a different number of words in each
  language (Ukrainian uses fewer, longer words), and the reading rate (``WORDS_PER_MINUTE``) is a rate of
  English words. An item the reference lacks (a bank of one's own, an item added in a translation only) is
  timed by its own words. Per item: its words (and its facet's question) at ``WORDS_PER_MINUTE``,
  ``SECONDS_PER_ANSWER`` to pick, and more for a scenario weighed (:func:`pmfit.core.items.answer_seconds`).
* **A time is said in whole minutes** (:func:`whole_minutes`): rounded, never "0 minutes" while a question is
  left, and 0 (said as "almost done") only for under half a minute.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from pmfit.core.languages import SOURCE_LANGUAGE

if TYPE_CHECKING:
    from pmfit.core.bank import Bank
    from pmfit.core.items import Item


class QuestionCount(NamedTuple):
    """Questions answered and questions asked, as the question screen counts them."""

    answered: int
    asked: int


def asked_items(bank: Bank) -> tuple[Item, ...]:
    """The questions of the form, in the order asked: every main question, checks included."""
    return bank.main_items


def question_count(
    bank: Bank, answers: Mapping[str, int | None], items: Sequence[Item] | None = None
) -> QuestionCount:
    """How many of ``items`` (default: the form's, :func:`asked_items`) ``answers`` holds an answer for (one
    the item takes: a value out of its range counts as not answered, as scoring ignores it)."""
    asked = asked_items(bank) if items is None else items
    answered = 0
    for item in asked:
        value = answers.get(item.id)
        if value is not None and item.accepts(value):
            answered += 1
    return QuestionCount(answered, len(asked))


def item_seconds(bank: Bank, item: Item) -> float:
    """The time to read and answer ``item``, from the reference language's words (see the module note)."""
    if bank.language != SOURCE_LANGUAGE:
        reference = _bundled_reference(bank.id, bank.version)
        found = None if reference is None else reference.get(item.id)
        # Taken from the reference only when it is the same kind of question there.
        if found is not None and found[0] == item.kind:
            return found[1]
    return bank.seconds_for(item)


def estimated_seconds(bank: Bank, items: Iterable[Item] | None = None) -> float:
    """The time ``items`` (default: the whole form) take, at the reference pace."""
    chosen = asked_items(bank) if items is None else items
    return sum(item_seconds(bank, item) for item in chosen)


def estimated_minutes(bank: Bank, items: Iterable[Item] | None = None) -> int:
    """The time the form (or ``items``) takes, in the whole minutes a person reads (at least 1)."""
    return max(1, whole_minutes(estimated_seconds(bank, items) / 60))


def minutes_left(bank: Bank, item_ids: Iterable[str]) -> float:
    """The time the questions ``item_ids`` still take, at the reference pace, in minutes."""
    return sum(item_seconds(bank, bank.item_by_id[item_id]) for item_id in item_ids) / 60


def whole_minutes(minutes: float) -> int:
    """``minutes`` as said to a person: rounded, at least 1 from half a minute on, 0 below it."""
    if minutes < 0.5:
        return 0
    return int(minutes + 0.5)  # halves up, as people round (round() would say 12 for 12.5)


@cache
def _bundled_reference(bank_id: str, version: str) -> Mapping[str, tuple[str, float]] | None:
    """(kind, seconds) per item of the bundled reference-language bank ``bank_id`` at ``version``, or None
    when pmfit has none (a bank of one's own, a version never bundled). Read once per run: the bundled
    files do not change while pmfit runs."""
    from pmfit.core.bank import load_bank
    from pmfit.core.errors import BankError
    from pmfit.core.paths import archived_bank_path, bank_path

    for path in (bank_path(SOURCE_LANGUAGE, bank_id), archived_bank_path(SOURCE_LANGUAGE, version, bank_id)):
        if path is None or not path.is_file():
            continue
        try:
            reference = load_bank(path)
        except (BankError, OSError):
            continue
        if reference.id == bank_id and reference.version == version and reference.language == SOURCE_LANGUAGE:
            return {item.id: (item.kind, reference.seconds_for(item)) for item in reference.items}
    return None
