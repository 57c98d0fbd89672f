"""The scoring engine: ``score(bank, sheet) -> Result``. Pure, deterministic, no I/O.

The model (docs/ARCHITECTURE.md, "The scoring model"), with every threshold taken from ``bank.scoring``:

* Each answered item contributes a value from 0 to 1 to each scale it is keyed to, with a weight. Likert:
  (answer - 1) / 4, or (5 - answer) / 4 when reverse-keyed. Choice: for each scale any option is keyed to,
  the chosen option's weight over the largest option weight on that scale, carrying that largest weight.
* A scale score is the weighted mean of contributions, 0-100. Its standard error is s / sqrt(n_eff), where
  s shrinks the items' spread toward a prior (``prior_sd`` with ``prior_weight`` pseudo-answers) so that one
  answer, or five identical ones, never claims certainty; n_eff is Kish's effective count of weighted items.
* Interest (likert interest items and choices) and experience (likert experience items) are kept apart.
* A role's fit is the mean of the interest scale scores weighted by the role's weights. The verdict compares
  the two fits: the gap must exceed ``z`` standard errors of the difference, computed from the scales'
  standard errors and the difference of the two roles' normalised weights, so shared ground cancels out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import ROLE_IDS, Bank
from pmfit.core.length import question_count
from pmfit.core.model import (
    PRODUCT,
    PROJECT,
    Compiled,
    Core,
    Key,
    Sums,
    aggregate,
    compiled_bank,
    evaluate,
    has_enough,
    label_of,
    lean_for,
    lean_of,
    pull,
    scale_stats,
    trial_gap,
    weighed,
)

__all__ = [
    "PRODUCT",
    "PROJECT",
    "Change",
    "Driver",
    "Result",
    "RoleFit",
    "ScaleScore",
    "Verdict",
    "result_json",
    "score",
]

QUADRANTS = ("strength", "growth_area", "untapped", "not_for_you")
MAX_FLIP_CHANGES = 20


# ------------------------------------------------------------------------------------------ results


@dataclass(frozen=True, slots=True)
class ScaleScore:
    id: str
    role: str
    score: float | None  # interest, 0-100; None when nothing measuring it was answered
    se: float
    answered: int
    experience: float | None
    quadrant: str | None  # one of QUADRANTS, or None when interest or experience is missing


@dataclass(frozen=True, slots=True)
class RoleFit:
    id: str
    fit: float | None
    se: float


@dataclass(frozen=True, slots=True)
class Verdict:
    lean: str | None  # the leading role id, or None when too close to call (or not enough answers)
    label: str  # profile id: clear_lean, slight_lean, too_close, both_strong, neither_strong, ...
    difference: float  # product fit minus project fit
    se_difference: float
    threshold: float  # z * se_difference: the gap a lean has to exceed

    @property
    def margin(self) -> float:
        return abs(self.difference)

    @property
    def confidence(self) -> str:
        """How sure: 'very_sure' (the gap is at least twice the threshold), 'fairly_sure', 'not_sure'."""
        if self.lean is None or self.threshold <= 0:
            return "not_sure"
        return "very_sure" if self.margin >= 2 * self.threshold else "fairly_sure"


@dataclass(frozen=True, slots=True)
class Driver:
    """One answer's pull on the verdict: how many points of the fit gap it added toward ``toward``."""

    item_id: str
    answer: int
    toward: str
    points: float


@dataclass(frozen=True, slots=True)
class Change:
    item_id: str
    answer: int
    instead: int


@dataclass(frozen=True, slots=True)
class Result:
    bank_id: str
    bank_version: str
    scales: tuple[ScaleScore, ...]
    roles: tuple[RoleFit, ...]
    verdict: Verdict
    flags: tuple[str, ...]
    drivers: tuple[Driver, ...]  # strongest first, up to ``top_answers`` toward each role
    flip: tuple[Change, ...]  # fewest answer changes that would change the verdict; () if none would
    tiebreakers: tuple[str, ...]  # item ids to offer when the result is too close to call
    answered: int  # questions of the form answered and asked, as pmfit.core.length counts them (checks
    asked: int  # included, tie-breakers not): the numbers the result screen, the PDF and the JSON give

    def role(self, role_id: str) -> RoleFit:
        return next(role for role in self.roles if role.id == role_id)

    def scale(self, scale_id: str) -> ScaleScore:
        return next(scale for scale in self.scales if scale.id == scale_id)


# -------------------------------------------------------------------------- explanation parts

# The answers that feed the verdict, with their items' keys: (item id, answer, key).
Scored = list[tuple[str, int, Key]]

# One possible change of answer: (-gain, item id, answer, other answer, key). The gain is how many points it
# moves the gap in the direction wanted; negated so that plain tuple order is largest gain first, then item
# id (ids are unique, so the comparison never reaches the key).
Move = tuple[float, str, int, int, Key]


def _scored(compiled: Compiled, answers: Mapping[str, int]) -> Scored:
    keys = compiled.keys
    out = []
    for item_id, answer in answers.items():
        key = keys.get(item_id)
        if key is not None and key.interest and answer in key.by_answer:
            out.append((item_id, answer, key))
    return out


def _drivers(core: Core, scored: Scored, top: int) -> tuple[Driver, ...]:
    # Each pull is kept as (-size, item id, answer, role): plain tuple order is then strongest first, equal
    # pulls (same scale, same answer) by item id, both within a role and across the two.
    toward_product, toward_project = [], []
    factors = core.factors
    for item_id, answer, key in scored:
        if len(key.slots) == 1:  # most items feed one scale: the pull is one multiplication
            ((scale, weight),) = key.slots
            points = factors[scale] * weight * key.centred[answer][0]
        else:
            points = pull(weighed(core, key), key.centred[answer])
        if points > 1e-9:
            toward_product.append((-points, item_id, answer, PRODUCT))
        elif points < -1e-9:
            toward_project.append((points, item_id, answer, PROJECT))
    toward_product.sort()
    toward_project.sort()
    strongest = sorted(toward_product[:top] + toward_project[:top])
    return tuple(Driver(item_id, answer, role, round(-size, 2)) for size, item_id, answer, role in strongest)


def _moves(core: Core, scored: Scored, up: bool, down: bool) -> tuple[list[Move], list[Move]]:
    """The best change of each answer that raises the gap (toward product; if ``up``) and that lowers it
    (toward project; if ``down``), each list largest first.

    The gap is linear in the contributions while the set of answered items stays fixed, so each change's
    effect on it is exact: the scales' factors times the change in contributions. A likert item's
    contribution is linear in the answer, so its best change is to one of the extremes: on one scale, the
    one whose contribution the scale's factor favours (``key.ends``); on several, the better of the two.
    A choice may move to any option. Of equal changes the first wins.
    """
    factors = core.factors
    rising: list[Move] = []
    falling: list[Move] = []
    for item_id, answer, key in scored:
        values = key.values
        if key.ends is not None:
            ((scale, weight),) = key.slots
            factor = factors[scale] * weight
            now = factor * values[answer][0]
            low, high = key.ends
            rise, fall = (high, low) if factor > 0 else (low, high)
            if up and rise != answer:
                gain = factor * values[rise][0] - now
                if gain > 1e-9:
                    rising.append((-gain, item_id, answer, rise, key))
            if down and fall != answer:
                gain = -(factor * values[fall][0] - now)
                if gain > 1e-9:
                    falling.append((-gain, item_id, answer, fall, key))
            continue
        weights = weighed(core, key)
        now = pull(weights, values[answer])
        best_rise = best_fall = 0.0
        rise = fall = answer
        for other in key.moves:
            if other != answer:
                delta = pull(weights, values[other]) - now
                if delta > best_rise:
                    best_rise, rise = delta, other
                if -delta > best_fall:
                    best_fall, fall = -delta, other
        if up and best_rise > 1e-9:
            rising.append((-best_rise, item_id, answer, rise, key))
        if down and best_fall > 1e-9:
            falling.append((-best_fall, item_id, answer, fall, key))
    rising.sort()
    falling.sort()
    return rising, falling


def _flip(bank: Bank, core: Core, interest: Sums, scored: Scored, lean: str | None) -> tuple[Change, ...]:
    """The fewest answer changes that would change the verdict (a lean to too-close, too-close to a lean).

    The greedy pick of the changes with the largest effects on the gap (``_moves``) is checked by
    rescoring, because the standard error (and so the threshold) moves with the answers too. Rescoring a
    trial recomputes only the scales its changes touch (``model.trial_gap``), with ``score``'s arithmetic.
    """
    z = bank.scoring.z
    # A lean toward product flips by lowering the gap, toward project by raising it; too close, either way.
    rising, falling = _moves(core, scored, up=lean != PRODUCT, down=lean != PROJECT)
    if lean == PRODUCT:
        directions = [(-1.0, falling)]
    elif lean == PROJECT:
        directions = [(1.0, rising)]
    else:
        directions = [(1.0, rising), (-1.0, falling)]
    threshold = z * core.se_difference
    plans = []
    for direction, moves in directions:
        options = moves[:MAX_FLIP_CHANGES]
        # Where the linear estimate of the gap crosses today's threshold; the exact count is found below,
        # since the threshold itself moves a little with the answers.
        gap, estimate = direction * core.difference, len(options)
        for index, option in enumerate(options, start=1):
            gap -= option[0]
            if (gap >= -threshold) if lean is not None else (gap > threshold):
                estimate = index
                break
        plans.append((estimate, options))

    best: tuple[Change, ...] = ()
    for estimate, options in sorted(plans, key=lambda plan: plan[0]):
        if best and estimate > len(best) + 1:
            continue

        def flips(count: int, options: list[Move] = options) -> bool:
            trial = interest.copy()
            touched: set[int] = set()
            for _gain, _item_id, answer, other, key in options[:count]:
                trial.replace(key.by_answer[answer], key.by_answer[other])
                touched.update(i for i, _w in key.slots)
            return lean_for(*trial_gap(bank, core, trial, touched), z) != lean

        count = max(estimate, 1)
        while count <= len(options) and not flips(count):
            count += 1
        if count > len(options):
            continue
        while count > 1 and flips(count - 1):
            count -= 1
        if not best or count < len(best):
            best = tuple(Change(item_id, answer, other) for _g, item_id, answer, other, _k in options[:count])
    return best


def _tiebreakers(compiled: Compiled, core: Core, answers: Mapping[str, int], count: int) -> tuple[str, ...]:
    ranked = []
    for item_id in compiled.tiebreakers:
        if item_id in answers:
            continue
        key = compiled.keys[item_id]
        factors = weighed(core, key)
        pulls = [pull(factors, values) for values in key.values.values()]
        ranked.append((-(max(pulls) - min(pulls)), compiled.tiebreakers.index(item_id), item_id))
    return tuple(item_id for *_, item_id in sorted(ranked)[:count])


def _flags(bank: Bank, compiled: Compiled, sheet: AnswerSheet) -> tuple[str, ...]:
    rules, answers = bank.scoring, sheet.answers
    flags = []
    asked = compiled.asked
    if sheet.form == "quick":
        # A quick form skipped only what it asked and got no answer to; the rest it never asked.
        from pmfit.core.quick_order import quick_order
        from pmfit.core.settle import quick_position

        passed = set(quick_order(bank)[: quick_position(bank, sheet)])
        asked = tuple(item_id for item_id in asked if item_id in passed)
    if asked:
        skipped = sum(1 for item_id in asked if item_id not in answers)
        if skipped / len(asked) > rules.skipped_flag_share:
            flags.append("many_skipped")
    run, longest, previous = 0, 0, None
    for item_id in compiled.likert_order:
        answer = answers.get(item_id)
        if answer is None:
            continue
        run = run + 1 if answer == previous else 1
        previous, longest = answer, max(longest, run)
    if longest >= rules.longstring_flag:
        flags.append("straight_lining")
    disagreeing = 0
    for reverse_id, twin_id in compiled.twins:
        if reverse_id in answers and twin_id in answers:
            first = compiled.keys[reverse_id].by_answer.get(answers[reverse_id], ())
            second = compiled.keys[twin_id].by_answer.get(answers[twin_id], ())
            if first and second and abs(first[0][2] - second[0][2]) >= rules.twin_gap:
                disagreeing += 1
    if disagreeing >= rules.twin_flag_count:
        flags.append("inconsistent_twins")
    if any(
        item_id in answers and answers[item_id] != expected for item_id, expected in compiled.checks.items()
    ):
        flags.append("failed_check")
    times = sorted(t for item_id, t in sheet.seconds.items() if item_id in answers)
    if len(times) >= rules.fast_min_timed:
        middle = len(times) // 2
        median = times[middle] if len(times) % 2 else (times[middle - 1] + times[middle]) / 2
        if median < rules.fast_median_seconds:
            flags.append("too_fast")
    return tuple(flags)


def _quadrant(interest: float | None, experience: float | None, cut: float) -> str | None:
    if interest is None or experience is None:
        return None
    if interest >= cut:
        return "strength" if experience >= cut else "growth_area"
    return "untapped" if experience >= cut else "not_for_you"


# ------------------------------------------------------------------------------------- score


def score(bank: Bank, sheet: AnswerSheet) -> Result:
    """Score an answer sheet against a bank. Answers to unknown items or out-of-range values are ignored
    here (``answers.check_against_bank`` rejects them at the edges), so this never raises for bad data."""
    compiled = compiled_bank(bank)
    rules = bank.scoring
    answers = {k: v for k, v in sheet.answers.items() if k in compiled.keys or k in compiled.checks}
    interest, experience = aggregate(compiled, answers)
    core = evaluate(bank, compiled, interest)
    enough = has_enough(compiled, core, answers, rules.min_answered_share)
    lean = lean_of(core, rules.z, enough)
    label = label_of(bank, core, lean, enough)
    scored = _scored(compiled, answers) if enough else []
    count = question_count(bank, answers)

    scales = []
    for i, scale_id in enumerate(compiled.scale_ids):
        exp_score, _ = scale_stats(experience, i, rules.prior_sd, rules.prior_weight)
        interest_score = core.scores[i]
        scales.append(
            ScaleScore(
                id=scale_id,
                role=compiled.scale_roles[i],
                score=None if interest_score is None else round(interest_score, 2),
                se=round(core.ses[i], 2),
                answered=core.interest_n[i],
                experience=None if exp_score is None else round(exp_score, 2),
                quadrant=_quadrant(interest_score, exp_score, rules.quadrant_cut),
            )
        )
    roles = tuple(
        RoleFit(role_id, None if fit is None else round(fit, 2), round(se, 2))
        for role_id, fit, se in zip(ROLE_IDS, core.fits, core.fit_ses, strict=True)
    )
    verdict = Verdict(
        lean=lean,
        label=label,
        difference=round(core.difference, 2),
        se_difference=round(core.se_difference, 2),
        threshold=round(rules.z * core.se_difference, 2),
    )
    return Result(
        bank_id=bank.id,
        bank_version=bank.version,
        scales=tuple(scales),
        roles=roles,
        verdict=verdict,
        flags=_flags(bank, compiled, sheet),
        drivers=_drivers(core, scored, rules.top_answers),
        flip=_flip(bank, core, interest, scored, lean) if enough else (),
        tiebreakers=_tiebreakers(compiled, core, answers, rules.tiebreakers_offered)
        if enough and lean is None
        else (),
        # Counted as the question screen counts them (checks included), so the result says what was seen.
        answered=count.answered,
        asked=count.asked,
    )


def result_json(result: Result) -> dict[str, Any]:
    """The public JSON shape of a result (the ``pmfit score --json`` contract, plus the explanation)."""
    return {
        "bank": {"id": result.bank_id, "version": result.bank_version},
        "roles": {role.id: role.fit for role in result.roles},
        "role_se": {role.id: role.se for role in result.roles},
        "scales": {
            s.id: {
                "score": s.score,
                "se": s.se,
                "answered": s.answered,
                "experience": s.experience,
                "quadrant": s.quadrant,
            }
            for s in result.scales
        },
        "verdict": {
            "lean": result.verdict.lean,
            "margin": round(result.verdict.margin, 2),
            "label": result.verdict.label,
            "difference": result.verdict.difference,
            "se_difference": result.verdict.se_difference,
            "threshold": result.verdict.threshold,
            "confidence": result.verdict.confidence,
        },
        "quality": {"flags": list(result.flags)},
        "drivers": [
            {"item": d.item_id, "answer": d.answer, "toward": d.toward, "points": d.points}
            for d in result.drivers
        ],
        "flip": [{"item": c.item_id, "answer": c.answer, "instead": c.instead} for c in result.flip],
        "tiebreakers": list(result.tiebreakers),
        "answered": result.answered,
        "asked": result.asked,
    }
