"""pmfit import under pressure: imports racing each other, an open app, old sheets full of unknown answers,
and a damaged database on the way."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
from contextlib import closing, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from pmfit.cli import history as cli_history
from pmfit.core.answers import read_sheet
from pmfit.core.bank import Bank
from pmfit.storage.store import FILE_NAME, Store
from pmfit.system.instance_lock import LOCK_NAME
from tests.cli.test_cli import run
from tests.storage.helpers import record

EXAMPLE = Path(__file__).parents[2] / "examples" / "answers-product-leaning.json"
FORK = multiprocessing.get_context("fork")
ROUNDS, RACERS = 12, 4


def _import_at_the_barrier(barrier: multiprocessing.synchronize.Barrier, sheet: str) -> None:
    barrier.wait()
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        code = run("import", sheet)[0]
    os._exit(code)


def _store_import_at_the_barrier(
    barrier: multiprocessing.synchronize.Barrier, folder: str, sheet: str
) -> None:
    parsed = read_sheet(sheet)
    with Store.open(Path(folder)) as store:
        barrier.wait()
        store.import_attempt(parsed, record(None, "race", {"product_manager": 50.0}))
    os._exit(0)


def race(target: object, args: tuple[object, ...]) -> list[int | None]:
    barrier = FORK.Barrier(RACERS)
    racers = [FORK.Process(target=target, args=(barrier, *args)) for _ in range(RACERS)]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join(timeout=120)
    return [racer.exitcode for racer in racers]


def attempts_in(folder: Path) -> int:
    with closing(sqlite3.connect(folder / FILE_NAME)) as conn:
        count = conn.execute("SELECT count(*) FROM attempts").fetchone()[0]
    assert isinstance(count, int)
    return count


def test_imports_of_one_sheet_at_the_same_moment_store_it_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Real processes released together, round after round: before, 25 rounds of two stored 27 attempts."""
    for number in range(ROUNDS):
        folder = tmp_path / f"round{number}"
        monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
        Store.open(folder).close()  # the file exists, so every racer reaches the check at once
        assert race(_import_at_the_barrier, (str(EXAMPLE),)) == [0] * RACERS
        assert attempts_in(folder) == 1, f"round {number}"


def test_the_store_checks_and_inserts_in_one_step(tmp_path: Path) -> None:
    """The same race on the store alone, without the instance lock the command line adds around it."""
    for number in range(ROUNDS):
        folder = tmp_path / f"round{number}"
        Store.open(folder).close()
        assert race(_store_import_at_the_barrier, (str(folder), str(EXAMPLE))) == [0] * RACERS
        assert attempts_in(folder) == 1, f"round {number}"


def test_an_import_while_the_app_holds_the_data_adds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    monkeypatch.setattr(cli_history, "IMPORT_LOCK_WAIT_MS", 50)
    Store.open(folder).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom PySide6.QtCore import QLockFile\nlock = QLockFile(sys.argv[1])\n"
            "assert lock.tryLock(1000)\nprint('locked', flush=True)\nsys.stdin.readline()\n",
            str(folder / LOCK_NAME),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        code, out, err = run("import", str(EXAMPLE))
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert code == 2 and out == ""
    assert f"pmfit is already open on this data (process {holder.pid})" in err and "nothing was added" in err
    assert attempts_in(folder) == 0
    assert run("import", str(EXAMPLE))[0] == 0  # the app gone (its lock now stale), the import goes in


def test_old_sheets_keep_only_the_answers_the_bank_knows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bank: Bank
) -> None:
    """Before, ten 5 MB sheets of made-up answers grew the database to 48 MB."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    sheet = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    known = dict(sheet["answers"])
    said = []
    for number in range(10):
        sheet["bank"]["version"] = "0.1"
        sheet["started_at"] = f"2024-01-{number + 1:02}T09:00:00+00:00"
        sheet["answers"] = {**known, **{f"retired_{number}_{i:06}": 3 for i in range(20_000)}}
        path = tmp_path / f"old{number}.json"
        path.write_text(json.dumps(sheet), encoding="utf-8")
        assert path.stat().st_size > 400_000
        code, out, err = run("import", str(path))
        assert (code, err) == (0, "")
        said.append(out)
    with Store.open(folder) as store:
        attempts = store.attempts()
    assert len(attempts) == 10
    assert all(dict(a.sheet.answers) == known and a.bank_version == "0.1" for a in attempts)
    size = sum(f.stat().st_size for f in folder.glob(f"{FILE_NAME}*"))
    assert size < 1_000_000, f"{size} bytes for ten attempts"
    assert all(
        f"{len(known)} of {len(known) + 20_000} answers still match and are kept" in out for out in said
    )
    # Importing the same old sheet again is still recognised as already there.
    assert "Already in your history" in run("import", str(tmp_path / "old9.json"))[1]


def test_the_command_line_says_where_a_damaged_database_went(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    assert run("import", str(EXAMPLE))[0] == 0
    path = folder / FILE_NAME
    data = path.read_bytes()  # closed, so the WAL is folded in: cut the file in half
    path.write_bytes(data[: len(data) // 2])

    code, out, err = run("history")
    assert code == 0 and out == "No finished attempts yet.\n"
    moved = [p for p in folder.glob(f"{FILE_NAME}.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(moved) == 1
    assert err == f"pmfit: note: {path} was damaged; it was kept as {moved[0]} and a new one started\n"
    assert run("history")[2] == ""  # said once, when it happened
