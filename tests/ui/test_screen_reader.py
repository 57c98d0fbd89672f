"""What a screen-reader or keyboard user meets on the paths the second audit found silent or slow, asked of
Qt's own accessibility API: where focus goes and what it names, what Return does on an answer, what is said
with the first tie-breaker, lists and headings a reader can move between, and where an answer is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from pmfit.core.bank import ChoiceItem
from pmfit.system.i18n import ensure_translations
from pmfit.ui.accessible import heading_level
from pmfit.ui.answers import AnswerButton
from pmfit.ui.widgets import Heading
from tests.ui.a11y_helpers import acc_name, acc_role, add_two_attempts, focused, iface, show_bundled_result
from tests.ui.conftest import App, MakeApp, answer_by_key, give_pdf_name, key, wait_for_notice, wait_written

Description = QAccessible.Text.Description
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def assert_verdict_of_shown_result_focused(app: App) -> QLabel:
    """Focus is on the verdict of the result on screen (no other result's), a heading named by it."""
    page = app.window.result_page()
    assert app.page() == "resultPage" and page.shown is not None
    verdict = focused()
    assert isinstance(verdict, Heading) and verdict is page.verdict
    assert verdict.isVisible() and page.content.isAncestorOf(verdict)
    assert acc_role(verdict) == QAccessible.Role.Heading
    assert acc_name(verdict) == page.shown.content.headline
    assert iface(verdict).state().focused
    # nothing of an earlier result is left to be found, focused or reported
    assert [label for label in page.findChildren(QLabel, "verdictText")] == [verdict]
    return verdict


def finish_tiny(qtbot: QtBot, app: App, digit: int) -> None:
    """Answer every question of the tiny bank with ``digit`` (option 1 of a this-or-that one)."""
    page = app.window.question_page()
    qtbot.waitUntil(lambda: not page.busy)  # the first question shows once the last pick has been seen
    while app.page() == "questionPage":
        session = app.flow.assessment.session
        assert session is not None and session.current is not None
        answer_by_key(qtbot, app, 1 if isinstance(session.current, ChoiceItem) else digit)
    if app.page() == "aboutYouPage":
        key(qtbot, app, Qt.Key.Key_Return)  # past "About you"


# ----------------------------------------------------------------------------------------- 1. result


def test_every_result_shown_focuses_its_own_verdict_and_its_keys_work_at_once(
    qtbot: QtBot, make_app: MakeApp
) -> None:
    app = make_app(bank=None)
    older, newer = add_two_attempts(app)
    app.flow.past.open_attempt(older)
    first = assert_verdict_of_shown_result_focused(app)
    key(qtbot, app, Qt.Key.Key_P, ALT)  # Past results, with no Tab first
    assert app.page() == "historyPage"
    app.flow.past.open_attempt(newer)  # the page was built before: the second open
    second = assert_verdict_of_shown_result_focused(app)
    assert acc_name(second) != acc_name(first)
    key(qtbot, app, Qt.Key.Key_C, ALT)  # compare with the one before
    assert app.page() == "comparePage"
    app.flow.past.open_attempt(older)
    assert_verdict_of_shown_result_focused(app)
    key(qtbot, app, Qt.Key.Key_Escape)  # Esc: back to the past results
    assert app.page() == "historyPage"
    app.flow.past.open_attempt(newer)
    english = acc_name(assert_verdict_of_shown_result_focused(app))
    app.flow.set_language("uk")  # the same result, shown again in Ukrainian
    ukrainian = assert_verdict_of_shown_result_focused(app)
    assert acc_name(ukrainian) != english
    key(qtbot, app, Qt.Key.Key_E, CTRL)  # the name for the PDF, then the PDF's Save dialog
    give_pdf_name(qtbot, app.window)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in app.window.findChildren(QWidget, "saveDialog")))


def test_a_result_just_finished_focuses_its_verdict_also_the_second_time(
    qtbot: QtBot, make_app: MakeApp
) -> None:
    app = make_app()
    key(qtbot, app, Qt.Key.Key_Return)
    finish_tiny(qtbot, app, 5)
    first = acc_name(assert_verdict_of_shown_result_focused(app))
    key(qtbot, app, Qt.Key.Key_T, ALT)  # take it again
    finish_tiny(qtbot, app, 1)
    assert acc_name(assert_verdict_of_shown_result_focused(app)) != first
    key(qtbot, app, Qt.Key.Key_P, ALT)
    assert app.page() == "historyPage"


# ------------------------------------------------------------------------------------- 2. questions


def test_return_and_enter_on_a_focused_answer_pick_it(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    page = app.window.question_page()
    for arrows, enter, value in ((2, Qt.Key.Key_Return, 2), (4, Qt.Key.Key_Enter, 4)):
        before = app.current_id()
        for _ in range(arrows):
            key(qtbot, app, Qt.Key.Key_Down)
        assert isinstance(focused(), AnswerButton)
        key(qtbot, app, enter)
        qtbot.waitUntil(lambda before=before: app.current_id() != before and not page.busy, timeout=2000)
        saved = app.store.load_progress()
        assert saved is not None and saved[0].answers[before] == value  # answered, not skipped


def test_enter_with_no_answer_focused_still_moves_on(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    page = app.window.question_page()
    page.forward_button.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.current_id() == "p1"
    saved = app.store.load_progress()
    assert saved is None or "v1" not in saved[0].answers  # skipped


def test_coming_back_to_an_answered_question_says_the_answer(qtbot: QtBot, make_app: MakeApp) -> None:
    """Focus lands on the question's group, not on its pick: the group's name says the pick, or a person
    going back hears only the question and must arrow into the answers to learn what they chose."""
    from pmfit.ui.answers import AnswerGroup

    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    page = app.window.question_page()
    question = page.question.text()
    assert isinstance(focused(), AnswerGroup) and acc_name(focused()) == question  # nothing picked yet
    answer_by_key(qtbot, app, 4)
    key(qtbot, app, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: page.question.text() == question)
    group = focused()
    assert isinstance(group, AnswerGroup)
    picked = page.answers.buttons.checkedButton()
    assert isinstance(picked, AnswerButton) and picked.number == 4
    assert acc_name(group) == f"{question} Your answer: {acc_name(picked)}."


def test_a_digit_on_the_focused_answer_says_selected(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    key(qtbot, app, Qt.Key.Key_Down)
    first = focused()
    assert isinstance(first, AnswerButton) and first.number == 1
    assert iface(first).text(Description) == ""
    key(qtbot, app, Qt.Key.Key_1)
    assert iface(first).state().checked and iface(first).text(Description) == "selected"
    qtbot.waitUntil(lambda: app.current_id() == "p1")
    other = app.window.question_page().answers.buttons.button(2)
    key(qtbot, app, Qt.Key.Key_3)  # focus moves to it: the focus itself says it, with its state
    assert isinstance(other, AnswerButton) and iface(other).text(Description) == ""


def test_the_tie_breaker_explanation_comes_with_the_first_one(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    even = {"v1": 4, "p1": 4, "v2": 3, "p2": 3, "chk": 4, "v3": 4, "p3": 4, "fc1": 2, "v4": 2, "p4": 3}
    even |= {"vx": 3, "px": 3}
    while app.flow.assessment.session is not None and not app.flow.assessment.session.in_tiebreakers:
        answer_by_key(qtbot, app, even[app.current_id()])
    page = app.window.question_page()
    group = page.answers
    assert focused() is group  # focus is on the group: a reader says its name
    note = page.note.text()
    assert "too close to call" in note
    assert acc_name(group) == f"{note} {page.question.text()}"  # why, then the question
    # on screen, where flat review reads it: a visible text above the question, read by its words
    assert page.note.isVisible() and acc_name(page.note) == note
    assert acc_role(page.note) == QAccessible.Role.StaticText
    assert page.note.mapTo(page, QPoint(0, 0)).y() < page.question.mapTo(page, QPoint(0, 0)).y()
    answer_by_key(qtbot, app, 1)  # the second tie-breaker does not repeat it
    if app.page() == "questionPage":
        assert acc_name(page.answers) == page.question.text()


def test_experience_prompt_and_the_banks_labels_reach_the_reader(qtbot: QtBot, make_app: MakeApp) -> None:
    from tests.ui.test_facets import ENGLISH, skip_to

    experience = ENGLISH.facets.experience
    assert experience is not None and experience.prompt
    app = make_app(bank=None)
    key(qtbot, app, Qt.Key.Key_Return)
    item = skip_to(qtbot, app, "experience")
    group = app.window.question_page().answers
    assert acc_role(group) == QAccessible.Role.Grouping
    assert acc_name(group) == f"{experience.prompt} {item.text}"  # the prompt, then the statement
    names = [acc_name(button) for button in group.buttons.buttons()]
    assert names == [f"{label.removesuffix('.')}, {n}" for n, label in enumerate(experience.labels, 1)]
    assert focused() is group  # on no answer: none looks favoured


# ------------------------------------------------------------------------------------- 4. small ones


def test_ctrl_e_asks_the_name_in_a_dialog_and_enter_goes_on(qtbot: QtBot, make_app: MakeApp) -> None:
    """The PDF's name is asked when exporting: a dialog that says what it asks, with the keyboard in its
    labelled field; Enter goes on to the Save dialog, and the name is offered again next time."""
    from PySide6.QtWidgets import QLineEdit

    app = make_app(bank=None)
    show_bundled_result(app)
    page = app.window.result_page()
    key(qtbot, app, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in app.window.findChildren(QWidget, "nameDialog")))
    dialog = next(d for d in app.window.findChildren(QWidget, "nameDialog") if d.isVisible())
    edit = dialog.findChild(QLineEdit, "nameEdit")
    assert edit is not None
    qtbot.waitUntil(edit.hasFocus)
    assert acc_name(dialog) == "Your name on the PDF"
    assert acc_name(edit) == "Your name on the PDF (optional)"
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is edit)
    assert label.isVisible()
    related = iface(edit).relations(QAccessible.RelationFlag.Label)
    assert any(other.object() is label for other, _flag in related)
    qtbot.keyClicks(edit, "Ada")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in app.window.findChildren(QWidget, "saveDialog")))
    assert page.export_name == "Ada"
    save = next(d for d in app.window.findChildren(QWidget, "saveDialog") if d.isVisible())
    assert isinstance(save, QDialog)
    save.reject()
    qtbot.mouseClick(page.export, Qt.MouseButton.LeftButton)  # the next export offers the name given
    qtbot.waitUntil(lambda: any(d.isVisible() for d in app.window.findChildren(QWidget, "nameDialog")))
    again = next(d for d in app.window.findChildren(QWidget, "nameDialog") if d.isVisible())
    field = again.findChild(QLineEdit, "nameEdit")
    assert field is not None and field.text() == "Ada"
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # Esc: no export
    qtbot.waitUntil(lambda: not again.isVisible())
    assert not any(d.isVisible() for d in app.window.findChildren(QWidget, "saveDialog"))


def test_a_new_career_path_is_announced_and_read_as_lists(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    page = app.window.result_page()
    chooser = page.findChild(QComboBox, "ladderChooser")
    assert chooser is not None
    shown = page.shown
    assert shown is not None
    careers = shown.content.careers
    chooser.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, app, Qt.Key.Key_Down)  # a closed combo box: the choice changes, Orca hears no name change
    assert chooser.currentIndex() == 1
    assert iface(chooser).text(Description) == f"{careers[1].role_title}. {careers[1].career}"
    # The steps are a table, as in the PDF: a row a step (level, experience, what you own, certificates),
    # the next Tab stop after the path's words.
    steps = page.findChild(QWidget, "ladderSteps")
    assert steps is not None and acc_role(steps) == QAccessible.Role.Table
    assert acc_name(steps) == f"{shown.content.titles.career}: {careers[1].role_title}"
    assert isinstance(steps, QTableWidget)
    assert steps.rowCount() == len(careers[1].ladder) and steps.columnCount() == 4
    first = steps.item(0, 0)
    assert first is not None and first.text() == careers[1].ladder[0].level
    chooser.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, app, Qt.Key.Key_Tab)
    key(qtbot, app, Qt.Key.Key_Tab)
    assert focused() is steps
    key(qtbot, app, Qt.Key.Key_Tab)  # the arrows walk the cells; Tab goes on to the certifications
    assert focused() is not steps and acc_role(focused()) == QAccessible.Role.Heading
    certifications = page.findChild(QWidget, "ladderCertifications")
    assert certifications is not None and acc_role(certifications) == QAccessible.Role.List
    key(qtbot, app, Qt.Key.Key_Tab)
    item = focused()
    assert acc_role(item) == QAccessible.Role.ListItem and certifications.isAncestorOf(item)
    assert acc_name(item) == careers[1].certifications[0]  # the words, not the bullet
    path = page.findChild(QWidget, "ladderPath")
    assert path is not None
    headings = [h for h in page.findChildren(Heading) if path.isAncestorOf(h)]
    assert {h.text() for h in headings} >= {shown.content.titles.certifications}
    assert {heading_level(h) for h in headings} == {3}


def test_the_quadrant_map_is_a_list_of_quadrants(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    page = app.window.result_page()
    quadrants = page.findChild(QWidget, "quadrantList")
    assert quadrants is not None and acc_role(quadrants) == QAccessible.Role.List
    listed = iface(quadrants)
    names = [listed.child(i).text(QAccessible.Text.Name) for i in range(listed.childCount())]
    assert len(names) >= 4
    quadrant_names = ["Strength", "Growth area", "Untapped", "Not for you"]
    assert [name.split(",")[0] for name in names[:4]] == quadrant_names
    for label in quadrants.findChildren(QLabel):
        assert label.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_esc_closes_the_pdf_saved_notice_without_its_action(qtbot: QtBot, make_app: MakeApp) -> None:
    from pmfit.ui.view import Action

    app = make_app()
    ran = []
    action = Action("Open folder", lambda: ran.append(1))
    app.window.notify("PDF saved", "Your summary is saved.", action=action)
    notice = wait_for_notice(qtbot, app.window)  # news: a notice in the window, focus on its action
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not notice.isVisible())
    assert ran == []


def test_combo_boxes_are_named_by_their_label(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    qtbot.waitUntil(lambda: app.window.welcome.language is not None)
    language = app.window.welcome.language
    assert language is not None
    assert acc_name(language) == "Language of pmfit" and language.currentText() == "English"
    assert iface(language).text(QAccessible.Text.Value) == "English"
    show_bundled_result(app)
    chooser = app.window.result_page().findChild(QComboBox, "ladderChooser")
    assert chooser is not None
    assert acc_name(chooser) == "Career path to show"
    assert iface(chooser).text(QAccessible.Text.Value) == chooser.currentText() != ""


def test_answers_report_the_whole_card_as_where_they_are(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)  # the first sheet is written off the UI thread
    for button in app.window.question_page().answers.buttons.buttons():
        card = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert iface(button).rect() == card and card.height() >= 40
        assert iface(button).role() == QAccessible.Role.RadioButton


def test_headings_have_levels_in_order(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    assert heading_level(app.window.welcome.title) == 1
    app.flow.assessment.start()
    wait_written(qtbot, app)  # the first sheet is written off the UI thread
    assert heading_level(app.window.question_page().question) == 1
    show_bundled_result(app)
    page = app.window.result_page()
    levels = [heading_level(h) for h in page.findChildren(Heading) if h.isVisibleTo(page)]
    assert levels[0] == 1 and levels.count(1) == 1 and set(levels) <= {1, 2, 3}
    # what AT-SPI gets: Qt's level attribute is out of Python's reach (see pmfit.ui.accessible)
    for h in page.findChildren(Heading):
        assert iface(h).text(Description) == f"level {heading_level(h)}"
    app.flow.past.show_history()
    assert heading_level(app.window.history_page().title) == 1


def test_the_language_list_switches_on_enter_or_on_leaving_it_not_on_an_arrow(
    qtbot: QtBot, make_app: MakeApp
) -> None:
    app = make_app(bank=None)
    welcome = app.window.welcome
    qtbot.waitUntil(lambda: welcome.language is not None and welcome.language.isVisible())
    chooser = welcome.language
    assert chooser is not None
    chooser.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, app, Qt.Key.Key_Down)  # the closed list shows the next name, and a reader hears it...
    assert chooser.currentText() == "Українська" and iface(chooser).text(Description) == "Українська"
    english = welcome.primary.text()  # "Full (about 13 minutes)"
    assert app.flow.language == "en" and english.startswith("Full")  # ...and nothing switches yet
    key(qtbot, app, Qt.Key.Key_Return)  # Enter switches, and does not start the questions
    assert app.flow.language == "uk" and app.page() == "welcomePage"
    assert welcome.primary.text() != english and focused() is chooser  # focus stays on the list
    key(qtbot, app, Qt.Key.Key_Up)
    assert app.flow.language == "uk"
    key(qtbot, app, Qt.Key.Key_Tab)  # leaving the list switches
    assert app.flow.language == "en" and welcome.primary.text() == english
    ensure_translations("en")


def widget_locale(widget: QWidget) -> QLocale:
    """The locale Qt reports to assistive technology for ``widget`` (AT-SPI's GetLocale asks this)."""
    attributes = iface(widget).attributesInterface()
    assert attributes is not None
    value = attributes.attributeValue(QAccessible.Attribute.Locale)
    assert isinstance(value, QLocale)
    return value


def test_after_switching_to_ukrainian_assistive_technology_is_told_uk(
    qtbot: QtBot, make_app: MakeApp
) -> None:
    app = make_app(bank=None)
    welcome = app.window.welcome
    assert widget_locale(welcome.primary).language() != QLocale.Language.Ukrainian
    app.flow.set_language("uk")
    qtbot.waitUntil(lambda: widget_locale(welcome.primary).language() == QLocale.Language.Ukrainian)
    assert QLocale().language() == QLocale.Language.Ukrainian  # what pmfit's own interfaces fall back to
    show_bundled_result(app)  # a page made after the switch, and a dialog opened from it
    page = app.window.result_page()
    assert widget_locale(page.export).language() == QLocale.Language.Ukrainian
    key(qtbot, app, Qt.Key.Key_E, CTRL)
    give_pdf_name(qtbot, app.window)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in app.window.findChildren(QFileDialog, "saveDialog")))
    dialog = next(d for d in app.window.findChildren(QFileDialog, "saveDialog") if d.isVisible())
    assert widget_locale(dialog).language() == QLocale.Language.Ukrainian
    look_in = dialog.findChild(QLabel, "lookInLabel")
    file_type = dialog.findChild(QLabel, "fileTypeLabel")
    assert look_in is not None and file_type is not None
    assert look_in.text() == "&Перегляд в:" and file_type.text() == "&Тип файлів:"
    dialog.reject()
    app.flow.set_language("en")
    qtbot.waitUntil(lambda: widget_locale(welcome.primary).language() != QLocale.Language.Ukrainian)
    ensure_translations("en")


def test_qts_ukrainian_words_ship_with_pmfit(
    qtbot: QtBot, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A bundle without PySide6's translations folder (the .deb) still has Qt's dialogs in Ukrainian."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    make_app()
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))  # Qt's own folder: empty
    ensure_translations("en")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"
    ensure_translations("uk")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Перегляд в:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Тип файлів:"
    ensure_translations("en")
