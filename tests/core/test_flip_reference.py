"""The engine's flip search against a plain reference written here from the model's definition.

The engine finds "the fewest answers whose change would flip the verdict" with shortcuts (only the extremes
of a likert item are tried, a trial recomputes only the scales it touches, the search starts at a linear
estimate). The reference takes none of them: it tries every other answer of every item, works the gap out
from the bank's weights, and checks each candidate set of changes by scoring the changed sheet in full.

Definition (docs/ARCHITECTURE.md, "The scoring model", explanation): for each direction the verdict can
move in, take every answered item's best single change that way, largest effect on the product-minus-project
gap first (equal effects by item id), at most ``MAX_FLIP_CHANGES``; the answer is the shortest leading run
of them that changes the verdict. When too close to call, both directions are tried and the shorter run
wins; of equal runs, the one whose linear estimate (where the gap would cross today's threshold) was
shorter, then upward first.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, ChoiceItem, LikertItem, load_bank, parse_bank
from pmfit.core.scoring import MAX_FLIP_CHANGES, PRODUCT, PROJECT, score
from tests.conftest import TINY_BANK

Change = tuple[str, int, int]  # item id, answer, instead


def weighted_tiny() -> Bank:
    """The tiny bank with uneven weights: shared ground in the roles, an item on two scales, a choice
    option on both scales, so the arithmetic is not all quarters."""
    text = TINY_BANK.read_text(encoding="utf-8")
    for old, new in (
        ("weights = { vision = 1.0, planning = 0.0 }", "weights = { vision = 1.0, planning = 0.35 }"),
        ("weights = { vision = 0.0, planning = 1.0 }", "weights = { vision = 0.2, planning = 1.0 }"),
        ('text = "Vision three."\nframework = "x"\nscales = { vision = 1.0 }',
         'text = "Vision three."\nframework = "x"\nscales = { vision = 0.7, planning = 0.3 }'),
        ('text = "Planning four."\nframework = "x"\nscales = { planning = 1.0 }',
         'text = "Planning four."\nframework = "x"\nscales = { planning = 1.3 }'),
        ('text = "Build the plan."\nweights = { planning = 1.0 }',
         'text = "Build the plan."\nweights = { planning = 0.8, vision = 0.1 }'),
    ):  # fmt: skip
        assert old in text, old
        text = text.replace(old, new)
    return parse_bank(text, "tiny-weighted")


BANKS = {"tiny": load_bank(TINY_BANK), "tiny weighted": weighted_tiny()}


# ------------------------------------------------------------------------------- the reference


def keyed(item: LikertItem | ChoiceItem) -> dict[str, float]:
    """The scales an item feeds and with what weight (a choice: each scale's largest option weight)."""
    if isinstance(item, LikertItem):
        return {s: w for s, w in item.scales.items() if w > 0}
    top: dict[str, float] = {}
    for option in item.options:
        for s, w in option.weights.items():
            top[s] = max(top.get(s, 0.0), w)
    return {s: w for s, w in top.items() if w > 0}


def contribution(item: LikertItem | ChoiceItem, answer: int, scale: str) -> float:
    if isinstance(item, LikertItem):
        return (5 - answer) / 4 if item.reverse else (answer - 1) / 4
    return item.options[answer].weights.get(scale, 0.0) / keyed(item)[scale]


def alternatives(item: LikertItem | ChoiceItem) -> range:
    return range(1, 6) if isinstance(item, LikertItem) else range(len(item.options))


def interest_answers(bank: Bank, answers: dict[str, int]) -> dict[str, int]:
    """The answers that feed the verdict: interest likert items and choices, in range."""
    given = {}
    for item_id, answer in answers.items():
        item = bank.item_by_id.get(item_id)
        feeds = isinstance(item, ChoiceItem) or (isinstance(item, LikertItem) and item.facet == "interest")
        if feeds and answer in alternatives(item):  # type: ignore[arg-type]
            given[item_id] = answer
    return given


def gap_model(bank: Bank, given: dict[str, int]) -> tuple[float, float, dict[str, float]]:
    """The gap (product fit minus project fit), the threshold it must exceed (z standard errors of it) and
    per scale the points of the gap one unit of weighted contribution adds, from the scoring model."""
    rules = bank.scoring
    stats: dict[str, tuple[float, float, float]] = {}  # scale -> (total weight, score, se)
    for scale in bank.scales:
        terms = []
        for item_id, answer in given.items():
            item = bank.item_by_id[item_id]
            assert isinstance(item, LikertItem | ChoiceItem)
            weight = keyed(item).get(scale.id)
            if weight is not None:
                terms.append((weight, contribution(item, answer, scale.id)))
        if not terms:
            continue
        total = sum(w for w, _ in terms)
        mean = sum(w * c for w, c in terms) / total
        spread = max(sum(w * c * c for w, c in terms) / total - mean * mean, 0.0)
        n = len(terms)
        variance = (n * spread + rules.prior_weight * rules.prior_sd**2) / (n + rules.prior_weight)
        n_eff = total**2 / sum(w * w for w, _ in terms)
        stats[scale.id] = (total, 100 * mean, 100 * math.sqrt(variance / n_eff))
    share = {}
    for role in bank.roles:
        role_total = sum(role.weights[s] for s in stats)
        share[role.id] = {s: role.weights[s] / role_total for s in stats}
    lean = {s: share[PRODUCT][s] - share[PROJECT][s] for s in stats}
    gap = sum(lean[s] * stats[s][1] for s in stats)
    se = math.sqrt(sum((lean[s] * stats[s][2]) ** 2 for s in stats))
    factor = {s: lean[s] * 100 / stats[s][0] for s in stats}
    return gap, rules.z * se, factor


def reference_flip(bank: Bank, answers: dict[str, int]) -> tuple[Change, ...]:
    def verdict(changed: dict[str, int]) -> str | None:
        return score(bank, replace(AnswerSheet.new(bank), answers=changed)).verdict.lean

    result = score(bank, replace(AnswerSheet.new(bank), answers=answers))
    if result.verdict.label == "not_enough_answers":
        return ()
    lean = result.verdict.lean
    given = interest_answers(bank, answers)
    gap, threshold, factor = gap_model(bank, given)

    def pull(item: LikertItem | ChoiceItem, answer: int) -> float:
        return sum(factor[s] * w * contribution(item, answer, s) for s, w in keyed(item).items())

    directions = [-1.0] if lean == PRODUCT else [1.0] if lean == PROJECT else [1.0, -1.0]
    runs = []
    for direction in directions:
        changes = []
        for item_id, answer in given.items():
            item = bank.item_by_id[item_id]
            assert isinstance(item, LikertItem | ChoiceItem)
            best, instead = 0.0, answer
            for other in alternatives(item):
                effect = direction * (pull(item, other) - pull(item, answer))
                if other != answer and effect > best:
                    best, instead = effect, other
            if best > 1e-9:
                changes.append((-best, item_id, answer, instead))
        changes = sorted(changes)[:MAX_FLIP_CHANGES]
        moved, estimate = direction * gap, len(changes)
        for count, (effect, *_) in enumerate(changes, start=1):
            moved -= effect
            if (moved >= -threshold) if lean is not None else (moved > threshold):
                estimate = count
                break
        for count in range(1, len(changes) + 1):
            changed = dict(answers)
            changed.update({item_id: instead for _, item_id, _, instead in changes[:count]})
            if verdict(changed) != lean:
                runs.append((count, estimate, [c[1:] for c in changes[:count]]))
                break
    if not runs:
        return ()
    return tuple(min(runs, key=lambda run: run[:2])[2])


# ------------------------------------------------------------------------------- the property


@st.composite
def answers_for(draw: st.DrawFn, bank: Bank) -> dict[str, int]:
    answers = {}
    for item in bank.items:
        if draw(st.integers(0, 4)):  # about four in five answered
            values = range(len(item.options)) if isinstance(item, ChoiceItem) else range(1, 6)
            answers[item.id] = draw(st.sampled_from(list(values)))
    return answers


@pytest.mark.parametrize("name", BANKS)
def test_flip_search_matches_the_reference(name: str) -> None:
    bank = BANKS[name]

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(answers_for(bank))
    def check(answers: dict[str, int]) -> None:
        result = score(bank, replace(AnswerSheet.new(bank), answers=answers))
        found = tuple((c.item_id, c.answer, c.instead) for c in result.flip)
        assert found == reference_flip(bank, answers)

    check()


def test_the_reference_finds_flips_both_ways() -> None:
    """The property above compares something: leans both ways and too-close sheets all get a flip."""
    bank = BANKS["tiny"]
    product = {"v1": 5, "v2": 4, "v3": 4, "v4": 2, "p1": 2, "p2": 2, "p3": 3, "p4": 1, "fc1": 0}
    project = {"v1": 2, "v2": 1, "v3": 2, "v4": 4, "p1": 5, "p2": 4, "p3": 5, "p4": 4, "fc1": 1}
    even = {"v1": 4, "v2": 3, "v3": 4, "v4": 2, "p1": 4, "p2": 3, "p3": 4, "p4": 3, "fc1": 1}
    for answers, lean in ((product, PRODUCT), (project, PROJECT), (even, None)):
        result = score(bank, replace(AnswerSheet.new(bank), answers=answers))
        assert result.verdict.lean == lean
        assert reference_flip(bank, answers), lean
