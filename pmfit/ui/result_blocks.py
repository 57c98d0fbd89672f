"""The result screen's lists and tables, in the visual language of pmfit.ui.blocks.

* :class:`ItemList` — a real list for assistive technology (the List role, each item a ListItem a reader
  steps onto with Tab), drawn as the PDF draws its lists: each item's lines hang under its words, not under
  its marker, with a bold lead-in where the item has one ("**PMP (PMI)**: the standard certificate ...");
* :func:`lead_of` — where a line's lead-in ends ("Title: the rest" leads with "Title");
* :func:`ladder_table` — a career path's steps as a read-only table (level, experience, what you own,
  certifications), the PDF's table, that Tab enters and the arrows walk.

Words stay plain text: a lead-in is a range of the string set in bold when laid out, never markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from pmfit.render.content import CareerPath
from pmfit.ui.accessible import set_role
from pmfit.ui.blocks import LIST_INDENT, LeadText
from pmfit.ui.chart_block import DataTable
from pmfit.ui.theme import SPACE_ITEM
from pmfit.ui.widgets import reachable_by_tab

MARKER = "•"


def lead_of(line: str, separator: str = ": ") -> int:
    """How many characters of ``line`` lead it in bold: the words before its first ``separator``, when
    they are a short title (at most ~60 characters), else none."""
    at = line.find(separator)
    return at if 0 < at <= 60 else 0


class ItemText(LeadText):
    """One item of a list: its marker painted in its own left margin, so wrapped lines hang under the
    first word; a ListItem for assistive technology, named by its words (the marker is not read)."""

    def __init__(self, text: str, lead: int = 0, marker: str = MARKER) -> None:
        super().__init__(text, lead)
        self.marker = marker
        set_role(self, "ListItem")
        self.setAccessibleName(text)
        reachable_by_tab(self)
        self._indent()

    def _indent(self) -> None:
        self.setContentsMargins(self.fontMetrics().horizontalAdvance(self.marker) + LIST_INDENT, 0, 0, 0)

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        self._indent()  # a larger font widens the marker

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        painter.drawText(QPointF(0, self.fontMetrics().ascent()), self.marker)
        painter.end()


class ItemList(QWidget):
    """A list named ``name``: items tighter within (their lines) than between (SPACE_ITEM)."""

    def __init__(self, name: str, lines: Sequence[str] = (), *, leads: bool = False, object_name: str = ""):
        super().__init__()
        self.setObjectName(object_name)
        set_role(self, "List")
        self.setAccessibleName(name)
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(SPACE_ITEM)
        self.items: list[ItemText] = []
        for line in lines:
            self.add(line, lead_of(line) if leads else 0)

    def add(self, words: str, lead: int = 0) -> ItemText:
        item = ItemText(words, lead)
        self._rows.addWidget(item)
        self.items.append(item)
        return item


class LadderTable(DataTable):
    """A career path's steps as a table: the level and what the step owns take the room, the years are as
    wide as their words, the certifications a quarter; each cell's words from its top, wrapped."""

    SHARES = (0.3, 0.0, 0.45, 0.25)  # of the room the years leave: level, (years), what you own, certificates

    def __init__(self, columns: Sequence[str], rows: Sequence[Sequence[str]], name: str) -> None:
        super().__init__(columns, rows, name)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None:
                    item.setTextAlignment(top_left)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(self.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents if column == 1 else QHeaderView.ResizeMode.Fixed
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(False)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # the columns share the width

    def resizeEvent(self, event: QResizeEvent) -> None:
        years = self.horizontalHeader().sectionSize(1)
        # The new width (the viewport may not have its own yet), less the frame: no room to scroll sideways.
        room = max(event.size().width() - 2 * self.frameWidth() - years - 1, 0)
        for column, share in enumerate(self.SHARES):
            if share:
                self.setColumnWidth(column, int(room * share))
        super().resizeEvent(event)


def ladder_table(path: CareerPath, columns: tuple[str, str, str, str], name: str) -> DataTable:
    """``path``'s steps as a table: level, experience, what you own and the certifications of each step."""
    rows = [
        (step.level, step.years, step.scope, ", ".join(step.certifications) or "–") for step in path.ladder
    ]
    table = LadderTable(columns, rows, name)
    table.setObjectName("ladderSteps")
    return table
