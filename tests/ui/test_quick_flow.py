"""The quick form through the flow, with the recording stand-in for the window: start, stop where settled,
"About you", the result, answer the rest (the same attempt, updated), resume, the language, failed saves."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pmfit.core.bank import Bank, load_bank
from pmfit.core.paths import data_root
from pmfit.core.quick_order import quick_order
from pmfit.storage.store import Store
from pmfit.system.i18n import ensure_translations
from pmfit.ui.flow import Flow
from pmfit.ui.view import AboutYouScreen, CompareScreen, QuestionScreen, ResultScreen, WelcomeScreen
from tests.core.test_settle import extreme_answer
from tests.ui.test_controller import Clock, RecordingView, fill, make_flow, on_disk, question

BUNDLED = data_root("questions") / "en" / "pmfit.toml"
PROJECT = "project_manager"
Flowing = tuple[Flow, RecordingView, Store, Clock]


@pytest.fixture
def bundled(tmp_path: Path) -> Flowing:
    flow, view, store, clock = make_flow(tmp_path, BUNDLED)
    assert flow.after_first_paint()
    return flow, view, store, clock


def bank_of(flow: Flow) -> Bank:
    bank = flow.bank
    assert bank is not None
    return bank


def answer_on(flow: Flow, view: RecordingView, role: str = PROJECT, most: int = 1000) -> list[str]:
    """Answer the questions on screen as a person who likes only ``role``'s work; the ids answered."""
    asked = []
    while isinstance(view.screen, QuestionScreen) and len(asked) < most:
        item = question(view).item
        asked.append(item.id)
        flow.assessment.answer(extreme_answer(bank_of(flow), item.id, role))
    return asked


def test_the_welcome_screen_offers_both_forms_with_their_minutes(bundled: Flowing) -> None:
    _flow, view, _store, _clock = bundled
    screen = view.screen
    assert isinstance(screen, WelcomeScreen)
    assert screen.minutes == 13 and screen.quick_minutes is not None and 1 <= screen.quick_minutes < 13


def test_a_quick_form_stops_where_settled_then_about_you_then_its_result(bundled: Flowing) -> None:
    flow, view, store, _clock = bundled
    bank = bank_of(flow)
    flow.assessment.start_quick()
    first = question(view)
    assert first.quick and first.item.id == quick_order(bank)[0] and first.total == len(bank.main_items)
    asked = answer_on(flow, view)
    assert asked == list(quick_order(bank)[: len(asked)]) and len(asked) <= len(bank.main_items) // 2
    assert isinstance(view.screen, AboutYouScreen)  # "About you" after the quick form's last question
    flow.assessment.see_result()
    result = view.screen
    assert isinstance(result, ResultScreen)
    assert result.content.form is not None and result.content.form.label == "Quick form"
    assert result.content.verdict_name.endswith(f"From the quick form ({len(asked)} of 72 questions).")
    assert result.rest == len(bank.main_items) - len(asked)
    (attempt,) = store.attempts()
    assert attempt.sheet.form == "quick" and set(attempt.sheet.answers) == set(asked)


def test_answer_the_rest_updates_the_same_attempt(bundled: Flowing, tmp_path: Path) -> None:
    flow, view, store, _clock = bundled
    bank = bank_of(flow)
    flow.assessment.start_quick()
    asked = answer_on(flow, view)
    flow.assessment.see_result()
    assert isinstance(view.screen, ResultScreen)
    attempt_id = view.screen.attempt_id
    assert attempt_id is not None
    flow.assessment.answer_rest(attempt_id)
    screen = question(view)
    assert screen.item.id == quick_order(bank)[len(asked)] and not screen.quick
    assert store.continued_attempt() == attempt_id
    more = answer_on(flow, view, most=5)
    # Leave halfway through the rest: the next launch resumes it, still the rest of that attempt.
    flow.assessment.leave()
    store.close()
    again, view2, store2, _clock2 = make_flow(tmp_path, BUNDLED)
    assert again.after_first_paint()
    again.assessment.resume()
    assert question(view2).item.id == quick_order(bank)[len(asked) + len(more)]
    answer_on(again, view2)
    assert isinstance(view2.screen, AboutYouScreen)  # "About you" after the rest too
    again.assessment.see_result()
    result = view2.screen
    assert isinstance(result, ResultScreen) and result.attempt_id == attempt_id
    assert result.content.form is None and result.rest == 0
    (attempt,) = store2.attempts()  # updated, not duplicated
    assert attempt.id == attempt_id and attempt.sheet.form == "full"
    assert set(attempt.sheet.answers) == {item.id for item in bank.main_items}
    assert store2.load_progress() is None and store2.continued_attempt() is None
    store2.close()


def test_a_quick_form_resumes_at_the_same_question_still_quick(bundled: Flowing, tmp_path: Path) -> None:
    flow, view, store, _clock = bundled
    flow.assessment.start_quick()
    answer_on(flow, view, most=9)
    flow.assessment.back()
    left_at = question(view).item.id
    flow.assessment.leave()
    store.close()
    again, view2, store2, _clock2 = make_flow(tmp_path, BUNDLED)
    assert again.after_first_paint()
    welcome = view2.screen
    assert isinstance(welcome, WelcomeScreen) and welcome.answered == 9
    again.assessment.resume()
    assert question(view2).item.id == left_at and question(view2).quick
    store2.close()


def test_quick_with_an_unfinished_assessment_asks_before_discarding_it(bundled: Flowing) -> None:
    flow, view, store, _clock = bundled
    flow.assessment.start()
    answer_on(flow, view, most=3)
    flow.assessment.leave()
    view.confirm_answer = False
    flow.assessment.start_quick()
    assert view.asked == ["Start over?"] and isinstance(view.screen, WelcomeScreen)
    saved = store.load_progress()
    assert saved is not None and saved[0].form == "full" and len(saved[0].answers) == 3
    view.confirm_answer = True
    flow.assessment.start_quick()
    assert question(view).quick
    saved = store.load_progress()
    assert saved is not None and saved[0].form == "quick" and not saved[0].answers


@pytest.fixture
def english_after() -> Iterator[None]:
    """pmfit's words go back to English after a test that switches language (they are the process's)."""
    yield
    ensure_translations("en")


def test_the_language_changes_mid_quick_form_and_it_goes_on_where_it_was(
    bundled: Flowing, english_after: None
) -> None:
    flow, view, _store, _clock = bundled
    flow.shared.load_bank = lambda language: load_bank(data_root("questions") / language / "pmfit.toml")
    flow.assessment.start_quick()
    answer_on(flow, view, most=6)
    before = question(view).item.id
    flow.set_language("uk")
    screen = question(view)
    assert screen.item.id == before and screen.quick and bank_of(flow).language == "uk"
    answer_on(flow, view)
    assert isinstance(view.screen, AboutYouScreen)


def test_a_failed_save_at_the_quick_forms_last_question_moves_nothing(
    small_disk: Callable[[str], Path],
) -> None:
    folder = small_disk("1m")
    flow, view, store, _clock = make_flow(folder, BUNDLED)
    assert flow.after_first_paint()
    flow.assessment.start_quick()
    asked = answer_on(flow, view)  # the whole quick form once, to learn where it stops ...
    flow.assessment.back()  # ... then back to its last question
    last = question(view).item.id
    assert last == asked[-1]
    filler = fill(folder)
    flow.assessment.answer(extreme_answer(bank_of(flow), last, PROJECT))
    screen = question(view)
    assert screen.item.id == last and screen.unsaved is not None, "nothing moves ahead of what is on disk"
    os.remove(filler)
    flow.assessment.answer(extreme_answer(bank_of(flow), last, PROJECT))
    assert isinstance(view.screen, AboutYouScreen)
    assert set(on_disk(folder)) == set(asked)
    store.close()


def test_a_failed_save_when_the_rest_is_finished_loses_nothing_and_adds_nothing(
    small_disk: Callable[[str], Path],
) -> None:
    folder = small_disk("1m")
    flow, view, store, _clock = make_flow(folder, BUNDLED)
    assert flow.after_first_paint()
    flow.assessment.start_quick()
    answer_on(flow, view)
    flow.assessment.see_result()
    assert isinstance(view.screen, ResultScreen) and view.screen.attempt_id is not None
    attempt_id = view.screen.attempt_id
    flow.assessment.answer_rest(attempt_id)
    answer_on(flow, view)
    assert isinstance(view.screen, AboutYouScreen)
    filler = fill(folder)
    flow.assessment.see_result()
    assert isinstance(view.screen, AboutYouScreen) and view.screen.problem is not None
    (attempt,) = store.attempts()
    assert attempt.sheet.form == "quick"  # as it was: the rest is still the unfinished sheet
    os.remove(filler)
    flow.assessment.see_result()
    assert isinstance(view.screen, ResultScreen) and view.screen.attempt_id == attempt_id
    (attempt,) = store.attempts()
    assert attempt.sheet.form == "full"
    store.close()


def test_the_comparison_knows_which_attempt_was_quick(bundled: Flowing) -> None:
    flow, view, store, _clock = bundled
    flow.assessment.start_quick()
    answer_on(flow, view, role=PROJECT)
    flow.assessment.see_result()
    flow.assessment.start()
    answer_on(flow, view, role="product_manager")
    flow.assessment.see_result(skip_about_you=True)
    quick, full = sorted(store.attempts(), key=lambda attempt: attempt.id)
    flow.past.compare_attempts(quick.id, full.id)
    screen = view.screen
    assert isinstance(screen, CompareScreen)
    assert (screen.comparison.before.form, screen.comparison.after.form) == ("quick", "full")
