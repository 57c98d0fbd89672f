"""Dialogs that say what they ask, news that does not block, the platform's own save dialog, and the welcome
screen's icon and past results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible, QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from pmfit.ui.dialogs import MessageDialog
from pmfit.ui.notice import BREAK, breakable
from pmfit.ui.theme import DESTRUCTIVE, button_role
from pmfit.ui.view import Action
from tests.conftest import sheet_of
from tests.storage.helpers import add_scored
from tests.ui.a11y_helpers import acc_name, acc_role, app_font, focused
from tests.ui.conftest import (
    App,
    MakeApp,
    answer_by_key,
    give_pdf_name,
    key,
    wait_for_box,
    wait_for_notice,
    wait_written,
)

ANSWERS = {"v1": 5, "p1": 1, "v2": 5, "p2": 2, "v3": 4, "p3": 1, "fc1": 0}


def on_history(make_app: MakeApp) -> App:
    app = make_app()
    assert app.flow.bank is not None
    add_scored(app.store, app.flow.bank, sheet_of(app.flow.bank, ANSWERS))
    app.flow.past.show_history()
    return app


def test_a_question_is_asked_in_the_dialog_with_verbs(qtbot: QtBot, make_app: MakeApp) -> None:
    app = on_history(make_app)
    history = app.window.history_page()
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    box = wait_for_box(qtbot, app.window, "confirmBox")
    assert isinstance(box, MessageDialog)
    # The question is the dialog's first line, in bold (GNOME shows no title on an attached dialog).
    assert box.heading.isVisible() and box.heading.text() == "Delete this result?"
    assert box.heading.font().weight() >= QFont.Weight.DemiBold.value
    assert box.heading.font().pointSizeF() > box.body.font().pointSizeF()
    assert acc_role(box.heading) == QAccessible.Role.Heading
    assert "cannot be undone" in box.body.text()
    # A screen reader meets an alert named by the question, described by its words.
    assert acc_role(box) == QAccessible.Role.AlertMessage and acc_name(box) == "Delete this result?"
    yes, no = box.findChild(QPushButton, "yesButton"), box.findChild(QPushButton, "noButton")
    assert yes is not None and no is not None
    assert (yes.text(), no.text()) == ("Delete result", "Cancel")
    assert button_role(yes) == DESTRUCTIVE and button_role(no) == ""
    assert no.isDefault()
    qtbot.waitUntil(lambda: focused() is no)  # the safe choice answers Enter, and has focus
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert len(app.store.attempts()) == 1  # kept
    app.window.activateWindow()  # as the desktop gives the window back its keyboard
    qtbot.waitUntil(app.window.isActiveWindow)
    qtbot.keyClick(history.list, Qt.Key.Key_Delete)
    box = wait_for_box(qtbot, app.window, "confirmBox")
    qtbot.waitUntil(lambda: box.isAncestorOf(focused()))
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert len(app.store.attempts()) == 1  # Esc keeps it too


def test_start_over_names_both_choices(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)  # the first sheet is written off the UI thread
    answer_by_key(qtbot, app, 3)
    key(qtbot, app, Qt.Key.Key_Escape)
    app.window.welcome.start_over.click()
    box = wait_for_box(qtbot, app.window, "confirmBox")
    buttons = {b.objectName(): b.text() for b in box.findChildren(QPushButton)}
    assert buttons["yesButton"] == "Start over" and buttons["noButton"] == "Keep my answers"
    assert box.heading.text() == "Start over?"
    box.reject()


def test_a_warning_is_a_dialog_headed_by_its_title(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.window.notify("Nothing was changed", "The disk is full.", warning=True)
    box = wait_for_box(qtbot, app.window)
    assert box.heading.text() == "Nothing was changed" and box.body.text() == "The disk is full."
    close = box.findChild(QPushButton, "closeButton")
    assert close is not None and close.text() == "Close"
    qtbot.waitUntil(lambda: focused() is close)


def show_saved(app: App, opened: list[str]) -> None:
    app.window.notify(
        "PDF saved",
        "Your summary is saved as /home/ann/Documents/pmfit-result-2026-12-06.pdf.",
        action=Action("Open folder", lambda: opened.append("folder")),
    )


def test_news_is_a_notice_that_does_not_block(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    app.flow.assessment.start()
    wait_written(qtbot, app)  # the first sheet is written off the UI thread
    answer_by_key(qtbot, app, 3)
    before = focused()
    opened: list[str] = []
    show_saved(app, opened)
    notice = wait_for_notice(qtbot, app.window)
    assert QApplication.activeModalWidget() is None  # nothing to dismiss before going on
    assert acc_role(notice) == QAccessible.Role.AlertMessage and acc_name(notice) == "PDF saved"
    assert (
        notice.mapTo(app.window, notice.rect().bottomLeft()).y() <= app.window.stack.y()
    )  # above the screen
    action = notice.findChild(QPushButton, "noticeAction")
    assert action is not None and focused() is action  # it answers what was just done
    qtbot.keyClick(action, Qt.Key.Key_Space)
    assert opened == ["folder"] and notice.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not notice.isVisible() and focused() is before  # Esc closes it; focus goes back
    show_saved(app, opened)
    close = notice.findChild(QPushButton, "noticeClose")
    assert close is not None and acc_name(close) == "Close the notice"
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    show_saved(app, opened)
    app.flow.show_welcome()
    assert not notice.isVisible()  # news about the screen left behind goes with it


def test_the_notice_shows_all_its_words_with_large_text(qtbot: QtBot, make_app: MakeApp) -> None:
    with app_font(20.0):
        app = make_app()
        app.window.resize(800, 600)
        show_saved(app, [])
        notice = wait_for_notice(qtbot, app.window)
        qtbot.waitUntil(lambda: notice.text.height() >= notice.text.heightForWidth(notice.text.width()))
        for label in (notice.heading, notice.text):
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert notice.contentsRect().contains(label.geometry())
        assert app.window.stack.height() > 0  # the screen is still there under it


def lines_of(text: str, width: float) -> list[str]:
    """``text`` broken into lines ``width`` wide, as a label wraps it."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines, y = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_path_wraps_only_after_a_separator(qapp: object) -> None:
    path = "/home/olena.kovalchuk/Documents/pmfit results/pmfit-result-2026-12-06.pdf"
    sentence = f"Your summary is saved as {path}."
    shown = breakable(sentence)
    assert shown.replace(BREAK, "").replace("\u2060", "") == sentence  # nothing visible added
    for width in (260, 320, 400, 520):  # the file's name fits on a line of its own at any of these
        lines = lines_of(shown, width)
        assert len(lines) > 1
        for line in lines[:-1]:
            end = line.replace(BREAK, "").replace("\u2060", "")
            assert end.endswith(("/", " ")), (width, lines)  # never inside a folder's or a file's name
    assert any(line.endswith("/" + BREAK) for width in (260, 320) for line in lines_of(shown, width))


def test_the_save_dialog_may_be_the_platforms_own(qtbot: QtBot, make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    assert app.flow.bank is not None
    app.flow.past.open_attempt(add_scored(app.store, app.flow.bank, sheet_of(app.flow.bank, ANSWERS)))
    key(qtbot, app, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    give_pdf_name(qtbot, app.window)
    dialog = next(d for d in app.window.findChildren(QFileDialog, "saveDialog") if d.isVisible())
    # Qt shows a desktop's own file dialog only for a plain QFileDialog (a subclass never gets one) that
    # does not ask for Qt's; here (offscreen) there is none, so Qt's stands in and the test drives it.
    assert type(dialog) is QFileDialog
    assert not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.reject()


def test_the_welcome_screen_shows_the_icon_and_past_results_only_when_there_are_some(
    qtbot: QtBot, make_app: MakeApp
) -> None:
    app = make_app()
    welcome = app.window.welcome
    qtbot.waitUntil(lambda: welcome.icon.pixmap() is not None and not welcome.icon.pixmap().isNull())
    assert welcome.icon.isVisible() and welcome.icon.mapTo(welcome, welcome.icon.rect().topLeft()).y() < (
        welcome.title.mapTo(welcome, welcome.title.rect().topLeft()).y()
    )
    assert not welcome.history.isVisible()  # hidden, not greyed out: there is nothing to show yet
    qtbot.keyClick(welcome.primary, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert app.page() == "welcomePage"
    assert app.flow.bank is not None
    add_scored(app.store, app.flow.bank, sheet_of(app.flow.bank, ANSWERS))
    app.flow.show_welcome()
    assert welcome.history.isVisible() and welcome.history.isEnabled()
    qtbot.keyClick(welcome.primary, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert app.page() == "historyPage"
