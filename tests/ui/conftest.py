"""Fixtures for driving the real window with pytest-qt: its own data folder, store and bank per test.

``make_app`` wires the app exactly as ``pmfit.ui.app.run_app`` does (``compose``), so the tests drive the
window, the flow controller and the store that a person would. Helpers answer the app's dialogs as a
person would: by finding the open dialog (or the save dialog) and pressing its button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pmfit.storage.store import BUSY_TIMEOUT, Store
from pmfit.ui.app import compose, ensure_application
from pmfit.ui.dialogs import MessageDialog
from pmfit.ui.flow import Flow
from pmfit.ui.jobs import BackgroundJobs
from pmfit.ui.main_window import MainWindow
from pmfit.ui.notice import Notice
from tests.conftest import TINY_BANK


@dataclass
class App:
    window: MainWindow
    flow: Flow
    jobs: BackgroundJobs
    store: Store
    folder: Path

    def page(self) -> str:
        return self.window.current_page_name()

    def current_id(self) -> str:
        session = self.flow.assessment.session
        assert session is not None and session.current is not None
        return session.current.id


MakeApp = Callable[..., App]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def make_app(qtbot: QtBot, data_dir: Path) -> Iterator[MakeApp]:
    """Opens the app on a data folder (a fresh Store each time, as a relaunch would)."""
    ensure_application([])
    opened: list[App] = []

    def make(
        bank: str | Path | None = TINY_BANK, folder: Path = data_dir, timeout: float = BUSY_TIMEOUT
    ) -> App:
        store = Store.open(folder, timeout=timeout)
        window, flow, jobs = compose(store, folder, None if bank is None else str(bank))
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        assert flow.after_first_paint()
        app = App(window, flow, jobs, store, folder)
        opened.append(app)
        return app

    yield make
    for app in opened:
        app.jobs.wait(20_000)
        app.window.close()
        app.store.close()


def wait_written(qtbot: QtBot, app: App | Flow) -> None:
    """Wait until the write a step started is done (the app writes off the UI thread) and what follows it
    is on screen: the next question, the result, or the pick marked as not saved."""
    flow = app.flow if isinstance(app, App) else app
    qtbot.waitUntil(lambda: not flow.assessment.saving, timeout=10_000)


def key(
    qtbot: QtBot, app: App, code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press where the keyboard focus is, as a person's key press goes; then wait until what it
    started to write is written (see ``wait_written``)."""
    qtbot.keyClick(QApplication.focusWidget() or app.window, code, modifier)
    wait_written(qtbot, app)


def answer_by_key(qtbot: QtBot, app: App, digit: int) -> None:
    """Press a digit and wait until the next question (or the result) is on screen."""
    session = app.flow.assessment.session
    assert session is not None
    before = (session.position, app.window.question_page().question.text())
    key(qtbot, app, getattr(Qt.Key, f"Key_{digit}"))
    page = app.window.question_page()

    def moved_on() -> bool:
        if app.page() != "questionPage":
            return True
        now = app.flow.assessment.session
        return now is not None and now.position != before[0] and not page.busy

    qtbot.waitUntil(moved_on, timeout=2000)


def open_boxes(window: QWidget, name: str) -> list[MessageDialog]:
    """The app's dialogs called ``name`` that are open: "notice" (a warning), "confirmBox" (a question)."""
    return [box for box in window.findChildren(MessageDialog, name) if box.isVisible()]


def wait_for_box(qtbot: QtBot, window: QWidget, name: str = "notice", timeout: int = 5000) -> MessageDialog:
    qtbot.waitUntil(lambda: bool(open_boxes(window, name)), timeout=timeout)
    return open_boxes(window, name)[-1]


def wait_for_notice(qtbot: QtBot, window: QWidget, timeout: int = 5000) -> Notice:
    """The banner that tells news in the window (it does not block), once it shows."""
    qtbot.waitUntil(lambda: any(n.isVisible() for n in window.findChildren(Notice)), timeout=timeout)
    return next(n for n in window.findChildren(Notice) if n.isVisible())


def answer_confirm(qtbot: QtBot, window: QWidget, yes: bool) -> str:
    """Press the question's action (``yes``) or its safe choice; returns what the question says."""
    box = wait_for_box(qtbot, window, "confirmBox")
    text = box.text()
    button = box.findChild(QPushButton, "yesButton" if yes else "noButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    return text


def give_pdf_name(qtbot: QtBot, window: QWidget, name: str | None = None) -> None:
    """Answer the question Export asks first, the name for the PDF: type ``name`` (None: keep what the
    field offers) and press Enter, as a person would."""
    from PySide6.QtWidgets import QLineEdit

    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QWidget, "nameDialog")))
    dialog = next(d for d in window.findChildren(QWidget, "nameDialog") if d.isVisible())
    edit = dialog.findChild(QLineEdit, "nameEdit")
    assert edit is not None
    qtbot.waitUntil(edit.hasFocus)
    if name is not None:
        edit.clear()
        edit.insert(name)  # as pasted (QTest cannot type letters beyond Latin-1)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def choose_save_path(qtbot: QtBot, window: QWidget, path: str | None) -> None:
    """Type ``path`` into the open save dialog and save; None presses Cancel."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QFileDialog, "saveDialog")))
    dialog = next(d for d in window.findChildren(QFileDialog, "saveDialog") if d.isVisible())
    if path is None:
        dialog.reject()
        return
    dialog.selectFile(path)
    dialog.accept()
