"""The history screen: every finished attempt, newest first; Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from pmfit.render.history import attempt_summary
from pmfit.ui.view import HistoryScreen
from pmfit.ui.widgets import ReadableColumn, bind_key, heading, muted, plain_label


class HistoryPage(ReadableColumn):
    open_requested = Signal(int)
    back_requested = Signal()
    compare_requested = Signal(int, int)  # older attempt id, newer attempt id
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.title = heading("", 1.6, level=1)
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
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        self.hint = muted(plain_label())
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.open_button)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.column.addWidget(self.title)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.list, 1)
        self.column.addWidget(self.hint)
        self.column.addLayout(buttons)
        self.list.itemActivated.connect(self._activated)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._open_current)
        self.back_button.clicked.connect(self.back_requested)
        self.compare_button.clicked.connect(self._compare)
        self.delete_button.clicked.connect(self._delete)
        bind_key(self, "Del", self.delete_button)
        bind_key(self, "Alt+C", self.compare_button)
        bind_key(self, "Alt+O", self.open_button)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Past results"))
        self.list.setAccessibleName(self.tr("Your finished attempts, newest first"))
        self.empty.setText(self.tr("No finished attempts yet. Your results appear here once you finish one."))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show this result (Enter or Alt+O)"))
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the start (Esc)"))
        self.compare_button.setText(self.tr("Compare"))
        self.compare_button.setToolTip(
            self.tr("Compare the two selected results, or the selected one with the one before it (Alt+C)")
        )
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected result after asking (Del)"))
        self.hint.setText(self.tr("Select two results with Ctrl or Shift to compare them."))

    def show_screen(self, screen: HistoryScreen) -> None:
        attempts = screen.attempts
        names = screen.role_titles
        self.list.clear()
        for attempt in attempts:
            said = attempt_summary(attempt, names, attempt.sheet.form)
            facts = "  ·  ".join(part for part in (said.when, said.form, said.fits_text(" · ")) if part)
            item = QListWidgetItem(f"{said.verdict}\n{facts}")
            item.setData(Qt.ItemDataRole.UserRole, attempt.id)
            self.list.addItem(item)
        self.empty.setVisible(not attempts)
        self.list.setVisible(bool(attempts))
        self.hint.setVisible(len(attempts) > 1)
        if attempts:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _selected_rows(self) -> list[int]:
        return sorted(self.list.row(item) for item in self.list.selectedItems())

    def _id_at(self, row: int) -> int:
        return int(self.list.item(row).data(Qt.ItemDataRole.UserRole))

    def _pair(self) -> tuple[int, int] | None:
        """(older id, newer id) to compare: two selected rows, or one and the row below it (older)."""
        rows = self._selected_rows()
        if len(rows) == 2:
            return self._id_at(rows[1]), self._id_at(rows[0])
        if len(rows) == 1 and rows[0] + 1 < self.list.count():
            return self._id_at(rows[0] + 1), self._id_at(rows[0])
        return None

    def _update_buttons(self) -> None:
        rows = self._selected_rows()
        self.open_button.setEnabled(len(rows) == 1)
        self.delete_button.setEnabled(len(rows) == 1)
        self.compare_button.setEnabled(self._pair() is not None)

    def _compare(self) -> None:
        pair = self._pair()
        if pair is not None:
            self.compare_requested.emit(*pair)

    def _delete(self) -> None:
        rows = self._selected_rows()
        if len(rows) == 1:
            self.delete_requested.emit(self._id_at(rows[0]))

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._activated(item)
