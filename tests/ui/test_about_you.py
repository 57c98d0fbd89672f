"""The "About you" page after the last question: by keyboard (choose, skip, Esc, back), what is stored with
the attempt, resuming onto it from every way of leaving it, and a failed save."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from pmfit.core.answers import Respondent
from pmfit.storage.store import FILE_NAME
from pmfit.ui.about_you_page import AboutYouPage
from pmfit.ui.answers import AnswerButton
from pmfit.ui.view import AboutYouScreen, QuestionScreen, ResultScreen
from tests.storage.helpers import write_lock_held_by_another_process
from tests.ui.a11y_helpers import acc_name, acc_role, focused
from tests.ui.conftest import App, MakeApp, key, wait_written
from tests.ui.test_controller import fill, make_flow
from tests.ui.test_flow import PRODUCT_ANSWERS

ALT = Qt.KeyboardModifier.AltModifier
# Answers of the tiny bank that leave the two roles too close to call: the tie-breaker round follows.
EVEN_ANSWERS = {"v1": 4, "p1": 4, "v2": 3, "p2": 3, "chk": 4, "v3": 4, "p3": 4, "fc1": 1, "v4": 2, "p4": 3}
EVEN_ANSWERS |= {"vx": 3, "px": 3, "tb1": 0}


def answer_at_once(qtbot: QtBot, app: App, digit: int) -> None:
    """A digit, then Enter, which shows what comes next at once instead of after the pick's moment."""
    key(qtbot, app, getattr(Qt.Key, f"Key_{digit}"))
    key(qtbot, app, Qt.Key.Key_Return)


def to_about_you(qtbot: QtBot, app: App) -> AboutYouPage:
    """From the welcome screen through every question by keyboard, leaning to Product Manager."""
    key(qtbot, app, Qt.Key.Key_Return)
    while app.page() == "questionPage":
        item = app.current_id()
        answer_at_once(qtbot, app, PRODUCT_ANSWERS[item] + (item == "fc1"))
    assert app.page() == "aboutYouPage"
    return app.window.about_you_page()


def saved_respondent(app: App) -> Respondent | None:
    saved = app.store.load_progress()
    assert saved is not None, "the unfinished sheet is still there"
    return saved[0].respondent


def tab_to_years(qtbot: QtBot, page: AboutYouPage) -> QSpinBox:
    for _ in range(12):
        if page.years.hasFocus():
            return page.years
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the years")


def test_it_opens_like_a_question_focus_in_the_roles_named_by_their_question(
    qtbot: QtBot, make_app: MakeApp
) -> None:
    app = make_app()
    page = to_about_you(qtbot, app)
    assert app.window.windowTitle() == "About you — pmfit"
    first = focused()
    assert isinstance(first, AnswerButton) and page.roles.isAncestorOf(first) and first.number == 1
    assert acc_role(page.roles) == QAccessible.Role.Grouping
    assert acc_name(page.roles) == page.role_question.text() == "What is your current role?"
    assert [acc_name(button) for button in page.roles.buttons.buttons()][:2] == [
        "Product Manager, 1",
        "Project Manager, 2",
    ]
    assert page.roles.buttons.checkedButton() is None
    assert acc_name(page.years) == "How many years have you been in that role?"
    assert not page.years.isEnabled() and page.years.text() == "not said"  # until a role is chosen
    assert page.skip_button.isVisible() and "Alt+S" in page.skip_button.toolTip()
    assert app.store.attempts() == []  # nothing is finished before the person goes on


def test_chosen_by_keyboard_and_kept_with_the_attempt(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    page = to_about_you(qtbot, app)
    key(qtbot, app, Qt.Key.Key_2)
    assert page.roles.buttons.checkedId() == 1 and focused() is page.roles.buttons.button(1)
    assert app.page() == "aboutYouPage"  # a pick does not move on: there is a second question
    assert saved_respondent(app) == Respondent("project_manager", None)  # saved as chosen
    years = tab_to_years(qtbot, page)
    qtbot.keyClicks(years, "12")  # digits go into the box, not to the roles
    assert years.value() == 12 and page.roles.buttons.checkedId() == 1
    qtbot.keyClick(years, Qt.Key.Key_Backspace)  # edits the number; it does not go back
    wait_written(qtbot, app)
    assert app.page() == "aboutYouPage" and years.value() == 1
    assert saved_respondent(app) == Respondent("project_manager", 1)
    qtbot.keyClick(years, Qt.Key.Key_Return)
    wait_written(qtbot, app)
    assert app.page() == "resultPage"
    (attempt,) = app.store.attempts()
    assert attempt.sheet.respondent == Respondent("project_manager", 1)
    assert attempt.sheet.answers == PRODUCT_ANSWERS and attempt.lean == "product_manager"  # not scored
    assert app.store.load_progress() is None


def test_enter_with_nothing_chosen_stores_nothing_about_the_person(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    to_about_you(qtbot, app)
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.page() == "resultPage"
    (attempt,) = app.store.attempts()
    assert attempt.sheet.respondent is None and "respondent" not in attempt.sheet.to_json()


def test_alt_s_skips_and_drops_what_was_chosen(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    page = to_about_you(qtbot, app)
    key(qtbot, app, Qt.Key.Key_1)
    tab_to_years(qtbot, page)
    key(qtbot, app, Qt.Key.Key_Up)
    key(qtbot, app, Qt.Key.Key_Up)
    assert saved_respondent(app) == Respondent("product_manager", 1)  # Up from "not said": 0, then 1
    key(qtbot, app, Qt.Key.Key_S, ALT)
    assert app.page() == "resultPage"
    (attempt,) = app.store.attempts()
    assert attempt.sheet.respondent is None


def test_none_yet_asks_no_years(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    page = to_about_you(qtbot, app)
    key(qtbot, app, Qt.Key.Key_3)
    page.years.setValue(4)
    wait_written(qtbot, app)
    assert saved_respondent(app) == Respondent("both", 4)
    key(qtbot, app, Qt.Key.Key_5)
    assert not page.years.isEnabled() and page.years.text() == "not said"
    assert "none of these roles" in page.years_hint.text()
    key(qtbot, app, Qt.Key.Key_Return)
    (attempt,) = app.store.attempts()
    assert attempt.sheet.respondent == Respondent("none", None)


def test_escape_leaves_and_resume_comes_back_to_it_with_the_choice(qtbot: QtBot, make_app: MakeApp) -> None:
    first = make_app()
    page = to_about_you(qtbot, first)
    key(qtbot, first, Qt.Key.Key_1)
    page.years.setValue(3)
    key(qtbot, first, Qt.Key.Key_Escape)  # Esc leaves, as on every question page; it never finishes
    assert first.page() == "welcomePage" and first.store.attempts() == []
    assert "12 of 12" in first.window.welcome.primary.text()
    key(qtbot, first, Qt.Key.Key_Return)
    assert first.page() == "aboutYouPage" and page.respondent() == Respondent("product_manager", 3)
    assert focused() is page.roles.buttons.button(0)  # on the chosen role, announced with its question
    first.window.close()
    first.store.close()  # as a killed process would leave it: only what was saved counts

    second = make_app()
    key(qtbot, second, Qt.Key.Key_Return)
    assert second.page() == "aboutYouPage"
    again = second.window.about_you_page()
    assert again.respondent() == Respondent("product_manager", 3)
    key(qtbot, second, Qt.Key.Key_Return)
    (attempt,) = second.store.attempts()
    assert attempt.sheet.respondent == Respondent("product_manager", 3)


def test_back_goes_to_the_last_question_and_on_comes_back(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    page = to_about_you(qtbot, app)
    key(qtbot, app, Qt.Key.Key_2)
    key(qtbot, app, Qt.Key.Key_Left)
    assert app.page() == "questionPage" and app.current_id() == "px"
    question = app.window.question_page()
    checked = question.group.checkedButton()
    assert checked is not None and question.group.id(checked) == PRODUCT_ANSWERS["px"] - 1
    key(qtbot, app, Qt.Key.Key_Right)
    assert app.page() == "aboutYouPage" and page.respondent() == Respondent("project_manager", None)


def test_a_quick_key_after_the_last_answer_never_lands_on_it(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    key(qtbot, app, Qt.Key.Key_Return)
    while app.current_id() != "px":
        answer_at_once(qtbot, app, PRODUCT_ANSWERS[app.current_id()] + (app.current_id() == "fc1"))
    key(qtbot, app, Qt.Key.Key_2)  # the last answer: it shows picked for a moment, as before any question
    key(qtbot, app, Qt.Key.Key_1)  # meant for the question: it must not choose a role unseen
    assert app.page() == "questionPage"
    qtbot.waitUntil(lambda: app.page() == "aboutYouPage", timeout=2000)
    assert app.window.about_you_page().respondent() is None
    assert saved_respondent(app) is None


def test_after_the_tiebreakers_too(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    key(qtbot, app, Qt.Key.Key_Return)
    while app.flow.assessment.session is not None and not app.flow.assessment.session.in_tiebreakers:
        item = app.current_id()
        answer_at_once(qtbot, app, EVEN_ANSWERS[item] + (item == "fc1"))
    answer_at_once(qtbot, app, 1)  # the tie-breaker, option 1
    assert app.page() == "aboutYouPage"
    key(qtbot, app, Qt.Key.Key_4)
    key(qtbot, app, Qt.Key.Key_Return)
    (attempt,) = app.store.attempts()
    assert attempt.sheet.respondent == Respondent("other", None) and "tb1" in attempt.sheet.answers


def test_a_failed_save_keeps_the_choice_and_says_why(
    qtbot: QtBot, make_app: MakeApp, small_disk: Callable[[str], Path]
) -> None:
    folder = small_disk("1m")
    app = make_app(folder=folder)
    page = to_about_you(qtbot, app)
    key(qtbot, app, Qt.Key.Key_2)
    filler = fill(folder)
    key(qtbot, app, Qt.Key.Key_1)  # a change that cannot be saved: kept on the page, with the reason
    assert page.roles.buttons.checkedId() == 0 and page.save_problem.isVisible()
    assert "not saved yet" in page.save_problem.text() and "disk is full" in page.save_problem.text()
    key(qtbot, app, Qt.Key.Key_Return)  # and the result cannot be stored either: still here, still chosen
    assert app.page() == "aboutYouPage" and page.roles.buttons.checkedId() == 0
    assert page.save_problem.isVisible() and app.store.attempts() == []
    os.remove(filler)
    key(qtbot, app, Qt.Key.Key_Return)  # the same key, once there is room
    assert app.page() == "resultPage"
    (attempt,) = app.store.attempts()
    assert attempt.sheet.respondent == Respondent("product_manager", None)


# ------------------------------------------------------------------ the controller: leaving, resuming


def _walk(folder: Path, answers: dict[str, int], steps: int | None) -> list[str]:
    """Start an assessment in ``folder`` and answer ``steps`` questions (all of them: None), saying
    something on "About you" when it is reached; returns the places passed, "about you" last."""
    flow, view, store, _clock = make_flow(folder)
    assert flow.after_first_paint()
    flow.assessment.start()
    places = []
    while isinstance(view.screen, QuestionScreen) and (steps is None or len(places) < steps):
        places.append(view.screen.item.id)
        flow.assessment.answer(answers[view.screen.item.id])
    if isinstance(view.screen, AboutYouScreen):
        places.append("about you")
        flow.assessment.tell(Respondent("both", 2))
    flow.assessment.leave()
    store.close()
    return places


@pytest.mark.parametrize("tiebreakers", [False, True], ids=["clear result", "with tie-breakers"])
def test_every_place_one_can_leave_resumes_there(tmp_path: Path, tiebreakers: bool) -> None:
    """Left at each question, or on "About you" after a choice there, and the app opened again: the person
    is back where they were, with what they said; no saved state is a dead end."""
    answers = EVEN_ANSWERS if tiebreakers else PRODUCT_ANSWERS
    places = _walk(tmp_path / "whole", answers, None)
    assert places[-1] == "about you" and ("tb1" in places) == tiebreakers
    for steps, place in enumerate(places):
        folder = tmp_path / f"left-at-{steps}"
        _walk(folder, answers, steps)
        flow, view, store, _clock = make_flow(folder)
        assert flow.after_first_paint()
        flow.assessment.resume()
        shown = view.screen
        if place == "about you":
            assert isinstance(shown, AboutYouScreen) and shown.respondent == Respondent("both", 2)
            flow.assessment.see_result()
            assert isinstance(view.screen, ResultScreen)
            (attempt,) = store.attempts()
            assert attempt.sheet.respondent == Respondent("both", 2)
        elif place == "tb1":
            # The tie-breaker round is not saved with the sheet: resuming goes on past it, never stuck.
            assert isinstance(shown, QuestionScreen | AboutYouScreen)
        else:
            assert isinstance(shown, QuestionScreen) and shown.item.id == place, steps
        store.close()


def test_a_sheet_without_a_respondent_opens_as_before(tmp_path: Path) -> None:
    """Attempts stored or imported before "About you" existed carry no respondent, and open as ever."""
    from tests.conftest import sheet_of
    from tests.storage.helpers import add_scored

    flow, view, store, _clock = make_flow(tmp_path)
    assert flow.after_first_paint() and flow.bank is not None
    sheet = sheet_of(flow.bank, {"v1": 5, "p1": 1})
    assert sheet.respondent is None
    flow.past.open_attempt(add_scored(store, flow.bank, sheet))
    assert isinstance(view.screen, ResultScreen)
    store.close()


def test_a_choice_made_while_the_data_file_is_locked_says_it_is_saving_and_esc_waits_for_it(
    qtbot: QtBot, make_app: MakeApp, data_dir: Path
) -> None:
    app = make_app(folder=data_dir, timeout=30.0)
    page = to_about_you(qtbot, app)
    with write_lock_held_by_another_process(data_dir / FILE_NAME):
        qtbot.keyClick(focused(), Qt.Key.Key_1)
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # leaving waits for the write
        qtbot.waitUntil(lambda: page.save_problem.isVisible(), timeout=3000)
        assert page.save_problem.text() == "Saving… Then back to the start."
        assert app.page() == "aboutYouPage"
    wait_written(qtbot, app)
    qtbot.waitUntil(lambda: app.page() == "welcomePage")
    assert saved_respondent(app) == Respondent("product_manager", None)
