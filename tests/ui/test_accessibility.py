"""What a screen-reader user meets, asked of Qt's own accessibility API (queryAccessibleInterface): roles,
names, states and where focus goes (what Orca speaks is in tools/a11y)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QScrollArea, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from pmfit.ui.answers import AnswerButton, AnswerGroup
from pmfit.ui.chart_block import ChartBlock, ChartView
from pmfit.ui.widgets import Heading
from tests.ui.a11y_helpers import (
    acc_name,
    acc_role,
    add_two_attempts,
    focused,
    iface,
    show_bundled_result,
    tab_stops,
)
from tests.ui.conftest import App, MakeApp, answer_by_key, key, wait_written

Name = QAccessible.Text.Name
LIKERT_NAMES = [
    "Strongly disagree, 1",
    "Disagree, 2",
    "Neither agree nor disagree, 3",
    "Agree, 4",
    "Strongly agree, 5",
]


def group_on_screen(app: App) -> AnswerGroup:
    return app.window.question_page().answers


def assert_focus_in_group_named_by_question(app: App) -> AnswerGroup:
    """Focus is on the group on screen (on no answer: none looks favoured), and that group is named by the
    question shown."""
    page = app.window.question_page()
    group = group_on_screen(app)
    assert focused() is group
    assert acc_role(group) == QAccessible.Role.Grouping
    question = page.question.text()
    picked = group.buttons.checkedButton()
    said = f"{question} Your answer: {acc_name(picked)}." if picked is not None else question
    assert question != "" and acc_name(group) == said  # an answered question says its answer too
    return group


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


# ------------------------------------------------------------------------------------------ questions


def test_answers_are_radio_buttons_named_by_their_words_and_key(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    group = assert_focus_in_group_named_by_question(app)
    assert acc_name(group) == "I like deciding what a product is for."
    group_iface = iface(group)
    children = [group_iface.child(i) for i in range(group_iface.childCount())]
    assert [child.role() for child in children] == [QAccessible.Role.RadioButton] * 5
    assert [child.text(Name) for child in children] == LIKERT_NAMES
    assert not any(child.state().checked for child in children)


def test_a_choice_is_named_by_its_option_and_number(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    while app.current_id() != "fc1":
        key(qtbot, app, Qt.Key.Key_Right)
    group = assert_focus_in_group_named_by_question(app)
    assert acc_name(group) == "Which would you rather do?"
    names = [acc_name(button) for button in group.buttons.buttons()]
    assert names == ["Shape the vision, 1", "Build the plan, 2"]  # the options' full stops dropped


def test_the_checked_state_is_the_saved_answer(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    answer_by_key(qtbot, app, 4)
    key(qtbot, app, Qt.Key.Key_Left)
    buttons = group_on_screen(app).buttons.buttons()
    assert [iface(b).state().checked for b in buttons] == [False, False, False, True, False]
    key(qtbot, app, Qt.Key.Key_Down)  # the first arrow from the group goes to the kept answer
    assert acc_name(focused()) == "Agree, 4"


def test_each_new_question_moves_focus_into_a_new_group_named_by_it(qtbot: QtBot, make_app: MakeApp) -> None:
    """Orca says a group's name when focus enters it: so every question, however it came, is a new group
    and focus goes into it (after a digit, after Back, after a skip, after Esc and Resume)."""
    app = make_app()
    key(qtbot, app, Qt.Key.Key_Return)
    seen = [assert_focus_in_group_named_by_question(app)]
    answer_by_key(qtbot, app, 2)
    seen.append(assert_focus_in_group_named_by_question(app))
    assert acc_name(seen[-1]) == "I like planning."
    key(qtbot, app, Qt.Key.Key_Left)
    seen.append(assert_focus_in_group_named_by_question(app))
    assert acc_name(seen[-1]) == "I like deciding what a product is for. Your answer: Disagree, 2."
    assert [b.isChecked() for b in seen[-1].buttons.buttons()][1]  # the kept answer, shown picked
    key(qtbot, app, Qt.Key.Key_Right)
    seen.append(assert_focus_in_group_named_by_question(app))
    key(qtbot, app, Qt.Key.Key_Escape)
    key(qtbot, app, Qt.Key.Key_Return)
    seen.append(assert_focus_in_group_named_by_question(app))
    assert len({id(group) for group in seen}) == len(seen)


def test_up_and_down_move_focus_and_never_the_answer(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    answer_by_key(qtbot, app, 4)
    key(qtbot, app, Qt.Key.Key_Left)
    arrows = (
        (Qt.Key.Key_Up, "Agree, 4"),  # from the group: the picked answer first, whichever the arrow
        (Qt.Key.Key_Up, "Neither agree nor disagree, 3"),
        (Qt.Key.Key_Down, "Agree, 4"),
    )
    for arrow, expected in arrows:
        key(qtbot, app, arrow)
        assert acc_name(focused()) == expected
        assert app.current_id() == "v1" and not app.window.question_page().busy
    key(qtbot, app, Qt.Key.Key_Down)
    key(qtbot, app, Qt.Key.Key_Down)  # past the last answer: stays there
    assert acc_name(focused()) == "Strongly agree, 5"
    checked = [iface(b).state().checked for b in group_on_screen(app).buttons.buttons()]
    assert checked == [False, False, False, True, False]
    saved = app.store.load_progress()
    assert saved is not None and saved[0].answers == {"v1": 4}


def test_space_picks_the_focused_answer(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    key(qtbot, app, Qt.Key.Key_Space)  # on the group, on no answer: Space picks nothing
    assert app.current_id() == "v1" and app.window.question_page().group.checkedButton() is None
    key(qtbot, app, Qt.Key.Key_Down)  # to the first answer
    key(qtbot, app, Qt.Key.Key_Down)
    key(qtbot, app, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: app.current_id() == "p1" and not app.window.question_page().busy, timeout=2000)
    saved = app.store.load_progress()
    assert saved is not None and saved[0].answers == {"v1": 2}


def test_progress_bar_is_named_and_counts_the_question_on_screen(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    bar = app.window.question_page().progress_bar
    assert acc_role(bar) == QAccessible.Role.ProgressBar and acc_name(bar)
    value = iface(bar).valueInterface()
    assert value is not None
    total = len(app.flow.bank.main_items) if app.flow.bank else 0
    assert (value.currentValue(), value.maximumValue()) == (1, total)  # "1 of 12"
    answer_by_key(qtbot, app, 3)
    qtbot.waitUntil(lambda: value.currentValue() == 2)  # the bar slides there
    assert app.window.question_page().progress_text.text().startswith("2 of 12")


def test_window_title_names_the_question_on_screen(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    assert "pmfit" in app.window.windowTitle()
    key(qtbot, app, Qt.Key.Key_Return)
    assert app.window.windowTitle().startswith("Question 1 of 12")
    answer_by_key(qtbot, app, 3)
    assert app.window.windowTitle().startswith("Question 2 of 12")


# ---------------------------------------------------------------------------------------------- result


def test_result_opens_on_the_verdict_a_heading_named_by_the_verdict(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    key(qtbot, app, Qt.Key.Key_Return)
    while app.page() == "questionPage":
        answer_by_key(qtbot, app, 5 if app.current_id().startswith("v") else 2)
    key(qtbot, app, Qt.Key.Key_Return)  # past "About you"
    verdict = focused()
    shown = app.window.result_page().shown
    assert shown is not None
    assert acc_role(verdict) == QAccessible.Role.Heading
    assert acc_name(verdict) == shown.content.headline
    assert iface(verdict).state().focused
    assert app.window.windowTitle().startswith("Your result")


def test_charts_have_the_chart_role_distinct_names_and_their_words(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    charts = app.window.result_page().findChildren(ChartView)
    assert len(charts) == 3
    assert {acc_role(chart) for chart in charts} == {QAccessible.Role.Chart}
    names = [acc_name(chart) for chart in charts]
    assert len(set(names)) == 3 and all(names)
    descriptions = [iface(chart).text(QAccessible.Text.Description) for chart in charts]
    assert len(set(descriptions)) == 3 and all(descriptions)


def test_every_chart_has_a_table_reached_by_keyboard(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    page = app.window.result_page()
    bank = app.flow.bank
    assert bank is not None
    blocks = page.findChildren(ChartBlock)
    stops = tab_stops(qtbot, focused())
    for block in blocks:
        # Tab reaches the chart, then its button; Space opens the table; Tab goes into it.
        assert stops.index(block.toggle) == stops.index(block.chart) + 1
        block.toggle.setFocus(Qt.FocusReason.TabFocusReason)
        assert "Show as table" in acc_name(block.toggle) and acc_name(block.chart) in acc_name(block.toggle)
        key(qtbot, app, Qt.Key.Key_Space)
        assert block.table.isVisible()
        key(qtbot, app, Qt.Key.Key_Tab)
        assert focused() is block.table
        assert acc_role(block.table) == QAccessible.Role.Table
        assert acc_name(block.chart) in acc_name(block.table)
        key(qtbot, app, Qt.Key.Key_Down)  # the arrows walk the cells; Tab leaves the table
        key(qtbot, app, Qt.Key.Key_Tab)
        assert focused() is not block.table
    names = [acc_name(block.table) for block in blocks]
    assert len(set(names)) == 3
    fits, profile, quadrants = (block.table for block in blocks)
    assert fits.rowCount() == 2 and profile.rowCount() == 12 and quadrants.rowCount() == 12
    cells = {cell_text(profile, r, c) for r in range(12) for c in range(profile.columnCount())}
    assert {scale.title for scale in bank.scales} <= cells  # the 12 responsibilities
    assert cells & {"high", "middle", "low"}  # with their bands
    quadrant_cells = {cell_text(quadrants, r, 3) for r in range(12)}
    assert quadrant_cells <= {"Strength", "Growth area", "Untapped", "Not for you", "–"}


def test_the_comparison_chart_is_named_and_has_its_table(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    result_names = {acc_name(c) for c in app.window.result_page().findChildren(ChartView)}
    older, newer = add_two_attempts(app)
    app.flow.past.compare_attempts(older, newer)
    page = app.window.compare_page()
    (block,) = page.findChildren(ChartBlock)
    assert acc_role(block.chart) == QAccessible.Role.Chart
    assert acc_name(block.chart) and acc_name(block.chart) not in result_names
    assert focused() is page.findChildren(Heading)[0]  # the comparison opens on its title
    block.toggle.setFocus(Qt.FocusReason.TabFocusReason)
    key(qtbot, app, Qt.Key.Key_Space)
    key(qtbot, app, Qt.Key.Key_Tab)
    assert focused() is block.table and block.table.rowCount() == 12


def test_headings_have_the_heading_role_on_every_screen(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    assert acc_role(app.window.welcome.title) == QAccessible.Role.Heading
    app.flow.assessment.start()
    wait_written(qtbot, app)
    question = app.window.question_page().question
    assert acc_role(question) == QAccessible.Role.Heading and acc_name(question) == question.text()
    show_bundled_result(app)
    headings = app.window.result_page().findChildren(Heading)
    titles = {h.text() for h in headings}
    assert {
        "Your result",
        "How the two roles fit you",
        "Your 12 responsibilities",
        "Why this result",
    } <= titles
    for heading in headings:
        assert acc_role(heading) == QAccessible.Role.Heading and acc_name(heading) == heading.text()
    app.flow.past.show_history()
    assert acc_role(app.window.history_page().title) == QAccessible.Role.Heading


def test_lists_bars_and_scroll_areas_are_named(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    add_two_attempts(app)
    app.flow.assessment.start()
    wait_written(qtbot, app)
    show_bundled_result(app)
    app.flow.past.show_history()
    app.flow.past.compare_attempts(*add_two_attempts(app))
    window = app.window
    assert acc_name(window.history_page().list)
    assert acc_name(window.question_page().progress_bar)
    areas = [area for area in window.findChildren(QScrollArea) if area.objectName() == "pageScroll"]
    assert len(areas) == 4  # welcome, question, result, comparison
    for area in areas:
        assert acc_name(area), area.parentWidget()


def test_the_name_field_and_the_career_path_have_real_labels(qtbot: QtBot, make_app: MakeApp) -> None:
    from PySide6.QtWidgets import QLineEdit

    app = make_app(bank=None)
    show_bundled_result(app)
    page = app.window.result_page()
    labels = {label.buddy(): label for label in page.findChildren(QLabel) if label.buddy() is not None}
    page.export.click()  # the name is asked when exporting
    qtbot.waitUntil(lambda: any(d.isVisible() for d in app.window.findChildren(QWidget, "nameDialog")))
    dialog = next(d for d in app.window.findChildren(QWidget, "nameDialog") if d.isVisible())
    edit = dialog.findChild(QLineEdit, "nameEdit")
    assert edit is not None
    name_label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is edit)
    assert name_label.isVisible() and name_label.text().startswith("Name")
    assert edit.placeholderText() == ""  # the label is shown, not a fading hint
    assert acc_name(edit) == "Your name on the PDF (optional)"
    related = iface(edit).relations(QAccessible.RelationFlag.Label)
    assert any(other.object() is name_label for other, _flag in related)
    dialog.reject()
    chooser = page.findChild(QComboBox, "ladderChooser")
    assert chooser is not None and labels[chooser].text() == "Show the career path of:"
    # On Linux Qt names a combo box by its current choice and says what it picks with the label relation.
    related = iface(chooser).relations(QAccessible.RelationFlag.Label)
    assert any(other.object() is labels[chooser] for other, _flag in related)
    assert chooser.accessibleName() == "Career path to show"  # what other platforms read as its name


def test_tab_follows_the_reading_order_and_keeps_focus_in_view(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    app.window.resize(800, 600)
    show_bundled_result(app)
    page = app.window.result_page()
    chart = page.findChild(ChartView, "profileChart")
    assert chart is not None
    qtbot.waitUntil(lambda: chart.height() > 200)  # laid out
    title = page.findChildren(Heading)[0]
    assert title.text() == "Your result"
    stops = tab_stops(qtbot, title)
    content = [w for w in stops if page.content.isAncestorOf(w)]
    assert stops[: len(content)] == content
    tops = [w.mapTo(page.content, w.rect().topLeft()).y() for w in content]
    assert tops == sorted(tops)  # top to bottom
    chooser = page.findChild(QComboBox, "ladderChooser")
    assert chooser in content and stops.index(chooser) < stops.index(page.export)
    assert stops[len(content) :][:2] == [page.export, page.history]  # then the bar, after the result
    viewport = page.scroll_area.viewport()
    for widget in content:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        assert viewport.rect().contains(top_left), widget  # scrolled into view as focus arrives


# ----------------------------------------------------------------------------------------- welcome


def test_welcome_words_are_a_group_read_as_focus_enters(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    welcome = app.window.welcome
    assert acc_role(welcome.content) == QAccessible.Role.Grouping
    assert acc_name(welcome.content) == welcome.title.text()
    assert focused() is welcome.primary
    qtbot.waitUntil(lambda: welcome.title.focusPolicy() == Qt.FocusPolicy.TabFocus)  # after the first paint
    qtbot.waitUntil(lambda: welcome.language is not None)
    stops = tab_stops(qtbot, welcome.title)
    labels = [welcome.title, welcome.intro, welcome.facts, welcome.about_you]
    assert labels == [w for w in stops if isinstance(w, QLabel)]
    # Tab reads it as laid out: the words, the way in, the small print, and the language (at the top edge,
    # out of the form) last.
    order = [welcome.title, welcome.intro, welcome.primary, welcome.quick, welcome.facts, welcome.about_you]
    assert [w for w in stops if w in order] == order
    assert stops[-1] is welcome.language


# ------------------------------------------------------------------------------------ focus visible


def ring_surrounds(app: App, widget: object) -> bool:
    tracker = app.window.focus_tracker
    assert tracker is not None
    ring = tracker.ring
    if ring is None or tracker.target is not widget or not ring.isVisible():
        return False
    host = ring.parentWidget()
    assert host is not None and isinstance(
        widget, QPushButton | QLabel | AnswerButton | AnswerGroup | ChartView | QTableWidget
    )
    where = widget.rect().translated(widget.mapTo(host, widget.rect().topLeft()))
    return ring.geometry().contains(where) and ring.geometry().adjusted(6, 6, -6, -6).intersects(where)


def test_focus_is_visible_wherever_the_app_moves_it(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    qtbot.waitUntil(lambda: app.window.focus_tracker is not None)
    assert ring_surrounds(app, app.window.welcome.primary)
    app.flow.assessment.start()
    wait_written(qtbot, app)
    assert ring_surrounds(app, group_on_screen(app))  # a new question's answers, all of them alike
    answer_by_key(qtbot, app, 3)
    assert ring_surrounds(app, group_on_screen(app))
    key(qtbot, app, Qt.Key.Key_Down)
    assert isinstance(focused(), AnswerButton) and ring_surrounds(app, focused())
    show_bundled_result(app)
    assert ring_surrounds(app, focused())  # the verdict
    key(qtbot, app, Qt.Key.Key_Tab)
    assert ring_surrounds(app, focused())


def test_no_button_looks_like_the_default_when_it_is_not_focused(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    assert not any(button.isDefault() for button in app.window.findChildren(QPushButton))
