"""A locked database never freezes the window: answers are written off the UI thread, one at a time.

While another program holds pmfit's data file (a real second process holding ``BEGIN IMMEDIATE``), a
picked answer shows "saving…", the window keeps answering keys, and then the answer is saved, or marked
"not saved" with the reason. What a key does meanwhile is decided (pmfit.ui.assessment): an answer, a skip
or a move back does nothing and the screen says so; Esc leaves once the write is done. The decisions are
also checked step by step with jobs the test completes by hand.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pmfit.storage.store import FILE_NAME, Reason, Store, StoreError
from pmfit.ui.flow import Flow
from pmfit.ui.settings import Settings
from pmfit.ui.view import QuestionScreen, Saving, WelcomeScreen
from tests.conftest import TINY_BANK
from tests.storage.helpers import write_lock_held_by_another_process
from tests.ui.conftest import App, MakeApp, wait_written
from tests.ui.test_controller import RecordingView, question


def on_disk(folder: Path) -> dict[str, int]:
    """The unfinished answers as stored, read with a plain SQLite connection.

    Not with a second Store: opening one checks the file's header with an open() and close() of its own,
    and closing any descriptor of a file drops every POSIX lock this process holds on it, the app's
    store's included; with a write waiting on another program's lock, that lets the other program
    delete the write-ahead log under the app's feet. (The app never opens its file a second time.)
    """
    with closing(sqlite3.connect(folder / FILE_NAME)) as conn:
        row = conn.execute("SELECT sheet_json FROM progress").fetchone()
    return {} if row is None else dict(json.loads(row[0])["answers"])


def press(qtbot: QtBot, app: App, code: Qt.Key) -> None:
    """A key press, without waiting for what it starts (the tests here watch it happen)."""
    qtbot.keyClick(QApplication.focusWidget() or app.window, code)


def started(qtbot: QtBot, make_app: MakeApp, folder: Path, timeout: float = 30.0) -> App:
    app = make_app(folder=folder, timeout=timeout)
    app.flow.assessment.start()
    wait_written(qtbot, app)
    assert app.current_id() == "v1"
    return app


def note(app: App) -> str:
    label = app.window.question_page().save_problem
    return label.text() if label.isVisible() else ""


def test_an_answer_waits_for_a_lock_without_freezing_the_window_then_saves(
    qtbot: QtBot, make_app: MakeApp, data_dir: Path
) -> None:
    app = started(qtbot, make_app, data_dir)
    with write_lock_held_by_another_process(data_dir / FILE_NAME):
        press(qtbot, app, Qt.Key.Key_4)
        # The event loop runs (this wait is the proof): the pick's moment passes and the page says why
        # the next question does not come yet.
        qtbot.waitUntil(lambda: note(app) == "Saving your answer…", timeout=3000)
        assert app.flow.assessment.saving and app.current_id() == "v1"
        checked = app.window.question_page().group.checkedButton()
        assert checked is not None and app.window.question_page().group.id(checked) == 3
        press(qtbot, app, Qt.Key.Key_Right)  # the window answers: the key does nothing, and it says so
        press(qtbot, app, Qt.Key.Key_2)
        assert "do nothing" in note(app) and app.current_id() == "v1"
        page = app.window.question_page()
        qtbot.mouseClick(page.group.button(0), Qt.MouseButton.LeftButton)
        checked = page.group.checkedButton()  # the pick shown is still the one being saved
        assert checked is not None and page.group.id(checked) == 3
        assert on_disk(data_dir) == {}
    wait_written(qtbot, app)  # the lock let go: the write goes through
    qtbot.waitUntil(lambda: app.current_id() == "p1" and not app.window.question_page().busy)
    assert note(app) == "" and on_disk(data_dir) == {"v1": 4}  # one write: the held keys wrote nothing
    session = app.flow.assessment.session
    assert session is not None and "p1" not in session.sheet.seconds


def test_a_lock_held_past_the_wait_says_not_saved_and_why_and_the_same_key_saves_it(
    qtbot: QtBot, make_app: MakeApp, data_dir: Path
) -> None:
    app = started(qtbot, make_app, data_dir, timeout=1.0)
    page = app.window.question_page()
    with write_lock_held_by_another_process(data_dir / FILE_NAME):
        press(qtbot, app, Qt.Key.Key_4)
        qtbot.waitUntil(lambda: note(app).startswith("Saving"), timeout=3000)
        wait_written(qtbot, app)
        qtbot.waitUntil(lambda: "not saved" in note(app))
        assert "another program is holding the data file" in note(app) and app.current_id() == "v1"
        assert on_disk(data_dir) == {}
    press(qtbot, app, Qt.Key.Key_4)
    wait_written(qtbot, app)
    qtbot.waitUntil(lambda: app.current_id() == "p1" and not page.busy)
    assert on_disk(data_dir) == {"v1": 4} and not page.save_problem.isVisible()


def test_escape_while_saving_leaves_once_the_answer_is_written(
    qtbot: QtBot, make_app: MakeApp, data_dir: Path
) -> None:
    app = started(qtbot, make_app, data_dir)
    with write_lock_held_by_another_process(data_dir / FILE_NAME):
        press(qtbot, app, Qt.Key.Key_5)
        qtbot.waitUntil(lambda: note(app).startswith("Saving"), timeout=3000)
        press(qtbot, app, Qt.Key.Key_Escape)
        assert "Then back to the start." in note(app) and app.page() == "questionPage"
    wait_written(qtbot, app)
    qtbot.waitUntil(lambda: app.page() == "welcomePage")
    assert on_disk(data_dir) == {"v1": 5} and "1 of 12" in app.window.welcome.primary.text()


# ---------------------------------------------------------------- the decisions, one step at a time


class HeldJobs:
    """Jobs that wait until the test lets them finish: the write is 'under way' for as long as it likes."""

    def __init__(self) -> None:
        self.waiting: list[
            tuple[Callable[[], object], Callable[[object], None], Callable[[BaseException], None]]
        ]
        self.waiting = []

    def run(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self.waiting.append((work, on_done, on_failed))

    def finish(self, error: StoreError | None = None) -> None:
        work, on_done, on_failed = self.waiting.pop(0)
        if error is not None:
            on_failed(error)
            return
        on_done(work())


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Flow, RecordingView, HeldJobs, Store]]:
    from pmfit.core.bank import load_bank

    view, jobs = RecordingView(), HeldJobs()
    store = Store.open(tmp_path)
    flow = Flow(view, store, Settings(tmp_path), jobs, lambda _language: load_bank(TINY_BANK))
    assert flow.after_first_paint()
    flow.assessment.start()
    jobs.finish()
    assert question(view).item.id == "v1"
    yield flow, view, jobs, store
    store.close()


def test_keys_while_saving_do_nothing_and_there_is_one_write_at_a_time(
    held: tuple[Flow, RecordingView, HeldJobs, Store], tmp_path: Path
) -> None:
    flow, view, jobs, _store = held
    flow.assessment.answer(4)
    assert question(view).saving == Saving(4) and question(view).item.id == "v1"
    for step in (lambda: flow.assessment.answer(2), flow.assessment.forward, flow.assessment.back):
        step()
        assert len(jobs.waiting) == 1, "a second write while one is under way"
    assert question(view).saving == Saving(4, held=True) and question(view).item.id == "v1"
    flow.assessment.start()  # the start's buttons do nothing meanwhile either
    flow.assessment.resume()
    assert len(jobs.waiting) == 1
    jobs.finish()
    assert question(view).item.id == "p1" and question(view).saving is None
    assert on_disk(tmp_path) == {"v1": 4}


def test_a_failed_write_while_leaving_leaves_and_says_it_was_not_saved(
    held: tuple[Flow, RecordingView, HeldJobs, Store], tmp_path: Path
) -> None:
    flow, view, jobs, _store = held
    flow.assessment.answer(4)
    flow.assessment.leave()
    assert question(view).saving == Saving(4, leaving=True)
    jobs.finish(StoreError("could not save: {why}", Reason.DISK_FULL, why="the disk is full"))
    assert isinstance(view.screen, WelcomeScreen) and view.screen.answered == 0
    title, text, warning, _action = view.notices[-1]
    assert title == "Your answers could not be saved" and "the disk is full" in text and warning
    flow.assessment.resume()
    assert question(view).item.id == "v1" and question(view).unsaved is None


def test_a_failed_write_stays_on_the_question_with_the_reason(
    held: tuple[Flow, RecordingView, HeldJobs, Store],
) -> None:
    flow, view, jobs, _store = held
    flow.assessment.answer(2)
    jobs.finish(StoreError("could not save: {why}", Reason.LOCKED))
    shown = question(view)
    assert isinstance(shown, QuestionScreen) and shown.item.id == "v1" and shown.saving is None
    assert shown.unsaved is not None and shown.unsaved.value == 2
    assert "another program is holding the data file" in shown.unsaved.problem
