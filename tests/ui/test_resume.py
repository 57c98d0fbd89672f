"""No saved state is a dead end: a person can leave at every point of an assessment and resume from it.

Every question of the main run, every tie-breaker, "About you" after the last one, the result and a failed
save: leave there (Esc, or the app closed and opened again), resume from the welcome screen, land where they
stopped, and finish. The flow
is driven with the recording view (tests/ui/test_controller.py); the keyboard path is in test_flow.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pmfit.ui.flow import Flow
from pmfit.ui.view import AboutYouScreen, QuestionScreen, ResultScreen, WelcomeScreen
from tests.conftest import TINY_BANK
from tests.ui.test_controller import RecordingView, fill, make_flow, on_disk, question

# Answers that put the two roles too close to call, so that the tie-breakers are offered.
EVEN = {"v1": 4, "p1": 4, "v2": 3, "p2": 3, "chk": 4, "v3": 4, "p3": 4, "fc1": 0, "v4": 2, "p4": 3}
EVEN |= {"vx": 3, "px": 3}
TIEBREAKERS = ("tb1", "tb2", "tb3")
MAIN = 12


@pytest.fixture(scope="module")
def bank_with_three_tiebreakers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny bank with three tie-breakers, so that a round has a first, a middle and a last one."""
    path = tmp_path_factory.mktemp("bank") / "tiebreakers.toml"
    extra = "".join(
        f'\n[[items]]\nid = "{item_id}"\nkind = "choice"\ntext = "Tie-breaker {n}: which?"\nframework = "x"\n'
        'tiebreaker = true\n[[items.options]]\ntext = "Vision."\nweights = { vision = 1.0 }\n'
        '[[items.options]]\ntext = "Plan."\nweights = { planning = 1.0 }\n'
        for n, item_id in enumerate(TIEBREAKERS[1:], start=2)
    )
    path.write_text(TINY_BANK.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def answer_shown(flow: Flow, view: RecordingView) -> str:
    """Answer the question on screen (evenly in the main run, a tie-breaker by its first option)."""
    item = question(view).item
    flow.assessment.answer(EVEN.get(item.id, 0))
    return item.id


def the_walk(flow: Flow, view: RecordingView) -> list[tuple[str, int, int, bool]]:
    """Every question of one assessment, answered in turn: (item id, number, total, tie-breaker)."""
    flow.assessment.start()
    seen = []
    while isinstance(view.screen, QuestionScreen):
        shown = question(view)
        seen.append((shown.item.id, shown.number, shown.total, shown.tiebreaker))
        answer_shown(flow, view)
    to_result(flow, view)
    return seen


def to_result(flow: Flow, view: RecordingView) -> None:
    """Past the last question comes "About you"; asking for the result there stores the attempt."""
    assert isinstance(view.screen, AboutYouScreen), view.screen
    flow.assessment.see_result()
    assert isinstance(view.screen, ResultScreen), view.screen


def relaunched(folder: Path, bank: Path, flow: Flow) -> tuple[Flow, RecordingView]:
    """The app closed (only what is on disk counts) and opened again on the same data."""
    flow.shared.store.close()
    again, view, _store, _clock = make_flow(folder, bank)
    assert again.after_first_paint()
    return again, view


def finish_from_here(flow: Flow, view: RecordingView) -> None:
    while isinstance(view.screen, QuestionScreen):
        answer_shown(flow, view)
    to_result(flow, view)


@pytest.mark.parametrize("relaunch", [False, True], ids=["esc", "relaunch"])
def test_leaving_at_every_question_and_tiebreaker_resumes_there_and_finishes(
    tmp_path: Path, bank_with_three_tiebreakers: Path, relaunch: bool
) -> None:
    bank = bank_with_three_tiebreakers
    walk_flow, walk_view, walk_store, _clock = make_flow(tmp_path / "walk", bank)
    assert walk_flow.after_first_paint()
    walk = the_walk(walk_flow, walk_view)
    walk_store.close()
    assert [item for item, *_ in walk[MAIN:]] == list(TIEBREAKERS), "the round must be offered in full"

    for stop, (item_id, number, total, tiebreaker) in enumerate(walk):
        folder = tmp_path / f"leave-at-{stop}"
        flow, view, _store, _clock = make_flow(folder, bank)
        assert flow.after_first_paint()
        flow.assessment.start()
        for _ in range(stop):
            answer_shown(flow, view)
        assert question(view).item.id == item_id
        flow.assessment.leave()  # Esc
        if relaunch:
            flow, view = relaunched(folder, bank, flow)
        welcome = view.screen
        # The welcome counts the main run's answers as the question screen numbers them (tie-breakers apart).
        assert isinstance(welcome, WelcomeScreen) and welcome.answered == min(stop, MAIN), (stop, welcome)
        flow.assessment.resume()
        resumed = question(view)
        assert (resumed.item.id, resumed.number, resumed.total, resumed.tiebreaker) == (
            item_id,
            number,
            total,
            tiebreaker,
        ), f"left at {item_id} (step {stop}), resumed elsewhere"
        assert view.notices == []
        finish_from_here(flow, view)
        (attempt,) = flow.shared.store.attempts()
        assert attempt.sheet.answers == {i: EVEN.get(i, 0) for i, *_ in walk}
        assert flow.shared.store.load_progress() is None
        flow.shared.store.close()

    # And on "About you", after the last tie-breaker: resuming comes back to it, and it finishes from there.
    folder = tmp_path / "leave-at-about-you"
    flow, view, _store, _clock = make_flow(folder, bank)
    assert flow.after_first_paint()
    flow.assessment.start()
    for _ in walk:
        answer_shown(flow, view)
    assert isinstance(view.screen, AboutYouScreen)
    flow.assessment.leave()
    if relaunch:
        flow, view = relaunched(folder, bank, flow)
    welcome = view.screen
    assert isinstance(welcome, WelcomeScreen) and (welcome.answered, welcome.total) == (MAIN, MAIN), welcome
    flow.assessment.resume()
    to_result(flow, view)
    assert len(flow.shared.store.attempts()) == 1 and flow.shared.store.load_progress() is None
    flow.shared.store.close()


def test_leaving_on_a_tiebreaker_after_changing_the_main_run_never_sticks(
    tmp_path: Path, bank_with_three_tiebreakers: Path
) -> None:
    """Back from the round into the main run, an answer changed so that the result is clear, forward again
    into the round, then Esc: resuming asks no tie-breaker the main run no longer asks for; it goes on to
    "About you", and the result from there."""
    flow, view, store, _clock = make_flow(tmp_path, bank_with_three_tiebreakers)
    assert flow.after_first_paint()
    flow.assessment.start()
    for _ in range(MAIN + 1):
        answer_shown(flow, view)
    assert question(view).item.id == "tb2"
    for _ in range(MAIN + 1):
        flow.assessment.back()
    assert question(view).item.id == "v1"
    for value in (5, 1, 5, 1, 4, 5, 1, 1, 1, 1):  # the main run now leans clearly toward Product Manager
        flow.assessment.answer(value)
    while question(view).item.id not in TIEBREAKERS:
        flow.assessment.forward()
    flow.assessment.leave()
    flow, view = relaunched(tmp_path, bank_with_three_tiebreakers, flow)
    flow.assessment.resume()
    assert isinstance(view.screen, AboutYouScreen) and view.notices == []
    to_result(flow, view)
    assert isinstance(view.screen, ResultScreen) and view.notices == []
    assert view.screen.result.verdict.lean == "product_manager"
    assert flow.shared.store.load_progress() is None and len(flow.shared.store.attempts()) == 1
    store.close()
    flow.shared.store.close()


def test_leaving_at_the_result_leaves_nothing_to_resume(
    tmp_path: Path, bank_with_three_tiebreakers: Path
) -> None:
    flow, view, _store, _clock = make_flow(tmp_path, bank_with_three_tiebreakers)
    assert flow.after_first_paint()
    the_walk(flow, view)
    flow, view = relaunched(tmp_path, bank_with_three_tiebreakers, flow)
    welcome = view.screen
    assert isinstance(welcome, WelcomeScreen) and welcome.answered is None and welcome.past_results == 1
    flow.assessment.resume()  # the welcome screen offers "Start"; resuming then starts afresh
    assert question(view).item.id == "v1" and question(view).number == 1 and question(view).answer is None
    flow.shared.store.close()


@pytest.mark.parametrize(
    "fails_at",
    [3, MAIN - 1, MAIN, MAIN + 1, MAIN + 2],
    ids=[
        "a question",
        "the last question (offers the round)",
        "the first tie-breaker",
        "a tie-breaker",
        "the last tie-breaker (finishes)",
    ],
)
def test_leaving_after_a_failed_save_resumes_at_the_unsaved_question(
    small_disk: Callable[[str], Path], bank_with_three_tiebreakers: Path, fails_at: int
) -> None:
    disk = small_disk("2m")
    folder = disk / "data"
    bank = bank_with_three_tiebreakers
    flow, view, _store, _clock = make_flow(folder, bank)
    assert flow.after_first_paint()
    flow.assessment.start()
    for _ in range(fails_at):
        answer_shown(flow, view)
    unsaved_item = question(view).item.id
    saved_before = on_disk(folder)
    filler = fill(disk)
    answer_shown(flow, view)
    assert question(view).item.id == unsaved_item and question(view).unsaved is not None
    flow.assessment.leave()
    os.remove(filler)
    flow, view = relaunched(folder, bank, flow)
    assert on_disk(folder) == saved_before
    flow.assessment.resume()
    assert question(view).item.id == unsaved_item and question(view).unsaved is None
    finish_from_here(flow, view)
    assert len(flow.shared.store.attempts()) == 1 and flow.shared.store.load_progress() is None
    flow.shared.store.close()


def test_a_failed_finish_on_resume_keeps_the_answers_and_says_why(
    small_disk: Callable[[str], Path], bank_with_three_tiebreakers: Path
) -> None:
    """Resuming where nothing is left to ask comes to "About you"; when the result asked for there cannot be
    saved, the page stays with the reason and the answers kept, and the same step saves it later."""
    disk = small_disk("2m")
    folder = disk / "data"
    bank = bank_with_three_tiebreakers
    flow, view, store, _clock = make_flow(folder, bank)
    assert flow.after_first_paint()
    flow.assessment.start()
    for _ in range(MAIN):
        answer_shown(flow, view)
    sheet = flow.assessment.session.sheet if flow.assessment.session else None
    assert sheet is not None
    clear = sheet
    for item_id, value in {"v1": 5, "v2": 5, "v3": 5, "p1": 1, "p2": 1, "p3": 1}.items():
        clear = clear.with_answer(item_id, value)
    store.save_progress(clear, MAIN + 1)  # in the round, but the main run now asks for none
    filler = fill(disk)
    flow, view = relaunched(folder, bank, flow)
    flow.assessment.resume()
    assert isinstance(view.screen, AboutYouScreen) and view.screen.problem is None
    flow.assessment.see_result()
    about_you = view.screen
    assert isinstance(about_you, AboutYouScreen) and about_you.problem is not None
    assert "disk is full" in about_you.problem and flow.shared.store.attempts() == []
    assert flow.shared.store.load_progress() is not None
    os.remove(filler)
    flow.assessment.see_result()
    assert isinstance(view.screen, ResultScreen) and len(flow.shared.store.attempts()) == 1
    flow.shared.store.close()
