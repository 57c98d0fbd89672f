"""The result screen: which role, how sure, why, and what next.

Charts are drawn by the shared ResultPainter (the PDF uses the same one); every word comes from the
result's content (pmfit.render.content, shared with the PDF and the command line) and is shown as plain
text, so nothing a bank says is ever read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pmfit.render import RenderStyle, ResultPainter
from pmfit.render.content import CareerPath, ResultContent
from pmfit.render.describe import fits_text, profile_text, quadrants_text
from pmfit.ui.accessible import announce, set_role
from pmfit.ui.chart_block import ChartBlock, ChartView
from pmfit.ui.flow_layout import FlowLayout
from pmfit.ui.view import ResultScreen
from pmfit.ui.widgets import (
    Heading,
    ScrollPage,
    bind_key,
    heading,
    let_shortcut_through,
    muted,
    plain_label,
    reachable_by_tab,
    show_now,
    tab_chain,
)


class _OneLineIfRoom(QLabel):
    """A label that asks for one line, and wraps onto more only when its row is too short for that."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(max(hint.width(), one_line), hint.height())


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
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(200)
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.setMinimumWidth(160)
        self.name_label = _OneLineIfRoom()
        self.name_label.setObjectName("nameLabel")
        self.name_label.setBuddy(self.name_edit)
        # The bar wraps rather than cut a label short (large text, a narrow window), in as few rows as it can,
        # so that the result keeps most of the window: the PDF's name and button stay on one row, the name's
        # label wrapping onto a second line when the row is short; the other three go to a row of their own
        # and wrap in turn. At 20 pt in 800x600 it takes two rows, a fifth of the height.
        save = QWidget()
        save_row = QHBoxLayout(save)
        save_row.setContentsMargins(0, 0, 0, 0)
        save_row.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignVCenter)
        save_row.addWidget(self.name_edit, 1, Qt.AlignmentFlag.AlignVCenter)
        save_row.addWidget(self.export, 0, Qt.AlignmentFlag.AlignVCenter)
        moves = QWidget()
        moves_row = FlowLayout(moves)
        moves_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.rest, self.compare, self.history, self.retake):
            moves_row.addWidget(button)
        self.bar = QWidget()
        self.bar.setObjectName("resultBar")
        bar = FlowLayout(self.bar, spacing=6)
        bar.setContentsMargins(24, 4, 24, 6)
        bar.addWidget(save)
        bar.addWidget(moves)
        self.page_layout.addWidget(self.bar)
        self.retake.clicked.connect(self.retake_requested)
        self.history.clicked.connect(self.history_requested)
        bind_key(self, "Alt+T", self.retake)
        bind_key(self, "Alt+P", self.history)
        bind_key(self, "Alt+C", self.compare)
        bind_key(self, "Alt+R", self.rest)
        bind_key(self, "Ctrl+E", self.export)
        # The name field is where people type just before exporting: Ctrl+E (a line edit's "end of line" on
        # some desktops) exports from there too.
        let_shortcut_through(self.name_edit, "Ctrl+E")
        escape = QShortcut(QKeySequence("Esc"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        self.export.clicked.connect(lambda: self.export_requested.emit(self.name_edit.text()))
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

    def retranslate(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("Your result"))
        self.retake.setText(self.tr("Take it again"))
        self.retake.setToolTip(self.tr("Start a new attempt; this result stays in your history (Alt+T)"))
        self.history.setText(self.tr("Past results"))
        self.history.setToolTip(self.tr("All your finished attempts (Alt+P)"))
        self.compare.setText(self.tr("Compare with previous"))
        self.export.setText(self.tr("Export PDF…"))
        self.export.setToolTip(self.tr("Save a summary of this result as a PDF (Ctrl+E)"))
        self.name_label.setText(self.tr("Your name on the PDF (optional):"))
        self.name_edit.setAccessibleName(self.tr("Your name on the PDF (optional)"))
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
        self._stops, self._ladder_stops, self._ladder_at = [], [], 0
        self.verdict, self.ladder_chooser = None, None
        self._verdict(c)
        if c.note:
            self._add(muted(plain_label(c.note, object_name="versionNote")))
        if c.enough:
            self._charts(c)
            self._matching(c)
            self._ladder(c)
            self._steps(c)
            self._why(c)
            self._adjacent(c)
        self._section(c.titles.quality)
        self._bullets(list(c.quality), object_name="flagsText")
        self._add(muted(plain_label(c.competence, object_name="competenceNote")))
        self.column.addStretch(1)
        show_now(self.content.inner)
        self._order_tabs()
        self.scroll_to_top()

    def _order_tabs(self) -> None:
        """Tab follows the reading order: the result from the top, then the bar under it."""
        bar = [self.name_edit, self.export, self.rest, self.compare, self.history, self.retake]
        at = self._ladder_at
        chain = self._stops[:at] + self._ladder_stops + self._stops[at:] + bar
        tab_chain(chain)

    def _add(self, widget: QWidget) -> QWidget:
        """Add ``widget`` to the column; text becomes a Tab stop (the tab order follows the column)."""
        self.column.addWidget(widget)
        if isinstance(widget, QLabel):
            reachable_by_tab(widget)
            self._stops.append(widget)
        elif isinstance(widget, ChartBlock):
            self._stops += widget.tab_order()
        return widget

    def _section(self, title: str) -> None:
        self.column.addSpacing(10)
        self._add(heading(title, 1.2))

    def _bullets(self, lines: list[str], object_name: str = "") -> None:
        self._add(plain_label("\n".join(f"•  {line}" for line in lines), object_name=object_name))

    @staticmethod
    def _list(name: str, lines: list[str], object_name: str = "") -> tuple[QWidget, list[QWidget]]:
        """A list a reader steps through item by item (each a Tab stop), named ``name``; with its items."""
        box = QWidget()
        box.setObjectName(object_name)
        set_role(box, "List")
        box.setAccessibleName(name)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        items: list[QWidget] = []
        for line in lines:
            item = plain_label(f"•  {line}")
            set_role(item, "ListItem")
            item.setAccessibleName(line)  # the words, not the bullet
            reachable_by_tab(item)
            layout.addWidget(item)
            items.append(item)
        return box, items

    def _bold(self, text: str, object_name: str = "") -> None:
        label = plain_label(text, object_name=object_name)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self._add(label)

    def _verdict(self, c: ResultContent) -> None:
        self._add(heading(c.titles.result, 1.6, level=1))
        # The verdict is where the result opens (focus_verdict): a heading named by the verdict sentence,
        # and by the form it came from when that was the quick one.
        self.verdict = heading(c.headline, 1.1, object_name="verdictText")
        self.verdict.setAccessibleName(c.verdict_name)
        self._add(self.verdict)
        if c.form is not None:
            self._add(plain_label(c.form.note, object_name="formNote"))
        if c.profile:
            self._add(plain_label(c.profile, object_name="profileText"))
        self._add(muted(plain_label(c.fits_line, object_name="fitsText")))

    def _chart(self, view: ChartView, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
        self._add(ChartBlock(view, columns, rows))

    def _charts(self, c: ResultContent) -> None:
        painter = self.painter
        assert painter is not None
        t = c.titles
        self._section(t.fits)
        fits = ChartView(painter.paint_fits, painter.fits_height, t.fits, fits_text(c))
        fits.setObjectName("fitsChart")
        self._chart(fits, t.fits_columns, [(fit.title, fit.fit, f"± {fit.noise}") for fit in c.fits])
        self._section(t.profile)
        self._add(muted(plain_label(t.profile_caption)))
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
        # The map in words, a quadrant an item: what each quadrant means and what it holds.
        lines = [line.removeprefix("- ") for line in quadrants_text(c).splitlines()[1:]]
        box, items = self._list(t.quadrants, lines, object_name="quadrantList")
        self.column.addWidget(box)
        self._stops += items

    def _matching(self, c: ResultContent) -> None:
        self._section(c.titles.matches)
        for match in c.matches:
            self._bold(match.heading, "matchTitle")
            self._add(muted(plain_label(match.description)))

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
        holder_layout.setSpacing(10)
        row = QHBoxLayout()
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
        path_layout.setSpacing(8)
        holder_layout.addWidget(path_box)
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
        """The career path of ``path``'s role in ``box``: the steps, the certifications and the reading as
        lists under their headings, each item a Tab stop."""
        layout = box.layout()
        assert layout is not None
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
        steps = []
        for step in path.ladder:
            line = f"{step.level} ({step.years}): {step.scope}"
            if step.certifications:
                line += f"\n{c.titles.ladder_columns[3]}: {', '.join(step.certifications)}"
            steps.append(line)
        ladder, items = self._list(f"{c.titles.career}: {path.role_title}", steps, object_name="ladderSteps")
        layout.addWidget(ladder)
        stops += items
        for title, lines, name in (
            (c.titles.certifications, path.certifications, "ladderCertifications"),
            (c.titles.reading, path.reading, "ladderReading"),
        ):
            if not lines:
                continue
            head = heading(title, 1.05, level=3)
            reachable_by_tab(head)
            layout.addWidget(head)
            listed, items = self._list(title, list(lines), object_name=name)
            layout.addWidget(listed)
            stops += [head, *items]
        if c.facts_as_of:
            facts = muted(plain_label(c.facts_as_of, object_name="ladderFacts"))
            reachable_by_tab(facts)
            layout.addWidget(facts)
            stops.append(facts)
        self._ladder_stops = stops
        show_now(box)

    def _steps(self, c: ResultContent) -> None:
        if not c.steps:
            return
        self._section(c.titles.steps)
        for step in c.steps:
            self._bold(f"{step.title}: {step.reason}")
            self._bullets(list(step.actions))

    def _why(self, c: ResultContent) -> None:
        self._section(c.titles.why)
        if c.drivers:
            self._add(plain_label(c.titles.drivers))
            self._bullets(list(c.drivers), object_name="driversText")
        self._add(plain_label(c.flip_summary))
        if c.flip:
            self._bullets(list(c.flip), object_name="flipText")

    def _adjacent(self, c: ResultContent) -> None:
        if not c.neighbours:
            return
        self._section(c.titles.neighbours)
        self._bullets([f"{title}: {text}" for title, text in c.neighbours])
