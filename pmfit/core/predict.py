"""The "predictive" rule: the verdict is settled once the chance that a plausible completion changes its
category is below the bank's ``quick_error`` (docs/ARCHITECTURE.md, "The quick form").

A completion is plausible when the person answers the rest as they answered so far (:func:`person_of`):
per scale a level, shrunk to the bank's prior; the noise of one answer, pooled over the scales; the shift
of agreeing with any statement. The completed fits are then about normal (:func:`moments_of`), and the
chance of another category is bounded by the chances of crossing each line that bounds it
(:func:`predicted`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from pmfit.core.bank import Bank
from pmfit.core.completion import Category, Normalised, Remaining
from pmfit.core.model import PRODUCT, Compiled, Key, Sums

CHOICE_FLOOR = 0.02  # the least share a choice's option gets: never impossible


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
class Moments:
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
class Person:
    """The person as the answers given show them (see the module docstring), in contribution units 0..1."""

    level: list[float]  # per scale: the level, shrunk to the prior, with the shift of agreeing taken out
    level_var: list[float]  # ... its variance
    noise: float  # the variance of one answer around the level, pooled over the scales
    direction: list[float]  # per scale: the mean direction of the answers given (+1 all forward)
    agreeing: float  # the shift of agreeing with any statement (acquiescence), and its variance
    agreeing_var: float


def person_of(bank: Bank, compiled: Compiled, given: Mapping[str, int], known: Sums) -> Person:
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
    return Person(level, level_var, noise, direction, agreeing, agreeing_var)


def moments_of(
    bank: Bank,
    person: Person,
    known: Sums,
    remaining: Remaining,
    normalised: Normalised,
) -> Moments:
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
    return Moments(product, project, var_p, var_j, cov, rules.z * math.sqrt(se_terms))


def _below(mean: float, var: float, line: float) -> float:
    """P(X < line) for X ~ N(mean, var)."""
    if var <= 1e-12:
        return 1.0 if mean < line else 0.0
    return _cdf((line - mean) / math.sqrt(var))


def predicted(
    bank: Bank,
    person: Person,
    known: Sums,
    remaining: Remaining,
    normalised: Normalised,
    category: Category,
) -> tuple[float, float]:
    """(an upper bound on the chance that the completed form's category differs from ``category``, the
    chance that the completed form is too close to call), by the normal approximation."""
    rules = bank.scoring
    m = moments_of(bank, person, known, remaining, normalised)
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
