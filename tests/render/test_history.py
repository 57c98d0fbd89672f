"""An attempt in a few words, the same for the history screen, the comparison and ``pmfit history``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pytest

from pmfit.core.scoring import PRODUCT, PROJECT
from pmfit.render.history import attempt_summary
from pmfit.render.words import moment

NAMES = {PRODUCT: "Product Manager", PROJECT: "Project Manager"}


@dataclass(frozen=True)
class Said:
    lean: str | None
    label: str
    fits: Mapping[str, float] = field(default_factory=lambda: {PRODUCT: 66.4, PROJECT: 27.5})
    finished_at: str = "2026-11-26T09:11:00+00:00"


@pytest.mark.parametrize(
    ("said", "verdict", "in_sentence"),
    [
        (Said(PRODUCT, "clear_lean"), "Product Manager", "Product Manager"),
        (Said(PROJECT, "slight_lean"), "Project Manager", "Project Manager"),
        (Said(None, "too_close"), "Too close to call", "too close to call"),
        (Said(None, "not_enough_answers"), "Not enough answers", "not enough answers"),
        (Said("some_other_role", "clear_lean"), "Too close to call", "too close to call"),
    ],
)
def test_the_verdict_names_the_role_or_says_why_none(said: Said, verdict: str, in_sentence: str) -> None:
    summary = attempt_summary(said, NAMES)
    assert (summary.verdict, summary.verdict_in_sentence) == (verdict, in_sentence)


def test_when_and_the_fits_in_their_stored_order() -> None:
    said = Said(PRODUCT, "clear_lean", {PROJECT: 27.5, PRODUCT: 66.4, "retired_role": 50.0})
    summary = attempt_summary(said, NAMES)
    assert summary.when == moment(said.finished_at)
    assert summary.fits == (
        (PROJECT, "Project Manager", "28"),
        (PRODUCT, "Product Manager", "66"),
        ("retired_role", "retired_role", "50"),
    )
    assert summary.fits_text(" · ") == "Project Manager 28 · Product Manager 66 · retired_role 50"
