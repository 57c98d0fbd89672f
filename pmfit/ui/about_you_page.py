"""The "About you" page: after the last question and before the result, two optional questions for pilots.

A course or an HR team that runs pmfit with many people wants to know whether it tells real Product
Managers from real Project Managers (``pmfit bank analyze``'s known groups). For that, an answer sheet may
say what the person does now and for how many years (its ``respondent``). Both are optional, never scored,
and the whole page is skipped with one key.

Keys, as on a question page: digits 1-5 pick a role (the pick stays; nothing moves on, as there is a second
question), Up and Down move between the roles, Left or Backspace go back to the last question, Esc goes to
the start (Resume comes back here). Enter shows the result with what is chosen, Alt+S ("Skip") shows it
without anything about the person. Esc does not skip: on every question page it means "leave, and come
back later", and here too, so that the reflex can never end an assessment.

The years are a spin box of whole years (0 for less than one), not a set of ranges: the sheet stores a
whole number of years, and a spin box stores exactly what the person said. A range would be stored as one
number standing for several (is 3 "three years" or "three to five"?), and grouping years into ranges is a
choice for the analysis, which can change without changing what was collected. Below 0 it reads "not
said", where it starts; it is off until a role is chosen, and for "none yet".

The page looks like a question page: the same progress line, note panel, heading, answer cards, and Back, Skip
and "Show my result" (the accent button) right under the questions, in the content column. The roles are an
answer group named by its question (pmfit.ui.answers), and focus moves into it on arrival, which makes a
screen reader say the question, as it does for every question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmfit.core.answers import CURRENT_ROLES, MAX_YEARS, Respondent
from pmfit.ui.answers import AnswerButton, AnswerGroup
from pmfit.ui.theme import PRIMARY, SPACE_GROUP, set_button_role
from pmfit.ui.view import AboutYouScreen
from pmfit.ui.widgets import ScrollPage, bind_key, heading, muted, own_heading, own_label, reachable_by_tab

NOT_SAID = -1  # the spin box's value that reads "not said"
NO_YEARS = (None, "none")  # roles after which "years in that role" asks nothing


class AboutYouPage(ScrollPage):
    changed = Signal(object)  # Respondent | None: what the page shows as chosen, after each change
    result_requested = Signal()  # Enter: the result, with what is chosen
    skip_requested = Signal()  # Alt+S: the result, without anything about the person
    back_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutYouPage")
        self._showing = False  # set while the page shows a screen's data: no change is the person's then
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)  # every question is behind
        self.step = muted(own_label())
        self.step.setObjectName("aboutYouStep")
        self.title = own_heading("", 1.3)
        self.title.setObjectName("aboutYouTitle")
        self.note = own_label()
        self.note.setObjectName("aboutYouNote")
        self.note.setFrameShape(QLabel.Shape.StyledPanel)
        self.note.setMargin(10)
        self.role_question = heading("", 1.1, object_name="roleQuestion")
        self.roles = AnswerGroup("", [(index, "") for index in range(len(CURRENT_ROLES))])
        self.roles.setObjectName("roleGroup")
        self.years_question = heading("", 1.1, object_name="yearsQuestion")
        self.years = QSpinBox()
        self.years.setObjectName("yearsBox")
        self.years.setRange(NOT_SAID, MAX_YEARS)
        self.years.setValue(NOT_SAID)
        self.years.setMinimumHeight(40)
        self.years.setMinimumWidth(self.years.fontMetrics().horizontalAdvance("0") * 12)
        self.years_question.setBuddy(self.years)
        self.years_hint = muted(own_label())
        self.years_hint.setObjectName("yearsHint")
        # The hint beside the box rather than under it: the page's own buttons then show at 800x600.
        years_row = QHBoxLayout()
        years_row.setSpacing(SPACE_GROUP)
        years_row.addWidget(self.years)
        years_row.addWidget(self.years_hint, 1)
        self.save_problem = own_label()
        self.save_problem.setObjectName("saveProblem")
        self.save_problem.setTextFormat(Qt.TextFormat.PlainText)  # the reason may quote a path
        self.save_problem.setFrameShape(QLabel.Shape.StyledPanel)
        self.save_problem.setMargin(10)
        self.save_problem.hide()

        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skipButton")
        self.result_button = QPushButton()
        self.result_button.setObjectName("resultButton")
        set_button_role(self.result_button, PRIMARY)  # the step most people take next
        # Under the questions, on the content column's edges, as on a question page.
        self.nav = QWidget()
        self.nav.setObjectName("aboutYouNav")
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(0, SPACE_GROUP - self.column.spacing(), 0, 0)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addSpacing(8)
        nav.addWidget(self.result_button)

        questions = QVBoxLayout()
        questions.setSpacing(10)
        for part in (self.role_question, self.roles):
            questions.addWidget(part)
        questions.addSpacing(8)
        questions.addWidget(self.years_question)
        questions.addLayout(years_row)
        for widget in (self.progress_bar, self.step, self.title, self.note):
            self.column.addWidget(widget)
        self.column.addLayout(questions)
        self.column.addWidget(self.save_problem)
        self.column.addWidget(self.nav)
        self.column.addStretch(1)

        self.roles.buttons.idClicked.connect(self._role_picked)
        self.years.valueChanged.connect(self._years_changed)
        self.back_button.clicked.connect(self.back_requested)
        self.skip_button.clicked.connect(self.skip_requested)
        self.result_button.clicked.connect(self._result)
        self._install_keys()
        reachable_by_tab(self.title, self.note)
        self.leave_scrolling_to_keys()
        self.retranslate()

    def _install_keys(self) -> None:
        def shortcut(key: Qt.Key, slot: object) -> None:
            # Inside the years box its own keys come first: Qt lets a text field take the digits, Left
            # and Backspace it edits with before any shortcut sees them.
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        for number in range(1, len(CURRENT_ROLES) + 1):
            shortcut(getattr(Qt.Key, f"Key_{number}"), lambda n=number: self.pick_number(n))
        for key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            shortcut(key, self.back_button.click)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self.result_button.click)
        shortcut(Qt.Key.Key_Escape, self.leave_requested.emit)
        bind_key(self, "Alt+S", self.skip_button)

    def retranslate(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("About you"))
        self.progress_bar.setAccessibleName(self.tr("Progress through the questions"))
        self.step.setText(self.tr("Last step · optional · never scored"))
        self.title.setText(self.tr("About you"))
        self.note.setText(
            self.tr(
                "A course or an HR team can use these two answers to check whether pmfit tells real "
                "Product Managers from real Project Managers. They never change your result, and they "
                "leave this computer only in answer sheets you export."
            )
        )
        question = self.tr("What is your current role?")
        self.role_question.setText(question)
        self.roles.setAccessibleName(question)
        # The note says why the group is asked; a screen reader says it after the question.
        self.roles.setAccessibleDescription(self.note.text())
        labels = {
            "product_manager": self.tr("Product Manager"),
            "project_manager": self.tr("Project Manager"),
            "both": self.tr("Both: I do the work of each"),
            "other": self.tr("Another role (developer, designer, analyst, …)"),
            "none": self.tr("None yet (studying, or between jobs)"),
        }
        for index, role in enumerate(CURRENT_ROLES):
            button = self.roles.buttons.button(index)
            assert isinstance(button, AnswerButton)
            button.words = labels[role]
            button.setAccessibleName(self.tr("{0}, {1}").format(labels[role], index + 1))
            button.updateGeometry()
            button.update()
        years = self.tr("How many years have you been in that role?")
        self.years_question.setText(years)
        self.years.setAccessibleName(years)
        self.years.setSpecialValueText(self.tr("not said"))
        self._say_years_hint()
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("The last question (Left arrow or Backspace)"))
        self.skip_button.setText(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("See your result without answering these (Alt+S)"))
        self.result_button.setText(self.tr("Show my result →"))
        self.result_button.setToolTip(self.tr("See your result; what you chose here is kept with it (Enter)"))

    def _say_years_hint(self) -> None:
        """Under the years: how to answer, or why the box is off (a screen reader cannot Tab onto it)."""
        if self.years.isEnabled():
            self.years_hint.setText(self.tr("Whole years, 0 if less than one."))
        elif self.roles.buttons.checkedId() < 0:
            self.years_hint.setText(self.tr("Choose a role above first."))
        else:
            self.years_hint.setText(self.tr("Not asked when you have none of these roles yet."))

    def _enable_years(self, role: str | None) -> None:
        self.years.setEnabled(role not in NO_YEARS)
        if role in NO_YEARS:
            self.years.setValue(NOT_SAID)
        self._say_years_hint()

    # ------------------------------------------------------------------------------------ showing

    def show_screen(self, screen: AboutYouScreen) -> None:
        """Show what is chosen (as saved, or as kept after a failed save) and why a save failed, if one
        did; focus stays where it is (the window moves it in on arrival: :meth:`focus_start`)."""
        said = screen.respondent
        role = said.current_role if said is not None else None
        self._showing = True
        try:
            buttons = self.roles.buttons
            if role in CURRENT_ROLES:
                buttons.button(CURRENT_ROLES.index(role)).setChecked(True)
            else:  # an exclusive group cannot uncheck its last checked button
                buttons.setExclusive(False)
                for button in buttons.buttons():
                    button.setChecked(False)
                buttons.setExclusive(True)
            years = said.years if said is not None else None
            self.years.setValue(NOT_SAID if years is None else years)
            self._enable_years(role)
        finally:
            self._showing = False
        saving = screen.saving
        if saving is not None and (saving.held or saving.leaving):  # the person waits on a write: say so
            then = (
                self.tr("Then back to the start.")
                if saving.leaving
                else self.tr("Press it again once saved.")
            )
            self.save_problem.setText(self.tr("Saving…") + " " + then)
        elif screen.problem is not None:
            self.save_problem.setText(self.tr("What you chose here is not saved yet.") + " " + screen.problem)
        shown = screen.problem is not None or (saving is not None and (saving.held or saving.leaving))
        self.save_problem.setVisible(shown)
        self.back_button.setEnabled(screen.can_go_back)
        self.scroll_to_top()

    def focus_start(self) -> None:
        """Focus on the chosen role, else the first: a screen reader says the question as focus enters."""
        buttons = self.roles.buttons
        chosen = buttons.checkedButton() or buttons.button(0)
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    # --------------------------------------------------------------------------------- choosing

    def respondent(self) -> Respondent | None:
        """What the page shows as chosen; None when nothing is."""
        index = self.roles.buttons.checkedId()
        role = CURRENT_ROLES[index] if index >= 0 else None
        years = self.years.value() if role not in NO_YEARS and self.years.value() != NOT_SAID else None
        if role is None and years is None:
            return None
        return Respondent(current_role=role, years=years)

    def pick_number(self, number: int) -> None:
        """Digit N picks role N."""
        button = self.roles.buttons.button(number - 1)
        if button is None:
            return
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._role_picked(number - 1)

    def _role_picked(self, index: int) -> None:
        role = CURRENT_ROLES[index]
        self._showing = True
        try:
            self._enable_years(role)
        finally:
            self._showing = False
        self.changed.emit(self.respondent())

    def _years_changed(self, _value: int) -> None:
        if not self._showing:
            self.changed.emit(self.respondent())

    def _result(self) -> None:
        self.years.interpretText()  # a number typed and not yet taken counts (it emits changed first)
        self.result_requested.emit()
