"""The language screen (pmfit.core.dif): small tables worked by hand, the classic Mantel-Haenszel test it
reduces to for yes/no items, the ETS classes, and simulated English and Ukrainian respondents where one
item was made to read differently."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmfit.core.bank import Bank, LikertItem
from pmfit.core.dif import Stratum, ets_class, language_dif, mantel, standardised_difference
from tests.core.simulate import respondents


def test_standardised_difference_worked_by_hand() -> None:
    # Stratum 1: reference 1, 2 (mean 1.5), focal 2 (mean 2); stratum 2: reference 4, focal 4, 5, 3 (mean 4);
    # stratum 3 has no reference answer and is left out. Focal weights 1/4 and 3/4 of the four focal
    # answers in the shared strata: 1/4 * (2 - 1.5) + 3/4 * (4 - 4) = 0.125.
    strata = [Stratum([1, 2], [2]), Stratum([4], [4, 5, 3]), Stratum([], [5, 5])]
    assert standardised_difference(strata) == pytest.approx(0.125)
    assert standardised_difference([Stratum([], [3]), Stratum([2], [])]) is None


def test_mantel_worked_by_hand() -> None:
    # One stratum, reference 1, 3 and focal 5, 3: n = 4, sum y = 12, sum y^2 = 44; F = 8, E[F] = 2 * 12 / 4
    # = 6; Var[F] = 2 * 2 * (4 * 44 - 144) / (16 * 3) = 128 / 48. chi2 = 4 / (128 / 48) = 1.5.
    chi2, p = mantel([Stratum([1, 3], [5, 3])]) or (0.0, 0.0)
    assert chi2 == pytest.approx(1.5)
    assert p == pytest.approx(0.2206714, abs=1e-6)  # the chi-square (1 df) tail at 1.5
    assert mantel([Stratum([2, 2], [2, 2])]) is None  # nothing varies
    assert mantel([Stratum([1, 5], [])]) is None  # one group only


def classic_cmh(tables: list[tuple[int, int, int, int]]) -> float:
    """The Cochran-Mantel-Haenszel chi-square without continuity correction, from 2x2 tables (a b / c d:
    reference right, reference wrong / focal right, focal wrong), as textbooks write it."""
    numerator = variance = 0.0
    for a, b, c, d in tables:
        n = a + b + c + d
        if n < 2:
            continue
        numerator += c - (c + d) * (a + c) / n
        variance += (a + b) * (c + d) * (a + c) * (b + d) / (n * n * (n - 1))
    return numerator * numerator / variance


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(*[st.integers(0, 12)] * 4).filter(lambda t: t[0] + t[1] > 0 and t[2] + t[3] > 0),
        min_size=1,
        max_size=6,
    )
)
def test_for_yes_no_items_mantel_is_the_mantel_haenszel_test(tables: list[tuple[int, int, int, int]]) -> None:
    strata = [Stratum([1] * a + [0] * b, [1] * c + [0] * d) for a, b, c, d in tables]
    found = mantel(strata)
    if found is None:
        return
    assert found[0] == pytest.approx(classic_cmh(tables), rel=1e-9, abs=1e-12)
    assert found[1] == pytest.approx(math.erfc(math.sqrt(found[0] / 2)))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(st.integers(1, 5), max_size=8), st.lists(st.integers(1, 5), max_size=8)),
        min_size=1,
        max_size=8,
    )
)
def test_swapping_the_languages_swaps_nothing_but_the_sign(pairs: list[tuple[list[int], list[int]]]) -> None:
    strata = [Stratum(r, f) for r, f in pairs]
    swapped = [Stratum(f, r) for r, f in pairs]
    found, back = mantel(strata), mantel(swapped)
    assert (found is None) == (back is None)
    if found and back:
        assert back[0] == pytest.approx(found[0])
    difference = standardised_difference(strata)
    if difference is not None and all(len(r) == len(f) for r, f in pairs):
        # With equal groups in every stratum the two directions weigh the strata alike.
        assert standardised_difference(swapped) == pytest.approx(-difference)


def test_ets_classes() -> None:
    assert ets_class(0.5, 0.2) == "A"  # not significant
    assert ets_class(0.17, 0.001) == "A"  # negligible
    assert ets_class(0.2, 0.01) == "B" and ets_class(-0.25, 0.01) == "B"
    assert ets_class(0.26, 0.01) == "C" and ets_class(-0.4, 0.0) == "C"
    assert ets_class(None, 0.01) is None


# ------------------------------------------------------------------------------ simulated languages


def cohorts(
    bank: Bank, seed: int, count: int, focal_means: dict[str, float], shifts: dict[str, float]
) -> dict[str, list[dict[str, int]]]:
    rng = random.Random(seed)
    noise = {scale.id: 1.0 for scale in bank.scales}
    return {
        "en": respondents(bank, count, rng, noise, choice_noise=1.0),
        "uk": respondents(bank, count, rng, noise, means=focal_means, shifts=shifts, choice_noise=1.0),
    }


@pytest.mark.parametrize("seed", [1, 2])
def test_an_item_a_translation_shifted_is_flagged_and_a_group_difference_is_not(
    bank: Bank, seed: int
) -> None:
    interest = [i for i in bank.items if isinstance(i, LikertItem) and i.facet == "interest"]
    shifted = interest[0]  # Ukrainians agree with it more than their level would have them do
    own_scale = max(shifted.scales, key=lambda s: shifted.scales[s])
    # The Ukrainian group also simply likes market research more and project planning less: impact,
    # which matching on the total must not mistake for the items behaving differently.
    means = {"market_research": 0.7, "project_planning": -0.5}
    screen = language_dif(bank, cohorts(bank, seed, 200, means, {shifted.id: 1.2}), "en", "uk")
    assert screen.items is not None and len(screen.items) == len(interest)
    by_id = {item.item_id: item for item in screen.items}
    found = by_id[shifted.id]
    direction = -1 if shifted.reverse else 1  # a reverse item is answered 6 - x: the shift comes out mirrored
    assert found.dif_class == "C" and direction * (found.difference or 0) > 0.3 and found.flagged
    assert found.scale_id == own_scale and found.n == {"en": 200, "uk": 200}
    large = [item.item_id for item in screen.items if item.dif_class == "C"]
    assert large == [shifted.id]  # its siblings are matched without it (purification), so they stay quiet
    moderate = [item.item_id for item in screen.items if item.dif_class == "B"]
    assert len(moderate) <= 4  # chance alone flags a few of 60 at p < .05 and |effect| > .17
    for item in screen.items:
        if item.scale_id in means and item.item_id != shifted.id:
            assert item.dif_class != "C"


def test_no_shift_no_large_flags(bank: Bank) -> None:
    screen = language_dif(bank, cohorts(bank, 3, 150, {}, {}), "en", "uk")
    assert screen.items is not None
    assert [item.item_id for item in screen.items if item.dif_class == "C"] == []
    assert sum(item.flagged for item in screen.items) <= 4


def test_too_few_sheets_in_a_language_say_nothing(bank: Bank) -> None:
    sheets = cohorts(bank, 4, 40, {}, {})
    sheets["uk"] = sheets["uk"][:29]
    screen = language_dif(bank, sheets, "en", "uk", minimum=30)
    assert screen.items is None and screen.flagged == ()
    assert screen.n == {"en": 40, "uk": 29} and screen.needed() == {"en": 0, "uk": 1}
    assert language_dif(bank, {"en": sheets["en"]}, "en", "uk").n == {"en": 40, "uk": 0}
