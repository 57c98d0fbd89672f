"""The building blocks of pmfit's visual language (pmfit.ui.theme), as the PDF summary sets them.

* :func:`small_caps` — the label over a title ("PAST RESULTS"), small, bold, spaced capitals;
* :func:`title` — a screen's title, :data:`~pmfit.ui.theme.TITLE` times the body text, a heading;
* :func:`meta_line` — the quiet line of facts under a title (name · date · answers);
* :class:`SectionHeading` — a section's heading over a hairline rule;
* :class:`BulletList` — a real list: each item's lines hang under its first word, not under its marker,
  with a bold lead-in where the item has one (:class:`LeadText`);
* :class:`NoteBox` — a note in a frame (the PDF's disclaimer box);
* :class:`Rule` — a hairline.

Words from the bank or from a person stay plain text (never markup): a bold lead-in is a range of the plain
string, set in bold when it is laid out (as the PDF does), never ``<b>`` in a label.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from pmfit.ui.theme import CAPTION, SECTION, SPACE_ITEM, SPACE_TIGHT, TITLE, colors, label_font, scaled
from pmfit.ui.widgets import Heading, heading, muted, plain_label, reachable_by_tab

LIST_INDENT = 14  # from a list's marker column to its items' words, beyond the widest marker


def small_caps(text: str = "", *, object_name: str = "") -> QLabel:
    """The small-caps label over a title, in the secondary text colour (still 4.5:1)."""
    label = muted(plain_label(text, object_name=object_name))
    label.setFont(label_font(label.font()))
    return label


def title(text: str = "", *, object_name: str = "") -> Heading:
    """A screen's title: a heading at the title size, of level 1 (the screen's first)."""
    return heading(text, TITLE, level=1, object_name=object_name)


def meta_line(parts: Sequence[str] = (), *, object_name: str = "") -> QLabel:
    """The facts under a title, quiet and small: "Attempt 3 · 6 December 2026, 14:32 · 72 of 72 answered"."""
    label = muted(plain_label(" · ".join(p for p in parts if p), object_name=object_name))
    label.setFont(scaled(label.font(), CAPTION))
    return label


class Rule(QWidget):
    """A hairline across the column, in the palette's rule colour (a decoration: not a Tab stop)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), colors(self.palette()).rule)
        painter.end()


class SectionHeading(QWidget):
    """A section's heading (a Heading for assistive technology, named by its words) over a hairline."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent)
        self.label = heading(text, SECTION, level=2, object_name=object_name)
        self.rule = Rule()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE_TIGHT)
        layout.addWidget(self.label)
        layout.addWidget(self.rule)

    def setText(self, text: str) -> None:
        self.label.setText(text)


class LeadText(QLabel):
    """Plain words that wrap, the first ``lead`` characters in bold: "**Market research**: 40 → 75".

    A label as far as Qt and assistive technology know (its text is the whole plain string, read as
    written); it lays its words out itself, so the bold part is measured and never cut off."""

    def __init__(self, text: str = "", lead: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)
        self.lead = max(0, min(lead, len(text)))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _laid_out(self, width: float) -> tuple[QTextLayout, float, float]:
        """The words laid out ``width`` wide: the layout, its height and its widest line."""
        layout = QTextLayout(self.text(), self.font())
        if self.lead:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = 0, self.lead, bold
            layout.setFormats([span])
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height = widest = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, height))
            height += line.height()
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        return layout, height, widest

    def _inner_width(self, width: int) -> float:
        margins = self.contentsMargins()
        return float(width - margins.left() - margins.right() - 2 * self.margin())

    def _extra_height(self) -> int:
        margins = self.contentsMargins()
        return margins.top() + margins.bottom() + 2 * self.margin()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(self._laid_out(self._inner_width(width))[1]) + self._extra_height()

    def sizeHint(self) -> QSize:
        natural = math.ceil(self._laid_out(100_000)[2]) + self._extra_height()
        width = min(natural, 60 * self.fontMetrics().averageCharWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(8 * self.fontMetrics().averageCharWidth(), self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        layout, _height, _widest = self._laid_out(self._inner_width(self.width()))
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        layout.draw(painter, QPointF(rect.left() + self.margin(), rect.top() + self.margin()))
        painter.end()


class BulletList(QWidget):
    """A list whose items' lines hang under their words, each after its marker ("•", or a mark of its own
    such as "▲"), tighter within an item than between items; an item may lead with bold words."""

    def __init__(self, items: Sequence[tuple[str, str, int]] = (), parent: QWidget | None = None) -> None:
        """``items``: (marker, words, length of the bold lead-in) for each item."""
        super().__init__(parent)
        self.texts: list[LeadText] = []
        self.markers: list[QLabel] = []
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(SPACE_ITEM)
        for marker, words, lead in items:
            self.add(words, lead, marker)

    def add(self, words: str, lead: int = 0, marker: str = "•") -> LeadText:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        mark = plain_label(marker, wrap=False)
        mark.setAccessibleName("")  # the words carry the item; a marker read aloud ("bullet") adds nothing
        mark.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text = LeadText(words, lead)
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        self._rows.addLayout(row)
        self.markers.append(mark)
        self.texts.append(text)
        reachable_by_tab(text)
        self._align_markers()
        return text

    def _align_markers(self) -> None:
        """Every item's words start at the same place, past the widest marker."""
        widest = max(mark.sizeHint().width() for mark in self.markers)
        for mark in self.markers:
            mark.setFixedWidth(widest + LIST_INDENT)

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        if self.markers:
            self._align_markers()  # a new font (larger text) widens the markers


class NoteBox(QFrame):
    """A note set apart in a frame, as the PDF boxes its disclaimer: plain words on a quiet fill."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, object_name: str = "") -> None:
        super().__init__(parent)
        self.label = plain_label(text, object_name=object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colors(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(c.note_edge)
        painter.setBrush(c.note)
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 6, 6)
        painter.end()
