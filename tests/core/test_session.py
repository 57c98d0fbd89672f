"""The assessment flow without Qt: moving on, skipping, going back, the tie-breaker round."""

from __future__ import annotations

import pytest

from pmfit.core.bank import Bank
from pmfit.core.session import Session


def test_answer_moves_on_and_back_keeps_the_answer(tiny_bank: Bank) -> None:
    session = Session.start(tiny_bank)
    assert session.current is not None and session.current.id == "v1"
    session.answer(4, seconds=2.0)
    assert session.current is not None and session.current.id == "p1"
    assert session.back()
    assert session.current_answer == 4
    assert session.sheet.seconds == {"v1": 2.0}
    assert not Session.start(tiny_bank).back()


def test_skip_keeps_an_earlier_answer_and_counts_time(tiny_bank: Bank) -> None:
    session = Session.start(tiny_bank)
    session.answer(5)
    session.back()
    session.skip(seconds=1.5)
    assert session.sheet.answers == {"v1": 5}
    assert session.sheet.seconds == {"v1": 1.5}
    assert session.position == 1


def test_progress_and_time_left(tiny_bank: Bank) -> None:
    session = Session.start(tiny_bank)
    assert session.progress() == (1, len(tiny_bank.main_items))
    first = session.minutes_left()
    session.answer(3)
    assert session.progress() == (2, len(tiny_bank.main_items))
    assert 0 < session.minutes_left() < first


def test_out_of_range_answer_is_refused(tiny_bank: Bank) -> None:
    session = Session.start(tiny_bank)
    with pytest.raises(ValueError):
        session.answer(6)
    assert session.position == 0


def test_tiebreaker_round_when_too_close(tiny_bank: Bank) -> None:
    session = Session.start(tiny_bank)
    even = {"v1": 4, "p1": 4, "v2": 3, "p2": 3, "chk": 4, "v3": 4, "p3": 4, "fc1": 1, "v4": 2, "p4": 3}
    while not session.at_end:
        assert session.current is not None
        value = even.get(session.current.id)
        session.answer(value) if value is not None else session.skip()
    assert session.offer_tiebreakers() == ("tb1",)
    assert session.in_tiebreakers and session.progress() == (1, 1)
    assert session.current is not None and session.current.id == "tb1"
    session.answer(0)
    assert session.at_end
    assert session.offer_tiebreakers() == ()  # offered once only
    assert session.finish().finished_at is not None


def test_clear_result_offers_no_tiebreakers(tiny_bank: Bank) -> None:
    session = Session.start(tiny_bank)
    leaning = {"v1": 5, "p1": 1, "v2": 5, "p2": 1, "v3": 5, "p3": 1, "fc1": 0, "v4": 1, "p4": 1}
    while not session.at_end:
        assert session.current is not None
        value = leaning.get(session.current.id)
        session.answer(value) if value is not None else session.skip()
    assert session.offer_tiebreakers() == ()
    assert session.result().verdict.lean == "product_manager"


def test_a_saved_position_in_the_tiebreaker_round_resumes_in_it(tiny_bank: Bank) -> None:
    """Only the sheet and the position are saved: resuming in the round offers it again, from the main run's
    answers, and goes on at the same tie-breaker, with the answer already given to it."""
    even = {"v1": 4, "p1": 4, "v2": 3, "p2": 3, "chk": 4, "v3": 4, "p3": 4, "fc1": 0, "v4": 2, "p4": 3}
    session = Session.start(tiny_bank)
    for item in tiny_bank.main_items:
        session.answer(even.get(item.id, 3))
    assert session.offer_tiebreakers() == ("tb1",)
    session.answer(1)
    session.back()
    resumed = Session.resumed(tiny_bank, session.sheet, session.position)
    assert resumed.in_tiebreakers and resumed.current is not None and resumed.current.id == "tb1"
    assert resumed.current_answer == 1 and resumed.progress() == (1, 1)
    assert Session.resumed(tiny_bank, session.sheet, session.position + 5).at_end  # past it: finished
    assert Session.resumed(tiny_bank, session.sheet, 3).current is not None  # in the main run: as saved
    assert Session.resumed(tiny_bank, session.sheet, -2).position == 0


def test_no_saved_position_is_a_dead_end(tiny_bank: Bank) -> None:
    """Whatever position was saved with whatever answers, the resumed session has a question to show or is
    at its end (and can finish)."""
    clear = {item.id: 5 if item.id.startswith("v") else 1 for item in tiny_bank.main_items}
    for answers in ({}, clear):
        sheet = Session.start(tiny_bank).sheet
        for item_id, value in answers.items():
            sheet = sheet.with_answer(item_id, 0 if item_id == "fc1" else value)
        for position in range(-1, len(tiny_bank.items) + 3):
            resumed = Session.resumed(tiny_bank, sheet, position)
            assert resumed.current is not None or resumed.at_end, (answers, position)
            if resumed.at_end:
                resumed.result()
