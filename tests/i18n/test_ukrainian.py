"""pmfit speaks Ukrainian everywhere: every screen a person walks through, the PDF and ``pmfit score``.

A pseudo-localisation check with the real catalogue: whatever a person can read (labels, buttons, window
titles, accessible names and descriptions, tool tips, list and table cells, message boxes; the PDF's text;
the command line's output) holds no word of pmfit's English catalogue (tests/i18n/conftest.py says which
Latin words Ukrainian rightly keeps). Dates use Ukrainian month names.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pmfit.core.bank import Bank, load_bank
from pmfit.core.scoring import Result, score
from pmfit.report import render_pdf
from pmfit.ui.dialogs import MessageDialog
from tests.i18n.conftest import UK_BANK, english_in, latin_words
from tests.report.conftest import fonts
from tests.report.sheets import EVEN_INTEREST, EXPERIENCE, PRODUCT_INTEREST, few_answers_sheet, person_sheet
from tests.ui.a11y_helpers import add_two_attempts
from tests.ui.conftest import App, MakeApp, key

pytestmark = pytest.mark.usefixtures("ukrainian")

DAY = dt.date(2026, 11, 26)


def readable(window: QWidget) -> Iterator[str]:
    """Every text a person can read or hear in ``window`` and the dialogs it has open."""
    yield window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        yield from (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QMessageBox):
            yield from (widget.windowTitle(), widget.text(), widget.informativeText())
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from (widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                yield header.text() if header is not None else ""
                for row in range(widget.rowCount()):
                    cell = widget.item(row, column)
                    yield cell.text() if cell is not None else ""


def back_to(qtbot: QtBot, app: App) -> None:
    """The window active again once a box is closed (a desktop gives the activation back to it; the
    offscreen platform does not), so that the next keys go where a person's would."""
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)


def open_box(qtbot: QtBot, app: App, name: str) -> MessageDialog:
    def shown() -> list[MessageDialog]:
        return [box for box in app.window.findChildren(MessageDialog, name) if box.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    return shown()[-1]


def test_every_screen_speaks_ukrainian(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=UK_BANK)
    window = app.window
    seen: list[tuple[str, str]] = []  # (where, what a person reads there)

    def look(where: str) -> None:
        seen.extend((where, text) for text in readable(window) if text)

    look("welcome")
    key(qtbot, app, Qt.Key.Key_Return)
    for _ in range(3):  # a few answers, then away to the start and back
        look("question")
        key(qtbot, app, Qt.Key.Key_4)
        key(qtbot, app, Qt.Key.Key_Return)
    key(qtbot, app, Qt.Key.Key_Escape)
    look("welcome, to resume")
    key(qtbot, app, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    box = open_box(qtbot, app, "confirmBox")
    look("start over?")
    box.reject()
    back_to(qtbot, app)
    key(qtbot, app, Qt.Key.Key_Return)
    answered = 0
    while app.page() == "questionPage":  # every question, tie-breakers included, by keyboard
        look("question")
        key(qtbot, app, getattr(Qt.Key, f"Key_{1 + answered % 2}"))
        key(qtbot, app, Qt.Key.Key_Return)
        answered += 1
    bank = load_bank(UK_BANK)
    main, extra = len(bank.main_items), len(bank.tiebreaker_items)
    assert app.page() == "aboutYouPage" and main < answered <= main + extra  # tie-breakers were asked too
    look("about you")
    key(qtbot, app, Qt.Key.Key_1)  # a role: the years' own words show
    look("about you, a role chosen")
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.page() == "resultPage"
    page = window.result_page()
    for toggle in page.findChildren(QPushButton):
        if toggle.objectName().endswith("Toggle"):
            toggle.click()  # every chart's table open
    chooser = page.findChild(QComboBox, "ladderChooser")
    assert chooser is not None
    look("result")
    chooser.setCurrentIndex(1)
    look("result, the other career path")
    older, newer = add_two_attempts(app)  # finished on 5 January and 5 November 2026
    key(qtbot, app, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: app.page() == "historyPage")
    look("past results")
    key(qtbot, app, Qt.Key.Key_Delete)
    box = open_box(qtbot, app, "confirmBox")
    look("delete?")
    box.reject()
    back_to(qtbot, app)
    history = window.history_page().list
    history.clearSelection()
    for row in range(history.count()):  # the two added attempts, as Ctrl+click selects them
        if history.item(row).data(Qt.ItemDataRole.UserRole) in (older, newer):
            history.item(row).setSelected(True)
    key(qtbot, app, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: app.page() == "comparePage")
    look("comparison")

    assert len(seen) > 500
    assert {where: english_in([text]) for where, text in seen if english_in([text])} == {}
    # Dates in Ukrainian: the history's list and the comparison name the month ("5 січня 2026, 10:00").
    assert any(where == "past results" and ", 5 січня 2026, 10:00:" in text for where, text in seen)
    assert any(where == "comparison" and text.startswith("Тоді · спроба ") for where, text in seen)
    assert any(where == "comparison" and text == "5 січня 2026, 10:00" for where, text in seen)
    assert any(where == "comparison" and text == "5 листопада 2026, 10:00" for where, text in seen)


@pytest.fixture(scope="module")
def results(uk_bank: Bank) -> dict[str, Result]:
    return {
        "lean": score(uk_bank, person_sheet(uk_bank, PRODUCT_INTEREST, EXPERIENCE)),
        "too close": score(uk_bank, person_sheet(uk_bank, EVEN_INTEREST, EXPERIENCE)),
        "not enough": score(uk_bank, few_answers_sheet(uk_bank)),
    }


@pytest.mark.parametrize("kind", ["lean", "too close", "not enough"])
def test_the_pdf_speaks_ukrainian(
    kind: str, uk_bank: Bank, results: dict[str, Result], tmp_path: Path
) -> None:
    path = tmp_path / "result.pdf"
    path.write_bytes(render_pdf(uk_bank, results[kind], name="Олена Ковальчук", date=DAY, page_size="A4"))
    pages = [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]
    text = " ".join(" ".join(pages).split())
    assert english_in(pages) == {}
    assert "26 листопада 2026" in text  # the genitive month, as a Ukrainian date is written
    assert "Олена Ковальчук" in text
    assert QCoreApplication.translate("Result", "About your answers") in text
    if kind == "too close":
        assert "Дві ролі майже нарівні" in text  # why the career path shown is the higher fit's
    assert fonts(path) and all(fonts(path).values())  # Cyrillic drawn with embedded fonts


def ukrainian_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}}
    env["LANG"] = "uk_UA.UTF-8"  # as the brief says a Ukrainian desktop sets it
    return env


@pytest.mark.parametrize("kind", ["lean", "too close"])
def test_pmfit_score_speaks_ukrainian(kind: str, uk_bank: Bank, tmp_path: Path) -> None:
    interest = PRODUCT_INTEREST if kind == "lean" else EVEN_INTEREST
    sheet = tmp_path / "sheet.json"
    sheet.write_text(person_sheet(uk_bank, interest, EXPERIENCE).dumps(), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pmfit", "score", str(sheet), "--bank", str(UK_BANK)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=ukrainian_environment(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) > 30
    assert english_in(lines) == {}
    for heading in ("All 12 responsibilities", "Why this result", "Next steps", "About your answers"):
        assert QCoreApplication.translate("Result", heading) in lines
    if kind == "too close":
        assert "додаткові запитання можуть це вирішити" in done.stdout  # 4 tie-breakers: the 2-4 form


def test_a_failed_save_is_said_wholly_in_ukrainian(qtbot: QtBot, make_app: MakeApp, data_dir: Path) -> None:
    """The note under a question whose answer could not be saved: the cause and what to do, all in the
    language shown (the cause in the words the command line gives too)."""
    from pmfit.storage.store import FILE_NAME
    from tests.storage.helpers import write_lock_held_by_another_process
    from tests.ui.conftest import wait_written

    app = make_app(bank=UK_BANK, timeout=0.5)
    app.flow.assessment.start()
    wait_written(qtbot, app)
    page = app.window.question_page()
    with write_lock_held_by_another_process(data_dir / FILE_NAME):
        key(qtbot, app, Qt.Key.Key_4)
        qtbot.waitUntil(lambda: page.save_problem.isVisible() and "файл даних" in page.save_problem.text())
        note = page.save_problem.text()
    assert "зайняла інша програма" in note and english_in([note]) == {}, note
    assert [word for word in latin_words(note) if word != "pmfit"] == [], note


def test_the_save_note_names_an_unknown_cause_by_its_code_not_in_english() -> None:
    import sqlite3

    from pmfit.storage.store_schema import Reason, StoreError, sqlite_cause
    from pmfit.ui.problems import save_problem

    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE  # type: ignore[attr-defined]
    error.sqlite_errorname = "SQLITE_IOERR_WRITE"  # type: ignore[attr-defined]
    problem = StoreError(
        "could not save to {place}: {why}", Reason.OTHER, place="x", why=sqlite_cause(Reason.OTHER, error)
    )
    note = save_problem(problem)
    assert "SQLITE_IOERR_WRITE" in note and "disk I/O error" not in note
    assert [
        word
        for word in latin_words(note.replace("SQLITE_IOERR_WRITE", ""))
        if word not in {"pmfit", "sqlite"}
    ] == [], note
