"""Taking an assessment: start, resume, answer, skip, go back, the tie-breakers, and finishing.

Each step changes the data first and only then tells the window what to show (through the view protocol);
this module never touches a widget, so it is tested with a recording stand-in for the window
(tests/ui/test_controller.py).

Nothing moves ahead of what is on disk: an answer is written to the store before the session moves on. If
the write fails (a full disk, a read-only folder, another program holding the file), the question stays on
screen with the person's pick marked as not saved and a plain reason; the same key pressed again, once the
cause is gone, saves that answer to that question.

Every write runs off the UI thread (``shared.jobs``): another program holding pmfit's data file makes a
write wait up to the store's 5 seconds, and the window must keep answering meanwhile. While a write is
under way the screen stays as it is, marked "saving…" when it takes long (the view's :class:`Saving`),
and there is only ever one write at a time:

* an answer, a skip or a move back does nothing, and the screen says to wait: a key pressed while the
  pick is being saved would otherwise land on a question the person has not seen yet; on "About you",
  asking for the result does nothing either, and says so;
* Esc is remembered, and leaves for the start as soon as the write is done (saying so if it failed);
* a change on "About you" is kept on the page, and the latest is written once the write under way is done;
* starting, resuming or starting over waits for it too (their buttons do nothing meanwhile).

After the last question (and the tie-breakers, when there are some) comes the optional "About you" page
(:class:`pmfit.ui.view.AboutYouScreen`): the session stands past its last question, and that position is
saved like any other, so a person who leaves there comes back to it. What they choose is saved with the
unfinished sheet as they choose it, and never scored. Only from that page does the run end, in one step,
:meth:`Assessment._finish`: the attempt is stored and ``on_finished`` shows its result.

The quick form is a session of its own kind (:class:`pmfit.core.session.Form`): the session decides
where it ends, and everything above holds for it as for the full form. "Answer the rest" goes on with a
finished quick form's sheet, every answer kept; the store remembers which attempt the unfinished sheet
completes, and finishing it updates that attempt rather than adding another.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmfit.storage.store import StoreError
from pmfit.ui.problems import rescued_notice, save_problem
from pmfit.ui.shared import Shared
from pmfit.ui.view import AboutYouScreen, QuestionScreen, Saving, Unsaved

if TYPE_CHECKING:  # loaded when an assessment starts, after the first paint
    from pmfit.core.answers import AnswerSheet, Respondent
    from pmfit.core.scoring import Result
    from pmfit.core.session import Form, Session

translate = QCoreApplication.translate
Clock = Callable[[], float]
# Shows the result of the attempt just stored under this id, with its sheet.
Finished = Callable[["Result", int, "AnswerSheet"], None]


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
        self._saving: Saving | None = None  # the write under way, if any (see the module docstring)
        self._tell_after = False  # "About you" changed while a write was under way: write it next
        # The finished quick form whose rest the session answers (its attempt id), else None.
        self._continues: int | None = None

    @property
    def saving(self) -> bool:
        """True while a write is under way."""
        return self._saving is not None

    # ------------------------------------------------------------------------------ start, resume

    def start(self, form: Form | None = None) -> None:
        """A new assessment: the full form, or the quick one (``Form.QUICK``)."""
        shared = self.shared
        if self.saving or not shared.ensure_bank():
            return
        from pmfit.core.session import Form, Session

        if shared.store.load_progress() is None and shared.store.progress_problem is not None:
            self._rescue_unreadable_progress()
        self._begin(Session.start(shared.current_bank(), form or Form.FULL), continues=None)

    def start_quick(self) -> None:
        """The quick form (Alt+Q on the welcome screen): an unfinished assessment is discarded first, when
        the person says so."""
        from pmfit.core.session import Form

        self.start_over(Form.QUICK)

    def answer_rest(self, attempt_id: int) -> None:
        """The rest of the finished quick form ``attempt_id``: from where it stopped, every answer kept; the
        attempt is updated when the rest is finished. An unfinished assessment is discarded first, when the
        person says so."""
        shared = self.shared
        if self.saving or not shared.ensure_bank():
            return
        from pmfit.core.attempts import rest_left
        from pmfit.core.session import Session

        attempt = shared.store.attempt(attempt_id)
        bank = shared.current_bank()
        if attempt is None or not rest_left(attempt.sheet, bank):
            return
        self._discarding_unfinished(lambda: self._begin(Session.rest_of(bank, attempt.sheet), attempt_id))

    def _begin(self, session: Session, continues: int | None) -> None:
        """Make ``session`` the one under way once it is on disk (completing the quick form ``continues``,
        if given); else back to the start."""
        sheet, position = session.sheet, session.position

        def started(_: object) -> None:
            self.session = session
            self._continues = continues
            self._respondent = session.sheet.respondent
            self._shown_at = self._clock()
            self._show_current()

        def failed(error: StoreError) -> None:
            self._not_saved(error)
            self._on_left()

        store = self.shared.store
        self._write(lambda: store.save_progress(sheet, position, continues=continues), None, started, failed)

    def resume(self) -> None:
        shared = self.shared
        if self.saving or not shared.ensure_bank():
            return
        saved = shared.store.load_progress()
        if saved is None:
            self.start()
            return
        from pmfit.core.answers import SheetError, check_against_bank
        from pmfit.core.session import Session
        from pmfit.system.problems import spoken

        bank = shared.current_bank()
        sheet, position = saved
        try:
            check_against_bank(sheet, bank)
        except SheetError as error:
            shared.view.notify(
                translate("Flow", "The unfinished answers do not fit this question bank"),
                translate(
                    "Flow", "They are kept untouched; starting over would replace them. ({problem})"
                ).format(problem=spoken(error)),
                warning=True,
            )
            return
        # Wherever it was saved: a question, a tie-breaker (the round is offered again: Session.resumed), or
        # past the last one, on "About you".
        self._continues = shared.store.continued_attempt()
        self.session = Session.resumed(bank, sheet, position, rest=self._continues is not None)
        self._respondent = sheet.respondent
        self._shown_at = self._clock()
        self._show_current()

    def start_over(self, form: Form | None = None) -> None:
        """A new assessment (``form``: the quick one), once the person agrees to discard the unfinished."""
        self._discarding_unfinished(lambda: self.start(form))

    def _discarding_unfinished(self, then: Callable[[], None]) -> None:
        store, view = self.shared.store, self.shared.view
        if self.saving:
            return
        if store.load_progress() is None:
            then()
            return

        def discard() -> None:
            if self.saving:
                return

            def failed(error: StoreError) -> None:
                view.notify(translate("Flow", "Nothing was changed"), save_problem(error), warning=True)

            self._write(store.clear_progress, None, lambda _: then(), failed)

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
        if session is None or session.current is None or self._held():
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
        if session is None or session.at_end or self._held():  # "About you" goes on by see_result()
            return
        moved = session.moved()
        moved.skip(self._elapsed(commit=False))
        self._step(moved)

    def back(self) -> None:
        session = self.session
        if session is None or self._held():
            return
        moved = session.moved()
        if not moved.back():
            return
        self._step(moved)

    def leave(self) -> None:
        """Back to the welcome screen; every answer given is already saved (or, while one is being
        saved, as soon as it is)."""
        if self._saving is not None:
            self._saving = self._saving._replace(leaving=True)
            self._show_current()
            return
        self.session = None
        self._unsaved = None
        self._on_left()

    def _held(self) -> bool:
        """True (and the screen says to wait) when a write is under way: the key does nothing."""
        if self._saving is None:
            return False
        self._saving = self._saving._replace(held=True)
        self._show_current()
        return True

    def _step(self, moved: Session, pick: int | None = None) -> None:
        """Make ``moved`` the session, but only once it is on disk (see the module docstring)."""
        if moved.at_end and not moved.tiebreakers:
            # The end of the main run may open the tie-breaker round (a too-close result); otherwise, and at
            # the end of that round, the session stands on "About you".
            moved.offer_tiebreakers()
        sheet, position = moved.sheet, moved.position

        def saved(_: object) -> None:
            self.session = moved
            self._elapsed(commit=True)
            if moved.at_end:
                self._respondent = moved.sheet.respondent
            self._show_current()

        continues = self._continues
        self._write(
            lambda: self.shared.store.save_progress(sheet, position, continues=continues),
            pick,
            saved,
            lambda error: self._refuse(error, pick),
        )

    # ------------------------------------------------------------------------------- "About you"

    def tell(self, respondent: Respondent | None) -> None:
        """On "About you": the person changed what they say about themselves; saved at once, like an answer.

        A failed save keeps the choice on the page, with the reason; the next change, or the result asked
        for, tries again. While a write is under way the change waits on the page, and the latest is
        written when that write is done."""
        session = self.session
        if session is None or not session.at_end:
            return
        self._respondent = respondent
        if self.saving:
            self._tell_after = True
            return
        had_problem = self._unsaved is not None
        moved = session.moved()
        moved.tell(respondent)
        sheet, position = moved.sheet, moved.position

        def saved(_: object) -> None:
            self.session = moved
            if had_problem:
                self._show_current()  # without the problem now

        continues = self._continues
        self._write(
            lambda: self.shared.store.save_progress(sheet, position, continues=continues),
            None,
            saved,
            lambda error: self._refuse(error, None),
        )

    def see_result(self, *, skip_about_you: bool = False) -> None:
        """From "About you" to the result: the attempt is stored with what the person chose there, or, when
        they skip it, without anything about them."""
        session = self.session
        if session is None or not session.at_end or self._held():
            return
        moved = session.moved()
        moved.tell(None if skip_about_you else self._respondent)
        self._finish(moved)

    # ---------------------------------------------------------------------------------- writing

    def _write(
        self,
        work: Callable[[], object],
        pick: int | None,
        done: Callable[[object], None],
        failed: Callable[[StoreError], None],
    ) -> None:
        """Run ``work``, one write to the store, off the UI thread; then ``done`` with what it returned, or
        ``failed`` with why it could not be saved. Meanwhile the screen says "saving…" when it takes long."""
        self._saving = Saving(pick)
        self._unsaved = None
        self._tell_after = False

        def written(value: object) -> None:
            leaving = self._settled()
            done(value)
            self._after_write(leaving)

        def refused(error: BaseException) -> None:
            leaving = self._settled()
            if not isinstance(error, StoreError):
                raise error  # a bug of ours: the app's exception hook tells the person
            if leaving and self.session is not None:
                self.leave()
                self._not_saved(error)
                return
            failed(error)

        self.shared.jobs.run(work, written, refused)
        if self._saving is not None and self.session is not None:  # still under way: say so
            self._show_current()

    def _settled(self) -> bool:
        """The write is done: nothing is under way any more. True when Esc was pressed meanwhile."""
        leaving = self._saving is not None and self._saving.leaving
        self._saving = None
        return leaving

    def _after_write(self, leaving: bool) -> None:
        """What waited for the write: Esc (a result on show stays), or a newer choice on "About you"."""
        if self.session is None:
            return
        if leaving:
            self.leave()
        elif self._tell_after and not self.saving:
            self._tell_after = False
            self.tell(self._respondent)

    def _refuse(self, error: StoreError, pick: int | None) -> None:
        """The step could not be saved: stay on the question, with the pick marked as not saved."""
        if self.session is None:
            self._not_saved(error)
            return
        self._unsaved = Unsaved(pick, save_problem(error))
        self._show_current()

    def _not_saved(self, error: StoreError) -> None:
        self.shared.view.notify(
            translate("Flow", "Your answers could not be saved"), save_problem(error), warning=True
        )

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
            about_you = AboutYouScreen(
                self._respondent, can_go_back=session.position > 0, problem=problem, saving=self._saving
            )
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
            saving=self._saving,
            quick=session.quick and not session.in_tiebreakers,
        )
        self.shared.show(screen, self._show_current)

    def _finish(self, moved: Session) -> None:
        """The one step that ends a run: store the attempt (the unfinished sheet goes), show the result."""
        from pmfit.core.attempts import finishing

        end = finishing(moved.bank, moved.sheet, self._continues)

        def stored(attempt_id: object) -> None:
            assert isinstance(attempt_id, int)
            self.session = None
            self._unsaved = None
            self._continues = None
            self._on_finished(end.result, attempt_id, end.sheet)

        self._write(
            lambda: self.shared.store.finish_attempt(end.sheet, end.record, replacing=end.replacing),
            None,
            stored,
            lambda error: self._refuse(error, None),
        )

    def _rescue_unreadable_progress(self) -> None:
        """An unfinished sheet the store cannot read is copied out before a new one replaces it."""
        try:
            rescued = self.shared.store.rescue_progress()
        except StoreError:
            return
        if rescued is not None:
            self.shared.view.notify(*rescued_notice(rescued), warning=True)
