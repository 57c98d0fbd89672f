"""Two attempts compared: the verdict then and now, and what changed per responsibility."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from pmfit.core.bank import Bank
from pmfit.core.compare import Snapshot
from pmfit.render import RenderStyle
from pmfit.render.compare import ComparePainter
from pmfit.render.words import moment, scale_change
from pmfit.ui.view import CompareScreen
from pmfit.ui.widgets import ChartView, ReadableColumn, heading, muted, plain_label


class ComparePage(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePage")
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content = ReadableColumn()
        self.scroll_area.setWidget(self.content)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 8, 24, 16)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(bar)
        self.back_button.clicked.connect(self.back_requested)
        escape = QShortcut(QKeySequence("Esc"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.painter: ComparePainter | None = None
        self.back_button.setText(self.tr("← Back to past results"))
        self.back_button.setToolTip(self.tr("Esc"))

    def _verdict_words(self, bank: Bank, snapshot: Snapshot) -> str:
        if snapshot.label == "not_enough_answers":
            verdict = self.tr("not enough answers")
        elif snapshot.lean is None:
            verdict = self.tr("too close to call")
        else:
            verdict = bank.role_by_id[snapshot.lean].title
        fits = ", ".join(
            f"{bank.role_by_id[role].title} {fit:.0f}"
            for role, fit in snapshot.fits.items()
            if role in bank.role_by_id
        )
        return f"{moment(snapshot.finished_at)}: {verdict} ({fits})"

    def focus_start(self) -> None:
        self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_screen(self, screen: CompareScreen) -> None:
        bank, comparison = screen.bank, screen.comparison
        column = self.content.column
        self.content.clear()
        column.addWidget(heading(self.tr("How your results changed"), 1.6))
        then_words = self._verdict_words(bank, comparison.before)
        now_words = self._verdict_words(bank, comparison.after)
        column.addWidget(plain_label(self.tr("Then — {0}").format(then_words), object_name="verdictThen"))
        column.addWidget(plain_label(self.tr("Now — {0}").format(now_words), object_name="verdictNow"))
        summary = (
            self.tr("Your verdict changed.")
            if comparison.verdict_changed
            else self.tr("Your verdict stayed the same.")
        )
        column.addWidget(heading(summary, 1.05))
        if not comparison.same_questions:
            column.addWidget(
                muted(
                    plain_label(
                        self.tr(
                            "These two attempts used different versions of the questions ({0} and {1}), "
                            "so small differences may come from the questions rather than from you."
                        ).format(comparison.before.bank_version, comparison.after.bank_version),
                        object_name="versionNote",
                    )
                )
            )
        self.painter = ComparePainter(bank, comparison, RenderStyle.from_palette(self.palette()))
        chart = ChartView(self.painter.paint, self.painter.height, self.painter.text_equivalent())
        chart.setObjectName("compareChart")
        column.addWidget(chart)
        column.addWidget(heading(self.tr("Largest changes first"), 1.1))
        lines = [scale_change(bank, change) for change in comparison.largest_first()]
        column.addWidget(plain_label("\n".join(f"•  {line}" for line in lines), object_name="changeList"))
        column.addStretch(1)
        self.scroll_area.verticalScrollBar().setValue(0)
