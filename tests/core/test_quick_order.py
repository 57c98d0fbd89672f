"""The quick form's order: computed from the bank alone, the same for everyone, every responsibility asked
about first, the pairs early, and the bank's ordering rules kept."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings

from pmfit.core.bank import Bank, ChoiceItem, LikertItem, load_bank
from pmfit.core.length import estimated_seconds, item_seconds
from pmfit.core.paths import data_root
from pmfit.core.quick_order import TWIN_GAP, quick_minutes, quick_order
from tests.core.test_settle import small_banks


@pytest.fixture(scope="module", params=["en", "uk"])
def bundled(request: pytest.FixtureRequest) -> Bank:
    return load_bank(data_root("questions") / str(request.param) / "pmfit.toml")


def test_it_is_the_main_form_in_another_order(bundled: Bank) -> None:
    order = quick_order(bundled)
    assert sorted(order) == sorted(item.id for item in bundled.main_items)
    assert not {item.id for item in bundled.tiebreaker_items} & set(order)


def test_it_is_the_same_in_every_language_and_every_time() -> None:
    """Computed from the bank's structure (its weights, keys and kinds), never its words: a translation
    has the same order, and so a quick form can change language halfway."""
    english = load_bank(data_root("questions") / "en" / "pmfit.toml")
    ukrainian = load_bank(data_root("questions") / "uk" / "pmfit.toml")
    assert quick_order(english) == quick_order(ukrainian)
    assert quick_order(load_bank(data_root("questions") / "en" / "pmfit.toml")) == quick_order(english)


def test_every_responsibility_is_asked_about_within_the_first_twelve(bundled: Bank) -> None:
    order = [bundled.item_by_id[item_id] for item_id in quick_order(bundled)]
    measured = set().union(*(item.interest_scales() for item in order[:12]))
    assert measured == set(bundled.scale_by_id)
    # And each has a statement of its own (not only a side of a pair) within the first 18.
    statements = {next(iter(i.scales)) for i in order[:18] if isinstance(i, LikertItem) and i.interest}
    assert statements == set(bundled.scale_by_id)


def test_the_pairs_that_pit_one_role_against_the_other_come_early(bundled: Bank) -> None:
    order = quick_order(bundled)
    pairs = [
        item.id
        for item in bundled.main_items
        if isinstance(item, ChoiceItem)
        and len(item.options) == 2
        and {bundled.scale_by_id[next(iter(o.weights))].role for o in item.options}
        == {"product_manager", "project_manager"}
    ]
    assert pairs and max(order.index(pair) for pair in pairs) < 20


def test_the_bank_ordering_rules_are_kept(bundled: Bank) -> None:
    order = [bundled.item_by_id[item_id] for item_id in quick_order(bundled)]
    for before, after in pairwise(order):
        assert not before.measured_scales() & after.measured_scales(), (before.id, after.id)
    ids = [item.id for item in order]
    for item in order:
        if isinstance(item, LikertItem) and item.twin:
            assert abs(ids.index(item.id) - ids.index(item.twin)) >= TWIN_GAP, item.id
    checks = [n for n, item in enumerate(order) if item.expected_answer() is not None]
    half = len(order) // 2
    assert checks and all(n < half for n in checks)  # where most quick forms end
    assert min(b - a for a, b in zip([0, *checks], [*checks, half], strict=True)) >= half // (len(checks) + 2)


def test_experience_questions_come_after_those_that_decide_the_verdict(bundled: Bank) -> None:
    order = [bundled.item_by_id[item_id] for item_id in quick_order(bundled)]
    first_experience = next(
        n for n, item in enumerate(order) if isinstance(item, LikertItem) and not item.interest
    )
    deciding = [n for n, item in enumerate(order) if item.interest_scales()]
    assert first_experience > len(deciding) * 3 // 4


def test_the_quick_minutes_are_those_of_the_typical_length(bundled: Bank) -> None:
    order = quick_order(bundled)[: bundled.scoring.quick_typical]
    seconds = sum(item_seconds(bundled, bundled.item_by_id[i]) for i in order)  # the one estimate's pace
    assert quick_minutes(bundled) == pytest.approx(seconds / 60)
    assert 0 < quick_minutes(bundled) < estimated_seconds(bundled) / 60 / 2


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(small_banks())
def test_any_bank_gets_an_order_of_its_main_form(bank: Bank) -> None:
    order = quick_order(bank)
    assert sorted(order) == sorted(item.id for item in bank.main_items)
    measured = {s for item in bank.main_items for s in item.interest_scales()}
    opening = set().union(*(bank.item_by_id[i].interest_scales() for i in order[: len(measured) + 2]))
    assert opening == measured
