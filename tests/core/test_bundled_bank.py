"""The English bank that ships with pmfit meets the content brief (CONTENT.md, issue 2)."""

from __future__ import annotations

import re
from collections import Counter

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, CheckItem, ChoiceItem, LikertItem, neighbour_clashes
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
    assert 0.2 <= reverse_share <= 0.4, reverse_share
    experience = Counter(s for i in likert if i.facet == "experience" for s in i.scales)
    assert set(experience) == PRODUCT_SCALES | PROJECT_SCALES
    choices = [i for i in asked if isinstance(i, ChoiceItem)]
    pairs = [c for c in choices if len(c.options) == 2]
    scenarios = [c for c in choices if 3 <= len(c.options) <= 4]
    assert len(pairs) >= 10 and len(scenarios) >= 8
    for pair in pairs:
        sides = [{bank.scale_by_id[s].role for s in o.weights} for o in pair.options]
        assert sides[0] != sides[1], pair.id  # a product statement against a project statement
    assert 1 <= sum(isinstance(i, CheckItem) for i in asked) <= 2
    assert bank.tiebreaker_items
    assert 80 <= len(asked) <= 100


def test_every_item_is_tagged_and_single_minded(bank: Bank) -> None:
    for item in bank.items:
        assert item.framework.strip(), item.id
        if isinstance(item, LikertItem):
            # No double-barrelled statements, and no role names that would bias the answer.
            assert not re.search(r"\b(and|or)\b", item.text), item.id
        texts = [item.text] + ([o.text for o in item.options] if isinstance(item, ChoiceItem) else [])
        for text in texts:
            assert "product manager" not in text.lower() and "project manager" not in text.lower(), item.id


def test_reverse_items_have_twins_far_apart(bank: Bank) -> None:
    order = [i.id for i in bank.main_items]
    for item in bank.items:
        if isinstance(item, LikertItem) and item.reverse and item.twin:
            assert abs(order.index(item.id) - order.index(item.twin)) >= 10, item.id


def test_order_and_length(bank: Bank) -> None:
    assert neighbour_clashes(bank) == []
    assert bank.estimated_minutes() <= 12


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


def test_a_consistent_product_person_gets_product(bank: Bank) -> None:
    answers: dict[str, int] = {}
    for item in bank.main_items:
        if isinstance(item, LikertItem):
            product = any(bank.scale_by_id[s].role == "product_manager" for s in item.scales)
            answers[item.id] = (5 if product else 1) if not item.reverse else (1 if product else 5)
        elif isinstance(item, ChoiceItem):
            answers[item.id] = next(
                n
                for n, o in enumerate(item.options)
                if any(bank.scale_by_id[s].role == "product_manager" for s in o.weights)
            )
        else:
            answers[item.id] = item.expected
    result = score(bank, sheet_of(bank, answers))
    assert result.verdict.lean == "product_manager"
    assert result.verdict.label == "clear_lean"
    assert result.flags == ()
    assert all(d.toward == "product_manager" for d in result.drivers)
