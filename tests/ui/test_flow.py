"""The whole assessment driven from the keyboard, as a person would: welcome, questions, result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from pmfit.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow

# Answers by item id for the tiny bank that lean clearly toward Product Manager.
PRODUCT_ANSWERS = {
    "v1": 5,
    "p1": 1,
    "v2": 5,
    "p2": 2,
    "chk": 4,
    "v3": 4,
    "p3": 1,
    "fc1": 1,
    "v4": 1,
    "p4": 2,
    "vx": 4,
    "px": 2,
}


def page(window: MainWindow) -> str:
    return window.current_page_name()


def key(qtbot: QtBot, window: MainWindow, code: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, code)


def answer_by_key(qtbot: QtBot, window: MainWindow, digit: int) -> None:
    """Press a digit and wait until the app has moved on (it shows the pick for a moment first)."""
    session = window.session
    assert session is not None
    before = session.position
    key(qtbot, window, getattr(Qt.Key, f"Key_{digit}"))
    qtbot.waitUntil(lambda: window.session is None or window.session.position != before, timeout=2000)


def current_id(window: MainWindow) -> str:
    assert window.session is not None and window.session.current is not None
    return window.session.current.id


def test_whole_flow_by_keyboard(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    assert page(window) == "welcomePage"
    key(qtbot, window, Qt.Key.Key_Return)
    assert page(window) == "questionPage"
    while page(window) == "questionPage":
        item = current_id(window)
        value = PRODUCT_ANSWERS[item]
        answer_by_key(qtbot, window, value + 1 if item == "fc1" else value)
    assert page(window) == "resultPage"
    verdict = window.findChild(QLabel, "verdictText")
    assert verdict is not None and "toward Product Manager" in verdict.text()
    attempts = window.store.attempts()
    assert len(attempts) == 1 and attempts[0].lean == "product_manager"
    assert attempts[0].sheet.answers == PRODUCT_ANSWERS
    assert window.store.load_progress() is None


def test_digit_shows_the_pick_before_moving_on(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.start()
    question = window.question_page()
    key(qtbot, window, Qt.Key.Key_4)
    checked = question.group.checkedButton()
    assert checked is not None and checked.isChecked() and question.group.id(checked) == 3
    assert question.busy  # visibly selected, then it moves on
    qtbot.waitUntil(lambda: window.session is not None and window.session.position == 1, timeout=1000)


def test_back_shows_the_earlier_answer_and_skip_keeps_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.start()
    answer_by_key(qtbot, window, 2)
    assert current_id(window) == "p1"
    key(qtbot, window, Qt.Key.Key_Left)
    assert current_id(window) == "v1"
    checked = window.question_page().group.checkedButton()
    assert checked is not None and window.question_page().group.id(checked) == 1  # "Disagree" = 2
    key(qtbot, window, Qt.Key.Key_Right)  # forward keeps the answer
    assert current_id(window) == "p1"
    key(qtbot, window, Qt.Key.Key_Backspace)
    assert current_id(window) == "v1"
    assert window.session is not None and window.session.sheet.answers == {"v1": 2}


def test_skip_leaves_the_question_unanswered(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.start()
    assert window.question_page().forward_button.text().startswith("Skip")
    key(qtbot, window, Qt.Key.Key_Right)
    assert current_id(window) == "p1"
    assert window.session is not None and window.session.sheet.answers == {}
    assert "v1" in window.session.sheet.seconds  # the time looked at it still counts


def test_resume_after_closing_midway(qtbot: QtBot, make_window: MakeWindow) -> None:
    first = make_window()
    key(qtbot, first, Qt.Key.Key_Return)
    for value in (5, 1, 4):
        answer_by_key(qtbot, first, value)
    stopped_at = current_id(first)
    first.close()
    first.store.close()  # as a killed process would leave it: only what was saved counts

    second = make_window()
    assert second.welcome.resumable
    assert "3 of" in second.welcome.primary.text()
    key(qtbot, second, Qt.Key.Key_Return)
    assert page(second) == "questionPage"
    assert current_id(second) == stopped_at
    assert second.session is not None and second.session.sheet.answers == {"v1": 5, "p1": 1, "v2": 4}
    key(qtbot, second, Qt.Key.Key_Left)
    checked = second.question_page().group.checkedButton()
    assert checked is not None and second.question_page().group.id(checked) == 3  # v2 = 4


def test_start_over_asks_first_and_keeps_answers_on_no(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch
) -> None:
    window = make_window()
    window.start()
    answer_by_key(qtbot, window, 5)
    window.show_welcome()
    asked: list[str] = []
    monkeypatch.setattr(window, "confirm", lambda title, text: asked.append(title) or False)
    window.welcome.start_over.click()
    assert asked and page(window) == "welcomePage"
    assert window.store.load_progress() is not None
    monkeypatch.setattr(window, "confirm", lambda title, text: True)
    window.welcome.start_over.click()
    assert page(window) == "questionPage"
    assert window.session is not None and window.session.sheet.answers == {}


def test_tiebreakers_are_offered_when_too_close(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.start()
    even = {
        "v1": 4,
        "p1": 4,
        "v2": 3,
        "p2": 3,
        "chk": 4,
        "v3": 4,
        "p3": 4,
        "fc1": 1,
        "v4": 2,
        "p4": 3,
        "vx": 3,
        "px": 3,
    }
    while window.session is not None and not window.session.in_tiebreakers:
        item = current_id(window)
        answer_by_key(qtbot, window, even[item] + 1 if item == "fc1" else even[item])
    question = window.question_page()
    assert page(window) == "questionPage" and question.note.isVisible()
    assert "too close to call" in question.note.text()
    key(qtbot, window, Qt.Key.Key_Right)  # skipping declines
    assert page(window) == "resultPage"


def test_ctrl_q_quits(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_window_size_is_remembered(qtbot: QtBot, make_window: MakeWindow) -> None:
    first = make_window()
    first.resize(700, 520)  # the offscreen screen is 800x600; restoring clamps to it
    first.close()
    second = MainWindow(first.store, first.data_dir)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_answers_from_another_bank_version_are_kept(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window()
    window.start()
    answer_by_key(qtbot, window, 3)
    window.show_welcome()
    other = tmp_path / "other.toml"
    other.write_text(Path(str(window.bank_path)).read_text().replace('version = "1"', 'version = "2"'))
    window.bank, window.bank_path = None, str(other)
    assert window.ensure_bank()
    window.resume()
    assert page(window) == "welcomePage"
    assert window.notices and "do not fit" in window.notices[-1].text()
    assert window.store.load_progress() is not None
