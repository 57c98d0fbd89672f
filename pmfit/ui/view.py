"""What the flow controller asks of the window: the screens to show, as data, and a few dialogs.

The controller (:mod:`pmfit.ui.flow`) decides; the window only shows. Keeping the window behind this small
protocol lets the whole flow be tested with a recording stand-in, no widgets at all, and keeps message
boxes and file dialogs out of the logic. Dialogs answer through callbacks, so none of them blocks: a
person (or a test) answers the real dialog whenever they like.

Screens are NamedTuples, not dataclasses: they are made before the first paint, and a frozen dataclass
costs seven times as much to define (about 0.3 ms each).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:  # the types only: the first screen paints before pydantic and the bank load
    from pmfit.core.answers import Respondent
    from pmfit.core.bank import Bank
    from pmfit.core.compare import Comparison
    from pmfit.core.items import Item
    from pmfit.core.scoring import Result
    from pmfit.render.content import ResultContent
    from pmfit.storage.store import Attempt


class WelcomeScreen(NamedTuple):
    answered: int | None  # answers of an unfinished assessment, or None when there is none to resume
    total: int | None  # questions in the bank, once it is loaded
    minutes: int | None  # the bank's estimated completion time, once it is loaded
    past_results: int
    language: str = "en"  # the language pmfit speaks now (one of pmfit.core.languages.languages())
    quick_minutes: int | None = None  # the quick form's, for a clear lean, once the bank is loaded


class Unsaved(NamedTuple):
    """An answer the person gave that could not be written to disk, and why, in their words."""

    value: int | None  # the answer picked, or None when the step was a skip or a move back
    problem: str


class Saving(NamedTuple):
    """A step being written to disk, off the UI thread (it may wait for another program's lock)."""

    value: int | None  # the answer picked, or None when the step is a skip or a move back
    held: bool = False  # a key was pressed meanwhile: it did nothing (see pmfit.ui.assessment)
    leaving: bool = False  # Esc was pressed meanwhile: back to the start once the write is done


class QuestionScreen(NamedTuple):
    item: Item
    answer: int | None  # the answer stored for it, if any
    number: int  # from 1, within this round (the main run, or the tie-breakers)
    total: int
    minutes_left: float
    tiebreaker: bool
    can_go_back: bool
    unsaved: Unsaved | None = None
    labels: tuple[str, ...] | None = None  # the bank's answer words for this item (None: the app's own)
    prompt: str | None = None  # the bank's question above the statement ("How often have you done this?")
    saving: Saving | None = None  # the question stays on screen while its step is written
    # The quick form: ``total`` is the most it can ask, and it ends once the verdict is settled.
    quick: bool = False


class AboutYouScreen(NamedTuple):
    """The optional "About you" page after the last question: the person's current role and years in it,
    for pilots; never scored."""

    respondent: Respondent | None  # what is chosen on the page now (saved or not), None when nothing is
    can_go_back: bool
    problem: str | None = None  # why the last choice or the finish could not be saved, in the person's words
    saving: Saving | None = None  # a choice, or the finished attempt, is being written


class ResultScreen(NamedTuple):
    bank: Bank
    result: Result
    content: ResultContent
    attempt_id: int | None
    can_compare: bool
    rest: int = 0  # a quick form's result: the questions "Answer the rest" would ask (0: nothing to offer)
    finished_at: str = ""  # when the attempt was finished (stored ISO time): the meta line under the verdict


class HistoryScreen(NamedTuple):
    attempts: tuple[Attempt, ...]
    role_titles: dict[str, str]


class CompareScreen(NamedTuple):
    bank: Bank
    comparison: Comparison
    numbers: tuple[int, int] = (0, 0)  # the two attempts' numbers in the history, older first (0: unknown)


Screen = WelcomeScreen | QuestionScreen | AboutYouScreen | ResultScreen | HistoryScreen | CompareScreen


class Action(NamedTuple):
    """A button on a notice that does something besides closing it (e.g. "Open folder")."""

    label: str
    run: Callable[[], None]


class View(Protocol):
    def show_screen(self, screen: Screen) -> None:
        """Show this screen, built from the data given (and move keyboard focus onto it)."""

    def notify(self, title: str, text: str, *, warning: bool = False, action: Action | None = None) -> None:
        """A message that does not block; ``action`` adds one more button. News (``warning`` False: "PDF
        saved") shows in the window and waits to be closed; a warning is a dialog to acknowledge."""

    def confirm(self, question: str, text: str, on_yes: Callable[[], None], *, yes: str, no: str) -> None:
        """Ask ``question`` (``text`` says what it means); ``yes`` and ``no`` are the buttons' verbs ("Delete
        result", "Cancel"). ``on_yes`` runs only if the person picks ``yes``, the step that loses something;
        ``no`` is the safe default."""

    def ask_save_path(self, title: str, suggested: Path, on_chosen: Callable[[str], None]) -> None:
        """Ask where to save a PDF; ``on_chosen`` gets the path, and is not called on cancel."""

    def open_folder(self, folder: Path) -> None:
        """Show a folder in the desktop's file manager."""

    def set_exporting(self, running: bool) -> None:
        """Say on the result screen that an export runs (and keep a second one from starting)."""

    def stop(self, title: str, text: str, code: int) -> None:
        """A problem the app cannot go on with: say it, then quit with ``code``."""


class Jobs(Protocol):
    """Runs slow work off the UI thread; exactly one of the callbacks runs afterwards, on the UI thread."""

    def run(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[BaseException], None],
    ) -> None: ...
