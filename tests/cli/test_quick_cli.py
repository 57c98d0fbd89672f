"""The quick form on the command line: ``pmfit bank show --json`` lists its order, ``pmfit score`` says a
quick sheet's result is a quick one and whether it is settled, and ``pmfit export`` prints it on the PDF."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, load_bank
from pmfit.core.length import question_count
from pmfit.core.quick_order import quick_order
from pmfit.core.session import Form, Session
from tests.cli.test_cli import run
from tests.core.test_settle import extreme_answer

PROJECT = "project_manager"


@pytest.fixture(scope="module")
def bundled() -> Bank:
    return load_bank(language="en")


def quick_sheet(bank: Bank, answered: int | None = None) -> AnswerSheet:
    """A quick form of a person who likes only project work: up to where it stopped, or ``answered``
    questions of it."""
    session = Session.start(bank, Form.QUICK)
    while not session.at_end and (answered is None or session.position < answered):
        item = session.current
        assert item is not None
        session.answer(extreme_answer(bank, item.id, PROJECT), seconds=4.0)
    return session.finish()


def write(tmp_path: Path, sheet: AnswerSheet) -> Path:
    path = tmp_path / "sheet.json"
    path.write_text(sheet.dumps(), encoding="utf-8")
    return path


def test_bank_show_lists_the_quick_order(bundled: Bank) -> None:
    code, out, _ = run("bank", "show", "--json")
    assert code == 0
    data = json.loads(out)
    order = data["quick_order"]
    assert order == list(quick_order(bundled))
    assert sorted(order) == sorted(item.id for item in bundled.main_items)  # the main form, no tie-breaker
    assert 0 < data["quick_minutes"] < data["estimated_minutes"]


def test_score_json_says_form_and_settled(tmp_path: Path, bundled: Bank) -> None:
    settled = quick_sheet(bundled)
    code, out, err = run("score", str(write(tmp_path, settled)), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["form"], data["settled"]) == ("quick", True)
    assert data["verdict"]["label"] == "clear_lean" and data["verdict"]["lean"] == PROJECT

    early = quick_sheet(bundled, answered=10)  # stopped (left) long before it was settled
    code, out, _ = run("score", str(write(tmp_path, early)), "--json")
    assert code == 0 and (json.loads(out)["form"], json.loads(out)["settled"]) == ("quick", False)

    full = replace(settled, form=None)  # a sheet that does not say: a full form, settled by being one
    code, out, _ = run("score", str(write(tmp_path, full)), "--json")
    assert code == 0 and (json.loads(out)["form"], json.loads(out)["settled"]) == ("full", True)


def test_score_text_says_it_is_a_quick_result_and_whether_settled(tmp_path: Path, bundled: Bank) -> None:
    settled = quick_sheet(bundled)
    asked = len(settled.answers)
    code, out, _ = run("score", str(write(tmp_path, settled)))
    assert code == 0
    text = " ".join(out.split())
    assert f"This result comes from the quick form: {asked} questions of 72." in text
    assert (
        f"the chance that the other {72 - asked} questions would have changed it is less than 1 in 50" in text
    )
    assert "the wider bands show how much less sure each score is" in text

    code, out, _ = run("score", str(write(tmp_path, quick_sheet(bundled, answered=10))))
    text = " ".join(out.split())
    assert (
        "It stopped before your verdict was settled, so the other 62 questions could still change it." in text
    )

    code, out, _ = run("score", str(write(tmp_path, replace(settled, form="full"))))
    assert "quick form" not in out


def test_export_prints_the_form_in_the_pdf(tmp_path: Path, bundled: Bank) -> None:
    sheet = quick_sheet(bundled)
    pdf = tmp_path / "quick.pdf"
    code, _, err = run("export", str(write(tmp_path, sheet)), "-o", str(pdf))
    assert (code, err) == (0, "")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    words = " ".join(text.stdout.split())
    answered, total = question_count(bundled, sheet.answers)  # counted as everywhere (checks included)
    assert f"· Quick form · you answered {answered} of {total} questions" in words
    assert "This result comes from the quick form" in words


def test_history_names_the_form(tmp_path: Path, bundled: Bank) -> None:
    assert run("import", str(write(tmp_path, quick_sheet(bundled))))[0] == 0
    full = tmp_path / "full.json"
    full.write_text(replace(quick_sheet(bundled), form=None, started_at="2026-01-01T00:00:00+00:00").dumps())
    assert run("import", str(full))[0] == 0
    code, out, _ = run("history", "--json")
    assert code == 0 and sorted(entry["form"] for entry in json.loads(out)) == ["full", "quick"]
    code, out, _ = run("history")
    header, *rows = out.splitlines()
    assert header.split()[-1] == "form" and sorted(row.split()[-1] for row in rows) == ["full", "quick"]
