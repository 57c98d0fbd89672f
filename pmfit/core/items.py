"""The items of a question bank: a statement rated 1-5 (likert), a choice between options, and a check that
the person reads the questions (check). Each kind is one pydantic model; ``Item`` is any of them.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, TypeAdapter

from pmfit.core.fields import LIKERT_MAX, LIKERT_MIN, Frozen, Id, Text, Weight


class _ItemBase(Frozen):
    id: Id
    text: Text
    framework: Text
    tiebreaker: bool = False


class LikertItem(_ItemBase):
    kind: Literal["likert"]
    facet: Literal["interest", "experience"] = "interest"
    scales: dict[Id, Weight] = Field(min_length=1)
    reverse: bool = False
    twin: Id | None = None


class Option(Frozen):
    text: Text
    weights: dict[Id, Weight] = Field(min_length=1)


class ChoiceItem(_ItemBase):
    kind: Literal["choice"]
    options: tuple[Option, ...] = Field(min_length=2, max_length=9)


class CheckItem(_ItemBase):
    kind: Literal["check"]
    expected: Annotated[int, Field(ge=LIKERT_MIN, le=LIKERT_MAX)]


Item = Annotated[LikertItem | ChoiceItem | CheckItem, Field(discriminator="kind")]
_ITEM_ADAPTER: TypeAdapter[LikertItem | ChoiceItem | CheckItem] = TypeAdapter(Item)


def item_scales(item: LikertItem | ChoiceItem | CheckItem) -> frozenset[str]:
    """The responsibility scales an item measures (all scales any option of a choice is keyed to)."""
    if isinstance(item, LikertItem):
        return frozenset(item.scales)
    if isinstance(item, ChoiceItem):
        return frozenset(scale for option in item.options for scale in option.weights)
    return frozenset()
