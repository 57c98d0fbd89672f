"""Known-groups statistics (pmfit.core.known_groups): against draws whose separation is known in theory,
small examples worked by hand, and properties that hold for any values."""

from __future__ import annotations

import math
import random
from statistics import NormalDist

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pmfit.core.known_groups import Member, auc, cohens_d, known_groups, youden_cutoff

STANDARD = NormalDist()


def pairwise_auc(higher: list[float], lower: list[float]) -> float:
    """P(X > Y) + P(X = Y) / 2, counted over every pair: the definition, not the rank formula."""
    wins = sum(1.0 if x > y else 0.5 if x == y else 0.0 for x in higher for y in lower)
    return wins / (len(higher) * len(lower))


def hanley_mcneil_se(area: float, n: int, m: int) -> float:
    """Standard error of an AUC (Hanley & McNeil 1982)."""
    q1, q2 = area / (2 - area), 2 * area * area / (1 + area)
    variance = area * (1 - area) + (n - 1) * (q1 - area * area) + (m - 1) * (q2 - area * area)
    return math.sqrt(variance / (n * m))


@pytest.mark.parametrize("separation", [0.0, 0.5, 1.0, 2.0])
def test_auc_and_d_land_on_the_separation_of_two_normal_groups(separation: float) -> None:
    # Two groups N(separation, 1) and N(0, 1): AUC = Phi(separation / sqrt 2) and d = separation exactly.
    rng = random.Random(int(separation * 10) + 1)
    n = 2000
    first = [rng.gauss(separation, 1.0) for _ in range(n)]
    second = [rng.gauss(0.0, 1.0) for _ in range(n)]
    expected_auc = STANDARD.cdf(separation / math.sqrt(2))
    assert auc(first, second) == pytest.approx(expected_auc, abs=4 * hanley_mcneil_se(expected_auc, n, n))
    d_se = math.sqrt(2 / n + separation**2 / (4 * n))
    assert cohens_d(first, second) == pytest.approx(separation, abs=4 * d_se)
    # Youden's best cut between two equal-variance normals lies midway, at separation / 2.
    found = youden_cutoff(first, second)
    if separation >= 1.0:
        assert found is not None and found[0] == pytest.approx(separation / 2, abs=0.25)
        assert found[1] == pytest.approx(2 * STANDARD.cdf(separation / 2) - 1, abs=0.06)


def test_worked_by_hand() -> None:
    # Product gaps 3, 5, 5, 9 against project gaps 1, 5, 7: pairs won 1 + 1.5 + 1.5 + 3 = 7 of 12.
    assert auc([3, 5, 5, 9], [1, 5, 7]) == 7 / 12
    # Means 2 and 4, each with squares summing to 2: pooled sd sqrt(4 / 4) = 1, so d = -2.
    assert cohens_d([1, 2, 3], [3, 4, 5]) == -2.0
    assert cohens_d([1], [2, 3]) is None and cohens_d([2, 2], [2, 2]) is None
    # Separated at 4.5: above it every product gap, at or below every project gap; J = 1.
    assert youden_cutoff([5, 6, 8], [1, 2, 4]) == (4.5, 1.0)
    # No threshold beats chance when the "product" group sits lower.
    assert youden_cutoff([1, 2], [5, 6]) is None
    assert auc([], [1]) is None and youden_cutoff([], [1]) is None


def test_of_equally_good_cutoffs_the_one_nearest_zero() -> None:
    # Gaps 5, 20 against -20, 10: a cut at -7.5 (between -20 and 5) and one at 15 (between 10 and 20) each
    # get one group wholly right and half the other, J = 0.5; the one nearer the neutral gap 0 wins.
    assert youden_cutoff([5, 20], [-20, 10]) == (-7.5, 0.5)
    assert youden_cutoff([-5, 20], [-20, 10]) == (-12.5, 0.5)  # -12.5 and 15 tie: -12.5 is nearer 0


def member(role: str, gap: float, hit: bool = True, **scales: float | None) -> Member:
    return Member(role, gap, hit, scales)


def test_known_groups_below_the_minimum_say_how_many_more() -> None:
    members = [member("product_manager", 10.0, vision=70.0)] * 19 + [member("project_manager", -10.0)] * 25
    groups = known_groups(members, ["vision"], minimum=20)
    assert dict(groups.n) == {"product_manager": 19, "project_manager": 25}
    assert (groups.auc, groups.hit_rate, groups.cutoff) == (None, None, None)
    assert dict(groups.d) == {"vision": None}
    assert not groups.enough and groups.needed() == {"product_manager": 1, "project_manager": 0}


def test_known_groups_at_the_minimum() -> None:
    rng = random.Random(4)
    members = [
        member(
            "product_manager", rng.gauss(8, 5), rng.random() < 0.7, vision=rng.gauss(70, 10), planning=None
        )
        for _ in range(20)
    ] + [
        member("project_manager", rng.gauss(-8, 5), rng.random() < 0.6, vision=rng.gauss(50, 10))
        for _ in range(21)
    ]
    groups = known_groups(members, ["vision", "planning"], minimum=20)
    product = [m for m in members if m.role == "product_manager"]
    project = [m for m in members if m.role == "project_manager"]
    assert groups.enough and groups.needed() == {"product_manager": 0, "project_manager": 0}
    assert groups.auc == pytest.approx(pairwise_auc([m.gap for m in product], [m.gap for m in project]))
    assert groups.hit_rate == pytest.approx(sum(m.leans_to_role for m in members) / 41)
    assert groups.d["vision"] == pytest.approx(
        cohens_d([m.scales["vision"] for m in product], [m.scales["vision"] for m in project])  # type: ignore[misc]
    )
    assert groups.d["planning"] is None  # nobody's planning score: nothing to compare
    assert groups.cutoff is not None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(-5, 5).map(float), min_size=1, max_size=25),
    st.lists(st.integers(-5, 5).map(float), min_size=1, max_size=25),
)
def test_auc_is_the_pairwise_share_and_symmetric(first: list[float], second: list[float]) -> None:
    area = auc(first, second)
    assert area == pytest.approx(pairwise_auc(first, second), abs=1e-12)
    assert area + (auc(second, first) or 0.0) == pytest.approx(1.0)
    # Only the order of the values matters.
    assert auc([math.exp(x) for x in first], [math.exp(y) for y in second]) == pytest.approx(area)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.floats(-100, 100), min_size=2, max_size=20),
    st.lists(st.floats(-100, 100), min_size=2, max_size=20),
    st.floats(-50, 50),
)
def test_d_is_antisymmetric_and_ignores_a_common_shift(
    first: list[float], second: list[float], shift: float
) -> None:
    d = cohens_d(first, second)
    if d is None:
        return
    assert cohens_d(second, first) == pytest.approx(-d, abs=1e-9)
    # A spread at the level of float rounding (values differing by 3e-11 around 1.0) cannot survive a shift:
    # the shifted values themselves lose those digits. Such groups say nothing about d's invariance.
    spread = max(max(first) - min(first), max(second) - min(second))
    assume(spread > 1e-6 * max(1.0, abs(shift), *map(abs, first), *map(abs, second)))
    shifted = cohens_d([x + shift for x in first], [y + shift for y in second])
    assert shifted is not None and shifted == pytest.approx(d, rel=1e-6, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(-30, 30).map(float), min_size=1, max_size=20),
    st.lists(st.integers(-30, 30).map(float), min_size=1, max_size=20),
)
def test_youden_cutoff_is_the_best_threshold(positives: list[float], negatives: list[float]) -> None:
    found = youden_cutoff(positives, negatives)

    def j(cutoff: float) -> float:
        sensitivity = sum(1 for p in positives if p > cutoff) / len(positives)
        specificity = sum(1 for n in negatives if n <= cutoff) / len(negatives)
        return sensitivity + specificity - 1

    best = max(j(c - 0.5) for c in range(-31, 32))  # every distinct split of whole numbers
    if found is None:
        assert best <= 1e-12
    else:
        assert found[1] == pytest.approx(best) and j(found[0]) == pytest.approx(best)
