"""The result screen: which role, how sure, why, and what next.

Charts are drawn by the shared ResultPainter (the PDF uses the same one); everything else is plain-text
labels built from the bank's own words, so nothing a bank says is ever read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pmfit.core.bank import Bank, Role
from pmfit.core.explain import (
    QUADRANT_MEANINGS,
    QUADRANT_TITLES,
    adjacent_roles,
    band,
    change_text,
    driver_text,
    fit_text,
    flip_summary,
    headline,
    leading_role,
    matching_scales,
    next_steps,
    other_role,
    shown_flip,
)
from pmfit.core.scoring import Result
from pmfit.render import RenderStyle, ResultPainter
from pmfit.ui.widgets import ChartView, ReadableColumn, bind_key, heading, muted, plain_label


class ResultPage(QWidget):
    retake_requested = Signal()
    history_requested = Signal()
    compare_requested = Signal(int)  # this attempt's id: compare it with the one before
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPage")
        self.bank: Bank | None = None
        self.result: Result | None = None
        self.attempt_id: int | None = None
        self.painter: ResultPainter | None = None

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content = ReadableColumn()
        self.scroll.setWidget(self.content)

        self.retake = QPushButton()
        self.retake.setObjectName("retakeButton")
        self.history = QPushButton()
        self.history.setObjectName("historyButton")
        self.compare = QPushButton()
        self.compare.setObjectName("compareButton")
        self.export = QPushButton()
        self.export.setObjectName("exportButton")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(200)
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.setMinimumWidth(180)
        bar = QHBoxLayout()
        bar.setContentsMargins(24, 8, 24, 16)
        bar.addWidget(self.name_edit, 1)
        bar.addWidget(self.export)
        bar.addWidget(self.compare)
        bar.addStretch(1)
        bar.addWidget(self.history)
        bar.addWidget(self.retake)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)
        self.retake.clicked.connect(self.retake_requested)
        self.history.clicked.connect(self.history_requested)
        bind_key(self, "Alt+T", self.retake)
        bind_key(self, "Alt+P", self.history)
        bind_key(self, "Alt+C", self.compare)
        bind_key(self, "Ctrl+E", self.export)
        self.export.clicked.connect(self.export_requested)
        self.compare.clicked.connect(
            lambda: self.compare_requested.emit(self.attempt_id) if self.attempt_id is not None else None
        )
        for key in (QKeySequence.StandardKey.MoveToNextPage, QKeySequence.StandardKey.MoveToPreviousPage):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            step = 1 if key == QKeySequence.StandardKey.MoveToNextPage else -1
            shortcut.activated.connect(lambda step=step: self._page(step))
        self.retranslate()

    def retranslate(self) -> None:
        self.retake.setText(self.tr("Take it again"))
        self.retake.setToolTip(self.tr("Start a new attempt; this result stays in your history (Alt+T)"))
        self.history.setText(self.tr("Past results"))
        self.history.setToolTip(self.tr("All your finished attempts (Alt+P)"))
        self.compare.setText(self.tr("Compare with previous"))
        self.export.setText(self.tr("Export PDF…"))
        self.export.setToolTip(self.tr("Save a summary of this result as a PDF (Ctrl+E)"))
        self.name_edit.setPlaceholderText(self.tr("Your name on the PDF (optional)"))
        self.name_edit.setAccessibleName(self.tr("Your name on the PDF (optional)"))
        self.compare.setToolTip(self.tr("What changed since your attempt before this one (Alt+C)"))

    def set_exporting(self, running: bool) -> None:
        self.export.setEnabled(not running)
        self.export.setText(self.tr("Exporting…") if running else self.tr("Export PDF…"))

    def _page(self, step: int) -> None:
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.value() + step * bar.pageStep())

    # ---------------------------------------------------------------------------------- content

    def show_result(
        self,
        bank: Bank,
        result: Result,
        attempt_id: int | None = None,
        note: str = "",
        can_compare: bool = False,
    ) -> None:
        self.bank, self.result, self.attempt_id = bank, result, attempt_id
        self.compare.setVisible(can_compare and attempt_id is not None)
        self.painter = ResultPainter(bank, result, RenderStyle.from_palette(self.palette()))
        column = self.content.column
        self.content.clear()
        self._verdict(bank, result)
        if note:
            self._add(muted(plain_label(note, object_name="versionNote")))
        if result.verdict.label != "not_enough_answers":
            self._charts(bank, result)
            self._matching(bank, result)
            self._ladder(bank, result)
            self._steps(bank, result)
            self._why(bank, result)
            self._adjacent(bank, result)
        self._quality(bank, result)
        note = muted(
            plain_label(
                self.tr(
                    "This measures your preferences and how you see yourself, not your competence. "
                    "Use it to explore a career, never to screen candidates."
                ),
                object_name="competenceNote",
            )
        )
        column.addWidget(note)
        column.addStretch(1)
        self.scroll.verticalScrollBar().setValue(0)

    def _add(self, widget: QWidget) -> QWidget:
        self.content.column.addWidget(widget)
        return widget

    def _section(self, title: str) -> None:
        self.content.column.addSpacing(10)
        self._add(heading(title, 1.2))

    def _bullets(self, lines: list[str], object_name: str = "") -> QLabel:
        return self._add(plain_label("\n".join(f"•  {line}" for line in lines), object_name=object_name))  # type: ignore[return-value]

    def _verdict(self, bank: Bank, result: Result) -> None:
        self._add(heading(self.tr("Your result"), 1.6))
        self._add(heading(headline(bank, result), 1.1, object_name="verdictText"))
        profile = bank.profile_text(result.verdict.label)
        if profile is not None:
            self._add(plain_label(profile.text, object_name="profileText"))
        fits = "   ".join(
            f"{bank.role_by_id[role.id].title}: {fit_text(role.fit)} ± {1.96 * role.se:.0f}"
            for role in result.roles
        )
        self._add(muted(plain_label(fits, object_name="fitsText")))

    def _charts(self, bank: Bank, result: Result) -> None:
        painter = self.painter
        assert painter is not None
        description = painter.text_equivalent()
        self._section(self.tr("How the two roles fit you"))
        self._add(ChartView(painter.paint_fits, painter.fits_height, description))
        self._section(self.tr("Your 12 responsibilities"))
        self._add(
            muted(
                plain_label(
                    self.tr(
                        "How much you would enjoy each part of the two roles, from 0 to 100. "
                        "The whisker at each bar's end shows how sure that number is."
                    )
                )
            )
        )
        profile = ChartView(painter.paint_profile, painter.profile_height, description)
        profile.setObjectName("profileChart")
        self._add(profile)
        self._section(self.tr("What you enjoy against what you have done"))
        self._add(ChartView(painter.paint_quadrants, painter.quadrants_height, description))
        self._bullets([f"{QUADRANT_TITLES[key]}: {text}" for key, text in QUADRANT_MEANINGS.items()])

    def _matching(self, bank: Bank, result: Result) -> None:
        role = leading_role(bank, result)
        self._section(self.tr("What matches you as {0}").format(role.title))
        for scale, scored in matching_scales(bank, result, role):
            title = plain_label(
                f"{scale.title} — {fit_text(scored.score)} ({band(scored.score)})", object_name="matchTitle"
            )
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self._add(title)
            self._add(muted(plain_label(scale.description)))

    def _ladder(self, bank: Bank, result: Result) -> None:
        lead = leading_role(bank, result)
        self._section(self.tr("Career path"))
        chooser = QComboBox()
        chooser.setObjectName("ladderChooser")
        for role in (lead, other_role(bank, lead)):
            chooser.addItem(role.title, role.id)
        chooser.setAccessibleName(self.tr("Show the career path of"))
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Show the career path of:"), wrap=False))
        row.addWidget(chooser)
        row.addStretch(1)
        holder_layout.addLayout(row)
        body = plain_label(self._ladder_text(lead), object_name="ladderText")
        holder_layout.addWidget(body)
        chooser.currentIndexChanged.connect(
            lambda _index: body.setText(self._ladder_text(bank.role_by_id[str(chooser.currentData())]))
        )
        self._add(holder)

    def _ladder_text(self, role: Role) -> str:
        lines = [role.career, ""]
        for number, step in enumerate(role.ladder, start=1):
            years = self.tr("{0} years").format(step.years) if step.years[:1].isdigit() else step.years
            lines.append(f"{number}. {step.level} ({years}): {step.scope}")
            if step.certifications:
                lines.append("     " + self.tr("Certifications: {0}").format(", ".join(step.certifications)))
        if role.certifications:
            lines += ["", self.tr("Certifications")]
            lines += [f"•  {c.name} ({c.body}): {c.note}" for c in role.certifications]
        if role.learning:
            lines += ["", self.tr("To read")]
            lines += [f"•  {entry}" for entry in role.learning]
        return "\n".join(lines)

    def _steps(self, bank: Bank, result: Result) -> None:
        steps = next_steps(bank, result)
        if not steps:
            return
        self._section(self.tr("Next steps"))
        for step in steps:
            title = plain_label(f"{step.scale.title}: {step.reason}")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self._add(title)
            self._bullets(list(step.actions))

    def _why(self, bank: Bank, result: Result) -> None:
        self._section(self.tr("Why this result"))
        if result.drivers:
            self._add(plain_label(self.tr("The answers that weighed most:")))
            self._bullets([driver_text(bank, d) for d in result.drivers], object_name="driversText")
        self._add(plain_label(flip_summary(bank, result)))
        if result.flip:
            self._bullets([change_text(bank, c) for c in shown_flip(result)], object_name="flipText")

    def _adjacent(self, bank: Bank, result: Result) -> None:
        roles = adjacent_roles(bank, result)
        if not roles:
            return
        self._section(self.tr("Neighbouring roles worth a look"))
        self._bullets([f"{a.title}: {a.distinction}" for a in roles])

    def _quality(self, bank: Bank, result: Result) -> None:
        if not result.flags:
            return
        self._section(self.tr("About your answers"))
        self._bullets([bank.flag_text(flag) for flag in result.flags], object_name="flagsText")
