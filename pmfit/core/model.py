"""The numbers behind a score: a bank compiled for speed, per-scale sums, scale statistics, role fits.

Split from ``scoring.py`` so that the arithmetic of the model stands on its own; ``scoring`` builds the
Result and its explanation on top of it. Everything here is private to the core.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import mul

from pmfit.core.bank import ROLE_IDS, Bank
from pmfit.core.items import Item

PRODUCT, PROJECT = ROLE_IDS


# ------------------------------------------------------------------------------ compiled bank


@dataclass(frozen=True, slots=True)
class Key:
    """How one item feeds the scales: for each answer value, (scale index, weight, contribution) triples.

    Every answer of an item feeds the same scales with the same weights; only the contribution differs.
    ``slots`` lists those (scale index, weight) pairs once and ``values`` each answer's contributions in
    the same order, so the explanation can weigh the scales once per item and then price every answer
    with a few multiplications (``pull``).
    """

    item_id: str
    interest: bool
    by_answer: Mapping[int, tuple[tuple[int, float, float], ...]]
    slots: tuple[tuple[int, float], ...]
    values: Mapping[int, tuple[float, ...]]  # per answer: the contribution to each slot
    centred: Mapping[int, tuple[float, ...]]  # the same minus 0.5: a pull measured from the neutral middle
    moves: tuple[int, ...]  # the answers a flip may change to: the two ends of a linear item, else every one
    # For a linear item on one scale: its answers with the lowest and the highest contribution (1 and 5, or
    # 5 and 1 when reverse-keyed), so the best change either way is known without trying both; else None.
    ends: tuple[int, int] | None = None
    linear: bool = False  # what an answer adds is linear in the answer (a statement), on every scale it feeds


def _key(
    item_id: str,
    interest: bool,
    by_answer: Mapping[int, tuple[tuple[int, float, float], ...]],
    moves: tuple[int, ...],
    ends: tuple[int, int] | None = None,
    linear: bool = False,
) -> Key:
    first = next(iter(by_answer.values()))
    return Key(
        item_id=item_id,
        interest=interest,
        by_answer=by_answer,
        slots=tuple((i, w) for i, w, _c in first),
        values={answer: tuple(c for _i, _w, c in triples) for answer, triples in by_answer.items()},
        centred={answer: tuple(c - 0.5 for _i, _w, c in triples) for answer, triples in by_answer.items()},
        moves=moves,
        ends=ends if len(first) == 1 else None,
        linear=linear,
    )


@dataclass(frozen=True, slots=True)
class Compiled:
    scale_ids: tuple[str, ...]
    scale_roles: tuple[str, ...]
    role_weights: tuple[tuple[float, ...], tuple[float, ...]]  # product, project
    keys: Mapping[str, Key]
    asked: tuple[str, ...]  # main items that carry a score (checks excluded), in order
    likert_order: tuple[str, ...]  # main likert and check items in order, for long strings
    twins: tuple[tuple[str, str], ...]
    checks: Mapping[str, int]
    tiebreakers: tuple[str, ...]


def _compile_item(item: Item, index: Mapping[str, int]) -> Key:
    by_answer = {
        answer: tuple((index[s], w, c) for s, w, c in triples)
        for answer, triples in item.contributions().items()
    }
    if not item.linear:
        return _key(item.id, item.interest, by_answer, tuple(by_answer))
    # Linear in the answer: the largest change either way is to one of the two ends, the lowest and the
    # highest contribution first (5 and 1 when reverse-keyed).
    first, last = item.values[0], item.values[-1]
    ends = (first, last) if by_answer[first][0][2] <= by_answer[last][0][2] else (last, first)
    return _key(item.id, item.interest, by_answer, (first, last), ends, linear=True)


def compile(bank: Bank) -> Compiled:
    index = {scale.id: i for i, scale in enumerate(bank.scales)}
    keys = {item.id: _compile_item(item, index) for item in bank.items if item.scored}
    product = bank.role_by_id[PRODUCT].weights
    project = bank.role_by_id[PROJECT].weights
    main = bank.main_items
    return Compiled(
        scale_ids=tuple(index),
        scale_roles=tuple(scale.role for scale in bank.scales),
        role_weights=(
            tuple(product.get(s, 0.0) for s in index),
            tuple(project.get(s, 0.0) for s in index),
        ),
        keys=keys,
        asked=tuple(item.id for item in main if item.scored),
        likert_order=tuple(item.id for item in main if item.agreement),
        twins=tuple(
            (item.id, twin)
            for item in bank.items
            if (twin := item.twin_id()) is not None and twin in bank.item_by_id
        ),
        checks={item.id: expected for item in bank.items if (expected := item.expected_answer()) is not None},
        tiebreakers=tuple(item.id for item in bank.tiebreaker_items),
    )


# A few banks at most are alive in one process; compiling is cheap but not free, and score() must stay
# well under a millisecond. Identity is checked so a new bank object is never served a stale compilation.
_CACHE: dict[int, tuple[Bank, Compiled]] = {}


def compiled_bank(bank: Bank) -> Compiled:
    entry = _CACHE.get(id(bank))
    if entry is None or entry[0] is not bank:
        if len(_CACHE) >= 8:
            _CACHE.clear()
        entry = (bank, compile(bank))
        _CACHE[id(bank)] = entry
    return entry[1]


# -------------------------------------------------------------------------------- aggregation


@dataclass(slots=True)
class Sums:
    w: list[float]
    wc: list[float]
    wcc: list[float]
    ww: list[float]
    n: list[int]

    @classmethod
    def empty(cls, size: int) -> Sums:
        return cls([0.0] * size, [0.0] * size, [0.0] * size, [0.0] * size, [0] * size)

    def add(self, triples: Sequence[tuple[int, float, float]]) -> None:
        for i, w, c in triples:
            self.w[i] += w
            self.wc[i] += w * c
            self.wcc[i] += w * c * c
            self.ww[i] += w * w
            self.n[i] += 1

    def replace(
        self, old: Sequence[tuple[int, float, float]], new: Sequence[tuple[int, float, float]]
    ) -> None:
        """Swap one answer's contributions for another's of the same item (weights and counts stay)."""
        for i, w, c in old:
            self.wc[i] -= w * c
            self.wcc[i] -= w * c * c
        for i, w, c in new:
            self.wc[i] += w * c
            self.wcc[i] += w * c * c

    def copy(self) -> Sums:
        return Sums(self.w[:], self.wc[:], self.wcc[:], self.ww[:], self.n[:])


def scale_stats(sums: Sums, i: int, prior_sd: float, prior_weight: float) -> tuple[float | None, float]:
    """A scale's score (0-100) and standard error; (None, 0) when nothing measuring it was answered.

    Every divisor is checked first: the bank check keeps weights at 0 or from 0.01 (``WEIGHT_SMALLEST``),
    but a bank made in code skips the check, and weights near 1e-170 square to 0 (Kish's count would be
    0/0). Such a scale counts as unanswered rather than raising.
    """
    w, ww, n = sums.w[i], sums.ww[i], sums.n[i]
    n_eff = w * w / ww if ww > 0 else 0.0
    if not (w > 0 and n_eff > 0 and n > 0):
        return None, 0.0
    mean = sums.wc[i] / w
    spread = max(sums.wcc[i] / w - mean * mean, 0.0)
    variance = (n * spread + prior_weight * prior_sd**2) / (n + prior_weight)
    return 100 * mean, 100 * math.sqrt(variance / n_eff)


@dataclass(slots=True)
class Core:
    """The parts of a result that depend on the answers' values (recomputed when testing a flip)."""

    scores: list[float | None]
    ses: list[float]
    weights: list[
        tuple[float, float]
    ]  # per scale: (a, b) normalised product/project weights, 0 if unanswered
    fits: tuple[float | None, float | None]
    fit_ses: tuple[float, float]
    difference: float
    se_difference: float
    interest_n: list[int]
    factors: list[float]  # per scale: points of the gap one unit of weighted contribution adds


def aggregate(compiled: Compiled, answers: Mapping[str, int]) -> tuple[Sums, Sums]:
    size = len(compiled.scale_ids)
    interest, experience = Sums.empty(size), Sums.empty(size)
    for item_id, answer in answers.items():
        key = compiled.keys.get(item_id)
        if key is None:
            continue
        triples = key.by_answer.get(answer)
        if triples is None:
            continue
        (interest if key.interest else experience).add(triples)
    return interest, experience


def evaluate(bank: Bank, compiled: Compiled, interest: Sums) -> Core:
    size = len(compiled.scale_ids)
    rules = bank.scoring
    stats = [scale_stats(interest, i, rules.prior_sd, rules.prior_weight) for i in range(size)]
    scores = [s for s, _ in stats]
    ses = [se for _, se in stats]
    normalised: list[list[float]] = []
    fits: list[float | None] = []
    fit_ses: list[float] = []
    for role_weights in compiled.role_weights:
        total = sum(w for w, s in zip(role_weights, scores, strict=True) if s is not None)
        if total <= 0:
            normalised.append([0.0] * size)
            fits.append(None)
            fit_ses.append(0.0)
            continue
        norm = [w / total if s is not None else 0.0 for w, s in zip(role_weights, scores, strict=True)]
        normalised.append(norm)
        fits.append(sum(a * (s or 0.0) for a, s in zip(norm, scores, strict=True)))
        fit_ses.append(math.sqrt(sum((a * se) ** 2 for a, se in zip(norm, ses, strict=True))))
    a, b = normalised
    product_fit, project_fit = fits
    difference = (product_fit or 0.0) - (project_fit or 0.0)
    se_difference = math.sqrt(sum(((x - y) * se) ** 2 for x, y, se in zip(a, b, ses, strict=True)))
    return Core(
        scores=scores,
        ses=ses,
        weights=list(zip(a, b, strict=True)),
        fits=(product_fit, project_fit),
        fit_ses=(fit_ses[0], fit_ses[1]),
        difference=difference,
        se_difference=se_difference,
        interest_n=interest.n,
        factors=[(x - y) * 100 / w if w > 0 else 0.0 for x, y, w in zip(a, b, interest.w, strict=True)],
    )


def trial_gap(bank: Bank, core: Core, trial: Sums, touched: Iterable[int]) -> tuple[float, float]:
    """The gap and its standard error for ``trial``: the sums of ``core`` with some answers changed to other
    answers of the same items, so only the ``touched`` scales' values moved (weights and counts did not).

    The arithmetic is ``evaluate``'s, term for term and in the same order, so the verdict it gives is the
    one a full rescoring would give; only the scales that did not move keep the core's statistics instead
    of recomputing them, which is what makes trying a flip cheap.
    """
    rules = bank.scoring
    scores, ses = core.scores[:], core.ses[:]
    for i in touched:
        scores[i], ses[i] = scale_stats(trial, i, rules.prior_sd, rules.prior_weight)
    weights = core.weights
    product_fit = sum(a * (s or 0.0) for (a, _b), s in zip(weights, scores, strict=True))
    project_fit = sum(b * (s or 0.0) for (_a, b), s in zip(weights, scores, strict=True))
    difference = (product_fit or 0.0) - (project_fit or 0.0)
    se_difference = math.sqrt(sum(((a - b) * se) ** 2 for (a, b), se in zip(weights, ses, strict=True)))
    return difference, se_difference


def weighed(core: Core, key: Key) -> list[float]:
    """Per slot of ``key``: the points of the gap one unit of contribution there adds (factor x weight)."""
    factors = core.factors
    return [factors[i] * w for i, w in key.slots]


def pull(weighed_slots: Sequence[float], values: Sequence[float]) -> float:
    """Points of the product-minus-project gap that an answer's contributions (``values``) add."""
    total: float = sum(map(mul, weighed_slots, values))
    return total


def has_enough(compiled: Compiled, core: Core, answers: Mapping[str, int], min_share: float) -> bool:
    if core.fits[0] is None or core.fits[1] is None or not compiled.asked:
        return False
    answered = sum(1 for item_id in compiled.asked if item_id in answers)
    return answered / len(compiled.asked) >= min_share


def lean_of(core: Core, z: float, enough: bool) -> str | None:
    return lean_for(core.difference, core.se_difference, z) if enough else None


def lean_for(difference: float, se_difference: float, z: float) -> str | None:
    """The leading role when the gap exceeds ``z`` standard errors of it, else None (too close to call).

    Decided on the figures a result reports (two decimals), so that a lean never shows a gap that equals
    its threshold."""
    if round(abs(difference), 2) <= round(z * se_difference, 2):
        return None
    return PRODUCT if difference > 0 else PROJECT


def label_of(bank: Bank, core: Core, lean: str | None, enough: bool) -> str:
    rules = bank.scoring
    if not enough:
        return "not_enough_answers"
    fits = [f or 0.0 for f in core.fits]
    if lean is not None and abs(core.difference) >= rules.clear_margin:
        return "clear_lean"
    if min(fits) >= rules.strong:
        return "both_strong"
    if max(fits) < rules.weak:
        return "neither_strong"
    return "slight_lean" if lean is not None else "too_close"
