"""The flow controller without any widget: a recording view stands in for the window.

What is on disk is checked through a second Store on the same folder, as the next launch would see it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pmfit.core.bank import Bank, load_bank
from pmfit.storage.store import Store
from pmfit.ui.flow import Flow
from pmfit.ui.settings import Settings
from pmfit.ui.view import (
    AboutYouScreen,
    Action,
    CompareScreen,
    HistoryScreen,
    QuestionScreen,
    ResultScreen,
    Screen,
    WelcomeScreen,
)
from tests.conftest import TINY_BANK
from tests.storage.helpers import add_attempt


class RecordingView:
    """Records what the controller shows and asks; answers dialogs as told."""

    def __init__(self) -> None:
        self.screens: list[Screen] = []
        self.notices: list[tuple[str, str, bool, Action | None]] = []
        self.confirm_answer = True
        self.asked: list[str] = []
        self.save_path: str | None = None
        self.folders: list[Path] = []
        self.exporting: list[bool] = []
        self.stopped: list[tuple[str, int]] = []

    @property
    def screen(self) -> Screen:
        return self.screens[-1]

    def show_screen(self, screen: Screen) -> None:
        self.screens.append(screen)

    def notify(self, title: str, text: str, *, warning: bool = False, action: Action | None = None) -> None:
        self.notices.append((title, text, warning, action))

    def confirm(self, title: str, text: str, on_yes: Callable[[], None], *, yes: str, no: str) -> None:
        assert yes and no and "Yes" not in (yes, no)  # verbs that say what they do
        self.asked.append(title)
        if self.confirm_answer:
            on_yes()

    def ask_save_path(self, title: str, suggested: Path, on_chosen: Callable[[str], None]) -> None:
        self.asked.append(title)
        if self.save_path is not None:
            on_chosen(self.save_path)

    def open_folder(self, folder: Path) -> None:
        self.folders.append(folder)

    def set_exporting(self, running: bool) -> None:
        self.exporting.append(running)

    def stop(self, title: str, text: str, code: int) -> None:
        self.stopped.append((f"{title}\n{text}", code))


class InlineJobs:
    """Runs the work at once, on this thread: the outcome is the same, the timing is not tested here."""

    def run(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        try:
            value = work()
        except Exception as error:
            on_failed(error)
        else:
            on_done(value)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_flow(folder: Path, bank: Path = TINY_BANK) -> tuple[Flow, RecordingView, Store, Clock]:
    view, clock = RecordingView(), Clock()
    store = Store.open(folder)
    flow = Flow(view, store, Settings(folder), InlineJobs(), lambda _language: load_bank(bank), clock=clock)
    return flow, view, store, clock


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[Flow, RecordingView, Store, Clock]:
    flow, view, store, clock = make_flow(tmp_path)
    assert flow.after_first_paint()
    return flow, view, store, clock


def on_disk(folder: Path) -> dict[str, int]:
    with Store.open(folder) as store:
        saved = store.load_progress()
    return {} if saved is None else dict(saved[0].answers)


def question(view: RecordingView) -> QuestionScreen:
    screen = view.screen
    assert isinstance(screen, QuestionScreen)
    return screen


def test_start_shows_the_first_question_and_answers_are_on_disk_before_moving_on(
    tiny: tuple[Flow, RecordingView, Store, Clock], tmp_path: Path
) -> None:
    flow, view, _store, clock = tiny
    assert isinstance(view.screen, WelcomeScreen) and view.screen.total == 12
    flow.assessment.start()
    assert question(view).item.id == "v1" and question(view).number == 1
    clock.now += 4.5
    flow.assessment.answer(5)
    assert question(view).item.id == "p1"
    assert on_disk(tmp_path) == {"v1": 5}
    assert flow.assessment.session is not None and flow.assessment.session.sheet.seconds["v1"] == 4.5


def test_a_digit_beyond_the_options_is_ignored(tiny: tuple[Flow, RecordingView, Store, Clock]) -> None:
    flow, view, _store, _clock = tiny
    flow.assessment.start()
    shown = len(view.screens)
    flow.assessment.answer(9)
    assert (
        len(view.screens) == shown
        and flow.assessment.session is not None
        and flow.assessment.session.position == 0
    )


def test_back_and_forward_keep_answers(
    tiny: tuple[Flow, RecordingView, Store, Clock], tmp_path: Path
) -> None:
    flow, view, _store, _clock = tiny
    flow.assessment.start()
    flow.assessment.answer(2)
    flow.assessment.back()
    assert question(view).item.id == "v1" and question(view).answer == 2
    flow.assessment.forward()
    assert question(view).item.id == "p1"
    assert on_disk(tmp_path) == {"v1": 2}


def test_finishing_stores_the_attempt_and_shows_the_result(
    tiny: tuple[Flow, RecordingView, Store, Clock], tmp_path: Path
) -> None:
    flow, view, store, _clock = tiny
    flow.assessment.start()
    while isinstance(view.screen, QuestionScreen):
        item = question(view).item
        flow.assessment.answer(0 if item.kind == "choice" else (5 if item.id.startswith("v") else 1))
    # "About you" before the result: the run is not over yet, and the place is saved like a question's.
    assert isinstance(view.screen, AboutYouScreen) and view.screen.respondent is None
    assert store.attempts() == [] and store.load_progress() is not None
    flow.assessment.see_result()
    assert isinstance(view.screen, ResultScreen)
    assert view.screen.result.verdict.lean == "product_manager"
    assert view.screen.content.headline.startswith("You lean")
    (attempt,) = store.attempts()
    assert view.screen.attempt_id == attempt.id and store.load_progress() is None


def test_history_compare_and_delete(tiny: tuple[Flow, RecordingView, Store, Clock]) -> None:
    flow, view, store, _clock = tiny
    for lean_product in (False, True):
        flow.assessment.start()
        while isinstance(view.screen, QuestionScreen):
            item = question(view).item
            high = item.id.startswith("v") == lean_product
            flow.assessment.answer(
                (0 if lean_product else 1) if item.kind == "choice" else (5 if high else 1)
            )
        flow.assessment.see_result(skip_about_you=True)
    first, second = sorted(a.id for a in store.attempts())
    flow.past.show_history()
    assert isinstance(view.screen, HistoryScreen) and len(view.screen.attempts) == 2
    flow.past.compare_with_previous(second)
    assert isinstance(view.screen, CompareScreen)
    assert view.screen.comparison.verdict_changed
    view.confirm_answer = False
    flow.past.delete_attempt(first)
    assert len(store.attempts()) == 2
    view.confirm_answer = True
    flow.past.delete_attempt(first)
    assert [a.id for a in store.attempts()] == [second]


def test_export_runs_as_a_job_and_offers_the_folder(
    tiny: tuple[Flow, RecordingView, Store, Clock], tmp_path: Path
) -> None:
    flow, view, _store, _clock = tiny
    flow.assessment.start()
    while isinstance(view.screen, QuestionScreen):
        flow.assessment.answer(0 if question(view).item.kind == "choice" else 4)
    flow.assessment.see_result()
    view.save_path = str(tmp_path / "out" / "result")
    (tmp_path / "out").mkdir()
    flow.past.export_pdf("  Ann  ")
    assert (tmp_path / "out" / "result.pdf").is_file()
    assert view.exporting == [True, False]
    title, _text, warning, action = view.notices[-1]
    assert title == "PDF saved" and not warning and action is not None
    action.run()
    assert view.folders == [tmp_path / "out"]
    assert flow.shared.settings.export_name == "Ann"


def test_a_broken_bank_stops_the_app_with_its_problems(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        TINY_BANK.read_text(encoding="utf-8").replace('id = "p2"', 'id = "p1"', 1), encoding="utf-8"
    )
    flow, view, store, _clock = make_flow(tmp_path / "data", broken)
    assert not flow.after_first_paint()
    ((text, code),) = view.stopped
    assert code == 2 and "duplicate id" in text and "broken.toml" in text
    store.close()


# ------------------------------------------------------------------- a failed save (issue: nothing lost)


def fill(folder: Path) -> Path:
    """Fill the disk ``folder`` is on; returns the filler file, to delete when room is needed again."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_failed_save_keeps_the_question_and_the_same_key_saves_it_later(
    small_disk: Callable[[str], Path],
) -> None:
    folder = small_disk("1m")
    flow, view, store, _clock = make_flow(folder)
    assert flow.after_first_paint()
    flow.assessment.start()
    flow.assessment.answer(4)  # v1, saved
    filler = fill(folder)
    flow.assessment.answer(2)  # p1: the disk is full now
    screen = question(view)
    assert screen.item.id == "p1", "the session must not move ahead of what is on disk"
    assert screen.unsaved is not None and screen.unsaved.value == 2
    assert "disk is full" in screen.unsaved.problem
    assert on_disk(folder) == {"v1": 4}
    assert flow.assessment.session is not None and flow.assessment.session.position == 1
    os.remove(filler)
    flow.assessment.answer(2)  # the same key again, once there is room
    assert question(view).item.id == "v2" and question(view).unsaved is None
    assert on_disk(folder) == {"v1": 4, "p1": 2}
    store.close()


def test_a_failed_save_at_the_last_question_keeps_it(small_disk: Callable[[str], Path]) -> None:
    folder = small_disk("1m")
    flow, view, store, _clock = make_flow(folder)
    assert flow.after_first_paint()
    flow.assessment.start()

    def lean_product() -> None:
        item = question(view).item
        flow.assessment.answer(0 if item.kind == "choice" else (5 if item.id.startswith("v") else 1))

    bank: Bank | None = flow.bank
    assert bank is not None
    for _ in range(len(bank.main_items) - 1):
        lean_product()
    last = question(view).item.id
    filler = fill(folder)
    lean_product()
    assert question(view).item.id == last and question(view).unsaved is not None
    assert store.attempts() == []
    os.remove(filler)
    lean_product()
    assert isinstance(view.screen, AboutYouScreen)
    flow.assessment.see_result()
    assert isinstance(view.screen, ResultScreen) and len(store.attempts()) == 1
    store.close()


def test_an_attempt_of_the_archived_bank_opens_with_the_questions_it_was_answered_with(
    tmp_path: Path,
) -> None:
    from pmfit.core.paths import bank_path
    from pmfit.core.scoring import score
    from tests.conftest import archived_bank, every_item_answered

    old = archived_bank("1.0.0")
    sheet = every_item_answered(old)
    then = score(old, sheet)
    flow, view, store, _clock = make_flow(tmp_path, bank_path("en"))
    assert flow.after_first_paint() and flow.bank is not None and flow.bank.version != "1.0.0"
    fits = {r.id: r.fit for r in then.roles if r.fit is not None}
    attempt_id = add_attempt(store, sheet.finished(), then.verdict.lean, then.verdict.label, fits)
    flow.past.open_attempt(attempt_id)
    shown = view.screen
    assert isinstance(shown, ResultScreen) and shown.bank.version == "1.0.0"
    assert shown.result.answered == then.answered > 90  # every answer still counts (checks count none)
    assert shown.result.roles == then.roles
    assert "version 1.0.0" in shown.content.note and "shown with that version" in shown.content.note
    store.close()


def test_an_unknown_version_is_never_read_as_a_path() -> None:
    from pmfit.core.paths import archived_bank_path

    assert archived_bank_path("en", "../../en/pmfit") is None
    assert archived_bank_path("en", "9.9.9") is None


def test_a_name_without_pdf_never_replaces_the_pdf_unasked(
    tiny: tuple[Flow, RecordingView, Store, Clock], tmp_path: Path
) -> None:
    """A desktop's own Save dialog asks about the name as typed ('budget.xlsx'); pmfit writes
    'budget.xlsx.pdf', so it asks about that file before replacing it, and leaves it on No."""
    flow, view, _store, _clock = tiny
    flow.assessment.start()
    while isinstance(view.screen, QuestionScreen):
        flow.assessment.answer(0 if question(view).item.kind == "choice" else 4)
    flow.assessment.see_result(skip_about_you=True)
    existing = tmp_path / "budget.xlsx.pdf"
    existing.write_bytes(b"keep me")
    view.save_path = str(tmp_path / "budget.xlsx")
    view.confirm_answer = False
    flow.past.export_pdf("")
    assert view.asked[-1] == "Replace budget.xlsx.pdf?"
    assert existing.read_bytes() == b"keep me" and view.exporting == [] and view.notices == []
    view.confirm_answer = True
    flow.past.export_pdf("")
    assert existing.read_bytes().startswith(b"%PDF") and view.notices[-1][0] == "PDF saved"
    assert not (tmp_path / "budget.xlsx").exists()
    view.save_path = str(tmp_path / "fresh")  # no file of the final name: nothing to ask
    asked = len(view.asked)
    flow.past.export_pdf("")
    assert (tmp_path / "fresh.pdf").is_file() and len(view.asked) == asked + 1  # only "where?"
