"""The "curtail" rule: the verdict is settled once no completion of the form can change its category.

The least and largest gap over every completion is exponential to compute, so bounds stand in that are
never narrower than the truth (docs/ARCHITECTURE.md, "The quick form"): the fits and their gap are linear
in the answers still to come, so their ranges are exact, item by item; the standard error of the gap is
bounded through each scale's spread of contributions, from the spread of the answers given alone (more
answers only add to it) to the least of the Bhatia-Davis bound over the scale's range of means and the
largest second moment less the smallest mean squared. A bound that is too wide only settles later.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from pmfit.core.bank import Bank
from pmfit.core.completion import Category, Normalised, Remaining
from pmfit.core.model import PRODUCT, PROJECT, Compiled, Sums

EPSILON = 1e-9  # room for the rounding of sums added up in another order


@dataclass(frozen=True)
class Given:
    """Per scale: the least and the largest contribution among the answers given (inf, -inf: none)."""

    least: list[float]
    most: list[float]


def given_contributions(compiled: Compiled, answers: Mapping[str, int]) -> Given:
    size = len(compiled.scale_ids)
    least, most = [math.inf] * size, [-math.inf] * size
    for item_id, answer in answers.items():
        key = compiled.keys[item_id]
        if not key.interest:
            continue
        for i, _w, c in key.by_answer[answer]:
            least[i], most[i] = min(least[i], c), max(most[i], c)
    return Given(least, most)


@dataclass
class _Range:
    low: float
    high: float

    def widen(self) -> _Range:
        return _Range(self.low - EPSILON, self.high + EPSILON)


def _linear_ranges(known: Sums, remaining: Remaining, coefficients: list[float]) -> _Range:
    """The range of sum_i coefficient_i x 100 x (final mean of scale i) over every completion: exact, as the
    final means are linear in the remaining answers and each item's answer is chosen on its own."""
    weight = remaining.weight
    base = sum(c * 100 * wc / w for c, wc, w in zip(coefficients, known.wc, weight, strict=True) if w > 0)
    low = high = base
    for key in remaining.keys:
        pulls = [
            sum(
                coefficients[i] * 100 * w * c / weight[i] for (i, w), c in zip(key.slots, values, strict=True)
            )
            for values in key.values.values()
        ]
        low += min(pulls)
        high += max(pulls)
    return _Range(low, high).widen()


def _spread_ranges(known: Sums, remaining: Remaining, given: Given) -> list[_Range]:
    """Per scale: bounds on the completed form's spread of contributions (see the module docstring)."""
    size = len(known.w)
    low_c, high_c = [0.0] * size, [0.0] * size  # the remaining contributions' least and largest sums
    high_square = [0.0] * size  # the largest sum of w c^2 the remaining can add
    least, most = given.least[:], given.most[:]  # the least and largest single contribution on the scale
    for key in remaining.keys:
        for slot, (i, w) in enumerate(key.slots):
            values = [v[slot] for v in key.values.values()]
            low_c[i] += w * min(values)
            high_c[i] += w * max(values)
            high_square[i] += w * max(v * v for v in values)
            least[i] = min(least[i], min(values))
            most[i] = max(most[i], max(values))
    out = []
    for i in range(size):
        weight = remaining.weight[i]
        if weight <= 0:
            out.append(_Range(0.0, 0.0))
            continue
        low_mean = (known.wc[i] + low_c[i]) / weight
        high_mean = (known.wc[i] + high_c[i]) / weight
        middle = min(max((least[i] + most[i]) / 2, low_mean), high_mean)
        bhatia_davis = (most[i] - middle) * (middle - least[i])
        second = (known.wcc[i] + high_square[i]) / weight - low_mean * low_mean
        high = max(min(bhatia_davis, second), 0.0)
        within = known.wcc[i] - known.wc[i] ** 2 / known.w[i] if known.w[i] > 0 else 0.0
        low = max(within, 0.0) / weight
        out.append(_Range(min(low, high), high))
    return out


def _se_range(bank: Bank, remaining: Remaining, spreads: list[_Range], gap: list[float]) -> _Range:
    rules = bank.scoring
    low = high = 0.0
    for i, spread in enumerate(spreads):
        weight = remaining.weight[i]
        if weight <= 0 or gap[i] == 0:
            continue
        n, effective = remaining.count[i], weight**2 / remaining.weight2[i]
        for bound, value in ((0, spread.low), (1, spread.high)):
            variance = (n * value + rules.prior_weight * rules.prior_sd**2) / (n + rules.prior_weight)
            term = (gap[i] * 100) ** 2 * variance / effective
            if bound:
                high += term
            else:
                low += term
    return _Range(math.sqrt(low), math.sqrt(high)).widen()


def curtailed(
    bank: Bank,
    known: Sums,
    given: Given,
    remaining: Remaining,
    normalised: Normalised,
    category: Category,
) -> bool:
    a, b = normalised
    gap = [x - y for x, y in zip(a, b, strict=True)]
    product = _linear_ranges(known, remaining, a)
    project = _linear_ranges(known, remaining, b)
    difference = _linear_ranges(known, remaining, gap)
    se = _se_range(bank, remaining, _spread_ranges(known, remaining, given), gap)
    return _box_category(bank, product, project, difference, se) == category


def _box_category(
    bank: Bank, product: _Range, project: _Range, difference: _Range, se: _Range
) -> Category | None:
    """The one category every point of the box gives, or None when points of it differ."""
    rules = bank.scoring
    z = rules.z
    threshold_high = round(z * se.high, 2)
    lean: str | None
    if difference.low > 0 and round(difference.low, 2) > threshold_high:
        lean = PRODUCT
    elif difference.high < 0 and round(-difference.high, 2) > threshold_high:
        lean = PROJECT
    elif round(max(abs(difference.low), abs(difference.high)), 2) <= round(z * se.low, 2):
        lean = None
    else:
        return None
    if lean is not None:
        size = (
            _Range(difference.low, difference.high)
            if lean == PRODUCT
            else _Range(-difference.high, -difference.low)
        )
        if size.low >= rules.clear_margin:
            return "clear_lean", lean
        if size.high >= rules.clear_margin:
            return None
    if product.low >= rules.strong and project.low >= rules.strong:
        return "both_strong", lean
    if not (product.high < rules.strong or project.high < rules.strong):
        return None
    if product.high < rules.weak and project.high < rules.weak:
        return "neither_strong", lean
    if not (product.low >= rules.weak or project.low >= rules.weak):
        return None
    return ("slight_lean" if lean is not None else "too_close"), lean
