"""The flow controller: one object owns the store, the bank and the running session, and decides every step.

Start, resume, answer, skip, back, finish, tie-breakers, history, compare, export: each step changes the
data first and only then tells the window what to show, through the small :class:`pmfit.ui.view.View`
protocol. The window never decides anything, and this module never touches a widget, so the whole flow is
tested with a recording stand-in for the window (tests/ui/test_controller.py).

Nothing moves ahead of what is on disk: an answer is written to the store before the session moves on. If
the write fails (a full disk, a read-only folder, another program holding the file), the question stays on
screen with the person's pick marked as not saved and a plain reason; the same key pressed again, once the
cause is gone, saves that answer to that question.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmfit.storage.store import Store, StoreError
from pmfit.ui.problems import bank_problem, rescued_notice, save_problem, store_notices
from pmfit.ui.settings import Settings
from pmfit.ui.view import (
    CompareScreen,
    HistoryScreen,
    Jobs,
    QuestionScreen,
    ResultScreen,
    Unsaved,
    View,
    WelcomeScreen,
)

if TYPE_CHECKING:  # loaded after the first paint (pydantic and the bank are not needed before it)
    from pmfit.core.bank import Bank
    from pmfit.core.scoring import Result
    from pmfit.core.session import Session
    from pmfit.ui.export_flow import PdfExport

translate = QCoreApplication.translate
Clock = Callable[[], float]
BankLoader = Callable[[str], "Bank"]  # the bank in this language


class Flow:
    """See the module docstring. ``load_bank`` is called once, when the bank is first needed."""

    def __init__(
        self,
        view: View,
        store: Store,
        settings: Settings,
        jobs: Jobs,
        load_bank: BankLoader,
        *,
        language: str = "en",
        clock: Clock = time.monotonic,
    ) -> None:
        self.view = view
        self.store = store
        self.settings = settings
        self.jobs = jobs
        self._load_bank = load_bank
        self._clock = clock
        self.bank: Bank | None = None
        self.session: Session | None = None
        self.shown_result: ResultScreen | None = None
        self._pdf_export: PdfExport | None = None
        self._shown_at = clock()
        self._unsaved: Unsaved | None = None
        self._earlier_banks: dict[str, Bank | None] = {}
        self.language = language
        # Shows the current screen again from its data: after a change of language, in the new words.
        self._redisplay: Callable[[], None] = self.show_welcome

    # ------------------------------------------------------------------------------------ start-up

    def show_welcome(self) -> None:
        self._redisplay = self.show_welcome
        saved = self.store.load_progress()
        bank = self.bank
        self.view.show_screen(
            WelcomeScreen(
                answered=None if saved is None else len(saved[0].answers),
                total=None if bank is None else len(bank.main_items),
                minutes=None if bank is None else max(1, round(bank.estimated_minutes())),
                past_results=self.store.attempt_count(),
                language=self.language,
            )
        )

    def after_first_paint(self) -> bool:
        """Load the bank (a broken one stops the app with its problems listed) and say what the store had
        to do at open. False when the app cannot go on."""
        if not self.ensure_bank():
            return False
        for title, text in store_notices(self.store):
            self.view.notify(title, text, warning=True)
        self.show_welcome()
        return True

    def ensure_bank(self) -> bool:
        if self.bank is not None:
            return True
        from pmfit.core.errors import BankError

        try:
            self.bank = self._load_bank(self.language)
        except BankError as error:
            self.view.stop(*bank_problem(error), 2)
            return False
        return True

    # ----------------------------------------------------------------------------------- the flow

    def start(self) -> None:
        if not self.ensure_bank():
            return
        from pmfit.core.session import Session

        assert self.bank is not None
        if self.store.load_progress() is None and self.store.progress_problem is not None:
            self._rescue_unreadable_progress()
        session = Session.start(self.bank)
        if self._save(session):
            self.session = session
            self._shown_at = self._clock()
            self._show_current()
        else:
            self.show_welcome()

    def resume(self) -> None:
        if not self.ensure_bank():
            return
        saved = self.store.load_progress()
        if saved is None:
            self.start()
            return
        from pmfit.core.answers import SheetError, check_against_bank
        from pmfit.core.session import Session

        assert self.bank is not None
        sheet, position = saved
        try:
            check_against_bank(sheet, self.bank)
        except SheetError as error:
            self.view.notify(
                translate("Flow", "The unfinished answers do not fit this question bank"),
                translate(
                    "Flow", "They are kept untouched; starting over would replace them. ({problem})"
                ).format(problem=str(error)),
                warning=True,
            )
            return
        self.session = Session(self.bank, sheet, min(max(position, 0), len(self.bank.main_items)))
        self._shown_at = self._clock()
        self._show_current()

    def start_over(self) -> None:
        if self.store.load_progress() is None:
            self.start()
            return

        def discard() -> None:
            try:
                self.store.clear_progress()
            except StoreError as error:
                self.view.notify(translate("Flow", "Nothing was changed"), save_problem(error), warning=True)
                return
            self.start()

        self.view.confirm(
            translate("Flow", "Start over?"),
            translate(
                "Flow", "This discards the answers of your unfinished assessment. Your past results are kept."
            ),
            discard,
        )

    def answer(self, value: int) -> None:
        """The person picked ``value`` for the question on screen: save it, then move on."""
        session = self.session
        if session is None or session.current is None:
            return
        moved = self._copy(session)
        try:
            moved.answer(value, self._elapsed(commit=False))
        except ValueError:  # not an answer this question has (a digit beyond its options)
            return
        self._step(moved, pick=value)

    def forward(self) -> None:
        """Next question; an unanswered one counts as skipped (an earlier answer is kept)."""
        session = self.session
        if session is None:
            return
        moved = self._copy(session)
        moved.skip(self._elapsed(commit=False))
        self._step(moved)

    def back(self) -> None:
        session = self.session
        if session is None:
            return
        moved = self._copy(session)
        if not moved.back():
            return
        self._step(moved)

    def leave_questions(self) -> None:
        """Back to the welcome screen; every answer given is already saved."""
        self.session = None
        self._unsaved = None
        self.show_welcome()

    def _copy(self, session: Session) -> Session:
        return replace(session)  # the sheet inside is immutable; position and tie-breakers are copied

    def _step(self, moved: Session, pick: int | None = None) -> None:
        """Make ``moved`` the session, but only once it is on disk (see the module docstring)."""
        if moved.at_end:
            # The end of the main run may open the tie-breaker round (a too-close result); otherwise, and at
            # the end of that round, the attempt is finished.
            tiebreakers_start = not moved.tiebreakers and bool(moved.offer_tiebreakers())
            if not tiebreakers_start:
                self._finish(moved, pick)
                return
        if not self._save(moved, pick):
            return
        self.session = moved
        self._elapsed(commit=True)
        self._show_current()

    def _save(self, session: Session, pick: int | None = None) -> bool:
        try:
            self.store.save_progress(session.sheet, session.position)
        except StoreError as error:
            self._refuse(error, pick)
            return False
        self._unsaved = None
        return True

    def _refuse(self, error: StoreError, pick: int | None) -> None:
        """The step could not be saved: stay on the question, with the pick marked as not saved."""
        if self.session is None:
            self.view.notify(
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
        self._redisplay = self._show_current
        session = self.session
        assert session is not None and session.current is not None
        number, total = session.progress()
        self.view.show_screen(
            QuestionScreen(
                item=session.current,
                answer=session.current_answer,
                number=number,
                total=total,
                minutes_left=session.minutes_left(),
                tiebreaker=session.in_tiebreakers,
                can_go_back=session.position > 0,
                unsaved=self._unsaved,
            )
        )

    def _finish(self, moved: Session, pick: int | None) -> None:
        sheet = moved.finish()
        result = moved.result()
        try:
            attempt_id = self.store.finish_attempt(
                sheet,
                result.verdict.lean,
                result.verdict.label,
                {role.id: role.fit for role in result.roles if role.fit is not None},
                scales={s.id: s.score for s in result.scales},
            )
        except StoreError as error:
            self._refuse(error, pick)
            return
        self.session = None
        self._unsaved = None
        self.show_result(result, attempt_id)

    def _rescue_unreadable_progress(self) -> None:
        """An unfinished sheet the store cannot read is copied out before a new one replaces it."""
        try:
            rescued = self.store.rescue_progress()
        except StoreError:
            return
        if rescued is not None:
            self.view.notify(*rescued_notice(rescued), warning=True)

    # ----------------------------------------------------------------------------------- language

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on (and next time): words, bank and the screen on show.

        The bank's translations share ids, scales and keys, so an unfinished assessment goes on where it
        was, and any result can be shown in either language; a sheet keeps the language it was begun in.
        """
        from pmfit.system.i18n import ensure_translations

        language = ensure_translations(language)
        self.settings.language = language
        if language == self.language:
            return
        self.language = language
        if self.bank is None:
            self.show_welcome()
            return
        from pmfit.core.errors import BankError

        try:
            bank = self._load_bank(language)
        except BankError as error:
            self.view.notify(
                translate("Flow", "The questions in this language cannot be used"),
                "\n".join(error.problems[:3]),
                warning=True,
            )
            return
        self.bank = bank
        self._earlier_banks.clear()
        if self.session is not None:
            self.session = replace(self.session, bank=bank)
        self._redisplay()

    # ------------------------------------------------------------------------------------ results

    def show_result(
        self, result: Result, attempt_id: int | None = None, note: str = "", bank: Bank | None = None
    ) -> None:
        """Show ``result`` of ``bank`` (the current one unless an earlier version scored it)."""
        from pmfit.render.content import result_content

        bank = bank or self.bank
        assert bank is not None
        if attempt_id is not None:
            self._redisplay = lambda: self.open_attempt(attempt_id)
        else:
            self._redisplay = lambda: self.show_result(result, None, note)
        screen = ResultScreen(
            bank=bank,
            result=result,
            content=result_content(bank, result, note),
            attempt_id=attempt_id,
            can_compare=attempt_id is not None and self._previous_attempt(attempt_id) is not None,
        )
        self.shown_result = screen
        self.view.show_screen(screen)

    def retake(self) -> None:
        self.start()

    # ------------------------------------------------------------------------------------ history

    def show_history(self) -> None:
        if not self.ensure_bank():
            return
        assert self.bank is not None
        self._redisplay = self.show_history
        titles = {role.id: role.title for role in self.bank.roles}
        self.view.show_screen(HistoryScreen(tuple(self.store.attempts()), titles))

    def open_attempt(self, attempt_id: int) -> None:
        if not self.ensure_bank():
            return
        attempt = self.store.attempt(attempt_id)
        if attempt is None:
            return
        from pmfit.core.compare import rescore

        assert self.bank is not None
        if attempt.bank_version == self.bank.version:
            self.show_result(rescore(self.bank, attempt.sheet), attempt_id)
            return
        earlier = self.bank_of_version(attempt.bank_version)
        if earlier is not None:
            # Scored with the questions it was answered with, as it was when finished.
            note = translate(
                "Flow",
                "This attempt was answered with version {then} of the questions and is shown with that "
                "version; the current one is {now}.",
            ).format(then=attempt.bank_version, now=self.bank.version)
            self.show_result(rescore(earlier, attempt.sheet), attempt_id, note, bank=earlier)
            return
        note = translate(
            "Flow",
            "This attempt was answered with version {then} of the questions; it is shown scored with the "
            "current version {now}, using the answers that still fit.",
        ).format(then=attempt.bank_version, now=self.bank.version)
        self.show_result(rescore(self.bank, attempt.sheet), attempt_id, note)

    def bank_of_version(self, version: str) -> Bank | None:
        """The bundled bank of an earlier ``version`` in this language (kept in questions/*/archive/)."""
        assert self.bank is not None
        if version not in self._earlier_banks:
            from pmfit.core.bank import earlier_version

            self._earlier_banks[version] = earlier_version(self.bank, version)
        return self._earlier_banks[version]

    def _previous_attempt(self, attempt_id: int) -> int | None:
        """The attempt finished just before ``attempt_id``, if any (attempts are listed newest first)."""
        ids = [attempt.id for attempt in self.store.attempts()]
        if attempt_id in ids and ids.index(attempt_id) + 1 < len(ids):
            return ids[ids.index(attempt_id) + 1]
        return None

    def compare_with_previous(self, attempt_id: int) -> None:
        previous = self._previous_attempt(attempt_id)
        if previous is not None:
            self.compare_attempts(previous, attempt_id)

    def compare_attempts(self, first_id: int, second_id: int) -> None:
        if not self.ensure_bank():
            return
        from pmfit.core.compare import compare, snapshot

        assert self.bank is not None
        snapshots = []
        for attempt_id in (first_id, second_id):
            attempt = self.store.attempt(attempt_id)
            if attempt is None:
                return
            snapshots.append(
                snapshot(
                    self.bank_of_version(attempt.bank_version) or self.bank,
                    attempt.sheet,
                    lean=attempt.lean,
                    label=attempt.label,
                    fits=attempt.fits,
                    scales=attempt.scales,
                    finished_at=attempt.finished_at,
                    bank_version=attempt.bank_version,
                )
            )
        self._redisplay = lambda: self.compare_attempts(first_id, second_id)
        older, newer = sorted(snapshots, key=lambda snap: snap.finished_at)
        self.view.show_screen(CompareScreen(self.bank, compare(self.bank, older, newer)))

    def delete_attempt(self, attempt_id: int) -> None:
        def delete() -> None:
            try:
                self.store.delete_attempt(attempt_id)
            except StoreError as error:
                self.view.notify(
                    translate("Flow", "The result was not deleted"), save_problem(error), warning=True
                )
            self.show_history()

        self.view.confirm(
            translate("Flow", "Delete this result?"),
            translate(
                "Flow", "The result and its answers are removed from your history. This cannot be undone."
            ),
            delete,
        )

    # ------------------------------------------------------------------------------------- export

    def export_pdf(self, name: str) -> None:
        """Ask where, then write the shown result's PDF in the background and say how it went."""
        if self.shown_result is not None:
            self.pdf_export.start(self.shown_result, name)

    @property
    def pdf_export(self) -> PdfExport:
        """Made on first use: the first screen paints without it."""
        if self._pdf_export is None:
            from pmfit.ui import export_flow

            self._pdf_export = export_flow.PdfExport(self.view, self.jobs, self.settings)
        return self._pdf_export
