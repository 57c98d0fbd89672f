"""Flat, rounded buttons and progress bars that follow the palette: pmfit's look on top of the platform style.

Qt's Fusion style (what a pip-installed PySide6 draws with on GNOME and KDE alike) paints buttons, combo
boxes, table headers and progress bars with gradients, and a progress bar's track that all but vanishes on a
dark window. :func:`apply` gives the application a small style sheet, made from the palette on show with the
colours of :mod:`pmfit.ui.theme`, that paints those few parts flat: a button by its role (the accent for
the primary one, red words for a destructive one, none at rest for a flat one), a plain button in a shade
of the palette's button colour with a quiet edge, a visible track under a flat accent chunk, table headers
without a bevel. Everything else is the platform style's own, combo boxes included: a style sheet that
sets a combo box must draw its arrow too, from an image, which could not follow the palette. (A
distribution's Qt may bring a style that is flat already, Breeze or Adwaita-Qt; its buttons are set the
same way, so pmfit looks the same on every desktop, in that desktop's colours.)

A style sheet rather than a QProxyStyle subclass, and without asking which style is in use: the sheet is
applied in C++, while subclassing QStyle in Python, or only handing ``app.style()`` to Python, makes PySide
build the whole QStyle class first, about 8 ms the first paint would wait for. The sheet itself costs the
first paint some 5 ms of work (so would buttons painted in Python: QPainter's class alone takes that), so
it is set right after the first paint; for that one frame the first screen's buttons already have their
role's colours and their final size (:func:`first_frame`). The sheet's colours are fixed values, so the
window applies it again when the palette changes (light to dark).

Focus is not drawn here: pmfit draws one focus ring for every widget (pmfit.ui.focus), an outline set off
from the widget, so focus never looks like a selection or a primary button's fill.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from pmfit.ui.theme import DESTRUCTIVE, FLAT, PRIMARY, RADIUS, ROLE, button_look, button_role, colors

BUTTON_PADDING = (3, 14)  # pixels above and below, either side: room around a button's words
BUTTON_WORDS_HEIGHT = 20  # pixels at least for the words' line: 28 in all, a target easy to hit; with
# large text the line itself is taller, and the padding stays small, so a bar of buttons keeps its rows low

_applied: list[str] = []  # the sheet last given, so the same palette does not re-polish every widget


def _rule(selector: str, **properties: str | QColor) -> str:
    """A rule of the sheet: ``border_radius="6px"`` is written ``border-radius: 6px``, a colour #rrggbb."""
    written = "; ".join(
        f"{name.replace('_', '-')}: {value.name() if isinstance(value, QColor) else value}"
        for name, value in properties.items()
    )
    return f"{selector} {{ {written}; }}"


def stylesheet(palette: QPalette) -> str:
    """pmfit's style sheet for ``palette`` (the window's, made readable)."""
    c = colors(palette)
    down, across = BUTTON_PADDING
    shape = {
        "border_radius": f"{RADIUS}px",
        "padding": f"{down}px {across}px",
        "min_height": f"{BUTTON_WORDS_HEIGHT}px",
    }
    primary, destructive, flat = (f'QPushButton[{ROLE}="{role}"]' for role in (PRIMARY, DESTRUCTIVE, FLAT))
    rules = [
        _rule("QPushButton", background=c.button, border=f"1px solid {c.button_edge.name()}", **shape),
        _rule("QPushButton:hover", background=c.hover),
        _rule("QPushButton:pressed, QPushButton:checked", background=c.pressed),
        _rule(
            "QHeaderView::section",
            background=c.button,
            border="none",
            border_bottom=f"1px solid {c.rule.name()}",
            border_right=f"1px solid {c.rule.name()}",
            padding="3px 6px",
        ),
    ]
    rules += [
        _rule(
            primary, background=c.accent, color=c.on_accent, border=f"1px solid {c.accent.name()}", **shape
        ),
        _rule(f"{primary}:hover", background=c.accent_hover, border_color=c.accent_hover),
        _rule(f"{primary}:pressed", background=c.accent_pressed, border_color=c.accent_pressed),
        _rule(f"{primary}:disabled", background=c.button, color=c.disabled, border_color=c.button_edge),
        _rule(
            destructive,
            background=c.button,
            color=c.destructive,
            border=f"1px solid {c.destructive_edge.name()}",
            **shape,
        ),
        _rule(f"{destructive}:hover", background=c.hover),
        _rule(f"{destructive}:pressed", background=c.pressed),
        _rule(f"{destructive}:disabled", color=c.disabled, border_color=c.button_edge),
        _rule(flat, background="transparent", border="1px solid transparent", **shape),
        _rule(f"{flat}:hover", background=c.hover),
        _rule(f"{flat}:pressed", background=c.pressed),
        # A flat button that opens something (a disclosure) shows its state by its words, not a fill.
        _rule(f"{flat}:checked", background="transparent"),
        _rule(f"{flat}:checked:hover", background=c.hover),
        _rule(
            "QProgressBar", background=c.track, border=f"1px solid {c.track_edge.name()}", border_radius="4px"
        ),
        _rule("QProgressBar::chunk", background=c.accent_mark, border_radius="3px"),
    ]
    return "\n".join(rules)


def apply(app: QApplication, palette: QPalette) -> None:
    """Give ``app`` pmfit's style sheet for ``palette`` (the window's, made readable): right after the first
    paint (see :func:`first_frame`), and again whenever the palette changes."""
    sheet = stylesheet(palette)
    if _applied and _applied[-1] == sheet:
        return
    if not _applied:
        from PySide6.QtCore import Qt  # after the first paint: the namespace may be built now

        # Without it, a style sheet pins every widget's font and palette as they were when it was set: a
        # larger desktop font, or a new palette, would no longer reach the screens already made.
        app.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
    _applied[:] = [sheet]
    app.setStyleSheet(sheet)


def sheet_size(button: QPushButton) -> tuple[int, int]:
    """The size the style sheet gives ``button`` (its words, the padding and a 1-pixel edge)."""
    metrics = button.fontMetrics()
    down, across = BUTTON_PADDING
    height = max(metrics.height(), BUTTON_WORDS_HEIGHT) + 2 * (down + 1)
    return metrics.horizontalAdvance(button.text()) + 2 * (across + 1), height


def first_frame(button: QPushButton) -> None:
    """Before the first paint, with no style sheet yet: ``button`` (in its window already) in its role's
    colours, on the platform style's own shape, and at least the size the sheet will give it, so nothing
    moves when the sheet comes."""
    own = button.palette()  # a copy of the window's (QPalette's own copy would build Qt's namespace)
    look = button_look(button_role(button), own)
    if look.fill is not None:
        own.setColor(QPalette.ColorRole.Button, look.fill)
    own.setColor(QPalette.ColorRole.ButtonText, look.words)
    button.setPalette(own)
    width, height = sheet_size(button)
    button.setMinimumSize(max(width, button.minimumWidth()), max(height, button.minimumHeight()))


def after_first_frame(button: QPushButton, minimum: tuple[int, int] = (0, 0)) -> None:
    """The sheet has come: ``button`` takes the window's palette again, and sizes by its words (and
    ``minimum``)."""
    button.setPalette(QPalette())
    button.setMinimumSize(*minimum)
