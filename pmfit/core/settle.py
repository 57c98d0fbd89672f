"""When the quick form stops: the verdict is settled once the rest of the questions would not change it.

``settle(bank, answers, position)`` is pure: the bank, the answers given, and how far the person has come
in the quick form's order (:func:`pmfit.core.quick_order.quick_order`) decide it; nothing random happens
at run time. The words (docs/ARCHITECTURE.md, "The quick form"):

* **The verdict's category** is what ``score`` says of it: its label (clear lean, slight lean, too close,
  both strong, neither strong, not enough answers) and its lean (which role, or none).
* **A completion** of the form answers every main-form question still ahead in the quick order; the
  questions the person passed without an answer stay skipped (skipping is their choice), and answers given
  are kept as they are.
* **Settled** means the category of the answers given is the category of the completed form, by the rule
  the bank's ``[scoring] quick_rule`` names:

  - ``"curtail"``: under *every* completion. Computing the least and the largest gap over all completions
    is exponential, so the rule uses bounds that are never too narrow: the completed form's role fits and
    their gap are linear in the remaining answers (each scale's weights are fixed once every question is
    answered), so their ranges are exact, item by item; the standard error of the gap is bounded through
    each scale's spread of contributions, between the spread of the answers given alone and the most a
    spread can be given its range of means (the Bhatia-Davis bound). A bound that is too wide only stops
    later; the rule never stops on a category some completion would change.
  - ``"predictive"``: a completion is *plausible* when it answers like the answers given: per scale, the
    person's level is the mean of their answers there, with the uncertainty ``score`` already gives it
    (the spread of the answers shrunk to the bank's prior, over the effective number of answers); each
    remaining statement adds that level plus the same noise (cut to 0..1); a choice picks each option as
    often as the levels of its scales say. The completed fits are then about normal, and the chance that
    their category differs from the one given is bounded by the chance of crossing each line that bounds
    the category (the threshold of a lean, the clear margin, the strong and weak lines). Settled when that
    chance is below ``quick_error``, and, for a clear lean, when the chance that the completed form is too
    close to call is below the far smaller ``quick_clear_error``.

Either rule waits for ``quick_min_per_scale`` answers on every responsibility and ``quick_min_share`` of the
main form first. The last question of the quick order always ends it: with nothing ahead, it is settled.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank
from pmfit.core.model import (
    PRODUCT,
    PROJECT,
    Compiled,
    Key,
    Sums,
    aggregate,
    compiled_bank,
    evaluate,
    has_enough,
    label_of,
    lean_of,
)
from pmfit.core.quick_order import quick_order

#: A category of verdict: (label, lean), as ``score`` gives them.
Category = tuple[str, str | None]

EPSILON = 1e-9  # room for the rounding of sums added up in another order
CHOICE_FLOOR = 0.02  # the least share a choice's option gets in the predictive rule: never impossible


@dataclass(frozen=True)
class Settling:
    """Whether the verdict of the answers given is settled, by which rule, and how sure."""

    settled: bool
    rule: str  # "curtail" or "predictive"
    chance: float  # the estimated chance that the completed form's category differs (0 under "curtail")
    category: Category  # the category of the answers given
    remaining: int  # scored questions still ahead


@dataclass(frozen=True)
class FormStatus:
    """How a sheet was answered: which form, how far, and whether its verdict was settled."""

    form: str  # "quick" or "full"
    asked: int  # main-form questions passed (answered or skipped)
    total: int  # main-form questions
    settled: bool  # a full form is settled by being complete
    rule: str
    error: float  # the bound the rule keeps to: 0 for "curtail", quick_error for "predictive"


# ------------------------------------------------------------------------------------------ the state


@dataclass(frozen=True)
class _Remaining:
    """The scored items ahead: their keys, and the final weights of every scale once all are answered."""

    keys: tuple[Key, ...]
    weight: list[float]  # per scale: the completed form's total interest weight
    weight2: list[float]  # ... and its sum of squared weights (for Kish's effective count)
    count: list[int]  # ... and its number of contributions
    ahead: list[float]  # per scale: the weight still to come


def _remaining(compiled: Compiled, known: Sums, ahead_ids: Sequence[str]) -> _Remaining:
    size = len(compiled.scale_ids)
    weight, weight2, count = known.w[:], known.ww[:], known.n[:]
    ahead = [0.0] * size
    keys = []
    for item_id in ahead_ids:
        key = compiled.keys[item_id]
        if not key.interest:
            continue
        keys.append(key)
        for i, w in key.slots:
            weight[i] += w
            weight2[i] += w * w
            count[i] += 1
            ahead[i] += w
    return _Remaining(tuple(keys), weight, weight2, count, ahead)


def _normalised(compiled: Compiled, weight: list[float]) -> tuple[list[float], list[float]] | None:
    """The role weights normalised over the scales the completed form scores; None when a role has none."""
    out = []
    for role_weights in compiled.role_weights:
        total = sum(w for w, t in zip(role_weights, weight, strict=True) if t > 0)
        if total <= 0:
            return None
        out.append([w / total if t > 0 else 0.0 for w, t in zip(role_weights, weight, strict=True)])
    return out[0], out[1]


def _category(bank: Bank, compiled: Compiled, known: Sums, answers: Mapping[str, int]) -> Category:
    core = evaluate(bank, compiled, known)
    enough = has_enough(compiled, core, answers, bank.scoring.min_answered_share)
    lean = lean_of(core, bank.scoring.z, enough)
    return label_of(bank, core, lean, enough), lean


def _enough_at_end(compiled: Compiled, answers: Mapping[str, int], ahead: int, share: float) -> bool:
    if not compiled.asked:
        return False
    answered = sum(1 for item_id in compiled.asked if item_id in answers)
    return (answered + ahead) / len(compiled.asked) >= share


# ------------------------------------------------------------------------------------------ settle


def settle(bank: Bank, answers: Mapping[str, int], position: int) -> Settling:
    """Is the verdict of ``answers`` settled, with the quick form at ``position`` (the number of questions
    of its order passed)? See the module docstring."""
    compiled = compiled_bank(bank)
    rules = bank.scoring
    order = quick_order(bank)
    position = min(max(position, 0), len(order))
    given = {k: v for k, v in answers.items() if k in compiled.keys and v in compiled.keys[k].by_answer}
    known, _experience = aggregate(compiled, given)
    category = _category(bank, compiled, known, answers)
    ahead = [item_id for item_id in order[position:] if item_id in compiled.keys and item_id not in answers]
    rule = rules.quick_rule
    if not ahead:
        return Settling(True, rule, 0.0, category, 0)
    if not _minimums_met(bank, compiled, known, answers):
        return Settling(False, rule, 1.0, category, len(ahead))
    remaining = _remaining(compiled, known, ahead)
    enough = _enough_at_end(compiled, answers, len(ahead), rules.min_answered_share)
    normalised = _normalised(compiled, remaining.weight)
    if not enough or normalised is None:
        done = category[0] == "not_enough_answers"
        return Settling(done, rule, 0.0 if done else 1.0, category, len(ahead))
    if category[0] == "not_enough_answers":
        return Settling(False, rule, 1.0, category, len(ahead))
    if rule == "curtail":
        settled = _curtailed(bank, known, _given(compiled, given), remaining, normalised, category)
        return Settling(settled, rule, 0.0 if settled else 1.0, category, len(ahead))
    person = _person(bank, compiled, given, known)
    chance, too_close = _predicted(bank, person, known, remaining, normalised, category)
    settled = chance < rules.quick_error and (
        category[0] != "clear_lean" or too_close < rules.quick_clear_error
    )
    return Settling(settled, rule, chance, category, len(ahead))


def predicted_gap(bank: Bank, answers: Mapping[str, int], position: int) -> tuple[float, float, float] | None:
    """The predictive rule's view of the completed form's gap (product minus project fit): its mean, its
    standard deviation and the threshold a lean must pass; None when nothing is ahead or a role would have
    no fit. For checking the normal approximation against simulation (benchmarks/quick.py)."""
    compiled = compiled_bank(bank)
    order = quick_order(bank)
    position = min(max(position, 0), len(order))
    given = {k: v for k, v in answers.items() if k in compiled.keys and v in compiled.keys[k].by_answer}
    known, _experience = aggregate(compiled, given)
    ahead = [item_id for item_id in order[position:] if item_id in compiled.keys and item_id not in answers]
    remaining = _remaining(compiled, known, ahead)
    normalised = _normalised(compiled, remaining.weight)
    if not ahead or normalised is None:
        return None
    moments = _moments(bank, _person(bank, compiled, given, known), known, remaining, normalised)
    return moments.difference, math.sqrt(moments.var_difference), moments.threshold


def _minimums_met(bank: Bank, compiled: Compiled, known: Sums, answers: Mapping[str, int]) -> bool:
    rules = bank.scoring
    if compiled.asked:
        answered = sum(1 for item_id in compiled.asked if item_id in answers)
        if answered / len(compiled.asked) < rules.quick_min_share:
            return False
    measured = _interest_scales(compiled)
    return all(known.n[i] >= rules.quick_min_per_scale for i in measured)


_MEASURED: dict[int, tuple[Compiled, tuple[int, ...]]] = {}


def _interest_scales(compiled: Compiled) -> tuple[int, ...]:
    """The scales the main form measures interest on (a scale no question measures waits for nothing)."""
    entry = _MEASURED.get(id(compiled))
    if entry is None or entry[0] is not compiled:
        scales = {
            i
            for item_id in compiled.asked
            for i, _w in compiled.keys[item_id].slots
            if compiled.keys[item_id].interest
        }
        if len(_MEASURED) >= 8:
            _MEASURED.clear()
        entry = (compiled, tuple(sorted(scales)))
        _MEASURED[id(compiled)] = entry
    return entry[1]


def quick_position(bank: Bank, sheet: AnswerSheet) -> int:
    """How far a quick form got, from its sheet alone: just past the last main-form question of the quick
    order the person answered or spent time on (a skipped question has its time kept)."""
    order = quick_order(bank)
    passed = set(sheet.answers) | set(sheet.seconds)
    return max((n + 1 for n, item_id in enumerate(order) if item_id in passed), default=0)


def form_status(bank: Bank, sheet: AnswerSheet) -> FormStatus:
    """Which form ``sheet`` answered and whether its verdict is settled (a full form: by being complete)."""
    rules = bank.scoring
    total = len(bank.main_items)
    error = 0.0 if rules.quick_rule == "curtail" else rules.quick_error
    if sheet.form != "quick":
        return FormStatus("full", total, total, True, rules.quick_rule, error)
    position = quick_position(bank, sheet)
    settled = settle(bank, sheet.answers, position).settled
    return FormStatus("quick", position, total, settled, rules.quick_rule, error)


# ------------------------------------------------------------------------------------- curtailment


@dataclass(frozen=True)
class _Given:
    """Per scale: the least and the largest contribution among the answers given (inf, -inf: none)."""

    least: list[float]
    most: list[float]


def _given(compiled: Compiled, answers: Mapping[str, int]) -> _Given:
    size = len(compiled.scale_ids)
    least, most = [math.inf] * size, [-math.inf] * size
    for item_id, answer in answers.items():
        key = compiled.keys[item_id]
        if not key.interest:
            continue
        for i, _w, c in key.by_answer[answer]:
            least[i], most[i] = min(least[i], c), max(most[i], c)
    return _Given(least, most)


@dataclass
class _Range:
    low: float
    high: float

    def widen(self) -> _Range:
        return _Range(self.low - EPSILON, self.high + EPSILON)


def _linear_ranges(known: Sums, remaining: _Remaining, coefficients: list[float]) -> _Range:
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


def _spread_ranges(known: Sums, remaining: _Remaining, given: _Given) -> list[_Range]:
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


def _se_range(bank: Bank, remaining: _Remaining, spreads: list[_Range], gap: list[float]) -> _Range:
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


def _curtailed(
    bank: Bank,
    known: Sums,
    given: _Given,
    remaining: _Remaining,
    normalised: tuple[list[float], list[float]],
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


# -------------------------------------------------------------------------------------- prediction


def _clipped(mean: float, variance: float) -> tuple[float, float]:
    """Mean and variance of a normal of this mean and variance, cut to 0..1 (values beyond go to the end)."""
    if variance <= 1e-12:
        value = min(max(mean, 0.0), 1.0)
        return value, 0.0
    sd = math.sqrt(variance)
    alpha, beta = (0.0 - mean) / sd, (1.0 - mean) / sd
    below, within_top = _cdf(alpha), _cdf(beta)
    inside = within_top - below
    pdf_a, pdf_b = _pdf(alpha), _pdf(beta)
    # E[X; inside] and E[X^2; inside] of the normal, then the two ends' point masses.
    first = mean * inside + sd * (pdf_a - pdf_b)
    second = (
        (mean * mean + variance) * inside
        + 2 * mean * sd * (pdf_a - pdf_b)
        + variance * (alpha * pdf_a - beta * pdf_b)
    )
    top = 1.0 - within_top
    expected = first + top
    expected_square = second + top
    return expected, max(expected_square - expected * expected, 0.0)


def _cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / math.sqrt(2))


def _pdf(x: float) -> float:
    return math.exp(-x * x / 2) / math.sqrt(2 * math.pi)


@dataclass
class _Moments:
    """The completed form's product fit, project fit: means, variances, covariance; and the threshold."""

    product: float
    project: float
    var_product: float
    var_project: float
    covariance: float
    threshold: float

    @property
    def difference(self) -> float:
        return self.product - self.project

    @property
    def var_difference(self) -> float:
        return max(self.var_product + self.var_project - 2 * self.covariance, 0.0)


def _direction(key: Key) -> int:
    """+1 for a statement keyed forward (agreeing adds), -1 for a reverse-keyed one, 0 for a choice."""
    if not key.linear:
        return 0
    low, high = min(key.values), max(key.values)
    return 1 if key.values[high][0] > key.values[low][0] else -1


@dataclass
class _Person:
    """The person as the answers given show them (see the module docstring), in contribution units 0..1."""

    level: list[float]  # per scale: the level, shrunk to the prior, with the shift of agreeing taken out
    level_var: list[float]  # ... its variance
    noise: float  # the variance of one answer around the level, pooled over the scales
    direction: list[float]  # per scale: the mean direction of the answers given (+1 all forward)
    agreeing: float  # the shift of agreeing with any statement (acquiescence), and its variance
    agreeing_var: float


def _person(bank: Bank, compiled: Compiled, given: Mapping[str, int], known: Sums) -> _Person:
    """The level on each scale, the noise of an answer and the shift of agreeing, from the answers given.

    The noise is pooled over the scales (one person answers about as carefully everywhere), shrunk to the
    bank's prior (``prior_sd`` with ``prior_weight`` answers) as the scoring shrinks a scale's spread, and
    counted over the answers' degrees of freedom (two answers on a scale show half their noise around
    their own mean). The
    shift of agreeing (a statement agreed with whatever it says: a forward statement's contribution goes up
    by it, a reverse-keyed one's down) shows where a scale has answers both ways; its prior is a normal
    around 0 with ``prior_sd``, so before any reverse-keyed statement is answered it is as uncertain as a
    scale's level. Each scale's level is its answers' mean with that shift taken out, shrunk to a prior
    normal around the middle with ``prior_sd``."""
    rules = bank.scoring
    prior = rules.prior_sd**2
    size = len(compiled.scale_ids)
    forward_w, forward_wc = [0.0] * size, [0.0] * size
    reverse_w, reverse_wc = [0.0] * size, [0.0] * size
    for item_id, answer in given.items():
        key = compiled.keys[item_id]
        if not key.interest:
            continue
        way = _direction(key)
        if way == 0:
            continue
        for i, w, c in key.by_answer[answer]:
            if way > 0:
                forward_w[i] += w
                forward_wc[i] += w * c
            else:
                reverse_w[i] += w
                reverse_wc[i] += w * c
    # The answers' squared deviations from their scale's mean, over the degrees of freedom they have (a
    # scale's first answer has none: its mean is fitted to it), met with the prior's pseudo-answers.
    within, freedom = 0.0, 0.0
    for i in range(size):
        if known.w[i] > 0:
            mean = known.wc[i] / known.w[i]
            within += known.n[i] * max(known.wcc[i] / known.w[i] - mean * mean, 0.0)
            freedom += known.n[i] - 1
    noise = max((within + rules.prior_weight * prior) / (freedom + rules.prior_weight), 1e-6)
    # The shift of agreeing: half the gap between a scale's forward and reverse answers, over the scales
    # that have both, met with its prior.
    precision, weighted = 1 / prior, 0.0
    for i in range(size):
        if forward_w[i] > 0 and reverse_w[i] > 0:
            gap = (forward_wc[i] / forward_w[i] - reverse_wc[i] / reverse_w[i]) / 2
            variance = noise * (1 / forward_w[i] + 1 / reverse_w[i]) / 4
            precision += 1 / variance
            weighted += gap / variance
    agreeing, agreeing_var = weighted / precision, 1 / precision
    level, level_var, direction = [0.5] * size, [prior] * size, [0.0] * size
    for i in range(size):
        if known.w[i] <= 0:
            continue
        direction[i] = (forward_w[i] - reverse_w[i]) / known.w[i]
        mean = known.wc[i] / known.w[i] - direction[i] * agreeing
        data = (known.w[i] ** 2 / known.ww[i]) / noise
        level[i] = (0.5 / prior + mean * data) / (1 / prior + data)
        level_var[i] = 1 / (1 / prior + data)
    return _Person(level, level_var, noise, direction, agreeing, agreeing_var)


def _moments(
    bank: Bank,
    person: _Person,
    known: Sums,
    remaining: _Remaining,
    normalised: tuple[list[float], list[float]],
) -> _Moments:
    rules = bank.scoring
    a, b = normalised
    size = len(a)
    weight = remaining.weight
    level, level_var, noise = person.level, person.level_var, person.noise
    product = sum(x * 100 * wc / w for x, wc, w in zip(a, known.wc, weight, strict=True) if w > 0)
    project = sum(y * 100 * wc / w for y, wc, w in zip(b, known.wc, weight, strict=True) if w > 0)
    var_p = var_j = cov = 0.0
    # How the answers to come move with the shift of agreeing, summed: on each fit, and per scale.
    shift_p = shift_j = 0.0
    shift_of = [0.0] * size
    # Per scale, for the completed spread: the expected sum of w c and of w c^2 to come, and the variance
    # of the sum of w c to come from the answers' own noise.
    sum_c, sum_cc, noise_var = [0.0] * size, [0.0] * size, [0.0] * size
    for key in remaining.keys:
        slots = key.slots
        if key.linear:
            # A statement: its contribution (the same on every scale it feeds) is the level plus the shift
            # of agreeing (its direction's way) plus noise.
            direction = _direction(key)
            total_w = sum(w for _i, w in slots)
            mean = sum(w * (level[i] + direction * person.agreeing) for i, w in slots) / total_w
            expected, variance = _clipped(mean, noise)
            alpha = sum(a[i] * 100 * w / weight[i] for i, w in slots)
            beta = sum(b[i] * 100 * w / weight[i] for i, w in slots)
            product += alpha * expected
            project += beta * expected
            var_p += alpha * alpha * variance
            var_j += beta * beta * variance
            cov += alpha * beta * variance
            for i, w in slots:
                moved = direction - person.direction[i]  # against the answers the level came from
                shift_p += a[i] * 100 * w / weight[i] * moved
                shift_j += b[i] * 100 * w / weight[i] * moved
                shift_of[i] += w * moved
                sum_c[i] += w * expected
                sum_cc[i] += w * (expected * expected + variance)
                noise_var[i] += w * w * variance
            continue
        # A choice: each answer as likely as the mean level of the scales it leans to.
        answers = list(key.values.values())
        likes = []
        for values in answers:
            leaning = [(i, w * c) for (i, w), c in zip(slots, values, strict=True) if c > 0]
            mass = sum(x for _i, x in leaning)
            likes.append(max(sum(x * level[i] for i, x in leaning) / mass if mass > 0 else 0.5, CHOICE_FLOOR))
        whole = sum(likes)
        shares = [like / whole for like in likes]
        pulls = [
            (
                sum(a[i] * 100 * w * c / weight[i] for (i, w), c in zip(slots, values, strict=True)),
                sum(b[i] * 100 * w * c / weight[i] for (i, w), c in zip(slots, values, strict=True)),
            )
            for values in answers
        ]
        mean_p = sum(s * p for s, (p, _j) in zip(shares, pulls, strict=True))
        mean_j = sum(s * j for s, (_p, j) in zip(shares, pulls, strict=True))
        product += mean_p
        project += mean_j
        var_p += sum(s * (p - mean_p) ** 2 for s, (p, _j) in zip(shares, pulls, strict=True))
        var_j += sum(s * (j - mean_j) ** 2 for s, (_p, j) in zip(shares, pulls, strict=True))
        cov += sum(s * (p - mean_p) * (j - mean_j) for s, (p, j) in zip(shares, pulls, strict=True))
        for slot, (i, w) in enumerate(slots):
            expected = sum(s * values[slot] for s, values in zip(shares, answers, strict=True))
            square = sum(s * values[slot] ** 2 for s, values in zip(shares, answers, strict=True))
            sum_c[i] += w * expected
            sum_cc[i] += w * square
            noise_var[i] += w * w * (square - expected * expected)
    # The shift of agreeing moves every statement to come together, as far as its direction differs from
    # the answers each scale's level was estimated from.
    var_p += shift_p * shift_p * person.agreeing_var
    var_j += shift_j * shift_j * person.agreeing_var
    cov += shift_p * shift_j * person.agreeing_var
    # The level's own uncertainty moves every answer still to come on its scale together.
    se_terms = 0.0
    for i in range(size):
        if weight[i] <= 0:
            continue
        share = remaining.ahead[i] / weight[i]
        var_p += (a[i] * 100 * share) ** 2 * level_var[i]
        var_j += (b[i] * 100 * share) ** 2 * level_var[i]
        cov += a[i] * b[i] * (100 * share) ** 2 * level_var[i]
        # The completed spread of the scale, expected: E[sum w c^2] / W - E[mean]^2 - Var(mean).
        mean = (known.wc[i] + sum_c[i]) / weight[i]
        moved = shift_of[i] / weight[i]
        var_mean = (
            noise_var[i] / weight[i] ** 2 + share * share * level_var[i] + moved * moved * person.agreeing_var
        )
        spread = max((known.wcc[i] + sum_cc[i]) / weight[i] - mean * mean - var_mean, 0.0)
        n = remaining.count[i]
        variance = (n * spread + rules.prior_weight * rules.prior_sd**2) / (n + rules.prior_weight)
        se_terms += ((a[i] - b[i]) * 100) ** 2 * variance / (weight[i] ** 2 / remaining.weight2[i])
    return _Moments(product, project, var_p, var_j, cov, rules.z * math.sqrt(se_terms))


def _below(mean: float, var: float, line: float) -> float:
    """P(X < line) for X ~ N(mean, var)."""
    if var <= 1e-12:
        return 1.0 if mean < line else 0.0
    return _cdf((line - mean) / math.sqrt(var))


def _predicted(
    bank: Bank,
    person: _Person,
    known: Sums,
    remaining: _Remaining,
    normalised: tuple[list[float], list[float]],
    category: Category,
) -> tuple[float, float]:
    """(an upper bound on the chance that the completed form's category differs from ``category``, the
    chance that the completed form is too close to call), by the normal approximation."""
    rules = bank.scoring
    m = _moments(bank, person, known, remaining, normalised)
    d, var_d, t = m.difference, m.var_difference, m.threshold
    label, lean = category
    below_product = _below(m.product, m.var_product, rules.strong)
    below_project = _below(m.project, m.var_project, rules.strong)
    weak_product = _below(m.product, m.var_product, rules.weak)
    weak_project = _below(m.project, m.var_project, rules.weak)
    too_close = _below(d, var_d, t) - _below(d, var_d, -t)
    if lean is None:
        wrong = 1.0 - too_close  # a lean would appear
    elif lean == PRODUCT:
        wrong = _below(d, var_d, t)
    else:
        wrong = 1.0 - _below(d, var_d, -t)
    # How far the lean goes: clear needs the margin, the others must stay short of it.
    if lean is not None:
        size_below = (
            _below(d, var_d, rules.clear_margin)
            if lean == PRODUCT
            else 1.0 - _below(d, var_d, -rules.clear_margin)
        )
        if label == "clear_lean":
            return min(max(wrong, size_below), 1.0), too_close
        wrong += 1.0 - size_below
    if label == "both_strong":
        wrong += below_product + below_project
    else:
        wrong += min(1.0 - below_product, 1.0 - below_project)  # both strong would take over
        if label == "neither_strong":
            wrong += (1.0 - weak_product) + (1.0 - weak_project)
        else:
            wrong += min(weak_product, weak_project)  # neither strong would take over
    return min(wrong, 1.0), too_close
