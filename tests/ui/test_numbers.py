"""The same numbers everywhere: the minutes and the count of questions as the app shows them, as the PDF
prints them and as the command line says them, in English and in Ukrainian alike (pmfit.core.length)."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from pmfit.cli import main
from pmfit.core.scoring import score
from pmfit.report import export_pdf
from pmfit.system.i18n import ensure_translations
from tests.conftest import every_item_answered
from tests.ui.conftest import MakeApp, wait_written


@pytest.fixture(params=["en", "uk"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield str(request.param)
    ensure_translations("en")  # the session's language (tests/conftest.py)


def cli(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(list(argv), out, err) == 0, err.getvalue()
    return out.getvalue()


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def pattern(context: str, source: str, **groups: str) -> re.Pattern[str]:
    """The translated ``source`` as a pattern, each placeholder matching what ``groups`` says."""
    words = re.escape(QCoreApplication.translate(context, source))
    for name, match in groups.items():
        words = words.replace(re.escape("{" + name + "}"), match)
    return re.compile(words)


def test_the_app_the_pdf_and_the_command_line_agree(
    language: str, qtbot: QtBot, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(bank=None)
    app.flow.set_language(language)
    bank = app.flow.bank
    assert bank is not None and bank.language == language
    # The welcome screen's minutes, and the command line's.
    (minutes,) = numbers(app.window.welcome.facts.text())
    bank_check = cli("bank", "check", "--lang", language).splitlines()[2]
    asked_line, _held, minutes_line = bank_check.split("; ")
    assert numbers(minutes_line) == [minutes]
    # The question screen: question 1 of all the form's questions, the same minutes left.
    app.flow.assessment.start()
    wait_written(qtbot, app)  # the first sheet is written off the UI thread
    first, asked, left = numbers(app.window.question_page().progress_text.text())
    assert (first, left) == (1, minutes) and numbers(asked_line) == [asked]
    # The result of a full sheet: the PDF's meta line and pmfit score --json count the same questions.
    sheet = every_item_answered(bank)
    pdf = export_pdf(bank, score(bank, sheet), tmp_path / "result.pdf")
    text = " ".join(pypdf.PdfReader(str(pdf)).pages[0].extract_text().split())
    meta = pattern(
        "PdfReport",
        "{date} · you answered {answered} of {asked} questions",
        date=".+?",
        answered=r"(\d+)",
        asked=r"(\d+)",
    ).search(text)
    assert meta is not None, text[:300]
    assert [int(n) for n in meta.groups()] == [asked, asked]
    path = tmp_path / "sheet.json"
    path.write_text(sheet.finished().dumps(), encoding="utf-8")
    data = json.loads(cli("score", str(path), "--json", "--lang", language))
    assert (data["answered"], data["asked"]) == (asked, asked)


def test_both_languages_say_the_same_minutes(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    said = {}
    for language in ("en", "uk"):
        app.flow.set_language(language)
        said[language] = numbers(app.window.welcome.facts.text())
    ensure_translations("en")
    assert said["en"] == said["uk"] and len(said["en"]) == 1
