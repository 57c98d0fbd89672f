"""Two attempts compared: the verdict then and now, and what changed per responsibility.

Then and now each get a small card (which attempt, when, the verdict in bold with its split bar and the
fits); the chart shows every responsibility's change with its direction and size under a "Change" header;
the list under it gives the changes largest first, each with its mark (▲ ▼ –) and the responsibility in
bold.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from pmfit.core.bank import Bank
from pmfit.core.compare import Snapshot
from pmfit.render import RenderStyle
from pmfit.render.compare import ComparePainter
from pmfit.render.history import attempt_summary
from pmfit.render.split import paint_split_bar
from pmfit.render.words import change_mark, number, scale_change, signed
from pmfit.ui.blocks import BulletList, NoteBox, SectionHeading, meta_line, small_caps, title
from pmfit.ui.chart_block import ChartBlock, ChartView
from pmfit.ui.theme import (
    FLAT,
    SPACE_GROUP,
    SPACE_ITEM,
    SPACE_SECTION,
    SPACE_TIGHT,
    set_button_role,
    set_type,
)
from pmfit.ui.view import CompareScreen
from pmfit.ui.widgets import ScrollPage, muted, plain_label, reachable_by_tab, tab_chain


class SplitBar(QWidget):
    """The two fits of one attempt as a split bar (pmfit.render.split); its numbers are in the words beside
    it, so it is a picture only: no Tab stop, nothing for a screen reader to read twice."""

    def __init__(self, fits: dict[str, float | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fits = fits
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(
            max(96, 8 * self.fontMetrics().averageCharWidth()), max(8, self.fontMetrics().height() // 2)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_split_bar(
            painter,
            QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5),
            self.fits,
            RenderStyle.from_palette(self.palette()),
        )
        painter.end()


class ComparePage(ScrollPage):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePage")
        self.column.setSpacing(SPACE_ITEM)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        set_button_role(self.back_button, FLAT)
        bar = QVBoxLayout()
        bar.setContentsMargins(24, 8, 24, 12)
        bar.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.page_layout.addLayout(bar)
        self.back_button.clicked.connect(self.back_requested)
        escape = QShortcut(QKeySequence("Esc"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.painter: ComparePainter | None = None
        self._stops: list[QWidget] = []
        self.leave_scrolling_to_keys()
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to past results"))
        self.back_button.setToolTip(self.tr("Esc"))
        self.scroll_area.setAccessibleName(self.tr("How your results changed"))

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

    def _add(self, widget: QWidget, space_before: int = 0) -> None:
        if space_before:
            self.column.addSpacing(space_before)
        self.column.addWidget(widget)
        if isinstance(widget, QLabel):
            reachable_by_tab(widget)
            self._stops.append(widget)
        elif isinstance(widget, SectionHeading):
            reachable_by_tab(widget.label)
            self._stops.append(widget.label)
        elif isinstance(widget, ChartBlock):
            self._stops += widget.tab_order()
        elif isinstance(widget, BulletList):
            self._stops += widget.texts

    def _card(self, bank: Bank, snapshot: Snapshot, when_word: str, number_: int, name: str) -> QWidget:
        """Which attempt, when, its verdict in bold beside its split bar, and its fits in words."""
        said = attempt_summary(snapshot, {role.id: role.title for role in bank.roles}, snapshot.form)
        fits = ", ".join(f"{title_} {fit}" for role, title_, fit in said.fits if role in bank.role_by_id)
        when = f"{said.when} · {said.form}" if said.form else said.when  # a quick form says so
        card = QWidget()
        card.setObjectName(f"{name}Card")
        grid = QGridLayout(card)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACE_GROUP)
        grid.setVerticalSpacing(SPACE_TIGHT)
        label = self.tr("{0} · attempt {1}").format(when_word, number_) if number_ else when_word
        grid.addWidget(small_caps(label), 0, 0, 1, 2)
        grid.addWidget(meta_line([when]), 1, 0, 1, 2)
        verdict = plain_label(said.verdict, object_name=f"verdict{name.capitalize()}")
        set_type(verdict, 1.15, bold=True)
        # Read as one sentence where a screen reader stops on it: which, when, the verdict and the fits.
        verdict.setAccessibleName(
            self.tr("{0}: {1}, {2} ({3})").format(label, when, said.verdict_in_sentence, fits)
        )
        reachable_by_tab(verdict)
        self._stops.append(verdict)
        grid.addWidget(verdict, 2, 0)
        bar = SplitBar({role: snapshot.fits.get(role) for role in bank.role_by_id})
        grid.addWidget(bar, 2, 1, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(muted(plain_label(said.fits_text(" · "))), 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        return card

    def show_screen(self, screen: CompareScreen) -> None:
        bank, comparison = screen.bank, screen.comparison
        self.content.clear()
        self._stops = []
        self._add(title(self.tr("How your results changed")))
        older, newer = screen.numbers
        self.column.addSpacing(SPACE_ITEM)
        self.column.addWidget(self._card(bank, comparison.before, self.tr("Then"), older, "then"))
        self.column.addSpacing(SPACE_GROUP)
        self.column.addWidget(self._card(bank, comparison.after, self.tr("Now"), newer, "now"))
        summary = (
            self.tr("Your verdict changed.")
            if comparison.verdict_changed
            else self.tr("Your verdict stayed the same.")
        )
        verdict = plain_label(summary, object_name="verdictChange")
        set_type(verdict, 1.0, bold=True)
        self._add(verdict, SPACE_GROUP)
        if not comparison.same_questions:
            note = NoteBox(
                self.tr(
                    "These two attempts used different versions of the questions ({0} and {1}), "
                    "so small differences may come from the questions rather than from you."
                ).format(comparison.before.bank_version, comparison.after.bank_version),
                object_name="versionNote",
            )
            self.column.addWidget(note)
            reachable_by_tab(note.label)
            self._stops.append(note.label)
        self.painter = ComparePainter(bank, comparison, RenderStyle.from_palette(self.palette(), self.font()))
        name = self.tr("Change per responsibility, then and now")
        self._add(SectionHeading(name), SPACE_SECTION)
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
        self._add(ChartBlock(chart, columns, rows))
        self._add(SectionHeading(self.tr("Largest changes first")), SPACE_SECTION)
        changes = BulletList()
        changes.setObjectName("changeList")
        for change in comparison.largest_first():
            line = scale_change(bank, change)
            lead = (
                len(bank.scale_by_id[change.scale_id].title)
                if line.startswith(bank.scale_by_id[change.scale_id].title)
                else 0
            )
            changes.add(line, lead, change_mark(bank, change))
        self._add(changes)
        self.column.addStretch(1)
        tab_chain([*self._stops, self.back_button])
        self.scroll_to_top()
