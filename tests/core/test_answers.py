"""The answer sheet file format: every bad input becomes one line that names the problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmfit.core.answers import FORMAT, AnswerSheet, SheetError, check_against_bank, parse_sheet, read_sheet
from tests.conftest import sheet_of


def good(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "format": FORMAT,
        "bank": {"id": "tiny", "version": "1", "language": "en"},
        "answers": {"v1": 5, "fc1": 1},
        "started_at": "2026-11-26T09:00:00+00:00",
        "finished_at": None,
        "seconds": {"v1": 3.5},
    }
    data.update(changes)
    return data


def test_round_trip_keeps_everything(tiny_bank) -> None:
    sheet = sheet_of(tiny_bank, {"v1": 5, "fc1": 1, "chk": 4}, v1=2.25).finished()
    again = parse_sheet(sheet.dumps())
    assert again == sheet
    assert json.loads(sheet.dumps())["format"] == "pmfit.answers/1"


def test_with_answer_clears_and_adds_time(tiny_bank) -> None:
    sheet = AnswerSheet.new(tiny_bank).with_answer("v1", 4, 1.5).with_answer("v1", 5, 2.0)
    assert sheet.answers == {"v1": 5}
    assert sheet.seconds == {"v1": 3.5}
    assert sheet.with_answer("v1", None).answers == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{not json",
            "not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2",
        ),
        ("[]", "not a pmfit answer sheet (expected a JSON object)"),
        ('{"answers": {}}', "not a pmfit answer sheet (no 'format' field)"),
        (json.dumps(good(format="pmfit.answers/9")), "unsupported format 'pmfit.answers/9'"),
        (json.dumps(good(bank="tiny")), "'bank' must be an object"),
        (json.dumps(good(bank={"id": "tiny", "version": 1, "language": "en"})), "'bank.version' must be"),
        (json.dumps(good(answers=[1, 2])), "'answers' must be an object"),
        (json.dumps(good(answers={"v1": "5"})), "answer to item 'v1' must be a whole number, not '5'"),
        (json.dumps(good(answers={"v1": True})), "answer to item 'v1' must be a whole number, not true"),
        (json.dumps(good(answers={"v1": 2.5})), "answer to item 'v1' must be a whole number, not 2.5"),
        (json.dumps(good(seconds={"v1": -1})), "time for item 'v1' must be 0 to 86400 seconds"),
        (json.dumps(good(started_at="yesterday")), "'started_at' is not an ISO 8601 date and time"),
        (json.dumps(good(extra=1)), "unknown field 'extra'"),
    ],
)
def test_bad_files_give_one_line(text: str, message: str) -> None:
    with pytest.raises(SheetError) as caught:
        parse_sheet(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"bank": {"id": "other", "version": "1", "language": "en"}}, "answers bank 'other', not 'tiny'"),
        ({"bank": {"id": "tiny", "version": "0.9", "language": "en"}}, "bank version '0.9', but this bank"),
        ({"answers": {"nope": 3}}, "unknown item id 'nope'"),
        ({"answers": {"v1": 6}}, "answer to item 'v1' is 6; it takes 1 to 5"),
        ({"answers": {"v1": 0}}, "answer to item 'v1' is 0; it takes 1 to 5"),
        ({"answers": {"fc1": 2}}, "answer to item 'fc1' is 2; a choice takes 0 to 1"),
        ({"answers": {"fc1": -1}}, "answer to item 'fc1' is -1"),
        ({"seconds": {"ghost": 1.0}}, "time given for unknown item id 'ghost'"),
    ],
)
def test_sheet_must_fit_the_bank(tiny_bank, changes: dict[str, object], message: str) -> None:
    sheet = parse_sheet(json.dumps(good(**changes)))
    with pytest.raises(SheetError, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_against_bank(sheet, tiny_bank)


def test_read_sheet_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sheet.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(SheetError, match=r"sheet\.json: not valid JSON"):
        read_sheet(path)
    with pytest.raises(SheetError, match="file not found"):
        read_sheet(tmp_path / "absent.json")
    with pytest.raises(SheetError, match="is a folder"):
        read_sheet(tmp_path)
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(SheetError, match="not UTF-8"):
        read_sheet(path)


def test_half_a_character_is_refused_with_one_line(tiny_bank) -> None:
    """A \\u escape of a lone surrogate decodes, but no file or database can hold it (the history's insert
    crashed on it)."""
    text = json.dumps(sheet_of(tiny_bank, {}).to_json()).replace('"language": "en"', '"language": "\\udfffx"')
    assert "\\udfff" in text
    with pytest.raises(SheetError) as refused:
        parse_sheet(text)
    assert (
        str(refused.value)
        == "'bank.language' holds '\\udfffx', a lone surrogate: not a character, so not valid text"
    )


# ---------------------------------------------------------------------- optional fields: form, respondent


def test_respondent_and_form_round_trip_and_are_written_only_when_present(tiny_bank) -> None:
    from dataclasses import replace

    from pmfit.core.answers import Respondent

    plain = sheet_of(tiny_bank, {"v1": 5}).finished()
    assert "respondent" not in plain.to_json() and "form" not in plain.to_json()
    assert parse_sheet(plain.dumps()) == plain  # a sheet without them keeps working, and stays without

    about = replace(plain, respondent=Respondent("project_manager", 4), form="quick")
    data = json.loads(about.dumps())
    assert data["respondent"] == {"current_role": "project_manager", "years": 4}
    assert data["form"] == "quick"
    again = parse_sheet(about.dumps())
    assert again == about and again.respondent == Respondent("project_manager", 4)
    # Answering on keeps what the person said about themselves.
    assert again.with_answer("v2", 3).finished().respondent == Respondent("project_manager", 4)

    unsaid = parse_sheet(json.dumps(good(respondent={"current_role": None, "years": None}, form="full")))
    assert unsaid.respondent == Respondent(None, None) and unsaid.form == "full"
    assert json.loads(unsaid.dumps())["respondent"] == {"current_role": None, "years": None}
    partly = parse_sheet(json.dumps(good(respondent={"current_role": "both"})))  # "years" left out: unsaid
    assert partly.respondent == Respondent("both", None)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"form": "short"}, "'form' must be \"quick\" or \"full\", not 'short'"),
        ({"form": None}, '\'form\' must be "quick" or "full", not null'),
        ({"respondent": "pm"}, "'respondent' must be an object with current_role and years"),
        ({"respondent": {"current_role": "ceo"}}, "'respondent.current_role' must be one of product_manager"),
        ({"respondent": {"current_role": 1}}, "'respondent.current_role' must be one of"),
        (
            {"respondent": {"years": -1}},
            "'respondent.years' must be a whole number from 0 to 70 or null, not -1",
        ),
        ({"respondent": {"years": 3.5}}, "'respondent.years' must be a whole number from 0 to 70 or null"),
        ({"respondent": {"years": True}}, "'respondent.years' must be a whole number"),
        ({"respondent": {"name": "Ann"}}, "unknown field 'respondent.name'"),
    ],
)
def test_bad_respondent_or_form_is_one_line(changes: dict[str, object], message: str) -> None:
    with pytest.raises(SheetError) as caught:
        parse_sheet(json.dumps(good(**changes)))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 200
