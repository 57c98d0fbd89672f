"""Two attempts compared: the verdict then and now, and what changed per responsibility."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pmfit.core.bank import Bank
from pmfit.core.compare import Snapshot
from pmfit.render import RenderStyle
from pmfit.render.compare import ComparePainter
from pmfit.render.history import attempt_summary
from pmfit.render.words import number, scale_change, signed
from pmfit.ui.chart_block import ChartBlock, ChartView
from pmfit.ui.view import CompareScreen
from pmfit.ui.widgets import ScrollPage, heading, muted, plain_label, reachable_by_tab, tab_chain


class ComparePage(ScrollPage):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePage")
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 8, 24, 12)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.page_layout.addLayout(bar)
        self.back_button.clicked.connect(self.back_requested)
        escape = QShortcut(QKeySequence("Esc"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.painter: ComparePainter | None = None
        self.leave_scrolling_to_keys()
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to past results"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.scroll_area.setAccessibleName(self.tr("How your results changed"))
        self._stops: list[QWidget] = []

    def _verdict_words(self, bank: Bank, snapshot: Snapshot) -> str:
        said = attempt_summary(snapshot, {role.id: role.title for role in bank.roles}, snapshot.form)
        fits = ", ".join(f"{name} {fit}" for role, name, fit in said.fits if role in bank.role_by_id)
        when = f"{said.when} · {said.form}" if said.form else said.when
        return f"{when}: {said.verdict_in_sentence} ({fits})"

    def restyle(self) -> None:
        if self.painter is not None:
            # The desktop went dark (or light), or its font larger, while the chart shows: repaint it so.
            self.painter.style = RenderStyle.from_palette(self.palette(), self.font())
            for chart in self.findChildren(ChartView):
                chart.updateGeometry()
            self.update()

    def focus_start(self) -> None:
        """Open on the page's heading, so a screen reader starts reading at the top."""
        if self._stops:
            self._stops[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _add(self, widget: QWidget) -> None:
        self.column.addWidget(widget)
        if isinstance(widget, QLabel):
            reachable_by_tab(widget)
            self._stops.append(widget)
        elif isinstance(widget, ChartBlock):
            self._stops += widget.tab_order()

    def show_screen(self, screen: CompareScreen) -> None:
        bank, comparison = screen.bank, screen.comparison
        self.content.clear()
        self._stops = []
        add = self._add
        add(heading(self.tr("How your results changed"), 1.6, level=1))
        then_words = self._verdict_words(bank, comparison.before)
        now_words = self._verdict_words(bank, comparison.after)
        add(plain_label(self.tr("Then — {0}").format(then_words), object_name="verdictThen"))
        add(plain_label(self.tr("Now — {0}").format(now_words), object_name="verdictNow"))
        summary = (
            self.tr("Your verdict changed.")
            if comparison.verdict_changed
            else self.tr("Your verdict stayed the same.")
        )
        add(heading(summary, 1.05))
        if not comparison.same_questions:
            add(
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
        self.painter = ComparePainter(bank, comparison, RenderStyle.from_palette(self.palette(), self.font()))
        name = self.tr("Change per responsibility, then and now")
        chart = ChartView(self.painter.paint, self.painter.height, name, self.painter.text_equivalent())
        chart.setObjectName("compareChart")
        columns = (self.tr("Responsibility"), self.tr("Then"), self.tr("Now"), self.tr("Change"))
        rows = [
            (
                bank.scale_by_id[change.scale_id].title,
                number(change.before),
                number(change.after),
                signed(change.delta),
            )
            for change in comparison.changes
        ]
        add(ChartBlock(chart, columns, rows))
        add(heading(self.tr("Largest changes first"), 1.1))
        lines = [scale_change(bank, change) for change in comparison.largest_first()]
        add(plain_label("\n".join(f"•  {line}" for line in lines), object_name="changeList"))
        self.column.addStretch(1)
        chain = [*self._stops, self.back_button]
        tab_chain(chain)
        self.scroll_to_top()
