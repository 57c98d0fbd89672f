"""Past results and the comparison, read at a glance: numbered attempts with their time, the verdict and a
split bar; "Compare with…" choosing the other attempt (by mouse or keyboard); Delete apart; then and now
told apart on the same day; changes with their direction and size, largest first."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from pmfit.core.scoring import PRODUCT, PROJECT, score
from pmfit.render import RenderStyle
from pmfit.render.split import product_share
from pmfit.ui.blocks import BulletList
from pmfit.ui.history_page import ROW, AttemptDelegate, AttemptRow
from pmfit.ui.theme import DESTRUCTIVE, PRIMARY, SPACE_GROUP, button_role
from tests.conftest import sheet_of
from tests.storage.helpers import add_attempt
from tests.ui.a11y_helpers import acc_name, known_answers
from tests.ui.conftest import App, MakeApp

TIME = re.compile(r", \d\d:\d\d\b")


def finish(app: App, flipped: bool, when: str) -> int:
    bank = app.flow.bank
    assert bank is not None
    sheet = replace(sheet_of(bank, known_answers(bank, flipped)), finished_at=when)
    result = score(bank, sheet)
    fits = {r.id: r.fit for r in result.roles if r.fit is not None}
    return add_attempt(app.store, sheet, result.verdict.lean, result.verdict.label, fits)


def three_attempts(app: App) -> list[int]:
    """Oldest first: one in January, two on 6 December (morning and afternoon)."""
    return [
        finish(app, True, "2026-01-05T10:00:00+00:00"),
        finish(app, False, "2026-12-06T09:12:00+00:00"),
        finish(app, True, "2026-12-06T16:40:00+00:00"),
    ]


def test_each_attempt_reads_at_a_glance(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    three_attempts(app)
    app.flow.past.show_history()
    history = app.window.history_page()
    rows = [history.list.item(n).data(ROW) for n in range(history.list.count())]
    assert all(isinstance(row, AttemptRow) for row in rows)
    assert [row.number for row in rows] == [3, 2, 1]  # newest first, numbered from the first attempt
    assert all(TIME.search(row.when) for row in rows)  # the date with its time
    spoken = history.list.item(0).text()  # what a screen reader reads for the row
    assert spoken.startswith("Attempt 3, 6 December 2026, ") and rows[0].verdict in spoken
    assert "Product Manager" in spoken and "Project Manager" in spoken
    assert history.summary.text() == "3 finished attempts, newest first"


def test_the_split_bar_shows_both_fits_by_colour_and_by_side(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    three_attempts(app)
    app.flow.past.show_history()
    history = app.window.history_page()
    delegate = history.list.itemDelegate()
    assert isinstance(delegate, AttemptDelegate)
    qtbot.waitUntil(lambda: history.list.visualItemRect(history.list.item(1)).height() > 20)
    image = history.list.viewport().grab().toImage()
    style = RenderStyle.from_palette(history.list.palette())
    row = history.list.item(1).data(ROW)
    bar = delegate.bar_rect(history.list.visualItemRect(history.list.item(1)))
    y = round(bar.center().y())
    left = QColor(image.pixel(round(bar.left()) + 3, y))
    assert left.name() == style.accent(PRODUCT).name()  # Product Manager from the left, solid
    share = product_share(row.fits)
    assert share is not None and 0.1 < share < 0.9
    right_part = [
        QColor(image.pixel(x, yy)).name()
        for x in range(round(bar.left() + bar.width() * share) + 3, round(bar.right()) - 1)
        for yy in range(round(bar.top()) + 1, round(bar.bottom()))
    ]
    # Project Manager from the right in its colour, with the hatching that tells it apart without colour.
    assert style.accent(PROJECT).name() in right_part and style.ink(PROJECT).name() in right_part


def test_open_is_the_primary_action_and_delete_is_set_apart(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    three_attempts(app)
    app.flow.past.show_history()
    history = app.window.history_page()
    assert button_role(history.open_button) == PRIMARY
    assert button_role(history.delete_button) == DESTRUCTIVE and history.delete_button.text() == "Delete…"
    gap = history.delete_button.geometry().left() - history.compare_button.geometry().right()
    assert gap >= SPACE_GROUP  # not one more button in the row: apart, at the far end
    assert history.compare_button.isVisible() and history.compare_button.text() == "Compare with…"


def menu_open(history: object) -> QMenu:
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu) and popup.objectName() == "compareMenu"
    return popup


def test_compare_with_offers_the_other_attempts(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    first, _second, third = three_attempts(app)
    app.flow.past.show_history()
    history = app.window.history_page()
    history.list.setCurrentRow(0)  # attempt 3
    qtbot.mouseClick(history.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = menu_open(history)
    words = [action.text() for action in menu.actions()]
    assert len(words) == 2 and words[0].startswith("Attempt 2 · ") and words[1].startswith("Attempt 1 · ")
    menu.actions()[1].trigger()
    assert app.page() == "comparePage"
    page = app.window.compare_page()
    labels = {label.text() for label in page.findChildren(QLabel)}
    assert "Then · attempt 1" in labels and "Now · attempt 3" in labels
    comparison = page.painter.comparison if page.painter else None
    assert comparison is not None
    assert [a.id for a in app.store.attempts() if a.finished_at == comparison.before.finished_at] == [first]
    assert [a.id for a in app.store.attempts() if a.finished_at == comparison.after.finished_at] == [third]


def compare_menu_by_keys(qtbot: QtBot, app: App) -> QMenu:
    """Three attempts in Past results, and Alt+C on the newest: the "Compare with…" menu, open."""
    three_attempts(app)
    app.flow.past.show_history()
    history = app.window.history_page()
    history.list.setFocus()
    qtbot.keyClick(history.list, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    return menu_open(history)


def test_compare_with_by_keyboard(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    menu = compare_menu_by_keys(qtbot, app)
    # It opens on the first other attempt (a screen reader says it at once); Return takes it.
    assert menu.activeAction() is menu.actions()[0] and menu.actions()[0].text().startswith("Attempt 2 ")
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.page() == "comparePage")
    labels = {label.text() for label in app.window.compare_page().findChildren(QLabel)}
    assert "Then · attempt 2" in labels and "Now · attempt 3" in labels


def test_two_selected_compare_at_once(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    three_attempts(app)
    app.flow.past.show_history()
    history = app.window.history_page()
    history.list.item(0).setSelected(True)
    history.list.item(2).setSelected(True)  # as Ctrl+click selects them
    assert history.compare_button.text() == "Compare these two"
    qtbot.keyClick(history.list, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert app.page() == "comparePage" and QApplication.activePopupWidget() is None


def test_then_and_now_of_one_day_are_told_apart_by_their_times(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    first, second, third = three_attempts(app)
    app.flow.past.compare_attempts(second, third)  # both on 6 December
    painter = app.window.compare_page().painter
    assert painter is not None
    then, now = painter.legend_words()
    assert TIME.search(then) and TIME.search(now) and then != now
    app.flow.past.compare_attempts(first, third)  # January and December: the days say it
    painter = app.window.compare_page().painter
    assert painter is not None
    assert not any(TIME.search(words) for words in painter.legend_words())


def test_changes_come_with_their_direction_and_size_largest_first(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    _first, second, third = three_attempts(app)
    app.flow.past.compare_attempts(second, third)  # answered the other way round: large changes
    page = app.window.compare_page()
    changes = page.findChild(BulletList, "changeList")
    assert changes is not None and app.flow.bank is not None
    titles = {scale.title for scale in app.flow.bank.scales}
    marks = [mark.text() for mark in changes.markers]
    sizes = []
    for mark, text in zip(marks, changes.texts, strict=True):
        found = re.search(r"\(([+−±])(\d+)\)$", text.text())
        assert found is not None, text.text()
        sign, size = found.groups()
        sizes.append(int(size))
        assert mark == {"+": "▲", "−": "▼", "±": "–"}[sign] or mark == "–"  # – also for a change in the noise
        assert text.lead > 0 and text.text()[: text.lead] in titles  # the responsibility, in bold
        assert acc_name(text) == text.text()  # read as written, the mark aside
    assert sizes == sorted(sizes, reverse=True) and {"▲", "▼"} <= set(marks)
    painter = page.painter
    assert painter is not None
    layout = painter.layout(QRectF(0, 0, 700, 2000))
    header = layout.change_header  # "Change", over the column of changes
    assert all(
        header.left() <= row.delta.right() and row.delta.left() <= header.right() for row in layout.rows
    )
    assert all(header.bottom() <= row.delta.top() for row in layout.rows)


def test_the_compare_menu_stays_open_when_alt_comes_late(qtbot: QtBot, make_app: MakeApp) -> None:
    """With a screen reader running, Qt passes key events on only after the reader has seen them, and the
    Alt of Alt+C reached the menu after it had opened: Qt's menus close on Alt, so the menu vanished."""
    app = make_app(bank=None)
    menu = compare_menu_by_keys(qtbot, app)
    qtbot.keyClick(menu, Qt.Key.Key_Alt)  # the late Alt press
    assert QApplication.activePopupWidget() is menu and menu.isVisible()
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.page() == "comparePage")
