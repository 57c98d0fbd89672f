"""Properties of the engine that must hold for any answers (docs/ARCHITECTURE.md, "The scoring model")."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, ChoiceItem, LikertItem, load_bank
from pmfit.core.scoring import score
from tests.conftest import TINY_BANK

BANKS = {"tiny": load_bank(TINY_BANK), "bundled": load_bank(language="en")}
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def value_range(bank: Bank, item_id: str) -> range:
    item = bank.item_by_id[item_id]
    return range(len(item.options)) if isinstance(item, ChoiceItem) else range(1, 6)


@st.composite
def answers_for(draw: st.DrawFn, bank: Bank) -> dict[str, int]:
    answers = {}
    for item in bank.items:
        if draw(st.booleans()) or draw(st.booleans()):  # about three in four answered
            answers[item.id] = draw(st.sampled_from(list(value_range(bank, item.id))))
    return answers


def sheet(bank: Bank, answers: dict[str, int]) -> AnswerSheet:
    return replace(AnswerSheet.new(bank), answers=answers)


@pytest.mark.parametrize("name", BANKS)
def test_scores_stay_in_bounds(name: str) -> None:
    bank = BANKS[name]

    @SETTINGS
    @given(answers_for(bank))
    def check(answers: dict[str, int]) -> None:
        result = score(bank, sheet(bank, answers))
        for s in result.scales:
            for value in (s.score, s.experience):
                assert value is None or 0 <= value <= 100
            assert s.se >= 0
        for role in result.roles:
            assert role.fit is None or 0 <= role.fit <= 100
        assert result.verdict.se_difference >= 0
        assert (result.verdict.lean is None) == (
            result.verdict.margin <= result.verdict.threshold or result.verdict.label == "not_enough_answers"
        )

    check()


@pytest.mark.parametrize("name", BANKS)
def test_more_agreement_never_lowers_its_scales(name: str) -> None:
    bank = BANKS[name]
    likert = [i for i in bank.items if isinstance(i, LikertItem)]

    @SETTINGS
    @given(answers_for(bank), st.sampled_from(likert), st.integers(1, 4))
    def check(answers: dict[str, int], item: LikertItem, low: int) -> None:
        before = score(bank, sheet(bank, {**answers, item.id: low}))
        after = score(bank, sheet(bank, {**answers, item.id: low + 1}))
        for scale_id in item.scales:
            old, new = before.scale(scale_id), after.scale(scale_id)
            if item.facet == "interest":
                assert old.score is not None and new.score is not None
                assert (new.score <= old.score) if item.reverse else (new.score >= old.score)
            else:
                assert old.experience is not None and new.experience is not None
                assert (
                    (new.experience <= old.experience) if item.reverse else (new.experience >= old.experience)
                )

    check()


@pytest.mark.parametrize("name", BANKS)
def test_answer_order_does_not_matter_and_same_input_same_output(name: str) -> None:
    bank = BANKS[name]

    @SETTINGS
    @given(answers_for(bank), st.randoms(use_true_random=False))
    def check(answers: dict[str, int], rng: random.Random) -> None:
        items = list(answers.items())
        rng.shuffle(items)
        first = score(bank, sheet(bank, answers))
        assert score(bank, sheet(bank, dict(items))) == first
        assert score(bank, sheet(bank, answers)) == first

    check()


@pytest.mark.parametrize("name", BANKS)
def test_missing_answers_never_crash(name: str) -> None:
    bank = BANKS[name]
    ids = [item.id for item in bank.items]

    @SETTINGS
    @given(st.dictionaries(st.sampled_from(ids), st.integers(-3, 12), max_size=len(ids)))
    def check(answers: dict[str, int]) -> None:
        # Out-of-range values too: the engine ignores what the edges would have rejected.
        result = score(bank, sheet(bank, answers))
        if result.verdict.label == "not_enough_answers":
            assert result.verdict.lean is None and result.drivers == () and result.flip == ()

    check()


@pytest.mark.parametrize("name", BANKS)
def test_lean_matches_the_sign_of_the_gap(name: str) -> None:
    bank = BANKS[name]

    @SETTINGS
    @given(answers_for(bank))
    def check(answers: dict[str, int]) -> None:
        result = score(bank, sheet(bank, answers))
        if result.verdict.lean == "product_manager":
            assert result.verdict.difference > 0
        elif result.verdict.lean == "project_manager":
            assert result.verdict.difference < 0
        if result.flip:
            changed = dict(answers)
            for change in result.flip:
                changed[change.item_id] = change.instead
            assert score(bank, sheet(bank, changed)).verdict.lean != result.verdict.lean

    check()
