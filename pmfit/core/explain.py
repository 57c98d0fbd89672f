"""What a Result points to, as ids and numbers: the leading role, bands, best matches, next steps.

The words for all of it are chosen elsewhere (``pmfit.render.content`` with the bank's texts and the
translation catalogue), so that screen, PDF and command line say the same thing in any language. This
module only decides *what* to say, with every threshold taken from ``bank.scoring``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pmfit.core.bank import AdjacentRole, Bank
from pmfit.core.scoring import PRODUCT, PROJECT, Change, Result, ScaleScore

Band = Literal["high", "middle", "low"]
StepReason = Literal["growth_area", "unrated", "practice"]

FLIP_SHOWN = 5  # the changes a result lists; more than this means the verdict rests on many answers


def leading_role(result: Result) -> str:
    """The role id the result points to: the lean, or the higher fit when too close to call."""
    if result.verdict.lean is not None:
        return result.verdict.lean
    product, project = result.role(PRODUCT).fit or 0.0, result.role(PROJECT).fit or 0.0
    return PRODUCT if product >= project else PROJECT


def other_role(role_id: str) -> str:
    return PROJECT if role_id == PRODUCT else PRODUCT


def band(bank: Bank, score: float | None) -> Band | None:
    """Where a 0-100 score sits against the bank's cut-offs; None when there is no score."""
    if score is None:
        return None
    if score >= bank.scoring.band_high:
        return "high"
    if score >= bank.scoring.band_low:
        return "middle"
    return "low"


def matching_scales(bank: Bank, result: Result, role_id: str) -> list[ScaleScore]:
    """The role's own responsibilities, strongest interest first (the bank's order breaks ties)."""
    order = {scale.id: n for n, scale in enumerate(bank.scales)}
    own = [s for s in result.scales if s.role == role_id]
    return sorted(own, key=lambda s: (-(s.score if s.score is not None else -1.0), order[s.id]))


@dataclass(frozen=True)
class StepPlan:
    scale_id: str
    reason: StepReason


def next_steps(result: Result, limit: int = 3) -> list[StepPlan]:
    """The gap plan: growth areas of the leading role first (interest without experience), then its
    weakest-experience responsibilities that still interest you."""
    role = leading_role(result)
    own = [s for s in result.scales if s.role == role and s.score is not None]
    growth = [s for s in own if s.quadrant == "growth_area"]
    growth.sort(key=lambda s: -((s.score or 0) - (s.experience or 0)))
    rest = [s for s in own if s not in growth]
    rest.sort(key=lambda s: ((s.experience if s.experience is not None else 0), -(s.score or 0)))
    plans = []
    for s in (growth + rest)[:limit]:
        if s.quadrant == "growth_area":
            reason: StepReason = "growth_area"
        elif s.experience is None:
            reason = "unrated"
        else:
            reason = "practice"
        plans.append(StepPlan(s.id, reason))
    return plans


def adjacent_roles(bank: Bank, result: Result) -> list[AdjacentRole]:
    """Neighbouring roles to name: those for a both-strong or neither-strong profile, and the general ones."""
    label = result.verdict.label
    if label in {"both_strong", "neither_strong"}:
        return [a for a in bank.adjacent_roles if a.suits in {label, "any"}]
    return [a for a in bank.adjacent_roles if a.suits == "any"]


def shown_flip(result: Result) -> tuple[Change, ...]:
    return result.flip[:FLIP_SHOWN]
