"""Taking an assessment: start, resume, answer, skip, go back, the tie-breakers, and finishing.

Each step changes the data first and only then tells the window what to show (through the view protocol);
this module never touches a widget, so it is tested with a recording stand-in for the window
(tests/ui/test_controller.py).

Nothing moves ahead of what is on disk: an answer is written to the store before the session moves on. If
the write fails (a full disk, a read-only folder, another program holding the file), the question stays on
screen with the person's pick marked as not saved and a plain reason; the same key pressed again, once the
cause is gone, saves that answer to that question.

After the last question (and the tie-breakers, when there are some) comes the optional "About you" page
(:class:`pmfit.ui.view.AboutYouScreen`): the session stands past its last question, and that position is
saved like any other, so a person who leaves there comes back to it. What they choose is saved with the
unfinished sheet as they choose it, and never scored. Only from that page does the run end, in one step,
:meth:`Assessment._finish`: the attempt is stored and ``on_finished`` shows its result.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmfit.storage.store import StoreError
from pmfit.ui.problems import rescued_notice, save_problem
from pmfit.ui.shared import Shared
from pmfit.ui.view import AboutYouScreen, QuestionScreen, Unsaved

if TYPE_CHECKING:  # loaded when an assessment starts, after the first paint
    from pmfit.core.answers import Respondent
    from pmfit.core.scoring import Result
    from pmfit.core.session import Session

translate = QCoreApplication.translate
Clock = Callable[[], float]
Finished = Callable[["Result", int], None]  # shows the result of the attempt just stored under this id


class Assessment:
    def __init__(
        self,
        shared: Shared,
        on_left: Callable[[], None],
        on_finished: Finished,
        clock: Clock = time.monotonic,
    ) -> None:
        self.shared = shared
        self._on_left = on_left  # back to the start
        self._on_finished = on_finished
        self._clock = clock
        self.session: Session | None = None
        self._shown_at = clock()
        self._unsaved: Unsaved | None = None
        # What the "About you" page shows as chosen: the saved choice, or a newer one a failed save kept.
        self._respondent: Respondent | None = None

    # ------------------------------------------------------------------------------ start, resume

    def start(self) -> None:
        shared = self.shared
        if not shared.ensure_bank():
            return
        from pmfit.core.session import Session

        if shared.store.load_progress() is None and shared.store.progress_problem is not None:
            self._rescue_unreadable_progress()
        session = Session.start(shared.current_bank())
        if self._save(session):
            self.session = session
            self._shown_at = self._clock()
            self._show_current()
        else:
            self._on_left()

    def resume(self) -> None:
        shared = self.shared
        if not shared.ensure_bank():
            return
        saved = shared.store.load_progress()
        if saved is None:
            self.start()
            return
        from pmfit.core.answers import SheetError, check_against_bank
        from pmfit.core.session import Session

        bank = shared.current_bank()
        sheet, position = saved
        try:
            check_against_bank(sheet, bank)
        except SheetError as error:
            shared.view.notify(
                translate("Flow", "The unfinished answers do not fit this question bank"),
                translate(
                    "Flow", "They are kept untouched; starting over would replace them. ({problem})"
                ).format(problem=str(error)),
                warning=True,
            )
            return
        self.session = Session(bank, sheet, min(max(position, 0), len(bank.main_items)))
        self._respondent = sheet.respondent
        self._shown_at = self._clock()
        self._show_current()

    def start_over(self) -> None:
        store, view = self.shared.store, self.shared.view
        if store.load_progress() is None:
            self.start()
            return

        def discard() -> None:
            try:
                store.clear_progress()
            except StoreError as error:
                view.notify(translate("Flow", "Nothing was changed"), save_problem(error), warning=True)
                return
            self.start()

        view.confirm(
            translate("Flow", "Start over?"),
            translate(
                "Flow", "This discards the answers of your unfinished assessment. Your past results are kept."
            ),
            discard,
            yes=translate("Flow", "Start over"),
            no=translate("Flow", "Keep my answers"),
        )

    def use_bank(self) -> None:
        """The bank changed language: an assessment under way goes on where it was, in the new words."""
        if self.session is not None:
            self.session = self.session.moved(bank=self.shared.current_bank())

    # ----------------------------------------------------------------------------------- the steps

    def answer(self, value: int) -> None:
        """The person picked ``value`` for the question on screen: save it, then move on."""
        session = self.session
        if session is None or session.current is None:
            return
        moved = session.moved()  # the sheet inside is immutable; position and tie-breakers are copied
        try:
            moved.answer(value, self._elapsed(commit=False))
        except ValueError:  # not an answer this question has (a digit beyond its options)
            return
        self._step(moved, pick=value)

    def forward(self) -> None:
        """Next question; an unanswered one counts as skipped (an earlier answer is kept)."""
        session = self.session
        if session is None or session.at_end:  # "About you" goes on by see_result()
            return
        moved = session.moved()
        moved.skip(self._elapsed(commit=False))
        self._step(moved)

    def back(self) -> None:
        session = self.session
        if session is None:
            return
        moved = session.moved()
        if not moved.back():
            return
        self._step(moved)

    def leave(self) -> None:
        """Back to the welcome screen; every answer given is already saved."""
        self.session = None
        self._unsaved = None
        self._on_left()

    def _step(self, moved: Session, pick: int | None = None) -> None:
        """Make ``moved`` the session, but only once it is on disk (see the module docstring)."""
        if moved.at_end and not moved.tiebreakers:
            # The end of the main run may open the tie-breaker round (a too-close result); otherwise, and at
            # the end of that round, the session stands on "About you".
            moved.offer_tiebreakers()
        if not self._save(moved, pick):
            return
        self.session = moved
        self._elapsed(commit=True)
        if moved.at_end:
            self._respondent = moved.sheet.respondent
        self._show_current()

    # ------------------------------------------------------------------------------- "About you"

    def tell(self, respondent: Respondent | None) -> None:
        """On "About you": the person changed what they say about themselves; saved at once, like an answer.

        A failed save keeps the choice on the page, with the reason; the next change, or the result asked
        for, tries again."""
        session = self.session
        if session is None or not session.at_end:
            return
        self._respondent = respondent
        had_problem = self._unsaved is not None
        moved = session.moved()
        moved.tell(respondent)
        if self._save(moved):  # else _refuse() has shown the page again, saying why
            self.session = moved
            if had_problem:
                self._show_current()  # without the problem now

    def see_result(self, *, skip_about_you: bool = False) -> None:
        """From "About you" to the result: the attempt is stored with what the person chose there, or, when
        they skip it, without anything about them."""
        session = self.session
        if session is None or not session.at_end:
            return
        moved = session.moved()
        moved.tell(None if skip_about_you else self._respondent)
        self._finish(moved)

    def _save(self, session: Session, pick: int | None = None) -> bool:
        try:
            self.shared.store.save_progress(session.sheet, session.position)
        except StoreError as error:
            self._refuse(error, pick)
            return False
        self._unsaved = None
        return True

    def _refuse(self, error: StoreError, pick: int | None) -> None:
        """The step could not be saved: stay on the question, with the pick marked as not saved."""
        if self.session is None:
            self.shared.view.notify(
                translate("Flow", "Your answers could not be saved"), save_problem(error), warning=True
            )
            return
        self._unsaved = Unsaved(pick, save_problem(error))
        self._show_current()

    def _elapsed(self, commit: bool) -> float:
        now = self._clock()
        elapsed = round(min(now - self._shown_at, 3600.0), 3)
        if commit:
            self._shown_at = now
        return elapsed

    def _show_current(self) -> None:
        session = self.session
        assert session is not None
        if session.current is None:  # past the last question: "About you", the step before the result
            problem = self._unsaved.problem if self._unsaved is not None else None
            about_you = AboutYouScreen(self._respondent, can_go_back=session.position > 0, problem=problem)
            self.shared.show(about_you, self._show_current)
            return
        number, total = session.progress()
        words = session.bank.facet_words(session.current)
        screen = QuestionScreen(
            item=session.current,
            answer=session.current_answer,
            number=number,
            total=total,
            minutes_left=session.minutes_left(),
            tiebreaker=session.in_tiebreakers,
            can_go_back=session.position > 0,
            unsaved=self._unsaved,
            labels=None if words is None else words.labels,
            prompt=None if words is None else words.prompt,
        )
        self.shared.show(screen, self._show_current)

    def _finish(self, moved: Session) -> None:
        """The one step that ends a run: store the attempt (the unfinished sheet goes), show the result."""
        from pmfit.core.attempts import record_of

        sheet = moved.finish()
        result = moved.result()
        try:
            attempt_id = self.shared.store.finish_attempt(sheet, record_of(result))
        except StoreError as error:
            self._refuse(error, None)
            return
        self.session = None
        self._unsaved = None
        self._on_finished(result, attempt_id)

    def _rescue_unreadable_progress(self) -> None:
        """An unfinished sheet the store cannot read is copied out before a new one replaces it."""
        try:
            rescued = self.shared.store.rescue_progress()
        except StoreError:
            return
        if rescued is not None:
            self.shared.view.notify(*rescued_notice(rescued), warning=True)
