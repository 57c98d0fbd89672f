"""Fuzzing answer sheets: whatever a file holds, reading it ends in a sheet or in one clear line.

Four generators, 2,500 examples each (10,000 a run): valid sheets, valid sheets with structural damage,
wrong types everywhere, and damage at the level of text and bytes. Every example goes through
``parse_sheet`` + ``check_against_bank`` on the bundled bank (and ``score`` when it is accepted); one in
four (picked by a hash of the file) also goes through ``pmfit score SHEET --json`` in-process, from one file
rewritten per example, and one accepted sheet in eight is imported into a history (twice: kept once).
Each test checks that it really ran its 2,500 examples.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmfit import cli
from pmfit.core import bank as bank_module
from pmfit.core.answers import SheetError, check_against_bank, parse_sheet
from pmfit.core.scoring import result_json, score
from pmfit.storage.store import Store
from tests.fuzz.common import FUZZ_COUNTS, assert_one_line, check_result_json, fuzz_settings
from tests.fuzz.sheet_cases import (
    BANK,
    EXAMPLES,
    SCALE_IDS,
    Case,
    damaged_cases,
    mutated_cases,
    valid_cases,
    wrong_type_cases,
)
from tests.storage.helpers import record

pytestmark = pytest.mark.slow

# ------------------------------------------------------------------------------------------- properties


def read_and_score(payload: str | bytes, store: Store | None = None) -> bool:
    """True when the sheet is accepted (and then scored, and imported into ``store`` when given), False
    when refused with one clear line."""
    try:
        sheet = parse_sheet(payload)
        check_against_bank(sheet, BANK)
    except SheetError as error:
        assert_one_line(str(error))
        return False
    result = score(BANK, sheet)
    check_result_json(result_json(result), SCALE_IDS)
    if store is not None:  # an accepted sheet can always be kept in the history, and only once
        fits = {role.id: role.fit for role in result.roles if role.fit is not None}
        finished = sheet if sheet.finished_at is not None else sheet.finished()
        attempt_id, _ = store.import_attempt(
            finished, record(result.verdict.lean, result.verdict.label, fits)
        )
        assert store.import_attempt(finished, record(None, "again", fits)) == (attempt_id, False)
    return True


def score_via_cli(path: Path, case: Case) -> None:
    data = case.data
    path.write_bytes(data)
    accepted = read_and_score(data)  # what the file itself holds, as the CLI reads it
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["score", str(path), "--json"], out, err)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert code in (0, 2), err.getvalue()
    if code == 2:
        assert not accepted, f"the CLI refused a sheet the core accepts: {err.getvalue()!r}"
        assert out.getvalue() == ""
        message = err.getvalue()
        assert message.endswith("\n") and message.count("\n") == 1, repr(message)
        assert message.startswith("pmfit: ")
        assert_one_line(message.rstrip("\n"))
    else:
        assert accepted, "the CLI accepted a sheet the core refuses"
        assert err.getvalue() == ""
        check_result_json(json.loads(out.getvalue()), SCALE_IDS)


def run_cases(name: str, cases: st.SearchStrategy[Case], sheet_file: Path, all_valid: bool = False) -> None:
    store = Store.open(sheet_file.parent / "history")

    @fuzz_settings(EXAMPLES)
    @given(case=cases)
    def check(case: Case) -> None:
        FUZZ_COUNTS[f"sheets/{name}"] += 1
        outcome = read_and_score(case.payload, store if case.via_store else None)
        assert outcome or not all_valid, "a valid sheet was refused"
        FUZZ_COUNTS[f"sheets/{name} accepted"] += outcome
        FUZZ_COUNTS[f"sheets/{name} stored"] += outcome and case.via_store
        if case.via_cli:
            FUZZ_COUNTS[f"sheets/{name} via cli"] += 1
            score_via_cli(sheet_file, case)

    before = FUZZ_COUNTS[f"sheets/{name}"]
    with store:
        check()
    assert FUZZ_COUNTS[f"sheets/{name}"] - before >= EXAMPLES


@pytest.fixture
def sheet_file(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The one file every CLI example is written to. The CLI's own load of the bundled bank (6 ms, the
    same every time and fuzzed in test_fuzz_banks.py) is served from memory, so that the sheet path,
    which is what varies here, gets four times as many CLI runs in the same time."""
    real_load_bank = bank_module.load_bank

    def load_bank_once(path: Any = None, language: str | None = None) -> Any:
        return BANK if path is None and language is None else real_load_bank(path, language)

    monkeypatch.setattr(bank_module, "load_bank", load_bank_once)
    return tmp_path_factory.mktemp("fuzz-sheets") / "sheet.json"


def test_valid_sheets_are_accepted_and_scored(sheet_file: Path) -> None:
    run_cases("valid", valid_cases(), sheet_file, all_valid=True)


def test_damaged_sheets_fail_with_one_line(sheet_file: Path) -> None:
    run_cases("mutated", mutated_cases(), sheet_file)


def test_wrong_types_everywhere_fail_with_one_line(sheet_file: Path) -> None:
    run_cases("wrong-types", wrong_type_cases(), sheet_file)


def test_broken_text_and_bytes_fail_with_one_line(sheet_file: Path) -> None:
    run_cases("broken-bytes", damaged_cases(), sheet_file)
