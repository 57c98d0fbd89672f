"""Tables for the PDF: a header row and rows of plain-text cells that wrap within their column.

A row is one piece of the page flow, so a table only ever breaks between rows; by default the whole table
keeps together and moves to the next page when it does not fit.

In the tagged PDF a table is a Table of rows (TR); the header row's cells are column headers (TH, scope
Column), each row's ``bold_column`` cell is its row header (TH, scope Row), the rest are data cells (TD);
a ``joins_next`` column's cells are read as part of the next cell; shading and rules are artifacts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from pmfit.core.scoring import PRODUCT
from pmfit.render import RenderStyle
from pmfit.render.style import mix
from pmfit.report.flow import Flow, Laid
from pmfit.report.tagging import LAYOUT, Artifact, Element, marked


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    weight: float = 0.0  # share of the width left after the fixed columns; 0 = as wide as its widest cell
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    # In the tagged PDF, the cells of this column belong to the cell after them (a row's number marker reads
    # as part of its title, "1 Market research"); the header of such a column must be blank.
    joins_next: bool = False


@dataclass(frozen=True, slots=True)
class Art:
    """A cell drawn by ``paint`` (say, a role marker) instead of text; ``width`` in points."""

    width: float
    paint: Callable[[QPainter, QRectF], None]


Cell = str | Art


def role_marker(style: RenderStyle, role_id: str, label: str, size_pt: float, pt: float) -> Art:
    """The role's marker as on the interest x experience map: a circle for product, a square for project,
    in the role's accent with its number inside, so a table row can be found on the map."""

    def paint(painter: QPainter, rect: QRectF) -> None:
        size = size_pt * pt
        center = QPointF(rect.left() + size / 2 + 0.5 * pt, rect.center().y())
        painter.save()
        pen = QPen(style.ink(role_id))
        pen.setWidthF(0.6 * pt)
        painter.setPen(pen)
        painter.setBrush(QBrush(style.accent(role_id)))
        if role_id == PRODUCT:
            painter.drawEllipse(center, size / 2, size / 2)
        else:
            side = size * 0.9
            painter.drawRect(QRectF(center.x() - side / 2, center.y() - side / 2, side, side))
        font = painter.font()
        font.setPointSizeF(size_pt * 0.52)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(style.on_accent(role_id)))
        box = QRectF(center.x() - size, center.y() - size / 2, 2 * size, size)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter.value), label)
        painter.restore()

    return Art(size_pt + 1.0, paint)


def table(
    flow: Flow,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    *,
    size: float,
    space_before: float = 0.0,
    keep_together: bool = True,
    bold_column: int = -1,
) -> None:
    """Add a table to ``flow``: ``size`` in points, ``space_before`` in points. Text in ``bold_column``
    (if any) is bold. Alternate rows are shaded in an opaque light grey, which survives any printer."""
    ts, style = flow.ts, flow.style
    pt = ts.pt
    pad_x, pad_y = 4.0 * pt, 2.6 * pt
    body, bold, head = ts.font(size), ts.font(size, bold=True), ts.font(size * 0.92, bold=True)

    def natural(cell: Cell, font: QFont) -> float:
        if isinstance(cell, Art):
            return cell.width * pt
        return ts.metrics(font).horizontalAdvance(cell)

    widths: list[float] = []
    for index, column in enumerate(columns):
        cell_font = bold if index == bold_column else body
        widest = max([natural(row[index], cell_font) for row in rows] + [natural(column.title, head)])
        # A point to spare: shaping can come out a hair wider than the measured advance.
        widths.append(widest + 2 * pad_x + pt if column.weight == 0 else 0.0)
    spare = max(flow.width - sum(widths), 0.0)
    total = sum(c.weight for c in columns) or 1.0
    widths = [w if c.weight == 0 else spare * c.weight / total for w, c in zip(widths, columns, strict=True)]
    lefts = [sum(widths[:i]) for i in range(len(widths))]
    shade = QColor(mix(style.text, style.background, 0.93))
    element = Element("Table")

    def add_row(cells: Sequence[Cell], header: bool, shaded: bool, keep: bool, gap: float) -> None:
        row = element.child("TR")
        tags: list[Element | Artifact] = [LAYOUT] * len(cells)
        for index in reversed(range(len(cells))):  # from the right: a joining cell takes the next one's
            if columns[index].joins_next:
                tags[index] = LAYOUT if header else tags[index + 1]
            elif header:
                tags[index] = row.child("TH", scope="Column")
            else:
                tags[index] = row.child("TH", scope="Row") if index == bold_column else row.child("TD")
        laid: list[Laid | Art] = []
        height = 0.0
        for index, (cell, column) in enumerate(zip(cells, columns, strict=True)):
            if isinstance(cell, Art):
                laid.append(cell)
                continue
            font = head if header else bold if index == bold_column else body
            layout = ts.layout(cell, font, widths[index] - 2 * pad_x, align=column.align)
            laid.append(layout)
            height = max(height, layout.height)
        height = max(height, size * 1.25 * pt) + 2 * pad_y

        def paint(painter: QPainter, left: float, top: float) -> None:
            painter.save()
            if shaded:
                with marked(painter, LAYOUT):
                    painter.fillRect(QRectF(left, top, sum(widths), height), shade)
            for index, item in enumerate(laid):
                x = left + lefts[index]
                tag = tags[index]
                if isinstance(item, Art):
                    with marked(painter, tag):
                        item.paint(painter, QRectF(x + pad_x, top, widths[index] - 2 * pad_x, height))
                    continue
                y = top + (height - item.height) / 2 if not header else top + height - pad_y - item.height
                color = style.color("text" if not header else "muted")
                if isinstance(tag, Element):
                    item.draw(painter, x + pad_x, y, color, tag)
                else:
                    with marked(painter, tag):
                        item.draw(painter, x + pad_x, y, color)
            with marked(painter, LAYOUT):
                pen = QPen(style.color("text" if header else "grid"))
                pen.setWidthF((0.8 if header else 0.4) * pt)
                painter.setPen(pen)
                painter.drawLine(QPointF(left, top + height), QPointF(left + sum(widths), top + height))
            painter.restore()

        flow.add(height, paint, gap, keep, flow.take_break())

    add_row([c.title for c in columns], True, False, True, space_before * pt)
    for number, row in enumerate(rows):
        last = number == len(rows) - 1
        add_row(row, False, number % 2 == 1, keep_together and not last, 0.0)
