"""How a bank's parts must refer to each other: ids unique, both roles there and weighing every scale, items
keyed to scales that exist (each item checks its own references), enough interest items per scale.

Run by :func:`pmfit.core.bank.parse_bank` on the entries that validated on their own, so that a bank
author gets every problem in one pass. The item models come from :mod:`pmfit.core.items`; scales and roles
are read through two small protocols, so that this module and :mod:`pmfit.core.bank` (which imports it)
never import each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Protocol

from pmfit.core.items import Item


class Scale(Protocol):
    """What the checks read of a scale (:class:`pmfit.core.bank.Scale`)."""

    @property
    def id(self) -> str: ...
    @property
    def role(self) -> str: ...


class Role(Protocol):
    """What the checks read of a role (:class:`pmfit.core.bank.Role`)."""

    @property
    def id(self) -> str: ...
    @property
    def weights(self) -> Mapping[str, float]: ...


ROLE_IDS: tuple[str, str] = ("product_manager", "project_manager")
MIN_ITEMS_PER_SCALE = 4


def reference_problems(
    scales: Sequence[Scale],
    roles: Sequence[Role],
    items: Sequence[Item],
    written_roles: set[str],
) -> list[str]:
    """Every problem of how the bank's valid entries refer to each other, each with its place.

    ``written_roles`` are the role ids the file names, valid or not: a role that is there but broken has
    had its own problems listed, and "missing" would mislead.
    """
    problems: list[str] = []
    scale_ids = {scale.id for scale in scales}

    for kind, ids in (
        ("scale", [s.id for s in scales]),
        ("role", [r.id for r in roles]),
        ("item", [i.id for i in items]),
    ):
        for dup, count in Counter(ids).items():
            if count > 1:
                problems.append(f"{kind} '{dup}': duplicate id ({count} times)")

    role_ids = {role.id for role in roles}
    for role_id in ROLE_IDS:
        if role_id not in role_ids and role_id not in written_roles:
            problems.append(f"role '{role_id}': missing (a bank needs both roles)")
    for role in roles:
        if role.id not in ROLE_IDS:
            problems.append(f"role '{role.id}': unknown role id (expected one of {', '.join(ROLE_IDS)})")
        if not role.weights:
            problems.append(f"role '{role.id}', field weights: the role has no weights")
        for scale_id in role.weights:
            if scale_id not in scale_ids:
                problems.append(f"role '{role.id}', field weights.{scale_id}: unknown scale id")
        if role.weights and sum(role.weights.values()) <= 0:
            problems.append(f"role '{role.id}', field weights: all weights are zero")
        for scale in scales:
            if scale.id not in role.weights:
                problems.append(f"role '{role.id}', field weights: no weight for scale '{scale.id}'")
    for scale in scales:
        if scale.role not in ROLE_IDS:
            problems.append(f"scale '{scale.id}', field role: unknown role id '{scale.role}'")

    item_by_id = {item.id: item for item in reversed(items)}  # the first of duplicates (reported above)
    counts: Counter[str] = Counter()
    for item in items:
        problems += item.reference_problems(scale_ids, item_by_id)
        if not item.tiebreaker:
            counts.update(item.interest_scales())
    for scale in scales:
        if counts[scale.id] < MIN_ITEMS_PER_SCALE:
            problems.append(
                f"scale '{scale.id}': only {counts[scale.id]} interest item(s) measure it "
                f"(at least {MIN_ITEMS_PER_SCALE} needed)"
            )
    if not any(not item.tiebreaker for item in items):
        problems.append("[[items]]: the bank has no items to ask")
    return problems
