"""--lang on the commands that print words, and sheets of an earlier bundled bank version."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmfit.cli import main
from pmfit.core.bank import load_bank
from pmfit.system.i18n import ensure_translations
from tests.conftest import archived_bank, every_item_answered

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "answers-product-leaning.json"
UK, EN = load_bank(language="uk"), load_bank(language="en")


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    ensure_translations("en")  # the session's language (tests/conftest.py)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_score_in_ukrainian_uses_the_ukrainian_bank_and_the_same_numbers() -> None:
    code, uk_text, err = run("score", str(EXAMPLE), "--lang", "uk")
    assert (code, err) == (0, "")
    for scale in UK.scales:
        assert scale.title in uk_text
    assert not any(
        scale.title in uk_text for scale in EN.scales if scale.title not in {s.title for s in UK.scales}
    )
    _, uk_json, _ = run("score", str(EXAMPLE), "--lang", "uk", "--json")
    _, en_json, _ = run("score", str(EXAMPLE), "--lang", "en", "--json")
    assert json.loads(uk_json) == json.loads(en_json)  # the same ids and keys: the same result


def test_the_locale_decides_without_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    code, out, _ = run("bank", "show")
    assert code == 0 and out.startswith(UK.bank.title)
    code, out, _ = run("bank", "show", "--lang", "en")
    assert code == 0 and out.startswith(EN.bank.title)


def test_lang_on_bank_check_and_history(tmp_path: Path) -> None:
    code, out, _ = run("bank", "check", "--lang", "uk")
    assert code == 0 and "(uk)" in out
    code, out, _ = run("history", "--lang", "uk")
    assert code == 0


def test_an_unknown_language_is_a_usage_error() -> None:
    code, out, err = run("score", str(EXAMPLE), "--lang", "fr")
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and "--lang" in err


def old_sheet(tmp_path: Path) -> tuple[Path, int]:
    sheet = every_item_answered(archived_bank("1.0.0"))
    path = tmp_path / "old.json"
    path.write_text(sheet.finished().dumps(), encoding="utf-8")
    return path, len(sheet.answers)


def test_a_sheet_of_the_earlier_version_scores_with_that_version(tmp_path: Path) -> None:
    path, answered = old_sheet(tmp_path)
    code, out, err = run("score", str(path), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["bank"]["version"] == "1.0.0"
    # Every question of that version's form answered, its two checks among them, counted as the app counts.
    assert data["answered"] == data["asked"] == len(archived_bank("1.0.0").main_items) <= answered


def test_importing_a_sheet_of_the_earlier_version_keeps_every_answer(tmp_path: Path) -> None:
    path, answered = old_sheet(tmp_path)
    code, out, err = run("import", str(path))
    assert (code, err) == (0, "") and "answered with question version 1.0.0, and scored with it" in out
    code, out, _ = run("history", "--json")
    (attempt,) = json.loads(out)
    assert attempt["bank"]["version"] == "1.0.0" and attempt["answered"] == answered


def test_the_facts_are_dated_in_either_language() -> None:
    _, en, _ = run("score", str(EXAMPLE), "--lang", "en")
    assert en.count("Facts as of December 2026") == 1
    _, uk, _ = run("score", str(EXAMPLE), "--lang", "uk")
    assert uk.count("грудень 2026") == 1  # the stand-alone month name, as a date line writes it
