"""Every bank that ships with pmfit meets the writing rules (the comments of questions/en/pmfit.toml) and
what an expert review of bank 1.0.0 asked for.

The rules run over each bundled language (questions/<lang>/pmfit.toml); the few that read words take them
from that language's entry in WORDS. The archive tests are about English 1.0.0 and run once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, CheckItem, ChoiceItem, LikertItem, load_bank, neighbour_clashes
from pmfit.core.lint import lint_bank, years_range
from pmfit.core.paths import data_root
from pmfit.core.scoring import score
from tests.conftest import sheet_of

PRODUCT_SCALES = {
    "market_research",
    "product_vision",
    "development_planning",
    "team_collaboration",
    "process_control",
    "analytics_improvement",
}
PROJECT_SCALES = {
    "project_planning",
    "team_coordination",
    "controlling_execution",
    "stakeholder_communication",
    "quality_control",
    "project_closure",
}
ARCHIVE = data_root("questions") / "en" / "archive" / "pmfit-1.0.0.toml"
BUNDLED = {path.parent.name: path for path in sorted(data_root("questions").glob("*/pmfit.toml"))}


@dataclass(frozen=True)
class Words:
    """What the content rules look for, in one language."""

    conjunction: re.Pattern[str]  # a Likert statement holding one is double-barrelled
    role_names: tuple[str, ...]  # never in an item: the name would bias the answer
    dislike: re.Pattern[str]  # every reverse-keyed item states a dislike ...
    verdict: re.Pattern[str]  # ... never a judgement of the work's value or effort
    pmp_note: tuple[str, ...]  # the PMP rules the note must state
    prince2_note: tuple[str, ...]
    pmbok_edition: str  # how the learning list names the PMBOK Guide's 8th edition


WORDS = {
    "en": Words(
        conjunction=re.compile(r"\b(and|or)\b"),
        role_names=("product manager", "project manager"),
        dislike=re.compile(r"\b(rather|not|bore)\b"),
        # The review of 1.0.0: "pointless", "wasted effort", "tiring", "exhausting" judge the work, not the
        # person's liking for it.
        verdict=re.compile(
            r"\b(pointless|waste\w*|tiring|exhausting|busywork|drain\w*|wear\w*|useless)\b", re.I
        ),
        pmp_note=("60 months", "CAPM", "8 years"),
        prince2_note=("Foundation", "3 years"),
        pmbok_edition="8th edition",
    ),
    "uk": Words(
        conjunction=re.compile(r"\b(і|й|та|або|чи то)\b"),
        role_names=(
            "product manager",
            "project manager",
            "продакт-менеджер",
            "проджект-менеджер",
            "менеджер",
        ),
        dislike=re.compile(r"\b(не|краще|нудно)\b"),
        verdict=re.compile(
            r"\b(безглузд\w*|марн\w*|даремн\w*|втомлю\w*|виснаж\w*|нікому не потрібн\w*|рутин\w*)\b", re.I
        ),
        pmp_note=("60 місяців", "CAPM", "8 років"),
        prince2_note=("Foundation", "3 роки"),
        pmbok_edition="8-ме видання",
    ),
}


@pytest.fixture(scope="module", params=sorted(BUNDLED))
def bank(request: pytest.FixtureRequest) -> Bank:
    """Each bundled bank in turn (in this module, in place of conftest's English one)."""
    return load_bank(BUNDLED[request.param])


@pytest.fixture
def words(bank: Bank) -> Words:
    if bank.language not in WORDS:
        pytest.fail(f"no content rules for the bundled language '{bank.language}': add it to WORDS")
    return WORDS[bank.language]


@pytest.fixture(scope="module")
def english() -> Bank:
    return load_bank(BUNDLED["en"])


def test_every_bundled_bank_is_in_its_own_folder() -> None:
    assert "en" in BUNDLED and len(BUNDLED) >= 2
    for language, path in BUNDLED.items():
        assert load_bank(path).language == language, path


def side(bank: Bank, weights: dict[str, float]) -> str:
    (role,) = {bank.scale_by_id[s].role for s, w in weights.items() if w > 0}
    return role


def test_twelve_scales_six_per_role(bank: Bank) -> None:
    assert {s.id for s in bank.scales_of_role("product_manager")} == PRODUCT_SCALES
    assert {s.id for s in bank.scales_of_role("project_manager")} == PROJECT_SCALES
    for scale in bank.scales:
        assert len(scale.description.split()) >= 15, scale.id
        assert scale.next_steps, scale.id


def test_roles_weigh_their_own_scales_highest(bank: Bank) -> None:
    for role in bank.roles:
        own = {s.id for s in bank.scales_of_role(role.id)}
        assert set(role.weights) == PRODUCT_SCALES | PROJECT_SCALES
        assert min(role.weights[s] for s in own) > max(w for s, w in role.weights.items() if s not in own)
        assert len(role.ladder) >= 5 and role.certifications


def test_item_counts_meet_the_brief(bank: Bank) -> None:
    asked = bank.main_items
    likert = [i for i in asked if isinstance(i, LikertItem)]
    interest = [i for i in likert if i.facet == "interest"]
    per_scale = Counter(s for i in interest for s in i.scales)
    assert all(per_scale[s] >= 5 for s in PRODUCT_SCALES | PROJECT_SCALES), per_scale
    reverse_share = sum(i.reverse for i in likert) / len(likert)
    assert 0.28 <= reverse_share <= 0.4, reverse_share
    experience = Counter(s for i in likert if i.facet == "experience" for s in i.scales)
    assert experience == dict.fromkeys(PRODUCT_SCALES | PROJECT_SCALES, 1)
    choices = [i for i in asked if isinstance(i, ChoiceItem)]
    pairs = [c for c in choices if len(c.options) == 2]
    scenarios = [c for c in choices if 3 <= len(c.options) <= 4]
    assert len(pairs) >= 10 and len(scenarios) >= 8
    assert 1 <= sum(isinstance(i, CheckItem) for i in asked) <= 2
    assert len(bank.tiebreaker_items) >= 4
    assert 80 <= len(asked) <= 100


def test_every_scale_is_measured_alike(bank: Bank) -> None:
    """The same number of forward and reverse items on every scale, so that agreeing with everything (or
    disagreeing with everything) moves every scale the same way and leans to no role."""
    shapes = Counter()
    for item in bank.main_items:
        if isinstance(item, LikertItem) and item.facet == "interest":
            (scale,) = item.scales
            shapes[(scale, item.reverse)] += 1
    assert {count for (_, reverse), count in shapes.items() if reverse} == {2}
    assert {count for (_, reverse), count in shapes.items() if not reverse} == {3}


def test_choices_weigh_the_roles_evenly(bank: Bank) -> None:
    """A pair is one option of each role; a scenario two of each; and the role of the first option
    alternates, so that always picking one position leans nowhere."""
    firsts = Counter()
    for item in [*bank.main_items, *bank.tiebreaker_items]:
        if not isinstance(item, ChoiceItem):
            continue
        sides = [side(bank, o.weights) for o in item.options]
        assert Counter(sides) == Counter(
            {"product_manager": len(sides) // 2, "project_manager": len(sides) // 2}
        )
        if not item.tiebreaker:
            firsts[sides[0]] += 1
            firsts["last " + sides[-1]] += 1
    assert firsts["product_manager"] == firsts["project_manager"]
    assert firsts["last product_manager"] == firsts["last project_manager"]


def test_every_item_is_tagged_and_single_minded(bank: Bank, words: Words) -> None:
    for item in bank.items:
        assert item.framework.strip(), item.id
        if isinstance(item, LikertItem):
            # No double-barrelled statements, and no role names that would bias the answer.
            assert not words.conjunction.search(item.text), item.id
        texts = [item.text] + ([o.text for o in item.options] if isinstance(item, ChoiceItem) else [])
        for text in texts:
            assert not [name for name in words.role_names if name in text.lower()], item.id


def test_framework_tags_name_the_current_pmbok(bank: Bank) -> None:
    tags = [item.framework for item in bank.items] + [tag for scale in bank.scales for tag in scale.framework]
    assert not [tag for tag in tags if "PMBOK 7" in tag]
    pmbok = [tag for tag in tags if tag.startswith("PMBOK")]
    assert pmbok and all(
        re.fullmatch(r"PMBOK 8: .+ \((principle|performance domain|focus area)\)", t) for t in pmbok
    )


def test_reverse_items_state_a_dislike_not_a_verdict_on_the_work(bank: Bank, words: Words) -> None:
    for item in bank.items:
        if isinstance(item, LikertItem) and item.reverse:
            assert not words.verdict.search(item.text), item.id
            assert words.dislike.search(item.text), item.id
            assert item.twin is not None


def test_reverse_items_have_twins_far_apart(bank: Bank) -> None:
    order = [i.id for i in bank.main_items]
    for item in bank.items:
        if isinstance(item, LikertItem) and item.reverse and item.twin:
            assert abs(order.index(item.id) - order.index(item.twin)) >= 10, item.id


def test_order_and_length(bank: Bank) -> None:
    assert neighbour_clashes(bank) == []
    assert bank.estimated_minutes() <= 12


def test_the_bank_passes_every_lint(bank: Bank) -> None:
    assert [str(finding) for finding in lint_bank(bank)] == []


# -------------------------------------------------------------------------------------------- facts


def test_every_fact_is_sourced_and_dated(bank: Bank) -> None:
    for role in bank.roles:
        assert role.ladder_source and role.ladder_as_of, role.id
        for certification in role.certifications:
            assert certification.source and certification.as_of, certification.name
    assert bank.facts_as_of == (2026, 11)


def test_ladder_years_never_contradict(bank: Bank) -> None:
    for role in bank.roles:
        spans = [span for step in role.ladder if (span := years_range(step.years)) is not None]
        assert len(spans) >= 4, role.id
        for (start, end), (next_start, next_end) in pairwise(spans):
            assert next_start > start and next_end >= end, (role.id, spans)


def test_certifications_follow_the_content_brief(bank: Bank, words: Words) -> None:
    product = bank.role_by_id["product_manager"]
    project = bank.role_by_id["project_manager"]
    steps = {name for step in product.ladder for name in step.certifications}
    assert not {"PSPO II", "PSPO III"} & steps  # depth as a Scrum Product Owner, not a career step
    assert set(steps) <= {c.name for c in product.certifications}
    assert "AIPMM CPM" in {c.name for c in product.certifications}
    notes = {c.name: c.note for c in project.certifications}
    assert all(fact in notes["PMP"] for fact in words.pmp_note), notes["PMP"]
    assert all(fact in notes["PRINCE2 7"] for fact in words.prince2_note), notes["PRINCE2 7"]
    assert any(words.pmbok_edition in entry for entry in project.learning)


# ---------------------------------------------------------------------------------- the old bank


def test_the_archived_bank_is_1_0_0_and_still_loads() -> None:
    old = load_bank(ARCHIVE)
    assert (old.id, old.version) == ("pmfit", "1.0.0")
    assert {"fc04", "sc08", "qc4", "mr1"} <= set(old.item_by_id)


def test_an_item_keeps_its_id_only_when_it_is_the_same_question(english: Bank) -> None:
    """Old answers must never be scored against a different question: an id shared with 1.0.0 means the
    same text, options and keying. (A translation keeps the English bank's ids and keying exactly:
    test_bank_translations.py.)"""
    bank = english
    old = load_bank(ARCHIVE)

    def meaning(item: LikertItem | ChoiceItem | CheckItem) -> object:
        if isinstance(item, LikertItem):
            return (item.kind, item.text, item.facet, dict(item.scales), item.reverse)
        if isinstance(item, ChoiceItem):
            return (item.kind, item.text, [(o.text, dict(o.weights)) for o in item.options])
        return (item.kind, item.text, item.expected)

    shared = set(old.item_by_id) & set(bank.item_by_id)
    for item_id in shared:
        assert meaning(old.item_by_id[item_id]) == meaning(bank.item_by_id[item_id]), item_id
    assert len(shared) < 10  # most of 1.0.0 was rewritten


def test_the_archive_ships_beside_the_current_bank() -> None:
    assert ARCHIVE.is_file()
    assert ARCHIVE.parent.parent == Path(data_root("questions")) / "en"


# ---------------------------------------------------------------------------- answer patterns


def test_straight_lined_sheet_is_flagged(bank: Bank) -> None:
    answers = {i.id: 4 for i in bank.main_items if not isinstance(i, ChoiceItem)}
    answers |= {i.id: 0 for i in bank.main_items if isinstance(i, ChoiceItem)}
    flags = score(bank, sheet_of(bank, answers)).flags
    assert "straight_lining" in flags
    assert "inconsistent_twins" in flags


def test_all_skipped_sheet_says_not_enough(bank: Bank) -> None:
    result = score(bank, AnswerSheet.new(bank))
    assert result.verdict.label == "not_enough_answers"
    assert result.asked == len([i for i in bank.main_items if not isinstance(i, CheckItem)])
