"""The app's controllers, made once around one store, one bank and one window: the flow of the app.

The window shows; the controllers decide. :class:`Flow` holds what belongs to no single job (the welcome
screen, the start after the first paint, the language) and two controllers behind the same view protocol
(:mod:`pmfit.ui.view`), both working on the state they share (:class:`pmfit.ui.shared.Shared`):

* ``flow.assessment`` (:class:`pmfit.ui.assessment.Assessment`): taking an assessment, question by
  question, until its result is stored;
* ``flow.past`` (:class:`pmfit.ui.past_results.PastResults`): a result on screen and its PDF, the history,
  opening, comparing and deleting past attempts.

No widget is touched here, so the whole flow is tested with a recording stand-in for the window
(tests/ui/test_controller.py).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmfit.ui.settings import Settings
from pmfit.ui.shared import BankLoader, Shared
from pmfit.ui.view import Jobs, View, WelcomeScreen

if TYPE_CHECKING:
    from collections.abc import Callable

    from pmfit.core.bank import Bank
    from pmfit.storage.store import Store
    from pmfit.ui.assessment import Assessment
    from pmfit.ui.past_results import PastResults

translate = QCoreApplication.translate


class Flow:
    """See the module docstring. ``load_bank`` is called once the bank is first needed (after the first
    paint), and again for another language."""

    def __init__(
        self,
        view: View,
        store: Store,
        settings: Settings,
        jobs: Jobs,
        load_bank: BankLoader,
        *,
        language: str = "en",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.shared = Shared(view, store, settings, jobs, load_bank, language)
        self.shared.redisplay = self.show_welcome
        self._clock = clock
        self._assessment: Assessment | None = None
        self._past: PastResults | None = None

    # The controllers are made when first used: the welcome screen paints before either is needed.

    @property
    def assessment(self) -> Assessment:
        if self._assessment is None:
            from pmfit.ui.assessment import Assessment

            past = self.past
            self._assessment = Assessment(self.shared, self.show_welcome, past.show_finished, self._clock)
        return self._assessment

    @property
    def past(self) -> PastResults:
        if self._past is None:
            from pmfit.ui.past_results import PastResults

            self._past = PastResults(self.shared)
        return self._past

    @property
    def bank(self) -> Bank | None:
        """The question bank in the language pmfit speaks; None until it is loaded after the first paint."""
        return self.shared.bank

    @property
    def language(self) -> str:
        return self.shared.language

    def show_welcome(self) -> None:
        store, bank = self.shared.store, self.shared.bank
        saved = store.load_progress()
        answered = None if saved is None else len(saved[0].answers)
        total = minutes = quick_minutes = None
        if bank is not None:  # loaded after the first paint; the numbers as pmfit.core.length says them
            from pmfit.core.length import estimated_minutes, question_count, whole_minutes
            from pmfit.core.quick_order import quick_minutes as quick_estimate

            total = len(bank.main_items)
            minutes = estimated_minutes(bank)
            quick_minutes = max(1, whole_minutes(quick_estimate(bank)))
            if saved is not None:
                answered, total = question_count(bank, saved[0].answers)
        screen = WelcomeScreen(
            answered=answered,
            total=total,
            minutes=minutes,
            past_results=store.attempt_count(),
            language=self.shared.language,
            quick_minutes=quick_minutes,
        )
        self.shared.show(screen, self.show_welcome)

    def after_first_paint(self) -> bool:
        """Load the bank (a broken one stops the app with its problems listed) and say what the store had
        to do at open. False when the app cannot go on."""
        if not self.shared.ensure_bank():
            return False
        from pmfit.ui.problems import store_notices

        for title, text in store_notices(self.shared.store):
            self.shared.view.notify(title, text, warning=True)
        self.show_welcome()
        return True

    def set_language(self, language: str) -> None:
        """Speak ``language`` from now on (and next time): words, bank and the screen on show.

        The bank's translations share ids, scales and keys, so an unfinished assessment goes on where it
        was, and any result can be shown in either language; a sheet keeps the language it was begun in.
        """
        from pmfit.system.i18n import ensure_translations

        shared = self.shared
        language = ensure_translations(language)
        shared.settings.language = language
        if language == shared.language:
            return
        shared.language = language
        if shared.bank is None:
            self.show_welcome()
            return
        from pmfit.core.errors import BankError

        try:
            bank = shared.load_bank(language)
        except BankError as error:
            shared.view.notify(
                translate("Flow", "The questions in this language cannot be used"),
                "\n".join(error.problems[:3]),
                warning=True,
            )
            return
        shared.bank = bank
        if self._past is not None:
            self._past.use_bank()
        if self._assessment is not None:
            self._assessment.use_bank()
        shared.redisplay()
