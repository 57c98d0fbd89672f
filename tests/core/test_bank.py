"""Loading and validating question banks: a broken bank lists every problem with where it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmfit.core.bank import BankError, ChoiceItem, LikertItem, load_bank, parse_bank
from tests.conftest import TINY_BANK

TINY = TINY_BANK.read_text(encoding="utf-8")


def problems_of(text: str) -> tuple[str, ...]:
    with pytest.raises(BankError) as caught:
        parse_bank(text, "broken.toml")
    return caught.value.problems


def test_tiny_bank_loads_and_is_frozen(tiny_bank) -> None:
    assert [s.id for s in tiny_bank.scales] == ["vision", "planning"]
    assert [i.id for i in tiny_bank.tiebreaker_items] == ["tb1"]
    assert "tb1" not in [i.id for i in tiny_bank.main_items]
    with pytest.raises(Exception, match="frozen"):
        tiny_bank.items[0].text = "changed"  # type: ignore[misc]


def test_toml_syntax_error_names_the_line() -> None:
    text = TINY.replace('title = "Vision"', 'title = "Vision', 1)
    (problem,) = problems_of(text)
    assert "TOML syntax error" in problem
    line = TINY[: TINY.index('title = "Vision"')].count("\n") + 1
    assert f"line {line}" in problem


def test_every_problem_is_listed_at_once() -> None:
    text = (
        TINY.replace('id = "p2"', 'id = "p1"', 1)  # duplicate id
        .replace(
            'scales = { planning = 1.0 }\n\n[[items]]\nid = "chk"',
            'scales = { plannning = 1.0 }\n\n[[items]]\nid = "chk"',
            1,
        )
        .replace(
            "weights = { vision = 1.0, planning = 0.0 }", "weights = { vision = 9.0, planning = 0.0 }", 1
        )
    )
    problems = problems_of(text)
    joined = "\n".join(problems)
    assert "item 'p1': duplicate id" in joined
    assert "item 'p1', field scales.plannning: unknown scale id" in joined
    assert "role 'product_manager', field weights.vision" in joined
    assert "less than or equal to 5" in joined
    assert len(problems) >= 3


def test_scale_with_too_few_items() -> None:
    # Re-key three of the planning items to vision: planning keeps p4 and the choice, 2 in all.
    text = TINY
    for item in ("p1", "p2", "p3"):
        start = text.index(f'id = "{item}"')
        end = text.index("scales = { planning = 1.0 }", start)
        text = text[:end] + "scales = { vision = 1.0 }" + text[end + len("scales = { planning = 1.0 }") :]
    problems = problems_of(text)
    assert any("scale 'planning': only 2 interest item(s)" in p for p in problems)


def test_choice_with_one_option() -> None:
    start = TINY.index('id = "fc1"')
    cut = TINY.index('[[items.options]]\ntext = "Build the plan."', start)
    end = TINY.index("[[items]]", cut)
    problems = problems_of(TINY[:cut] + TINY[end:])
    assert any(p.startswith("item 'fc1', field options:") and "at least 2" in p for p in problems)


def test_role_without_weights() -> None:
    text = TINY.replace("weights = { vision = 0.0, planning = 1.0 }\n", "", 1)
    problems = problems_of(text)
    assert any(p.startswith("role 'project_manager', field weights") for p in problems)


def test_missing_role_and_unknown_role() -> None:
    text = TINY.replace('id = "project_manager"', 'id = "program_manager"', 1)
    problems = "\n".join(problems_of(text))
    assert "role 'project_manager': missing" in problems
    assert "role 'program_manager': unknown role id" in problems


def test_unknown_item_kind_and_field() -> None:
    text = TINY.replace('kind = "check"', 'kind = "essay"', 1).replace(
        'id = "v2"\nkind = "likert"', 'id = "v2"\nkind = "likert"\ncolour = "red"', 1
    )
    problems = "\n".join(problems_of(text))
    assert "item 'chk', field kind" in problems
    assert "item 'v2', field colour: Extra inputs are not permitted" in problems


def test_weights_out_of_range_on_an_option() -> None:
    text = TINY.replace(
        'text = "Shape the vision."\nweights = { vision = 1.0 }',
        'text = "Shape the vision."\nweights = { vision = -1.0 }',
        1,
    )
    problems = "\n".join(problems_of(text))
    assert "item 'fc1', field options.0.weights.vision" in problems


def test_load_bank_file_errors(tmp_path: Path) -> None:
    with pytest.raises(BankError, match="file not found"):
        load_bank(tmp_path / "missing.toml")
    with pytest.raises(BankError, match="is a folder"):
        load_bank(tmp_path)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(BankError, match="not UTF-8"):
        load_bank(binary)


def test_bank_error_report_names_file_and_count() -> None:
    error = BankError("b.toml", ["one", "two"])
    assert error.report().splitlines() == ["b.toml: 2 problem(s)", "  b.toml: one", "  b.toml: two"]


def test_item_kinds_parse_to_their_models(tiny_bank) -> None:
    assert isinstance(tiny_bank.item_by_id["v4"], LikertItem)
    assert tiny_bank.item_by_id["v4"].reverse
    assert isinstance(tiny_bank.item_by_id["fc1"], ChoiceItem)


def test_a_broken_role_is_not_also_called_missing() -> None:
    text = TINY.replace('summary = "Owns the product."', "summary = 5", 1)
    problems = "\n".join(problems_of(text))
    assert "role 'product_manager', field summary" in problems
    assert "role 'product_manager': missing" not in problems


def test_facts_carry_a_source_and_a_month() -> None:
    text = TINY.replace(
        'career = "Up to CPO."\n',
        'career = "Up to CPO."\nladder_source = "productledalliance.com"\nladder_as_of = "2026-09"\n',
        1,
    ).replace(
        'career = "Up to PMO director."\n', 'career = "Up to PMO director."\nladder_as_of = "2025-12"\n', 1
    )
    # The last role's tables end where the items begin.
    text = text.replace(
        "[[items]]",
        '[[roles.certifications]]\nname = "PMP"\nbody = "PMI"\nnote = "n"\nsource = "pmi.org"\n'
        'as_of = "2026-11"\n\n[[items]]',
        1,
    )
    bank = parse_bank(text)
    assert bank.facts_as_of == (2026, 11)  # the latest month of any fact
    assert bank.role_by_id["product_manager"].ladder_source == "productledalliance.com"
    assert bank.role_by_id["project_manager"].certifications[0].source == "pmi.org"


def test_a_bank_without_dated_facts_has_no_facts_date(tiny_bank) -> None:
    assert tiny_bank.facts_as_of is None


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "26-11", "November 2026", "2026-00"])
def test_as_of_must_be_a_year_and_month(month: str) -> None:
    text = TINY.replace('career = "Up to CPO."\n', f'career = "Up to CPO."\nladder_as_of = "{month}"\n', 1)
    problems = "\n".join(problems_of(text))
    assert "role 'product_manager', field ladder_as_of" in problems


def test_lint_settings_are_validated_with_their_place() -> None:
    text = TINY.replace(
        'title = "Tiny test bank"\n',
        'title = "Tiny test bank"\n[lint]\ntells = ["a b"]\nmax_grade = -1\ncolour = "red"\n',
        1,
    )
    problems = "\n".join(problems_of(text))
    assert "[lint], field tells.0" in problems
    assert "[lint], field max_grade" in problems
    assert "[lint], field colour" in problems


def test_lint_settings_default_to_the_role_names(tiny_bank) -> None:
    assert tiny_bank.lint.tells == ("product", "project")
    assert (tiny_bank.lint.max_grade, tiny_bank.lint.max_option_ratio) == (8, 1.6)
