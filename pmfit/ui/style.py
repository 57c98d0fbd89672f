"""Flat, rounded buttons and progress bars that follow the palette: pmfit's look on top of the platform style.

Qt's Fusion style (what a pip-installed PySide6 draws with on GNOME and KDE alike) paints buttons, combo
boxes, table headers and progress bars with gradients, and a progress bar's track that all but vanishes on a
dark window. :class:`FlatStyle` wraps the platform style and paints those few parts flat, in the colours of
:mod:`pmfit.ui.theme`: a button by its role (the accent for the primary one, red words for a destructive
one, none at rest for a flat one), a plain button and a combo box in a shade of the palette's button colour
with a quiet edge, a visible track under a flat accent chunk. Everything else is the platform style's own.

On a style that draws flat already (not Fusion: Breeze or Adwaita-Qt in a distribution's Qt), plain buttons
are left to it; only buttons with a role are painted here.

Focus is not drawn here: pmfit draws one focus ring for every widget (pmfit.ui.focus), an outline set off
from the widget, so focus never looks like a selection or a primary button's fill.

The style paints the first screen, so it follows the same rule as pmfit.ui.theme: no ``QtCore.Qt`` enum,
no QPen or QBrush made from a colour (brushes come from a scratch palette).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QWidget,
)

from pmfit.ui.palette import mix
from pmfit.ui.theme import DESTRUCTIVE, FLAT, PRIMARY, RADIUS, button_role, colors

_PANEL = QStyle.PrimitiveElement.PE_PanelButtonCommand
_LABEL = QStyle.ControlElement.CE_PushButtonLabel
_GROOVE = QStyle.ControlElement.CE_ProgressBarGroove
_CHUNK = QStyle.ControlElement.CE_ProgressBarContents
_HEADER = QStyle.ControlElement.CE_HeaderSection
_BUTTON_SIZE = QStyle.ContentsType.CT_PushButton
_STATE = QStyle.StateFlag
_FILL = QPalette.ColorRole.Button  # the scratch palette's slot a brush is taken from

BUTTON_PADDING = 14  # pixels a button gets beyond Fusion's, across and down

_installed: list[FlatStyle] = []  # kept alive: Python must not collect the style the application uses


class FlatStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__()
        base = self.baseStyle()
        # Only Fusion's gradients need replacing; a platform's own flat style keeps its plain buttons.
        self.flattens_plain = base is None or base.name().lower() == "fusion"
        self._scratch = QPalette()

    # ------------------------------------------------------------------------------------- painting

    def _fill(self, painter: QPainter, path: QPainterPath, color: QColor) -> None:
        self._scratch.setColor(_FILL, color)
        painter.fillPath(path, self._scratch.brush(_FILL))

    def _rounded(
        self, painter: QPainter, rect: QRectF, fill: QColor | None, edge: QColor | None, radius: float
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = QPainterPath()
        outer.addRoundedRect(rect, radius, radius)
        if fill is not None:
            self._fill(painter, outer, fill)
        if edge is not None:
            inner = QPainterPath()
            inner.addRoundedRect(rect.adjusted(1, 1, -1, -1), max(radius - 1, 0), max(radius - 1, 0))
            self._fill(painter, outer.subtracted(inner), edge)
        painter.restore()

    def _button_panel(self, option: QStyleOption, painter: QPainter, widget: QWidget | None) -> bool:
        """Paint a button's (or a combo box's) panel; False to leave it to the platform style."""
        role = button_role(widget)
        if not role and not self.flattens_plain:
            return False
        c = colors(option.palette)
        state = option.state
        enabled = bool(state & _STATE.State_Enabled)
        down = bool(state & (_STATE.State_Sunken | _STATE.State_On))
        hovered = enabled and bool(state & _STATE.State_MouseOver)
        fill: QColor | None
        edge: QColor | None = c.button_edge
        if role == PRIMARY and enabled:
            fill = c.accent
            toward = c.on_accent  # lighter under white words' opposite: a pressed accent darkens or lightens
            fill = mix(fill, toward, 0.22 if down else 0.1 if hovered else 0.0)
            edge = None
        elif role == FLAT:
            fill = c.pressed if down else c.hover if hovered else None
            edge = None
        else:
            fill = c.pressed if down else c.hover if hovered else c.button
            if role == DESTRUCTIVE and enabled:
                edge = mix(c.button_edge, c.destructive, 0.6)
        self._rounded(painter, QRectF(option.rect), fill, edge, RADIUS)
        return True

    def _label_option(self, option: QStyleOption, widget: QWidget | None) -> QStyleOption:
        """The label's option, with the words in its role's colour (on the accent; destructive red)."""
        role = button_role(widget)
        if role not in (PRIMARY, DESTRUCTIVE) or not option.state & _STATE.State_Enabled:
            return option
        if not isinstance(option, QStyleOptionButton):
            return option
        c = colors(option.palette)
        labelled = QStyleOptionButton(option)
        palette = labelled.palette
        palette.setColor(QPalette.ColorRole.ButtonText, c.on_accent if role == PRIMARY else c.destructive)
        labelled.palette = palette
        return labelled

    def _progress(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter) -> bool:
        c = colors(option.palette)
        rect = QRectF(option.rect)  # on whole pixels: the 1-pixel edge is crisp
        radius = min(float(RADIUS), rect.height() / 2)
        if element == _GROOVE:
            self._rounded(painter, rect, c.track, c.track_edge, radius)
            return True
        minimum, maximum = getattr(option, "minimum", 0), getattr(option, "maximum", 0)
        if maximum <= minimum:
            return False  # busy: the platform style's moving bar
        share = (getattr(option, "progress", minimum) - minimum) / (maximum - minimum)
        share = min(max(share, 0.0), 1.0)
        if share <= 0:
            return True
        if getattr(option, "invertedAppearance", False):
            rect.setLeft(rect.right() - rect.width() * share)
        else:
            rect.setWidth(rect.width() * share)
        self._rounded(painter, rect, c.accent_mark, None, radius)
        return True

    def _header(self, option: QStyleOption, painter: QPainter) -> None:
        """A table's header cell: a quiet shade with a hairline under it and between cells, no gradient."""
        c = colors(option.palette)
        rect = QRectF(option.rect)
        painter.save()
        path = QPainterPath()
        path.addRect(rect)
        self._fill(painter, path, c.button)
        line = QPainterPath()
        line.addRect(QRectF(rect.left(), rect.bottom(), rect.width(), 1))
        line.addRect(QRectF(rect.right(), rect.top(), 1, rect.height()))
        self._fill(painter, line, c.rule)
        painter.restore()

    # ------------------------------------------------------------------------------------ overrides

    def sizeFromContents(
        self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        # Qt passes no widget for some sizes, whatever the binding's types say.
        found = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind == _BUTTON_SIZE and (self.flattens_plain or button_role(widget)):
            # Room around a button's words, as GNOME's and KDE's buttons have: Fusion's hug them.
            line = option.fontMetrics.height()
            return QSize(found.width() + BUTTON_PADDING, max(found.height(), line + BUTTON_PADDING))
        return found

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _PANEL and self._button_panel(option, painter, widget):
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == _LABEL:
            option = self._label_option(option, widget)
        elif element in (_GROOVE, _CHUNK):
            if self._progress(element, option, painter):
                return
        elif element == _HEADER:
            self._header(option, painter)
            return
        super().drawControl(element, option, painter, widget)


def install(app: QApplication) -> FlatStyle:
    """Draw ``app``'s buttons and progress bars flat from now on (once; before the first window shows)."""
    current = app.style()
    if isinstance(current, FlatStyle):
        return current
    style = FlatStyle()
    app.setStyle(style)
    _installed.append(style)
    return style
