"""Reading grade of a short text: Flesch-Kincaid with our own syllable counter, by language.

No corpus and no dictionary download: the English counter is a handful of spelling rules (vowel groups,
silent e, common suffixes) plus a short table of common words the rules get wrong; the Ukrainian and
Russian counters count vowel letters, which in those languages is exactly the number of syllables.

The grade formula is Flesch-Kincaid, 0.39 * words per sentence + 11.8 * syllables per word - 15.59, for
English. Slavic words carry more syllables for the same difficulty, so for Ukrainian and Russian the
weights of Oborneva's adaptation for Russian (2006) are used, 0.5 and 8.4 with the same constant; no
Ukrainian calibration is published, and Russian is its nearest calibrated neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# A word: letters, with inner apostrophes or hyphens ("I'd", "hand-over", "пам'ять"); digits are not words.
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?…]+")

_EN_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_EN_VOWELS = frozenset("aeiouy")
# Common words the spelling rules below count wrongly (checked against a pronouncing dictionary).
_EN_WORDS = {
    "anyone": 3,
    "area": 3,
    "areas": 3,
    "being": 2,
    "business": 2,
    "client": 2,
    "clients": 2,
    "create": 2,
    "created": 3,
    "creating": 3,
    "creates": 2,
    "every": 2,
    "everyone": 3,
    "everything": 3,
    "experience": 4,
    "forecast": 2,
    "forecasts": 2,
    "idea": 3,
    "ideas": 3,
    "people": 2,
    "quiet": 2,
    "real": 1,
    "science": 2,
    "someone": 2,
    "something": 2,
    "timeline": 2,
    "timelines": 2,
    "sometimes": 2,
    "whole": 1,
    "while": 1,
    "where": 1,
    "there": 1,
    "here": 1,
    "were": 1,
    "whether": 2,
    "aren't": 1,
    "one": 1,
    "once": 1,
    "done": 1,
    "gone": 1,
    "none": 1,
    "come": 1,
    "some": 1,
    "give": 1,
    "have": 1,
    "live": 1,
    "move": 1,
    "lose": 1,
    "whose": 1,
    "prove": 1,
    "above": 2,
    "before": 2,
    "more": 1,
    "sure": 1,
    "score": 1,
    "ensure": 2,
    "measure": 2,
    "future": 2,
    "picture": 2,
}
# Suffixes counted apart from their stem, so that a silent e before them stays silent ("manage-ment").
_EN_SUFFIXES = (("fully", 2), ("ments", 1), ("ment", 1), ("ness", 1), ("less", 1), ("ful", 1), ("ly", 1))


def _en_core(word: str) -> int:
    """Syllables of a lower-case English word of letters only, without suffix handling."""
    if len(word) <= 3:
        return 1
    word = re.sub(r"y(?=[aeiou])", "j", word)  # a y before a vowel is a consonant ("buyer", "delayed")
    count = len(_EN_VOWEL_GROUP.findall(word))
    last, before = word[-1], word[-2]
    if last == "e" and before not in _EN_VOWELS:
        # A final e is silent ("make"), except in a consonant + "le" ending ("table", "simple").
        if not (before == "l" and word[-3] not in _EN_VOWELS):
            count -= 1
    elif word.endswith(("es", "ed")) and word[-3] not in _EN_VOWELS:
        # "makes", "planned" lose the e; "changes", "places", "fixes", "needed", "started" keep it.
        voiced = word.endswith("ed") and word[-3] in "td"
        sibilant = word.endswith("es") and (word[-3] in "sxzcg" or word[-4:-2] in {"ch", "sh"})
        if not (voiced or sibilant):
            count -= 1
    # "io" and "ia" are two syllables ("period", "media"), except in -tion, -sion, -cial, -gion.
    count += len(re.findall(r"(?<![tscxg])i[oa]", word))
    return max(count, 1)


def _en_plain(word: str) -> int:
    if word in _EN_WORDS:
        return _EN_WORDS[word]
    for suffix, syllables in _EN_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and _EN_VOWEL_GROUP.search(stem):
            return _en_plain(stem) + syllables
    if word.endswith("ing") and len(word) > 4 and _EN_VOWEL_GROUP.search(word[:-3]):
        return _en_plain(word[:-3]) + 1  # "doing", "saying": the vowel before -ing is its own syllable
    return _en_core(word)


def english_syllables(word: str) -> int:
    """Syllables of one English word ("hand-over" 3, "didn't" 2, "customer's" 3)."""
    word = word.lower().replace("’", "'")
    if word in _EN_WORDS:
        return _EN_WORDS[word]
    total = 0
    for part in word.split("-"):
        stem, _, tail = part.partition("'")
        if not stem:
            continue
        if tail == "t" and stem.endswith("n") and len(stem) > 2 and stem[-2] not in _EN_VOWELS:
            total += _en_plain(stem[:-1]) + 1  # "didn't", "wouldn't", "isn't": the n't is a syllable
        else:
            total += _en_plain(stem)  # "I'd", "we've", "customer's": the ending adds none
    return max(total, 1)


def vowel_counter(vowels: str) -> Callable[[str], int]:
    """A counter for languages where every vowel letter is one syllable (Ukrainian, Russian)."""
    letters = frozenset(vowels)

    def count(word: str) -> int:
        return sum(1 for ch in word.lower() if ch in letters)

    return count


@dataclass(frozen=True, slots=True)
class ReadingRules:
    syllables: Callable[[str], int]
    per_sentence: float  # weight of words per sentence
    per_word: float  # weight of syllables per word
    constant: float


RULES: dict[str, ReadingRules] = {
    "en": ReadingRules(english_syllables, 0.39, 11.8, -15.59),
    "uk": ReadingRules(vowel_counter("аеєиіїоуюя"), 0.5, 8.4, -15.59),
    "ru": ReadingRules(vowel_counter("аеёиоуыэюя"), 0.5, 8.4, -15.59),
}


def rules_for(language: str) -> ReadingRules | None:
    """The rules for a language tag ("en", "en-GB", "uk_UA"), or None when pmfit has none for it."""
    return RULES.get(re.split(r"[-_]", language.lower(), maxsplit=1)[0])


def vowel_rules(vowels: str, per_sentence: float, per_word: float, constant: float) -> ReadingRules:
    """Rules given as data (a bank's ``[lint.reading]``), for a language where each vowel letter is one
    syllable."""
    return ReadingRules(vowel_counter(vowels.lower()), per_sentence, per_word, constant)


@dataclass(frozen=True, slots=True)
class Reading:
    grade: float
    words: int
    sentences: int
    syllables: int


def reading(pieces: Sequence[str], rules: ReadingRules) -> Reading:
    """The reading grade of some text pieces, each one or more sentences (a stem, then each option)."""
    words = sentences = syllables = 0
    for piece in pieces:
        for sentence in SENTENCE_END.split(piece):
            found = WORD.findall(sentence)
            if not found:
                continue
            sentences += 1
            words += len(found)
            syllables += sum(rules.syllables(word) for word in found)
    if not words:
        return Reading(0.0, 0, 0, 0)
    grade = rules.per_sentence * words / sentences + rules.per_word * syllables / words + rules.constant
    return Reading(round(grade, 1), words, sentences, syllables)
