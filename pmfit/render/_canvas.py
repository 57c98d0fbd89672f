"""Drawing primitives shared by the charts: fonts sized for the device, plain text, patterned bars, markers.

Sizes are never fixed pixels. Everything is a multiple of ``em`` (the line height of the base font on the
device being painted), so a chart drawn on a 96 dpi image, a 200% screen or a 1200 dpi PDF page keeps the
same proportions and its text the same physical size.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from pmfit.core.scoring import PRODUCT
from pmfit.render.style import RenderStyle, contrast

MARK_CONTRAST = 3.0  # WCAG 1.4.11: a mark against what it is drawn on

Target = QPainter | QPaintDevice | None


def device_of(target: Target) -> QPaintDevice | None:
    if isinstance(target, QPainter):
        return target.device()
    return target


def scale_of(target: Target) -> float:
    """How many device units one unit of the target's coordinates is (1 unless a painter is scaled)."""
    if isinstance(target, QPainter) and target.isActive():
        t = target.worldTransform()
        return math.sqrt(abs(t.determinant())) or 1.0
    return 1.0


class Canvas:
    """A style, a font factor and (optionally) a device to measure text on.

    Without a device, text is measured for the screen. ``factor`` shrinks or grows every font, and so the
    whole layout, to fit a rectangle.
    """

    def __init__(self, style: RenderStyle, device: QPaintDevice | None, factor: float = 1.0) -> None:
        self.style = style
        self.device = device
        self.factor = factor
        self.em = self.metrics(self.font()).height()
        self.line = max(1.0, self.em / 16)  # the width of a thin line

    def font(self, size: float = 1.0, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.style.font_family)
        font.setPointSizeF(max(1.0, self.style.point_size * self.factor * size))
        font.setBold(bold)
        font.setItalic(italic)
        font.setKerning(True)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        if self.device is not None:
            return QFontMetricsF(font, self.device)
        return QFontMetricsF(font)

    def width(self, text: str, font: QFont) -> float:
        return self.metrics(font).horizontalAdvance(text)

    def wrapped_height(self, text: str, font: QFont, width: float) -> float:
        """The height ``text`` takes when word-wrapped to ``width`` (plain text)."""
        flags = int(Qt.TextFlag.TextWordWrap.value)
        return self.metrics(font).boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), flags, text).height()

    def elided(self, text: str, font: QFont, width: float) -> str:
        return self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0))


@contextmanager
def device_space(painter: QPainter, rect: QRectF) -> Iterator[QRectF]:
    """Paint in device units, where font point sizes mean what they say.

    A caller may have scaled the painter (say, to work in points on a PDF page). Fonts are sized for the
    device, so under such a scale the text would come out too big or too small; the rectangle is mapped to
    device units instead and the scale dropped while the chart paints. Rotation or shear is left alone.
    """
    painter.save()
    try:
        transform = painter.worldTransform()
        if transform.type().value <= QTransform.TransformationType.TxScale.value:
            rect = transform.mapRect(rect)
            painter.setWorldTransform(QTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        yield rect
    finally:
        painter.restore()


class Ink:
    """A :class:`Canvas` bound to an active painter: the drawing half."""

    def __init__(self, painter: QPainter, canvas: Canvas) -> None:
        self.p = painter
        self.c = canvas
        self.style = canvas.style

    def pen(
        self, color: QColor | str, width: float = 1.0, cap: Qt.PenCapStyle = Qt.PenCapStyle.FlatCap
    ) -> QPen:
        pen = QPen(QColor(color))
        pen.setWidthF(width * self.c.line)
        pen.setCapStyle(cap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return pen

    def text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        color: QColor | str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        wrap: bool = False,
    ) -> None:
        """Plain text only: QPainter.drawText never interprets markup, so "<b>" in a bank shows as typed."""
        self.p.setFont(font)
        self.p.setPen(QPen(QColor(color)))
        flags = int(align.value)
        if wrap:
            flags |= int(Qt.TextFlag.TextWordWrap.value)
        self.p.drawText(rect, flags, text)

    def line(self, a: QPointF, b: QPointF, color: QColor | str, width: float = 1.0) -> None:
        self.p.setPen(self.pen(color, width))
        self.p.drawLine(QLineF(a, b))

    def frame(self, rect: QRectF, color: QColor | str, width: float = 1.0, radius: float = 0.0) -> None:
        self.p.setPen(self.pen(color, width))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        if radius > 0:
            self.p.drawRoundedRect(rect, radius, radius)
        else:
            self.p.drawRect(rect)

    def hatch(self, rect: QRectF, color: QColor | str, spacing: float, width: float = 1.0) -> None:
        """Diagonal lines clipped to ``rect``: plain opaque strokes, no pattern brush (PDF/A, greyscale)."""
        if rect.width() <= 0 or rect.height() <= 0:
            return
        self.p.save()
        self.p.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        self.p.setPen(self.pen(color, width))
        h = rect.height()
        x = rect.left() - h
        while x < rect.right():
            self.p.drawLine(QLineF(x, rect.bottom(), x + h, rect.top()))
            x += spacing
        self.p.restore()

    def bar(self, rect: QRectF, role_id: str) -> None:
        """A bar in the role's accent; project bars are hatched so they differ without colour too."""
        if rect.width() <= 0:
            return
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(self.style.accent(role_id)))
        self.p.drawRect(rect)
        if role_id != PRODUCT:
            self.hatch(
                rect, self.style.ink(role_id), spacing=max(3 * self.c.line, rect.height() / 2.2), width=1.0
            )
        self.frame(rect, self.style.ink(role_id), width=0.8)

    def whisker(
        self,
        left: float,
        right: float,
        y: float,
        cap: float,
        width: float = 1.2,
        bar: QRectF | None = None,
        role_id: str = PRODUCT,
    ) -> None:
        """An uncertainty range: a line with end caps in the text colour. No halo: a background-coloured
        outline cut the bar underneath in two, which read as a second, shorter bar.

        Where the range crosses the role's ``bar`` and the text colour stands less than 3:1 off the bar's
        accent (white on the light orange of the dark palette: 1.9:1), that stretch is drawn in black or
        white, whichever reads on the accent, so the whole range stays visible (WCAG 1.4.11)."""
        if right < left:
            left, right = right, left
        text = self.style.color("text")
        on_bar = None
        if bar is not None and contrast(text, self.style.accent(role_id)) < MARK_CONTRAST:
            on_bar = self.style.on_accent(role_id)
        if on_bar is None or bar is None:
            self._whisker_lines(left, right, y, cap, width, text)
            return
        reach = QRectF(left - cap, y - cap, right - left + 2 * cap, 2 * cap)
        outside, inside = QPainterPath(), QPainterPath()
        outside.addRect(reach)
        inside.addRect(bar)
        self.p.save()
        self.p.setClipPath(outside.subtracted(inside), Qt.ClipOperation.IntersectClip)
        self._whisker_lines(left, right, y, cap, width, text)
        self.p.restore()
        self.p.save()
        self.p.setClipRect(bar, Qt.ClipOperation.IntersectClip)
        self._whisker_lines(left, right, y, cap, width, on_bar)
        self.p.restore()

    def _whisker_lines(
        self, left: float, right: float, y: float, cap: float, width: float, color: QColor
    ) -> None:
        self.p.setPen(self.pen(color, width, cap=Qt.PenCapStyle.SquareCap))
        self.p.drawLine(QLineF(left, y, right, y))
        self.p.drawLine(QLineF(left, y - cap / 2, left, y + cap / 2))
        self.p.drawLine(QLineF(right, y - cap / 2, right, y + cap / 2))

    def marker(self, center: QPointF, size: float, role_id: str, label: str = "") -> None:
        """A role marker: a circle for product, a square for project, with an optional number inside."""
        self.p.setPen(self.pen(self.style.ink(role_id), 1.0))
        self.p.setBrush(QBrush(self.style.accent(role_id)))
        if role_id == PRODUCT:
            self.p.drawEllipse(center, size / 2, size / 2)
        else:
            side = size * 0.9  # a square looks bigger than a circle of the same width
            self.p.drawRect(QRectF(center.x() - side / 2, center.y() - side / 2, side, side))
        if label:
            font = self.c.font(0.62 * size / self.c.em, bold=True)
            box = QRectF(center.x() - size, center.y() - size / 2, 2 * size, size)
            self.text(box, label, font, self.style.on_accent(role_id), Qt.AlignmentFlag.AlignCenter)

    def swatch(self, rect: QRectF, role_id: str) -> None:
        """A small key square showing the role's fill (colour and pattern)."""
        self.bar(rect, role_id)

    def dot(self, center: QPointF, radius: float, color: QColor | str) -> None:
        path = QPainterPath()
        path.addEllipse(center, radius, radius)
        self.p.fillPath(path, QBrush(QColor(color)))
