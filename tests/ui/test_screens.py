"""Result, history, recovery and failure handling of the desktop app."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pmfit.core.bank import ChoiceItem, load_bank
from pmfit.core.scoring import score
from pmfit.core.store import Store
from pmfit.ui import errors
from pmfit.ui.app import run_app
from pmfit.ui.main_window import MainWindow
from pmfit.ui.widgets import ChartView
from tests.conftest import TINY_BANK, sheet_of
from tests.ui.conftest import MakeWindow


def known_sheet():  # type: ignore[no-untyped-def]
    bank = load_bank(language="en")
    answers = {}
    for number, item in enumerate(bank.main_items):
        if isinstance(item, ChoiceItem):
            answers[item.id] = number % len(item.options)
        else:
            answers[item.id] = 1 + number % 5
    return bank, sheet_of(bank, answers)


def test_result_screen_shows_twelve_responsibilities_and_both_fits(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(bank=None)
    bank, sheet = known_sheet()
    result = score(bank, sheet)
    window.show_result(result)
    assert window.current_page_name() == "resultPage"
    charts = window.findChildren(ChartView)
    assert len(charts) == 3
    description = charts[0].accessibleDescription()
    for scale in bank.scales:
        assert scale.title in description
    fits = window.findChild(QLabel, "fitsText")
    assert fits is not None
    for role in result.roles:
        assert f"{bank.role_by_id[role.id].title}: {role.fit:.0f}" in fits.text()
    verdict = window.findChild(QLabel, "verdictText")
    assert verdict is not None and verdict.text()
    note = window.findChild(QLabel, "competenceNote")
    assert note is not None and "not your competence" in note.text()
    profile = window.findChild(ChartView, "profileChart")
    assert profile is not None
    qtbot.waitUntil(lambda: profile.height() > 200)  # laid out, with room for 12 bars


def test_whole_bundled_bank_by_keyboard(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(bank=None)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    window.question_page()._pending.setInterval(1)  # keep the visible pause, only shorter
    answered = 0
    while window.current_page_name() == "questionPage":
        session = window.session
        assert session is not None and session.current is not None
        position = session.position
        digit = 1 + (answered % 2)
        qtbot.keyClick(QApplication.focusWidget() or window, getattr(Qt.Key, f"Key_{digit}"))
        qtbot.waitUntil(
            lambda p=position: window.session is None or window.session.position != p, timeout=2000
        )
        answered += 1
    assert window.current_page_name() == "resultPage"
    assert answered >= 93
    (attempt,) = window.store.attempts()
    assert len(attempt.sheet.answers) == answered


def test_history_lists_and_opens_attempts(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    bank = window.bank
    assert bank is not None
    sheet = sheet_of(bank, {"v1": 5, "p1": 1, "v2": 5, "p2": 1, "v3": 5, "p3": 1, "fc1": 0}).finished()
    result = score(bank, sheet)
    window.store.finish_attempt(sheet, result.verdict.lean, result.verdict.label, {"product_manager": 90.0})
    window.show_welcome()
    assert window.welcome.history.isEnabled()
    window.welcome.history.click()
    assert window.current_page_name() == "historyPage"
    history = window.history_page()
    assert history.list.count() == 1 and "Product Manager" in history.list.item(0).text()
    qtbot.keyClick(history.list, Qt.Key.Key_Return)
    assert window.current_page_name() == "resultPage"
    window.show_history()
    qtbot.keyClick(history.list, Qt.Key.Key_Escape)
    assert window.current_page_name() == "welcomePage"


def test_corrupt_database_is_moved_aside_and_the_user_told(
    qtbot: QtBot, make_window: MakeWindow, data_dir: Path
) -> None:
    damaged = b"this is not a database" * 100
    (data_dir / "pmfit.sqlite3").write_bytes(damaged)
    window = make_window()
    qtbot.waitUntil(lambda: bool(window.notices))
    notice = window.notices[-1]
    moved = window.store.recovered_from
    assert moved is not None and moved.read_bytes() == damaged
    assert str(moved) in notice.text() and "Nothing was deleted" in notice.text()
    window.start()  # and the fresh store works
    assert window.store.load_progress() is not None


def test_bank_text_is_shown_as_typed_never_as_markup(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.toml"
    hostile.write_text(
        TINY_BANK.read_text(encoding="utf-8").replace(
            'text = "I like deciding what a product is for."', 'text = "<b>Bold</b> & <img src=x> claims"'
        ),
        encoding="utf-8",
    )
    window = make_window(bank=hostile)
    window.start()
    question = window.question_page().question
    assert question.textFormat() == Qt.TextFormat.PlainText
    assert question.text() == "<b>Bold</b> & <img src=x> claims"


def test_broken_bank_shows_the_problem_and_exits_non_zero(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        TINY_BANK.read_text(encoding="utf-8").replace('id = "p2"', 'id = "p1"', 1), encoding="utf-8"
    )
    monkeypatch.setenv("PMFIT_DATA_DIR", str(tmp_path / "data"))
    seen: list[str] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, close_the_box)

    QTimer.singleShot(0, close_the_box)
    assert run_app([], bank_path=str(broken)) == 2
    assert seen and "duplicate id" in seen[0] and "broken.toml" in seen[0]
    assert "The question bank is broken" in seen[0] or "cannot use the question bank" in seen[0]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.store.close()


def test_uncaught_exception_shows_a_message_and_writes_a_log(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "pmfit-errors.log"
    errors.install_exception_hook(log)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = sys.__excepthook__
    assert "RuntimeError: boom in a slot" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")
    box = errors._open_boxes[-1]
    assert "boom in a slot" in box.text() and str(log) in box.informativeText()
    assert "Traceback" not in box.text()
    box.close()


def test_app_exits_after_first_paint_when_asked(tmp_path: Path) -> None:
    env = dict(
        os.environ, PMFIT_EXIT_AFTER_PAINT="1", PMFIT_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pmfit"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "pmfit.sqlite3").is_file()


@pytest.mark.parametrize("size", [(1024, 700), (600, 460)])
def test_screens_fit_their_window(qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int]) -> None:
    window = make_window(bank=None)
    window.resize(*size)
    window.start()
    page: QWidget = window.question_page()
    for button in window.question_page().group.buttons():
        # Every answer is fully inside the page: nothing cut off at the small size either.
        corner = button.mapTo(page, button.rect().bottomRight())
        assert page.rect().contains(corner)
    assert window.question_page().forward_button.isVisible()


def test_data_folder_defaults_to_pmfit_data_dir(tmp_path: Path, monkeypatch) -> None:
    from pmfit.system.datadir import data_folder

    monkeypatch.setenv("PMFIT_DATA_DIR", str(tmp_path))
    assert data_folder() == tmp_path
    assert isinstance(Store.open(tmp_path), Store)


def _finish(window: MainWindow, answers: dict[str, int], finished_at: str) -> int:
    bank = window.bank
    assert bank is not None
    sheet = replace(sheet_of(bank, answers), finished_at=finished_at)
    result = score(bank, sheet)
    fits = {r.id: r.fit for r in result.roles if r.fit is not None}
    return window.store.add_attempt(sheet, result.verdict.lean, result.verdict.label, fits)


def test_compare_two_attempts_and_compare_with_previous(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    older = _finish(
        window, {"v1": 2, "p1": 5, "v2": 2, "p2": 5, "v3": 1, "p3": 4, "fc1": 1}, "2026-01-05T10:00:00+00:00"
    )
    newer = _finish(
        window, {"v1": 5, "p1": 1, "v2": 5, "p2": 2, "v3": 5, "p3": 1, "fc1": 0}, "2026-11-05T10:00:00+00:00"
    )
    window.open_attempt(newer)
    result_page = window.result_page()
    assert result_page.compare.isVisible()
    qtbot.keyClick(result_page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_name() == "comparePage"
    changes = window.findChild(QLabel, "changeList")
    assert changes is not None and "Vision +" in changes.text() and "Planning −" in changes.text()
    then = window.findChild(QLabel, "verdictThen")
    now = window.findChild(QLabel, "verdictNow")
    assert then is not None and "Project Manager" in then.text()
    assert now is not None and "Product Manager" in now.text()
    qtbot.keyClick(window.compare_page().scroll, Qt.Key.Key_Escape)
    assert window.current_page_name() == "historyPage"
    history = window.history_page()
    history.list.selectAll()
    assert history.compare_button.isEnabled()
    history.compare_button.click()
    assert window.current_page_name() == "comparePage"
    window.open_attempt(older)
    assert not window.result_page().compare.isVisible()  # nothing before the first attempt


def test_delete_asks_and_removes(qtbot: QtBot, make_window: MakeWindow, monkeypatch) -> None:
    window = make_window()
    _finish(
        window, {"v1": 5, "p1": 1, "v2": 5, "p2": 1, "v3": 5, "p3": 1, "fc1": 0}, "2026-11-05T10:00:00+00:00"
    )
    window.show_history()
    history = window.history_page()
    monkeypatch.setattr(window, "confirm", lambda title, text: False)
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    assert history.list.count() == 1
    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    assert history.list.count() == 0 and window.store.attempts() == []


def test_attempt_from_an_older_bank_version_still_opens(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    bank = window.bank
    assert bank is not None
    sheet = sheet_of(bank, {"v1": 5, "p1": 1, "v2": 5, "p2": 1, "v3": 5, "p3": 1, "fc1": 0})
    old = replace(sheet, bank=replace(sheet.bank, version="0.9"), answers={**sheet.answers, "gone": 2})
    attempt_id = window.store.add_attempt(old.finished(), "product_manager", "clear_lean", {})
    window.open_attempt(attempt_id)
    assert window.current_page_name() == "resultPage"
    note = window.findChild(QLabel, "versionNote")
    assert note is not None and "version 0.9" in note.text()
