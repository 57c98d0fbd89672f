"""What the app's controllers share: the window (through the view protocol), the store, the settings, the
background jobs, and the question bank in the language pmfit speaks.

Taking an assessment (:mod:`pmfit.ui.assessment`) and browsing past results (:mod:`pmfit.ui.past_results`)
are separate controllers; both work on one :class:`Shared`, which the flow (:mod:`pmfit.ui.flow`) makes.
It also remembers how to show the screen on display again, so that a change of language redraws it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pmfit.ui.settings import Settings
from pmfit.ui.view import Jobs, Screen, View

if TYPE_CHECKING:  # loaded after the first paint (pydantic and the bank are not needed before it)
    from pmfit.core.bank import Bank
    from pmfit.storage.store import Store

BankLoader = Callable[[str], "Bank"]  # the bank in this language


class Shared:
    """See the module docstring. ``load_bank`` is called when the bank is first needed, and again for
    another language."""

    def __init__(
        self, view: View, store: Store, settings: Settings, jobs: Jobs, load_bank: BankLoader, language: str
    ) -> None:
        self.view = view
        self.store = store
        self.settings = settings
        self.jobs = jobs
        self.load_bank = load_bank
        self.language = language
        self.bank: Bank | None = None
        # Shows the screen on display again from its data: after a change of language, in the new words.
        self.redisplay: Callable[[], None] = lambda: None

    def ensure_bank(self) -> bool:
        """Load the bank if it is not yet; a broken one stops the app with its problems listed."""
        if self.bank is not None:
            return True
        from pmfit.core.errors import BankError

        try:
            self.bank = self.load_bank(self.language)
        except BankError as error:
            from pmfit.ui.problems import bank_problem

            self.view.stop(*bank_problem(error), 2)
            return False
        return True

    def current_bank(self) -> Bank:
        """The bank, once :meth:`ensure_bank` said it is there."""
        assert self.bank is not None, "ensure_bank() first"
        return self.bank

    def show(self, screen: Screen, again: Callable[[], None]) -> None:
        """Show ``screen``; ``again`` shows it anew (in the words of another language)."""
        self.redisplay = again
        self.view.show_screen(screen)
