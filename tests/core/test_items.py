"""Items know themselves: each kind says which answers it takes, what the screen offers, what an answer adds
to the scales and what a person reads; and a new kind works everywhere with nothing but its class."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

import pytest

from pmfit.core.answers import AnswerSheet, SheetError, check_against_bank
from pmfit.core.bank import Bank
from pmfit.core.compare import answers_fitting
from pmfit.core.items import Answer, CheckItem, ChoiceItem, Contribution, LikertItem, _ItemBase
from pmfit.core.lint import lint_bank
from pmfit.core.scoring import score
from pmfit.core.session import Session


def likert(reverse: bool = False, facet: Literal["interest", "experience"] = "interest") -> LikertItem:
    return LikertItem(
        id="l1",
        kind="likert",
        text="I would enjoy it.",
        framework="x",
        scales={"a": 1.0, "b": 0.0},
        reverse=reverse,
        facet=facet,
    )


CHOICE = ChoiceItem.model_validate(
    {
        "id": "c1",
        "kind": "choice",
        "text": "Which?",
        "framework": "x",
        "options": [
            {"text": "This one", "weights": {"a": 2.0}},
            {"text": "That one", "weights": {"b": 1.0, "a": 1.0}},
        ],
    }
)
CHECK = CheckItem(id="k1", kind="check", text="Pick agree.", framework="x", expected=4)


def test_each_kind_says_which_answers_it_takes() -> None:
    assert list(likert().values) == [1, 2, 3, 4, 5] == list(CHECK.values)
    assert list(CHOICE.values) == [0, 1]
    assert likert().accepts(5) and not likert().accepts(0) and not likert().accepts(6)
    assert CHOICE.accepts(0) and not CHOICE.accepts(2) and not CHOICE.accepts(-1)
    assert likert().answer_problem(3) is None
    assert str(likert().answer_problem(9)) == "answer to item 'l1' is 9; it takes 1 to 5"
    assert str(CHOICE.answer_problem(2)) == "answer to item 'c1' is 2; a choice takes 0 to 1"


def test_the_screen_offers_the_agreement_scale_or_the_options() -> None:
    assert likert().answers == tuple(Answer(value, None) for value in range(1, 6))
    assert CHOICE.answers == (Answer(0, "This one"), Answer(1, "That one"))
    assert CHOICE.answer_text(1) == "That one" and CHOICE.answer_text(5) is None
    assert likert().answer_text(4) is None  # pmfit names it, in the person's language


def test_what_an_answer_adds_to_the_scales() -> None:
    assert likert().contributions()[1] == (("a", 1.0, 0.0),)  # a weight of 0 feeds nothing
    assert likert().contributions()[4] == (("a", 1.0, 0.75),)
    assert likert(reverse=True).contributions()[4] == (("a", 1.0, 0.25),)
    # A choice: the chosen option's weight over the largest on each scale, carrying that largest weight.
    assert CHOICE.contributions() == {
        0: (("a", 2.0, 1.0), ("b", 1.0, 0.0)),
        1: (("a", 2.0, 0.5), ("b", 1.0, 1.0)),
    }
    assert CHECK.contributions() == {} and not CHECK.scored
    assert likert(facet="experience").interest_scales() == frozenset()
    assert likert().interest_scales() == frozenset({"a"}) and likert().measured_scales() == frozenset(
        {"a", "b"}
    )


def test_what_a_person_reads() -> None:
    assert CHOICE.texts == ("Which?", "This one", "That one")
    assert [(t.field, t.scales, t.option) for t in CHOICE.keyed_texts()] == [
        ("text", frozenset({"a", "b"}), False),
        ("options.0.text", frozenset({"a"}), True),
        ("options.1.text", frozenset({"a", "b"}), True),
    ]
    assert likert().statement_of_interest and not likert(facet="experience").statement_of_interest


class RatingItem(_ItemBase):
    """A kind pmfit does not have: 'how much, from 0 to 10?', on one scale. Only this class is written."""

    kind: Literal["rating"]
    scale: str

    linear: ClassVar[bool] = True

    @property
    def values(self) -> range:
        return range(11)

    def contributions(self) -> Mapping[int, Contribution]:
        return {value: ((self.scale, 1.0, value / 10),) for value in self.values}

    def measured_scales(self) -> frozenset[str]:
        return frozenset({self.scale})

    def interest_scales(self) -> frozenset[str]:
        return frozenset({self.scale})


def with_ratings(tiny_bank: Bank) -> Bank:
    ratings = tuple(
        RatingItem(
            id=f"r{n}", kind="rating", text=f"How much would you enjoy task {n}?", framework="x", scale=a
        )
        for n, a in enumerate(("vision", "planning"))
    )
    # As a bank file would give it, had the class been added to the Item union (validation is the union's
    # job; everything after it asks the item).
    fields = {name: getattr(tiny_bank, name) for name in Bank.model_fields}
    return Bank.model_construct(**(fields | {"items": (*tiny_bank.items, *ratings)}))


def test_a_new_kind_of_item_works_everywhere_with_only_its_class(tiny_bank: Bank) -> None:
    bank = with_ratings(tiny_bank)
    session = Session.start(bank)
    while session.current is not None and session.current.kind != "rating":
        session.skip()
    with pytest.raises(ValueError):
        session.answer(11)  # not one of its answers
    session.answer(10)
    session.answer(0)
    sheet = session.sheet
    check_against_bank(sheet, bank)
    with pytest.raises(SheetError, match="answer to item 'r0' is 12; it takes 0 to 10"):
        check_against_bank(sheet.with_answer("r0", 12), bank)
    assert answers_fitting(sheet.with_answer("r1", 99), bank).answers == {"r0": 10}
    result = score(bank, sheet)
    assert result.scale("vision").score == 100 and result.scale("planning").score == 0
    assert result.answered == 2
    assert session.minutes_left() == 0
    lint_bank(bank)  # reads its texts without knowing its kind
    # It names no blueprint task and no facet (the base class's answers), and its words are read in time.
    rating = bank.item_by_id["r0"]
    assert rating.task_references() == () and bank.facet_words(rating) is None
    assert bank.seconds_for(rating) == pytest.approx(len(rating.text.split()) * 60 / 200 + 4)
    assert bank.item_by_id["r0"].as_json()["kind"] == "rating"


def test_a_sheet_of_no_answers_still_scores(tiny_bank: Bank) -> None:
    assert score(with_ratings(tiny_bank), AnswerSheet.new(tiny_bank)).verdict.label == "not_enough_answers"
