"""Simulated respondents on the bundled bank: answering by the wording alone must not pick a role.

Issue 10's review of bank 1.0.0 found that a person who agreed with every text containing "product" came
out leaning to Product Manager. Each respondent here answers every main item by one shallow rule; those
that read only the surface (the role's name, the review's tell words, how pleasant the words sound, agreeing
with everything, always picking one position) must come out too close to call. Two respondents who answer
by what an item measures must come out clearly for their role, so the bank can still tell people apart.

Each test prints its respondent's figures (run with -s to see them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from pmfit.core.bank import Bank, CheckItem, ChoiceItem, LikertItem, load_bank
from pmfit.core.paths import data_root
from pmfit.core.scoring import Result, score
from tests.conftest import sheet_of

Item = LikertItem | ChoiceItem | CheckItem
Answer = Callable[[Item], int | None]  # a 1-5 answer, an option index, or None to skip

PRODUCT, PROJECT = "product_manager", "project_manager"

# The role's name alone, and the words the review of 1.0.0 found on one side only (CONTENT.md 4a).
ROLE_NAMES = {PRODUCT: ("product*",), PROJECT: ("project*",)}
REVIEW_TELLS = {
    PRODUCT: ("product*", "customer*", "feature*"),
    PROJECT: ("project*", "sponsor*", "agreed", "formal*", "standard*", "stakeholder*"),
}

# How pleasant a text sounds: a small lexicon of our own, fixed before the bank was checked against it.
PLEASANT = set(
    """enjoy like love glad happy fun exciting proud prouder pride trust trusted believe believed win winning
    won help helps helped helping good better best great clear clearly smooth calm success successful
    thank praise improve improved improvement value valuable worth truly really share together easy safe
    wise""".split()  # noqa: SIM905
)
UNPLEASANT = set(
    """not never no nobody rather avoid dislike hate bore boring dull tedious fail fails failed failure
    failures error errors mistake mistakes problem problems struggle struggles slip slips slipping late bad
    wrong conflict conflicts blame hurt lose lost drop without surprise risk risks worse worst lack lacks
    argue argues complaint complaints trouble worry fear difficult hard""".split()  # noqa: SIM905
)
UNPLEASANT_PHRASES = (
    "give up",
    "gives up",
    "falls short",
    "fall short",
    "runs short",
    "slows down",
    "slow down",
    "go wrong",
    "goes wrong",
    "off course",
)


def count_words(text: str, words: Sequence[str]) -> int:
    lower = text.lower()
    total = 0
    for word in words:
        stem = re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "")
        total += len(re.findall(rf"(?<!\w){stem}(?!\w)", lower))
    return total


def by_words(toward: Sequence[str], against: Sequence[str]) -> Answer:
    """Agrees strongly with a text holding words of one side, disagrees with the other's, is neutral
    otherwise; picks the one option that leans most to its side, and skips a choice where none does."""

    def pull(text: str) -> int:
        return count_words(text, toward) - count_words(text, against)

    def answer(item: Item) -> int | None:
        if isinstance(item, ChoiceItem):
            return pick_best([pull(option.text) for option in item.options])
        value = pull(item.text)
        return 5 if value > 0 else 1 if value < 0 else 3

    return answer


def pleasantness(text: str) -> int:
    lower = text.lower()
    tokens = re.findall(r"[a-z']+", lower)
    return (
        sum(token in PLEASANT for token in tokens)
        - sum(token in UNPLEASANT for token in tokens)
        - sum(lower.count(phrase) for phrase in UNPLEASANT_PHRASES)
    )


def by_pleasantness(item: Item) -> int | None:
    """Agrees with what sounds pleasant, disagrees with what sounds unpleasant, picks the nicest option."""
    if isinstance(item, ChoiceItem):
        return pick_best([pleasantness(option.text) for option in item.options])
    value = pleasantness(item.text)
    return 5 if value > 0 else 1 if value < 0 else 3


def pick_best(values: list[int]) -> int | None:
    best = max(values)
    return values.index(best) if values.count(best) == 1 else None


def agreeing(choice: Callable[[ChoiceItem], int | None]) -> Answer:
    """Agrees strongly with every statement; answers a choice by ``choice``."""
    return lambda item: choice(item) if isinstance(item, ChoiceItem) else 5


def by_keyed_role(bank: Bank, role: str) -> Answer:
    """Likes every activity of one role and none of the other's: the person the bank is meant to find."""

    def mine(weights: dict[str, float]) -> bool:
        return any(bank.scale_by_id[s].role == role for s, w in weights.items() if w > 0)

    def answer(item: Item) -> int | None:
        if isinstance(item, LikertItem):
            likes = mine(item.scales)
            return (5 if likes else 1) if not item.reverse else (1 if likes else 5)
        if isinstance(item, ChoiceItem):
            return next(n for n, option in enumerate(item.options) if mine(option.weights))
        return item.expected

    return answer


def respond(bank: Bank, answer: Answer, name: str) -> Result:
    answers = {}
    for item in bank.main_items:
        value = answer(item)
        if value is not None:
            answers[item.id] = value
    result = score(bank, sheet_of(bank, answers))
    fits = {role.id: role.fit for role in result.roles}
    verdict = result.verdict
    print(
        f"\n{name}: Product Manager {fits[PRODUCT]}, Project Manager {fits[PROJECT]}; "
        f"gap {verdict.difference:+.2f} against a threshold of {verdict.threshold:.2f}; "
        f"{verdict.label}, lean {verdict.lean}"
    )
    return result


SURFACE_RESPONDENTS: dict[str, Callable[[], Answer]] = {
    "the word 'product' (agrees), 'project' (disagrees)": lambda: by_words(
        ROLE_NAMES[PRODUCT], ROLE_NAMES[PROJECT]
    ),
    "the word 'project' (agrees), 'product' (disagrees)": lambda: by_words(
        ROLE_NAMES[PROJECT], ROLE_NAMES[PRODUCT]
    ),
    "the review's product-side tell words": lambda: by_words(REVIEW_TELLS[PRODUCT], REVIEW_TELLS[PROJECT]),
    "the review's project-side tell words": lambda: by_words(REVIEW_TELLS[PROJECT], REVIEW_TELLS[PRODUCT]),
    "how pleasant the wording sounds": lambda: by_pleasantness,
    "agrees with everything, skips choices": lambda: agreeing(lambda item: None),
    "agrees with everything, always the first option": lambda: agreeing(lambda item: 0),
    "agrees with everything, always the last option": lambda: agreeing(lambda item: len(item.options) - 1),
}


@pytest.mark.parametrize("name", list(SURFACE_RESPONDENTS))
def test_answering_by_the_surface_is_too_close_to_call(bank: Bank, name: str) -> None:
    result = respond(bank, SURFACE_RESPONDENTS[name](), name)
    assert result.verdict.label != "not_enough_answers"
    assert result.verdict.lean is None


@pytest.mark.parametrize("name", list(SURFACE_RESPONDENTS)[:4])  # the four that answer by words
def test_the_same_respondents_caught_bank_1_0_0(name: str) -> None:
    """Where the review found a lean by the role's name, these respondents find it too."""
    old = load_bank(data_root("questions") / "en" / "archive" / "pmfit-1.0.0.toml")
    assert old.version == "1.0.0"
    result = respond(old, SURFACE_RESPONDENTS[name](), f"{name}, bank 1.0.0")
    assert result.verdict.lean is not None


def test_the_role_name_respondent_really_reads_the_role_names(bank: Bank) -> None:
    """The name respondent above is not neutral by accident: the names are in the bank, on both sides."""
    answer = by_words(ROLE_NAMES[PRODUCT], ROLE_NAMES[PROJECT])
    moved = {
        bank.scale_by_id[next(iter(item.scales))].role
        for item in bank.main_items
        if isinstance(item, LikertItem) and item.facet == "interest" and answer(item) != 3
    }
    assert moved == {PRODUCT, PROJECT}


@pytest.mark.parametrize("role", [PRODUCT, PROJECT])
def test_a_consistent_person_comes_out_clearly_for_their_role(bank: Bank, role: str) -> None:
    result = respond(bank, by_keyed_role(bank, role), f"likes only the {role} activities")
    assert result.verdict.lean == role
    assert result.verdict.label == "clear_lean"
    assert result.flags == ()
    assert all(driver.toward == role for driver in result.drivers)
