"""The assessment flow without Qt: moving on, skipping, going back, the tie-breaker round, the quick form."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pmfit.core.bank import Bank, ChoiceItem, LikertItem
from pmfit.core.items import Item
from pmfit.core.quick_order import quick_order
from pmfit.core.session import Form, Session
from pmfit.core.settle import settle


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


# ------------------------------------------------------------------------------------- the quick form


def _likes(bank: Bank, role: str) -> Callable[[Item], int]:
    """A person who likes only ``role``'s work, and answers checks as asked."""

    def answer(item: Item) -> int:
        if isinstance(item, LikertItem):
            mine = any(bank.scale_by_id[s].role == role for s in item.scales)
            return (5 if mine else 1) if not item.reverse else (1 if mine else 5)
        if isinstance(item, ChoiceItem):
            return next(
                n for n, o in enumerate(item.options) if bank.scale_by_id[next(iter(o.weights))].role == role
            )
        expected = item.expected_answer()
        assert expected is not None
        return expected

    return answer


def _neutral(item: Item) -> int:
    """Neither agrees nor disagrees; picks choices in turn: too close to call."""
    expected = item.expected_answer()
    if expected is not None:
        return expected
    return 3 if isinstance(item, LikertItem) else len(item.id) % len(item.values)


def _run(session: Session, answer: Callable[[Item], int]) -> list[str]:
    """Answer until the session's end (the main run, then any tie-breakers); the ids asked, in order."""
    asked = []
    while not session.at_end:
        item = session.current
        assert item is not None
        asked.append(item.id)
        session.answer(answer(item))
        if session.at_end and not session.tiebreakers:
            session.offer_tiebreakers()
    return asked


def test_the_quick_form_asks_in_the_quick_order_and_stops_where_it_is_settled(bank: Bank) -> None:
    session = Session.start(bank, Form.QUICK)
    assert session.sheet.form == "quick" and session.quick
    asked = _run(session, _likes(bank, "project_manager"))
    assert asked == list(quick_order(bank)[: len(asked)])
    assert session.cut == len(asked) < len(bank.main_items) // 2
    assert settle(bank, session.sheet.answers, len(asked)).settled
    assert not settle(bank, {k: session.sheet.answers[k] for k in asked[:-1]}, len(asked) - 1).settled
    assert session.result().verdict.label == "clear_lean" and session.tiebreakers == ()
    assert session.progress() == (len(asked), len(asked))


def test_the_full_form_asks_every_question_in_the_bank_order(bank: Bank) -> None:
    session = Session.start(bank)
    assert session.sheet.form == "full" and not session.quick
    asked = _run(session, _likes(bank, "project_manager"))
    assert asked == [item.id for item in bank.main_items]


def test_a_too_close_quick_form_goes_on_to_the_tiebreakers(bank: Bank) -> None:
    session = Session.start(bank, Form.QUICK)
    asked = _run(session, _neutral)
    cut = session.cut
    assert cut is not None and cut < len(bank.main_items)
    assert asked[cut:] == list(session.tiebreakers) and session.tiebreakers
    assert all(bank.item_by_id[i].tiebreaker for i in asked[cut:])


def test_a_quick_form_resumes_at_the_same_question_still_quick(bank: Bank) -> None:
    session = Session.start(bank, Form.QUICK)
    for _ in range(12):
        item = session.current
        assert item is not None
        session.answer(_likes(bank, "product_manager")(item), seconds=3.0)
    session.back()  # the saved position need not be the furthest one
    again = Session.resumed(bank, session.sheet, session.position)
    assert again.quick and again.position == session.position == 11
    assert again.current == session.current and again.cut is None
    assert _run(again, _likes(bank, "product_manager")) == _run(session, _likes(bank, "product_manager"))
    assert again.cut == session.cut


def test_a_quick_form_resumes_in_its_tiebreaker_round_and_on_about_you(bank: Bank) -> None:
    session = Session.start(bank, Form.QUICK)
    _run(session, _neutral)
    cut = session.cut
    assert cut is not None
    in_round = Session.resumed(bank, session.sheet, cut + 1)
    assert in_round.cut == cut and in_round.in_tiebreakers
    assert in_round.current is not None and in_round.current.id == session.tiebreakers[1]
    at_end = Session.resumed(bank, session.sheet, session.position)
    assert at_end.at_end and at_end.cut == cut


def test_changed_answers_that_unsettle_the_quick_form_let_it_go_on(bank: Bank) -> None:
    session = Session.start(bank, Form.QUICK)
    _run(session, _likes(bank, "product_manager"))
    cut = session.cut
    assert cut is not None and session.at_end
    # The last few answers of the main run the other way round: enough of them, and the verdict is no
    # longer settled where the quick form stopped.
    order, other = quick_order(bank), _likes(bank, "project_manager")
    answers = dict(session.sheet.answers)
    back = 0
    while settle(bank, answers, cut).settled:
        back += 1
        answers[order[cut - back]] = other(bank.item_by_id[order[cut - back]])
    for _ in range(back):
        assert session.back()
    assert session.position == cut - back
    for _ in range(back - 1):
        item = session.current
        assert item is not None
        session.answer(answers[item.id])
        assert session.cut == cut  # on the way back to where it settled
    item = session.current
    assert item is not None
    session.answer(answers[item.id])
    assert session.cut is None and not session.at_end and session.position == cut
    assert session.current is not None and session.current.id == order[cut]


def test_the_rest_of_a_quick_form_asks_only_what_it_did_not_and_keeps_every_answer(bank: Bank) -> None:
    quick = Session.start(bank, Form.QUICK)
    asked = _run(quick, _likes(bank, "project_manager"))
    finished = quick.finish()
    rest = Session.rest_of(bank, finished)
    assert rest.sheet.form == "full" and rest.sheet.finished_at is None and not rest.quick
    assert rest.position == len(asked)
    more = _run(rest, _likes(bank, "project_manager"))
    assert more == list(quick_order(bank)[len(asked) :])
    assert set(asked) | set(more) == {item.id for item in bank.main_items}
    assert all(rest.sheet.answers[k] == v for k, v in finished.answers.items())
    # And resumed halfway through, it is still the rest (the store says so), in the quick order.
    halfway = Session.resumed(bank, rest.sheet, len(asked) + 3, rest=True)
    assert halfway.current is not None and halfway.current.id == quick_order(bank)[len(asked) + 3]
    assert not halfway.quick
