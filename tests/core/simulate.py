"""Simulated respondents whose reliability is known in theory, for testing the pilot analysis.

Each respondent has a latent level per scale, drawn from N(0, 1). A likert item of a scale is answered as
level + noise, noise ~ N(0, sd^2) drawn afresh for every item, cut into 1-5 at fixed points (``CUTS``); a
reverse-keyed item gets the mirrored answer 6 - that, as a person who agrees with the scale disagrees
with a reverse item. Given the level, items are independent and identically distributed, so the items
of a scale are parallel and the population value of Cronbach's alpha follows from two moments:

    alpha = k c / (v + (k - 1) c),  v = Var(answer),  c = Cov(two answers) = Var(E[answer | level])

``expected_alpha`` works these out by integrating over the level (the cut into 1-5 is what makes it an
integral instead of the Spearman-Brown formula for continuous items).
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Mapping, Sequence
from statistics import NormalDist

from pmfit.core.bank import Bank, CheckItem, ChoiceItem, LikertItem

CUTS = (-1.5, -0.5, 0.5, 1.5)  # level + noise above the i-th cut: at least answer i + 2
STANDARD = NormalDist()


def answer_of(value: float) -> int:
    return 1 + sum(1 for cut in CUTS if value > cut)


def _answer_probabilities(level: float, noise: float) -> list[float]:
    """P(answer = 1..5 | level) when the answer is answer_of(level + N(0, noise^2))."""
    below = [0.0, *(STANDARD.cdf((cut - level) / noise) for cut in CUTS), 1.0]
    return [below[i + 1] - below[i] for i in range(5)]


def expected_alpha(items: int, noise: float, steps: int = 2000) -> float:
    """Population Cronbach's alpha of ``items`` parallel items with this noise (Simpson's rule over the
    level from -8 to 8 standard deviations; the rest of the normal weighs less than 1e-14)."""
    low, high = -8.0, 8.0
    width = (high - low) / steps
    mean = square = mean_square = 0.0  # E[E[x|level]], E[E[x^2|level]], E[E[x|level]^2]
    for step in range(steps + 1):
        level = low + step * width
        weight = (1 if step in (0, steps) else 4 if step % 2 else 2) * width / 3 * STANDARD.pdf(level)
        probabilities = _answer_probabilities(level, noise)
        given = sum((answer + 1) * p for answer, p in enumerate(probabilities))
        mean += weight * given
        square += weight * sum((answer + 1) ** 2 * p for answer, p in enumerate(probabilities))
        mean_square += weight * given * given
    variance = square - mean * mean
    covariance = mean_square - mean * mean
    return items * covariance / (variance + (items - 1) * covariance)


def respondents(
    bank: Bank,
    count: int,
    rng: random.Random,
    noise: Mapping[str, float],
    pure_noise: Collection[str] = (),
    picks: Mapping[str, Sequence[float]] | None = None,
    means: Mapping[str, float] | None = None,
    choice_noise: float | None = None,
    shifts: Mapping[str, float] | None = None,
    levels_out: list[dict[str, float]] | None = None,
) -> list[dict[str, int]]:
    """``count`` respondents' answers to every item of ``bank``.

    ``noise``: per scale id, the noise sd of its likert items (interest and experience alike).
    ``pure_noise``: likert items answered from noise alone, with the same spread as the others
    (N(0, 1 + sd^2)) but no tie to the level: the item measures nothing.
    ``picks``: per choice item, the chance of each option (default: all options alike).
    ``means``: per scale id, the mean of the level (default 0): a group that likes that work more.
    ``choice_noise``: when given, a choice is made by the levels instead of ``picks``: the option whose
    scales' level plus N(0, choice_noise^2) is highest (a random-utility choice).
    ``shifts``: per likert item, an amount added to level + noise before the cut: the item reads as asking
    for more (or less) of the scale than its siblings do (what a translation can do to an item).
    ``levels_out``: when given, each respondent's latent levels are appended to it.
    Check items are answered as expected. Nothing is skipped: tests remove what they want skipped.
    """
    picks = picks or {}
    means = means or {}
    shifts = shifts or {}
    sheets = []
    for _ in range(count):
        levels = {scale.id: rng.gauss(means.get(scale.id, 0.0), 1.0) for scale in bank.scales}
        if levels_out is not None:
            levels_out.append(levels)
        answers = {}
        for item in bank.items:
            if isinstance(item, LikertItem):
                scale = max(item.scales, key=lambda s: item.scales[s])
                sd = noise[scale]
                if item.id in pure_noise:
                    value = rng.gauss(0.0, math.sqrt(1 + sd * sd))
                else:
                    value = levels[scale] + rng.gauss(0.0, sd)
                answer = answer_of(value + shifts.get(item.id, 0.0))
                answers[item.id] = 6 - answer if item.reverse else answer
            elif isinstance(item, ChoiceItem) and choice_noise is not None:
                utility = [
                    sum(w * levels[s] for s, w in option.weights.items()) / sum(option.weights.values())
                    + rng.gauss(0.0, choice_noise)
                    for option in item.options
                ]
                answers[item.id] = utility.index(max(utility))
            elif isinstance(item, ChoiceItem):
                weights = picks.get(item.id, [1.0] * len(item.options))
                answers[item.id] = rng.choices(range(len(item.options)), weights=weights)[0]
            elif isinstance(item, CheckItem):
                answers[item.id] = item.expected
        sheets.append(answers)
    return sheets


def role_means(bank: Bank, role: str, separation: float) -> dict[str, float]:
    """Level means of a group of ``role``: +separation/2 on its own role's scales, -separation/2 on the
    other role's, so the two groups' levels on any scale lie ``separation`` standard deviations apart."""
    return {scale.id: separation / 2 if scale.role == role else -separation / 2 for scale in bank.scales}
