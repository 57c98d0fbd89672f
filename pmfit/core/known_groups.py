"""Known groups: does pmfit tell the Product Managers of a pilot from its Project Managers?

A pilot's respondents may say what they do now (the answer sheet's ``respondent.current_role``). Those who
are Product Managers or Project Managers form two known groups, and a measure of the two roles should set
them apart. The "gap" is the product fit minus the project fit as ``score`` computes it (positive leans to
product). Per pilot:

* ``auc``: the chance that a Product Manager's gap is larger than a Project Manager's, ties counting half
  (the area under the ROC curve; 0.5 is no better than a coin, 1 a perfect separation);
* ``hit_rate``: the share of both groups whose result is a clear or slight lean toward their current role;
* ``d`` per scale: Cohen's d of the scale's interest score, Product Managers minus Project Managers, over
  the pooled standard deviation;
* ``cutoff``: the gap that best separates the groups by Youden's J (sensitivity + specificity - 1), a
  Product Manager being predicted above it.

Below :data:`MIN_GROUP` sheets in either group every figure is None: with fewer, an AUC has a standard
error above about 0.07 and a d one above about 0.3, too wide to say whether the two groups differ in a way
that matters. The counts are always given, so a report can say how many more sheets each group needs.
Pure functions, data in and data out.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

__all__ = [
    "GROUPS",
    "MIN_GROUP",
    "KnownGroups",
    "Member",
    "auc",
    "cohens_d",
    "known_groups",
    "youden_cutoff",
]

GROUPS = ("product_manager", "project_manager")
MIN_GROUP = 20


@dataclass(frozen=True, slots=True)
class Member:
    """One respondent of a known group, as pmfit scored their sheet."""

    role: str  # their current role: one of GROUPS
    gap: float  # product fit minus project fit
    leans_to_role: bool  # a clear or slight lean toward their current role
    scales: Mapping[str, float | None]  # interest score per scale id, None when unanswered


@dataclass(frozen=True, slots=True)
class KnownGroups:
    n: Mapping[str, int]  # members per group, in GROUPS order
    minimum: int
    auc: float | None
    hit_rate: float | None
    cutoff: float | None
    d: Mapping[str, float | None]  # per scale id

    @property
    def enough(self) -> bool:
        return all(self.n[group] >= self.minimum for group in GROUPS)

    def needed(self) -> dict[str, int]:
        """How many more sheets each group needs before the figures mean something."""
        return {group: max(0, self.minimum - self.n[group]) for group in GROUPS}


def auc(higher: Sequence[float], lower: Sequence[float]) -> float | None:
    """P(X > Y) + P(X = Y) / 2 for X from ``higher`` and Y from ``lower`` (Mann-Whitney, via mid-ranks);
    None when either is empty."""
    if not higher or not lower:
        return None
    pooled = sorted([(value, 0) for value in higher] + [(value, 1) for value in lower])
    rank_sum = 0.0  # of ``higher``'s values, tied values sharing their mean rank
    start = 0
    while start < len(pooled):
        end = start
        while end + 1 < len(pooled) and pooled[end + 1][0] == pooled[start][0]:
            end += 1
        mid_rank = (start + end) / 2 + 1
        rank_sum += mid_rank * sum(1 for _value, group in pooled[start : end + 1] if group == 0)
        start = end + 1
    n, m = len(higher), len(lower)
    return (rank_sum - n * (n + 1) / 2) / (n * m)


def _mean_and_ss(values: Sequence[float]) -> tuple[float, float]:
    mean = math.fsum(values) / len(values)
    return mean, math.fsum((value - mean) ** 2 for value in values)


def cohens_d(first: Sequence[float], second: Sequence[float]) -> float | None:
    """Cohen's d: (mean of ``first`` - mean of ``second``) / pooled standard deviation (n - 1 weighted).
    None under two values in a group or when neither group varies."""
    if len(first) < 2 or len(second) < 2:
        return None
    mean_a, ss_a = _mean_and_ss(first)
    mean_b, ss_b = _mean_and_ss(second)
    pooled = math.sqrt((ss_a + ss_b) / (len(first) + len(second) - 2))
    if pooled <= 1e-12 * max(1.0, abs(mean_a), abs(mean_b)):
        return None
    return (mean_a - mean_b) / pooled


def youden_cutoff(positives: Sequence[float], negatives: Sequence[float]) -> tuple[float, float] | None:
    """The threshold c that maximises Youden's J when a value above c is called positive: (c, J).

    The candidates are the midpoints between neighbouring distinct values (and a point below the lowest
    and above the highest); of equally good ones, the one nearest 0 (the scoring's neutral gap), then the
    lower. None when either group is empty or no threshold does better than chance (J <= 0).
    """
    if not positives or not negatives:
        return None
    ordered_positives, ordered_negatives = sorted(positives), sorted(negatives)
    values = sorted(set(positives) | set(negatives))
    candidates = [values[0] - 1.0] + [(a + b) / 2 for a, b in pairwise(values)]
    candidates.append(values[-1] + 1.0)
    best: tuple[float, float] | None = None
    for cutoff in candidates:
        sensitivity = 1 - bisect_right(ordered_positives, cutoff) / len(positives)
        specificity = bisect_right(ordered_negatives, cutoff) / len(negatives)
        youden = sensitivity + specificity - 1
        if best is None or (youden, -abs(cutoff), -cutoff) > (best[1], -abs(best[0]), -best[0]):
            best = (cutoff, youden)
    if best is None or best[1] <= 1e-12:
        return None
    return best


def known_groups(
    members: Sequence[Member], scale_ids: Sequence[str], minimum: int = MIN_GROUP
) -> KnownGroups:
    """The known-groups figures of ``members`` (each of a role in :data:`GROUPS`); all None below
    ``minimum`` members in either group."""
    product = [m for m in members if m.role == GROUPS[0]]
    project = [m for m in members if m.role == GROUPS[1]]
    n = {GROUPS[0]: len(product), GROUPS[1]: len(project)}
    if min(n.values()) < minimum or min(n.values()) == 0:
        return KnownGroups(n, minimum, None, None, None, dict.fromkeys(scale_ids))
    gaps_product = [m.gap for m in product]
    gaps_project = [m.gap for m in project]
    cutoff = youden_cutoff(gaps_product, gaps_project)
    d = {}
    for scale_id in scale_ids:
        first = [s for m in product if (s := m.scales.get(scale_id)) is not None]
        second = [s for m in project if (s := m.scales.get(scale_id)) is not None]
        d[scale_id] = cohens_d(first, second) if min(len(first), len(second)) >= minimum else None
    return KnownGroups(
        n=n,
        minimum=minimum,
        auc=auc(gaps_product, gaps_project),
        hit_rate=sum(1 for m in members if m.leans_to_role and m.role in GROUPS)
        / (n[GROUPS[0]] + n[GROUPS[1]]),
        cutoff=None if cutoff is None else cutoff[0],
        d=d,
    )
