"""The whole assessment driven from the keyboard, as a person would: welcome, questions, result."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from pmfit.ui.app import compose
from tests.ui.conftest import (
    MakeApp,
    answer_by_key,
    answer_confirm,
    key,
    open_boxes,
    wait_for_box,
    wait_written,
)

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


def test_whole_flow_by_keyboard(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    assert app.page() == "welcomePage"
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.page() == "questionPage"
    while app.page() == "questionPage":
        item = app.current_id()
        value = PRODUCT_ANSWERS[item]
        answer_by_key(qtbot, app, value + 1 if item == "fc1" else value)
    assert app.page() == "aboutYouPage"  # optional: Enter with nothing chosen goes on without it
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.page() == "resultPage"
    verdict = app.window.findChild(QLabel, "verdictText")
    assert verdict is not None and "toward Product Manager" in verdict.text()
    attempts = app.store.attempts()
    assert len(attempts) == 1 and attempts[0].lean == "product_manager"
    assert attempts[0].sheet.answers == PRODUCT_ANSWERS and attempts[0].sheet.respondent is None
    assert app.store.load_progress() is None


def test_digit_shows_the_pick_and_saves_it_before_moving_on(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    question = app.window.question_page()
    key(qtbot, app, Qt.Key.Key_4)
    checked = question.group.checkedButton()
    assert checked is not None and question.group.id(checked) == 3
    assert question.busy and question.question.text() != ""  # still the question answered, pick visible
    saved = app.store.load_progress()
    assert saved is not None and saved[0].answers == {"v1": 4}  # already on disk while it is shown
    qtbot.waitUntil(lambda: not question.busy, timeout=1000)
    assert app.current_id() == "p1"


def test_a_second_digit_while_the_pick_shows_is_ignored(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    key(qtbot, app, Qt.Key.Key_4)
    key(qtbot, app, Qt.Key.Key_2)  # would otherwise land on a question not yet on screen
    qtbot.waitUntil(lambda: not app.window.question_page().busy, timeout=1000)
    saved = app.store.load_progress()
    assert saved is not None and saved[0].answers == {"v1": 4}


def test_arrows_move_focus_and_never_change_an_answer(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    answer_by_key(qtbot, app, 4)
    key(qtbot, app, Qt.Key.Key_Left)
    assert app.current_id() == "v1"
    page = app.window.question_page()
    # On arrival focus is on the question's group, on no answer; the first arrow goes to the picked one.
    assert page.answers.hasFocus() and not any(b.hasFocus() for b in page.group.buttons())
    key(qtbot, app, Qt.Key.Key_Up)
    assert page.group.button(3).hasFocus()
    key(qtbot, app, Qt.Key.Key_Up)
    key(qtbot, app, Qt.Key.Key_Up)
    key(qtbot, app, Qt.Key.Key_Down)
    assert page.group.button(2).hasFocus()
    # A pick is passed on and saved at once (and starts showing itself): nothing of the kind happened.
    assert app.current_id() == "v1" and not page.busy
    saved = app.store.load_progress()
    assert saved is not None and saved[0].answers == {"v1": 4}
    checked = page.group.checkedButton()
    assert checked is not None and page.group.id(checked) == 3


def test_back_shows_the_earlier_answer_and_skip_keeps_it(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    answer_by_key(qtbot, app, 2)
    assert app.current_id() == "p1"
    key(qtbot, app, Qt.Key.Key_Left)
    assert app.current_id() == "v1"
    page = app.window.question_page()
    checked = page.group.checkedButton()
    assert checked is not None and page.group.id(checked) == 1  # "Disagree" = 2
    key(qtbot, app, Qt.Key.Key_Right)  # forward keeps the answer
    assert app.current_id() == "p1"
    key(qtbot, app, Qt.Key.Key_Backspace)
    assert app.current_id() == "v1"
    assert app.flow.assessment.session is not None and app.flow.assessment.session.sheet.answers == {"v1": 2}


def test_skip_leaves_the_question_unanswered(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    assert app.window.question_page().forward_button.text().startswith("Skip")
    key(qtbot, app, Qt.Key.Key_Right)
    assert app.current_id() == "p1"
    assert app.flow.assessment.session is not None and app.flow.assessment.session.sheet.answers == {}
    assert "v1" in app.flow.assessment.session.sheet.seconds  # the time looked at it still counts


def test_escape_goes_back_to_the_start_and_keeps_the_answers(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    key(qtbot, app, Qt.Key.Key_Return)
    answer_by_key(qtbot, app, 5)
    key(qtbot, app, Qt.Key.Key_Escape)
    assert app.page() == "welcomePage"
    assert "1 of 12" in app.window.welcome.primary.text()
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.current_id() == "p1"


def test_resume_after_closing_midway(qtbot: QtBot, make_app: MakeApp) -> None:
    first = make_app()
    key(qtbot, first, Qt.Key.Key_Return)
    for value in (5, 1, 4):
        answer_by_key(qtbot, first, value)
    stopped_at = first.current_id()
    first.window.close()
    first.store.close()  # as a killed process would leave it: only what was saved counts

    second = make_app()
    assert second.window.welcome.resumable
    assert "3 of" in second.window.welcome.primary.text()
    key(qtbot, second, Qt.Key.Key_Return)
    assert second.page() == "questionPage"
    assert second.current_id() == stopped_at
    assert second.flow.assessment.session is not None
    assert second.flow.assessment.session.sheet.answers == {"v1": 5, "p1": 1, "v2": 4}
    key(qtbot, second, Qt.Key.Key_Left)
    page = second.window.question_page()
    checked = page.group.checkedButton()
    assert checked is not None and page.group.id(checked) == 3  # v2 = 4


def test_start_over_asks_first_and_keeps_answers_on_no(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    answer_by_key(qtbot, app, 5)
    key(qtbot, app, Qt.Key.Key_Escape)
    welcome = app.window.welcome
    welcome.start_over.click()
    assert "discards the answers" in answer_confirm(qtbot, app.window, yes=False)
    assert app.page() == "welcomePage"
    assert app.store.load_progress() is not None
    welcome.start_over.click()
    answer_confirm(qtbot, app.window, yes=True)
    wait_written(qtbot, app)  # the answers discarded, then the new sheet written
    assert app.page() == "questionPage"
    assert app.flow.assessment.session is not None and app.flow.assessment.session.sheet.answers == {}


def test_tiebreakers_are_offered_when_too_close(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    even = {"v1": 4, "p1": 4, "v2": 3, "p2": 3, "chk": 4, "v3": 4, "p3": 4, "fc1": 1, "v4": 2, "p4": 3}
    even |= {"vx": 3, "px": 3}
    while app.flow.assessment.session is not None and not app.flow.assessment.session.in_tiebreakers:
        item = app.current_id()
        answer_by_key(qtbot, app, even[item] + 1 if item == "fc1" else even[item])
    question = app.window.question_page()
    assert app.page() == "questionPage" and question.note.isVisible()
    assert "too close to call" in question.note.text()
    key(qtbot, app, Qt.Key.Key_Right)  # skipping declines
    assert app.page() == "aboutYouPage"
    key(qtbot, app, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert app.page() == "resultPage"


def test_escape_on_a_tiebreaker_then_resume_goes_on_with_the_round(qtbot: QtBot, make_app: MakeApp) -> None:
    """Esc on a tie-breaker, then Return on the welcome screen (in the same window, and after a relaunch):
    the tie-breaker is on screen again, and its answer leads on to "About you" and the result."""
    first = make_app()
    key(qtbot, first, Qt.Key.Key_Return)
    even = {"v1": 4, "p1": 4, "v2": 3, "p2": 3, "chk": 4, "v3": 4, "p3": 4, "fc1": 1, "v4": 2, "p4": 3}
    even |= {"vx": 3, "px": 3}
    while first.flow.assessment.session is not None and not first.flow.assessment.session.in_tiebreakers:
        answer_by_key(qtbot, first, even[first.current_id()])
    assert first.current_id() == "tb1"
    key(qtbot, first, Qt.Key.Key_Escape)
    assert first.page() == "welcomePage" and "12 of 12" in first.window.welcome.primary.text()
    key(qtbot, first, Qt.Key.Key_Return)
    assert first.page() == "questionPage" and first.current_id() == "tb1"
    assert first.window.question_page().note.isVisible() and open_boxes(first.window, "errorBox") == []
    key(qtbot, first, Qt.Key.Key_Escape)
    first.window.close()
    first.store.close()

    second = make_app()
    key(qtbot, second, Qt.Key.Key_Return)
    assert second.page() == "questionPage" and second.current_id() == "tb1"
    answer_by_key(qtbot, second, 1)
    assert second.page() == "aboutYouPage"  # after the round, as after any last question
    key(qtbot, second, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert second.page() == "resultPage"
    (attempt,) = second.store.attempts()
    assert attempt.sheet.answers == {**even, "fc1": 0, "tb1": 0} and second.store.load_progress() is None


def test_ctrl_q_quits(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    qtbot.keyClick(app.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not app.window.isVisible()


def test_window_size_is_remembered(qtbot: QtBot, make_app: MakeApp) -> None:
    first = make_app()
    first.window.resize(700, 520)  # the offscreen screen is 800x600; restoring clamps to it
    first.window.close()
    window, _flow, _jobs = compose(first.store, first.folder, None)  # as the next launch makes it
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (700, 520)


def test_answers_from_another_bank_version_are_kept(qtbot: QtBot, make_app: MakeApp, tmp_path: Path) -> None:
    from tests.conftest import TINY_BANK

    first = make_app()
    first.flow.assessment.start()
    wait_written(qtbot, first)
    answer_by_key(qtbot, first, 3)
    first.window.close()
    first.store.close()
    other = tmp_path / "other.toml"
    other.write_text(TINY_BANK.read_text().replace('version = "1"', 'version = "2"'))
    second = make_app(bank=other)
    key(qtbot, second, Qt.Key.Key_Return)
    notice = wait_for_box(qtbot, second.window)
    assert "do not fit" in notice.text()
    assert second.page() == "welcomePage"
    assert second.store.load_progress() is not None


def test_a_failed_save_is_shown_on_the_question_and_the_same_key_saves_it(
    qtbot: QtBot, make_app: MakeApp, small_disk: Callable[[str], Path]
) -> None:
    from tests.ui.test_controller import fill, on_disk

    folder = small_disk("1m")
    app = make_app(folder=folder)
    key(qtbot, app, Qt.Key.Key_Return)
    answer_by_key(qtbot, app, 4)
    filler = fill(folder)
    page = app.window.question_page()
    key(qtbot, app, Qt.Key.Key_2)
    assert app.current_id() == "p1" and page.save_problem.isVisible()
    assert "not saved" in page.save_problem.text() and "disk is full" in page.save_problem.text()
    checked = page.group.checkedButton()
    assert checked is not None and page.group.id(checked) == 1  # the pick stays shown
    assert not page.busy and open_boxes(app.window, "errorBox") == []  # no "something went wrong"
    os.remove(filler)
    answer_by_key(qtbot, app, 2)
    assert app.current_id() == "v2" and not page.save_problem.isVisible()
    assert on_disk(folder) == {"v1": 4, "p1": 2}
