"""Every bundled translation of the question bank is the English bank in other words.

A translation keeps everything the scoring reads: ids, scales, weights, keying (reverse, twin, facet,
expected), option order, tie-breakers, [scoring] values and the version, so that an answer sheet scores the
same on either. Only the words differ, and every one of them is translated; names ("Product Manager",
"PRINCE2 7", "Scrum Master") may stay. The tests run over every questions/<lang>/pmfit.toml but English, so
a third language is held to the same rules without a line of this file changing.
"""

from __future__ import annotations

import io
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmfit.core.answers import read_sheet
from pmfit.core.bank import Bank, CheckItem, ChoiceItem, load_bank
from pmfit.core.paths import bank_path, data_root
from pmfit.core.scoring import score
from tests.conftest import sheet_of

QUESTIONS = data_root("questions")
ENGLISH = QUESTIONS / "en" / "pmfit.toml"
TRANSLATIONS = sorted(path for path in QUESTIONS.glob("*/pmfit.toml") if path.parent.name != "en")
EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))

# Where a translation has its own words ("*" stands for any position in a list). Everything else must equal
# the English bank, field by field.
WORDS = {
    ("bank", "title"),
    ("scales", "*", "title"),
    ("scales", "*", "description"),
    ("scales", "*", "next_steps", "*"),
    ("roles", "*", "title"),
    ("roles", "*", "summary"),
    ("roles", "*", "career"),
    ("roles", "*", "learning", "*"),
    ("roles", "*", "ladder", "*", "level"),
    ("roles", "*", "ladder", "*", "scope"),
    ("roles", "*", "certifications", "*", "note"),
    ("adjacent_roles", "*", "title"),
    ("adjacent_roles", "*", "distinction"),
    ("profiles", "*", "title"),
    ("profiles", "*", "text"),
    ("quality_flags", "*", "text"),
    ("items", "*", "text"),
    ("items", "*", "options", "*", "text"),
    ("facets", "interest", "labels", "*"),
    ("facets", "interest", "prompt"),
    ("facets", "experience", "labels", "*"),
    ("facets", "experience", "prompt"),
}
# The job analysis ([[sources]], [[blueprint]]) and the framework tags are audit data, not words a person
# reads while answering: a translation keeps them as in English, like the ids.
# A ladder step's years are a figure that stays ("2-5", "8+") or a word that is translated ("varies").
YEARS = ("roles", "*", "ladder", "*", "years")
# Settings that belong to the language: its name, and the lints' tell words, phrases and reading grade.
OWN = {("bank", "language"), ("lint",)}

Where = tuple[str | int, ...]


@dataclass(frozen=True)
class Text:
    where: str
    english: str
    translated: str


def _where(path: Where) -> str:
    return ".".join(str(part) for part in path)


def compare(english: Any, translated: Any, path: Where = ()) -> tuple[list[str], list[Text]]:
    """Walk both banks: (every difference outside the words, every pair of words)."""
    shape = tuple("*" if isinstance(part, int) else part for part in path)
    if shape in OWN:
        return [], []
    is_words = shape in WORDS or (shape == YEARS and not str(english)[:1].isdigit())
    if is_words:
        if not isinstance(translated, str):
            return [f"{_where(path)}: {translated!r} is not text"], []
        return [], [Text(_where(path), english, translated)]
    if isinstance(english, dict):
        if not isinstance(translated, dict) or set(english) != set(translated):
            got = sorted(translated) if isinstance(translated, dict) else translated
            return [f"{_where(path) or '(top)'}: fields {sorted(english)} in English, {got} here"], []
        return _merge(compare(english[key], translated[key], (*path, key)) for key in english)
    if isinstance(english, list):
        if not isinstance(translated, list) or len(english) != len(translated):
            return [f"{_where(path)}: {len(english)} entries in English, not so here"], []
        return _merge(
            compare(e, t, (*path, n)) for n, (e, t) in enumerate(zip(english, translated, strict=True))
        )
    if type(english) is not type(translated) or english != translated:
        return [f"{_where(path)}: {english!r} in English, {translated!r} here"], []
    return [], []


def _merge(parts: Any) -> tuple[list[str], list[Text]]:
    problems: list[str] = []
    texts: list[Text] = []
    for more_problems, more_texts in parts:
        problems += more_problems
        texts += more_texts
    return problems, texts


def is_a_name(text: str) -> bool:
    """A short run of capitalised words or figures ("Product Manager", "PSPO I", "Director of Product")
    may stay as it is in English; anything else is a sentence or a phrase and must be translated."""
    words = text.split()
    if (
        not words
        or len(words) > 4
        or not all(w[:1].isupper() or w[:1].isdigit() for w in (words[0], words[-1]))
    ):
        return False
    return all(word[:1].isupper() or word[:1].isdigit() or len(word) <= 3 for word in words)


def raw(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def english() -> Bank:
    return load_bank(ENGLISH)


@pytest.fixture(scope="module", params=TRANSLATIONS, ids=lambda path: path.parent.name)
def translation(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


def test_pmfit_ships_a_ukrainian_bank() -> None:
    assert QUESTIONS / "uk" / "pmfit.toml" in TRANSLATIONS


def test_a_translation_has_exactly_the_english_structure(translation: Path) -> None:
    problems, texts = compare(raw(ENGLISH), raw(translation))
    assert problems == []
    # The walk really reached the words: bank 3.0.0 has 273 of them (78 items, 40 options, 12 scales, 2 roles,
    # ...), and every part a person reads is among them.
    assert len(texts) > 250
    reached = {text.where.split(".")[0] for text in texts}
    parts = {"bank", "facets", "scales", "roles", "adjacent_roles", "profiles", "quality_flags", "items"}
    assert parts <= reached
    assert any(".options." in text.where for text in texts)


def test_the_comparison_sees_a_changed_weight_key_and_option_order() -> None:
    """The structure test above can fail: a weight, a reverse key or swapped options are all caught."""
    english = raw(ENGLISH)
    changed = raw(ENGLISH)
    first = changed["items"][0]
    first["reverse"] = not first["reverse"]
    choice = next(item for item in changed["items"] if item["kind"] == "choice")
    choice["options"].reverse()
    changed["roles"][0]["weights"]["project_planning"] += 0.1
    changed["scoring"]["z"] = 2.0
    problems, _ = compare(english, changed)
    assert len(problems) >= 5, problems
    assert any(p.startswith("items.0.reverse:") for p in problems)
    assert any(".options.0.weights" in p for p in problems)
    assert any(p.startswith("roles.0.weights.project_planning:") for p in problems)
    assert "scoring.z: 1.96 in English, 2.0 here" in problems


def test_every_text_is_translated(translation: Path) -> None:
    _, texts = compare(raw(ENGLISH), raw(translation))
    empty = [text.where for text in texts if not text.translated.strip()]
    untranslated = [
        text.where for text in texts if text.translated == text.english and not is_a_name(text.english)
    ]
    assert empty == []
    assert untranslated == []


def test_names_may_stay_but_sentences_may_not() -> None:
    assert is_a_name("Product Manager") and is_a_name("PSPO I") and is_a_name("Chief Product Officer")
    assert not is_a_name("varies") and not is_a_name("A clear lean") and not is_a_name("Market research")
    assert not is_a_name("Lead, Group or Principal Product Manager") and not is_a_name("Run it now")
    assert is_a_name("Director of Product")


def test_the_translation_is_in_the_language_of_its_folder(translation: Path) -> None:
    bank = load_bank(translation)
    assert bank.language == translation.parent.name != "en"
    assert bank_path(bank.language) == translation
    assert load_bank(language=bank.language).bank == bank.bank
    # Its own tell words, not the English ones: a lint that looks for "product" finds nothing here.
    assert bank.lint.tells and not set(bank.lint.tells) & set(load_bank(ENGLISH).lint.tells)


# ----------------------------------------------------------------------------------- same scores


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.name)
def test_an_english_sheet_scores_the_same_on_the_translation(
    english: Bank, translation: Path, example: Path
) -> None:
    sheet = read_sheet(example)
    assert (sheet.bank.id, sheet.bank.version, sheet.bank.language) == (english.id, english.version, "en")
    translated = load_bank(translation)
    assert score(translated, sheet) == score(english, sheet)


def _answers(bank: Bank) -> st.SearchStrategy[dict[str, int]]:
    """Any answers to any items of the bank, main and tie-breaker alike, some skipped."""

    def values(item: Any) -> st.SearchStrategy[int]:
        if isinstance(item, ChoiceItem):
            return st.integers(0, len(item.options) - 1)
        return st.integers(1, 5)

    drawn = st.fixed_dictionaries({item.id: st.none() | values(item) for item in bank.items})
    return drawn.map(lambda answers: {key: value for key, value in answers.items() if value is not None})


ENGLISH_BANK = load_bank(ENGLISH)
TRANSLATED_BANKS = [load_bank(path) for path in TRANSLATIONS]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=_answers(ENGLISH_BANK), seconds=st.floats(0.2, 20.0), checks_right=st.booleans())
def test_any_answers_score_the_same_in_every_language(
    answers: dict[str, int], seconds: float, checks_right: bool
) -> None:
    if checks_right:
        answers |= {i.id: i.expected for i in ENGLISH_BANK.items if isinstance(i, CheckItem)}
    timed = {item_id: seconds for item_id in answers}
    expected = score(ENGLISH_BANK, sheet_of(ENGLISH_BANK, answers, **timed))
    for bank in TRANSLATED_BANKS:
        assert score(bank, sheet_of(bank, answers, **timed)) == expected


# ---------------------------------------------------------------------------------- command line


def run(*argv: str) -> tuple[int, str, str]:
    from pmfit.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_checks_shows_and_scores_with_the_translation(translation: Path) -> None:
    assert run("bank", "check", "--strict", str(translation))[0] == 0
    code, out, _ = run("bank", "show", "--bank", str(translation), "--json")
    shown = json.loads(out)
    assert code == 0 and shown["language"] == translation.parent.name
    assert [item["text"] for item in shown["items"]] == [item.text for item in load_bank(translation).items]
    for example in EXAMPLES:
        english = run("score", str(example), "--bank", str(ENGLISH), "--json")
        translated = run("score", str(example), "--bank", str(translation), "--json")
        assert translated[0] == 0 and json.loads(translated[1]) == json.loads(english[1])
