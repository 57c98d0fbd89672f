"""The quick form in the real window, by keyboard: Alt+Q, digits, Enter on "About you", the result that says
it came from the quick form (to a screen reader too), Alt+R to answer the rest, and the same attempt
updated; Enter still starts the full form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from pmfit.core.quick_order import quick_order
from tests.ui.conftest import App, MakeApp, answer_by_key, key
from tests.ui.test_flow import PRODUCT_ANSWERS


def answer_all_by_key(qtbot: QtBot, app: App) -> list[str]:
    """Answer every question on screen by its digit (a choice's option N is key N + 1)."""
    asked = []
    while app.page() == "questionPage":
        item = app.current_id()
        asked.append(item)
        value = PRODUCT_ANSWERS[item]
        answer_by_key(qtbot, app, value + 1 if item == "fc1" else value)
    return asked


def test_the_quick_form_and_the_rest_by_keyboard(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    bank = app.flow.bank
    assert bank is not None
    welcome = app.window.welcome
    assert welcome.quick.text().startswith("Quick (about ") and welcome.primary.text().startswith(
        "Full (about "
    )
    key(qtbot, app, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert app.page() == "questionPage"
    progress = app.window.question_page().progress_text.text()
    assert "quick form: it ends as soon as your answer is settled" in progress
    asked = answer_all_by_key(qtbot, app)
    assert asked == list(quick_order(bank)[: len(asked)]) and len(asked) < len(bank.main_items)
    assert app.page() == "aboutYouPage"
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.page() == "resultPage"

    # The verdict has the focus, and says to a screen reader that it came from the quick form.
    verdict = app.window.findChild(QLabel, "verdictText")
    assert verdict is not None and QApplication.focusWidget() is verdict
    assert verdict.accessibleName().endswith(f"From the quick form ({len(asked)} of 12 questions).")
    note = app.window.findChild(QLabel, "formNote")
    assert note is not None and note.isVisible() and "This result comes from the quick form" in note.text()
    rest = app.window.findChild(QPushButton, "restButton")
    left = len(bank.main_items) - len(asked)
    assert rest is not None and rest.isVisible() and rest.text() == f"Answer the rest ({left} question)"
    (attempt,) = app.store.attempts()
    assert attempt.sheet.form == "quick"

    key(qtbot, app, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert app.page() == "questionPage"
    assert app.current_id() == quick_order(bank)[len(asked)]
    assert "quick form" not in app.window.question_page().progress_text.text()
    more = answer_all_by_key(qtbot, app)
    assert set(asked) | set(more) == {item.id for item in bank.main_items}
    assert app.page() == "aboutYouPage"
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.page() == "resultPage"
    # The quick result's words go with it (the old page's labels are deleted as the event loop turns).
    qtbot.waitUntil(lambda: not [n for n in app.window.findChildren(QLabel, "formNote") if n.isVisible()])
    assert not rest.isVisible()
    (updated,) = app.store.attempts()  # the same attempt, now a full form's
    assert updated.id == attempt.id and updated.sheet.form == "full"
    assert updated.sheet.answers == PRODUCT_ANSWERS


def test_enter_still_starts_the_full_form(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.page() == "questionPage"
    session = app.flow.assessment.session
    assert session is not None and not session.quick and session.sheet.form == "full"
    assert "quick" not in app.window.question_page().progress_text.text()


def test_history_names_the_quick_form(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    key(qtbot, app, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    answer_all_by_key(qtbot, app)
    key(qtbot, app, Qt.Key.Key_Return)
    key(qtbot, app, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert app.page() == "historyPage"
    history = app.window.history_page()
    assert "Quick form" in history.list.item(0).text()
