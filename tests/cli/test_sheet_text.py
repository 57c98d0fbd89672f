"""What a sheet may hold as text, at the one place sheets are read: the same answer for every command.

A lone surrogate ("\\ud800" in JSON) is no character: Python reads it into a str, but nothing can write it
as UTF-8. Every command refuses such a sheet in one line, exit 2, before it does anything with it.
A value from a sheet is cut to a readable length in the message, however long it is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pmfit.core.answers import SheetError, parse_sheet
from tests.cli.test_cli import run

EXAMPLE = Path(__file__).parents[2] / "examples" / "answers-product-leaning.json"


def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def with_language(data: dict[str, Any]) -> dict[str, Any]:
    data["bank"]["language"] = "\ud800"
    return data


def with_answer_key(data: dict[str, Any]) -> dict[str, Any]:
    data["answers"]["x\udfff"] = 3
    return data


def with_started_at(data: dict[str, Any]) -> dict[str, Any]:
    data["started_at"] = "2026-01-01T00:00:00\udc80+00:00"
    return data


def with_seconds_key(data: dict[str, Any]) -> dict[str, Any]:
    data["seconds"] = {"\ud83d": 1.0}  # half of an emoji's pair
    return data


PLACES = [with_language, with_answer_key, with_started_at, with_seconds_key]


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "sheet.json"
    # ensure_ascii (the default) writes each surrogate as the \\uXXXX escape a JSON file would hold.
    path.write_text(json.dumps(data), encoding="ascii")
    return path


@pytest.mark.parametrize("place", PLACES, ids=lambda place: place.__name__)
@pytest.mark.parametrize(
    "command",
    [
        ["score", "{sheet}"],
        ["score", "{sheet}", "--json"],
        ["export", "{sheet}", "-o", "{out}"],
        ["import", "{sheet}"],
        ["bank", "analyze", "{sheet}"],
    ],
    ids=lambda command: " ".join(command[:2]).replace(" {sheet}", ""),
)
def test_a_lone_surrogate_is_refused_in_one_line_by_every_command(
    tmp_path: Path, command: list[str], place: Any
) -> None:
    sheet = write(tmp_path, place(example()))
    out_pdf = tmp_path / "out.pdf"
    code, out, err = run(*(part.format(sheet=sheet, out=out_pdf) for part in command))
    assert code == 2, (code, err)
    assert len(err.splitlines()) == 1 and "lone surrogate" in err and str(sheet) in err
    assert "please report" not in err and out == ""
    assert not out_pdf.exists()
    code, history, _ = run("history", "--json")
    assert code == 0 and json.loads(history) == []  # nothing was added


def test_a_surrogate_pair_written_as_escapes_is_one_character_and_reads() -> None:
    data = example()
    data["bank"]["language"] = "\U0001f600"  # json.dumps writes it as the pair \\ud83d\\ude00
    assert parse_sheet(json.dumps(data)).bank.language == "\U0001f600"


def test_a_long_value_is_cut_to_a_readable_length(tmp_path: Path) -> None:
    data = example()
    item = next(iter(data["answers"]))
    data["answers"][item] = int("9" * 4200)  # Python reads it: the limit is 4,300 digits
    sheet = write(tmp_path, data)
    code, _out, err = run("score", str(sheet))
    assert code == 2 and len(err.splitlines()) == 1 and item in err
    assert len(err) < 200 + len(str(sheet)), err
    data["answers"][item] = "x" * 100_000
    with pytest.raises(SheetError) as caught:
        parse_sheet(json.dumps(data))
    assert len(str(caught.value)) < 200
