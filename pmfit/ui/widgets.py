"""Building blocks shared by the screens: plain-text labels, headings, a readable column, chart views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

READABLE_WIDTH = 720  # about 70 characters of the system font at 100%


# Startup note: PySide builds the whole Qt namespace (every enum in it, ~13 ms) the first time any of it is
# touched. This module refers to it only as QtCore.Qt inside functions, and the welcome screen is built
# from own_label()/own_heading(), which need none of it, so the first screen paints without paying that.


def own_label(text: str = "") -> QLabel:
    """A wrapping label for pmfit's own fixed words (never bank or user text: use plain_label for those)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _enlarge(label: QLabel, scale: float) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def own_heading(text: str = "", scale: float = 1.4) -> QLabel:
    return _enlarge(own_label(text), scale)


def plain_label(text: str = "", *, wrap: bool = True, object_name: str = "") -> QLabel:
    """A label that shows bank or user text as typed: never interpreted as rich text."""
    label = QLabel()
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def heading(text: str, scale: float = 1.4, *, object_name: str = "") -> QLabel:
    label = _enlarge(plain_label(text, object_name=object_name), scale)
    label.setAccessibleName(text)
    return label


def muted(label: QLabel) -> QLabel:
    label.setForegroundRole(label.foregroundRole())
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def bind_key(scope: QWidget, sequence: str, button: QAbstractButton) -> QShortcut:
    """``sequence`` clicks ``button`` while focus is inside ``scope`` and the button can be used.

    Explicit shortcuts rather than "&" mnemonics: some platforms switch mnemonics off, and a mnemonic
    next to a shortcut on the same key would make both ambiguous. Tooltips name the keys.
    """
    shortcut = QShortcut(QKeySequence(sequence), scope)
    shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: button.click() if button.isVisible() and button.isEnabled() else None)
    return shortcut


class ReadableColumn(QWidget):
    """One centred column of content, at most READABLE_WIDTH wide, as the design asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Stretches either side take what is left once the column has its readable width.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        self.inner = QWidget()
        self.inner.setMaximumWidth(READABLE_WIDTH)
        self.inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        outer.addStretch(1)
        outer.addWidget(self.inner, 100)
        outer.addStretch(1)

    def clear(self) -> None:
        """Remove everything from the column (a screen rebuilt for a new result)."""
        while self.column.count():
            entry = self.column.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.deleteLater()


class ChartView(QWidget):
    """Shows one chart of the shared result painter; the PDF calls the same painter method."""

    def __init__(
        self,
        paint: Callable[[QPainter, QRectF], None],
        height_for_width: Callable[[float], float],
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paint = paint
        self._height_for_width = height_for_width
        self.setAccessibleName(description.splitlines()[0] if description else "chart")
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._height_for_width(float(width)))

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, QRectF(self.rect()))
        painter.end()
