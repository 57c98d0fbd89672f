"""pmfit's visual language (pmfit.ui.theme, pmfit.ui.style): one readable accent in every palette, a type
scale that follows the system font, flat buttons by role, a progress track that shows on a dark window,
and none of it in the way of the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from pmfit.ui.palette import MARK_RATIO, TEXT_RATIO, ratio, readable_palette
from pmfit.ui.theme import (
    BODY,
    CAPTION,
    DESTRUCTIVE,
    FLAT,
    HEADLINE,
    PRIMARY,
    SECTION,
    TITLE,
    button_look,
    button_role,
    colors,
    scaled,
)
from tests.ui.a11y_helpers import add_two_attempts, app_font, app_palette, dark_palette
from tests.ui.conftest import MakeApp, answer_by_key, wait_written

ACTIVE = QPalette.ColorGroup.Active


def palette_of(window: str, text: str, highlight: str, base: str | None = None) -> QPalette:
    """A desktop's palette in a few colours (the rest as Qt derives them)."""
    palette = QPalette(QColor(window))
    roles = QPalette.ColorRole
    for role, color in (
        (roles.WindowText, text),
        (roles.Text, text),
        (roles.ButtonText, text),
        (roles.Button, window),
        (roles.Base, base or window),
        (roles.Highlight, highlight),
    ):
        palette.setColor(role, QColor(color))
    return palette


PALETTES = {
    "Fusion light": lambda: QApplication.style().standardPalette(),
    "dark": dark_palette,
    "GNOME light": lambda: palette_of("#fafafa", "#2e3436", "#3584e4", "#ffffff"),
    "GNOME dark": lambda: palette_of("#242424", "#ffffff", "#3584e4", "#1e1e1e"),
    "Breeze dark": lambda: palette_of("#202326", "#fcfcfc", "#3daee9", "#141618"),
    "grey selection": lambda: palette_of("#efefef", "#000000", "#9a9a9a", "#ffffff"),
    "yellow selection": lambda: palette_of("#ffffff", "#000000", "#f6d32d"),
}


@pytest.fixture(params=sorted(PALETTES))
def desktop(request: pytest.FixtureRequest, qapp: object) -> QPalette:
    # As the window takes it: the system palette with its selection made readable.
    return readable_palette(PALETTES[request.param]())


def test_the_accent_reads_in_every_palette(desktop: QPalette) -> None:
    c = colors(desktop)
    assert ratio(c.on_accent, c.accent) >= TEXT_RATIO  # the primary button's words
    base = desktop.color(ACTIVE, QPalette.ColorRole.Base)
    for ground in (c.window, base, c.track):  # the accent as a mark: a progress chunk, a selection's bar
        assert ratio(c.accent_mark, ground) >= MARK_RATIO
    for ground in (c.button, c.hover, c.window):  # a destructive button's words, at rest and hovered
        assert ratio(c.destructive, ground) >= TEXT_RATIO
    assert ratio(c.note_edge, c.window) >= MARK_RATIO  # a note's frame and the notice's show
    assert ratio(c.track_edge, c.window) >= MARK_RATIO  # where a progress bar ends shows, dark too


def hue(color: QColor) -> float:
    return color.hsvHueF() * 360


def test_the_accent_is_the_desktops_selection_colour_where_it_is_one(qapp: object) -> None:
    gnome = colors(readable_palette(PALETTES["GNOME light"]()))
    assert abs(hue(gnome.accent) - hue(QColor("#3584e4"))) < 8  # GNOME's blue, only darker for its words
    breeze = colors(readable_palette(PALETTES["Breeze dark"]()))
    assert abs(hue(breeze.accent) - hue(QColor("#3daee9"))) < 8
    grey = colors(readable_palette(PALETTES["grey selection"]()))
    assert grey.accent.hsvSaturationF() > 0.3 and 200 < hue(grey.accent) < 230  # no accent: a calm blue


def test_the_type_scale_follows_the_system_font(qapp: object) -> None:
    assert TITLE >= HEADLINE >= 1.8 * BODY and HEADLINE > SECTION > BODY > CAPTION
    with app_font(20.0):
        font = QApplication.font()
        assert scaled(font, HEADLINE).pointSizeF() == pytest.approx(36.0)
        assert scaled(font, CAPTION).pointSizeF() == pytest.approx(17.6)
        assert scaled(font, SECTION, bold=True).weight() > QFont.Weight.Normal.value
    pixels = QFont(QApplication.font())
    pixels.setPixelSize(14)  # some platforms give the font in pixels: the scale holds
    assert scaled(pixels, TITLE).pixelSize() == 28


def uniform_column(image: QImage, x: int) -> set[str]:
    """The colours down one column of a button, clear of its rounded corners and edge."""
    return {image.pixelColor(x, y).name() for y in range(4, image.height() - 4)}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_buttons_are_flat_and_painted_by_their_role(dark: bool, qtbot: QtBot, make_app: MakeApp) -> None:
    with app_palette(dark):
        app = make_app(bank=None)
        add_two_attempts(app)
        app.flow.show_welcome()
        start = app.window.welcome.primary
        qtbot.waitUntil(start.isVisible)
        app.flow.past.show_history()
        history = app.window.history_page()
        buttons = {
            PRIMARY: history.open_button,
            "": history.compare_button,
            DESTRUCTIVE: history.delete_button,
            FLAT: history.back_button,
        }
        assert button_role(start) == PRIMARY  # Start is the welcome screen's one primary action
        assert [b for b in history.findChildren(QPushButton) if button_role(b) == PRIMARY] == [
            buttons[PRIMARY]
        ]
        palette = app.window.palette()  # the style sheet's colours are made from the window's palette
        for role, button in buttons.items():
            assert button_role(button) == role
            look = button_look(role, palette)
            parent = button.parentWidget()
            assert parent is not None
            image = parent.grab(button.geometry()).toImage()  # with what shows through a flat one
            column = uniform_column(image, 6)
            if look.fill is None:  # flat: the window shows through, and the words read on it
                assert column == {palette.color(ACTIVE, QPalette.ColorRole.Window).name()}
                assert ratio(look.words, colors(palette).window) >= TEXT_RATIO
            else:  # one colour top to bottom: no gradient
                assert column == {look.fill.name()}, (role, column)
                assert ratio(look.words, look.fill) >= TEXT_RATIO, role


def test_the_progress_track_shows_on_a_dark_window(qtbot: QtBot, make_app: MakeApp) -> None:
    with app_palette(dark=True):
        app = make_app()
        app.flow.assessment.start()
        wait_written(qtbot, app)
        answer_by_key(qtbot, app, 3)
        bar = app.window.question_page().progress_bar
        qtbot.waitUntil(lambda: bar.value() == 2)  # once it has slid there
        c = colors(app.window.palette())  # the style sheet's colours are made from the window's palette
        image = bar.grab().toImage()
        middle = bar.height() // 2
        empty = image.pixelColor(QPoint(bar.width() - 20, middle))
        edge = image.pixelColor(QPoint(bar.width() - 20, 0))  # the top edge, where it runs straight
        done = image.pixelColor(QPoint(8, middle))
        assert empty.name() == c.track.name() and ratio(edge, c.window) >= MARK_RATIO, edge.name()
        assert ratio(done, empty) >= MARK_RATIO


def test_the_first_paint_builds_no_qt_namespace(tmp_path: Path) -> None:
    """The look is in place on the first paint (the accent Start, flat buttons) without costing it the
    ~13 ms PySide spends building Qt's namespace (see the start-up note in pmfit.ui.widgets)."""
    probe = (
        "import atexit, sys\n"
        "import PySide6.QtCore as core\n"
        "from pmfit.cli import main\n"
        "atexit.register(lambda: print('built' if 'Qt' in core.__dict__ else 'not built'))\n"
        "sys.exit(main([]))\n"
    )
    env = dict(
        os.environ, PMFIT_EXIT_AFTER_PAINT="1", PMFIT_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["not", "built"]
