"""A chart on screen with its text alternatives: a named, focusable chart and a table a keyboard reaches.

The chart is painted by the shared painters (pmfit.render; the PDF calls the same ones). For someone who
cannot see it, it has the Chart role, a name of its own and its numbers in words as its description; under
it, "Show as table" opens the same numbers as a read-only table that Tab reaches and arrows walk through
(WCAG 1.1.1, 1.3.1, 4.1.2).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmfit.ui.theme import FLAT, SPACE_TIGHT, set_button_role

OPEN, CLOSED = "▾", "▸"  # a disclosure's triangle: open (the table shows), closed


class ChartView(QWidget):
    """Shows one chart of the shared result painter; the PDF calls the same painter method."""

    ACCESSIBLE_ROLE = "Chart"

    def __init__(
        self,
        paint: Callable[[QPainter, QRectF], None],
        height_for_width: Callable[[float], float],
        name: str,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paint = paint
        self._height_for_width = height_for_width
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        # Tab stops here, so a screen reader reads the chart's name and its numbers in words.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._height_for_width(float(width)))

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        # The layout asks heightForWidth() at the width it gives; this only bounds the width.
        return QSize(240, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(painter, QRectF(self.rect()))
        painter.end()


class DataTable(QTableWidget):
    """A chart's numbers as a read-only table, as tall as its rows (the page scrolls, not the table).

    Tab enters and leaves it like any other control; the arrow keys move from cell to cell.
    """

    def __init__(self, columns: Sequence[str], rows: Sequence[Sequence[str]], name: str) -> None:
        super().__init__(len(rows), len(columns))
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(list(columns))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.setItem(r, c, QTableWidgetItem(text))  # item text is always plain text
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if rows:  # the arrows start from the first cell; nothing looks selected before they are used
            self.selectionModel().setCurrentIndex(
                self.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._fit_height()

    def _fit_height(self) -> None:
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        scroll = self.horizontalScrollBar()
        extra = scroll.sizeHint().height() if scroll.maximum() > 0 else 0
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth() + extra)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # rows wrap differently at a new width

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.height())


class ChartBlock(QWidget):
    """A chart, a "Show as table" button under it, and the table it opens."""

    def __init__(self, chart: ChartView, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        super().__init__()
        self.chart = chart
        name = chart.accessibleName()
        self.table = DataTable(columns, rows, self.tr("{0}, as a table").format(name))
        self.table.setObjectName(f"{chart.objectName()}Table")
        self.table.hide()
        # A light disclosure, not a push button: a flat button whose triangle says open or closed, checked
        # while the table shows (assistive technology hears the state as well as the name).
        self.toggle = QPushButton()
        self.toggle.setObjectName(f"{chart.objectName()}Toggle")
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setCheckable(True)
        set_button_role(self.toggle, FLAT)
        self.toggle.clicked.connect(self._toggle)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE_TIGHT)
        layout.addWidget(chart)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self._name = name
        self._show_state()

    def _toggle(self) -> None:
        self.table.setHidden(not self.table.isHidden())
        self._show_state()

    def _show_state(self) -> None:
        # A disclosure: its words stay, its triangle and its checked state say whether the table is open, so
        # a screen reader hears "Show as table: …, checked" (not "Hide the table, checked", which sounds like
        # hiding is on), and the name holds the visible words.
        shown = not self.table.isHidden()
        self.toggle.setChecked(shown)
        words = self.tr("Show as table")
        self.toggle.setText(f"{OPEN if shown else CLOSED}  {words}")
        self.toggle.setAccessibleName(self.tr("Show as table: {0}").format(self._name))

    def tab_order(self) -> list[QWidget]:
        """The block's stops in reading order: the chart, its button, its table."""
        return [self.chart, self.toggle, self.table]
