"""The question bank: pydantic models, loading and validation.

A bank is a TOML file (``questions/<language>/pmfit.toml``). Everything the scoring needs to know about the
two roles lives here as data: the 12 responsibility scales, the role weights over them, the items and how
they are keyed, and the thresholds the verdict uses. The code in ``scoring.py`` only applies it.

Optional parts (bank 3.0): the job analysis the items are traced to (``[[sources]]``, ``[[blueprint]]``; each
likert item's ``framework`` and each option's ``task`` name a blueprint task) and the answer words of each
facet (``[facets]``). A bank without them loads as before; ``pmfit bank check`` lints what is missing.

``load_bank`` returns a frozen, fully validated :class:`Bank` or raises :class:`BankError`, which carries
*every* problem found, each with its location, so that a bank author can fix them all in one pass.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from functools import cached_property
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError, model_validator

from pmfit.core.bank_limits import check_key_depth, read_bank_bytes
from pmfit.core.bank_references import MIN_ITEMS_PER_SCALE as MIN_ITEMS_PER_SCALE
from pmfit.core.bank_references import ROLE_IDS as ROLE_IDS
from pmfit.core.bank_references import reference_problems
from pmfit.core.errors import BankError as BankError
from pmfit.core.fields import WEIGHT_MAX as WEIGHT_MAX
from pmfit.core.fields import WEIGHT_MIN as WEIGHT_MIN
from pmfit.core.fields import Frozen, Id, SourceDate, SourceRef, TellWord, Text, Weight, YearMonth
from pmfit.core.items import _ITEM_ADAPTER, KINDS, Item
from pmfit.core.items import ANSWERS as ANSWERS
from pmfit.core.items import LIKERT_MAX as LIKERT_MAX
from pmfit.core.items import LIKERT_MIN as LIKERT_MIN
from pmfit.core.items import SECONDS_PER_ANSWER as SECONDS_PER_ANSWER
from pmfit.core.items import SECONDS_PER_SCENARIO as SECONDS_PER_SCENARIO
from pmfit.core.items import WORDS_PER_MINUTE as WORDS_PER_MINUTE
from pmfit.core.items import CheckItem as CheckItem
from pmfit.core.items import ChoiceItem as ChoiceItem
from pmfit.core.items import LikertItem as LikertItem
from pmfit.core.items import Option as Option
from pmfit.core.items import answer_seconds as answer_seconds
from pmfit.core.paths import bank_path, user_language


class BankInfo(Frozen):
    id: Id
    version: Annotated[str, Field(min_length=1, max_length=32)]
    language: Annotated[str, Field(min_length=2, max_length=16)]
    title: Text


class Scoring(Frozen):
    """Thresholds of the scoring model, kept in the bank so they can be tuned without touching code."""

    z: Annotated[float, Field(gt=0, le=5)] = 1.96
    clear_margin: Annotated[float, Field(ge=0, le=100)] = 15.0
    strong: Annotated[float, Field(ge=0, le=100)] = 60.0
    weak: Annotated[float, Field(ge=0, le=100)] = 40.0
    quadrant_cut: Annotated[float, Field(ge=0, le=100)] = 50.0
    prior_sd: Annotated[float, Field(gt=0, le=1)] = 0.25
    prior_weight: Annotated[float, Field(ge=0, le=10)] = 2.0
    min_answered_share: Annotated[float, Field(ge=0, le=1)] = 0.3
    skipped_flag_share: Annotated[float, Field(ge=0, le=1)] = 0.25
    longstring_flag: Annotated[int, Field(ge=3, le=200)] = 10
    twin_gap: Annotated[float, Field(gt=0, le=1)] = 0.5
    twin_flag_count: Annotated[int, Field(ge=1, le=50)] = 3
    fast_median_seconds: Annotated[float, Field(ge=0, le=60)] = 1.2
    fast_min_timed: Annotated[int, Field(ge=1, le=500)] = 10
    tiebreakers_offered: Annotated[int, Field(ge=1, le=20)] = 4
    top_answers: Annotated[int, Field(ge=1, le=20)] = 3
    # Where a 0-100 score is called high, middle or low (a score at a cut-off takes the higher band).
    band_high: Annotated[float, Field(ge=0, le=100)] = 67.0
    band_low: Annotated[float, Field(ge=0, le=100)] = 34.0
    # A change between two attempts smaller than this is within the noise of one scale: "about the same".
    noteworthy_change: Annotated[float, Field(ge=0, le=100)] = 5.0
    # The quick form (pmfit.core.settle): it stops once the verdict is settled, by one of two rules.
    # "curtail": no completion of the remaining questions could change the verdict (never wrong).
    # "predictive": the chance that the rest would change it is below quick_error, and the chance that a
    # clear lean would end up too close to call is below quick_clear_error.
    quick_rule: Literal["curtail", "predictive"] = "predictive"
    quick_error: Annotated[float, Field(gt=0, le=0.5)] = 0.02
    quick_clear_error: Annotated[float, Field(gt=0, le=0.5)] = 0.0001
    quick_min_per_scale: Annotated[int, Field(ge=0, le=50)] = 2  # answers on each responsibility first
    quick_min_share: Annotated[float, Field(ge=0, le=1)] = 0.35  # and this share of the main form
    # How many questions the quick form takes for a person with a clear lean (the median measured by
    # benchmarks/quick.py): the welcome screen's "Quick (about N minutes)" is the time of that many.
    quick_typical: Annotated[int, Field(ge=1, le=500)] = 27

    @model_validator(mode="after")
    def _bands_in_order(self) -> Scoring:
        if self.band_low > self.band_high:
            raise ValueError("band_low must not be above band_high")
        return self


class ReadingGrade(Frozen):
    """How to rate the reading grade of the bank's language, for a language pmfit has no rules of its own
    for (``[lint.reading]``): the Flesch-Kincaid form, weight x words per sentence + weight x syllables per
    word + constant, counting one syllable per vowel letter (true of Ukrainian, Russian, Polish, ...)."""

    vowels: Annotated[str, Field(min_length=1, max_length=64)]  # the letters that each make a syllable
    per_sentence: Annotated[float, Field(ge=0, le=5)]  # English 0.39; Oborneva's Russian 0.5
    per_word: Annotated[float, Field(ge=0, le=50)]  # English 11.8; Oborneva's Russian 8.4
    constant: Annotated[float, Field(ge=-100, le=100)]  # -15.59 in both


class Lint(Frozen):
    """Settings of ``pmfit bank check``'s lints (``pmfit.core.lint``), kept in the bank so that a bank in
    another language can name its own tell words and phrases, and say how its texts are rated."""

    tells: tuple[TellWord, ...] = ("product", "project")
    max_grade: Annotated[float, Field(gt=0, le=30)] = 8.0
    max_option_ratio: Annotated[float, Field(ge=1, le=10)] = 1.6
    experience_phrases: tuple[Annotated[str, Field(min_length=1, max_length=200)], ...] = ()
    reading: ReadingGrade | None = None  # None: pmfit's own rules for the language (en, uk, ru)


class Certification(Frozen):
    name: Text
    body: Text
    note: Text
    source: Text | None = None
    as_of: YearMonth | None = None


class LadderStep(Frozen):
    level: Text
    years: Annotated[str, Field(min_length=1, max_length=32)]
    scope: Text
    certifications: tuple[str, ...] = ()


class Role(Frozen):
    id: Id
    title: Text
    summary: Text
    career: Text
    weights: dict[Id, Weight]
    ladder: tuple[LadderStep, ...] = Field(min_length=2)
    certifications: tuple[Certification, ...] = ()
    learning: tuple[Text, ...] = ()
    ladder_source: Text | None = None
    ladder_as_of: YearMonth | None = None


class Scale(Frozen):
    id: Id
    role: Id
    title: Text
    description: Text
    framework: tuple[Text, ...] = Field(min_length=1)
    next_steps: tuple[Text, ...] = Field(min_length=1)


class AdjacentRole(Frozen):
    id: Id
    title: Text
    distinction: Text
    suits: Literal["both_strong", "neither_strong", "any"] = "any"


class Profile(Frozen):
    """The words for one result profile (clear lean, too close, both strong, ...)."""

    id: Literal[
        "clear_lean", "slight_lean", "too_close", "both_strong", "neither_strong", "not_enough_answers"
    ]
    title: Text
    text: Text


class QualityFlag(Frozen):
    id: Literal["many_skipped", "straight_lining", "inconsistent_twins", "failed_check", "too_fast"]
    text: Text


class Source(Frozen):
    """A dated public document the blueprint's tasks are traced to."""

    id: Id
    title: Text
    publisher: Text
    date: SourceDate
    note: Text | None = None


class Exclusion(Frozen):
    """Work that sits near a responsibility but is not part of it, and whose job it is instead."""

    what: Text
    whose: Text


class Task(Frozen):
    """One task a responsibility is made of; items and options name it in ``framework`` / ``task``."""

    id: Id
    text: Text
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class Blueprint(Frozen):
    """The job analysis of one responsibility scale: what it is, what it is not, and its tasks."""

    scale: Id
    definition: Text
    includes: tuple[Text, ...] = ()
    excludes: tuple[Exclusion, ...] = ()
    tasks: tuple[Task, ...] = Field(min_length=1)


class FacetWords(Frozen):
    """How the items of one facet are answered: five labels, lowest first, and an optional question shown
    above each statement ("How often have you done this?")."""

    labels: tuple[Text, ...] = Field(min_length=ANSWERS, max_length=ANSWERS)
    prompt: Text | None = None


class Facets(Frozen):
    """The answer words of each facet; a facet the bank leaves out is answered with the app's own words."""

    interest: FacetWords | None = None
    experience: FacetWords | None = None


class Bank(Frozen):
    bank: BankInfo
    scoring: Scoring = Scoring()
    lint: Lint = Lint()
    scales: tuple[Scale, ...]
    roles: tuple[Role, ...]
    adjacent_roles: tuple[AdjacentRole, ...] = ()
    profiles: tuple[Profile, ...] = ()
    quality_flags: tuple[QualityFlag, ...] = ()
    sources: tuple[Source, ...] = ()
    blueprint: tuple[Blueprint, ...] = ()
    facets: Facets = Facets()
    items: tuple[Item, ...]

    @property
    def id(self) -> str:
        return self.bank.id

    @property
    def version(self) -> str:
        return self.bank.version

    @property
    def language(self) -> str:
        return self.bank.language

    @cached_property
    def item_by_id(self) -> Mapping[str, Item]:
        return {item.id: item for item in self.items}

    @cached_property
    def scale_by_id(self) -> Mapping[str, Scale]:
        return {scale.id: scale for scale in self.scales}

    @cached_property
    def role_by_id(self) -> Mapping[str, Role]:
        return {role.id: role for role in self.roles}

    @cached_property
    def main_items(self) -> tuple[Item, ...]:
        """The items asked in order; tie-breaker items are held back for a too-close result."""
        return tuple(item for item in self.items if not item.tiebreaker)

    @cached_property
    def tiebreaker_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.tiebreaker and item.breaks_ties)

    def scales_of_role(self, role_id: str) -> tuple[Scale, ...]:
        return tuple(scale for scale in self.scales if scale.role == role_id)

    @property
    def facts_as_of(self) -> tuple[int, int] | None:
        """The latest month any dated fact (a certification, a ladder) was checked, as (year, month)."""
        dates = [c.as_of for role in self.roles for c in role.certifications if c.as_of]
        dates += [role.ladder_as_of for role in self.roles if role.ladder_as_of]
        if not dates:
            return None
        year, month = max(dates).split("-")
        return int(year), int(month)

    def profile_text(self, profile_id: str) -> Profile | None:
        return next((p for p in self.profiles if p.id == profile_id), None)

    def flag_text(self, flag_id: str) -> str:
        found = next((f for f in self.quality_flags if f.id == flag_id), None)
        return found.text if found else flag_id.replace("_", " ")

    def facet_words(self, item: Item) -> FacetWords | None:
        """The bank's answer words for ``item`` (a check is answered like an interest item), or None when
        the bank leaves them to the app (and for a choice, whose options are its answers)."""
        facet = item.answer_facet
        return None if facet is None else getattr(self.facets, facet)

    def seconds_for(self, item: Item) -> float:
        """The time a person needs for ``item`` in this bank's own words, its facet's question included
        (:func:`answer_seconds`). What pmfit says is :mod:`pmfit.core.length`'s estimate, which times a
        translation by the reference language's words."""
        words = self.facet_words(item)
        return answer_seconds(item, words.prompt if words else None)


def _format_pydantic(error: ValidationError, where: str, skip: int = 0) -> list[str]:
    out = []
    for detail in error.errors(include_url=False):
        loc = [str(part) for part in detail["loc"][skip:]]
        # The discriminated union adds the kind name to the location; drop it, the item id says enough.
        if loc and loc[0] in KINDS:
            loc = loc[1:]
        if not loc and detail["type"] in {"union_tag_invalid", "union_tag_not_found"}:
            loc = ["kind"]
        field = ".".join(loc) or "(whole entry)"
        out.append(f"{where}, field {field}: {detail['msg']}")
    return out


def _entry_name(kind: str, index: int, raw: Any) -> str:
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str) and raw["id"]:
        return f"{kind} '{raw['id']}'"
    if isinstance(raw, Mapping) and isinstance(raw.get("scale"), str) and raw["scale"]:  # a blueprint
        return f"{kind} '{raw['scale']}'"
    return f"{kind} #{index + 1}"


def _validate_list(
    raw: Any, kind: str, key: str, validate: Callable[[Any], Any], problems: list[str]
) -> list[tuple[str, Any]]:
    """Validate each entry of a top-level array on its own, so one bad entry does not hide the others."""
    if raw is None:
        problems.append(f"[[{key}]]: missing")
        return []
    if not isinstance(raw, list):
        problems.append(f"[[{key}]]: must be an array of tables")
        return []
    good = []
    for index, entry in enumerate(raw):
        name = _entry_name(kind, index, entry)
        try:
            good.append((name, validate(entry)))
        except ValidationError as error:
            problems += _format_pydantic(error, name)
    return good


def _one_line(problem: str) -> str:
    """Escape what the file put in a problem that would break its line (newlines, control characters)."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in problem)


def parse_bank(text: str, path: str = "<bank>") -> Bank:
    """Parse and validate bank TOML text; raise BankError listing every problem."""
    check_key_depth(text, path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise BankError(path, [_one_line(f"TOML syntax error: {error}")]) from None
    except ValueError:  # an integer of more than 4300 digits (sys.get_int_max_str_digits)
        raise BankError(path, ["TOML syntax error: a number is too long"]) from None
    except RecursionError:
        raise BankError(path, ["TOML syntax error: arrays or tables nested too deeply"]) from None

    problems: list[str] = []
    known = {
        "bank",
        "scoring",
        "lint",
        "scales",
        "roles",
        "adjacent_roles",
        "profiles",
        "quality_flags",
        "sources",
        "blueprint",
        "facets",
        "items",
    }
    for key in raw:
        if key not in known:
            problems.append(f"[{key}]: unknown section")

    info = None
    try:
        info = BankInfo.model_validate(raw.get("bank"))
    except ValidationError as error:
        problems += _format_pydantic(error, "[bank]")
    scoring = Scoring()
    try:
        scoring = Scoring.model_validate(raw.get("scoring", {}))
    except ValidationError as error:
        problems += _format_pydantic(error, "[scoring]")

    lint = Lint()
    try:
        lint = Lint.model_validate(raw.get("lint", {}))
    except ValidationError as error:
        problems += _format_pydantic(error, "[lint]")

    facets = Facets()
    try:
        facets = Facets.model_validate(raw.get("facets", {}))
    except ValidationError as error:
        problems += _format_pydantic(error, "[facets]")

    sections: tuple[tuple[str, str, Callable[[Any], Any], bool], ...] = (
        ("scales", "scale", Scale.model_validate, True),
        ("roles", "role", Role.model_validate, True),
        ("items", "item", _ITEM_ADAPTER.validate_python, True),
        ("adjacent_roles", "adjacent role", AdjacentRole.model_validate, False),
        ("profiles", "profile", Profile.model_validate, False),
        ("quality_flags", "quality flag", QualityFlag.model_validate, False),
        ("sources", "source", Source.model_validate, False),
        ("blueprint", "blueprint", Blueprint.model_validate, False),
    )
    parts: dict[str, Any] = {}
    for key, kind, validate, required in sections:
        entries = raw.get(key) if required else raw.get(key, [])
        parts[key] = [model for _, model in _validate_list(entries, kind, key, validate, problems)]

    raw_roles = raw.get("roles")
    written_roles = (
        {r["id"] for r in raw_roles if isinstance(r, Mapping) and isinstance(r.get("id"), str)}
        if isinstance(raw_roles, list)
        else set()
    )
    problems += reference_problems(parts["scales"], parts["roles"], parts["items"], written_roles)
    if problems or info is None:
        raise BankError(path, [_one_line(problem) for problem in problems] or ["[bank]: missing"])
    return Bank(
        bank=info, scoring=scoring, lint=lint, facets=facets, **{k: tuple(v) for k, v in parts.items()}
    )


def neighbour_clashes(bank: Bank) -> list[tuple[str, str, frozenset[str]]]:
    """Pairs of consecutive asked items that measure a common responsibility (a bank-ordering smell)."""
    clashes = []
    asked = bank.main_items
    for before, after in pairwise(asked):
        shared = before.measured_scales() & after.measured_scales()
        if shared:
            clashes.append((before.id, after.id, shared))
    return clashes


def load_bank(path: str | os.PathLike[str] | None = None, language: str | None = None) -> Bank:
    """Load a bank file, or the bundled bank for ``language`` (default: the user's; English as fallback)."""
    if path is None:
        path = bank_path(language or user_language())
    file_path = Path(path)
    data = read_bank_bytes(file_path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BankError(str(file_path), [f"not UTF-8 text (byte {error.start})"]) from None
    return parse_bank(text, str(file_path))


def earlier_version(bank: Bank, version: str) -> Bank | None:
    """The bundled ``version`` of ``bank`` in its language (kept in questions/*/archive/ for attempts
    answered with it): ``bank`` itself for its own version, None when there is no such version or it does
    not load."""
    from pmfit.core.paths import archived_bank_path

    if version == bank.version:
        return bank
    path = archived_bank_path(bank.language, version, bank.id)
    if path is None:
        return None
    try:
        return load_bank(path)
    except BankError:
        return None
