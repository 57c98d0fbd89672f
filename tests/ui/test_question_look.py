"""How the welcome screen, the questions and "About you" are laid out and move, seen as a person would:
where the way on is, what stays put, what is the accent, and the feedback that an answer was taken."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget
from pytestqt.qtbot import QtBot

from pmfit.ui.about_you_page import AboutYouPage
from pmfit.ui.theme import DESTRUCTIVE, PRIMARY, button_role
from tests.ui.a11y_helpers import app_font, focused, show_about_you
from tests.ui.conftest import App, MakeApp, answer_by_key, key, wait_written
from tests.ui.test_layout import settle


def top_left(widget: QWidget, page: QWidget) -> QPoint:
    return widget.mapTo(page, QPoint(0, 0))


def started(qtbot: QtBot, make_app: MakeApp, **kwargs: object) -> App:
    app = make_app(**kwargs)
    app.flow.assessment.start()
    wait_written(qtbot, app)
    return app


# ----------------------------------------------------------------------------------------- questions


def test_back_and_next_sit_under_the_answers_on_the_content_column(qtbot: QtBot, make_app: MakeApp) -> None:
    app = started(qtbot, make_app)
    app.window.resize(QSize(800, 600))
    page = app.window.question_page()
    settle(qtbot, page)
    answers = page.group.buttons()
    last = answers[-1]
    last_bottom = top_left(last, page).y() + last.height()
    back, forward = page.back_button, page.forward_button
    assert top_left(back, page).y() > last_bottom and top_left(forward, page).y() > last_bottom
    assert top_left(back, page).y() - last_bottom < 60  # right under them, not in the window's corner
    column_left = top_left(answers[0], page).x()
    column_right = column_left + answers[0].width()
    assert top_left(back, page).x() == column_left
    assert top_left(forward, page).x() + forward.width() == column_right
    assert top_left(back, page).y() == top_left(forward, page).y()  # one row
    # Nothing shows greyed out that cannot be used from here: no Back on the first question, and its room
    # kept, so that Next does not move once there is something to go back to.
    assert not back.isVisible()
    next_at = top_left(forward, page)
    key(qtbot, app, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: back.isVisible() and back.isEnabled())
    settle(qtbot, page)
    assert top_left(forward, page) == next_at


def test_answers_stay_put_between_one_and_two_line_questions(qtbot: QtBot, make_app: MakeApp) -> None:
    """One- and two-line statements, with a prompt above them (the experience questions) or without: the
    first answer stands at one height on all of them."""
    app = started(qtbot, make_app, bank=None)
    app.window.resize(QSize(800, 600))
    page = app.window.question_page()
    line = page.question.fontMetrics().lineSpacing()
    tops: dict[tuple[int, bool], set[int]] = {}
    for _ in range(40):
        settle(qtbot, page)
        if not page.note.isVisible():
            words = page.question.fontMetrics().boundingRect(
                QRect(0, 0, page.question.width(), 10_000), Qt.TextFlag.TextWordWrap, page.question.text()
            )
            lines = round(words.height() / line)
            if lines <= 2:
                top = top_left(page.group.buttons()[0], page).y()
                tops.setdefault((lines, page.prompt.isVisible()), set()).add(top)
        app.flow.assessment.forward()
        wait_written(qtbot, app)
    assert {(1, False), (2, False), (1, True)} <= set(tops), tops  # every kind was seen
    assert len(set().union(*tops.values())) == 1, tops  # and the first answer stood at one height
    assert page.question.height() >= 2 * line


def test_on_arrival_no_answer_has_focus_and_enter_skips(qtbot: QtBot, make_app: MakeApp) -> None:
    app = started(qtbot, make_app)
    page = app.window.question_page()
    assert focused() is page.answers  # the question's group: read out, and no answer looks favoured
    key(qtbot, app, Qt.Key.Key_Return)  # Enter with no answer focused goes on: a skip
    assert app.current_id() == "p1"
    saved = app.store.load_progress()
    assert saved is None or "v1" not in saved[0].answers
    key(qtbot, app, Qt.Key.Key_Down)  # the first arrow: the first answer, unpicked
    assert focused() is page.group.button(0) and page.group.checkedButton() is None


def test_next_is_the_accent_once_answered_and_skip_is_plain(qtbot: QtBot, make_app: MakeApp) -> None:
    app = started(qtbot, make_app)
    page = app.window.question_page()
    assert page.forward_button.text().startswith("Skip") and button_role(page.forward_button) == ""
    answer_by_key(qtbot, app, 4)
    key(qtbot, app, Qt.Key.Key_Left)
    assert page.forward_button.text().startswith("Next") and button_role(page.forward_button) == PRIMARY


def test_the_next_question_fades_in_and_the_bar_slides(qtbot: QtBot, make_app: MakeApp) -> None:
    app = started(qtbot, make_app)
    page = app.window.question_page()
    bar = page.progress_bar
    assert bar.value() == 1
    key(qtbot, app, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: app.current_id() == "p1" and not page.busy, timeout=2000)
    # The new question is on screen (and takes keys) while it fades in and the bar catches up.
    assert page._fade.running and page._bar.target == 2
    qtbot.waitUntil(lambda: not page._fade.running and bar.value() == 2, timeout=2000)
    assert page.stage.graphicsEffect() is None  # at rest it paints as without the effect


def test_a_digit_during_the_fade_is_taken_at_once(qtbot: QtBot, make_app: MakeApp) -> None:
    app = started(qtbot, make_app)
    page = app.window.question_page()
    key(qtbot, app, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: app.current_id() == "p1" and not page.busy, timeout=2000)
    assert page._fade.running
    key(qtbot, app, Qt.Key.Key_5)
    saved = app.store.load_progress()
    assert saved is not None and saved[0].answers == {"v1": 3, "p1": 5}


class _NoAnimation(QProxyStyle):
    """A desktop that asks for no animation: its style's animation duration is 0 (KDE's Breeze does so)."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        data: object = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, data)  # type: ignore[arg-type]


@contextmanager
def no_animation() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    name = app.style().name()
    style = _NoAnimation(name)
    app.setStyle(style)
    try:
        yield
    finally:
        app.setStyle(name)


def test_no_motion_when_the_desktop_asks_for_none(qtbot: QtBot, make_app: MakeApp) -> None:
    with no_animation():
        app = started(qtbot, make_app)
        page = app.window.question_page()
        answer_by_key(qtbot, app, 3)
        assert not page._fade.running and page.stage.graphicsEffect() is None
        assert page.progress_bar.value() == 2  # at once


# ------------------------------------------------------------------------------------------ welcome


def test_welcome_has_one_accent_and_start_over_apart(qtbot: QtBot, make_app: MakeApp) -> None:
    app = started(qtbot, make_app)
    answer_by_key(qtbot, app, 3)
    key(qtbot, app, Qt.Key.Key_Escape)
    welcome = app.window.welcome
    settle(qtbot, welcome)
    buttons = [welcome.primary, welcome.quick, welcome.start_over]
    assert [button_role(b) for b in buttons] == [PRIMARY, "", DESTRUCTIVE]
    page = welcome

    # Quick beside the primary; Start over on another row, at the far end of the column.
    def middle(button: QWidget) -> int:
        return top_left(button, page).y() + button.height() // 2

    assert abs(middle(welcome.quick) - middle(welcome.primary)) <= 1
    assert top_left(welcome.start_over, page).y() > top_left(welcome.primary, page).y()
    inner = welcome.content.inner
    right = top_left(inner, page).x() + inner.width()
    assert top_left(welcome.start_over, page).x() + welcome.start_over.width() == right


def test_the_language_chooser_is_out_of_the_form_at_the_top(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    welcome = app.window.welcome
    qtbot.waitUntil(lambda: welcome.language is not None and welcome.language.isVisible())
    chooser = welcome.language
    assert chooser is not None and not welcome.scroll_area.isAncestorOf(chooser)
    bottom = top_left(chooser, welcome).y() + chooser.height()
    assert bottom <= top_left(welcome.scroll_area, welcome).y()  # above the screen's content, at the edge


def test_the_way_in_shows_without_scrolling_at_20pt(qtbot: QtBot, make_app: MakeApp) -> None:
    with app_font(20.0):
        app = make_app(bank=None)
        app.window.resize(QSize(800, 600))
        welcome = app.window.welcome
        qtbot.waitUntil(lambda: welcome.language is not None)
        settle(qtbot, welcome)
        welcome.scroll_to_top()
        viewport = welcome.scroll_area.viewport()
        primary = welcome.primary
        top = primary.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + primary.height() <= viewport.height()
        assert primary.visibleRegion().boundingRect().size() == primary.size()  # whole, words and all


# ---------------------------------------------------------------------------------------- about you


def test_about_you_buttons_sit_under_the_questions(qtbot: QtBot, make_app: MakeApp) -> None:
    app = started(qtbot, make_app)
    page = show_about_you(qtbot, app)
    assert isinstance(page, AboutYouPage)
    settle(qtbot, page)
    years_bottom = top_left(page.years, page).y() + page.years.height()
    for button in (page.back_button, page.skip_button, page.result_button):
        assert top_left(button, page).y() > years_bottom
    # The hint sits beside the box, so that the buttons show at 800x600 without scrolling (in English).
    assert top_left(page.years_hint, page).x() > top_left(page.years, page).x() + page.years.width()
    app.window.resize(QSize(800, 600))
    settle(qtbot, page)
    viewport = page.scroll_area.viewport()
    bottom = page.result_button.mapTo(viewport, QPoint(0, page.result_button.height())).y()
    assert page.scroll_area.verticalScrollBar().value() == 0 and bottom <= viewport.height()
    role = page.roles.buttons.button(0)
    left = top_left(role, page).x()
    assert top_left(page.back_button, page).x() == left
    assert top_left(page.result_button, page).x() + page.result_button.width() == left + role.width()
    assert button_role(page.result_button) == PRIMARY and button_role(page.skip_button) == ""
