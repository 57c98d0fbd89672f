"""The result screen's design (issue 22): a headline with its facts, one row of actions with one primary,
and long sections with rhythm: real headings, real lists, the ladder as a table, a light table toggle."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pmfit.ui.blocks import Rule, SectionHeading
from pmfit.ui.chart_block import ChartBlock, ChartView
from pmfit.ui.result_blocks import ItemList, ItemText
from pmfit.ui.theme import FLAT, PRIMARY, button_role
from pmfit.ui.widgets import Heading
from tests.ui.a11y_helpers import acc_name, acc_role, add_two_attempts, focused, show_bundled_result
from tests.ui.conftest import App, MakeApp, answer_by_key, key
from tests.ui.test_layout import settle


def meta_text(app: App) -> str:
    meta = app.window.result_page().findChild(QLabel, "resultMeta")
    assert meta is not None and meta.isVisible()
    return meta.text()


# ------------------------------------------------------------------------------------------ headline


def test_the_verdict_is_the_headline_under_a_small_caps_label(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    page = app.window.result_page()
    label = page.findChild(Heading, "resultLabel")
    verdict = page.verdict
    assert label is not None and verdict is not None
    body = page.font().pointSizeF()
    assert verdict.font().pointSizeF() >= 1.8 * body  # the one sentence the screen is for
    assert verdict.font().weight() >= QFont.Weight.DemiBold
    assert (
        label.text() == "Your result" and label.font().capitalization() == QFont.Capitalization.AllUppercase
    )
    assert label.font().pointSizeF() < body  # a small label over the large title, as in the PDF
    assert (
        label.mapTo(page, label.rect().bottomLeft()).y() <= verdict.mapTo(page, verdict.rect().topLeft()).y()
    )
    assert acc_role(label) == QAccessible.Role.Heading  # still the screen's title for a screen reader
    # The numbers are said once: by the fits chart, not again in a grey line under the verdict.
    assert page.findChild(QLabel, "fitsText") is None


def test_a_reopened_result_says_when_how_many_and_which_form(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    older, _newer = add_two_attempts(app)
    app.flow.past.open_attempt(older)
    shown = app.window.result_page().shown
    assert shown is not None
    result = shown.result
    parts = meta_text(app).split(" · ")
    assert parts == [
        "5 January 2026, " + parts[0].split(", ")[1],
        f"answered {result.answered} of {result.asked} questions",
        "Full form",
    ]


def test_a_fresh_result_says_it_too(qtbot: QtBot, make_app: MakeApp) -> None:
    from pmfit.core.bank import ChoiceItem
    from pmfit.render.words import moment

    app = make_app()
    key(qtbot, app, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not app.window.question_page().busy)
    while app.page() == "questionPage":
        session = app.flow.assessment.session
        assert session is not None and session.current is not None
        answer_by_key(qtbot, app, 1 if isinstance(session.current, ChoiceItem) else 4)
    if app.page() == "aboutYouPage":
        key(qtbot, app, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.page() == "resultPage")
    attempt = app.store.attempts()[0]
    shown = app.window.result_page().shown
    assert shown is not None
    assert meta_text(app).split(" · ") == [
        moment(attempt.finished_at),
        f"answered {shown.result.answered} of {shown.result.asked} questions",
        "Full form",
    ]


def test_the_verdict_shows_its_focus_as_a_bar_not_a_ring(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    qtbot.waitUntil(lambda: app.window.focus_tracker is not None)
    show_bundled_result(app)
    page = app.window.result_page()
    tracker = app.window.focus_tracker
    assert tracker is not None and focused() is page.verdict  # it still takes the focus, and is read
    ring = tracker.ring
    assert ring is not None and ring.isVisible() and ring.bar
    host = ring.parentWidget()
    assert host is not None
    image = host.grab().toImage()
    verdict = page.verdict
    assert verdict is not None
    top_left = verdict.mapTo(host, verdict.rect().topLeft())
    middle = top_left.y() + verdict.height() // 2
    bar_x = ring.geometry().left() + 1
    painted = image.pixelColor(bar_x, middle)
    assert painted != image.pixelColor(bar_x, ring.geometry().top() - 3)  # the bar shows at the left
    right = ring.geometry().right() - 1
    assert image.pixelColor(right, middle) == image.pixelColor(right + 3, middle)  # no ring at the right
    key(qtbot, app, Qt.Key.Key_Tab)
    assert tracker.ring is not None and not tracker.ring.bar  # everything else keeps the ring


# ------------------------------------------------------------------------------------------- the bar


def test_export_is_the_one_primary_action_under_a_divider(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    app.window.resize(QSize(800, 600))
    _older, newer = add_two_attempts(app)
    app.flow.past.open_attempt(newer)
    page = app.window.result_page()
    settle(qtbot, page)
    shown = [b for b in page.bar.findChildren(QPushButton) if b.isVisible()]
    assert [b for b in shown if button_role(b) == PRIMARY] == [page.export]
    assert {button_role(b) for b in shown if b is not page.export} == {FLAT}
    rule = page.bar.findChild(Rule)
    assert rule is not None and rule.isVisible()
    assert rule.mapTo(page, rule.rect().topLeft()).y() <= min(
        b.mapTo(page, b.rect().topLeft()).y() for b in shown
    )
    # The bar sits under the scrolling result, never over it: the chart scrolls into view above it.
    assert page.scroll_area.geometry().bottom() < page.bar.geometry().top()
    assert page.findChild(QWidget, "nameEdit") is None  # the name is asked when exporting


# ------------------------------------------------------------------------------------ lower sections


def test_sections_have_headings_over_a_rule_and_lists_hang(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    app.window.resize(QSize(800, 600))
    show_bundled_result(app)
    page = app.window.result_page()
    settle(qtbot, page)
    sections = page.findChildren(SectionHeading)
    assert len(sections) >= 7 and all(
        s.label.font().pointSizeF() > page.font().pointSizeF() for s in sections
    )
    # Nothing is a typed bullet any more: each list item is a ListItem whose words hang past its marker.
    assert not [w for w in page.findChildren(QLabel) if w.isVisible() and w.text().startswith("•")]
    lists = page.findChildren(ItemList)
    names = {w.objectName() for w in lists}
    assert {"quadrantList", "matchList", "ladderCertifications", "ladderReading", "flagsText"} <= names
    for listed in lists:
        assert acc_role(listed) == QAccessible.Role.List
        for item in listed.items:
            assert isinstance(item, ItemText) and acc_role(item) == QAccessible.Role.ListItem
            assert item.contentsMargins().left() > item.fontMetrics().horizontalAdvance("•")
            assert not acc_name(item).startswith("•")
    certifications = page.findChild(ItemList, "ladderCertifications")
    assert certifications is not None and all(item.lead > 0 for item in certifications.items)  # bold names
    # Tighter within an item than between items: a title sits closer to its list than to what is above.
    heading = next(s for s in sections if s.label.text() == "What you enjoy against what you have done")
    chart = page.findChild(ChartView, "quadrantChart")
    assert chart is not None
    above = heading.mapTo(page.content, heading.rect().topLeft()).y()
    below = chart.mapTo(page.content, chart.rect().topLeft()).y()
    previous = page.findChild(ChartView, "profileChart")
    assert previous is not None
    block = previous.parentWidget()
    assert block is not None
    gap_above = above - block.mapTo(page.content, block.rect().bottomLeft()).y()
    gap_below = below - heading.mapTo(page.content, heading.rect().bottomLeft()).y()
    assert gap_below < gap_above, (gap_below, gap_above)


def test_the_career_ladder_is_a_table(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    page = app.window.result_page()
    shown = page.shown
    assert shown is not None
    table = page.findChild(QWidget, "ladderSteps")
    assert table is not None and acc_role(table) == QAccessible.Role.Table
    path = shown.content.careers[0]
    from pmfit.ui.chart_block import DataTable

    assert isinstance(table, DataTable) and table.rowCount() == len(path.ladder)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
    assert headers == list(shown.content.titles.ladder_columns)
    step = path.ladder[0]
    assert [table.item(0, c).text() for c in range(3)] == [step.level, step.years, step.scope]  # type: ignore[union-attr]


def test_show_as_table_is_a_light_disclosure(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    for block in app.window.result_page().findChildren(ChartBlock):
        toggle = block.toggle
        assert button_role(toggle) == FLAT and toggle.isCheckable() and not toggle.isChecked()
        assert toggle.text().startswith("▸")
        toggle.setFocus(Qt.FocusReason.TabFocusReason)
        key(qtbot, app, Qt.Key.Key_Space)
        assert block.table.isVisible() and toggle.isChecked() and toggle.text().startswith("▾")
        # The same words and name open or closed: the state says which (a reader hears "checked").
        assert toggle.text() == "▾  Show as table" and acc_name(toggle).startswith("Show as table: ")
