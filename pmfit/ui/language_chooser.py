"""The language chooser: a combo box that switches the language only when the person has settled on one.

A closed combo box changes its choice with each arrow key, and Qt reports each as "activated": switching
there would rebuild the screen and its words under the person's fingers while they look for their language
(WCAG 3.2.2, on input). So a choice takes effect on Return or Enter, on leaving the list with Tab, or on a
pick from the open list; the arrows only move through the names. Return with nothing new chosen is the
screen's (start, or resume).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

from pmfit.ui.accessible import announce, set_role

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LanguageChooser(QComboBox):
    chosen = Signal(str)  # a language code, once the person has settled on it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "ComboBox")  # named by its label for assistive technology (pmfit.ui.accessible)
        self._settled = -1  # the index of the language in use
        self.currentIndexChanged.connect(self._moved)

    def _moved(self, index: int) -> None:
        # Orca says nothing when a closed combo box's choice changes: say the name the arrow moved to.
        if index != self._settled and self.hasFocus():
            announce(self, self.itemText(index))

    def show_language(self, code: str) -> None:
        """Show ``code`` as the language in use (without asking to switch to it)."""
        index = max(self.findData(code), 0)
        self.setCurrentIndex(index)
        self._settled = index

    def settle(self) -> None:
        """The choice on show is the one wanted: switch to it, if it is another."""
        index = self.currentIndex()
        if index >= 0 and index != self._settled:
            self._settled = index
            self.setAccessibleDescription("")  # said once; not again each time the list is reached
            self.chosen.emit(str(self.itemData(index)))

    def event(self, event: QEvent) -> bool:
        # Return and Enter switch to a new choice here; with none, they are the screen's (start, resume).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and not self.view().isVisible()
            and self.currentIndex() != self._settled
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and not self.view().isVisible():
            self.settle()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not when its own list opens
            self.settle()

    def hidePopup(self) -> None:
        super().hidePopup()
        self.settle()  # a pick from the open list (closing it with Esc leaves the choice as it was)
