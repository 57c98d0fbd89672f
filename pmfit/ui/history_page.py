"""The history screen: every finished attempt, newest first, read at a glance; Enter opens one.

Each row says which attempt it is (numbered from the first), when it was finished (date and time), the
verdict in bold and a small split bar of the two fits (pmfit.render.split), with the fits in words. Under
the list: Open (the screen's primary action), "Compare with…" (choose the other attempt from a menu),
and, set apart, Delete in the destructive style. Selecting two rows with Ctrl or Shift and pressing
Alt+C still compares them at once.

Selection and focus look different: a selected row gets a tint and an accent bar at its side; keyboard
focus is the ring around the list (pmfit.ui.focus).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmfit.render import RenderStyle
from pmfit.render.history import attempt_numbers, attempt_summary
from pmfit.render.split import paint_split_bar
from pmfit.ui.blocks import meta_line, title
from pmfit.ui.palette import MUTED_MIX, TEXT_RATIO, mix, readable
from pmfit.ui.theme import (
    CAPTION,
    DESTRUCTIVE,
    FLAT,
    PRIMARY,
    SPACE_GROUP,
    SPACE_ITEM,
    colors,
    scaled,
    set_button_role,
)
from pmfit.ui.view import HistoryScreen
from pmfit.ui.widgets import ReadableColumn, bind_key, muted, plain_label

ROW = Qt.ItemDataRole.UserRole + 1  # the item's AttemptRow
VERDICT_SCALE = 1.15
PAD_X, PAD_Y, LINE_GAP = 14, 10, 2
MARK_WIDTH = 4  # the accent bar at the side of a selected row

translate = QCoreApplication.translate


class AttemptRow(NamedTuple):
    """One attempt as its row shows it."""

    attempt_id: int
    number: int
    when: str  # '6 December 2026, 14:32'
    verdict: str
    fits_text: str  # 'Product Manager 66 · Project Manager 27'
    fits: dict[str, float | None]

    def heading(self) -> str:
        return translate("HistoryPage", "Attempt {0} · {1}").format(self.number, self.when)

    def spoken(self) -> str:
        """The row in one sentence, as assistive technology reads it."""
        return translate("HistoryPage", "Attempt {0}, {1}: {2}. {3}.").format(
            self.number, self.when, self.verdict, self.fits_text
        )


class AttemptDelegate(QStyledItemDelegate):
    """Paints an attempt's row: its number and time, the verdict in bold, the fits, the split bar."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    # -------------------------------------------------------------------------------- measuring

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        font = self.view.font()
        return scaled(font, CAPTION), scaled(font, VERDICT_SCALE, bold=True), font

    def _bar_width(self, width: int) -> int:
        return max(48, min(140, width // 5))

    def _text_width(self, width: int) -> int:
        return max(60, width - 2 * PAD_X - MARK_WIDTH - self._bar_width(width) - 2 * PAD_X)

    def _lines(self, row: AttemptRow) -> tuple[tuple[QFont, str], ...]:
        caption, verdict, body = self._fonts()
        return ((caption, row.heading()), (verdict, row.verdict), (body, row.fits_text))

    def _heights(self, row: AttemptRow, width: int) -> list[int]:
        flags = int(Qt.TextFlag.TextWordWrap.value)
        box = QRect(0, 0, self._text_width(width), 100_000)
        return [QFontMetrics(font).boundingRect(box, flags, text).height() for font, text in self._lines(row)]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(ROW)
        width = self.view.viewport().width()
        if not isinstance(row, AttemptRow):
            return super().sizeHint(option, index)
        heights = self._heights(row, width)
        return QSize(width, sum(heights) + LINE_GAP * (len(heights) - 1) + 2 * PAD_Y + 1)

    # --------------------------------------------------------------------------------- painting

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(ROW)
        if not isinstance(row, AttemptRow):
            super().paint(painter, option, index)
            return
        palette = option.palette
        c = colors(palette)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        fill = row_fill(palette, selected, hovered)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, fill)
        if selected:  # the selection shows by its mark, not by its tint alone
            painter.fillRect(QRect(rect.left(), rect.top(), MARK_WIDTH, rect.height() - 1), c.accent_mark)
        if index.row() < self.view.count() - 1:
            painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), c.rule)
        words = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
        soft = readable(mix(words, fill, MUTED_MIX), fill, TEXT_RATIO)
        flags = int(Qt.TextFlag.TextWordWrap.value) | int(Qt.AlignmentFlag.AlignLeft.value)
        heights = self._heights(row, rect.width())
        left = rect.left() + MARK_WIDTH + PAD_X
        y = rect.top() + PAD_Y
        for (font, text), height, color in zip(self._lines(row), heights, (soft, words, soft), strict=True):
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(QRect(left, y, self._text_width(rect.width()), height), flags, text)
            y += height + LINE_GAP
        paint_split_bar(painter, self.bar_rect(rect), row.fits, RenderStyle.from_palette(palette))
        painter.restore()

    def bar_rect(self, rect: QRect) -> QRectF:
        """Where a row painted in ``rect`` has its split bar: at its right, centred on its height."""
        width = self._bar_width(rect.width())
        height = max(8, QFontMetrics(self._fonts()[2]).height() // 2)
        return QRectF(rect.right() - PAD_X - width, rect.center().y() - height / 2, width, height)


def row_fill(palette: QPalette, selected: bool, hovered: bool) -> QColor:
    """A row's background: the window's colour, tinted with the accent when selected."""
    c = colors(palette)
    if selected:
        return mix(c.window, c.accent_mark, 0.16)
    if hovered:
        return mix(c.window, c.text, 0.04)
    return c.window


class AttemptList(QListWidget):
    """The list of attempts, no taller than its rows (so the buttons sit right under them, and the focus
    ring hugs the rows); it scrolls once there are more than the window shows."""

    def _rows_height(self) -> int:
        return sum(self.sizeHintForRow(row) for row in range(self.count())) + 2 * self.frameWidth()

    def fit_height(self) -> None:
        self.setMaximumHeight(max(self._rows_height(), 1))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._rows_height())

    def minimumSizeHint(self) -> QSize:
        first = self.sizeHintForRow(0) if self.count() else 0
        return QSize(super().minimumSizeHint().width(), min(self._rows_height(), max(first, 60)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()  # the rows wrap differently at a new width


class CompareMenu(QMenu):
    """The menu of attempts to compare with, which a lone Alt key does not close.

    Qt's menus close on Alt. Alt+C opens this one, and with a screen reader running the key events reach
    the app late (Qt's AT-SPI bridge waits for the reader before passing each one on), so the Alt of Alt+C
    arrived after the menu had opened and closed it at once: Orca said nothing, and the next arrow key
    moved the list. Esc still closes it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta):
            event.accept()
            return
        super().keyPressEvent(event)


class HistoryPage(ReadableColumn):
    open_requested = Signal(int)
    back_requested = Signal()
    compare_requested = Signal(int, int)  # older attempt id, newer attempt id
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.column.setSpacing(SPACE_ITEM)
        self.title = title()
        self.summary = meta_line(object_name="historySummary")
        self.empty = muted(plain_label())
        self.rows: list[AttemptRow] = []
        self.list = AttemptList()
        self.list.setObjectName("historyList")
        self.list.setItemDelegate(AttemptDelegate(self.list))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSpacing(0)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setMouseTracking(True)
        self.list.viewport().setAutoFillBackground(False)
        self.list.setAutoFillBackground(False)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        set_button_role(self.open_button, PRIMARY)
        self.compare_button = QPushButton()
        self.compare_button.setObjectName("compareButton")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteButton")
        set_button_role(self.delete_button, DESTRUCTIVE)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        set_button_role(self.back_button, FLAT)
        self.compare_menu = CompareMenu(self)
        self.compare_menu.setObjectName("compareMenu")
        actions = QHBoxLayout()
        actions.setSpacing(SPACE_ITEM)
        actions.addWidget(self.open_button)
        actions.addWidget(self.compare_button)
        actions.addStretch(1)
        actions.addSpacing(SPACE_GROUP)  # Delete is set apart from what a person means to do
        actions.addWidget(self.delete_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        self.column.addWidget(self.title)
        self.column.addWidget(self.summary)
        self.column.addSpacing(SPACE_ITEM)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.list)
        self.column.addSpacing(SPACE_ITEM)
        self.column.addLayout(actions)
        self.column.addSpacing(SPACE_GROUP)
        self.column.addLayout(bottom)
        self.column.addStretch(1)
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
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected result after asking (Del)"))
        self.compare_menu.setTitle(self.tr("Compare with"))
        self._show_counts()
        self._update_buttons()

    def _show_counts(self) -> None:
        count = len(self.rows)
        self.summary.setText(self.tr("%n finished attempt(s), newest first", "", count) if count else "")
        self.summary.setVisible(bool(count))

    def show_screen(self, screen: HistoryScreen) -> None:
        attempts = screen.attempts
        names = screen.role_titles
        numbers = attempt_numbers([attempt.id for attempt in attempts])
        self.rows = []
        self.list.clear()
        for attempt in attempts:
            said = attempt_summary(attempt, names, attempt.sheet.form)
            row = AttemptRow(
                attempt.id,
                numbers[attempt.id],
                f"{said.when} · {said.form}" if said.form else said.when,  # a quick form says so
                said.verdict,
                said.fits_text(" · "),
                {role: fit for role, fit in attempt.fits.items()},
            )
            self.rows.append(row)
            item = QListWidgetItem(row.spoken())
            item.setData(Qt.ItemDataRole.UserRole, attempt.id)
            item.setData(ROW, row)
            self.list.addItem(item)
        self.empty.setVisible(not attempts)
        self.list.setVisible(bool(attempts))
        if attempts:
            self.list.setCurrentRow(0)
        self.list.fit_height()
        self._show_counts()
        self._update_buttons()

    # --------------------------------------------------------------------------------- choosing

    def _selected_rows(self) -> list[int]:
        return sorted(self.list.row(item) for item in self.list.selectedItems())

    def _id_at(self, row: int) -> int:
        return int(self.list.item(row).data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        rows = self._selected_rows()
        single = len(rows) == 1
        self.open_button.setEnabled(single)
        self.delete_button.setEnabled(single)
        two = len(rows) == 2
        self.compare_button.setEnabled(two or (single and self.list.count() > 1))
        self.compare_button.setVisible(self.list.count() > 1)
        if two:
            self.compare_button.setText(self.tr("Compare these two"))
            self.compare_button.setToolTip(self.tr("Compare the two selected results (Alt+C)"))
        else:
            self.compare_button.setText(self.tr("Compare with…"))
            self.compare_button.setToolTip(
                self.tr("Choose another result to compare this one with (Alt+C); or select two with Ctrl")
            )

    def _compare(self) -> None:
        rows = self._selected_rows()
        if len(rows) == 2:  # newest first: the lower row is the older attempt
            self.compare_requested.emit(self._id_at(rows[1]), self._id_at(rows[0]))
        elif len(rows) == 1:
            self._offer_others(rows[0])

    def _offer_others(self, row: int) -> None:
        """A menu of the other attempts under the button; choosing one compares the two."""
        menu = self.compare_menu
        menu.clear()
        chosen = self.rows[row]
        for other_row, other in enumerate(self.rows):
            if other_row == row:
                continue
            words = self.tr("Attempt {0} · {1} · {2}").format(other.number, other.when, other.verdict)
            action = menu.addAction(words)
            older, newer = (other, chosen) if other_row > row else (chosen, other)
            action.triggered.connect(
                lambda _checked=False, o=older.attempt_id, n=newer.attempt_id: self.compare_requested.emit(
                    o, n
                )
            )
        menu.popup(self.compare_button.mapToGlobal(QPoint(0, self.compare_button.height())))
        # The first attempt is the active one as the menu opens: a screen reader says it at once (a menu
        # with nothing active opened silently), and Return takes it.
        if menu.actions():
            menu.setActiveAction(menu.actions()[0])

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
