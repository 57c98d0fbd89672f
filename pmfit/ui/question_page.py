"""The question screen: one item at a time, answered with a click or a digit key.

Role and responsibility names are never shown here: they would colour the answers. A pick is passed on at
once (the controller saves it before anything moves); the page keeps it visibly selected for a moment
before it shows the next question, and ignores further digits meanwhile, so a quick second key press can
never land on a question the person has not seen. Then the next question fades in, and the progress bar
slides to its new value (:mod:`pmfit.ui.motion`), unless the desktop asks for no animation.

The question's area is at least two lines tall and Back and Skip/Next sit right under the answers, in the
content column, so that nothing moves between a one-line and a two-line question and the way on is where
the eye already is.

Each question gets a new group of answers (pmfit.ui.answers), named by the question, and focus moves onto that
group, not onto an answer: that is what makes a screen reader say the question, and no answer wears the focus
ring before the person moves to it (the first Up or Down goes to the picked answer, else the first). The group
before is kept, hidden, until the next question replaces it: a screen reader compares the new focus with the
last one, and says nothing about the new group when the last focus has already been destroyed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmfit.core.length import whole_minutes
from pmfit.render.words import answer_label
from pmfit.ui.accessible import announce, set_role
from pmfit.ui.answers import AnswerButton, AnswerGroup
from pmfit.ui.motion import FadeIn, SlidingValue
from pmfit.ui.theme import PRIMARY, SPACE_GROUP, set_button_role
from pmfit.ui.view import QuestionScreen, Saving
from pmfit.ui.widgets import ScrollPage, heading, muted, plain_label

# How long a picked answer stays visibly selected before the next question: long enough to see, and
# within the 250 ms a digit may take to move on (docs/ARCHITECTURE.md, "The path of an answer").
CONFIRM_MS = 180
QUESTION_LINES = 2  # the question's area keeps room for this many lines, so the answers stay put


class QuestionPage(ScrollPage):
    # The value picked, as the answer sheet stores it (Item.answers: 1-5 on the agreement scale, a choice's
    # option index from 0).
    answer_chosen = Signal(int)
    back_requested = Signal()
    forward_requested = Signal()
    leave_requested = Signal()
    shown = Signal(int, int)  # the question now on screen: its number and the round's total

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPage")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.progress_text = muted(plain_label(object_name="progressText"))
        self.note = self._new_note()
        self.note.hide()
        self.prompt = muted(plain_label(object_name="questionPrompt"))
        # Its line is kept on every question, shown or not, so that the statements with a prompt (the
        # experience questions, among the others in the full form) and those without start at one height.
        keep_room = self.prompt.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.prompt.setSizePolicy(keep_room)
        self.prompt.hide()
        self.question = heading("", 1.3, level=1, object_name="questionText")
        self.question.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.save_problem = plain_label(object_name="saveProblem")
        self.save_problem.setFrameShape(QLabel.Shape.StyledPanel)
        self.save_problem.setMargin(10)
        self.save_problem.hide()
        # The question and its answers, the part that changes from one question to the next (and fades in).
        self.stage = QWidget()
        self.stage.setObjectName("questionStage")
        stage = QVBoxLayout(self.stage)
        stage.setContentsMargins(0, 0, 0, 0)
        stage.setSpacing(self.column.spacing())
        self.answers_box = QWidget()
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answers_layout.setContentsMargins(0, 0, 0, 0)
        self.answers: AnswerGroup = AnswerGroup("", [])
        self.answers.buttons.idClicked.connect(self._picked)
        self._retired: AnswerGroup | None = None
        self.answers_layout.addWidget(self.answers)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        # On the first question there is nothing to go back to: the button is hidden, not greyed out, and
        # keeps its room so that Next stays where it is.
        keep_room = self.back_button.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.back_button.setSizePolicy(keep_room)
        self.forward_button = QPushButton()
        self.forward_button.setObjectName("forwardButton")
        # Under the answers, on the content column's edges: where the eye is once it has read them.
        self.nav = QWidget()
        self.nav.setObjectName("questionNav")
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(0, SPACE_GROUP - self.column.spacing(), 0, 0)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.forward_button)

        for widget in (self.prompt, self.question, self.save_problem, self.answers_box):
            stage.addWidget(widget)
        self.column.addWidget(self.progress_bar)
        self.column.addWidget(self.progress_text)
        self.column.addWidget(self.note)
        self.column.addWidget(self.stage)
        self.column.addWidget(self.nav)
        self.column.addStretch(1)
        self._keep_question_room()
        self._fade = FadeIn(self.stage)
        self._bar = SlidingValue(self.progress_bar)

        self.back_button.clicked.connect(self._back)
        self.forward_button.clicked.connect(self._forward)
        self._showing_pick = QTimer(self)
        self._showing_pick.setSingleShot(True)
        self._showing_pick.setInterval(CONFIRM_MS)
        self._showing_pick.timeout.connect(self._show_waiting)
        self._waiting: QuestionScreen | None = None
        self._then: Callable[[], None] | None = None  # what shows after the last question's pick
        self._in_tiebreakers = False  # the question on screen is a tie-breaker
        self._shown: QuestionScreen | None = None  # the screen on display
        # A write that takes longer than the pick's moment (another program holds pmfit's data file) is
        # said on screen; a quick one never is, so that the usual answer shows no flicker of "saving".
        self._saving: Saving | None = None
        self._saving_checked = -1
        self._saving_note = QTimer(self)
        self._saving_note.setSingleShot(True)
        self._saving_note.setInterval(CONFIRM_MS)
        self._saving_note.timeout.connect(self._say_saving)
        self._values: list[int] = []  # the answer value of each button, in order
        self._install_keys()
        self.leave_scrolling_to_keys()
        self.retranslate()

    @property
    def group(self) -> QButtonGroup:
        """The buttons of the question on screen."""
        return self.answers.buttons

    def _install_keys(self) -> None:
        def shortcut(key: Qt.Key | QKeySequence.StandardKey, slot: object) -> None:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        for digit in range(1, 10):
            shortcut(getattr(Qt.Key, f"Key_{digit}"), lambda d=digit: self.pick_number(d))
        for key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            shortcut(key, self._back)
        shortcut(Qt.Key.Key_Right, self._forward)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self._enter)
        shortcut(Qt.Key.Key_Escape, self.leave_requested.emit)

    def _keep_question_room(self) -> None:
        """Room for two lines of the question at its size, whatever it says (a longer one grows), and for the
        line of a facet's prompt above it, on every question."""
        self.question.setMinimumHeight(self.question.fontMetrics().lineSpacing() * QUESTION_LINES)
        self.prompt.setMinimumHeight(self.prompt.fontMetrics().lineSpacing())

    def restyle(self) -> None:
        self._keep_question_room()

    def retranslate(self) -> None:
        self.scroll_area.setAccessibleName(self.tr("The question and its answers"))
        self.progress_bar.setAccessibleName(self.tr("Progress through the questions"))
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Previous question (Left arrow or Backspace)"))
        self._update_forward_text()

    @property
    def busy(self) -> bool:
        """True while a pick is shown selected before the next question appears."""
        return self._showing_pick.isActive()

    def show_screen(self, screen: QuestionScreen) -> None:
        """Show ``screen``; right after a pick, the next question waits until the pick has been seen. The
        question on display being saved (``screen.saving``) stays as it is, with a note if it takes long."""
        if screen.saving is not None and self._is_on_display(screen):
            self._show_saving(screen.saving)
            return
        self._saving = None
        self._saving_note.stop()
        self._then = None
        if self.busy and screen.unsaved is None:
            self._waiting = screen
            return
        self._showing_pick.stop()
        self._waiting = None
        self._show_now(screen, moved=self._shown is not None and not self._is_on_display(screen))

    def after_pick(self, then: Callable[[], None]) -> None:
        """Run ``then`` (another page after the last question) once the pick on screen has been seen, as
        the next question would wait; at once when no pick is showing. A question shown meanwhile drops it."""
        if not self.busy:
            then()
            return
        self._waiting = None
        self._then = then

    def _show_waiting(self) -> None:
        if self._waiting is not None:
            screen, self._waiting = self._waiting, None
            self._show_now(screen, moved=True)
        elif self._then is not None:
            then, self._then = self._then, None
            then()

    def _is_on_display(self, screen: QuestionScreen) -> bool:
        shown = self._shown
        return shown is not None and (shown.item.id, shown.number, shown.tiebreaker) == (
            screen.item.id,
            screen.number,
            screen.tiebreaker,
        )

    def _show_saving(self, saving: Saving) -> None:
        if self._saving is None:
            self._saving_checked = self.group.checkedId()  # the pick being written, kept on screen
        self._saving = saving
        if saving.held or saving.leaving:  # the person is waiting on it: say so at once
            self._saving_note.stop()
            self._say_saving()
        elif not self._saving_note.isActive():
            self._saving_note.start()

    def _say_saving(self) -> None:
        saving = self._saving
        if saving is None:
            return
        text = self.tr("Saving your answer…") if saving.value is not None else self.tr("Saving…")
        if saving.leaving:
            text += " " + self.tr("Then back to the start.")
        elif saving.held:
            text += " " + self.tr("Keys pressed before it is saved do nothing: wait for the next question.")
        self.save_problem.setText(text)
        self.save_problem.setVisible(True)

    def _show_now(self, screen: QuestionScreen, *, moved: bool = False) -> None:
        """Show ``screen``; ``moved``: it is another question than the one on display, which fades in."""
        self._shown = screen
        item = screen.item
        # The bar counts the question on screen, as the words beside it do ("1 of 93" fills 1/93), and
        # slides there from where it was when the round is the same.
        self._bar.move_to(screen.number, screen.total)
        if screen.quick:
            # The quick form's end is not known ahead: it comes as soon as the answer is settled.
            self.progress_text.setText(
                self.tr("{0} of at most {1} · quick form: it ends as soon as your answer is settled").format(
                    screen.number, screen.total
                )
            )
        else:
            minutes = whole_minutes(screen.minutes_left)
            left = self.tr("about {0} min left").format(minutes) if minutes else self.tr("almost done")
            self.progress_text.setText(self.tr("{0} of {1} · {2}").format(screen.number, screen.total, left))
        note = (
            self.tr(
                "Your answers put the two roles too close to call. "
                "These few this-or-that questions can settle it; "
                "skip them to see your result as it is."
            )
            if screen.tiebreaker
            else ""
        )
        if note and (self.note.isHidden() or self.note.text() != note):
            self._show_note(note)
        self.note.setVisible(bool(note))
        first_tiebreaker = screen.tiebreaker and not self._in_tiebreakers
        self._in_tiebreakers = screen.tiebreaker
        # A facet's question ("How often have you done this?") sits above its statement, and is part of
        # the name a screen reader gives the answers.
        self.prompt.setText(screen.prompt or "")
        self.prompt.setVisible(bool(screen.prompt))
        self.question.setText(item.text)
        # The item says what it offers; button N (key N) stands for its N-th answer, whatever its value; the
        # bank's facet words, where it has them, name the answers.
        self._values = [answer.value for answer in item.answers]
        labels = [
            (index, answer_label(item, value, screen.labels)) for index, value in enumerate(self._values)
        ]
        name = f"{screen.prompt} {item.text}" if screen.prompt else item.text
        if first_tiebreaker:
            # Why these questions came, said with the first of them as focus enters its answers: the words
            # above the question start the group's name (Orca 43 speaks a group's name, not its description).
            name = f"{note} {name}"
        unsaved = screen.unsaved
        shown = unsaved.value if unsaved is not None and unsaved.value is not None else screen.answer
        selected = self._values.index(shown) if shown in self._values else None
        self._replace_answers(AnswerGroup(name, labels))
        if selected is not None and self.group.button(selected) is not None:
            picked = self.group.button(selected)
            picked.setChecked(True)
            # Focus lands on the group, not on the pick, so the group's name says what was picked (a person
            # coming back to a question hears their answer with it, as a sighted one sees it filled in).
            self.answers.setAccessibleName(
                self.tr("{0} Your answer: {1}.").format(name, picked.accessibleName())
            )
        if unsaved is not None:
            self.save_problem.setText(
                (self.tr("Your answer is not saved yet.") + " " if unsaved.value is not None else "")
                + unsaved.problem
            )
        self.save_problem.setVisible(unsaved is not None)
        self.back_button.setVisible(screen.can_go_back)
        self._update_forward_text(screen.answer is not None)
        self.scroll_to_top()
        if moved:
            self._fade.start()
        self.shown.emit(screen.number, screen.total)
        if self.isVisible():
            # On the question's group, not on an answer: a screen reader says the question, and no answer
            # looks chosen before the person moves to one.
            self.answers.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _new_note(text: str = "") -> QLabel:
        note = plain_label(text, object_name="tiebreakerNote")
        note.setFrameShape(QLabel.Shape.StyledPanel)
        note.setMargin(10)
        # Read by its words as one piece, like the question under it.
        set_role(note, "StaticText")
        return note

    def _show_note(self, text: str) -> None:
        """Show ``text`` above the question in a new label: Orca's flat review keeps a label that was hidden
        as hidden (it skipped the note when the tie-breakers began), and a new one it asks about afresh."""
        old = self.note
        self.note = self._new_note(text)
        self.column.replaceWidget(old, self.note)
        old.hide()
        old.deleteLater()
        self.note.show()

    def _replace_answers(self, group: AnswerGroup) -> None:
        """Show ``group`` in place of the answers on screen; keep those (hidden) until the next question."""
        if self._retired is not None:
            self._retired.deleteLater()
        old = self.answers
        self.answers_layout.removeWidget(old)
        old.hide()
        old.buttons.idClicked.disconnect(self._picked)
        self._retired = old
        self.answers = group
        group.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # focus lands here on arrival; Shift+Tab comes back
        self.answers_layout.addWidget(group)
        group.buttons.idClicked.connect(self._picked)
        group.show()  # now, not on the next turn of the event loop, so that focus can go to it

    def _update_forward_text(self, answered: bool = False) -> None:
        self.forward_button.setText(self.tr("Next →") if answered else self.tr("Skip →"))
        # Answered, going on is the step to take: the accent. Unanswered, skipping is not to be urged.
        set_button_role(self.forward_button, PRIMARY if answered else "")
        self.forward_button.setToolTip(self.tr("Next question (Right arrow or Enter)"))

    def pick_number(self, number: int) -> None:
        """Digit N picks answer N (for a choice, option N)."""
        if self.busy:
            return
        button = self.group.button(number - 1)
        if button is None:
            return
        if self._saving is not None:  # the controller says to wait; the pick on screen stays the one saved
            self.answer_chosen.emit(self._values[number - 1])
            return
        had_focus = button.hasFocus()
        button.setChecked(True)
        if had_focus:
            # Focus does not move, so a screen reader says nothing of the pick (Orca speaks a radio
            # button's new state only after Space): say it.
            announce(button, self.tr("selected"))
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._picked(number - 1)

    def _enter(self) -> None:
        """Return or Enter: picks the answer that has focus; with no answer focused, the next question."""
        focus = self.focusWidget()
        if not self.busy and isinstance(focus, AnswerButton) and self.answers.isAncestorOf(focus):
            self.pick_number(focus.number)
            return
        self._forward()

    def _picked(self, index: int) -> None:
        if self.busy:
            return
        if self._saving is not None:  # a click while the pick is written: it stays the pick on screen
            self._check_only(self._saving_checked)
            self.answer_chosen.emit(self._values[index])
            return
        self._update_forward_text(True)
        self._showing_pick.start()
        self.answer_chosen.emit(self._values[index])

    def _check_only(self, index: int) -> None:
        """The button ``index`` checked and no other (-1: none)."""
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)  # an exclusive group cannot be emptied otherwise
        for other in self.group.buttons():
            other.setChecked(False)
        self.group.setExclusive(True)

    def _back(self) -> None:
        self._showing_pick.stop()  # a move asked for now goes ahead without waiting for the pick's moment
        self._then = None
        self.back_requested.emit()

    def _forward(self) -> None:
        if self.busy:  # the pick is saved and the next question is on its way: show it now
            self._showing_pick.stop()
            self._show_waiting()
            return
        self.forward_requested.emit()
