"""The blind keying study kept with each bundled bank (``questions/<language>/keying/``) holds the bank to the
bar: at least six raters, all of the bundled bank's current version, every statement keyed to a role given
that key by at least 80% of them and none called "both" or "neither" by a majority. Also the checker itself,
on studies made here."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pmfit.core.bank import Bank, load_bank
from pmfit.core.keying import study
from pmfit.core.keying_files import key_text, sheet_text
from pmfit.core.keying_study import MIN_RATERS, study_problems
from pmfit.core.languages import SOURCE_LANGUAGE, languages
from pmfit.core.model import compiled_bank
from pmfit.core.paths import data_root

HEADINGS = ["number", "question", "statement", "rating"]


@cache
def bundled(language: str) -> Bank:
    return load_bank(language=language)


@pytest.mark.parametrize("language", languages())
def test_the_stored_keying_study_meets_the_bar(language: str) -> None:
    folder = data_root("questions") / language / "keying"
    if not folder.is_dir():
        # A translation without a study of its own rests on the source language's: it must key every
        # statement exactly as the source bank does, and its wording is held to the source by a blind
        # back-translation (questions/<language>/back-translation.tsv, tests/core/test_back_translation.py).
        assert language != SOURCE_LANGUAGE, "the source language's bank needs its own stored study"
        source, translated = compiled_bank(bundled(SOURCE_LANGUAGE)), compiled_bank(bundled(language))
        assert translated.scale_ids == source.scale_ids and translated.keys == source.keys
        assert (data_root("questions") / language / "back-translation.tsv").is_file()
        return
    stored = study_problems(folder, bundled)
    assert not stored.problems, f"questions/{language}/keying/:\n" + "\n".join(stored.problems)
    assert stored.report is not None and stored.report.meets_bar
    assert len(stored.report.raters) >= MIN_RATERS


# ------------------------------------------------------------------------------ the checker itself


def make_study(folder: Path, bank: Bank, raters: int, rate=None, seed: int = 12) -> None:  # type: ignore[no-untyped-def]
    """A study folder as the lead keeps one: a README, the key, and ``raters`` filled sheets, rated by
    ``rate(rater, statement number, key)`` (default: the bank's key)."""
    folder.mkdir(parents=True, exist_ok=True)
    sheet = study(bank, seed)
    (folder / "README.md").write_text("Six practitioners, rated blind.\n", encoding="utf-8")
    (folder / "sheet.key.tsv").write_text(key_text(sheet, ["key"]), encoding="utf-8")
    blank = sheet_text(sheet, ["rate it"], HEADINGS)
    for rater in range(1, raters + 1):
        lines = []
        for line in blank.splitlines():
            cells = line.split("\t")
            if cells[0].isdigit():
                number = int(cells[0])
                key = sheet.order[number - 1].key
                cells[3] = rate(rater, number, key) if rate else key
            lines.append("\t".join(cells))
        (folder / f"rater-{rater}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_study_that_meets_the_bar_passes(tmp_path: Path, bank: Bank) -> None:
    # One rater in six disagreeing on a statement leaves 83%: still above the bar.
    make_study(tmp_path, bank, 6, lambda rater, number, key: "B" if rater == 6 and number % 3 == 0 else key)
    stored = study_problems(tmp_path, lambda language: bank)
    assert stored.problems == () and stored.report is not None and stored.report.meets_bar


def test_what_fails_a_stored_study(tmp_path: Path, bank: Bank) -> None:
    # Two raters of six calling statement 5 "neither": 67% < 80%.
    make_study(tmp_path, bank, 6, lambda rater, number, key: "N" if rater <= 2 and number == 5 else key)
    statement = study(bank, 12).order[4]
    stored = study_problems(tmp_path, lambda language: bank)
    (problem,) = stored.problems
    assert problem.startswith(f"{statement.item_id}") and "is below the bar: " in problem
    assert f"N 2 (agreement): {statement.text!r}" in problem

    few = tmp_path / "few"
    make_study(few, bank, 5)
    (few / "README.md").unlink()
    assert set(study_problems(few, lambda language: bank).problems) == {
        "no README.md saying who the raters are and how their ratings were obtained",
        "5 rater(s); a study needs at least 6",
    }


def test_a_study_of_another_version_fails(tmp_path: Path, bank: Bank) -> None:
    from tests.conftest import archived_bank

    make_study(tmp_path, archived_bank("1.0.0"), 6)
    problems = study_problems(tmp_path, lambda language: bank).problems
    assert len(problems) == 7  # the key and each of the six sheets
    assert problems[0] == (
        f"sheet.key.tsv: made for bank version 1.0.0, but the bundled bank is version {bank.version}: "
        "the study is out of date, and a new version needs a new study"
    )
    assert all("made for bank version 1.0.0" in p for p in problems)


def test_a_key_that_is_not_the_sheets_fails(tmp_path: Path, bank: Bank) -> None:
    make_study(tmp_path, bank, 6)
    (tmp_path / "sheet.key.tsv").write_text(
        key_text(study(bank, 13), ["key"]).replace("seed=13", "seed=12"), encoding="utf-8"
    )
    (problem,) = study_problems(tmp_path, lambda language: bank).problems
    assert problem.startswith("sheet.key.tsv: ") and "does not match bank pmfit" in problem
    (tmp_path / "sheet.key.tsv").unlink()
    assert study_problems(tmp_path, lambda language: bank).problems == (
        "no key file (*.key.tsv) beside the ratings",
    )
