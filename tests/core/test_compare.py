"""Comparing two attempts, also across versions of the question bank."""

from __future__ import annotations

from dataclasses import replace

from pmfit.core.bank import Bank
from pmfit.core.compare import answers_fitting, compare, noteworthy, rescore, snapshot
from pmfit.core.scoring import score
from tests.conftest import sheet_of

BEFORE = {"v1": 2, "p1": 4, "v2": 2, "p2": 4, "v3": 3, "p3": 5, "fc1": 1, "v4": 4, "p4": 4}
AFTER = {"v1": 5, "p1": 2, "v2": 5, "p2": 3, "v3": 4, "p3": 3, "fc1": 0, "v4": 1, "p4": 3}


def snap(bank: Bank, answers: dict[str, int], when: str, version: str = "1", stored: bool = True):  # type: ignore[no-untyped-def]
    sheet = sheet_of(bank, answers)
    result = score(bank, sheet)
    return snapshot(
        bank,
        sheet,
        lean=result.verdict.lean,
        label=result.verdict.label,
        fits={r.id: r.fit for r in result.roles if r.fit is not None},
        scales={s.id: s.score for s in result.scales} if stored else {},
        finished_at=when,
        bank_version=version,
    )


def test_changes_per_responsibility_and_verdict(tiny_bank: Bank) -> None:
    before = snap(tiny_bank, BEFORE, "2026-01-01T10:00:00+00:00")
    after = snap(tiny_bank, AFTER, "2026-11-01T10:00:00+00:00")
    comparison = compare(tiny_bank, before, after)
    vision = next(c for c in comparison.changes if c.scale_id == "vision")
    assert vision.before is not None and vision.after is not None
    assert vision.delta == vision.after - vision.before and vision.delta > 30
    assert comparison.verdict_changed and after.lean == "product_manager"
    assert comparison.same_questions
    assert comparison.largest_first()[0].scale_id in {"vision", "planning"}
    assert noteworthy(tiny_bank, vision)


def test_without_stored_scores_they_are_recomputed(tiny_bank: Bank) -> None:
    stored = snap(tiny_bank, AFTER, "2026-11-01T10:00:00+00:00")
    recomputed = snap(tiny_bank, AFTER, "2026-11-01T10:00:00+00:00", stored=False)
    assert recomputed.scales == stored.scales


def test_other_bank_version_keeps_the_answers_that_fit(tiny_bank: Bank) -> None:
    sheet = sheet_of(tiny_bank, AFTER)
    old = replace(sheet, answers={**sheet.answers, "retired": 3, "v1": 9})
    kept = answers_fitting(old, tiny_bank)
    assert "retired" not in kept.answers and "v1" not in kept.answers
    assert kept.answers["p1"] == AFTER["p1"]
    assert rescore(tiny_bank, old).scale("vision").answered == 4
    before = snap(tiny_bank, BEFORE, "2026-01-01T10:00:00+00:00", version="0.9")
    after = snap(tiny_bank, AFTER, "2026-11-01T10:00:00+00:00")
    assert not compare(tiny_bank, before, after).same_questions


def test_small_changes_read_as_about_the_same(tiny_bank: Bank) -> None:
    before = snap(tiny_bank, AFTER, "2026-01-01T10:00:00+00:00")
    after = snap(tiny_bank, AFTER, "2026-02-01T10:00:00+00:00")
    comparison = compare(tiny_bank, before, after)
    assert not comparison.verdict_changed
    assert not any(noteworthy(tiny_bank, c) for c in comparison.changes)


def test_the_noteworthy_threshold_comes_from_the_bank(tiny_bank: Bank) -> None:
    from pmfit.core.compare import ScaleChange

    change = ScaleChange("vision", 50.0, 54.0)
    assert not noteworthy(tiny_bank, change)  # the default threshold is 5 points
    stricter = tiny_bank.model_copy(
        update={"scoring": tiny_bank.scoring.model_copy(update={"noteworthy_change": 3.0})}
    )
    assert noteworthy(stricter, change)


def test_a_verdict_where_there_was_none_is_a_change(tiny_bank: Bank) -> None:
    few = snap(tiny_bank, {"v1": 3}, "2026-01-01T10:00:00+00:00")
    even = snap(tiny_bank, AFTER, "2026-02-01T10:00:00+00:00")
    assert few.label == "not_enough_answers" and few.lean is None
    tied = replace(even, lean=None, label="too_close")
    assert compare(tiny_bank, few, tied).verdict_changed
    assert not compare(tiny_bank, tied, replace(tied, label="both_strong")).verdict_changed
