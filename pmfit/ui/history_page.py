"""The history screen: every finished attempt, newest first; Enter opens one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from pmfit.core.store import Attempt
from pmfit.ui.widgets import ReadableColumn, heading, muted, plain_label

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pmfit.core.bank import Bank

ROLE_NAMES = {"product_manager": "Product Manager", "project_manager": "Project Manager"}


def when(iso_time: str) -> str:
    try:
        moment = datetime.fromisoformat(iso_time).astimezone()
    except ValueError:
        return iso_time
    return moment.strftime("%d %b %Y, %H:%M")


class HistoryPage(ReadableColumn):
    open_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.title = heading("", 1.6)
        self.empty = muted(plain_label())
        self.list = QListWidget()
        self.list.setObjectName("historyList")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.column.addWidget(self.title)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.list, 1)
        self.column.addLayout(buttons)
        self.list.itemActivated.connect(self._activated)
        self.list.currentRowChanged.connect(lambda row: self.open_button.setEnabled(row >= 0))
        self.open_button.clicked.connect(self._open_current)
        self.back_button.clicked.connect(self.back_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Past results"))
        self.empty.setText(self.tr("No finished attempts yet. Your results appear here once you finish one."))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show this result (Enter)"))
        self.back_button.setText(self.tr("← &Back"))
        self.back_button.setToolTip(self.tr("Back to the start (Esc)"))

    def set_attempts(self, attempts: list[Attempt], bank: Bank | None) -> None:
        names = dict(ROLE_NAMES)
        if bank is not None:
            names.update({role.id: role.title for role in bank.roles})
        self.list.clear()
        for attempt in attempts:
            verdict = names.get(attempt.lean or "", self.tr("Too close to call"))
            if attempt.label == "not_enough_answers":
                verdict = self.tr("Not enough answers")
            fits = " · ".join(f"{names.get(role, role)} {fit:.0f}" for role, fit in attempt.fits.items())
            item = QListWidgetItem(f"{verdict}\n{when(attempt.finished_at)}  ·  {fits}")
            item.setData(Qt.ItemDataRole.UserRole, attempt.id)
            self.list.addItem(item)
        self.empty.setVisible(not attempts)
        self.list.setVisible(bool(attempts))
        if attempts:
            self.list.setCurrentRow(0)
        self.open_button.setEnabled(bool(attempts))

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._activated(item)
