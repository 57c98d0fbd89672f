"""Nothing is cut off with large text or at 200%: every screen at 800x600 with a 20 pt font, and at 800x430
points (a 1600x900 screen at 200%, less a title bar). Pages scroll and bars wrap instead (WCAG 1.4.4,
1.4.10)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pmfit.core.bank import ChoiceItem
from pmfit.ui.answers import AnswerButton
from pmfit.ui.chart_block import ChartView
from pmfit.ui.main_window import MainWindow
from pmfit.ui.result_page import ResultPage
from pmfit.ui.widgets import ScrollPage
from tests.ui.a11y_helpers import (
    add_two_attempts,
    app_font,
    focused,
    show_about_you,
    show_bundled_result,
)
from tests.ui.conftest import App, MakeApp, key, wait_written

LARGE_TEXT = (20.0, QSize(800, 600))  # a 20 pt system font on an 800x600 screen
DOUBLE_SCALE = (0.0, QSize(800, 430))  # 200% of a 1600x900 screen: 800x450 points, less a title bar


@pytest.fixture(params=[LARGE_TEXT, DOUBLE_SCALE], ids=["20pt-800x600", "200%-1600x900"])
def condition(request: pytest.FixtureRequest) -> Iterator[QSize]:
    point_size, size = request.param
    if point_size:
        with app_font(point_size):
            yield size
    else:
        yield size


def minimum_of(window: MainWindow) -> QSize:
    return window.minimumSize().expandedTo(window.minimumSizeHint())


def settle(qtbot: QtBot, page: QWidget) -> None:
    """Wait until the layouts have settled at the new size: the page is on screen and a round of pending
    layout requests moves nothing any more (a wrapping label can take a few rounds to find its height)."""
    seen: list[list[QRect]] = []

    def settled() -> bool:
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        now = [widget.geometry() for widget in page.findChildren(QWidget)]
        seen.append(now)
        return page.isVisible() and len(seen) > 1 and seen[-2] == now

    qtbot.waitUntil(settled)


def clipped(page: QWidget) -> list[str]:
    """Every shown control or text on ``page`` that is smaller than it needs to be, or pokes out sideways."""
    problems = []
    width = page.width()
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not page.window():
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, AnswerButton):
            if widget.height() < widget.heightForWidth(widget.width()):
                problems.append(f"{name} {widget.words!r}: cut at the bottom")
        elif isinstance(widget, QPushButton):
            if widget.width() < widget.sizeHint().width():
                problems.append(f"{name} {widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
        elif isinstance(widget, QLabel) and widget.text():
            if isinstance(widget.parentWidget(), QAbstractButton):
                continue
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    problems.append(f"{name} {widget.text()[:30]!r}: cut at the bottom")
            elif widget.width() < widget.sizeHint().width():
                problems.append(f"{name} {widget.text()[:30]!r}: cut at the side")
        elif isinstance(widget, QLineEdit) and widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{name}: too narrow")
        right = widget.mapTo(page, widget.rect().topRight()).x()
        if widget.isWindow() or not page.isAncestorOf(widget):
            continue
        scroll = page.scroll_area if isinstance(page, ScrollPage) else None
        inside_scroll = scroll is not None and scroll.isAncestorOf(widget)
        if not inside_scroll and right > width:
            problems.append(f"{name}: beyond the window's right edge ({right} > {width})")
    if isinstance(page, ScrollPage) and page.scroll_area.horizontalScrollBar().maximum() > 0:
        problems.append(f"{page.objectName()}: scrolls sideways")
    if isinstance(page, ScrollPage):
        for child in page.children():
            if (
                isinstance(child, QWidget)
                and child.isVisible()
                and child.geometry().bottom() >= page.height()
            ):
                problems.append(f"{type(child).__name__}: below the window's bottom edge")
    return problems


def screens(qtbot: QtBot, app: App) -> Iterator[QWidget]:
    window, flow = app.window, app.flow
    yield window.welcome
    flow.assessment.start()
    wait_written(qtbot, flow)
    yield window.question_page()
    bank = flow.bank
    assert bank is not None
    longest = max(
        (item for item in bank.main_items if isinstance(item, ChoiceItem)),
        key=lambda item: sum(len(option.text) for option in item.options),
    )
    while app.current_id() != longest.id:
        flow.assessment.forward()
        wait_written(qtbot, flow)
    yield window.question_page()
    key(qtbot, app, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not window.question_page().busy)
    key(qtbot, app, Qt.Key.Key_Escape)
    yield window.welcome  # resume, start over
    yield show_about_you(qtbot, app, problem=True)
    show_bundled_result(app)
    page = window.result_page()
    for button in page.findChildren(QPushButton):
        if button.objectName().endswith("Toggle"):
            button.click()  # every chart's table open
    yield page
    older, newer = add_two_attempts(app)
    flow.past.show_history()
    yield window.history_page()
    flow.past.compare_attempts(older, newer)
    yield window.compare_page()


def test_nothing_is_cut_off(condition: QSize, qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    assert minimum_of(app.window).width() <= condition.width()
    assert minimum_of(app.window).height() <= condition.height()
    app.window.resize(condition)
    problems = []
    for page in screens(qtbot, app):
        assert app.window.size() == condition
        settle(qtbot, page)
        problems += [f"{page.objectName()}: {problem}" for problem in clipped(page)]
    assert problems == []


def test_the_smallest_window_fits_a_900_pixel_screen_at_200_percent(make_app: MakeApp) -> None:
    app = make_app(bank=None)
    show_bundled_result(app)
    smallest = minimum_of(app.window)
    assert smallest.height() * 2 + 60 <= 900 and smallest.width() * 2 <= 1600


def test_the_question_scrolls_to_its_last_answer(qtbot: QtBot, make_app: MakeApp) -> None:
    with app_font(20.0):
        app = make_app(bank=None)
        app.window.resize(minimum_of(app.window))
        app.flow.assessment.start()
        wait_written(qtbot, app)
        bank = app.flow.bank
        assert bank is not None
        choices = [item for item in bank.main_items if isinstance(item, ChoiceItem)]
        four = next(item for item in choices if len(item.options) == 4)
        while app.current_id() != four.id:
            app.flow.assessment.forward()
            wait_written(qtbot, app)
        page = app.window.question_page()
        settle(qtbot, page)
        assert page.scroll_area.verticalScrollBar().maximum() > 0  # too tall for the window: it scrolls
        for _ in range(4):  # from the question's group: the first answer, then three more
            key(qtbot, app, Qt.Key.Key_Down)
        last = focused()
        assert isinstance(last, AnswerButton) and last.number == 4
        viewport = page.scroll_area.viewport()
        top = last.mapTo(viewport, last.rect().topLeft()).y()
        assert top >= 0 and top + last.height() <= viewport.height()  # in view, whole
        assert page.forward_button.isVisible()


def digit_height(page: ResultPage, name: str) -> float:
    """How tall the digits of a chart's axis are (in pixels), as the chart is laid out on screen now."""
    from PySide6.QtGui import QFontMetricsF, QImage

    from pmfit.render import fits, profile, quadrants
    from pmfit.render._canvas import Canvas

    chart = page.findChild(ChartView, name)
    painter = page.painter
    assert chart is not None and painter is not None
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    canvas, area = Canvas(painter.style, image), QRectF(chart.rect())
    if name == "fitsChart":
        factor = fits.fit_layout(painter.bank, painter.result, painter.content, canvas, area).factor
    elif name == "profileChart":
        factor = profile.fit_layout(painter.bank, painter.result, canvas, area).factor
    else:
        factor = quadrants.fit_layout(
            painter.bank, painter.result, painter.content.not_placed, canvas, area
        ).factor
    ticks = Canvas(painter.style, image, factor).font(0.85)  # the tick labels' size in every chart
    return QFontMetricsF(ticks, image).tightBoundingRect("0123456789").height()


def test_at_20pt_in_800x600_the_result_keeps_the_window_and_its_charts_read(
    qtbot: QtBot, make_app: MakeApp
) -> None:
    app = make_app(bank=None)
    app.window.resize(QSize(800, 600))
    older, newer = add_two_attempts(app)
    app.flow.past.open_attempt(newer)  # with "Compare with previous": all four buttons
    page = app.window.result_page()
    settle(qtbot, page)
    with app_font(20.0):  # the desktop's font grows while the result is on screen
        settle(qtbot, page)
        assert page.compare.isVisible()
        assert page.bar.height() <= 0.2 * page.height(), (page.bar.height(), page.height())
        for name in ("fitsChart", "profileChart", "quadrantChart"):
            assert digit_height(page, name) >= 10, name
        app.flow.past.open_attempt(older)  # and shown anew at that size
        settle(qtbot, page)
        assert page.bar.height() <= 0.2 * page.height()
        assert min(digit_height(page, name) for name in ("fitsChart", "profileChart", "quadrantChart")) >= 10
