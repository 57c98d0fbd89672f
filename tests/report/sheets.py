"""Known answer sheets of the bundled bank: a person described by how much each responsibility draws them
(and how much of it they have done), answering every item consistently with that description."""

from __future__ import annotations

from collections.abc import Mapping

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, CheckItem, ChoiceItem, LikertItem

# A product-leaning person with a spread of interest and experience: all four quadrants are used.
PRODUCT_INTEREST = {
    "market_research": 5,
    "product_vision": 5,
    "development_planning": 4,
    "team_collaboration": 4,
    "process_control": 2,
    "analytics_improvement": 4,
    "project_planning": 2,
    "team_coordination": 3,
    "controlling_execution": 1,
    "stakeholder_communication": 4,
    "quality_control": 2,
    "project_closure": 2,
}
EXPERIENCE = {
    "market_research": 4,
    "product_vision": 2,
    "development_planning": 4,
    "team_collaboration": 4,
    "process_control": 4,
    "analytics_improvement": 2,
    "project_planning": 4,
    "team_coordination": 4,
    "controlling_execution": 1,
    "stakeholder_communication": 5,
    "quality_control": 2,
    "project_closure": 3,
}
# Drawn to a bit of everything, evenly: too close to call.
EVEN_INTEREST = dict.fromkeys(PRODUCT_INTEREST, 3)


def person_sheet(bank: Bank, interest: Mapping[str, int], experience: Mapping[str, int]) -> AnswerSheet:
    """Every main item answered as this person would, each in 6 seconds (no speed flag)."""
    sheet = AnswerSheet.new(bank)
    for item in bank.main_items:
        if isinstance(item, LikertItem):
            levels = experience if item.facet == "experience" else interest
            total = sum(item.scales.values()) or 1.0
            level = round(sum(levels[s] * w for s, w in item.scales.items()) / total)
            answer = 6 - level if item.reverse else level
        elif isinstance(item, ChoiceItem):
            appeal = [sum(interest[s] * w for s, w in o.weights.items()) for o in item.options]
            answer = max(range(len(appeal)), key=lambda n: (appeal[n], -n))
        else:
            assert isinstance(item, CheckItem)
            answer = item.expected
        sheet = sheet.with_answer(item.id, answer, 6.0)
    return sheet


def few_answers_sheet(bank: Bank, count: int = 5) -> AnswerSheet:
    """Only the first few items answered: not enough for a result."""
    full = person_sheet(bank, PRODUCT_INTEREST, EXPERIENCE)
    sheet = AnswerSheet.new(bank)
    for item in bank.main_items[:count]:
        sheet = sheet.with_answer(item.id, full.answers[item.id], 6.0)
    return sheet
