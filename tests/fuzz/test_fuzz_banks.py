"""Fuzzing question banks: a damaged bank is a Bank or a BankError whose every problem is one clear line.

Mutants start from the tiny test bank and from the bundled bank. Two generators:

* text mutations (1,200 examples): delete a line or a ``key = value`` field, change a value's type, switch
  a table header to an array of tables (and back), break a reference (scale, role, twin, item ids),
  duplicate an item/scale/role block, truncate, insert random characters or bytes, swap lines, nest a value
  very deeply, make a key dotted up to thousands of parts deep, put in numbers too large for anything;
* data mutations (800 examples): the bank is read, damaged as data (removed fields, wrong types, broken
  references, duplicates, unknown keys, nasty strings, edge numbers) and written back as TOML, so most
  mutants get past the TOML parser and reach the validation.

Every mutant goes through ``parse_bank``; a bank that is accepted is also scored (two full sheets). About
one in four also goes through ``pmfit bank check`` in-process, from one file rewritten per example (and, when
accepted, ``pmfit bank show``); what they print must show control characters escaped, never raw.
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmfit import cli
from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, BankError, ChoiceItem, load_bank, parse_bank
from pmfit.core.scoring import result_json, score
from tests.fuzz.bank_data_mutants import data_mutants
from tests.fuzz.bank_mutants import (
    BASES,
    DATA_EXAMPLES,
    NAME,
    TEXT_EXAMPLES,
    Mutant,
    text_mutants,
)
from tests.fuzz.common import (
    FUZZ_COUNTS,
    assert_one_line,
    assert_shown_not_obeyed,
    check_result_json,
    fuzz_settings,
)

pytestmark = pytest.mark.slow


def _full_sheets(bank: Bank) -> list[AnswerSheet]:
    high = {i.id: len(i.options) - 1 if isinstance(i, ChoiceItem) else 5 for i in bank.items}
    low = {i.id: 0 if isinstance(i, ChoiceItem) else 1 for i in bank.items}
    return [replace(AnswerSheet.new(bank), answers=answers) for answers in (high, low)]


def parse_mutant(text: str) -> bool:
    """True when the mutant is a usable bank (then scored), False when refused with clear problems."""
    try:
        bank = parse_bank(text, NAME)
    except BankError as error:
        assert error.path == NAME
        assert error.problems, "a BankError without problems"
        for problem in error.problems:
            assert_one_line(problem)
        return False
    assert isinstance(bank, Bank)
    for sheet in _full_sheets(bank):
        check_result_json(result_json(score(bank, sheet)), set(bank.scale_by_id))
    return True


def check_via_cli(path: Path, mutant: Mutant) -> None:
    path.write_bytes(mutant.data)
    try:
        load_bank(path)
        problems: tuple[str, ...] = ()
    except BankError as error:
        problems = error.problems
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["bank", "check", str(path)], out, err)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert code in (0, 2), err.getvalue()
    assert_shown_not_obeyed(out.getvalue() + err.getvalue())
    if code == 0:
        assert not problems, "the CLI accepted a bank that load_bank refuses"
        assert err.getvalue() == "" and out.getvalue().startswith("OK: ")
        shown, err = io.StringIO(), io.StringIO()
        assert cli.main(["bank", "show", "--bank", str(path)], shown, err) == 0, err.getvalue()
        assert_shown_not_obeyed(shown.getvalue())
        return
    assert problems, f"the CLI refused a bank that load_bank accepts: {err.getvalue()!r}"
    assert out.getvalue() == ""
    lines = err.getvalue().split("\n")
    assert lines[-1] == "", "stderr does not end with a newline"
    lines = lines[:-1]
    assert len(lines) == (1 if len(problems) == 1 else len(problems) + 1), lines
    assert lines[0].startswith("pmfit: ")
    for line in lines:
        assert_one_line(line)


def run_mutants(name: str, mutants: st.SearchStrategy[Mutant], examples: int, bank_file: Path) -> None:
    @fuzz_settings(examples)
    @given(mutant=mutants)
    def check(mutant: Mutant) -> None:
        FUZZ_COUNTS[f"banks/{name}"] += 1
        accepted = parse_mutant(mutant.text)
        FUZZ_COUNTS[f"banks/{name} accepted"] += accepted
        if mutant.via_cli:
            FUZZ_COUNTS[f"banks/{name} via cli"] += 1
            check_via_cli(bank_file, mutant)

    before = FUZZ_COUNTS[f"banks/{name}"]
    check()
    assert FUZZ_COUNTS[f"banks/{name}"] - before >= examples


@pytest.fixture(scope="module")
def bank_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-banks") / NAME


def test_unmutated_bases_are_accepted(bank_file: Path) -> None:
    for name, text in BASES.items():
        assert parse_mutant(text), name
        check_via_cli(bank_file, Mutant(name, text.encode("utf-8"), "none"))


def test_text_mutants_fail_with_clear_problems(bank_file: Path) -> None:
    run_mutants("text", text_mutants(), TEXT_EXAMPLES, bank_file)


def test_data_mutants_fail_with_clear_problems(bank_file: Path) -> None:
    run_mutants("data", data_mutants(), DATA_EXAMPLES, bank_file)
