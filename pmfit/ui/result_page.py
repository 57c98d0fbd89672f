"""The result screen: which role, how sure, why, and what next.

Charts are drawn by the shared ResultPainter (the PDF uses the same one); every word comes from the
result's content (pmfit.render.content, shared with the PDF and the command line) and is shown as plain
text, so nothing a bank says is ever read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pmfit.render import RenderStyle, ResultPainter
from pmfit.render.content import CareerPath, ResultContent
from pmfit.render.describe import fits_text, profile_text, quadrants_text
from pmfit.render.form import result_meta
from pmfit.ui.accessible import announce, set_role
from pmfit.ui.blocks import NoteBox, Rule, SectionHeading, meta_line
from pmfit.ui.chart_block import ChartBlock, ChartView
from pmfit.ui.flow_layout import FlowLayout
from pmfit.ui.focus import FOCUS_MARK
from pmfit.ui.result_blocks import ItemList, ladder_table, lead_of
from pmfit.ui.theme import (
    FLAT,
    HEADLINE,
    PAGE_MARGIN,
    PRIMARY,
    SPACE_GROUP,
    SPACE_ITEM,
    SPACE_SECTION,
    SPACE_TIGHT,
    label_font,
    set_button_role,
    set_type,
)
from pmfit.ui.view import ResultScreen
from pmfit.ui.widgets import (
    Heading,
    ScrollPage,
    bind_key,
    heading,
    muted,
    plain_label,
    reachable_by_tab,
    show_now,
    tab_chain,
)


class ResultPage(ScrollPage):
    """The result, to read from the top: every part is a Tab stop in reading order, so a keyboard or
    screen-reader user walks through it as a sighted one scrolls; the buttons come last.

    Lists (the career path, the quadrants) are lists of items a reader steps through one by one, under
    headings, not one long paragraph. Esc goes back to the past results, where every result lives."""

    retake_requested = Signal()
    history_requested = Signal()
    back_requested = Signal()
    compare_requested = Signal(int)  # this attempt's id: compare it with the one before
    rest_requested = Signal(int)  # this quick form's attempt id: answer the rest of its questions
    export_requested = Signal(str)  # the name to print on the PDF (may be empty)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPage")
        self.shown: ResultScreen | None = None
        self.attempt_id: int | None = None
        self.painter: ResultPainter | None = None
        self.verdict: Heading | None = None  # the verdict of the result on screen, where it opens
        self.ladder_chooser: QComboBox | None = None
        self._stops: list[QWidget] = []
        self._ladder_at = 0  # where in the Tab order the career path's parts go (the chooser changes them)
        self._ladder_stops: list[QWidget] = []

        self.export_name = ""  # the name last printed on a PDF: the name dialog offers it again
        self.retake = QPushButton()
        self.retake.setObjectName("retakeButton")
        self.history = QPushButton()
        self.history.setObjectName("historyButton")
        self.compare = QPushButton()
        self.compare.setObjectName("compareButton")
        self.rest = QPushButton()
        self.rest.setObjectName("restButton")
        self._rest_count = 0
        self.export = QPushButton()
        self.export.setObjectName("exportButton")
        # One primary action, Export, at the bar's start (where a reader's eye and Tab arrive first); the
        # ways on are secondary, flat. The bar wraps rather than cut a button short (large text, a narrow
        # window); at the normal font in 800 pixels it is one row, in both languages.
        set_button_role(self.export, PRIMARY)
        for button in (self.rest, self.compare, self.history, self.retake):
            set_button_role(button, FLAT)
        self.bar = QWidget()
        self.bar.setObjectName("resultBar")
        bar_column = QVBoxLayout(self.bar)
        bar_column.setContentsMargins(0, 0, 0, 0)
        bar_column.setSpacing(0)
        self.divider = Rule()  # the bar is apart from the result it acts on
        self.divider.setObjectName("resultBarRule")
        bar_column.addWidget(self.divider)
        row = QWidget()
        buttons = FlowLayout(row, spacing=SPACE_ITEM)
        buttons.setContentsMargins(PAGE_MARGIN, SPACE_ITEM, PAGE_MARGIN, SPACE_ITEM)
        for button in (self.export, self.rest, self.compare, self.history, self.retake):
            buttons.addWidget(button)
        bar_column.addWidget(row)
        self.page_layout.addWidget(self.bar)
        self.retake.clicked.connect(self.retake_requested)
        self.history.clicked.connect(self.history_requested)
        bind_key(self, "Alt+T", self.retake)
        bind_key(self, "Alt+P", self.history)
        bind_key(self, "Alt+C", self.compare)
        bind_key(self, "Alt+R", self.rest)
        bind_key(self, "Ctrl+E", self.export)
        escape = QShortcut(QKeySequence("Esc"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.export.clicked.connect(self.ask_name)
        self.compare.clicked.connect(
            lambda: self.compare_requested.emit(self.attempt_id) if self.attempt_id is not None else None
        )
        self.rest.clicked.connect(
            lambda: (
                self.rest_requested.emit(self.attempt_id)
                if self.attempt_id is not None and self._rest_count
                else None
            )
        )
        self.retranslate()
        self.leave_scrolling_to_keys()

    def ask_name(self) -> None:
        """Export: ask the name for the PDF first (optional, the last one offered), then go on to where."""
        if not self.export.isEnabled():
            return
        from pmfit.ui.name_dialog import NameDialog

        def named(name: str) -> None:
            self.export_name = name
            self.export_requested.emit(name)

        dialog = NameDialog(self.window(), self.export_name, named)
        dialog.open()

    def retranslate(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("Your result"))
        self.retake.setText(self.tr("Take it again"))
        self.retake.setToolTip(self.tr("Start a new attempt; this result stays in your history (Alt+T)"))
        self.history.setText(self.tr("Past results"))
        self.history.setToolTip(self.tr("All your finished attempts (Alt+P)"))
        self.compare.setText(self.tr("Compare with previous"))
        self.export.setText(self.tr("Export PDF…"))
        self.export.setToolTip(self.tr("Save a summary of this result as a PDF (Ctrl+E)"))
        self.compare.setToolTip(self.tr("What changed since your attempt before this one (Alt+C)"))
        self._name_rest()

    def _name_rest(self) -> None:
        self.rest.setText(self.tr("Answer the rest (%n question(s))", "", self._rest_count))
        self.rest.setToolTip(
            self.tr("Go on to the full form, every answer kept; this result is then updated (Alt+R)")
        )

    def set_exporting(self, running: bool) -> None:
        self.export.setEnabled(not running)
        self.export.setText(self.tr("Exporting…") if running else self.tr("Export PDF…"))

    def restyle(self) -> None:
        if self.painter is not None:
            # The desktop went dark (or light), or its font larger, while the charts show: paint them in the
            # new colours and at the new size (their text grows with the font, and so does their height).
            self.painter.style = RenderStyle.from_palette(self.palette(), self.font())
            for chart in self.findChildren(ChartView):
                chart.updateGeometry()
            self.update()

    def focus_verdict(self) -> None:
        """Focus on the verdict of the result on screen: a screen reader says it, and the page's keys work.

        The verdict is a new widget for every result shown, so the focus always moves and is announced,
        even when the page was on screen already (a result opened again, or in another language)."""
        if self.verdict is not None:
            self.verdict.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------------------------- content

    def show_screen(self, screen: ResultScreen) -> None:
        self.shown, self.attempt_id = screen, screen.attempt_id
        c = screen.content
        self.compare.setVisible(screen.can_compare)
        self._rest_count = screen.rest
        self.rest.setVisible(screen.rest > 0)
        self._name_rest()
        style = RenderStyle.from_palette(self.palette(), self.font())
        self.painter = ResultPainter(screen.bank, screen.result, screen.content, style)
        self.content.clear()
        self.column.setSpacing(0)  # every gap is set where it is made: tighter within than between
        self._stops, self._ladder_stops, self._ladder_at = [], [], 0
        self.verdict, self.ladder_chooser = None, None
        self._verdict(screen)
        if c.note:
            self._add(NoteBox(c.note, object_name="versionNote"), SPACE_GROUP)
        if c.enough:
            self._charts(c)
            self._matching(c)
            self._ladder(c)
            self._steps(c)
            self._why(c)
            self._adjacent(c)
        self._section(c.titles.quality)
        self._add(ItemList(c.titles.quality, c.quality, object_name="flagsText"), SPACE_ITEM)
        self._add(NoteBox(c.competence, object_name="competenceNote"), SPACE_SECTION)
        self.column.addStretch(1)
        show_now(self.content.inner)
        self._order_tabs()
        self.scroll_to_top()

    def _order_tabs(self) -> None:
        """Tab follows the reading order: the result from the top, then the bar under it."""
        bar = [self.export, self.rest, self.compare, self.history, self.retake]
        at = self._ladder_at
        chain = self._stops[:at] + self._ladder_stops + self._stops[at:] + bar
        tab_chain(chain)

    def _add(self, widget: QWidget, space_before: int = 0) -> QWidget:
        """Add ``widget`` to the column, ``space_before`` pixels under what is above it; what can be read
        becomes a Tab stop (the tab order follows the column)."""
        if space_before:
            self.column.addSpacing(space_before)
        self.column.addWidget(widget)
        self._stops += _stops_of(widget)
        return widget

    def _section(self, title: str) -> None:
        self._add(SectionHeading(title), SPACE_SECTION)

    def _verdict(self, screen: ResultScreen) -> None:
        """The headline, as the PDF's title block: a small-caps label, the verdict large, then the facts."""
        c = screen.content
        # The screen's title for assistive technology (a level-1 heading), set as the small label over
        # the verdict.
        label = muted(heading(c.titles.result, level=1, object_name="resultLabel"))
        label.setFont(label_font(self.font()))
        self._add(label)
        # The verdict is where the result opens (focus_verdict): a heading named by the verdict sentence,
        # and by the form it came from when that was the quick one. Its focus is an accent bar at its
        # left, not a ring (a ring makes a sentence look like a field to type in).
        self.verdict = heading(c.headline, HEADLINE, object_name="verdictText")
        self.verdict.setAccessibleName(c.verdict_name)
        self.verdict.setProperty(FOCUS_MARK, "bar")
        self._add(self.verdict, SPACE_TIGHT)
        result = screen.result
        meta = meta_line(
            result_meta(screen.finished_at, result.answered, result.asked, c.form), object_name="resultMeta"
        )
        self._add(meta, SPACE_ITEM)
        if c.form is not None:
            self._add(plain_label(c.form.note, object_name="formNote"), SPACE_GROUP)
        if c.profile:
            self._add(plain_label(c.profile, object_name="profileText"), SPACE_GROUP)

    def _chart(self, view: ChartView, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        self._add(ChartBlock(view, columns, rows), SPACE_GROUP)

    def _charts(self, c: ResultContent) -> None:
        painter = self.painter
        assert painter is not None
        t = c.titles
        self._section(t.fits)
        fits = ChartView(painter.paint_fits, painter.fits_height, t.fits, fits_text(c))
        fits.setObjectName("fitsChart")
        self._chart(fits, t.fits_columns, [(fit.title, fit.fit, f"± {fit.noise}") for fit in c.fits])
        self._section(t.profile)
        self._add(muted(plain_label(t.profile_caption)), SPACE_ITEM)
        profile = ChartView(painter.paint_profile, painter.profile_height, t.profile, profile_text(c))
        profile.setObjectName("profileChart")
        columns = t.table_columns
        self._chart(
            profile,
            (columns[0], columns[1], columns[2], columns[3]),
            [(row.title, row.role_title, row.interest, row.band) for row in c.responsibilities],
        )
        self._section(t.quadrants)
        quadrants = ChartView(
            painter.paint_quadrants, painter.quadrants_height, t.quadrants, quadrants_text(c)
        )
        quadrants.setObjectName("quadrantChart")
        self._chart(
            quadrants,
            (columns[0], columns[2], columns[4], columns[5]),
            [
                (f"{row.number}. {row.title}", row.score, row.experience, row.quadrant)
                for row in c.responsibilities
            ],
        )
        # The map in words, a quadrant an item: what each quadrant means (in bold) and what it holds.
        lines = [line.removeprefix("- ") for line in quadrants_text(c).splitlines()[1:]]
        listed = ItemList(t.quadrants, object_name="quadrantList")
        for line in lines:
            listed.add(line, lead_of(line, ", "))
        self._add(listed, SPACE_GROUP)

    def _matching(self, c: ResultContent) -> None:
        self._section(c.titles.matches)
        listed = ItemList(c.titles.matches, object_name="matchList")
        for match in c.matches:
            listed.add(f"{match.heading}. {match.description}", len(match.heading))
        self._add(listed, SPACE_ITEM)

    def _ladder(self, c: ResultContent) -> None:
        self._section(c.titles.career)
        chooser = QComboBox()
        chooser.setObjectName("ladderChooser")
        set_role(chooser, "ComboBox")  # named by its label for assistive technology (pmfit.ui.accessible)
        self.ladder_chooser = chooser
        for path in c.careers:
            chooser.addItem(path.role_title, path.role_id)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(SPACE_GROUP)
        row = QHBoxLayout()
        row.setSpacing(SPACE_ITEM)
        label = plain_label(self.tr("Show the career path of:"), wrap=False)
        label.setBuddy(chooser)
        chooser.setAccessibleName(self.tr("Career path to show"))
        row.addWidget(label)
        row.addWidget(chooser)
        row.addStretch(1)
        holder_layout.addLayout(row)
        path_box = QWidget()
        path_box.setObjectName("ladderPath")
        path_layout = QVBoxLayout(path_box)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.setSpacing(0)
        holder_layout.addWidget(path_box)
        self.column.addSpacing(SPACE_ITEM)
        self.column.addWidget(holder)
        self._stops.append(chooser)
        self._ladder_at = len(self._stops)
        self._show_ladder(c, path_box, c.careers[0])

        def chosen(index: int) -> None:
            path = c.careers[index]
            self._show_ladder(c, path_box, path)
            self._order_tabs()
            # A closed combo box's new choice is not spoken by Orca (it ignores their name changes): say it.
            announce(chooser, f"{path.role_title}. {path.career}")

        chooser.currentIndexChanged.connect(chosen)

    def _show_ladder(self, c: ResultContent, box: QWidget, path: CareerPath) -> None:
        """The career path of ``path``'s role in ``box``: its steps as a table (as the PDF has them), the
        certifications and the reading as lists under their headings; every part a Tab stop."""
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            entry = layout.takeAt(0)
            old = entry.widget() if entry is not None else None
            if old is not None:
                old.hide()
                old.setParent(None)
                old.deleteLater()
        stops: list[QWidget] = []
        career = plain_label(path.career, object_name="ladderText")
        reachable_by_tab(career)
        layout.addWidget(career)
        stops.append(career)
        layout.addSpacing(SPACE_GROUP)
        table = ladder_table(path, c.titles.ladder_columns, f"{c.titles.career}: {path.role_title}")
        layout.addWidget(table)
        stops.append(table)
        for title, lines, name in (
            (c.titles.certifications, path.certifications, "ladderCertifications"),
            (c.titles.reading, path.reading, "ladderReading"),
        ):
            if not lines:
                continue
            head = heading(title, 1.05, level=3)
            reachable_by_tab(head)
            layout.addSpacing(SPACE_GROUP)
            layout.addWidget(head)
            listed = ItemList(title, lines, leads=True, object_name=name)
            layout.addSpacing(SPACE_ITEM)
            layout.addWidget(listed)
            stops += [head, *listed.items]
        if c.facts_as_of:
            facts = muted(plain_label(c.facts_as_of, object_name="ladderFacts"))
            reachable_by_tab(facts)
            layout.addSpacing(SPACE_GROUP)
            layout.addWidget(facts)
            stops.append(facts)
        self._ladder_stops = stops
        show_now(box)

    def _steps(self, c: ResultContent) -> None:
        if not c.steps:
            return
        self._section(c.titles.steps)
        for number, step in enumerate(c.steps):
            lead = plain_label(f"{step.title}: {step.reason}")
            set_type(lead, 1.0, bold=True)
            self._add(lead, SPACE_ITEM if number == 0 else SPACE_GROUP)
            self._add(ItemList(step.title, step.actions), SPACE_TIGHT)

    def _why(self, c: ResultContent) -> None:
        self._section(c.titles.why)
        if c.drivers:
            self._add(plain_label(c.titles.drivers), SPACE_ITEM)
            self._add(ItemList(c.titles.drivers, c.drivers, object_name="driversText"), SPACE_TIGHT)
        self._add(plain_label(c.flip_summary), SPACE_GROUP)
        if c.flip:
            self._add(ItemList(c.flip_summary, c.flip, object_name="flipText"), SPACE_TIGHT)

    def _adjacent(self, c: ResultContent) -> None:
        if not c.neighbours:
            return
        self._section(c.titles.neighbours)
        listed = ItemList(c.titles.neighbours, object_name="neighbourList")
        for title, text in c.neighbours:
            listed.add(f"{title}: {text}", len(title))
        self._add(listed, SPACE_ITEM)


def _stops_of(widget: QWidget) -> list[QWidget]:
    """The Tab stops ``widget`` brings to the result, in reading order (it is made one of them if it is a
    text of its own)."""
    if isinstance(widget, QLabel):
        reachable_by_tab(widget)
        return [widget]
    if isinstance(widget, SectionHeading):
        reachable_by_tab(widget.label)
        return [widget.label]
    if isinstance(widget, NoteBox):
        reachable_by_tab(widget.label)
        return [widget.label]
    if isinstance(widget, ChartBlock):
        return widget.tab_order()
    if isinstance(widget, ItemList):
        return list(widget.items)
    return []
