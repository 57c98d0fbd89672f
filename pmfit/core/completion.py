"""The form ahead of a quick form: what every completion of it shares (docs/ARCHITECTURE.md, "The quick
form"), for both settling rules (:mod:`pmfit.core.curtail`, :mod:`pmfit.core.predict`).

A completion answers every scored question still ahead; whatever the answers, each scale's total weight,
squared weights and count of answers are then fixed, so are the role weights normalised over the scales it
scores, and the fits and their gap are linear in the answers still to come.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pmfit.core.bank import Bank
from pmfit.core.model import Compiled, Key, Sums, evaluate, has_enough, label_of, lean_of

#: A category of verdict: (label, lean), as ``score`` gives them.
Category = tuple[str, str | None]

#: Per scale, the normalised weights of the two roles on the completed form: (product, project).
Normalised = tuple[list[float], list[float]]


@dataclass(frozen=True)
class Remaining:
    """The scored items ahead: their keys, and the final weights of every scale once all are answered."""

    keys: tuple[Key, ...]
    weight: list[float]  # per scale: the completed form's total interest weight
    weight2: list[float]  # ... and its sum of squared weights (for Kish's effective count)
    count: list[int]  # ... and its number of contributions
    ahead: list[float]  # per scale: the weight still to come


def form_ahead(compiled: Compiled, known: Sums, ahead_ids: Sequence[str]) -> Remaining:
    """The interest items among ``ahead_ids`` and the completed form's weights, given the answers' sums."""
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
    return Remaining(tuple(keys), weight, weight2, count, ahead)


def role_weights(compiled: Compiled, weight: list[float]) -> Normalised | None:
    """The role weights normalised over the scales the completed form scores; None when a role has none."""
    out = []
    for weights in compiled.role_weights:
        total = sum(w for w, t in zip(weights, weight, strict=True) if t > 0)
        if total <= 0:
            return None
        out.append([w / total if t > 0 else 0.0 for w, t in zip(weights, weight, strict=True)])
    return out[0], out[1]


def category_of(bank: Bank, compiled: Compiled, known: Sums, answers: Mapping[str, int]) -> Category:
    """The category ``score`` gives the answers (``known``: their interest sums), by its own arithmetic."""
    core = evaluate(bank, compiled, known)
    enough = has_enough(compiled, core, answers, bank.scoring.min_answered_share)
    lean = lean_of(core, bank.scoring.z, enough)
    return label_of(bank, core, lean, enough), lean


def enough_at_end(compiled: Compiled, answers: Mapping[str, int], ahead: int, share: float) -> bool:
    """Whether the completed form, ``ahead`` more answers on, has the share of answers a verdict needs."""
    if not compiled.asked:
        return False
    answered = sum(1 for item_id in compiled.asked if item_id in answers)
    return (answered + ahead) / len(compiled.asked) >= share
