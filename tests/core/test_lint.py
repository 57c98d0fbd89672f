"""The lints of `pmfit bank check`: each one flags a bad example, with its place, and passes a good one."""

from __future__ import annotations

import pytest

from pmfit.core import lint
from pmfit.core.bank import Bank, parse_bank
from pmfit.core.lint import Finding, lint_bank, presumes_experience, word_pattern
from pmfit.core.paths import data_root

# A small bank that passes every lint: the tell word "product" sits on both sides, the options weigh the
# same, the words are plain, the interest stems ask what the person would enjoy, every fact is dated, and
# each scale has its blueprint, four interest statements and tasks traced to a declared source.
CLEAN = """
[bank]
id = "lint"
version = "1"
language = "en"
title = "Lint test bank"

[[scales]]
id = "vision"
role = "product_manager"
title = "Vision"
description = "Deciding what a product is for."
framework = ["Ravi Mehta: Product Vision & Roadmapping"]
next_steps = ["Write a one-page vision."]

[[scales]]
id = "planning"
role = "project_manager"
title = "Planning"
description = "Planning the work."
framework = ["PMBOK 8: Schedule (performance domain)"]
next_steps = ["Plan a small piece of work."]

[[roles]]
id = "product_manager"
title = "Product Manager"
summary = "Owns the product."
career = "Up to CPO."
weights = { vision = 1.0, planning = 0.1 }
ladder_source = "productledalliance.com"
ladder_as_of = "2026-11"
[[roles.ladder]]
level = "Associate PM"
years = "0-2"
scope = "A feature."
[[roles.ladder]]
level = "PM"
years = "2-5"
scope = "A product."
[[roles.ladder]]
level = "Director"
years = "varies"
scope = "A portfolio."
[[roles.certifications]]
name = "CSPO"
body = "Scrum Alliance"
note = "A 16-hour course."
source = "scrumalliance.org"
as_of = "2026-11"

[[roles]]
id = "project_manager"
title = "Project Manager"
summary = "Runs projects."
career = "Up to PMO director."
weights = { vision = 0.1, planning = 1.0 }
ladder_source = "pmstudyguide.com"
ladder_as_of = "2026-10"
[[roles.ladder]]
level = "Coordinator"
years = "0-2"
scope = "Helps."
[[roles.ladder]]
level = "Junior PM"
years = "1-3"
scope = "Runs a small project."
[[roles.ladder]]
level = "Program Manager"
years = "8+"
scope = "Runs a program."
[[roles.certifications]]
name = "CAPM"
body = "PMI"
note = "Entry level."
source = "pmi.org"
as_of = "2026-11"

[[sources]]
id = "guide"
title = "A guide"
publisher = "A body"
date = "2025-11"

[[blueprint]]
scale = "vision"
definition = "Deciding what a product is for."
includes = ["Goals"]
excludes = [{ what = "Marketing campaigns", whose = "marketing" }]
[[blueprint.tasks]]
id = "v_goal"
text = "Set the goals."
sources = ["guide: chapter 1"]

[[blueprint]]
scale = "planning"
definition = "Planning the work."
[[blueprint.tasks]]
id = "p_plan"
text = "Plan the steps."
sources = ["guide: chapter 2"]

[[items]]
id = "v1"
kind = "likert"
text = "I would enjoy deciding what a product should become."
framework = "v_goal"
scales = { vision = 1.0 }

[[items]]
id = "p1"
kind = "likert"
text = "I would enjoy planning how a product gets launched."
framework = "p_plan"
scales = { planning = 1.0 }

[[items]]
id = "v2"
kind = "likert"
text = "I would enjoy choosing the goals of a new service."
framework = "v_goal"
scales = { vision = 1.0 }

[[items]]
id = "p2"
kind = "likert"
text = "I would enjoy drawing up a schedule of tasks."
framework = "p_plan"
scales = { planning = 1.0 }

[[items]]
id = "v3"
kind = "likert"
text = "I'd rather someone else set the goals."
framework = "v_goal"
scales = { vision = 1.0 }
reverse = true
twin = "v2"

[[items]]
id = "p3"
kind = "likert"
text = "I'd rather leave the schedule to others."
framework = "p_plan"
scales = { planning = 1.0 }
reverse = true
twin = "p2"

[[items]]
id = "vx"
kind = "likert"
facet = "experience"
text = "I have written the goals of a product."
framework = "v_goal"
scales = { vision = 1.0 }

[[items]]
id = "v4"
kind = "likert"
text = "I would enjoy saying what a new service is for."
framework = "v_goal"
scales = { vision = 1.0 }

[[items]]
id = "p4"
kind = "likert"
text = "I would enjoy putting the steps of a job in order."
framework = "p_plan"
scales = { planning = 1.0 }

[[items]]
id = "fc1"
kind = "choice"
text = "Which would you rather do?"
framework = "v_goal"
[[items.options]]
text = "Set the goal for the year."
weights = { vision = 1.0 }
task = "v_goal"
[[items.options]]
text = "Plan the steps for the year."
weights = { planning = 1.0 }
task = "p_plan"

[[items]]
id = "chk"
kind = "check"
text = "Please choose agree."
framework = "check"
expected = 4
"""


def bank_of(text: str) -> Bank:
    return parse_bank(text, "lint.toml")


def changed(old: str, new: str, text: str = CLEAN) -> Bank:
    assert old in text, old
    return bank_of(text.replace(old, new, 1))


def found(bank: Bank, rule: str) -> list[Finding]:
    return [finding for finding in lint_bank(bank) if finding.rule == rule]


def test_the_clean_bank_passes_every_lint() -> None:
    assert lint_bank(bank_of(CLEAN)) == []


# -------------------------------------------------------------------------------------------- tells


def test_a_tell_word_on_one_side_only_is_flagged_where_it_sits() -> None:
    bank = changed("planning how a product gets launched", "planning how a launch gets done")
    findings = found(bank, lint.TELL_ONE_SIDE)
    assert [f.where for f in findings] == ["item 'v1', field text", "item 'vx', field text"]
    assert "'product'" in findings[0].message and "Product Manager side" in findings[0].message


def test_a_tell_word_in_an_option_is_flagged_even_when_balanced() -> None:
    bank = changed('text = "Set the goal for the year."', 'text = "Set the product goal for the year."')
    (finding,) = found(bank, lint.TELL_IN_OPTION)
    assert finding.where == "item 'fc1', field options.0.text"


def test_the_bank_names_its_own_tells() -> None:
    text = CLEAN.replace(
        'title = "Lint test bank"\n', 'title = "Lint test bank"\n\n[lint]\ntells = ["schedul*"]\n'
    )
    findings = found(bank_of(text), lint.TELL_ONE_SIDE)
    assert [f.where for f in findings] == ["item 'p2', field text", "item 'p3', field text"]
    assert "'schedul*'" in findings[0].message and "Project Manager side (2 time(s))" in findings[0].message
    # "product" is no longer a tell once the bank lists its own.
    bank = bank_of(text.replace("planning how a product gets launched", "planning a launch"))
    assert found(bank, lint.TELL_ONE_SIDE) == findings


@pytest.mark.parametrize(
    ("tell", "text", "hit"),
    [
        ("product", "A product team.", True),
        ("product", "Two products.", False),
        ("product", "A by-product.", True),  # a hyphen separates words
        ("product", "Byproduct.", False),
        ("product*", "Two products and a product's goal.", True),
        ("product*", "Byproducts.", False),
        ("Product", "PRODUCT", True),
        ("продукт*", "Я люблю продуктові команди.", True),
        ("продукт*", "Непродуктивно.", False),
        ("hand-over", "A clean hand-over.", True),
        ("don't", "I don’t mind.", True),
    ],
)
def test_tell_words_match_whole_words_or_stems(tell: str, text: str, hit: bool) -> None:
    assert bool(word_pattern(tell).search(text.replace("’", "'"))) is hit


def test_tell_words_must_be_words() -> None:
    with pytest.raises(Exception, match=r"\[lint\], field tells.0"):
        bank_of(
            CLEAN.replace('title = "Lint test bank"\n', 'title = "Lint test bank"\n[lint]\ntells = ["*x"]\n')
        )


# ---------------------------------------------------------------------------------- option lengths


def test_options_more_than_1_6_times_longer_are_flagged() -> None:
    bank = changed(
        'text = "Plan the steps for the year."',
        'text = "Plan every step, every date and every cost for the year."',
    )
    (finding,) = found(bank, lint.OPTION_LENGTHS)
    assert finding.where == "item 'fc1', field options"
    assert "6 to 11 words" in finding.message


def test_options_exactly_1_6_times_longer_pass() -> None:
    # 5 words against 8: a ratio of exactly 1.6.
    text = CLEAN.replace(
        'text = "Plan the steps for the year."', 'text = "Plan all the steps, dates and costs now."'
    )
    bank = changed('text = "Set the goal for the year."', 'text = "Set the yearly goal now."', text)
    assert found(bank, lint.OPTION_LENGTHS) == []


# ------------------------------------------------------------------------------------ reading grade


def test_an_item_above_grade_8_is_flagged_with_its_figures() -> None:
    hard = "I would appreciate coordinating interdependent organisational deliverables."
    (finding,) = found(
        changed("I would enjoy choosing the goals of a new service.", hard), lint.READING_GRADE
    )
    assert finding.where == "item 'v2', field text"
    assert "above 8" in finding.message and "1 sentence(s)" in finding.message


def test_options_count_toward_their_item_grade() -> None:
    hard = 'text = "Harmonising organisational priorities, capabilities, dependencies, responsibilities."'
    (finding,) = found(changed('text = "Set the goal for the year."', hard), lint.READING_GRADE)
    assert finding.where == "item 'fc1', field text"


def test_the_bank_can_set_its_grade_limit() -> None:
    hard = "I would appreciate coordinating interdependent organisational deliverables."
    text = CLEAN.replace("I would enjoy choosing the goals of a new service.", hard)
    strict = text.replace('title = "Lint test bank"\n', 'title = "Lint test bank"\n[lint]\nmax_grade = 30\n')
    assert found(bank_of(strict), lint.READING_GRADE) == []


UKRAINIAN = (
    CLEAN.replace('language = "en"', 'language = "uk"')
    .replace(
        "I would enjoy deciding what a product should become.",
        "Мені було б цікаво вирішити, яким стане продукт.",
    )
    .replace(
        "I would enjoy planning how a product gets launched.", "Мені було б цікаво планувати запуск продукту."
    )
    .replace(
        'title = "Lint test bank"\n',
        'title = "Lint test bank"\n[lint]\ntells = ["продукт*"]\nexperience_phrases = ["я маю досвід"]\n',
    )
)


def test_a_ukrainian_bank_is_measured_by_its_own_rules() -> None:
    bank = bank_of(UKRAINIAN)
    assert found(bank, lint.NO_RULES) == []
    assert found(bank, lint.TELL_ONE_SIDE) == []  # "продукт*" sits on both sides
    long_words = "Мені було б надзвичайно цікаво координувати взаємозалежні організаційні результати."
    (finding,) = found(
        bank_of(UKRAINIAN.replace("Мені було б цікаво вирішити, яким стане продукт.", long_words)),
        lint.READING_GRADE,
    )
    assert finding.where == "item 'v1', field text"


def test_a_language_without_rules_says_so_instead_of_passing() -> None:
    bank = changed('language = "en"', 'language = "de"')
    places = {finding.where for finding in found(bank, lint.NO_RULES)}
    assert places == {"[bank], field language", "[lint], field experience_phrases"}


# --------------------------------------------------------------------------- presumed experience


@pytest.mark.parametrize(
    "text",
    [
        "I have planned a launch.",
        "I've run a review.",
        "I like drawing up schedules.",
        "I enjoy talking to users.",
        "In my job I rank the backlog.",
        "I would enjoy helping my team.",
        "I planned the last release.",
        "I led a team of five.",
        "Last year I also tracked the budget.",
    ],
)
def test_stems_that_presume_experience_are_caught(text: str) -> None:
    assert presumes_experience(text, "en") is not None


@pytest.mark.parametrize(
    "text",
    [
        "I would enjoy planning a launch.",
        "I'd enjoy running a review.",
        "I'd rather leave the schedule to others.",
        "If I led a team, I would enjoy settling its conflicts.",
        "Checking progress every week would not appeal to me.",
        "I need clear goals to enjoy my work.",
        "I would enjoy a team that works in sprints.",
    ],
)
def test_hypothetical_stems_pass(text: str) -> None:
    assert presumes_experience(text, "en") is None


def test_only_interest_stems_are_checked_with_their_place() -> None:
    bank = changed("I would enjoy drawing up a schedule of tasks.", "I like drawing up a schedule of tasks.")
    (finding,) = found(bank, lint.PRESUMES_EXPERIENCE)
    assert finding.where == "item 'p2', field text" and "'i like'" in finding.message
    # An experience item is meant to ask what the person has done.
    assert "I have" in bank.item_by_id["vx"].text


def test_a_bank_adds_phrases_for_its_language() -> None:
    text = UKRAINIAN.replace(
        "Мені було б цікаво планувати запуск продукту.", "Я маю досвід планування запуску продукту."
    )
    (finding,) = found(bank_of(text), lint.PRESUMES_EXPERIENCE)
    assert finding.where == "item 'p1', field text"


def test_a_language_without_phrases_needs_the_bank_to_list_some() -> None:
    bank = bank_of(UKRAINIAN.replace('experience_phrases = ["я маю досвід"]\n', ""))
    (finding,) = found(bank, lint.NO_RULES)
    assert finding.where == "[lint], field experience_phrases"


@pytest.mark.parametrize(
    "text",
    [
        "Я планував запуск.",
        "Я вела команду з п’яти людей.",
        "Торік я теж керував бюджетом.",
        "Я вже керувала командою.",
        "Тоді я провів огляд.",
    ],
)
def test_a_ukrainian_first_person_past_tense_is_caught(text: str) -> None:
    """Ukrainian says "I have done it" with the past tense, which no phrase list can hold verb by verb."""
    assert presumes_experience(text, "uk") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Мені було б цікаво планувати запуск.",
        "Я б вела таку команду.",
        "Я керувала б такою командою.",
        "Якби я керував командою, мені було б цікаво її вести.",
        "Сім’я планувала відпустку.",
        "Мені б не хотілося втручатися в конфлікти в команді, яку я веду.",
    ],
)
def test_ukrainian_conditionals_and_other_words_pass(text: str) -> None:
    assert presumes_experience(text, "uk") is None


# -------------------------------------------------------------------------------------------- facts


def test_a_fact_without_source_or_date_is_flagged() -> None:
    bank = changed('source = "pmi.org"\nas_of = "2026-11"\n', "")
    places = [finding.where for finding in found(bank, lint.FACT_UNDATED)]
    assert places == [
        "role 'project_manager', certification 'CAPM', field source",
        "role 'project_manager', certification 'CAPM', field as_of",
    ]
    bank = changed('ladder_source = "productledalliance.com"\n', "")
    assert [f.where for f in found(bank, lint.FACT_UNDATED)] == [
        "role 'product_manager', field ladder_source"
    ]


@pytest.mark.parametrize(
    ("years", "ok"),
    [
        (("0-2", "2-5"), True),  # touching
        (("0-2", "1-3"), True),  # overlapping, but moving on
        (("0-2", "varies", "5+"), True),  # a step without figures is skipped
        (("0-3", "0-3"), False),  # the same years for a more senior step
        (("10-20", "10+"), False),  # starts no later
        (("6-10", "8-9"), False),  # ends earlier
        (("5-3",), False),  # ends before it starts
    ],
)
def test_ladder_years_never_run_backwards(years: tuple[str, ...], ok: bool) -> None:
    steps = "".join(
        f'[[roles.ladder]]\nlevel = "Step {n}"\nyears = "{span}"\nscope = "s"\n'
        for n, span in enumerate(years)
    )
    start = CLEAN.index('[[roles.ladder]]\nlevel = "Coordinator"')
    end = CLEAN.index('[[roles.certifications]]\nname = "CAPM"')
    text = CLEAN[:start] + steps + CLEAN[end:]
    if len(years) < 2:
        text = text.replace(
            steps, steps + '[[roles.ladder]]\nlevel = "Later"\nyears = "varies"\nscope = "s"\n'
        )
    findings = found(bank_of(text), lint.LADDER_YEARS)
    assert (findings == []) is ok, findings
    assert all(f.where.startswith("role 'project_manager', field ladder.") for f in findings)


def test_years_range_reads_the_bank_formats() -> None:
    assert lint.years_range("2-5") == (2, 5.0)
    assert lint.years_range(" 12+ ") == (12, float("inf"))
    assert lint.years_range("varies") is None


@pytest.mark.parametrize(
    "presuming",
    [
        "Мені подобається вирішувати, яким має стати продукт через три роки.",
        "Я вирішувала, яким має стати продукт через три роки.",
        "На моїй посаді я вирішую, яким має стати продукт через три роки.",
        "Мені доводилося вирішувати, яким має стати продукт через три роки.",
    ],
)
def test_the_bundled_ukrainian_bank_catches_interest_stems_that_presume_experience(presuming: str) -> None:
    path = data_root("questions") / "uk" / "pmfit.toml"
    text = path.read_text(encoding="utf-8")
    stem = "Мені б сподобалося вирішувати, яким має стати продукт через три роки."
    assert text.count(stem) == 1
    assert found(parse_bank(text, str(path)), lint.PRESUMES_EXPERIENCE) == []
    (finding,) = found(parse_bank(text.replace(stem, presuming), str(path)), lint.PRESUMES_EXPERIENCE)
    assert finding.where == "item 'pv21', field text"


POLISH_READING = (
    '[lint.reading]\nvowels = "aąeęioóuy"\nper_sentence = 0.5\nper_word = 8.4\nconstant = -15.59\n'
)


def test_a_bank_in_a_language_pmfit_does_not_know_brings_its_reading_rules_as_data() -> None:
    # A new language needs no code: its bank says how to count its syllables and weigh them.
    polish = CLEAN.replace('language = "en"', 'language = "pl"').replace(
        'title = "Lint test bank"\n', 'title = "Lint test bank"\n' + POLISH_READING
    )
    bank = bank_of(polish)
    assert bank.lint.reading is not None and bank.lint.reading.vowels == "aąeęioóuy"
    assert "[bank], field language" not in {finding.where for finding in found(bank, lint.NO_RULES)}
    plain = found(bank, lint.READING_GRADE)
    hard = "Chętnie koordynowałbym międzynarodowe, wielopoziomowe przedsięwzięcia organizacyjne."
    first = bank.main_items[0]
    harder = found(bank_of(polish.replace(first.text, hard)), lint.READING_GRADE)
    assert f"item '{first.id}', field text" in {f.where for f in harder} - {f.where for f in plain}


def test_without_rules_the_finding_says_where_to_give_them() -> None:
    (finding,) = [
        f for f in found(changed('language = "en"', 'language = "pl"'), lint.NO_RULES) if "grade" in f.message
    ]
    assert "[lint.reading]" in finding.message and "en, uk, ru" in finding.message


# ------------------------------------------------------------------------------------ the blueprint


def test_an_item_or_option_that_names_no_task_is_flagged() -> None:
    bank = changed(
        'framework = "p_plan"\nscales = { planning = 1.0 }\n\n[[items]]\nid = "v2"',
        'framework = "PMBOK 8: Schedule"\nscales = { planning = 1.0 }\n\n[[items]]\nid = "v2"',
    )
    (finding,) = found(bank, lint.TASK_UNKNOWN)
    assert finding.where == "item 'p1', field framework"
    assert "'PMBOK 8: Schedule', which is not a blueprint task" in finding.message
    bank = changed('weights = { planning = 1.0 }\ntask = "p_plan"\n', "weights = { planning = 1.0 }\n")
    (finding,) = found(bank, lint.TASK_UNKNOWN)
    assert finding.where == "item 'fc1', field options.1.task" and "names no task" in finding.message
    bank = changed(
        'text = "Which would you rather do?"\nframework = "v_goal"',
        'text = "Which would you rather do?"\nframework = "x"',
    )
    assert [f.where for f in found(bank, lint.TASK_UNKNOWN)] == ["item 'fc1', field framework"]


def test_a_task_of_another_scale_is_flagged() -> None:
    bank = changed(
        'framework = "v_goal"\nscales = { vision = 1.0 }\n\n[[items]]\nid = "p1"',
        'framework = "p_plan"\nscales = { vision = 1.0 }\n\n[[items]]\nid = "p1"',
    )
    (finding,) = found(bank, lint.TASK_OTHER_SCALE)
    assert finding.where == "item 'v1', field framework"
    assert "'p_plan' belongs to 'planning'" in finding.message
    bank = changed(
        'weights = { vision = 1.0 }\ntask = "v_goal"', 'weights = { vision = 1.0 }\ntask = "p_plan"'
    )
    assert [f.where for f in found(bank, lint.TASK_OTHER_SCALE)] == ["item 'fc1', field options.0.task"]


def test_a_task_traced_to_an_undeclared_source_is_flagged() -> None:
    bank = changed('sources = ["guide: chapter 2"]', 'sources = ["guide: chapter 2", "pmbok9: Finance"]')
    (finding,) = found(bank, lint.SOURCE_UNKNOWN)
    assert finding.where == "blueprint 'planning', task 'p_plan', field sources.1"
    assert "'pmbok9' is not a declared source" in finding.message


def test_a_scale_without_a_blueprint_is_flagged() -> None:
    start = CLEAN.index('[[blueprint]]\nscale = "planning"')
    end = CLEAN.index("[[items]]")
    (finding,) = found(bank_of(CLEAN[:start] + CLEAN[end:]), lint.BLUEPRINT)
    assert finding.where == "scale 'planning'" and "no blueprint" in finding.message
    bank = changed('scale = "planning"\ndefinition', 'scale = "plannning"\ndefinition')
    assert {f.where for f in found(bank, lint.BLUEPRINT)} == {
        "blueprint 'plannning', field scale",
        "scale 'planning'",
    }
    bank = changed('id = "p_plan"\ntext = "Plan the steps."', 'id = "v_goal"\ntext = "Plan the steps."')
    assert [f.where for f in found(bank, lint.BLUEPRINT)] == ["blueprint 'planning', task 'v_goal', field id"]


def test_a_scale_with_fewer_than_four_interest_statements_is_flagged() -> None:
    # p4 measured planning; now it measures vision: vision has five, planning three (the choice's
    # option and the experience item do not count).
    bank = changed(
        'framework = "p_plan"\nscales = { planning = 1.0 }\n\n[[items]]\nid = "fc1"',
        'framework = "v_goal"\nscales = { vision = 1.0 }\n\n[[items]]\nid = "fc1"',
    )
    (finding,) = found(bank, lint.FEW_INTEREST_ITEMS)
    assert finding.where == "scale 'planning'"
    assert "3 interest statement(s)" in finding.message


def test_a_bank_without_any_blueprint_is_flagged_everywhere() -> None:
    start, end = CLEAN.index("[[sources]]"), CLEAN.index("[[items]]")
    bank = bank_of(CLEAN[:start] + CLEAN[end:])
    assert {f.where for f in found(bank, lint.BLUEPRINT)} == {"scale 'vision'", "scale 'planning'"}
    assert len(found(bank, lint.TASK_UNKNOWN)) == 12  # 9 likert items, the choice and its 2 options
