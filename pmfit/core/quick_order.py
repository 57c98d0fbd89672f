"""The order of the quick form: the main form's questions, the most informative about the verdict first.

``quick_order(bank)`` is computed from the bank alone, once per bank, and is the same for everyone: no
question depends on a person's earlier answers, so there is nothing a respondent could steer. It is built
in two parts (docs/ARCHITECTURE.md, "The quick form"):

1. **The opening round**: one interest statement about every responsibility, the two roles taking turns
   (the responsibilities that weigh most in the gap between the roles first), with the this-or-that pairs
   that pit a product responsibility against a project one placed after every two statements: a pair moves
   the gap on two scales at once, so it carries the most information about the verdict. After it, every
   responsibility has been asked about, and the profile over the 12 means something.
2. **The rest**, one at a time, by the expected information about the verdict: how much asking the
   question next would narrow down the gap between the two roles' fits on the completed form. Each scale's
   level is modelled as unknown (a prior variance of 1/12, a level anywhere from 0 to 1) and each answer as
   that level plus noise (the bank's ``prior_sd``); a question on a scale with few answers so far tells
   more, both about itself and about the scale's other questions still ahead, and a scale that weighs more
   in the gap tells more. A choice is one pick among its options, so its information is shared among them.
   Experience questions and checks say nothing about the verdict and come last (checks: see below).

The bank's ordering rules are kept where they can be: no two questions in a row on a common responsibility,
a reverse-keyed statement at least :data:`TWIN_GAP` questions from its twin, and the checks spread over the
first half of the form (where a quick form ends for most people), evenly.
"""

from __future__ import annotations

from dataclasses import dataclass

from pmfit.core.bank import ROLE_IDS, Bank
from pmfit.core.items import Item
from pmfit.core.length import estimated_seconds
from pmfit.core.model import Key, compiled_bank

TWIN_GAP = 10  # questions at least between a reverse-keyed statement and its twin, as in the bank's order
PAIR_EVERY = 2  # in the opening round, a pair after every this many statements
LEVEL_VARIANCE = 1 / 12  # the prior variance of a person's level on a scale: anywhere from 0 to 1


@dataclass(frozen=True)
class _Facts:
    """What the ordering needs to know of each main item."""

    item: Item
    index: int  # in the bank's order
    slots: tuple[tuple[int, float], ...]  # (scale index, weight) it feeds, for the verdict (interest only)
    scales: frozenset[str]  # every scale it measures (for the no-neighbours rule)
    options: int  # answers to pick from (a choice's options; 0 for a statement)


_CACHE: dict[int, tuple[Bank, tuple[str, ...]]] = {}


def quick_order(bank: Bank) -> tuple[str, ...]:
    """The main form's item ids (tie-breakers excluded) in the quick form's order; computed once per bank."""
    entry = _CACHE.get(id(bank))
    if entry is None or entry[0] is not bank:
        if len(_CACHE) >= 8:
            _CACHE.clear()
        entry = (bank, _build(bank))
        _CACHE[id(bank)] = entry
    return entry[1]


def quick_minutes(bank: Bank) -> float:
    """The quick form's estimated time for a person with a clear lean: its first ``quick_typical``
    questions (the median length the bank's benchmark measured for them) at the bank's pace."""
    order = quick_order(bank)[: bank.scoring.quick_typical]
    return estimated_seconds(bank, (bank.item_by_id[item_id] for item_id in order)) / 60


def _build(bank: Bank) -> tuple[str, ...]:
    compiled = compiled_bank(bank)
    facts = [_facts(item, index, compiled.keys.get(item.id)) for index, item in enumerate(bank.main_items)]
    size = len(compiled.scale_ids)
    total = [0.0] * size  # the weight of the whole form's interest answers on each scale
    for fact in facts:
        for i, weight in fact.slots:
            total[i] += weight
    gap = _gap_factors(bank, compiled.scale_ids, compiled.scale_roles, total)
    opening = _opening(bank, facts, gap, compiled.scale_ids)
    return _arrange(bank, facts, opening, gap, total)


def _facts(item: Item, index: int, key: Key | None) -> _Facts:
    slots = key.slots if key is not None and key.interest else ()
    options = len(item.values) if not item.linear and item.scored else 0
    return _Facts(item, index, slots, item.measured_scales(), options)


def _gap_factors(
    bank: Bank, scale_ids: tuple[str, ...], roles: tuple[str, ...], total: list[float]
) -> list[float]:
    """Per scale: points of the product-minus-project gap that one unit of weighted contribution moves on
    the completed form (the role weights normalised over the scales the form measures)."""
    weights = []
    for role_id in ROLE_IDS:
        raw = [
            bank.role_by_id[role_id].weights.get(s, 0.0) if total[i] > 0 else 0.0
            for i, s in enumerate(scale_ids)
        ]
        whole = sum(raw) or 1.0
        weights.append([w / whole for w in raw])
    product, project = weights
    return [(a - b) * 100 / t if t > 0 else 0.0 for a, b, t in zip(product, project, total, strict=True)]


def _roles_of(bank: Bank, fact: _Facts) -> set[str]:
    return {bank.scale_by_id[s].role for s in fact.scales if s in bank.scale_by_id}


def _opening(bank: Bank, facts: list[_Facts], gap: list[float], scale_ids: tuple[str, ...]) -> list[_Facts]:
    """One interest statement per scale, the roles taking turns, with a pair after every two statements.

    A statement goes first to a responsibility nothing has asked about yet, so that every responsibility is
    measured within the first few questions."""
    statements: dict[int, _Facts] = {}
    for fact in facts:
        if fact.options or len(fact.slots) != 1:
            continue
        ((i, _w),) = fact.slots
        # A forward statement rather than a reverse-keyed one (its twin comes later, far from it); of
        # those, the first in the bank's order.
        if i not in statements or (_reverse(statements[i]) and not _reverse(fact)):
            statements[i] = fact
    queues: list[list[_Facts]] = [[] for _ in ROLE_IDS]
    for i in sorted(statements, key=lambda i: (-abs(gap[i]), i)):
        role = bank.scale_by_id[scale_ids[i]].role
        queues[ROLE_IDS.index(role) if role in ROLE_IDS else 0].append(statements[i])
    pairs = sorted(
        (f for f in facts if f.options == 2 and _roles_of(bank, f) == set(ROLE_IDS)),
        key=lambda f: (-_spread(f, gap), f.index),
    )
    opening: list[_Facts] = []
    measured: set[str] = set()
    turn = 0
    while any(queues):
        queue = queues[turn % len(queues)] or next(q for q in queues if q)
        turn += 1
        chosen = next((f for f in queue if not f.scales & measured), queue[0])
        queue.remove(chosen)
        opening.append(chosen)
        measured |= chosen.scales
        if sum(1 for f in opening if not f.options) % PAIR_EVERY == 0 and pairs:
            pair = max(pairs, key=lambda f: (len(f.scales - measured), _spread(f, gap), -f.index))
            pairs.remove(pair)
            opening.append(pair)
            measured |= pair.scales
    _cover_the_rest(facts, opening, pairs)
    return opening + pairs


def _cover_the_rest(facts: list[_Facts], opening: list[_Facts], pairs: list[_Facts]) -> None:
    """A responsibility that no single-scale statement asks about (only a statement on two scales, or an
    option of a choice) still comes in the opening round: the question that covers most of those left
    out, until none is left out."""
    covered = {i for fact in opening for i, _w in fact.slots}
    left = {i for fact in facts for i, _w in fact.slots} - covered
    while left:
        chosen = {id(fact) for fact in opening}
        candidates = [fact for fact in facts if id(fact) not in chosen and {i for i, _w in fact.slots} & left]
        if not candidates:
            return
        best = max(candidates, key=lambda f: (len({i for i, _w in f.slots} & left), -f.index))
        # As late in the round as it may stand without a neighbour on a common responsibility (the order
        # never asks about one twice in a row), so the round stays as short as it can be.
        spots = [
            at
            for at in range(len(opening), -1, -1)
            if (at == 0 or not best.scales & opening[at - 1].scales)
            and (at == len(opening) or not best.scales & opening[at].scales)
        ]
        opening.insert(spots[0] if spots else len(opening), best)
        if best in pairs:
            pairs.remove(best)
        left -= {i for i, _w in best.slots}


def _reverse(fact: _Facts) -> bool:
    return bool(getattr(fact.item, "reverse", False))


def _spread(fact: _Facts, gap: list[float]) -> float:
    """How far apart its answers put the gap: the largest pull of an answer against the smallest."""
    return sum(abs(gap[i]) * w for i, w in fact.slots)


def _information(
    fact: _Facts, gap: list[float], asked: list[float], left: list[float], noise: float
) -> float:
    """How much asking ``fact`` next narrows down the completed form's gap (see the module docstring):
    for each scale it feeds, (factor x weight)^2 (left x posterior + noise)^2 / (posterior + noise), where
    the posterior variance of the level follows from the weight already asked on the scale."""
    total = 0.0
    for i, weight in fact.slots:
        posterior = 1 / (1 / LEVEL_VARIANCE + asked[i] / noise)
        total += (gap[i] * weight) ** 2 * (left[i] * posterior + noise) ** 2 / (posterior + noise)
    return total / max(fact.options - 1, 1)


def _arrange(
    bank: Bank, facts: list[_Facts], opening: list[_Facts], gap: list[float], total: list[float]
) -> tuple[str, ...]:
    noise = bank.scoring.prior_sd**2
    size = len(gap)
    asked, left = [0.0] * size, total[:]
    checks = [f for f in facts if f.item.expected_answer() is not None]
    # The checks spread evenly over the first half of the form.
    half = len(facts) // 2
    check_at = [round((n + 1) * half / (len(checks) + 1)) for n in range(len(checks))]
    first = {id(f) for f in opening}
    rest = [f for f in facts if id(f) not in first and f.item.expected_answer() is None]
    order: list[_Facts] = []
    placed_at: dict[str, int] = {}

    def fits(fact: _Facts, strict_twins: bool) -> bool:
        if order and fact.scales & order[-1].scales:
            return False
        twin = fact.item.twin_id()
        partners = [twin] if twin else []
        partners += [f.item.id for f in order if f.item.twin_id() == fact.item.id]
        if strict_twins:
            for partner in partners:
                if partner in placed_at and len(order) - placed_at[partner] < TWIN_GAP:
                    return False
        return True

    def place(fact: _Facts) -> None:
        placed_at[fact.item.id] = len(order)
        order.append(fact)
        for i, weight in fact.slots:
            asked[i] += weight
            left[i] -= weight

    while opening or rest or checks:
        if checks and (len(order) >= check_at[0] or not (opening or rest)):
            check_at.pop(0)
            place(checks.pop(0))
            continue
        # The opening round in its order, then the rest by information: a question of the rest steps in
        # only when no question left of the opening may follow the last one.
        ranked = opening + sorted(
            rest, key=lambda f: (-round(_information(f, gap, asked, left, noise), 9), f.index)
        )
        chosen = next((f for f in ranked if fits(f, True)), None)
        if chosen is None:
            chosen = next((f for f in ranked if fits(f, False)), ranked[0])
        (opening if chosen in opening else rest).remove(chosen)
        place(chosen)
    return tuple(f.item.id for f in order)
