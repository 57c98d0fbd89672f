"""Dialogs that say what they ask: the question as a bold heading in the dialog itself, verbs on the buttons.

GNOME shows no title on a dialog attached to its window, so a question kept in the title is never seen;
here it is the dialog's first line, in bold, and its title too for desktops that show one. The buttons
name what they do ("Delete result", "Cancel"), never Yes and No; the one that loses something is drawn in
the destructive style (pmfit.ui.theme), and the safe one is the default and has focus, so Enter, Esc and
a careless click all keep things as they are.

For assistive technology a dialog is an alert named by its question and described by its words, so a
screen reader reads the whole of it as it opens (and the focused button after it).

Dialogs open without blocking (``open()``); the caller connects to ``accepted`` / ``finished``. Words from
the bank, a person or a file path are plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from pmfit.ui.accessible import set_role
from pmfit.ui.theme import DESTRUCTIVE, PRIMARY, SECTION, SPACE_GROUP, SPACE_ITEM, set_button_role
from pmfit.ui.widgets import heading, plain_label

MIN_WIDTH, MAX_WIDTH = 360, 560  # pixels at the system font; the words wrap within


class MessageDialog(QDialog):
    """A question or a notice: a bold heading, its words, and buttons named by what they do.

    ``text()`` gives the heading and the words together, as the dialog reads."""

    def __init__(self, parent: QWidget | None, heading_text: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading_text or "pmfit")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        set_role(self, "AlertMessage")
        self.setAccessibleName(heading_text)  # its words are its label's: a screen reader reads them once
        self.heading = heading(heading_text, SECTION, level=1, object_name="dialogHeading")
        self.body = plain_label(text, object_name="dialogText")
        self.body.setVisible(bool(text))
        self.buttons = QDialogButtonBox()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_GROUP + 6, SPACE_GROUP, SPACE_GROUP + 6, SPACE_GROUP)
        layout.setSpacing(SPACE_ITEM)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addSpacing(SPACE_GROUP - SPACE_ITEM)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(MIN_WIDTH)
        self.setMaximumWidth(max(MAX_WIDTH, self.fontMetrics().averageCharWidth() * 60))

    def open(self) -> None:
        self.fit()
        super().open()
        self.activateWindow()  # the keyboard goes to the question (its default button), not the window below
        default = next(
            (b for b in self.buttons.buttons() if isinstance(b, QPushButton) and b.isDefault()), None
        )
        if default is not None:
            default.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit(self) -> None:
        """As tall as its words need at its width: Qt sizes a dialog by its words on one line, and wrapped
        words (large text, a long language) would be cut off at the bottom."""
        layout = self.layout()
        if layout is None:
            return
        width = min(max(self.sizeHint().width(), self.minimumWidth()), self.maximumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        self.setMinimumHeight(height)
        self.resize(width, height)

    def text(self) -> str:
        return f"{self.heading.text()}\n\n{self.body.text()}" if self.body.text() else self.heading.text()

    def add_button(self, words: str, role: QDialogButtonBox.ButtonRole, look: str = "") -> QPushButton:
        button = self.buttons.addButton(words, role)
        assert isinstance(button, QPushButton)
        button.setAutoDefault(False)
        if look:
            set_button_role(button, look)
        return button

    def make_default(self, button: QPushButton) -> None:
        """``button`` answers Enter and has focus when the dialog opens."""
        button.setDefault(True)
        button.setFocus(Qt.FocusReason.OtherFocusReason)


class QuestionDialog(MessageDialog):
    """A question with two answers: ``yes_button`` does the step (accepts), ``no_button`` keeps things as
    they are (rejects; the default)."""

    yes_button: QPushButton
    no_button: QPushButton


def question_dialog(
    parent: QWidget, question: str, text: str, yes: str, no: str, *, destructive: bool = True
) -> QuestionDialog:
    """Ask ``question``; ``yes`` (accepts, destructive unless told) and ``no`` (rejects: the default)."""
    dialog = QuestionDialog(parent, question, text)
    dialog.setObjectName("confirmBox")
    role = (
        QDialogButtonBox.ButtonRole.DestructiveRole if destructive else QDialogButtonBox.ButtonRole.AcceptRole
    )
    dialog.yes_button = dialog.add_button(yes, role, DESTRUCTIVE if destructive else PRIMARY)
    dialog.yes_button.setObjectName("yesButton")
    dialog.no_button = dialog.add_button(no, QDialogButtonBox.ButtonRole.RejectRole)
    dialog.no_button.setObjectName("noButton")
    dialog.yes_button.clicked.connect(dialog.accept)
    dialog.no_button.clicked.connect(dialog.reject)
    dialog.make_default(dialog.no_button)
    return dialog


def notice_dialog(parent: QWidget, title: str, text: str, close: str) -> MessageDialog:
    """Tell something that needs reading before going on (a warning): one button, ``close``."""
    dialog = MessageDialog(parent, title, text)
    dialog.setObjectName("notice")
    button = dialog.add_button(close, QDialogButtonBox.ButtonRole.AcceptRole, PRIMARY)
    button.setObjectName("closeButton")
    button.clicked.connect(dialog.accept)
    dialog.make_default(button)
    return dialog
