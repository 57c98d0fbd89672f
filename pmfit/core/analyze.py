"""Item analysis of a pilot: do the questions of a bank work on the answer sheets a group collected?

``analyze(bank, answers)`` takes the answers of many sheets (each already checked against ``bank``) and
returns a :class:`PilotReport`: per scale, Cronbach's alpha over its likert interest items and, per item,
its corrected item-total correlation, mean, standard deviation and skipped share; per choice item, the
share of sheets picking each option; and the flags a bank author should look at. Pure: data in, report
out, no I/O and no words (the command line words the flags).

Likert answers are scored as given, reverse-keyed ones as 6 - answer, so that on every item of a scale a
higher number means more of it. The sums behind each statistic are whole numbers, so they are kept exact
(integers and fractions) and only the final figure is rounded to a float: the same sheets in any order
give the same report to the last bit, alpha never exceeds 1 and a correlation never leaves [-1, 1].
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from pmfit.core.bank import LIKERT_MAX, LIKERT_MIN, Bank, ChoiceItem, LikertItem

__all__ = [
    "MIN_SHEETS",
    "Flag",
    "ItemStats",
    "Limits",
    "OptionShares",
    "PilotReport",
    "ScaleStats",
    "analyze",
]

FlagKind = Literal["low_alpha", "low_item_total", "rare_option", "common_option", "often_skipped"]
REVERSED = LIKERT_MIN + LIKERT_MAX  # a reverse-keyed answer x is scored 6 - x
# Below this many sheets no flag is raised: alpha, item-total r and option shares of a handful of sheets
# swing with every one of them (alpha's standard error at 10 sheets is about 0.1 to 0.2), and a single sheet
# would flag every option it did not pick. Thirty is the usual floor for a pilot's item analysis; a hundred
# or more is better.
MIN_SHEETS = 30


@dataclass(frozen=True, slots=True)
class Limits:
    """Where a statistic starts to deserve a look; the usual rules of thumb of item analysis."""

    alpha: float = 0.70  # a scale's internal consistency below this
    item_total: float = 0.20  # an item that hardly goes with the rest of its scale
    rare_option: float = 0.10  # an option almost nobody picks ...
    common_option: float = 0.90  # ... or almost everybody
    skipped: float = 0.10  # an item many people leave out
    min_sheets: int = MIN_SHEETS  # fewer sheets raise no flag


@dataclass(frozen=True, slots=True)
class ItemStats:
    item_id: str
    reverse: bool  # scored as 6 - answer
    mean: float | None  # over the sheets that answered it; None when none did
    sd: float | None  # sample standard deviation (n - 1) over the same sheets; None under two answers
    skipped: float  # share of all sheets without an answer to it
    item_total: float | None  # Pearson r with the sum of the scale's other items, on the complete sheets


@dataclass(frozen=True, slots=True)
class ScaleStats:
    scale_id: str
    alpha: float | None  # Cronbach's alpha; None under two items or two complete sheets, or no variance
    n: int  # the complete sheets: those that answered every item of the scale
    items: tuple[ItemStats, ...]  # the scale's likert interest items, in bank order


@dataclass(frozen=True, slots=True)
class OptionShares:
    item_id: str
    tiebreaker: bool
    option_count: int
    answered: int
    shares: tuple[float, ...] | None  # per option, among the sheets that answered; None when none did


@dataclass(frozen=True, slots=True)
class Flag:
    kind: FlagKind
    subject: str  # the scale id (low_alpha) or the item id (every other kind)
    value: float  # the statistic that raised the flag
    limit: float  # the limit it crossed
    scale: str | None = None  # low_item_total: the scale the item was measured against
    option: int | None = None  # rare_option / common_option: which option


@dataclass(frozen=True, slots=True)
class PilotReport:
    bank_id: str
    bank_version: str
    sheets: int
    scales: tuple[ScaleStats, ...]
    options: tuple[OptionShares, ...]
    flags: tuple[Flag, ...]  # empty when there are too few sheets to mean anything (see ``enough``)
    min_sheets: int = MIN_SHEETS

    @property
    def enough(self) -> bool:
        """Whether there are enough sheets for alpha, item-total r and option shares to mean something."""
        return self.sheets >= self.min_sheets


# ------------------------------------------------------------------------------------ statistics


def _spread(values: Sequence[int]) -> int:
    """n * sum(x^2) - sum(x)^2: n^2 times the population variance, exact."""
    return len(values) * sum(x * x for x in values) - sum(values) ** 2


def cronbach_alpha(columns: Sequence[Sequence[int]]) -> float | None:
    """Alpha of k items answered by the same n respondents (``columns[i][j]``: item i, respondent j):
    k / (k - 1) * (1 - sum of item variances / variance of the total). None when undefined."""
    k = len(columns)
    n = len(columns[0]) if columns else 0
    if k < 2 or n < 2:
        return None
    totals = [sum(answers) for answers in zip(*columns, strict=True)]
    total_spread = _spread(totals)
    if total_spread == 0:
        return None
    items_spread = sum(_spread(column) for column in columns)
    return float(Fraction(k, k - 1) * (1 - Fraction(items_spread, total_spread)))


def pearson(xs: Sequence[int], ys: Sequence[int]) -> float | None:
    """Pearson's r of two paired whole-number series; None when either does not vary."""
    n = len(xs)
    if n < 2:
        return None
    spread_x, spread_y = _spread(xs), _spread(ys)
    if spread_x == 0 or spread_y == 0:
        return None
    covariance = n * sum(x * y for x, y in zip(xs, ys, strict=True)) - sum(xs) * sum(ys)
    # r^2 as an exact fraction is at most 1 (Cauchy-Schwarz), so its rounded root cannot leave [-1, 1].
    return math.copysign(math.sqrt(Fraction(covariance * covariance, spread_x * spread_y)), covariance)


def _mean_sd(values: Sequence[int]) -> tuple[float | None, float | None]:
    n = len(values)
    if n == 0:
        return None, None
    mean = float(Fraction(sum(values), n))
    if n < 2:
        return mean, None
    return mean, math.sqrt(Fraction(_spread(values), n * (n - 1)))


# -------------------------------------------------------------------------------------- analysis


def _scored(item: LikertItem, answer: int) -> int:
    return REVERSED - answer if item.reverse else answer


def _scale_stats(
    scale_id: str, items: Sequence[LikertItem], sheets: Sequence[Mapping[str, int]]
) -> ScaleStats:
    complete = [sheet for sheet in sheets if all(item.id in sheet for item in items)]
    columns = [[_scored(item, sheet[item.id]) for sheet in complete] for item in items]
    totals = [sum(answers) for answers in zip(*columns, strict=True)] if columns else []
    stats = []
    for item, column in zip(items, columns, strict=True):
        given = [_scored(item, sheet[item.id]) for sheet in sheets if item.id in sheet]
        mean, sd = _mean_sd(given)
        rest = [total - own for total, own in zip(totals, column, strict=True)]
        stats.append(
            ItemStats(
                item_id=item.id,
                reverse=item.reverse,
                mean=mean,
                sd=sd,
                skipped=_skipped_share(item.id, sheets),
                item_total=pearson(column, rest) if len(items) > 1 else None,
            )
        )
    return ScaleStats(scale_id, cronbach_alpha(columns), len(complete), tuple(stats))


def _skipped_share(item_id: str, sheets: Sequence[Mapping[str, int]]) -> float:
    if not sheets:
        return 0.0
    return float(Fraction(sum(1 for sheet in sheets if item_id not in sheet), len(sheets)))


def _option_shares(item: ChoiceItem, sheets: Sequence[Mapping[str, int]]) -> OptionShares:
    picks = [sheet[item.id] for sheet in sheets if item.id in sheet]
    shares = None
    if picks:
        shares = tuple(
            float(Fraction(picks.count(number), len(picks))) for number in range(len(item.options))
        )
    return OptionShares(item.id, item.tiebreaker, len(item.options), len(picks), shares)


def _flags(
    bank: Bank,
    scales: Sequence[ScaleStats],
    options: Sequence[OptionShares],
    skipped: Mapping[str, float],
    limits: Limits,
) -> tuple[Flag, ...]:
    flags = []
    for scale in scales:
        if scale.alpha is not None and scale.alpha < limits.alpha:
            flags.append(Flag("low_alpha", scale.scale_id, scale.alpha, limits.alpha))
    for scale in scales:
        for item in scale.items:
            if item.item_total is not None and item.item_total < limits.item_total:
                flags.append(
                    Flag("low_item_total", item.item_id, item.item_total, limits.item_total, scale.scale_id)
                )
    for choice in options:
        for number, share in enumerate(choice.shares or ()):
            if share < limits.rare_option:
                flags.append(Flag("rare_option", choice.item_id, share, limits.rare_option, option=number))
            elif share > limits.common_option:
                flags.append(
                    Flag("common_option", choice.item_id, share, limits.common_option, option=number)
                )
    # Only the main sequence: tie-breakers are offered only when a result is too close to call, so most
    # sheets rightly leave them out.
    for asked in bank.main_items:
        if skipped[asked.id] > limits.skipped:
            flags.append(Flag("often_skipped", asked.id, skipped[asked.id], limits.skipped))
    return tuple(flags)


def analyze(bank: Bank, answers: Iterable[Mapping[str, int]], limits: Limits | None = None) -> PilotReport:
    """The pilot report of ``answers`` (one mapping of item id to answer per sheet, each already checked
    against ``bank``, as ``answers.check_against_bank`` does) under ``limits`` (default: :class:`Limits`)."""
    limits = limits or Limits()
    sheets = [dict(sheet) for sheet in answers]
    scales = []
    for scale in bank.scales:
        items = [
            item
            for item in bank.items
            if isinstance(item, LikertItem) and item.facet == "interest" and item.scales.get(scale.id, 0) > 0
        ]
        scales.append(_scale_stats(scale.id, items, sheets))
    options = [_option_shares(item, sheets) for item in bank.items if isinstance(item, ChoiceItem)]
    skipped = {item.id: _skipped_share(item.id, sheets) for item in bank.items}
    return PilotReport(
        bank_id=bank.id,
        bank_version=bank.version,
        sheets=len(sheets),
        scales=tuple(scales),
        options=tuple(options),
        flags=_flags(bank, scales, options, skipped, limits) if len(sheets) >= limits.min_sheets else (),
        min_sheets=limits.min_sheets,
    )
