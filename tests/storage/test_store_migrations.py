"""A file written by any earlier pmfit opens, is brought up to date, and keeps every row it held."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from pmfit.core.answers import AnswerSheet, iso
from pmfit.storage.store import FILE_NAME, MIGRATIONS, SCHEMA_VERSION, Store, StoreError, schema_version
from tests.storage.helpers import add_attempt, backups
from tests.storage.test_store import FITS, make_sheet

# Version 1's schema exactly as pmfit 0.1 shipped it. Its own copy, so that editing MIGRATIONS[0] (which would
# leave files in the wild different from fresh ones) fails a test instead of passing silently.
V1_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE progress ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " sheet_json TEXT NOT NULL, position INTEGER NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE attempts ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " bank_id TEXT NOT NULL, bank_version TEXT NOT NULL, language TEXT NOT NULL,"
    " started_at TEXT NOT NULL, finished_at TEXT NOT NULL, sheet_json TEXT NOT NULL,"
    " lean TEXT, label TEXT NOT NULL, fits_json TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX attempts_by_finish ON attempts (finished_at DESC, id DESC)",
)

PROGRESS = make_sheet(pm07=5, pj01=1)
OLD = make_sheet("2024-03-01T08:00:00+00:00", pm01=2)
NEW = make_sheet("2024-04-01T08:00:00+00:00", pm01=5)
DAY = datetime(2024, 6, 3, 12, 0, 0)


def open_like_pmfit(path: Path) -> sqlite3.Connection:
    """A connection set up as every pmfit version so far set up its own."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def build(folder: Path, version: int) -> Path:
    """The store's file at ``version`` with no rows: version 0 is an empty file, others apply their steps."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    path.touch()
    if version:
        with closing(open_like_pmfit(path)) as conn, conn:
            for step in MIGRATIONS[:version]:
                for statement in step:
                    conn.execute(statement)
            conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", (str(version),))
    return path


def compact(sheet: AnswerSheet) -> str:
    return json.dumps(sheet.to_json(), ensure_ascii=False, separators=(",", ":"))


def write_v1_rows(conn: sqlite3.Connection) -> None:
    """Rows as version 1's save_progress and finish_attempt wrote them (JSON compact, times in UTC)."""
    with conn:
        conn.execute(
            "INSERT INTO progress (id, sheet_json, position, updated_at) VALUES (1, ?, ?, ?)",
            (compact(PROGRESS), 6, iso()),
        )
        for sheet, lean, label in ((OLD, "project_manager", "Slight lean"), (NEW, None, "Too close to call")):
            conn.execute(
                "INSERT INTO attempts (bank_id, bank_version, language, started_at, finished_at, sheet_json,"
                " lean, label, fits_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ("pmfit", "1.0", "en", sheet.started_at, sheet.finished_at, compact(sheet), lean, label,
                 '{"product_manager":71.5,"project_manager":48.25}', iso()),
            )  # fmt: skip


def build_v1_with_data(folder: Path, *, killed: bool) -> None:
    """A version 1 file holding progress and two attempts; ``killed``: left as a killed pmfit 0.1 left it,
    the last commits only in the ``-wal`` file."""
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder.parent / f"{folder.name}-v1-scratch"
    scratch.mkdir()
    conn = open_like_pmfit(scratch / FILE_NAME)
    with conn:
        for statement in V1_SCHEMA:
            conn.execute(statement)
        conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
    write_v1_rows(conn)
    if killed:  # copy while the connection is still open: the rows are in the WAL, not yet in the main file
        assert (scratch / f"{FILE_NAME}-wal").stat().st_size > 0
        for suffix in ("", "-wal"):
            shutil.copyfile(scratch / f"{FILE_NAME}{suffix}", folder / f"{FILE_NAME}{suffix}")
        conn.close()
    else:
        conn.close()
        shutil.copyfile(scratch / FILE_NAME, folder / FILE_NAME)


def columns(path: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def version_of(path: Path) -> int:
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return schema_version(conn)


def test_version_1_step_is_never_edited() -> None:
    assert MIGRATIONS[0] == V1_SCHEMA


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_earlier_version_is_brought_up_to_date(tmp_path: Path, version: int) -> None:
    path = build(tmp_path, version)
    assert version_of(path) == version

    with Store.open(tmp_path, now=lambda: DAY) as store:
        assert store.recovered_from is None
        assert store.backup_problem is None
        attempt_id = add_attempt(store, OLD, None, "a", FITS, scales={"market_research": 50.0})
        store.save_progress(PROGRESS, 2)
    assert version_of(path) == SCHEMA_VERSION
    assert "scales_json" in columns(path, "attempts")
    with Store.open(tmp_path, now=lambda: DAY) as store:
        attempt = store.attempt(attempt_id)
        assert attempt is not None and attempt.scales == {"market_research": 50.0}
        assert store.load_progress() == (PROGRESS, 2)


def test_a_new_folder_starts_at_the_current_version(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new") as store:
        assert version_of(store.path) == SCHEMA_VERSION
        assert backups(store) == []


@pytest.mark.parametrize("killed", [False, True], ids=["closed", "killed"])
def test_version_1_data_is_kept_and_backed_up_first(tmp_path: Path, killed: bool) -> None:
    folder = tmp_path / "data"
    build_v1_with_data(folder, killed=killed)

    with Store.open(folder, now=lambda: DAY) as store:
        assert store.recovered_from is None
        assert store.backup_problem is None
        assert store.load_progress() == (PROGRESS, 6)
        newest, oldest = store.attempts()
        assert store.unreadable_attempts == 0
        [backup] = backups(store)
    assert (newest.sheet, newest.lean, newest.label) == (NEW, None, "Too close to call")
    assert (oldest.sheet, oldest.lean, oldest.label) == (OLD, "project_manager", "Slight lean")
    assert newest.fits == oldest.fits == FITS
    assert newest.scales == oldest.scales == {}
    assert (newest.bank_id, newest.bank_version, newest.finished_at) == ("pmfit", "1.0", NEW.finished_at)
    assert version_of(folder / FILE_NAME) == SCHEMA_VERSION

    # The copy is the file as it was before the upgrade: version 1, with every row.
    assert backup.name == "pmfit-20240603-120000.sqlite3"
    assert version_of(backup) == 1
    assert "scales_json" not in columns(backup, "attempts")
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT count(*) FROM attempts").fetchone() == (2,)
        assert conn.execute("SELECT position FROM progress").fetchone() == (6,)


def test_a_migration_that_fails_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    build_v1_with_data(folder, killed=False)
    # A column that version 2 is about to add makes its step fail half way through the upgrade.
    with closing(sqlite3.connect(folder / FILE_NAME)) as conn, conn:
        conn.execute("ALTER TABLE attempts ADD COLUMN scales_json TEXT")
    before = (folder / FILE_NAME).read_bytes()

    with pytest.raises(StoreError) as raised:
        Store.open(folder, now=lambda: DAY)
    assert "\n" not in str(raised.value)
    assert version_of(folder / FILE_NAME) == 1
    with closing(sqlite3.connect(folder / FILE_NAME)) as conn:
        assert conn.execute("SELECT count(*) FROM attempts").fetchone() == (2,)
    assert (folder / FILE_NAME).read_bytes() == before
    assert len(list((folder / "backups").iterdir())) == 1  # the copy made before trying is still there


def test_an_upgraded_file_is_not_upgraded_or_copied_again(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    build_v1_with_data(folder, killed=False)
    Store.open(folder, now=lambda: DAY).close()
    with Store.open(folder, now=lambda: DAY) as store:
        assert len(backups(store)) == 1
        assert len(store.attempts()) == 2
