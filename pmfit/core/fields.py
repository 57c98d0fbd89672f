"""The building blocks of a question bank's models: a frozen model that refuses unknown fields, and the
constrained types its fields use (ids, texts, weights)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

LIKERT_MIN, LIKERT_MAX = 1, 5
WEIGHT_MIN, WEIGHT_MAX = 0.0, 5.0
#: The smallest weight that is not 0. A smaller one counts for nothing beside the others, and one below
#: about 1e-154 vanishes when the scoring squares it (Kish's effective count): the score would be undefined.
WEIGHT_SMALLEST = 0.01


def _counts_or_zero(weight: float) -> float:
    if 0 < weight < WEIGHT_SMALLEST:
        raise ValueError(
            f"a weight is 0 or from {WEIGHT_SMALLEST} to {WEIGHT_MAX}, not {weight!r}: a smaller one counts"
            " for nothing and can make a score undefined"
        )
    return weight


Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_]*$")]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
Weight = Annotated[float, Field(ge=WEIGHT_MIN, le=WEIGHT_MAX), AfterValidator(_counts_or_zero)]
# The month a fact was last checked against its source: "2026-11".
YearMonth = Annotated[str, Field(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
# The date of a public source: its year, or its year and month ("2013", "2025-11").
SourceDate = Annotated[str, Field(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2]))?$")]
# Where a blueprint task is found: "<source id>: <which part of it>" ("pmbok8: Finance (performance domain)").
SourceRef = Annotated[str, Field(min_length=4, max_length=300, pattern=r"^[a-z0-9][a-z0-9_]*: \S")]
# A lint tell: a whole word, or a stem with a trailing "*" ("product", "продукт*").
TellWord = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[^\W\d_]+(?:['’-][^\W\d_]+)*\*?$")]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
