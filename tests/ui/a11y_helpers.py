"""What the accessibility, contrast and layout tests share: Qt's accessibility API in a few words, palettes,
and the screens they look at."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pmfit.core.bank import Bank, ChoiceItem
from pmfit.core.scoring import score
from tests.conftest import sheet_of
from tests.storage.helpers import add_attempt, add_scored
from tests.ui.conftest import App


def iface(widget: QWidget) -> QAccessibleInterface:
    """What assistive technology gets for ``widget``, from Qt's own accessibility API."""
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid(), widget
    return found


def acc_name(widget: QWidget) -> str:
    return str(iface(widget).text(QAccessible.Text.Name))


def acc_role(widget: QWidget) -> QAccessible.Role:
    return iface(widget).role()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_stops(qtbot: QtBot, start: QWidget, limit: int = 300) -> list[QWidget]:
    """The widgets Tab visits from ``start`` (a person pressing Tab) until it comes back round."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [start]
    for _ in range(limit):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[no-untyped-call]
        now = focused()
        if now is start:
            return seen
        seen.append(now)
    raise AssertionError("Tab never came back round")


def dark_palette() -> QPalette:
    """A dark palette as desktops ship them (Qt's Fusion dark colours), selection blue and 50% placeholder."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#353535",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#2a2a2a",
        QPalette.ColorRole.AlternateBase: "#424242",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#3c3c3c",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2a2a2a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#454545",
        QPalette.ColorRole.Mid: "#2d2d2d",
        QPalette.ColorRole.Dark: "#232323",
        QPalette.ColorRole.Shadow: "#141414",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(240, 240, 240, 128))
    return palette


@contextmanager
def app_palette(dark: bool) -> Iterator[None]:
    """The application in the style's own light palette, or in a dark one; restored afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QPalette(app.palette())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    try:
        yield
    finally:
        app.setPalette(before)


@contextmanager
def app_font(point_size: float) -> Iterator[None]:
    """The application's font at ``point_size`` (a person's large system font); restored afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(point_size)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)


def known_answers(bank: Bank, flipped: bool = False) -> dict[str, int]:
    """An answer to every main question, spread over the scale; ``flipped`` answers the other way round."""
    answers = {}
    for number, item in enumerate(bank.main_items):
        if isinstance(item, ChoiceItem):
            index = number % len(item.options)
            answers[item.id] = len(item.options) - 1 - index if flipped else index
        else:
            value = 1 + (number * 3) % 5
            answers[item.id] = 6 - value if flipped else value
    return answers


def show_bundled_result(app: App) -> None:
    """The result of a full sheet of the bundled bank, as the flow shows it."""
    bank = app.flow.bank
    assert bank is not None and len(bank.scales) == 12, "make_app(bank=None): the bundled bank"
    sheet = sheet_of(bank, known_answers(bank))
    app.flow.past.open_attempt(add_scored(app.store, bank, sheet))


def add_two_attempts(app: App) -> tuple[int, int]:
    """Two finished attempts of the bundled bank (older, newer), different enough to compare."""
    bank = app.flow.bank
    assert bank is not None
    ids = []
    for flipped, when in ((False, "2026-01-05T10:00:00+00:00"), (True, "2026-11-05T10:00:00+00:00")):
        answers = known_answers(bank, flipped)
        sheet = replace(sheet_of(bank, answers), finished_at=when)
        result = score(bank, sheet)
        fits = {r.id: r.fit for r in result.roles if r.fit is not None}
        ids.append(add_attempt(app.store, sheet, result.verdict.lean, result.verdict.label, fits))
    return ids[0], ids[1]


def show_about_you(qtbot: QtBot, app: App, *, problem: bool = False) -> QWidget:
    """ "About you" after the last question of the unfinished assessment (skipping the rest), a role
    picked by its key so that every part of the page shows; with ``problem``, as after a failed save."""
    from pmfit.storage.store import Reason, StoreError
    from pmfit.ui.problems import save_problem
    from pmfit.ui.view import AboutYouScreen

    assessment = app.flow.assessment
    if assessment.session is None:
        assessment.resume()
    while app.page() == "questionPage":
        assessment.forward()
        qtbot.waitUntil(lambda: not assessment.saving, timeout=10_000)  # each step is written first
    page = app.window.about_you_page()
    assert app.page() == "aboutYouPage"
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # type: ignore[no-untyped-call]
    if problem:
        reason = save_problem(StoreError("full", Reason.DISK_FULL))
        app.window.show_screen(AboutYouScreen(page.respondent(), can_go_back=True, problem=reason))
        assert page.save_problem.isVisible()
    return page
