"""The command line contract (README, "The command line"): output for people and tools, one-line errors
with exit 2."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pmfit import __version__
from pmfit.cli import main
from tests.conftest import TINY_BANK, sheet_of
from tests.core.test_scoring import LEANS_PRODUCT


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def tiny_sheet(tiny_bank, tmp_path: Path) -> Path:
    path = tmp_path / "sheet.json"
    path.write_text(sheet_of(tiny_bank, LEANS_PRODUCT).finished().dumps(), encoding="utf-8")
    return path


def test_score_json_contract(tiny_sheet: Path) -> None:
    code, out, err = run("score", str(tiny_sheet), "--bank", str(TINY_BANK), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["roles"] == {"product_manager": 85.0, "project_manager": 20.0}
    assert data["scales"]["vision"]["score"] == 85.0
    assert set(data["scales"]["vision"]) >= {"score", "se", "answered"}
    assert data["verdict"]["lean"] == "product_manager"
    assert data["verdict"]["margin"] == 65.0
    assert data["verdict"]["label"] == "clear_lean"
    assert data["quality"] == {"flags": []}


def test_score_for_people(tiny_sheet: Path) -> None:
    code, out, _ = run("score", str(tiny_sheet), "--bank", str(TINY_BANK))
    assert code == 0
    assert "You lean clearly toward Product Manager" in out
    assert "Vision" in out and "Planning" in out
    assert "Strength" in out
    assert "not your competence" in out


def test_bad_sheets_give_one_line_and_exit_2(tmp_path: Path, tiny_bank) -> None:
    cases = {
        "broken.json": ("{", "not valid JSON"),
        "foreign.json": ('{"format": "other/1"}', "unsupported format"),
        "unknown.json": (sheet_of(tiny_bank, {"zz": 3}).dumps(), "unknown item id 'zz'"),
        "range.json": (sheet_of(tiny_bank, {"v1": 7}).dumps(), "answer to item 'v1' is 7"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, out, err = run("score", str(path), "--bank", str(TINY_BANK))
        assert code == 2, name
        assert out == ""
        assert message in err and name in err
        assert err.count("\n") == 1, err


def test_sheet_for_another_bank_version(tmp_path: Path, tiny_sheet: Path) -> None:
    data = json.loads(tiny_sheet.read_text(encoding="utf-8"))
    data["bank"]["version"] = "2"
    tiny_sheet.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run("score", str(tiny_sheet), "--bank", str(TINY_BANK))
    assert code == 2
    assert "bank version '2'" in err


def test_missing_sheet_and_usage_errors() -> None:
    code, _, err = run("score", "/nonexistent/sheet.json")
    assert code == 2 and "file not found" in err and err.count("\n") == 1
    code, _, err = run("score")
    assert code == 2 and "required" in err and err.count("\n") == 1
    code, _, err = run("frobnicate")
    assert code == 2 and err.count("\n") == 1
    code, _, err = run("bank")
    assert code == 2 and "check, keying or show" in err


def test_bank_check_ok_and_estimate() -> None:
    code, out, _ = run("bank", "check", str(TINY_BANK))
    assert code == 0
    assert out.startswith("OK: ")
    assert "about 1 minute" in out  # the tiny bank's few questions, said as the app says them


def test_bank_check_warns_about_lints_and_strict_makes_them_errors() -> None:
    # The tiny bank loads, but it says "I like ..." and uses "product" on one side only.
    code, out, err = run("bank", "check", str(TINY_BANK))
    assert (code, err) == (0, "")
    assert "  warning: item 'v1', field text: the tell word 'product'" in out
    assert "  warning: item 'p1', field text: an interest question that presumes experience" in out
    assert "lint warnings; --strict makes them errors" in out
    code, out, err = run("bank", "check", "--strict", str(TINY_BANK))
    assert code == 2
    assert err.count("\n") == 1 and "lint problems" in err and "--strict" in err
    assert out.startswith("lint: ") and "item 'v1', field text" in out
    assert not out.startswith("OK")


def test_the_bundled_bank_passes_strict_and_the_archived_one_still_loads() -> None:
    code, out, err = run("bank", "check", "--strict")
    assert (code, err) == (0, "")
    assert out.startswith("OK: bundled bank") and "warning" not in out
    archive = Path(__file__).parents[2] / "questions" / "en" / "archive" / "pmfit-1.0.0.toml"
    code, out, err = run("bank", "check", str(archive))
    assert (code, err) == (0, "")
    assert "bank pmfit 1.0.0" in out and "warning:" in out


def test_bank_check_lists_every_problem(tmp_path: Path) -> None:
    text = TINY_BANK.read_text(encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(
        text.replace('id = "p2"', 'id = "p1"', 1).replace(
            "weights = { vision = 1.0, planning = 0.0 }", "", 1
        ),
        encoding="utf-8",
    )
    code, out, err = run("bank", "check", str(broken))
    assert code == 2 and out == ""
    assert "item 'p1': duplicate id" in err
    assert "role 'product_manager', field weights" in err
    assert "problem(s)" in err.splitlines()[0]
    code, _, err = run("bank", "check", str(tmp_path / "none.toml"))
    assert code == 2 and "file not found" in err


def test_bank_check_syntax_error_names_line(tmp_path: Path) -> None:
    broken = tmp_path / "syntax.toml"
    broken.write_text('[bank]\nid = "x"\nversion = \n', encoding="utf-8")
    code, _, err = run("bank", "check", str(broken))
    assert code == 2
    assert "TOML syntax error" in err and "line 3" in err


def test_bank_show_json_contract() -> None:
    code, out, _ = run("bank", "show", "--bank", str(TINY_BANK), "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["id"], data["version"], data["language"]) == ("tiny", "1", "en")
    assert {r["id"] for r in data["roles"]} == {"product_manager", "project_manager"}
    assert data["scales"][0] == {"id": "vision", "title": "Vision", "role": "product_manager"}
    items = {i["id"]: i for i in data["items"]}
    assert items["v4"]["reverse"] is True and items["v4"]["facet"] == "interest"
    assert items["v4"]["scales"] == {"vision": 1.0}
    assert items["fc1"]["options"][1] == {"text": "Build the plan.", "weights": {"planning": 1.0}}
    assert items["chk"]["expected"] == 4
    assert data["facts_as_of"] is None  # the tiny bank dates none of its facts
    code, out, _ = run("bank", "show", "--json")
    assert code == 0 and json.loads(out)["facts_as_of"] == "2026-12"


def test_version_and_module_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pmfit", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"pmfit {__version__}"


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("nonsense", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pmfit", "score", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


def test_the_readme_example_sheet_still_fits_the_bundled_bank() -> None:
    example = Path(__file__).parents[2] / "examples" / "answers-product-leaning.json"
    code, out, err = run("score", str(example), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["verdict"]["lean"] == "product_manager"
    assert len(data["scales"]) == 12
