"""``pmfit bank analyze``: the pilot report's JSON contract, the readable report, one-line errors."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pmfit.core.analyze import analyze
from pmfit.core.bank import Bank, ChoiceItem, LikertItem
from tests.cli.test_cli import run
from tests.conftest import TINY_BANK, sheet_of
from tests.core.simulate import respondents


@pytest.fixture
def pilot(tiny_bank: Bank, tmp_path: Path) -> list[Path]:
    """Forty finished sheets of the tiny bank from simulated respondents; a few skip p2 or the choice."""
    answers = respondents(tiny_bank, 40, random.Random(3), {"vision": 0.7, "planning": 2.0})
    paths = []
    for number, given in enumerate(answers):
        if number % 8 == 0:
            del given["p2"]
        if number % 2:
            del given["tb1"]
        path = tmp_path / f"sheet-{number:02}.json"
        path.write_text(sheet_of(tiny_bank, given).finished().dumps(), encoding="utf-8")
        paths.append(path)
    return paths


def analyze_json(*paths: Path) -> dict:
    code, out, err = run("bank", "analyze", *map(str, paths), "--bank", str(TINY_BANK), "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_json_contract(pilot: list[Path], tiny_bank: Bank) -> None:
    data = analyze_json(*pilot)
    assert set(data) >= {"sheets", "scales", "options", "flags"}  # and the pilot kit's (test_pilot_cli.py)
    assert data["sheets"] == 40
    assert list(data["scales"]) == [scale.id for scale in tiny_bank.scales]
    likert = [i for i in tiny_bank.items if isinstance(i, LikertItem) and i.facet == "interest"]
    for scale_id, scale in data["scales"].items():
        assert set(scale) == {"alpha", "n", "items"}
        assert isinstance(scale["alpha"], float) and isinstance(scale["n"], int)
        assert list(scale["items"]) == [i.id for i in likert if scale_id in i.scales]
        for item in scale["items"].values():
            assert set(item) == {"item_total", "mean", "sd", "skipped"}
            assert all(isinstance(value, float) for value in item.values())
    choices = [i for i in tiny_bank.items if isinstance(i, ChoiceItem)]
    assert {i.id: len(i.options) for i in choices} == {k: len(v) for k, v in data["options"].items()}
    assert all(isinstance(flag, str) and "\n" not in flag for flag in data["flags"])
    # The figures are the core's, to four places.
    report = analyze(tiny_bank, [json.loads(p.read_text(encoding="utf-8"))["answers"] for p in pilot])
    planning = next(s for s in report.scales if s.scale_id == "planning")
    assert data["scales"]["planning"]["alpha"] == pytest.approx(planning.alpha, abs=5e-5)
    assert data["scales"]["planning"]["n"] == planning.n == 35
    assert data["scales"]["planning"]["items"]["p2"]["skipped"] == 0.125
    assert data["options"]["tb1"] == [pytest.approx(s, abs=5e-5) for s in report.options[1].shares or ()]
    # Planning was answered with a lot of noise: its alpha is low and flagged, naming the scale.
    assert planning.alpha is not None and planning.alpha < 0.7
    assert any(flag.startswith("scale 'planning': alpha") for flag in data["flags"])
    assert "item 'p2': skipped by 12% of the sheets, over 10%" in data["flags"]


def test_readable_report(pilot: list[Path]) -> None:
    code, out, err = run("bank", "analyze", *map(str, pilot), "--bank", str(TINY_BANK))
    assert (code, err) == (0, "")
    assert out.startswith("Pilot of bank 'tiny' version 1: 40 answer sheets")
    order = [
        out.index(part) for part in ("Vision (vision): alpha", "Planning (planning)", "Choices", "Flags")
    ]
    assert order == sorted(order)
    assert "v4 (r)" in out and "(r) reverse-keyed: scored as 6 - answer" in out
    assert "fc1" in out and "tb1 (tie-breaker)" in out
    assert "  - scale 'planning': alpha" in out
    # Aligned: every column of the first scale's table ends where its heading ends.
    lines = out.splitlines()
    start = next(n for n, line in enumerate(lines) if line.split()[:2] == ["item", "mean"])
    rows = lines[start : start + 5]
    for heading in ("mean", "sd", "skipped", "item-total"):
        end = rows[0].index(f" {heading}") + 1 + len(heading)
        for row in rows[1:]:
            assert row[end - 1] != " " and row[end : end + 1] in ("", " "), (heading, row)


def test_every_sheet_is_checked_and_errors_name_the_file(
    tmp_path: Path, pilot: list[Path], tiny_bank
) -> None:
    good = [str(p) for p in pilot[:3]]
    older = json.loads(pilot[0].read_text(encoding="utf-8"))
    older["bank"]["version"] = "0.9"
    other_bank = json.loads(pilot[0].read_text(encoding="utf-8"))
    other_bank["bank"]["id"] = "pmfit"
    cases = {
        "older.json": (json.dumps(older), "bank version '0.9'"),
        "other.json": (json.dumps(other_bank), "bank 'pmfit'"),
        "broken.json": ("{", "not valid JSON"),
        "unknown.json": (sheet_of(tiny_bank, {"zz": 3}).dumps(), "unknown item id 'zz'"),
        "range.json": (sheet_of(tiny_bank, {"fc1": 4}).dumps(), "answer to item 'fc1' is 4"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        for as_json in ([], ["--json"]):
            code, out, err = run("bank", "analyze", *good, str(path), "--bank", str(TINY_BANK), *as_json)
            assert (code, out) == (2, ""), name
            assert message in err and name in err, err
            assert err.count("\n") == 1 and err.startswith("pmfit: "), err
    code, out, err = run("bank", "analyze", *good, str(tmp_path / "missing.json"), "--bank", str(TINY_BANK))
    assert (code, out) == (2, "") and "missing.json: file not found" in err and err.count("\n") == 1


def test_no_sheets_is_a_usage_error() -> None:
    code, out, err = run("bank", "analyze", "--bank", str(TINY_BANK))
    assert (code, out) == (2, "")
    assert "SHEET.json" in err and err.count("\n") == 1
    code, _, err = run("bank")
    assert code == 2 and "analyze" in err


def test_a_single_sheet_reports_what_it_can(pilot: list[Path]) -> None:
    data = analyze_json(pilot[1])
    assert data["sheets"] == 1
    assert all(scale["alpha"] is None for scale in data["scales"].values())
    assert data["options"]["tb1"] == [None, None]  # nobody was offered the tie-breaker
    assert all(item["sd"] is None for s in data["scales"].values() for item in s["items"].values())
