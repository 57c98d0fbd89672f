"""Comparing two finished attempts: what changed per responsibility, and the verdict then and now.

Attempts remember the per-responsibility scores they had when finished, so a comparison still holds after
the question bank changes; an attempt stored before that is scored again with the answers that still fit
the current bank. Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank
from pmfit.core.scoring import Result, score


def answers_fitting(sheet: AnswerSheet, bank: Bank) -> AnswerSheet:
    """The sheet with only the answers that fit ``bank``: for a sheet made with another version of it."""
    kept = {}
    for item_id, value in sheet.answers.items():
        item = bank.item_by_id.get(item_id)
        if item is not None and item.accepts(value):
            kept[item_id] = value
    seconds = {k: v for k, v in sheet.seconds.items() if k in kept}
    return replace(sheet, answers=kept, seconds=seconds)


def rescore(bank: Bank, sheet: AnswerSheet) -> Result:
    """Score a stored sheet with ``bank``, whatever version of the questions it was answered with."""
    return score(bank, answers_fitting(sheet, bank))


@dataclass(frozen=True)
class Snapshot:
    """What one attempt said: when, the lean and label, both fits, and the 12 scores."""

    finished_at: str
    bank_version: str
    lean: str | None
    label: str
    fits: Mapping[str, float]
    scales: Mapping[str, float | None]
    form: str | None = None  # "quick" for a quick form's attempt; else a full form's


@dataclass(frozen=True)
class ScaleChange:
    scale_id: str
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class Comparison:
    before: Snapshot
    after: Snapshot
    changes: tuple[ScaleChange, ...]  # in the bank's order of scales

    @property
    def same_questions(self) -> bool:
        return self.before.bank_version == self.after.bank_version

    @property
    def verdict_changed(self) -> bool:
        """A different lean, or a verdict where there was none (not enough answers) or the reverse."""
        enough = [snap.label != "not_enough_answers" for snap in (self.before, self.after)]
        return self.before.lean != self.after.lean or enough[0] != enough[1]

    def largest_first(self) -> list[ScaleChange]:
        return sorted(
            self.changes, key=lambda c: (-(abs(c.delta) if c.delta is not None else -1), c.scale_id)
        )


def snapshot(
    bank: Bank,
    sheet: AnswerSheet,
    *,
    lean: str | None,
    label: str,
    fits: Mapping[str, float],
    scales: Mapping[str, float | None],
    finished_at: str,
    bank_version: str,
    form: str | None = None,
) -> Snapshot:
    """A stored attempt as a Snapshot; without stored scale scores, they are computed from its answers."""
    if not scales:
        scales = {s.id: s.score for s in rescore(bank, sheet).scales}
    return Snapshot(finished_at, bank_version, lean, label, dict(fits), dict(scales), form)


def compare(bank: Bank, before: Snapshot, after: Snapshot) -> Comparison:
    changes = tuple(ScaleChange(s.id, before.scales.get(s.id), after.scales.get(s.id)) for s in bank.scales)
    return Comparison(before, after, changes)


def noteworthy(bank: Bank, change: ScaleChange) -> bool:
    """True when the change is larger than the noise of one scale (``scoring.noteworthy_change``)."""
    return change.delta is not None and abs(change.delta) >= bank.scoring.noteworthy_change
