"""The name to print on the PDF, asked when exporting: a small dialog before the Save dialog.

Optional (an empty name prints none), filled with the name given last time, and quick to pass: Enter goes
on with what is in the field, Esc cancels the export. Built on pmfit.ui.dialogs, so it says what it asks
as a bold heading and names its buttons by what they do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QWidget

from pmfit.ui.accessible import set_role
from pmfit.ui.dialogs import MessageDialog
from pmfit.ui.theme import PRIMARY
from pmfit.ui.widgets import plain_label

MAX_NAME = 200  # characters: a name, not a paragraph (the PDF cuts a long one after three lines)


class NameDialog(MessageDialog):
    """Asks the name for the PDF; ``on_name`` gets it (stripped, maybe empty) when the person goes on."""

    def __init__(self, parent: QWidget | None, name: str, on_name: Callable[[str], None]) -> None:
        super().__init__(
            parent,
            self.tr("Your name on the PDF"),
            self.tr("Optional: it is printed under the summary's title. Leave it empty for none."),
        )
        self.setObjectName("nameDialog")
        set_role(self, "Dialog")  # a form to fill in, not an alert
        self.edit = QLineEdit(name)
        self.edit.setObjectName("nameEdit")
        self.edit.setMaxLength(MAX_NAME)
        self.edit.setClearButtonEnabled(True)
        self.edit.selectAll()
        self.label = plain_label(self.tr("Name (optional):"), wrap=False, object_name="nameLabel")
        self.label.setBuddy(self.edit)
        self.edit.setAccessibleName(self.tr("Your name on the PDF (optional)"))
        layout = self.layout()
        assert layout is not None
        at = layout.indexOf(self.buttons)
        layout.insertWidget(at - 1, self.label)  # type: ignore[attr-defined]
        layout.insertWidget(at, self.edit)  # type: ignore[attr-defined]
        self.go_on: QPushButton = self.add_button(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole, PRIMARY
        )
        self.go_on.setObjectName("continueButton")
        cancel = self.add_button(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        self.go_on.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.go_on.setDefault(True)  # Enter in the field goes on
        self.accepted.connect(lambda: on_name(self.edit.text().strip()))

    def open(self) -> None:
        super().open()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)  # ready to type, or to press Enter
