"""A small page-flow engine: text and charts become unbreakable pieces, pieces are placed on pages.

Everything happens in device units of the PDF writer, measured on the writer itself, so what is measured in
the layout pass is exactly what is painted. Paragraphs are laid out with ``QTextLayout`` from plain strings
(never markup: a name like "<b>Ann</b>" prints as typed) and split into one piece per line, so a long
paragraph can continue on the next page; the first two and the last two lines of a paragraph stay together,
and a heading stays with what follows it.

Each piece says what it is for the tagged PDF while it paints (:func:`pmfit.report.tagging.marked`): a
paragraph's lines are one element (a P unless the caller gives a heading or a list body), a bullet is its
list item's label, rules and frames are artifacts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from pmfit.render import RenderStyle
from pmfit.report.tagging import LAYOUT, Element, marked

Paint = Callable[[QPainter, float, float], None]  # painter, left, top


@dataclass(frozen=True, slots=True)
class Piece:
    """Something that is never split across pages: one line of text, a chart, a table row."""

    height: float
    paint: Paint
    space_before: float = 0.0  # dropped at the top of a page
    keep_with_next: bool = False
    new_page: bool = False


@dataclass(frozen=True, slots=True)
class Placed:
    piece: Piece
    top: float


class Typesetter:
    """Fonts and plain-text layout on one paint device, in points of type and device units of length."""

    def __init__(self, device: QPaintDevice, style: RenderStyle) -> None:
        self.device = device
        self.style = style
        self.pt = device.logicalDpiY() / 72.0  # device units per typographic point

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.style.font_family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        font.setKerning(True)
        # No ligatures: an "fi" set as one glyph is copied out of the PDF as "ﬁ", so a search for
        # "pmfit" or "certification" would not find the words.
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def elided(self, text: str, font: QFont, width: float) -> str:
        return self.metrics(font).elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0.0))

    def layout(
        self,
        text: str,
        font: QFont,
        width: float,
        bold_prefix: int = 0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        leading: float = 1.2,
    ) -> Laid:
        """``text`` (one paragraph, no line breaks) wrapped to ``width``: at spaces, or anywhere in a word
        too long for the line. The first ``bold_prefix`` characters are bold. Lines are ``leading`` times
        the point size apart (or more, when a fallback font for some script is taller)."""
        layout = QTextLayout(text, font, self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        if bold_prefix > 0:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = 0, bold_prefix, bold
            layout.setFormats([span])
        layout.setCacheEnabled(True)
        pitch = font.pointSizeF() * self.pt * leading
        slots: list[tuple[float, float]] = []
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            slot = max(line.height(), pitch)
            line.setPosition(QPointF(0.0, y + (slot - line.height()) / 2))
            slots.append((y, slot))
            y += slot
        layout.endLayout()
        return Laid(layout, tuple(slots), y)

    def clipped(self, text: str, font: QFont, width: float, max_lines: int) -> str:
        """``text`` cut to what fits in ``max_lines`` lines of ``width``, ending in an ellipsis if cut."""
        laid = self.layout(text, font, width)
        if len(laid.slots) <= max_lines:
            return text
        start = laid.layout.lineAt(max_lines - 1).textStart()
        return text[:start] + self.elided(text[start:], font, width)


@dataclass(frozen=True, slots=True)
class Laid:
    """A paragraph laid out in lines: each line's slot (top, height) and the total height."""

    layout: QTextLayout
    slots: tuple[tuple[float, float], ...]
    height: float

    def draw(
        self, painter: QPainter, left: float, top: float, color: QColor, tag: Element | None = None
    ) -> None:
        """The whole paragraph; with ``tag``, each line is marked content of ``tag`` on its own, so that a
        reader of the tags (which joins a sequence's glyphs as they come) keeps the lines apart."""
        painter.save()
        painter.setPen(QPen(color))
        for index in range(self.layout.lineCount()):
            with marked(painter, tag):
                self.layout.lineAt(index).draw(painter, QPointF(left, top))
        painter.restore()

    def draw_line(self, index: int, painter: QPainter, left: float, top: float, color: QColor) -> None:
        """Line ``index`` with the top of its slot at ``top``."""
        painter.save()
        painter.setPen(QPen(color))
        self.layout.lineAt(index).draw(painter, QPointF(left, top - self.slots[index][0]))
        painter.restore()


@dataclass
class Flow:
    """Builds the pieces of a document, top to bottom, for a column ``width`` wide."""

    ts: Typesetter
    width: float
    pieces: list[Piece] = field(default_factory=list)
    page_height: float = float("inf")
    pending_break: bool = False

    @property
    def style(self) -> RenderStyle:
        return self.ts.style

    def add(
        self,
        height: float,
        paint: Paint,
        space_before: float = 0.0,
        keep_with_next: bool = False,
        new_page: bool = False,
    ) -> None:
        self.pieces.append(Piece(height, paint, space_before, keep_with_next, new_page))

    def page_break(self) -> None:
        """The next piece starts a page."""
        self.pending_break = True

    def take_break(self) -> bool:
        taken, self.pending_break = self.pending_break, False
        return taken

    def paragraph(
        self,
        text: str,
        size: float,
        *,
        bold: bool = False,
        italic: bool = False,
        color: str = "text",
        space_before: float = 0.0,
        leading: float = 1.2,
        indent: float = 0.0,
        bullet: str = "",
        bold_prefix: int = 0,
        keep_with_next: bool = False,
        max_lines: int = 0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        tag: Element | None = None,
        label: Element | None = None,
    ) -> None:
        """Plain text in points of ``size``; ``space_before`` and ``indent`` in points. Each line of the
        text (split at newlines) is its own paragraph. ``bullet`` hangs in the indent of the first line.

        ``tag`` is the element the text belongs to (a new P for each paragraph when None); ``label`` the
        element of the bullet (a list item's Lbl; decoration when None)."""
        pt = self.ts.pt
        font = self.ts.font(size, bold, italic)
        width = self.width - indent * pt
        pen = self.style.color(color)
        for number, part in enumerate(text.split("\n")):
            if max_lines:
                part = self.ts.clipped(part, font, width, max_lines)
            laid = self.ts.layout(part, font, width, bold_prefix if number == 0 else 0, align, leading)
            count = len(laid.slots)
            element = tag or Element("P")
            for index, (_, pitch) in enumerate(laid.slots):

                def paint(
                    painter: QPainter,
                    left: float,
                    top: float,
                    laid: Laid = laid,
                    index: int = index,
                    element: Element = element,
                ) -> None:
                    if index == 0 and bullet:  # first, so text copied out of the PDF reads in order
                        with marked(painter, label or LAYOUT):
                            painter.save()
                            painter.setFont(font)
                            painter.setPen(QPen(pen))
                            box = QRectF(left, top, indent * pt, laid.slots[0][1])
                            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter.value), bullet)
                            painter.restore()
                    with marked(painter, element):
                        laid.draw_line(index, painter, left + indent * pt, top, pen)

                # Keep a paragraph's first two lines together, and its last two.
                last = index == count - 1
                keep = (index == 0 and count > 1) or index == count - 2 or (last and keep_with_next)
                before = space_before * pt if index == 0 and number == 0 else 0.0
                self.add(pitch, paint, before, keep, self.take_break() if index == 0 else False)

    def boxed(self, text: str, size: float, *, space_before: float = 0.0, pad: float = 7.0) -> None:
        """A paragraph in a thin frame, for a note that must not be missed."""
        pt = self.ts.pt
        laid = self.ts.layout(text, self.ts.font(size), self.width - 2 * pad * pt)
        height = laid.height + 2 * pad * pt
        width = self.width

        element = Element("P")

        def paint(painter: QPainter, left: float, top: float) -> None:
            with marked(painter, LAYOUT):
                painter.save()
                pen = QPen(self.style.color("text"))
                pen.setWidthF(0.7 * pt)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                inset = 0.35 * pt
                painter.drawRect(QRectF(left + inset, top + inset, width - 2 * inset, height - 2 * inset))
                painter.restore()
            laid.draw(painter, left + pad * pt, top + pad * pt, self.style.color("text"), element)

        self.block(height, paint, space_before)

    def block(
        self, height: float, paint: Paint, space_before: float = 0.0, keep_with_next: bool = False
    ) -> None:
        """Anything drawn by ``paint`` in a box of the column's width and ``height`` (device units); ``paint``
        marks what it draws (see :mod:`pmfit.report.tagging`)."""
        self.add(height, paint, space_before * self.ts.pt, keep_with_next, self.take_break())

    def rule(
        self,
        space_before: float = 0.0,
        color: str = "grid",
        weight: float = 0.6,
        below: float = 0.0,
        keep_with_next: bool = False,
    ) -> None:
        """A line across the column, ``weight`` points thick, with ``below`` points of room under it."""
        pt = self.ts.pt
        width = self.width
        y = weight * pt / 2

        def paint(painter: QPainter, left: float, top: float) -> None:
            with marked(painter, LAYOUT):
                painter.save()
                pen = QPen(self.style.color(color))
                pen.setWidthF(weight * pt)
                painter.setPen(pen)
                painter.drawLine(QPointF(left, top + y), QPointF(left + width, top + y))
                painter.restore()

        self.block((weight + below) * pt, paint, space_before, keep_with_next)


def stacked_height(pieces: Sequence[Piece]) -> float:
    """How tall ``pieces`` are when stacked from the top of a page, with the gaps between them."""
    return sum(p.height + (p.space_before if k > 0 else 0.0) for k, p in enumerate(pieces))


def paginate(pieces: Sequence[Piece], page_height: float) -> list[list[Placed]]:
    """Place pieces on pages: a chain of pieces that keep together moves to a new page whole when it does
    not fit (unless it is taller than a page, when it breaks between its pieces)."""
    pages: list[list[Placed]] = [[]]
    page_height += 0.5  # rounding: what was measured to fit exactly does fit
    y = 0.0
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) - 1 and pieces[j].keep_with_next and not pieces[j + 1].new_page:
            j += 1
        chain = pieces[i : j + 1]
        if chain[0].new_page and pages[-1]:
            pages.append([])
            y = 0.0
        need = sum(p.height + (p.space_before if k > 0 or y > 0 else 0.0) for k, p in enumerate(chain))
        if y > 0 and y + need > page_height and need <= page_height:
            pages.append([])
            y = 0.0
        for piece in chain:
            gap = piece.space_before if y > 0 else 0.0
            if y > 0 and y + gap + piece.height > page_height:
                pages.append([])
                y, gap = 0.0, 0.0
            pages[-1].append(Placed(piece, y + gap))
            y += gap + piece.height
        i = j + 1
    return pages
