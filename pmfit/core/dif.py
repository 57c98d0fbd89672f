"""The two languages compared: do the English and the Ukrainian statements of an item work alike?

A screen for differential item functioning (DIF) between the sheets of two languages: for each likert
interest item, the difference in its mean answer between the two languages' respondents *who stand at the
same level of the responsibility it measures*. The level is the total of the item's own scale (its likert
interest items, reverse-keyed ones as 6 - answer, the studied item included), on the sheets that answered
all of them: the 12 scales measure different things, so a total over the whole bank would match people who
enjoy different work. Matching is what tells a translation that shifts answers from two groups that simply
differ (more product people among the Ukrainian respondents is no reason to flag anything).

Per item, with the reference language's respondents (English) against the focal ones (another language)
in strata of equal scale total:

* ``difference``: the standardised mean difference (Dorans & Kulick 1986; Zwick & Thayer 1996), focal minus
  reference, of the answer as given (1-5): sum over strata of (focal share of the stratum) x (focal mean -
  reference mean), over the strata holding both groups;
* ``effect``: that difference over the item's standard deviation in both groups together;
* ``chi2`` and ``p``: Mantel's (1963) chi-square for an ordered answer across strata (one degree of freedom);
  for a yes/no item it is the Mantel-Haenszel chi-square without continuity correction;
* ``dif_class``: the ETS classes for items scored in more than two steps (Zwick, Thayer & Mazzeo 1997):
  ``A`` negligible (p >= 0.05 or |effect| <= 0.17), ``C`` large (p < 0.05 and |effect| > 0.25), ``B``
  moderate otherwise. An item in class B or C behaves differently in the two languages and is flagged.

Experience items and choices are not screened: they have no total of their own scale to be matched on.
Below :data:`MIN_PER_LANGUAGE` sheets in either language nothing is computed (None): strata then hold one
or two people each and the screen cannot tell a translation from chance.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pmfit.core.bank import LIKERT_MAX, LIKERT_MIN, Bank, LikertItem

__all__ = [
    "MIN_PER_LANGUAGE",
    "ItemDif",
    "LanguageDif",
    "Stratum",
    "ets_class",
    "language_dif",
    "mantel",
    "standardised_difference",
]

MIN_PER_LANGUAGE = 30
SMALL_EFFECT, LARGE_EFFECT, SIGNIFICANCE = 0.17, 0.25, 0.05
REVERSED = LIKERT_MIN + LIKERT_MAX


@dataclass(frozen=True, slots=True)
class Stratum:
    """The answers to one item of the reference and the focal group at one level of the matching total."""

    reference: Sequence[int]
    focal: Sequence[int]


def standardised_difference(strata: Sequence[Stratum]) -> float | None:
    """Sum over strata of (focal share) x (focal mean - reference mean), over the strata holding both
    groups, the shares taken among the focal respondents of those strata. None when no stratum holds both."""
    shared = [s for s in strata if s.reference and s.focal]
    focal_total = sum(len(s.focal) for s in shared)
    if not focal_total:
        return None
    return math.fsum(
        len(s.focal) / focal_total * (sum(s.focal) / len(s.focal) - sum(s.reference) / len(s.reference))
        for s in shared
    )


def mantel(strata: Sequence[Stratum]) -> tuple[float, float] | None:
    """Mantel's (1963) chi-square (1 df) for an ordered item across strata, and its p-value.

    Per stratum k: F = sum of the focal answers, E[F] = n_F x (sum of all answers) / n,
    Var[F] = n_R n_F (n sum(y^2) - (sum y)^2) / (n^2 (n - 1)); chi2 = (sum F - sum E[F])^2 / sum Var[F].
    Strata with fewer than two people or one group missing add nothing. None when no stratum varies.
    """
    deviation = variance = 0.0
    for s in strata:
        n_r, n_f = len(s.reference), len(s.focal)
        n = n_r + n_f
        if n_r == 0 or n_f == 0 or n < 2:
            continue
        total = sum(s.reference) + sum(s.focal)
        squares = sum(y * y for y in s.reference) + sum(y * y for y in s.focal)
        deviation += sum(s.focal) - n_f * total / n
        variance += n_r * n_f * (n * squares - total * total) / (n * n * (n - 1))
    if variance <= 0:
        return None
    chi2 = deviation * deviation / variance
    return chi2, math.erfc(math.sqrt(chi2 / 2))


def ets_class(effect: float | None, p: float | None) -> str | None:
    """A, B or C (Zwick, Thayer & Mazzeo 1997) from the effect size and Mantel's p; None when unknown."""
    if effect is None or p is None:
        return None
    if p >= SIGNIFICANCE or abs(effect) <= SMALL_EFFECT:
        return "A"
    if abs(effect) > LARGE_EFFECT:
        return "C"
    return "B"


@dataclass(frozen=True, slots=True)
class ItemDif:
    item_id: str
    scale_id: str
    n: Mapping[str, int]  # per language: the sheets matched (those that answered the whole scale)
    difference: float | None  # focal minus reference, on the 1-5 answer, matched on the scale total
    effect: float | None  # the difference over the item's standard deviation
    chi2: float | None
    p: float | None
    dif_class: str | None  # "A", "B" or "C"

    @property
    def flagged(self) -> bool:
        return self.dif_class in ("B", "C")


@dataclass(frozen=True, slots=True)
class LanguageDif:
    reference: str
    focal: str
    n: Mapping[str, int]  # sheets per language (of the analysed bank version)
    minimum: int
    items: tuple[ItemDif, ...] | None  # None when either language has fewer than ``minimum`` sheets

    @property
    def flagged(self) -> tuple[ItemDif, ...]:
        return tuple(item for item in self.items or () if item.flagged)

    def needed(self) -> dict[str, int]:
        return {language: max(0, self.minimum - count) for language, count in self.n.items()}


def _sd(values: Sequence[int]) -> float | None:
    if len(values) < 2:
        return None
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def _item_dif(
    item: LikertItem,
    scale_id: str,
    matching: Sequence[LikertItem],
    reference: Sequence[Mapping[str, int]],
    focal: Sequence[Mapping[str, int]],
    languages: tuple[str, str],
) -> ItemDif:
    """The screen of ``item``, its respondents matched on their total over the ``matching`` items."""

    def total(sheet: Mapping[str, int]) -> int:
        return sum(REVERSED - sheet[i.id] if i.reverse else sheet[i.id] for i in matching)

    groups = []
    for sheets in (reference, focal):
        complete = [s for s in sheets if all(i.id in s for i in matching)]
        by_total: dict[int, list[int]] = defaultdict(list)
        for sheet in complete:
            by_total[total(sheet)].append(sheet[item.id])
        groups.append((len(complete), by_total))
    (n_reference, reference_strata), (n_focal, focal_strata) = groups
    strata = [
        Stratum(reference_strata.get(level, []), focal_strata.get(level, []))
        for level in sorted(set(reference_strata) | set(focal_strata))
    ]
    difference = standardised_difference(strata)
    sd = _sd([answer for s in strata for answer in (*s.reference, *s.focal)])
    effect = None if difference is None or not sd else difference / sd
    test = mantel(strata)
    chi2, p = test if test else (None, None)
    return ItemDif(
        item_id=item.id,
        scale_id=scale_id,
        n={languages[0]: n_reference, languages[1]: n_focal},
        difference=difference,
        effect=effect,
        chi2=chi2,
        p=p,
        dif_class=ets_class(effect, p),
    )


def language_dif(
    bank: Bank,
    sheets: Mapping[str, Sequence[Mapping[str, int]]],
    reference: str,
    focal: str,
    minimum: int = MIN_PER_LANGUAGE,
) -> LanguageDif:
    """The DIF screen of ``focal``'s sheets against ``reference``'s (``sheets``: the answers per language,
    every sheet of ``bank``'s version), over the likert interest items of every scale in bank order.

    Two stages (Holland & Thayer 1988, "purifying" the matching total): the first matches on the whole
    scale total; the second matches each item on itself and those of its scale's other items that the
    first stage did not flag. With five items a scale, one item that a translation shifted moves the total
    enough to make its siblings look shifted the other way; the second stage takes it out of their total.
    """
    ref_sheets, focal_sheets = sheets.get(reference, ()), sheets.get(focal, ())
    n = {reference: len(ref_sheets), focal: len(focal_sheets)}
    if min(n.values()) < minimum:
        return LanguageDif(reference, focal, n, minimum, None)
    languages = (reference, focal)
    screened: list[tuple[LikertItem, str, list[LikertItem]]] = []
    for scale in bank.scales:
        scale_items = [
            i
            for i in bank.items
            if isinstance(i, LikertItem) and i.facet == "interest" and i.scales.get(scale.id, 0) > 0
        ]
        for item in scale_items:
            if max(item.scales, key=lambda s: item.scales[s]) == scale.id:
                screened.append((item, scale.id, scale_items))  # an item on two scales: on its main one
    first = {
        item.id: _item_dif(item, scale_id, scale_items, ref_sheets, focal_sheets, languages)
        for item, scale_id, scale_items in screened
    }
    items = []
    for item, scale_id, scale_items in screened:
        matching = [i for i in scale_items if i.id == item.id or not (i.id in first and first[i.id].flagged)]
        items.append(_item_dif(item, scale_id, matching, ref_sheets, focal_sheets, languages))
    return LanguageDif(reference, focal, n, minimum, tuple(items))
