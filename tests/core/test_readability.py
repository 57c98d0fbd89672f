"""The reading grade behind `bank check`: our own syllable counters and Flesch-Kincaid, by language."""

from __future__ import annotations

import pytest

from pmfit.core.readability import english_syllables, reading, rules_for

# Syllable counts as a pronouncing dictionary gives them, for words of the kind a bank uses.
ENGLISH = """
    make 1  makes 1  planned 1  needed 2  started 2  changes 2  places 2  fixes 2  table 2  simple 2
    value 2  agree 2  agreed 2  tied 1  goes 1  period 3  media 3  various 3  social 2  financial 3
    station 2  management 3  useful 2  lately 2  really 2  only 2  family 3  doing 2  saying 2  planning 2
    thing 1  bring 1  stories 2  studied 2  schedule 2  budget 2  customer 3  product 2  project 2
    release 2  decide 2  deciding 3  estimate 3  enjoy 2  rather 2  people 2  understand 3  whether 2
    finished 2  priority 4  improvement 3  measure 2  usage 2  engineers 3  business 2  quality 3
    delayed 2  buyers 2  deliver 3  idea 3  competitor 4  version 2  believed 2  careful 2  statement 2
    money 2  forecast 2  conflict 2  morale 2  together 3  issue 2  complete 2  completed 3
    didn't 2  wouldn't 2  isn't 2  don't 1  can't 1  I'd 1  customer's 3  hand-over 3  sign-off 2
"""


def test_english_syllables_match_a_pronouncing_dictionary() -> None:
    tokens = ENGLISH.split()
    expected = dict(zip(tokens[::2], map(int, tokens[1::2]), strict=True))
    wrong = {
        word: english_syllables(word) for word, count in expected.items() if english_syllables(word) != count
    }
    assert wrong == {}


def test_flesch_kincaid_by_hand() -> None:
    # 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45
    assert reading(["The cat sat on the mat."], rules_for("en")).grade == pytest.approx(-1.4, abs=0.06)
    # Two sentences and an option: every piece and sentence counts on its own.
    measured = reading(["One day. Two days!", "Three more days"], rules_for("en"))
    assert (measured.sentences, measured.words) == (3, 7)


def test_harder_words_read_at_a_higher_grade() -> None:
    rules = rules_for("en")
    plain = reading(["I'd enjoy planning the work for a small team."], rules).grade
    dense = reading(["I'd appreciate coordinating interdependent organisational deliverables."], rules).grade
    assert plain < 8 < dense


def test_ukrainian_counts_vowels_and_uses_its_own_weights() -> None:
    rules = rules_for("uk")
    assert rules is not None and rules_for("uk_UA") is rules
    # "Мені" 2, "подобається" 5, "планувати" 4, "роботу" 3: 14 syllables in 4 words, one sentence.
    measured = reading(["Мені подобається планувати роботу."], rules)
    assert (measured.words, measured.syllables) == (4, 14)
    assert measured.grade == pytest.approx(0.5 * 4 + 8.4 * 14 / 4 - 15.59, abs=0.06)
    # The English weights would rate the same text as far harder: the calibration matters.
    english_weights = 0.39 * 4 + 11.8 * 14 / 4 - 15.59
    assert english_weights > measured.grade + 3


def test_unknown_language_has_no_rules() -> None:
    assert rules_for("en-GB") is rules_for("en")
    assert rules_for("de") is None


def test_empty_text_reads_at_grade_zero() -> None:
    assert reading(["", "…", "42"], rules_for("en")).grade == 0.0
