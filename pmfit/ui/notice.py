"""A notice in the window that does not block: "PDF saved", with "Open folder" and a close button.

It sits at the top of the window, above the screen on show (which moves down to make room rather than
being covered), in a frame, until the person closes it (the ×, or Esc while the keyboard is in it); it
never goes away on a timer, so nobody has to read against the clock (WCAG 2.2.1). When it opens, focus
moves to its action (it answers what the person just did), and a screen reader hears it: it is an alert
named by its words, and Qt is asked to announce them. Closing it gives focus back to where it was.

A file path in it wraps only after a "/" (never inside a folder's or a file's name): the words are shown
with an invisible break after each separator, and read without them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pmfit.ui.accessible import set_role
from pmfit.ui.theme import FLAT, RADIUS, SPACE_ITEM, SPACE_TIGHT, colors, set_button_role, set_type
from pmfit.ui.widgets import plain_label

BREAK = "\u200b"  # zero width space: a place a line may break; invisible
JOIN = "\u2060"  # word joiner: no line break here; invisible
SEPARATORS = ("/", "\\")
MARGIN = 12  # around the notice, inside the window


def breakable(text: str) -> str:
    """``text`` with each path in it (a word holding a separator) breakable only after a separator: never
    at a hyphen in a file's name ("pmfit-result-…"), as a line would otherwise break there."""
    words = []
    for word in text.split(" "):
        if any(separator in word for separator in SEPARATORS):
            word = word.replace("-", "-" + JOIN)
            for separator in SEPARATORS:
                word = word.replace(separator, separator + BREAK)
        words.append(word)
    return " ".join(words)


class Notice(QFrame):
    """The banner itself; the window lays it out above its screens and shows one message at a time."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        set_role(self, "AlertMessage")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # as tall as its words need at the window's width (large text)
        self.setSizePolicy(policy)
        self.heading = plain_label(object_name="noticeHeading")
        set_type(self.heading, 1.0, bold=True)
        self.text = plain_label(object_name="noticeText")
        # Not selectable: a copied path would carry the invisible breaks; "Open folder" shows where it is.
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.action = QPushButton()
        self.action.setObjectName("noticeAction")
        self.close_button = QPushButton("×")
        self.close_button.setObjectName("noticeClose")
        set_button_role(self.close_button, FLAT)
        words = QVBoxLayout()
        words.setSpacing(SPACE_TIGHT)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        self.setContentsMargins(MARGIN, MARGIN, MARGIN, 0)  # off the window's edges; the box is drawn inside
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 8, 10)
        row.setSpacing(SPACE_ITEM)
        row.addLayout(words, 1)
        row.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.close_button.clicked.connect(self.dismiss)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.dismiss)
        self._run: Callable[[], None] | None = None
        self._return_to: QWidget | None = None
        self.action.clicked.connect(self._act)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setAccessibleName(self.tr("Close the notice"))
        self.close_button.setToolTip(self.tr("Close the notice (Esc)"))

    def show_message(self, heading: str, text: str, action: tuple[str, Callable[[], None]] | None) -> None:
        """Show ``heading`` and ``text`` (plain), with a button for ``action`` (its words, what it does)."""
        self.heading.setText(heading)
        self.text.setText(breakable(text))
        self.text.setAccessibleName(text)
        self.text.setVisible(bool(text))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)
        self._run = action[1] if action else None
        self.action.setText(action[0] if action else "")
        self.action.setVisible(action is not None)
        before = QApplication.focusWidget()
        if before is not None and not self.isAncestorOf(before):
            self._return_to = before
        self.show()
        (self.action if action else self.close_button).setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, f"{heading}. {text}" if text else heading)

    def _act(self) -> None:
        if self._run is not None:
            self._run()

    def dismiss(self) -> None:
        """Close the notice and give focus back to where it was before."""
        if not self.isVisible():
            return
        self.hide()
        back = self._return_to
        self._return_to = None
        if back is not None and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = colors(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(c.note_edge)
        painter.setBrush(c.note if c.note.rgba() != c.window.rgba() else c.button)
        painter.drawRoundedRect(self.contentsRect().adjusted(0, 0, -1, -1), RADIUS, RADIUS)
        painter.end()


def announce(widget: QWidget, words: str) -> None:
    """Ask screen readers to say ``words`` now (Qt's announcement; a polite one: after what is being said)."""
    event = QAccessibleAnnouncementEvent(widget, words)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
