"""The English bank that ships with pmfit meets the content brief (CONTENT.md; issue 10's review of 1.0.0)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

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


def test_every_item_is_tagged_and_single_minded(bank: Bank) -> None:
    for item in bank.items:
        assert item.framework.strip(), item.id
        if isinstance(item, LikertItem):
            # No double-barrelled statements, and no role names that would bias the answer.
            assert not re.search(r"\b(and|or)\b", item.text), item.id
        texts = [item.text] + ([o.text for o in item.options] if isinstance(item, ChoiceItem) else [])
        for text in texts:
            assert "product manager" not in text.lower() and "project manager" not in text.lower(), item.id


def test_framework_tags_name_the_current_pmbok(bank: Bank) -> None:
    tags = [item.framework for item in bank.items] + [tag for scale in bank.scales for tag in scale.framework]
    assert not [tag for tag in tags if "PMBOK 7" in tag]
    pmbok = [tag for tag in tags if tag.startswith("PMBOK")]
    assert pmbok and all(
        re.fullmatch(r"PMBOK 8: .+ \((principle|performance domain|focus area)\)", t) for t in pmbok
    )


def test_reverse_items_state_a_dislike_not_a_verdict_on_the_work(bank: Bank) -> None:
    # The review of 1.0.0: "pointless", "wasted effort", "tiring", "exhausting" judge the work, not the
    # person's liking for it.
    verdicts = re.compile(
        r"\b(pointless|waste\w*|tiring|exhausting|busywork|drain\w*|wear\w*|useless)\b", re.I
    )
    for item in bank.items:
        if isinstance(item, LikertItem) and item.reverse:
            assert not verdicts.search(item.text), item.id
            assert re.search(r"\b(rather|not|bore)\b", item.text), item.id
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


def test_certifications_follow_the_content_brief(bank: Bank) -> None:
    product = bank.role_by_id["product_manager"]
    project = bank.role_by_id["project_manager"]
    steps = {name for step in product.ladder for name in step.certifications}
    assert not {"PSPO II", "PSPO III"} & steps  # depth as a Scrum Product Owner, not a career step
    assert set(steps) <= {c.name for c in product.certifications}
    assert "AIPMM CPM" in {c.name for c in product.certifications}
    notes = {c.name: c.note for c in project.certifications}
    assert "60 months" in notes["PMP"] and "CAPM" in notes["PMP"] and "8 years" in notes["PMP"]
    assert "Foundation" in notes["PRINCE2 7"] and "3 years" in notes["PRINCE2 7"]
    assert any("8th edition" in entry for entry in project.learning)


# ---------------------------------------------------------------------------------- the old bank


def test_the_archived_bank_is_1_0_0_and_still_loads() -> None:
    old = load_bank(ARCHIVE)
    assert (old.id, old.version) == ("pmfit", "1.0.0")
    assert {"fc04", "sc08", "qc4", "mr1"} <= set(old.item_by_id)


def test_an_item_keeps_its_id_only_when_it_is_the_same_question(bank: Bank) -> None:
    """Old answers must never be scored against a different question: an id shared with 1.0.0 means the
    same text, options and keying."""
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
