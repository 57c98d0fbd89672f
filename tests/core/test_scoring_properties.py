"""Properties of the engine that must hold for any answers (docs/ARCHITECTURE.md, "The scoring model")."""

from __future__ import annotations

import copy
import math
import random
import tomllib
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, BankError, ChoiceItem, LikertItem, load_bank, parse_bank
from pmfit.core.scoring import score
from tests.conftest import TINY_BANK
from tests.fuzz.bank_data_mutants import toml_document

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


# ------------------------------------------------------------------ any bank the check passes scores


# Weights a bank author might write, and some no author should: the check must refuse what the engine
# cannot score (1e-170 squared underflows to 0, 5e-324 is the smallest float there is).
WEIGHTS = st.sampled_from([0.0, 0.0, 1.0, 0.5, 5.0, 0.3, 0.01, 0.009, 1e-5, 1e-170, 5e-324, 2.5e-308])
SCORING_VALUES = {
    "z": [1.96, 5.0, 1e-9, 1e-300],
    "prior_sd": [0.25, 1.0, 1e-9, 1e-170, 5e-324],
    "prior_weight": [2.0, 0.0, 10.0, 1e-300],
    "min_answered_share": [0.3, 0.0, 1.0],
    "clear_margin": [15.0, 0.0, 100.0],
    "strong": [60.0, 0.0, 100.0],
    "weak": [40.0, 0.0, 100.0],
    "quadrant_cut": [50.0, 0.0, 100.0],
    "twin_gap": [0.5, 1e-300, 1.0],
    "skipped_flag_share": [0.25, 0.0, 1.0],
    "fast_median_seconds": [1.2, 0.0, 60.0],
    "tiebreakers_offered": [4, 1, 20],
}


@st.composite
def random_banks(draw: st.DrawFn) -> dict[str, Any]:
    """The tiny bank's data with every weight and the scoring thresholds drawn anew.

    The weights of one bank come from a small pool drawn for it, so that a bank whose weights are all
    tiny (or all the same) comes up as often as a mixed one."""
    data = copy.deepcopy(TINY_DATA)
    pool = st.sampled_from(draw(st.lists(WEIGHTS, min_size=1, max_size=3)))
    for role in data["roles"]:
        role["weights"] = {scale: draw(pool) for scale in role["weights"]}
    for item in data["items"]:
        if "scales" in item:
            item["scales"] = {scale: draw(pool) for scale in item["scales"]}
        for option in item.get("options", []):
            option["weights"] = {scale: draw(pool) for scale in option["weights"]}
    data["scoring"] = {
        name: draw(st.sampled_from(values)) for name, values in SCORING_VALUES.items() if draw(st.booleans())
    }
    return data


TINY_DATA = tomllib.loads(TINY_BANK.read_text(encoding="utf-8"))


def test_a_bank_the_check_passes_scores_any_sheet_without_an_error() -> None:
    """bank check passes => score never raises and every number in the result is a finite number."""
    passed = 0

    @settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(random_banks(), st.data())
    def check(data: dict[str, Any], draw: st.DataObject) -> None:
        nonlocal passed
        try:
            bank = parse_bank(toml_document(data))
        except BankError:
            return  # refused by the check: nothing to score
        passed += 1
        answers = draw.draw(answers_for(bank))
        result = score(bank, sheet(bank, answers))
        numbers = [result.verdict.difference, result.verdict.se_difference, result.verdict.threshold]
        numbers += [s.se for s in result.scales] + [role.se for role in result.roles]
        numbers += [n for s in result.scales for n in (s.score, s.experience) if n is not None]
        numbers += [role.fit for role in result.roles if role.fit is not None]
        numbers += [driver.points for driver in result.drivers]
        assert all(math.isfinite(n) for n in numbers), result
        assert all(0 <= n <= 100 for s in result.scales for n in (s.score, s.experience) if n is not None)

    check()
    assert passed >= 25, f"only {passed} random banks passed the check: the test says little"


@pytest.mark.parametrize("weight", [1e-170, 5e-324, 1e-5, 0.009])
def test_the_check_refuses_a_weight_too_small_to_count(weight: float) -> None:
    for section, entry, field in (("items", 0, "scales"), ("roles", 0, "weights")):
        data = copy.deepcopy(TINY_DATA)
        target = data[section][entry][field]
        target[next(iter(target))] = weight
        with pytest.raises(BankError) as refused:
            parse_bank(toml_document(data))
        assert "0.01" in str(refused.value), refused.value


def test_the_engine_divides_by_no_weight_that_underflows_even_in_a_bank_made_in_code() -> None:
    """A bank built in code skips the check: weights of 1e-170 (whose squares are 0) still never raise."""
    tiny = BANKS["tiny"]
    items = tuple(
        item.model_copy(update={"scales": dict.fromkeys(item.scales, 1e-170)})
        if isinstance(item, LikertItem)
        else item
        for item in tiny.items
    )
    bank = tiny.model_copy(update={"items": items})
    answers = {item.id: 5 for item in items if isinstance(item, LikertItem)}
    result = score(bank, sheet(bank, answers))
    assert all(s.score is None or 0 <= s.score <= 100 for s in result.scales)
    assert all(math.isfinite(s.se) for s in result.scales)
