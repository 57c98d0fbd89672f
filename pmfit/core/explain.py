"""Plain words for a Result: the verdict sentence, matching responsibilities, next steps.

Shared by the command line, the result screen and the PDF so they always say the same thing. The wording
of profiles, flags and steps lives in the bank; this module only puts the pieces together.
"""

from __future__ import annotations

from dataclasses import dataclass

from pmfit.core.bank import AdjacentRole, Bank, ChoiceItem, Role, Scale
from pmfit.core.scoring import PRODUCT, PROJECT, Change, Driver, Result, ScaleScore

LIKERT_WORDS = ("strongly disagree", "disagree", "neither agree nor disagree", "agree", "strongly agree")
QUADRANT_TITLES = {
    "strength": "Strength",
    "growth_area": "Growth area",
    "untapped": "Untapped",
    "not_for_you": "Not for you",
}
QUADRANT_MEANINGS = {
    "strength": "you would enjoy it and you have done it: build on it",
    "growth_area": "you would enjoy it but have little experience yet: the best place to learn",
    "untapped": "you have done it but it does not energise you: useful, but not a reason to choose",
    "not_for_you": "neither drawn to it nor practised in it: fine to leave to others",
}


def fit_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def leading_role(bank: Bank, result: Result) -> Role:
    """The role the result points to: the lean, or the higher fit when too close to call."""
    if result.verdict.lean is not None:
        return bank.role_by_id[result.verdict.lean]
    product, project = result.role(PRODUCT).fit or 0.0, result.role(PROJECT).fit or 0.0
    return bank.role_by_id[PRODUCT if product >= project else PROJECT]


def other_role(bank: Bank, role: Role) -> Role:
    return bank.role_by_id[PROJECT if role.id == PRODUCT else PRODUCT]


def headline(bank: Bank, result: Result) -> str:
    """The verdict in one plain sentence, with how sure it is."""
    v = result.verdict
    product = bank.role_by_id[PRODUCT].title
    project = bank.role_by_id[PROJECT].title
    p_fit, j_fit = fit_text(result.role(PRODUCT).fit), fit_text(result.role(PROJECT).fit)
    fits = f"{product} {p_fit}, {project} {j_fit} out of 100"
    if v.label == "not_enough_answers":
        return (
            f"Not enough answers to say yet: you answered {result.answered} of {result.asked} questions. "
            "Answer more of them for a result you can trust."
        )
    if v.lean is not None:
        role = bank.role_by_id[v.lean].title
        other = PROJECT if v.lean == PRODUCT else PRODUCT
        lead, trail = fit_text(result.role(v.lean).fit), fit_text(result.role(other).fit)
        how = "clearly" if v.label == "clear_lean" else "slightly"
        return (
            f"You lean {how} toward {role}: {lead} against {trail} out of 100. "
            f"{v.confidence.capitalize()}: the gap of {points(v.margin)} is beyond the noise in your answers."
        )
    if v.label == "both_strong":
        return f"Both roles suit you, and too evenly to pick one ({fits}): look at roles that combine them."
    if v.label == "neither_strong":
        return f"Neither role stands out for you yet ({fits}): it is worth looking at neighbouring roles too."
    return f"Too close to call ({fits}): the gap of {points(v.margin)} is within the noise in your answers."


def points(value: float) -> str:
    rounded = round(value)
    return "1 point" if rounded == 1 else f"{rounded:.0f} points"


def matching_scales(bank: Bank, result: Result, role: Role) -> list[tuple[Scale, ScaleScore]]:
    """The role's own responsibilities, strongest interest first."""
    pairs = [(bank.scale_by_id[s.id], s) for s in result.scales if s.role == role.id]
    return sorted(pairs, key=lambda pair: (-(pair[1].score or -1.0), pair[0].title))


def band(score: float | None) -> str:
    if score is None:
        return "not answered"
    if score >= 67:
        return "high"
    if score >= 34:
        return "middle"
    return "low"


@dataclass(frozen=True)
class Step:
    scale: Scale
    reason: str
    actions: tuple[str, ...]


def next_steps(bank: Bank, result: Result, limit: int = 3) -> list[Step]:
    """The gap plan: growth areas of the leading role first (interest without experience), then its
    weakest-experience responsibilities that still interest you."""
    role = leading_role(bank, result)
    own = [s for s in result.scales if s.role == role.id and s.score is not None]
    growth = [s for s in own if s.quadrant == "growth_area"]
    growth.sort(key=lambda s: -((s.score or 0) - (s.experience or 0)))
    rest = [s for s in own if s not in growth]
    rest.sort(key=lambda s: ((s.experience if s.experience is not None else 0), -(s.score or 0)))
    steps = []
    for s in (growth + rest)[:limit]:
        scale = bank.scale_by_id[s.id]
        if s.quadrant == "growth_area":
            reason = "You would enjoy this but have little experience in it yet."
        elif s.experience is None:
            reason = "A core part of the role you have not rated your experience in."
        else:
            reason = "A core part of the role where more practice will count."
        steps.append(Step(scale, reason, scale.next_steps))
    return steps


def adjacent_roles(bank: Bank, result: Result) -> list[AdjacentRole]:
    label = result.verdict.label
    if label in {"both_strong", "neither_strong"}:
        return [a for a in bank.adjacent_roles if a.suits in {label, "any"}]
    return [a for a in bank.adjacent_roles if a.suits == "any"]


def answer_words(bank: Bank, item_id: str, answer: int) -> str:
    item = bank.item_by_id[item_id]
    if isinstance(item, ChoiceItem):
        return f"“{item.options[answer].text}”" if 0 <= answer < len(item.options) else str(answer)
    if 1 <= answer <= 5:
        return LIKERT_WORDS[answer - 1]
    return str(answer)


def driver_text(bank: Bank, driver: Driver) -> str:
    item = bank.item_by_id[driver.item_id]
    role = bank.role_by_id[driver.toward].title
    pull = f"{driver.points:.1f} points toward {role}"
    if isinstance(item, ChoiceItem):
        return f"You chose {answer_words(bank, item.id, driver.answer)} ({pull})"
    return f"“{item.text}”: you said {answer_words(bank, item.id, driver.answer)} ({pull})"


def change_text(bank: Bank, change: Change) -> str:
    item = bank.item_by_id[change.item_id]
    now, instead = answer_words(bank, item.id, change.answer), answer_words(bank, item.id, change.instead)
    return f"“{item.text}”: {instead} instead of {now}"


FLIP_SHOWN = 5


def flip_summary(bank: Bank, result: Result) -> str:
    """One sentence on how fragile the verdict is; the changes to list are ``shown_flip(result)``."""
    count = len(result.flip)
    if result.verdict.label == "not_enough_answers":
        return "There are too few answers to say what would change the result."
    if count == 0:
        return "No small set of changed answers would change this result: it rests on many answers at once."
    what = "this lean" if result.verdict.lean else "the tie"
    if count > FLIP_SHOWN:
        return (
            f"It would take {count} changed answers to change {what}, so it rests on many of your answers, "
            f"not on a few. The {FLIP_SHOWN} that would count most:"
        )
    plural = "answer" if count == 1 else "answers"
    return f"Changing {count} {plural} would be enough to change {what}:"


def shown_flip(result: Result) -> tuple[Change, ...]:
    return result.flip[:FLIP_SHOWN]
