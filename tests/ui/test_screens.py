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
from pmfit.ui import errors
from pmfit.ui.app import run_app
from pmfit.ui.blocks import BulletList
from pmfit.ui.chart_block import ChartView
from pmfit.ui.main_window import MainWindow
from tests.conftest import TINY_BANK, sheet_of
from tests.storage.helpers import add_attempt, add_scored, record
from tests.ui.conftest import App, MakeApp, answer_confirm, key, wait_for_box, wait_written


def known_sheet():  # type: ignore[no-untyped-def]
    bank = load_bank(language="en")
    answers = {}
    for number, item in enumerate(bank.main_items):
        if isinstance(item, ChoiceItem):
            answers[item.id] = number % len(item.options)
        else:
            answers[item.id] = 1 + number % 5
    return bank, sheet_of(bank, answers)


def test_result_screen_shows_twelve_responsibilities_and_both_fits(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    window = app.window
    bank, sheet = known_sheet()
    result = score(bank, sheet)
    app.flow.past.open_attempt(add_scored(app.store, bank, sheet))
    assert window.current_page_name() == "resultPage"
    charts = window.findChildren(ChartView)
    assert len(charts) == 3
    assert len({chart.accessibleDescription() for chart in charts}) == 3  # one text per chart
    described = "\n".join(chart.accessibleDescription() for chart in charts)
    for scale in bank.scales:
        assert scale.title in described
    fits = window.findChild(ChartView, "fitsChart")
    assert fits is not None  # the fits are said once, by their chart (and its table), not again in grey
    for role in result.roles:
        assert f"{bank.role_by_id[role.id].title}: {role.fit:.0f}" in fits.accessibleDescription()
    assert window.findChild(QLabel, "fitsText") is None
    verdict = window.findChild(QLabel, "verdictText")
    assert verdict is not None and verdict.text()
    note = window.findChild(QLabel, "competenceNote")
    assert note is not None and "not your competence" in note.text()
    ladder = window.findChild(QLabel, "ladderFacts")
    assert ladder is not None and "Facts as of December 2026" in ladder.text()
    profile = window.findChild(ChartView, "profileChart")
    assert profile is not None
    qtbot.waitUntil(lambda: profile.height() > 200)  # laid out, with room for 12 bars


def test_whole_bundled_bank_by_keyboard(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    key(qtbot, app, Qt.Key.Key_Return)
    answered = 0
    while app.page() == "questionPage":
        position = app.flow.assessment.session.position if app.flow.assessment.session else -1
        key(qtbot, app, getattr(Qt.Key, f"Key_{1 + answered % 2}"))
        key(qtbot, app, Qt.Key.Key_Return)  # Enter right after a pick shows the next question at once
        assert app.flow.assessment.session is None or app.flow.assessment.session.position != position
        answered += 1
    # The last Enter showed "About you" at once; it never reached that page (see test_about_you.py).
    assert app.page() == "aboutYouPage"
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.page() == "resultPage"
    assert answered >= len(load_bank(language="en").main_items)
    (attempt,) = app.store.attempts()
    assert len(attempt.sheet.answers) == answered


def test_history_lists_and_opens_attempts(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    bank = app.flow.bank
    assert bank is not None
    sheet = sheet_of(bank, {"v1": 5, "p1": 1, "v2": 5, "p2": 1, "v3": 5, "p3": 1, "fc1": 0}).finished()
    result = score(bank, sheet)
    app.store.finish_attempt(
        sheet, record(result.verdict.lean, result.verdict.label, {"product_manager": 90.0})
    )
    app.flow.show_welcome()
    welcome = app.window.welcome
    assert welcome.history.isVisible() and welcome.history.isEnabled()
    welcome.history.click()
    assert app.page() == "historyPage"
    history = app.window.history_page()
    assert history.list.count() == 1 and "Product Manager" in history.list.item(0).text()
    qtbot.keyClick(history.list, Qt.Key.Key_Return)
    assert app.page() == "resultPage"
    app.flow.past.show_history()
    qtbot.keyClick(history.list, Qt.Key.Key_Escape)
    assert app.page() == "welcomePage"


def test_corrupt_database_is_moved_aside_and_the_user_told(
    qtbot: QtBot, make_app: MakeApp, data_dir: Path
) -> None:
    damaged = b"this is not a database" * 100
    (data_dir / "pmfit.sqlite3").write_bytes(damaged)
    app = make_app()
    notice = wait_for_box(qtbot, app.window)
    moved = app.store.recovered_from
    assert moved is not None and moved.read_bytes() == damaged
    assert str(moved) in notice.text() and "Nothing was deleted" in notice.text()
    app.flow.assessment.start()  # and the fresh store works
    wait_written(qtbot, app)
    assert app.store.load_progress() is not None


def test_unreadable_unfinished_answers_are_kept_before_a_new_start(
    qtbot: QtBot, make_app: MakeApp, data_dir: Path
) -> None:
    first = make_app()
    first.flow.assessment.start()
    wait_written(qtbot, first)
    first.window.close()
    first.store.close()
    import sqlite3

    with sqlite3.connect(data_dir / "pmfit.sqlite3") as conn:
        conn.execute("UPDATE progress SET sheet_json = 'not json {'")
    conn.close()
    second = make_app()
    assert not second.window.welcome.resumable  # nothing readable to resume
    key(qtbot, second, Qt.Key.Key_Return)
    notice = wait_for_box(qtbot, second.window)
    rescued = [p for p in data_dir.iterdir() if p.name.startswith("unfinished-unreadable-")]
    assert len(rescued) == 1 and "not json {" in rescued[0].read_text(encoding="utf-8")
    assert str(rescued[0]) in notice.text()
    assert second.page() == "questionPage" and second.store.load_progress() is not None


def test_bank_text_is_shown_as_typed_never_as_markup(qtbot: QtBot, make_app: MakeApp, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.toml"
    hostile.write_text(
        TINY_BANK.read_text(encoding="utf-8").replace(
            'text = "I like deciding what a product is for."', 'text = "<b>Bold</b> & <img src=x> claims"'
        ),
        encoding="utf-8",
    )
    app = make_app(bank=hostile)
    app.flow.assessment.start()
    wait_written(qtbot, app)
    question = app.window.question_page().question
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
def test_screens_fit_their_window(qtbot: QtBot, make_app: MakeApp, size: tuple[int, int]) -> None:
    app = make_app(bank=None)
    app.window.resize(*size)
    app.flow.assessment.start()
    wait_written(qtbot, app)
    page: QWidget = app.window.question_page()
    for button in app.window.question_page().group.buttons():
        # Every answer is fully inside the page: nothing cut off at the small size either.
        corner = button.mapTo(page, button.rect().bottomRight())
        assert page.rect().contains(corner)
    assert app.window.question_page().forward_button.isVisible()


def test_data_folder_is_pmfit_data_dir_when_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pmfit.system.datadir import data_folder

    monkeypatch.setenv("PMFIT_DATA_DIR", str(tmp_path / "portable"))
    assert data_folder() == tmp_path / "portable"


def test_data_folder_defaults_to_the_per_user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pmfit.system.datadir import data_folder

    monkeypatch.delenv("PMFIT_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    # Where every existing user's data already is: Qt's AppDataLocation for organisation and app "pmfit".
    assert data_folder() == tmp_path / "xdg" / "pmfit" / "pmfit"


def _finish(app: App, answers: dict[str, int], finished_at: str) -> int:
    bank = app.flow.bank
    assert bank is not None
    sheet = replace(sheet_of(bank, answers), finished_at=finished_at)
    result = score(bank, sheet)
    fits = {r.id: r.fit for r in result.roles if r.fit is not None}
    return add_attempt(app.store, sheet, result.verdict.lean, result.verdict.label, fits)


def test_compare_two_attempts_and_compare_with_previous(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    window = app.window
    older = _finish(
        app, {"v1": 2, "p1": 5, "v2": 2, "p2": 5, "v3": 1, "p3": 4, "fc1": 1}, "2026-01-05T10:00:00+00:00"
    )
    newer = _finish(
        app, {"v1": 5, "p1": 1, "v2": 5, "p2": 2, "v3": 5, "p3": 1, "fc1": 0}, "2026-11-05T10:00:00+00:00"
    )
    app.flow.past.open_attempt(newer)
    result_page = window.result_page()
    assert result_page.compare.isVisible()
    qtbot.keyClick(result_page, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_name() == "comparePage"
    changes = window.findChild(BulletList, "changeList")
    assert changes is not None
    lines = [text.text() for text in changes.texts]
    assert any(line.startswith("Vision: ") and "(+" in line for line in lines)
    assert any(line.startswith("Planning: ") and "(−" in line for line in lines)
    then = window.findChild(QLabel, "verdictThen")
    now = window.findChild(QLabel, "verdictNow")
    assert then is not None and then.text() == "Project Manager"
    assert now is not None and now.text() == "Product Manager"
    key(qtbot, app, Qt.Key.Key_Escape)
    assert window.current_page_name() == "historyPage"
    history = window.history_page()
    history.list.selectAll()
    assert history.compare_button.isEnabled()
    history.compare_button.click()
    assert window.current_page_name() == "comparePage"
    app.flow.past.open_attempt(older)
    assert not window.result_page().compare.isVisible()  # nothing before the first attempt


def test_delete_asks_and_removes(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    _finish(
        app, {"v1": 5, "p1": 1, "v2": 5, "p2": 1, "v3": 5, "p3": 1, "fc1": 0}, "2026-11-05T10:00:00+00:00"
    )
    app.flow.past.show_history()
    history = app.window.history_page()
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    assert "cannot be undone" in answer_confirm(qtbot, app.window, yes=False)
    assert history.list.count() == 1
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    answer_confirm(qtbot, app.window, yes=True)
    qtbot.waitUntil(lambda: history.list.count() == 0)  # deleted off the UI thread, then the list again
    assert app.store.attempts() == []


def test_attempt_from_an_older_bank_version_still_opens(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    bank = app.flow.bank
    assert bank is not None
    sheet = sheet_of(bank, {"v1": 5, "p1": 1, "v2": 5, "p2": 1, "v3": 5, "p3": 1, "fc1": 0})
    old = replace(sheet, bank=replace(sheet.bank, version="0.9"), answers={**sheet.answers, "gone": 2})
    attempt_id = add_attempt(app.store, old.finished(), "product_manager", "clear_lean", {})
    app.flow.past.open_attempt(attempt_id)
    assert app.page() == "resultPage"
    note = app.window.findChild(QLabel, "versionNote")
    assert note is not None and "version 0.9" in note.text()
