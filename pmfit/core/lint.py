"""Lints of a question bank: what loads and scores but would mislead, or cannot be traced to the job (the
writing rules in the comments of ``questions/en/pmfit.toml``).

``bank.py`` rejects a bank that cannot work; these lints find one that works but asks unfairly: a word that
gives the role away, options of unequal weight, text too hard to read, interest questions a newcomer cannot
answer, facts nobody can check, and statements not traced to a task of the bank's job analysis (its
blueprint). Pure: a Bank in, a list of findings out, nothing printed.
``pmfit bank check`` shows them as warnings, and ``--strict`` turns them into errors.

Each finding names its place the way bank errors do: ``item 'fc21', field options.0.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from pmfit.core.bank import Bank
from pmfit.core.bank_references import MIN_ITEMS_PER_SCALE
from pmfit.core.readability import RULES, ReadingRules, reading, rules_for, vowel_rules

# Rule ids.
TELL_ONE_SIDE = "tell_one_side"
TELL_IN_OPTION = "tell_in_option"
OPTION_LENGTHS = "option_lengths"
READING_GRADE = "reading_grade"
PRESUMES_EXPERIENCE = "presumes_experience"
FACT_UNDATED = "fact_undated"
LADDER_YEARS = "ladder_years"
NO_RULES = "no_language_rules"
TASK_UNKNOWN = "task_unknown"
TASK_OTHER_SCALE = "task_other_scale"
SOURCE_UNKNOWN = "source_unknown"
BLUEPRINT = "blueprint"  # a scale without its job analysis, or a blueprint that does not fit the bank
FEW_INTEREST_ITEMS = "few_interest_items"

_LETTER = r"[^\W\d_]"

# English interest stems that presume the person has done the work, or has a job to do it in. Present-tense
# liking ("I like", "I enjoy") asks about a habit a newcomer does not have; "I would enjoy" does not.
_EN_PRESUMING_PHRASES = (
    "I have",
    "I've",
    "I had",
    "I was",
    "I did",
    "I used to",
    "I once",
    "I recently",
    "I like",
    "I love",
    "I enjoy",
    "I dislike",
    "I hate",
    "I usually",
    "I often",
    "I always",
    "in my job",
    "in my work",
    "in my role",
    "at my job",
    "my team",
    "my job",
    "my role",
    "my manager",
    "my boss",
    "my company",
    "my colleagues",
    "my current",
    "my last",
    "my clients",
    "my customers",
    "my users",
    "my project*",
    "my product*",
)
# Past tense after "I" ("I planned", "I led"), unless it is a hypothetical "if I led ...".
_EN_IRREGULAR_PAST = frozenset(
    """was did had led ran wrote made built took sent kept gave met spent got won brought sold felt saw told
    found chose drew began knew went came thought taught left lost paid held became caught fought stood spoke
    broke""".split()  # noqa: SIM905 (a word list reads better as text)
)
_EN_NOT_PAST = frozenset(
    "need feed speed proceed succeed exceed bleed breed heed embed shed wed seed".split()  # noqa: SIM905
)
_EN_I_VERB = re.compile(r"(?<!" + _LETTER + r")(?:(if)\s+)?i\s+(?:(?:also|just|then)\s+)?(" + _LETTER + r"+)")

# Ukrainian first-person past tense ("я планував", "я вела"): a phrase list cannot hold every verb, so the
# ending is read as with English "-ed". A conditional is hypothetical and passes: "я б вела", "я вела б",
# "якби я вів". An "я" that ends a word after an apostrophe ("сім'я") is not the pronoun.
_UK_I_VERB = re.compile(
    r"(?<![\w'])(?:(якби|якщо\s+б|коли\s+б)\s+)?я\s+(?:(?:вже|теж|також|тоді|колись|сам|сама)\s+)?"
    r"(" + _LETTER + r"+)(?:\s+(би?)(?!" + _LETTER + r"))?"
)
_UK_NOT_PAST = frozenset(("знов",))

_BUILT_IN_PHRASES = {"en": _EN_PRESUMING_PHRASES}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def word_pattern(words: str) -> re.Pattern[str]:
    """A case-insensitive pattern for whole words; a trailing ``*`` on a word matches any ending (a stem)."""
    parts = []
    for word in words.replace("’", "'").split():
        stem = word.removesuffix("*")
        parts.append(re.escape(stem.casefold()) + (_LETTER + "*" if word.endswith("*") else ""))
    return re.compile(r"(?<!" + _LETTER + r")" + r"\s+".join(parts) + r"(?!" + _LETTER + r")", re.IGNORECASE)


def _normal(text: str) -> str:
    return text.replace("’", "'").casefold()


@dataclass(frozen=True, slots=True)
class _Text:
    where: str
    text: str
    sides: frozenset[str]
    option: bool


def _texts(bank: Bank) -> Iterator[_Text]:
    """Every text a person reads in the items, with the roles ("sides") it is keyed to."""
    role_of = {scale.id: scale.role for scale in bank.scales}
    for item in bank.items:
        for keyed in item.keyed_texts():
            sides = frozenset(role_of[scale] for scale in keyed.scales)
            yield _Text(f"item '{item.id}', field {keyed.field}", keyed.text, sides, keyed.option)


def _role_title(bank: Bank, role_id: str) -> str:
    role = bank.role_by_id.get(role_id)
    return role.title if role else role_id


def tell_findings(bank: Bank) -> list[Finding]:
    """A tell word on one side only gives the role away; in an option of a choice it always does."""
    findings = []
    texts = list(_texts(bank))
    for tell in bank.lint.tells:
        pattern = word_pattern(tell)
        hits = [t for t in texts if pattern.search(_normal(t.text))]
        sides = frozenset().union(*(t.sides for t in hits)) if hits else frozenset()
        for hit in hits:
            if hit.option:
                findings.append(
                    Finding(
                        TELL_IN_OPTION, hit.where, f"the tell word '{tell}' in an option points to its role"
                    )
                )
            elif len(sides) == 1 and hit.sides:
                (side,) = sides
                findings.append(
                    Finding(
                        TELL_ONE_SIDE,
                        hit.where,
                        f"the tell word '{tell}' appears only on the {_role_title(bank, side)} side "
                        f"({len(hits)} time(s))",
                    )
                )
    return findings


def option_length_findings(bank: Bank) -> list[Finding]:
    """Options of one choice should weigh the same; a long one reads as the considered, better answer."""
    findings = []
    limit = bank.lint.max_option_ratio
    for item in bank.items:
        lengths = [len(text.split()) for text in item.option_texts()]
        if not lengths:
            continue
        shortest, longest = min(lengths), max(lengths)
        if longest > limit * shortest:
            findings.append(
                Finding(
                    OPTION_LENGTHS,
                    f"item '{item.id}', field options",
                    f"option lengths differ {longest / shortest:.1f}x ({shortest} to {longest} words; "
                    f"at most {limit:g}x)",
                )
            )
    return findings


def _reading_rules(bank: Bank) -> ReadingRules | None:
    """The bank's own ``[lint.reading]``, else pmfit's rules for its language, else None."""
    given = bank.lint.reading
    if given is not None:
        return vowel_rules(given.vowels, given.per_sentence, given.per_word, given.constant)
    return rules_for(bank.language)


def reading_grade_findings(bank: Bank) -> list[Finding]:
    """Each item, stem and options together, at or below the bank's reading grade."""
    rules = _reading_rules(bank)
    if rules is None:
        return [
            Finding(
                NO_RULES,
                "[bank], field language",
                f"no reading-grade rules for language '{bank.language}' (pmfit has its own for "
                f"{', '.join(RULES)}): give its vowels and the formula's weights in [lint.reading]",
            )
        ]
    findings = []
    limit = bank.lint.max_grade
    for item in bank.items:
        measured = reading(item.texts, rules)
        if measured.grade > limit:
            findings.append(
                Finding(
                    READING_GRADE,
                    f"item '{item.id}', field text",
                    f"reading grade {measured.grade:.1f} is above {limit:g} ({measured.words} words, "
                    f"{measured.syllables} syllables, {measured.sentences} sentence(s))",
                )
            )
    return findings


def presumes_experience(text: str, language: str, phrases: tuple[str, ...] = ()) -> str | None:
    """The words in an interest stem that presume the person has done the work, or None."""
    normal = _normal(text)
    primary = re.split(r"[-_]", language.lower(), maxsplit=1)[0]
    for phrase in (*_BUILT_IN_PHRASES.get(primary, ()), *phrases):
        found = word_pattern(phrase).search(normal)
        if found:
            return found.group(0)
    if primary == "en":
        for match in _EN_I_VERB.finditer(normal):
            hypothetical, verb = match.group(1), match.group(2)
            if hypothetical:
                continue
            if verb in _EN_IRREGULAR_PAST or (
                len(verb) > 3 and verb.endswith("ed") and verb not in _EN_NOT_PAST
            ):
                return match.group(0).removeprefix("if").strip()
    if primary == "uk":
        for match in _UK_I_VERB.finditer(normal):
            conditional, verb, particle = match.groups()
            if conditional or particle or verb in _UK_NOT_PAST or len(verb) < 3:
                continue
            if verb.endswith(("в", "ла")):
                return match.group(0).strip()
    return None


def experience_findings(bank: Bank) -> list[Finding]:
    """Interest stems must be answerable by a newcomer: "I would enjoy ...", not "I have ..."."""
    primary = re.split(r"[-_]", bank.language.lower(), maxsplit=1)[0]
    phrases = bank.lint.experience_phrases
    if primary not in _BUILT_IN_PHRASES and not phrases:
        return [
            Finding(
                NO_RULES,
                "[lint], field experience_phrases",
                f"no built-in phrases for language '{bank.language}' to spot interest questions that "
                "presume experience; list them here",
            )
        ]
    findings = []
    for item in bank.items:
        if item.statement_of_interest:
            words = presumes_experience(item.text, bank.language, phrases)
            if words:
                findings.append(
                    Finding(
                        PRESUMES_EXPERIENCE,
                        f"item '{item.id}', field text",
                        f"an interest question that presumes experience ('{words}'); ask what the person "
                        "would enjoy",
                    )
                )
    return findings


_YEARS = re.compile(r"^\s*(\d+)\s*(?:[-–]\s*(\d+)|(\+))\s*$")


def years_range(years: str) -> tuple[int, float] | None:
    """ "2-5" -> (2, 5); "8+" -> (8, inf); anything else ("varies") -> None."""
    found = _YEARS.match(years)
    if not found:
        return None
    start = int(found.group(1))
    return start, float("inf") if found.group(3) else float(found.group(2))


def fact_findings(bank: Bank) -> list[Finding]:
    """Every fact carries a source and the month it was checked; ladder years never run backwards."""
    findings = []
    for role in bank.roles:
        where = f"role '{role.id}'"
        if role.ladder_source is None:
            findings.append(
                Finding(FACT_UNDATED, f"{where}, field ladder_source", "a ladder without a source")
            )
        if role.ladder_as_of is None:
            findings.append(
                Finding(FACT_UNDATED, f"{where}, field ladder_as_of", "a ladder without an 'as of' month")
            )
        for certification in role.certifications:
            place = f"{where}, certification '{certification.name}'"
            if certification.source is None:
                findings.append(Finding(FACT_UNDATED, f"{place}, field source", "a fact without a source"))
            if certification.as_of is None:
                findings.append(
                    Finding(FACT_UNDATED, f"{place}, field as_of", "a fact without an 'as of' month")
                )
        previous: tuple[str, tuple[int, float]] | None = None
        for number, step in enumerate(role.ladder):
            span = years_range(step.years)
            if span is None:
                continue
            place = f"{where}, field ladder.{number}.years"
            if span[1] < span[0]:
                findings.append(Finding(LADDER_YEARS, place, f"'{step.years}' ends before it starts"))
            elif previous is not None:
                level, (start, end) = previous
                if span[0] <= start or span[1] < end:
                    findings.append(
                        Finding(
                            LADDER_YEARS,
                            place,
                            f"'{step.level}' ({step.years} years) does not come after '{level}' "
                            f"({_years_text(start, end)} years): a later step must start and end later",
                        )
                    )
            previous = (step.level, span)
    return findings


def _years_text(start: int, end: float) -> str:
    return f"{start}+" if end == float("inf") else f"{start}-{int(end)}"


def blueprint_findings(bank: Bank) -> list[Finding]:
    """Every responsibility has its job analysis, every task is traced to a declared source, and every
    statement names the task of its own scale that it measures (``framework`` of a likert item or of a
    choice's question, ``task`` of an option)."""
    findings = []
    declared = {source.id for source in bank.sources}
    task_scale: dict[str, str] = {}
    analysed: set[str] = set()
    for blueprint in bank.blueprint:
        where = f"blueprint '{blueprint.scale}'"
        if blueprint.scale not in bank.scale_by_id:
            findings.append(
                Finding(BLUEPRINT, f"{where}, field scale", f"no scale '{blueprint.scale}' in the bank")
            )
        elif blueprint.scale in analysed:
            findings.append(Finding(BLUEPRINT, f"{where}, field scale", "a second blueprint of the scale"))
        analysed.add(blueprint.scale)
        for task in blueprint.tasks:
            place = f"{where}, task '{task.id}'"
            if task.id in task_scale:
                findings.append(Finding(BLUEPRINT, f"{place}, field id", "a task id used twice"))
            task_scale.setdefault(task.id, blueprint.scale)
            for number, reference in enumerate(task.sources):
                source = reference.split(":", 1)[0]
                if source not in declared:
                    findings.append(
                        Finding(
                            SOURCE_UNKNOWN,
                            f"{place}, field sources.{number}",
                            f"'{source}' is not a declared source ([[sources]])",
                        )
                    )
    for scale in bank.scales:
        if scale.id not in analysed:
            findings.append(
                Finding(BLUEPRINT, f"scale '{scale.id}'", "no blueprint: what it is, what not, its tasks")
            )

    def check(place: str, task: str | None, keyed: Mapping[str, float] | None) -> None:
        if task is None or task not in task_scale:
            named = "no task" if task is None else f"'{task}', which is not a blueprint task"
            findings.append(Finding(TASK_UNKNOWN, place, f"names {named}"))
        elif keyed is not None and task_scale[task] not in {s for s, w in keyed.items() if w > 0}:
            findings.append(
                Finding(
                    TASK_OTHER_SCALE,
                    place,
                    f"the task '{task}' belongs to '{task_scale[task]}', not to the scale it is keyed to",
                )
            )

    interest: dict[str, int] = dict.fromkeys(bank.scale_by_id, 0)
    for item in bank.items:
        for named in item.task_references():
            check(f"item '{item.id}', field {named.field}", named.task, named.keyed)
        if item.statement_of_interest and not item.tiebreaker:
            for scale_id in item.interest_scales():
                interest[scale_id] = interest.get(scale_id, 0) + 1
    for scale_id, count in interest.items():
        if count < MIN_ITEMS_PER_SCALE:
            findings.append(
                Finding(
                    FEW_INTEREST_ITEMS,
                    f"scale '{scale_id}'",
                    f"{count} interest statement(s) measure it (at least {MIN_ITEMS_PER_SCALE})",
                )
            )
    return findings


def lint_bank(bank: Bank) -> list[Finding]:
    """Every lint finding of a bank, grouped by the check that found it."""
    return [
        *tell_findings(bank),
        *option_length_findings(bank),
        *reading_grade_findings(bank),
        *experience_findings(bank),
        *fact_findings(bank),
        *blueprint_findings(bank),
    ]
