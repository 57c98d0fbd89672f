"""WCAG contrast of the colours the app paints, in the style's light palette and in a dark one: text at least
4.5:1 against what it is painted on, focus and selection indicators and chart marks at least 3:1.

Where a colour comes out of Qt's painting (backgrounds, the focus ring, answers, chart whiskers) it is read
back from the pixels of a grab; text colours are the palette colours Qt paints the text with."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pmfit.core.scoring import PRODUCT, PROJECT
from pmfit.render import RenderStyle
from pmfit.render.style import contrast as render_contrast
from pmfit.ui.answers import AnswerButton
from pmfit.ui.palette import MARK_RATIO, TEXT_RATIO, flatten, focus_color, ratio
from pmfit.ui.theme import button_look, button_role
from pmfit.ui.widgets import ScrollPage
from tests.render.helpers import fits_layout, profile_layout
from tests.ui.a11y_helpers import (
    add_two_attempts,
    app_palette,
    focused,
    show_about_you,
    show_bundled_result,
)
from tests.ui.conftest import App, MakeApp, answer_by_key, key, wait_written

ACTIVE = QPalette.ColorGroup.Active


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[str]:
    with app_palette(request.param == "dark"):
        yield str(request.param)


def pixel(image: QImage, point: QPoint) -> QColor:
    ratio_ = image.devicePixelRatio()
    return QColor(image.pixel(round(point.x() * ratio_), round(point.y() * ratio_)))


def test_the_formula_is_the_one_the_charts_use(qapp: object) -> None:
    for a, b in (("#000000", "#ffffff"), ("#308cc6", "#ffffff"), ("#777777", "#efefef"), ("#f0b030", "#fff")):
        assert ratio(QColor(a), QColor(b)) == pytest.approx(render_contrast(a, b))
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)


# ------------------------------------------------------------------------------------------------ text


def labels_read(page: QWidget) -> list[tuple[str, float]]:
    """(text, contrast) of every shown label on ``page``, against the pixels just left of it."""
    found = []
    scroll = page.scroll_area if isinstance(page, ScrollPage) else None
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text() or isinstance(label.parentWidget(), QPushButton):
            continue
        if scroll is not None and scroll.isAncestorOf(label):
            scroll.ensureWidgetVisible(label, 0, 0)
        image = page.grab().toImage()
        beside = label.mapTo(page, QPoint(-10, min(label.height() // 2, 8)))  # clear of a focus ring
        background = pixel(image, beside)
        color = flatten(label.palette().color(ACTIVE, label.foregroundRole()), background)
        found.append((label.text()[:40], ratio(color, background)))
    return found


def screens(qtbot: QtBot, app: App) -> Iterator[QWidget]:
    window = app.window
    yield window.welcome
    app.flow.assessment.start()
    wait_written(qtbot, app)
    answer_by_key(qtbot, app, 3)
    key(qtbot, app, Qt.Key.Key_Escape)
    yield window.welcome  # now with "unfinished assessment" and "Start over"
    key(qtbot, app, Qt.Key.Key_Return)
    yield window.question_page()
    yield show_about_you(qtbot, app, problem=True)
    show_bundled_result(app)
    yield window.result_page()
    older, newer = add_two_attempts(app)
    app.flow.past.show_history()
    yield window.history_page()
    app.flow.past.compare_attempts(older, newer)
    yield window.compare_page()


def test_all_text_reads_at_4_5_to_1(palette: str, qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    checked = 0
    for page in screens(qtbot, app):
        for text, seen in labels_read(page):
            assert seen >= TEXT_RATIO, (palette, page.objectName(), text, round(seen, 2))
            checked += 1
        for button in page.findChildren(QPushButton):
            if button.isVisible() and button.isEnabled():
                # The colours the button is painted in, by its role (pmfit.ui.style): an accent fill, red
                # words, none at all for a flat one (the window shows through).
                colours = button.window().palette()  # the sheet's colours come from the window's palette
                look = button_look(button_role(button), colours)
                ground = look.fill or colours.color(ACTIVE, QPalette.ColorRole.Window)
                assert ratio(look.words, ground) >= TEXT_RATIO, (palette, button.text())
    assert checked > 40  # every screen's words, the secondary grey ones among them


def test_secondary_text_is_softer_and_still_reads(palette: str, qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    facts = app.window.welcome.facts
    body = app.window.welcome.intro
    soft = facts.palette().color(ACTIVE, facts.foregroundRole())
    plain = body.palette().color(ACTIVE, body.foregroundRole())
    window = facts.palette().color(ACTIVE, QPalette.ColorRole.Window)
    assert soft.name() != plain.name()  # still reads as secondary
    assert TEXT_RATIO <= ratio(soft, window) < ratio(plain, window)


# ------------------------------------------------------------------------------- selection and focus


def test_selection_placeholder_and_focus_colours(palette: str, make_app: MakeApp) -> None:
    app = make_app()
    colors = app.window.palette()
    roles = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight = colors.color(group, roles.Highlight)
        assert ratio(colors.color(group, roles.HighlightedText), highlight) >= TEXT_RATIO  # selected words
        assert ratio(highlight, colors.color(group, roles.Base)) >= MARK_RATIO  # the selection itself
        placeholder = flatten(colors.color(group, roles.PlaceholderText), colors.color(group, roles.Base))
        assert ratio(placeholder, colors.color(group, roles.Base)) >= TEXT_RATIO


def test_the_history_selection_is_painted_readable(palette: str, qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    add_two_attempts(app)
    app.flow.past.show_history()
    history = app.window.history_page().list
    history.setCurrentRow(0)
    for has_focus in (True, False):
        if has_focus:
            history.setFocus()
        else:
            app.window.history_page().back_button.setFocus()
        image = history.viewport().grab().toImage()
        rect = history.visualItemRect(history.item(0))
        unselected = pixel(
            image, QPoint(rect.right() - 3, history.visualItemRect(history.item(1)).center().y())
        )
        words = history.palette().color(
            ACTIVE if has_focus else QPalette.ColorGroup.Inactive, QPalette.ColorRole.Text
        )
        # The selection shows by its mark at the row's side, 3:1 off a row that is not selected ...
        mark = pixel(image, QPoint(rect.left() + 1, rect.center().y()))
        assert ratio(mark, unselected) >= MARK_RATIO, (palette, has_focus, mark.name())
        # ... and the words read on its tint, top to bottom of the row (beside the split bar).
        for y in range(rect.top() + 1, rect.bottom()):
            painted = pixel(image, QPoint(rect.right() - 3, y))
            assert ratio(words, painted) >= TEXT_RATIO, (palette, has_focus, painted.name())


def test_the_focus_ring_is_painted_at_3_to_1(palette: str, qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    ring_color = focus_color(app.window.palette())
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert ratio(ring_color, app.window.palette().color(ACTIVE, role)) >= MARK_RATIO
    qtbot.waitUntil(lambda: app.window.focus_tracker is not None)
    app.flow.assessment.start()
    wait_written(qtbot, app)
    tracker = app.window.focus_tracker
    assert tracker is not None
    for _ in range(2):
        ring = tracker.ring
        assert ring is not None and ring.isVisible() and tracker.target is focused()
        host = ring.parentWidget()
        assert host is not None
        image = host.grab().toImage()
        middle = ring.geometry().center().y()
        on_ring = pixel(image, QPoint(ring.geometry().left() + 1, middle))
        outside = pixel(image, QPoint(ring.geometry().left() - 2, middle))
        inside = pixel(image, QPoint(ring.geometry().left() + 3, middle))  # the gap before the widget
        assert ratio(on_ring, outside) >= MARK_RATIO and ratio(on_ring, inside) >= MARK_RATIO, palette
        key(qtbot, app, Qt.Key.Key_Down)


def test_a_picked_answer_stands_apart_by_more_than_its_fill(
    palette: str, qtbot: QtBot, make_app: MakeApp
) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    answer_by_key(qtbot, app, 2)
    key(qtbot, app, Qt.Key.Key_Left)
    buttons = app.window.question_page().group.buttons()
    picked, other = buttons[1], buttons[2]
    assert isinstance(picked, AnswerButton) and isinstance(other, AnswerButton) and picked.isChecked()
    for button in (picked, other):
        colors = button.colors()
        assert ratio(colors["words"], colors["fill"]) >= TEXT_RATIO
        assert ratio(colors["number"], colors["fill"]) >= TEXT_RATIO
        assert ratio(colors["circle"], colors["fill"]) >= MARK_RATIO
        assert ratio(colors["edge"], colors["window"]) >= MARK_RATIO or not button.isChecked()
    assert ratio(picked.colors()["dot"], picked.colors()["disk"]) >= MARK_RATIO
    # Picked is a fill, not an outline: it never looks like the focus ring, which fills nothing.
    assert ratio(picked.colors()["fill"], other.colors()["fill"]) >= MARK_RATIO
    # As painted: the centre of the circle is the dot on the picked answer, the card's fill on the other.
    centre = QPoint(round(14 + picked.fontMetrics().height() * 0.525), picked.height() // 2)
    dot = pixel(picked.grab().toImage(), centre)
    empty = pixel(other.grab().toImage(), QPoint(centre.x(), other.height() // 2))
    assert ratio(dot, empty) >= MARK_RATIO, (palette, dot.name(), empty.name())


def test_the_progress_bar_shows_at_3_to_1(palette: str, qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()
    app.flow.assessment.start()
    wait_written(qtbot, app)
    for _ in range(5):
        answer_by_key(qtbot, app, 3)
    bar = app.window.question_page().progress_bar
    image = bar.grab().toImage()
    middle = bar.height() // 2
    done = pixel(image, QPoint(4, middle))
    to_go = pixel(image, QPoint(bar.width() - 4, middle))
    assert ratio(done, to_go) >= MARK_RATIO, (palette, done.name(), to_go.name())


# ----------------------------------------------------------------------------------------------- charts


def render(paint: object, width: int, height: int, background: str) -> QImage:
    """A chart painted at 300 dpi, where a thin line is several pixels wide and can be read back."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(11811)
    image.setDotsPerMeterY(11811)
    image.fill(QColor(background))
    painter = QPainter(image)
    paint(painter, QRectF(0, 0, width, height))  # type: ignore[operator]
    painter.end()
    return image


def test_chart_text_and_marks(palette: str, qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    page = app.window.result_page()
    painter = page.painter
    assert painter is not None
    style: RenderStyle = painter.style
    background = QColor(style.background)
    assert ratio(QColor(style.text), background) >= TEXT_RATIO
    assert ratio(QColor(style.muted), background) >= TEXT_RATIO
    for role in (PRODUCT, PROJECT):  # a bar shows by its fill or by its outline
        assert max(ratio(style.accent(role), background), ratio(style.ink(role), background)) >= MARK_RATIO
        if palette == "light":  # and in the light theme by its fill alone, as on paper (WCAG 1.4.11)
            assert ratio(style.accent(role), background) >= MARK_RATIO, (role, style.accent(role).name())

    width = 2400
    profile = render(painter.paint_profile, width, 2400, style.background)
    layout = profile_layout(painter, QRectF(0, 0, width, 2400), profile)
    whiskers = 0
    for row in layout.rows:
        if row.bar is None or row.band is None or row.band.left() + 12 >= row.bar.right():
            continue
        y = round(row.track.center().y())
        on_bar = QColor(profile.pixel(round((row.band.left() + row.bar.right()) / 2), y))
        off_bar = QColor(profile.pixel(round((row.bar.right() + row.band.right()) / 2), y))
        accent = style.accent(row.role)
        assert ratio(on_bar, accent) >= MARK_RATIO, (palette, row.title, on_bar.name(), accent.name())
        assert ratio(off_bar, background) >= MARK_RATIO, (palette, row.title)
        whiskers += 1
    assert {row.role for row in layout.rows if row.bar is not None} == {PRODUCT, PROJECT} and whiskers >= 8

    fits = render(painter.paint_fits, width, 900, style.background)
    laid_out = fits_layout(painter, QRectF(0, 0, width, 900), fits)
    for panel in laid_out.panels:
        assert panel.bar is not None and panel.whisker is not None
        y = round(panel.track.center().y())
        on_bar = QColor(fits.pixel(round((panel.whisker[0] + panel.bar.right()) / 2), y))
        off_bar = QColor(fits.pixel(round((panel.bar.right() + panel.whisker[1]) / 2), y))
        assert ratio(on_bar, style.accent(panel.role)) >= MARK_RATIO, (palette, panel.role)
        assert ratio(off_bar, background) >= MARK_RATIO, (palette, panel.role)


def test_a_new_system_palette_recolours_what_is_shown(qtbot: QtBot, make_app: MakeApp) -> None:
    """The desktop switches to dark while the result shows: words, selection and charts follow, readable."""
    with app_palette(dark=False):
        app = make_app(bank=None)
        show_bundled_result(app)
        page = app.window.result_page()
        assert page.painter is not None and not page.painter.style.is_dark
        qtbot.waitUntil(lambda: app.window.focus_tracker is not None)  # set up after the first paint
        with app_palette(dark=True):
            assert page.painter.style.is_dark
            for text, seen in labels_read(page):
                assert seen >= TEXT_RATIO, (text, round(seen, 2))
            colors = app.window.palette()
            selection = colors.color(ACTIVE, QPalette.ColorRole.Highlight)
            assert ratio(colors.color(ACTIVE, QPalette.ColorRole.HighlightedText), selection) >= TEXT_RATIO
