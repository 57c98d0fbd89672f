"""The parts bank 3.0 added to the schema: sources, the blueprint, the facets' answer words, an option's
task, and the time estimate. All optional: a bank without them (1.0.0, 2.0.0, the tiny bank) loads as before.
"""

from __future__ import annotations

import pytest

from pmfit.core.bank import (
    SECONDS_PER_ANSWER,
    SECONDS_PER_SCENARIO,
    WORDS_PER_MINUTE,
    Bank,
    BankError,
    CheckItem,
    ChoiceItem,
    LikertItem,
    answer_seconds,
    parse_bank,
)
from pmfit.core.length import estimated_seconds
from pmfit.core.session import Session
from tests.conftest import TINY_BANK, archived_bank

TINY = TINY_BANK.read_text(encoding="utf-8")

PARTS = """
[facets.interest]
labels = ["No", "Rather not", "Unsure", "Rather yes", "Yes"]

[facets.experience]
prompt = "How often have you done this?"
labels = ["Never", "Once or twice", "Several times", "Regularly", "I have led others doing it"]

[[sources]]
id = "guide"
title = "A guide"
publisher = "A body"
date = "2013"
note = "First edition."

[[blueprint]]
scale = "vision"
definition = "Deciding what the product is for."
includes = ["Goals", "Prices"]
excludes = [{ what = "Campaigns", whose = "marketing" }]
[[blueprint.tasks]]
id = "v_goal"
text = "Set the goals."
sources = ["guide: chapter 1", "guide: chapter 2"]
"""


def with_parts(parts: str = PARTS, text: str = TINY) -> str:
    """The tiny bank with ``parts`` added before its first scale."""
    at = text.index("[[scales]]")
    return text[:at] + parts + "\n" + text[at:]


def problems_of(text: str) -> tuple[str, ...]:
    with pytest.raises(BankError) as caught:
        parse_bank(text, "parts.toml")
    return caught.value.problems


def test_the_new_parts_load_as_data() -> None:
    bank = parse_bank(with_parts(), "parts.toml")
    (source,) = bank.sources
    assert (source.id, source.date, source.note) == ("guide", "2013", "First edition.")
    (blueprint,) = bank.blueprint
    assert blueprint.scale == "vision" and blueprint.includes == ("Goals", "Prices")
    assert (blueprint.excludes[0].what, blueprint.excludes[0].whose) == ("Campaigns", "marketing")
    (task,) = blueprint.tasks
    assert task.sources == ("guide: chapter 1", "guide: chapter 2")
    assert (
        bank.facets.experience is not None
        and bank.facets.experience.prompt == "How often have you done this?"
    )
    assert bank.facets.interest is not None and bank.facets.interest.prompt is None


def test_a_bank_without_them_loads_as_before(tiny_bank: Bank) -> None:
    assert tiny_bank.sources == () and tiny_bank.blueprint == ()
    assert tiny_bank.facets.interest is None and tiny_bank.facets.experience is None
    for item in tiny_bank.items:
        assert tiny_bank.facet_words(item) is None  # the app's own words
    for version in ("1.0.0", "2.0.0"):
        old = archived_bank(version)
        assert old.blueprint == () and all(
            o.task is None for i in old.items if isinstance(i, ChoiceItem) for o in i.options
        )


def test_each_item_gets_its_facets_words() -> None:
    bank = parse_bank(with_parts(), "parts.toml")  # the tiny bank has both facets
    experience = next(i for i in bank.items if isinstance(i, LikertItem) and i.facet == "experience")
    interest = next(i for i in bank.items if isinstance(i, LikertItem) and i.facet == "interest")
    check = next(i for i in bank.items if isinstance(i, CheckItem))
    choice = next(i for i in bank.items if isinstance(i, ChoiceItem))
    assert bank.facet_words(experience) == bank.facets.experience
    assert bank.facet_words(interest) == bank.facet_words(check) == bank.facets.interest  # checks: interest
    assert bank.facet_words(choice) is None  # its options are its answers


@pytest.mark.parametrize(
    ("broken", "field"),
    [
        ('labels = ["No", "Rather not", "Unsure", "Rather yes", "Yes"]', "[facets], field interest.labels"),
        ('date = "2013"', "source 'guide', field date"),
        ('sources = ["guide: chapter 1", "guide: chapter 2"]', "blueprint 'vision', field tasks.0.sources.0"),
        ('excludes = [{ what = "Campaigns", whose = "marketing" }]', "blueprint 'vision', field excludes.0"),
    ],
)
def test_bad_parts_are_named_with_their_place(broken: str, field: str) -> None:
    bad = {
        'labels = ["No", "Rather not", "Unsure", "Rather yes", "Yes"]': 'labels = ["No", "Yes"]',
        'date = "2013"': 'date = "13 May 2013"',
        'sources = ["guide: chapter 1", "guide: chapter 2"]': 'sources = ["chapter 1 of the guide"]',
        'excludes = [{ what = "Campaigns", whose = "marketing" }]': 'excludes = [{ what = "Campaigns" }]',
    }[broken]
    problems = problems_of(with_parts(PARTS.replace(broken, bad)))
    assert any(problem.startswith(field) for problem in problems), problems


def test_an_unknown_section_is_still_refused() -> None:
    (problem,) = problems_of(with_parts("[blueprints]\nscale = 'vision'\n"))
    assert problem == "[blueprints]: unknown section"


# ------------------------------------------------------------------------------------------ time


def test_the_time_of_one_answer() -> None:
    """Words at 200 a minute, 4 s to answer, 25 s more to weigh a scenario of three or more options."""
    assert (WORDS_PER_MINUTE, SECONDS_PER_ANSWER, SECONDS_PER_SCENARIO) == (200, 4.0, 25.0)
    statement = LikertItem(
        id="a", kind="likert", text=" ".join(["word"] * 20), framework="t", scales={"s": 1}
    )
    assert answer_seconds(statement) == pytest.approx(6 + 4)
    assert answer_seconds(statement, prompt="How often have you done this?") == pytest.approx(6 + 1.8 + 4)
    options = [{"text": "one two three four five", "weights": {"s": 1.0}}] * 2
    pair = ChoiceItem(id="b", kind="choice", text="Which one?", framework="t", options=options)  # type: ignore[arg-type]
    assert answer_seconds(pair) == pytest.approx(12 * 60 / 200 + 4)
    scenario = ChoiceItem(id="c", kind="choice", text="Which one?", framework="t", options=options * 2)  # type: ignore[arg-type]
    assert answer_seconds(scenario) == pytest.approx(22 * 60 / 200 + 4 + 25)


def test_the_form_and_the_time_left_use_the_same_estimate() -> None:
    bank = parse_bank(with_parts(), "parts.toml")
    whole = estimated_seconds(bank) / 60
    assert whole == pytest.approx(sum(bank.seconds_for(item) for item in bank.main_items) / 60)
    prompted = next(i for i in bank.main_items if isinstance(i, LikertItem) and i.facet == "experience")
    assert bank.seconds_for(prompted) > answer_seconds(prompted)  # its question is read too
    session = Session.start(bank)
    assert session.minutes_left() == pytest.approx(whole)
    first = bank.seconds_for(bank.main_items[0]) / 60
    session.answer(3)
    assert session.minutes_left() == pytest.approx(whole - first)
