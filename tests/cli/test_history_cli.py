"""pmfit history, history export and import: moving attempts to another computer, losing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmfit.core.bank import Bank
from pmfit.storage.store import Store
from tests.cli.test_cli import run

EXAMPLE = Path(__file__).parents[2] / "examples" / "answers-product-leaning.json"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    return folder


def test_empty_history(data: Path) -> None:
    assert run("history") == (0, "No finished attempts yet.\n", "")
    code, out, _ = run("history", "--json")
    assert code == 0 and json.loads(out) == []


def test_import_then_list_then_export_round_trip(data: Path, tmp_path: Path) -> None:
    code, out, err = run("import", str(EXAMPLE))
    assert (code, err) == (0, "") and "as attempt 1" in out
    code, out, _ = run("history", "--json")
    (entry,) = json.loads(out)
    assert entry["id"] == 1 and entry["lean"] == "product_manager"
    assert set(entry["roles"]) == {"product_manager", "project_manager"}
    assert entry["finished_at"]
    code, out, _ = run("history")
    assert code == 0 and "product" in out.splitlines()[1]
    exported = tmp_path / "again.json"
    assert run("history", "export", "1", "-o", str(exported))[0] == 0
    assert json.loads(exported.read_text(encoding="utf-8")) == json.loads(EXAMPLE.read_text(encoding="utf-8"))
    # Importing the same sheet again adds nothing.
    code, out, _ = run("import", str(exported))
    assert code == 0 and "Already in your history as attempt 1" in out
    assert len(json.loads(run("history", "--json")[1])) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{broken", "not valid JSON"),
        ('{"format": "somebody.else/3"}', "unsupported format"),
        (None, "not finished"),
        ("unknown-item", "unknown item id 'nope'"),
    ],
)
def test_import_rejects_broken_or_foreign_files(
    data: Path, tmp_path: Path, text: str | None, message: str
) -> None:
    sheet = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    if text is None:
        sheet["finished_at"] = None
        text = json.dumps(sheet)
    elif text == "unknown-item":
        sheet["answers"]["nope"] = 3
        text = json.dumps(sheet)
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    code, out, err = run("import", str(path))
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    with Store.open(data) as store:
        assert store.attempts() == []


def test_import_from_another_bank_version_says_so(data: Path, tmp_path: Path, bank: Bank) -> None:
    sheet = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    sheet["bank"]["version"] = "0.9.0"
    sheet["answers"]["retired_item"] = 4
    path = tmp_path / "old.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    code, out, _ = run("import", str(path))
    assert code == 0
    assert "answered with question version 0.9.0" in out and f"version {bank.version}" in out


def test_history_export_errors(data: Path, tmp_path: Path) -> None:
    run("import", str(EXAMPLE))
    code, _, err = run("history", "export", "7", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "no attempt with id 7" in err
    code, _, err = run("history", "export", "one", "-o", str(tmp_path / "x.json"))
    assert code == 2 and "not an attempt id" in err
    code, _, err = run("history", "export", "1", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err
    code, _, err = run("history", "export", "1", "-o", str(tmp_path / "missing" / "x.json"))
    assert code == 2 and "does not exist" in err
    assert not list(tmp_path.glob(".pmfit-*"))


def test_history_and_its_export_read_while_another_program_holds_the_write_lock(
    data: Path, tmp_path: Path
) -> None:
    """A sync or backup tool holding BEGIN IMMEDIATE: reading goes ahead (WAL readers never wait for a
    writer), where it used to fail after the 5-second wait; only a write says the file is held."""
    from pmfit.storage.store import FILE_NAME
    from tests.storage.helpers import write_lock_held_by_another_process

    assert run("import", str(EXAMPLE))[0] == 0
    with write_lock_held_by_another_process(data / FILE_NAME):
        code, out, err = run("history", "--json")
        assert (code, err) == (0, "") and [entry["id"] for entry in json.loads(out)] == [1]
        code, out, err = run("history")
        assert (code, err) == (0, "") and "product" in out
        exported = tmp_path / "held.json"
        code, out, err = run("history", "export", "1", "-o", str(exported))
        assert (code, err) == (0, "") and json.loads(exported.read_text(encoding="utf-8"))["answers"]
