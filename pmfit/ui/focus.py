"""Where the keyboard is, always visible: a focus ring around the focused widget, kept scrolled into view.

Qt styles draw focus only after a Tab press, thinly, and some widgets (labels, charts) not at all, so the
focus a screen moves itself (to a new question's first answer, to the verdict) was invisible. The ring is a
2-pixel outline in the readable selection colour (3:1 against the window and the fields: WCAG 2.4.7,
1.4.11), drawn just outside the widget by a transparent overlay, so every widget gets the same ring and none
of them has to paint it. When focus moves into a scrolling page the page scrolls to show it (WCAG 2.4.11).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget
from shiboken6 import isValid

from pmfit.ui.palette import focus_color

RING_WIDTH = 2
RING_GAP = 2  # between the widget's edge and the ring: the ring never covers the widget's own border or text
SCROLL_MARGIN = 16  # room kept around a focused widget scrolled into view
# A widget whose property FOCUS_MARK is "bar" shows its focus as an accent bar at its left, not a ring: a
# ring around a paragraph (the result's verdict) makes it look like a text field waiting for input.
FOCUS_MARK = "pmfitFocusMark"
BAR_WIDTH, BAR_REACH = 3, 14  # the bar's width, and how far left of the widget it starts

_MOVES = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ParentChange}


class FocusRing(QWidget):
    """The outline itself: a transparent overlay that only paints its border."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bar = False
        self.hide()

    def surround(self, target: QWidget) -> None:
        host = self.parentWidget()
        if host is None or not target.isVisible():
            self.hide()
            return
        reach = RING_WIDTH + RING_GAP
        self.bar = target.property(FOCUS_MARK) == "bar"
        left = BAR_REACH if self.bar else reach
        where = QRect(target.mapTo(host, QPoint(0, 0)), target.size()).adjusted(-left, -reach, reach, reach)
        self.setGeometry(where)
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.bar:
            reach = RING_WIDTH + RING_GAP
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(focus_color(self.palette()))
            painter.drawRoundedRect(QRectF(0, reach, BAR_WIDTH, self.height() - 2 * reach), 1.5, 1.5)
            painter.end()
            return
        pen = QPen(focus_color(self.palette()))
        pen.setWidthF(RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


class FocusTracker(QObject):
    """Follows the application's keyboard focus: one ring per window (the main one and its dialogs)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target: QWidget | None = None
        self.ring: FocusRing | None = None
        self._rings: dict[int, FocusRing] = {}
        self._watched: list[QWidget] = []
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self.follow(QApplication.focusWidget())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.follow(new)

    def follow(self, widget: QWidget | None) -> None:
        """Put a ring around ``widget`` (None, or a whole window: no ring)."""
        # Either may be gone already: the last question's answers are deleted as the next one shows.
        for watched in self._watched:
            if isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []
        if self.ring is not None and isValid(self.ring):
            self.ring.hide()
        self.target = self.ring = None
        if widget is None or widget.isWindow() or isinstance(widget, FocusRing):
            return
        host = _host(widget)
        ring = self._ring_for(widget.window())
        if ring.parentWidget() is not host:
            ring.setParent(host)
        self.target, self.ring = widget, ring
        _scroll_into_view(widget)
        node: QWidget | None = widget
        while node is not None and node is not host:
            node.installEventFilter(self)
            self._watched.append(node)
            node = node.parentWidget()
        ring.surround(widget)

    def _ring_for(self, window: QWidget) -> FocusRing:
        key = id(window)
        ring = self._rings.get(key)
        if ring is None:
            ring = FocusRing(window)
            self._rings[key] = ring
            # The ring goes with its window (a closed dialog); forget it then.
            window.destroyed.connect(lambda _obj=None, key=key: self._rings.pop(key, None))
        return ring

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ring, target = self.ring, self.target
        if event.type() in _MOVES and ring is not None and target is not None and isValid(ring):
            ring.surround(target)
        return False


def _host(widget: QWidget) -> QWidget:
    """The widget to draw on: the viewport of the nearest scrolling ancestor, else the window."""
    node = widget.parentWidget()
    while node is not None and not node.isWindow():
        parent = node.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is node:
            return node
        node = parent
    return widget.window()


def _scroll_into_view(widget: QWidget) -> None:
    """Scroll every scrolling page around ``widget`` so that it shows (its top, when it is taller)."""
    node = widget.parentWidget()
    while node is not None and not node.isWindow():
        if isinstance(node, QScrollArea):
            content = node.widget()
            if content is not None and content.isAncestorOf(widget):
                node.ensureWidgetVisible(widget, SCROLL_MARGIN, SCROLL_MARGIN)
        node = node.parentWidget()
