"""How many questions and how many minutes: one rule each, the same in every language."""

from __future__ import annotations

import pytest

from pmfit.core.bank import Bank, CheckItem, load_bank, parse_bank
from pmfit.core.length import (
    estimated_minutes,
    estimated_seconds,
    item_seconds,
    minutes_left,
    question_count,
    whole_minutes,
)
from pmfit.core.paths import bank_path
from pmfit.core.scoring import score
from pmfit.core.session import Session
from tests.conftest import every_item_answered

EN, UK = load_bank(language="en"), load_bank(language="uk")


def own_words_minutes(bank: Bank) -> float:
    return sum(bank.seconds_for(item) for item in bank.main_items) / 60


def test_the_two_languages_say_the_same_minutes() -> None:
    # Timed by their own words, the translations would disagree (fewer, longer words in Ukrainian).
    assert own_words_minutes(UK) != pytest.approx(own_words_minutes(EN))
    assert estimated_minutes(UK) == estimated_minutes(EN)
    assert estimated_seconds(UK) == pytest.approx(estimated_seconds(EN))
    assert estimated_seconds(EN) == pytest.approx(own_words_minutes(EN) * 60)  # English is the reference


def test_the_time_left_agrees_at_every_question() -> None:
    english, ukrainian = Session.start(EN), Session.start(UK)
    while english.current is not None:
        assert english.minutes_left() == pytest.approx(ukrainian.minutes_left())
        english.skip()
        ukrainian.skip()
    assert ukrainian.current is None and ukrainian.minutes_left() == 0
    assert Session.start(UK).minutes_left() == pytest.approx(estimated_seconds(UK) / 60)


def test_a_bank_without_a_reference_is_timed_by_its_own_words() -> None:
    text = bank_path("uk").read_text(encoding="utf-8").replace('version = "3.0.0"', 'version = "9.9.9"', 1)
    own = parse_bank(text, "mine.toml")
    assert own.version == "9.9.9"  # no English bank of that version ships
    assert estimated_seconds(own) == pytest.approx(own_words_minutes(own) * 60)


def test_each_item_of_a_translation_is_timed_by_its_reference_words() -> None:
    for item in UK.items:
        assert item_seconds(UK, item) == pytest.approx(EN.seconds_for(EN.item_by_id[item.id])), item.id
    assert any(item_seconds(UK, item) != pytest.approx(UK.seconds_for(item)) for item in UK.items)


def test_questions_are_counted_as_the_question_screen_numbers_them() -> None:
    sheet = every_item_answered(EN)
    count = question_count(EN, sheet.answers)
    checks = [item for item in EN.main_items if isinstance(item, CheckItem)]
    assert checks and count == (len(EN.main_items), len(EN.main_items))  # the checks are counted
    assert Session.start(EN).progress() == (1, count.asked)
    tiebreaker = EN.tiebreaker_items[0]
    with_tiebreaker = {**sheet.answers, tiebreaker.id: 0}
    assert question_count(EN, with_tiebreaker) == count  # a round of its own, counted apart
    assert question_count(EN, with_tiebreaker, EN.tiebreaker_items) == (1, len(EN.tiebreaker_items))
    skipped = {**sheet.answers, checks[0].id: None, EN.main_items[0].id: 99}  # skipped, out of range
    assert question_count(EN, skipped) == (count.asked - 2, count.asked)


def test_the_result_says_the_same_count_in_both_languages() -> None:
    sheet = every_item_answered(EN)
    for bank in (EN, UK):
        result = score(bank, sheet)
        assert (result.answered, result.asked) == question_count(bank, sheet.answers)
        assert result.asked == len(bank.main_items)


@pytest.mark.parametrize(
    ("minutes", "said"),
    [(0.0, 0), (0.49, 0), (0.5, 1), (1.4, 1), (12.04, 12), (12.57, 13), (12.5, 13), (40.5, 41)],
)
def test_minutes_are_said_whole(minutes: float, said: int) -> None:
    assert whole_minutes(minutes) == said


def test_the_form_takes_at_least_a_minute(tiny_bank: Bank) -> None:
    assert estimated_minutes(tiny_bank, tiny_bank.main_items[:1]) == 1
    assert minutes_left(tiny_bank, []) == 0
