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
