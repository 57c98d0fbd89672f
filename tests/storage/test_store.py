"""The store keeps the person's answers and history safe: across restarts, kills, and damaged files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

import pmfit
from pmfit.core.answers import AnswerSheet, BankRef
from pmfit.storage.store import FILE_NAME, SCHEMA_VERSION, Store, StoreError
from tests.storage.helpers import add_attempt, backups, record

BANK = BankRef("pmfit", "1.0", "en")
FITS = {"product_manager": 71.5, "project_manager": 48.25}


def make_sheet(finished_at: str | None = None, **answers: int) -> AnswerSheet:
    answers = answers or {"pm01": 4, "pj02": 2, "ch01": 0}
    return AnswerSheet(
        bank=BANK,
        answers=answers,
        started_at="2024-05-01T09:00:00+00:00",
        finished_at=finished_at,
        seconds={key: 3.5 for key in answers},
    )


def execute(folder: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Run SQL on the store's file from outside, as a person with a SQLite tool (or a bug) would."""
    with closing(sqlite3.connect(folder / FILE_NAME)) as conn, conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


# -- the unfinished sheet -------------------------------------------------------------------------------


def test_progress_survives_close_and_reopen(tmp_path: Path) -> None:
    sheet = make_sheet().with_answer("pm03", 5, seconds=2.25)
    with Store.open(tmp_path) as first:
        assert first.load_progress() is None
        first.save_progress(make_sheet(), 1)
        first.save_progress(sheet, 7)  # the latest save wins

    with Store.open(tmp_path) as second:
        loaded = second.load_progress()
        assert second.recovered_from is None
    assert loaded is not None
    assert loaded == (sheet, 7)
    assert loaded[0].seconds["pm03"] == 2.25
    assert second.progress_problem is None


def test_clear_progress(store: Store) -> None:
    store.clear_progress()  # nothing to clear is fine
    store.save_progress(make_sheet(), 2)
    store.clear_progress()
    assert store.load_progress() is None


def test_unreadable_progress_is_reported_and_kept(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with Store.open(tmp_path) as store:
        store.save_progress(make_sheet(), 3)
    execute(tmp_path, "UPDATE progress SET sheet_json = ?", ('{"format": "pmfit.answers/1", "bank": ',))

    with Store.open(tmp_path) as store:
        assert store.load_progress() is None
        assert store.progress_problem is not None
        assert "\n" not in store.progress_problem
    assert execute(tmp_path, "SELECT sheet_json, position FROM progress") == [
        ('{"format": "pmfit.answers/1", "bank": ', 3)
    ]


# -- history --------------------------------------------------------------------------------------------


def test_finish_attempt_moves_the_sheet_from_progress_to_history(tmp_path: Path) -> None:
    sheet = make_sheet("2024-05-01T09:20:00+00:00")
    with Store.open(tmp_path) as store:
        store.save_progress(sheet, 11)
        attempt_id = store.finish_attempt(sheet, record("product_manager", "Clear lean", FITS))
        assert store.load_progress() is None

    with Store.open(tmp_path) as store:
        assert store.load_progress() is None
        [attempt] = store.attempts()
    assert attempt.id == attempt_id
    assert attempt.sheet == sheet
    assert (attempt.lean, attempt.label, attempt.fits) == ("product_manager", "Clear lean", FITS)
    assert (attempt.bank_id, attempt.bank_version) == ("pmfit", "1.0")
    assert attempt.finished_at == "2024-05-01T09:20:00+00:00"


def test_what_a_person_said_about_themselves_is_kept_unfinished_and_finished(tmp_path: Path) -> None:
    from dataclasses import replace

    from pmfit.core.answers import Respondent

    sheet = replace(make_sheet(), respondent=Respondent("project_manager", 7))
    with Store.open(tmp_path) as store:
        store.save_progress(sheet, 3)  # "About you" is saved with the unfinished sheet
    with Store.open(tmp_path) as store:
        saved = store.load_progress()
        assert saved is not None and saved[0].respondent == Respondent("project_manager", 7)
        store.finish_attempt(sheet.finished(), record("product_manager", "Clear lean", FITS))
    with Store.open(tmp_path) as store:
        [attempt] = store.attempts()
    assert attempt.sheet.respondent == Respondent("project_manager", 7)


def test_finish_attempt_is_all_or_nothing(tmp_path: Path) -> None:
    sheet = make_sheet("2024-05-01T09:20:00+00:00")
    with Store.open(tmp_path) as store:
        store.save_progress(sheet, 11)
    # Sabotage the second half of the transaction: clearing progress now fails after the insert succeeded.
    execute(tmp_path, "CREATE TRIGGER no_clear BEFORE DELETE ON progress BEGIN SELECT RAISE(ABORT, 'x'); END")

    with Store.open(tmp_path) as store:
        with pytest.raises(StoreError):
            store.finish_attempt(sheet, record(None, "Too close to call", FITS))
        assert store.attempts() == []
        assert store.load_progress() == (sheet, 11)


def test_attempt_without_finish_time_is_stamped(store: Store) -> None:
    attempt_id = add_attempt(store, make_sheet(), None, "Too close to call", {})
    attempt = store.attempt(attempt_id)
    assert attempt is not None
    assert attempt.lean is None
    assert attempt.finished_at
    assert attempt.sheet.finished_at is not None


def test_attempts_are_newest_first(store: Store) -> None:
    middle = add_attempt(store, make_sheet("2024-05-02T10:00:00+00:00"), None, "b", FITS)
    # Written with another offset: 2024-05-03T01:00+02:00 is 2024-05-02T23:00 UTC, still the newest.
    newest = add_attempt(store, make_sheet("2024-05-03T01:00:00+02:00"), None, "c", FITS)
    oldest = add_attempt(store, make_sheet("2024-05-01T10:00:00+00:00"), None, "a", FITS)
    tie = add_attempt(store, make_sheet("2024-05-02T10:00:00+00:00"), None, "b2", FITS)

    assert [a.id for a in store.attempts()] == [newest, tie, middle, oldest]


def test_attempt_lookup_and_delete(store: Store) -> None:
    keep = add_attempt(store, make_sheet("2024-05-01T10:00:00+00:00"), "project_manager", "a", FITS)
    gone = add_attempt(store, make_sheet("2024-05-02T10:00:00+00:00"), "product_manager", "b", FITS)

    found = store.attempt(gone)
    assert found is not None and found.label == "b"
    assert store.delete_attempt(gone) is True
    assert store.delete_attempt(gone) is False
    assert store.attempt(gone) is None
    assert [a.id for a in store.attempts()] == [keep]


def test_unreadable_attempt_is_skipped_and_counted(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        good = add_attempt(store, make_sheet("2024-05-01T10:00:00+00:00"), None, "a", FITS)
        bad = add_attempt(store, make_sheet("2024-05-02T10:00:00+00:00"), None, "b", FITS)
    execute(tmp_path, "UPDATE attempts SET sheet_json = 'not json' WHERE id = ?", (bad,))

    with Store.open(tmp_path) as store:
        assert [a.id for a in store.attempts()] == [good]
        assert store.unreadable_attempts == 1
        assert store.attempt(bad) is None


# -- damaged or foreign files ---------------------------------------------------------------------------


def test_garbage_file_is_moved_aside_and_a_fresh_store_works(tmp_path: Path) -> None:
    garbage = b"this is not a database, but it is the person's file\x00\xff" * 100
    (tmp_path / FILE_NAME).write_bytes(garbage)
    (tmp_path / f"{FILE_NAME}-wal").write_bytes(b"stale wal")

    with Store.open(tmp_path) as store:
        moved = store.recovered_from
        assert moved is not None
        assert moved.parent == tmp_path
        assert moved.name.startswith(f"{FILE_NAME}.corrupt-")
        assert moved.read_bytes() == garbage
        assert Path(f"{moved}-wal").read_bytes() == b"stale wal"

        store.save_progress(make_sheet(), 4)
        add_attempt(store, make_sheet("2024-05-01T10:00:00+00:00"), None, "a", FITS)
    with Store.open(tmp_path) as store:
        assert store.recovered_from is None
        assert store.load_progress() == (make_sheet(), 4)
        assert len(store.attempts()) == 1


def test_second_recovery_never_overwrites_the_first(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"first garbage" * 100)
    with Store.open(tmp_path) as store:
        first = store.recovered_from
    (tmp_path / FILE_NAME).write_bytes(b"second garbage" * 100)
    with Store.open(tmp_path) as store:
        second = store.recovered_from

    assert first is not None and second is not None and first != second
    assert first.read_bytes() == b"first garbage" * 100
    assert second.read_bytes() == b"second garbage" * 100


def test_truncated_database_never_raises(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        for day in range(1, 29):
            answers = {f"item{i:03}": i % 5 + 1 for i in range(120)}
            add_attempt(
                store, make_sheet(f"2024-02-{day:02}T10:00:00+00:00", **answers), None, "x" * 500, FITS
            )
        store.save_progress(make_sheet(), 5)
    path = tmp_path / FILE_NAME
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: len(data) // 2])

    with Store.open(tmp_path) as store:
        if store.recovered_from is not None:
            assert store.recovered_from.read_bytes() == data[: len(data) // 2]
        store.attempts()
        store.load_progress()
        store.save_progress(make_sheet(), 6)
        assert store.load_progress() == (make_sheet(), 6)


def test_database_from_a_newer_pmfit_is_refused_and_left_alone(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.save_progress(make_sheet(), 1)
    execute(tmp_path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(StoreError, match="newer") as raised:
        Store.open(tmp_path)
    assert "\n" not in str(raised.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert execute(tmp_path, "SELECT position FROM progress") == [(1,)]


def test_fresh_database_records_its_schema_version(store: Store) -> None:
    assert execute(store.path.parent, "SELECT value FROM meta WHERE key = 'schema_version'") == [
        (str(SCHEMA_VERSION),)
    ]


# -- the folder and the connection ----------------------------------------------------------------------


def test_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as raised:
        Store.open(blocker / "data")
    message = str(raised.value)
    assert str(blocker / "data") in message
    assert "\n" not in message


def test_missing_folder_is_created(tmp_path: Path) -> None:
    with Store.open(tmp_path / "deep" / "er") as store:
        assert store.path == tmp_path / "deep" / "er" / FILE_NAME
        assert store.path.is_file()


def test_wal_durable_sync_and_foreign_keys_are_on(store: Store) -> None:
    # Read on the store's own connection (white box): synchronous and foreign_keys are per connection.
    pragmas = {
        name: store._conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("synchronous", "foreign_keys")
    }
    assert pragmas == {"synchronous": 2, "foreign_keys": 1}  # 2 is FULL: a commit is on disk when it returns
    # WAL is a property of the file, so any other reader sees it too.
    assert execute(store.path.parent, "PRAGMA journal_mode") == [("wal",)]


def test_saved_progress_survives_a_kill(tmp_path: Path) -> None:
    # The app process dies without closing the store (power cut, crash): what was saved must still be there.
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from pmfit.core.answers import AnswerSheet, BankRef\n"
        "from pmfit.storage.store import Store\n"
        "store = Store.open(Path(sys.argv[1]))\n"
        "sheet = AnswerSheet(BankRef('pmfit', '1.0', 'en'), {'pm01': 5}, '2024-05-01T09:00:00+00:00')\n"
        "store.save_progress(sheet, 9)\n"
        "os._exit(0)\n"
    )
    root = Path(pmfit.__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True, env=env)

    with Store.open(tmp_path) as store:
        assert store.recovered_from is None
        loaded = store.load_progress()
    assert loaded is not None
    assert (dict(loaded[0].answers), loaded[1]) == ({"pm01": 5}, 9)


# -- scale scores kept with an attempt (schema version 2) -----------------------------------------------

SCALES: dict[str, float | None] = {"market_research": 82.5, "delivery_planning": 40.0, "budgeting": None}


def test_attempt_keeps_its_scale_scores(tmp_path: Path) -> None:
    sheet = make_sheet("2024-05-01T09:20:00+00:00")
    with Store.open(tmp_path) as store:
        store.save_progress(sheet, 11)
        finished = store.finish_attempt(sheet, record("product_manager", "Clear lean", FITS, SCALES))
        added = add_attempt(store, make_sheet("2024-05-02T09:20:00+00:00"), None, "b", FITS, scales={"x": 1})

    with Store.open(tmp_path) as store:
        first, second = store.attempt(finished), store.attempt(added)
    assert first is not None and second is not None
    assert first.scales == SCALES
    assert second.scales == {"x": 1.0}


def test_attempt_saved_without_scales_has_none(store: Store) -> None:
    attempt_id = add_attempt(store, make_sheet("2024-05-01T10:00:00+00:00"), None, "a", FITS)
    attempt = store.attempt(attempt_id)
    assert attempt is not None and attempt.scales == {}


def test_scale_score_that_is_not_a_number_is_kept_as_none(store: Store) -> None:
    odd = {"nan": float("nan"), "inf": float("inf"), "ok": 12}
    attempt = store.attempt(add_attempt(store, make_sheet(), None, "a", FITS, scales=odd))
    assert attempt is not None and attempt.scales == {"nan": None, "inf": None, "ok": 12.0}


def test_unreadable_scales_leave_the_attempt_readable(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        broken = add_attempt(store, make_sheet("2024-05-01T10:00:00+00:00"), None, "a", FITS, scales=SCALES)
        listed = add_attempt(store, make_sheet("2024-05-02T10:00:00+00:00"), None, "b", FITS, scales=SCALES)
    execute(tmp_path, "UPDATE attempts SET scales_json = 'not json' WHERE id = ?", (broken,))
    execute(tmp_path, "UPDATE attempts SET scales_json = '[1, 2]' WHERE id = ?", (listed,))

    with Store.open(tmp_path) as store:
        assert [(a.id, a.scales) for a in store.attempts()] == [(listed, {}), (broken, {})]
        assert store.unreadable_attempts == 0


# -- every write is one transaction; damage that still reads is caught at open ----------------------------


def test_failed_save_keeps_the_previous_progress(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.save_progress(make_sheet(), 3)
    execute(
        tmp_path, "CREATE TRIGGER no_update BEFORE UPDATE ON progress BEGIN SELECT RAISE(ABORT, 'x'); END"
    )

    with Store.open(tmp_path) as store:
        with pytest.raises(StoreError) as raised:
            store.save_progress(make_sheet(pm01=1), 4)
        assert "\n" not in str(raised.value)
        assert store.load_progress() == (make_sheet(), 3)
        store.clear_progress()  # the connection is usable after the failed write: no transaction left open
        assert store.load_progress() is None


def test_foreign_keys_are_enforced(store: Store) -> None:
    # Nothing in the schema uses a foreign key yet; this proves the pragma is live for the one that will.
    add_attempt(store, make_sheet(), None, "a", FITS)
    with store._write() as conn:
        conn.execute("CREATE TABLE notes (attempt INTEGER NOT NULL REFERENCES attempts (id))")
    with pytest.raises(StoreError), store._write() as conn:
        conn.execute("INSERT INTO notes (attempt) VALUES (12345)")


def test_damage_that_only_quick_check_sees_is_moved_aside(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        for minute in range(40):
            answers = {f"item{i:03}": 3 for i in range(100)}
            add_attempt(store, make_sheet(f"2024-02-01T10:{minute:02}:00+00:00", **answers), None, "a", FITS)
    [(root,)] = execute(tmp_path, "SELECT rootpage FROM sqlite_master WHERE name = 'attempts_by_finish'")
    [(page_size,)] = execute(tmp_path, "PRAGMA page_size")
    path = tmp_path / FILE_NAME
    damaged = bytearray(path.read_bytes())
    assert isinstance(root, int) and isinstance(page_size, int)
    offset = (root - 1) * page_size
    damaged[offset + 3 : offset + 5] = (500).to_bytes(2, "big")  # the index page claims 500 cells
    path.write_bytes(bytes(damaged))
    assert execute(tmp_path, "SELECT count(*) FROM attempts") != []  # it still opens and reads

    with Store.open(tmp_path) as store:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes() == bytes(damaged)
        assert store.attempts() == []
        assert backups(store) == []  # a damaged file is never copied over a good backup


def test_the_store_loads_without_pydantic() -> None:
    # The crash test starts hundreds of writers and the app opens the store before its first paint: the
    # store must stay cheap to import (pydantic alone is about a tenth of a second).
    probe = "import sys, pmfit.storage.store; print(sorted({'pydantic', 'PySide6'} & set(sys.modules)))"
    root = Path(pmfit.__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_what_the_respondent_said_survives_the_store(tmp_path: Path) -> None:
    """The store keeps the sheet's JSON: the optional form and respondent come back from progress and
    from the history alike."""
    from dataclasses import replace

    from pmfit.core.answers import Respondent

    sheet = replace(make_sheet(), respondent=Respondent("product_manager", 7), form="quick")
    with Store.open(tmp_path) as store:
        store.save_progress(sheet, 2)
        attempt_id = add_attempt(store, sheet.finished(), "product_manager", "clear_lean", FITS)
    with Store.open(tmp_path) as store:
        progress = store.load_progress()
        attempt = store.attempt(attempt_id)
    assert progress is not None and progress[0] == sheet
    assert attempt is not None
    assert attempt.sheet.respondent == Respondent("product_manager", 7) and attempt.sheet.form == "quick"


def test_the_previous_attempt_is_the_next_readable_one_down_the_history(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        oldest = add_attempt(store, make_sheet("2024-05-01T10:00:00+00:00", a=1))
        skipped = add_attempt(store, make_sheet("2024-05-02T10:00:00+00:00", a=2))
        tie_first = add_attempt(store, make_sheet("2024-05-03T10:00:00+00:00", a=3))
        tie_second = add_attempt(store, make_sheet("2024-05-03T10:00:00+00:00", a=4))
        newest = add_attempt(store, make_sheet("2024-05-04T10:00:00+00:00", a=5))
    execute(tmp_path, "UPDATE attempts SET sheet_json = 'not json' WHERE id = ?", (skipped,))

    with Store.open(tmp_path) as store:
        order = [a.id for a in store.attempts()]
        assert order == [newest, tie_second, tie_first, oldest]  # newest first, as the history lists them
        for later, earlier in pairwise(order):
            assert store.previous_attempt(later) == earlier
        assert store.previous_attempt(oldest) is None
        assert store.previous_attempt(10**6) is None
        assert store.previous_attempt(2**70) is None  # beyond what SQLite can hold: no attempt, no error


# -- the rest of a quick form ---------------------------------------------------------------------------


def test_the_rest_of_a_quick_form_is_kept_with_the_attempt_it_completes(tmp_path: Path) -> None:
    quick = replace(make_sheet("2024-05-01T09:10:00+00:00"), form="quick")
    with Store.open(tmp_path) as store:
        first = store.finish_attempt(quick, record("product_manager", "clear_lean", FITS))
        other = store.finish_attempt(make_sheet("2024-05-02T09:10:00+00:00"), record())
        assert store.continued_attempt() is None
        rest = replace(quick, form="full", finished_at=None).with_answer("pm09", 3)
        store.save_progress(rest, 40, continues=first)
    with Store.open(tmp_path) as store:  # the link survives a restart
        assert store.continued_attempt() == first
        loaded = store.load_progress()
        assert loaded is not None and loaded[1] == 40
        store.save_progress(loaded[0], 41, continues=first)
        finished = replace(loaded[0], finished_at="2024-05-03T09:00:00+00:00")
        assert (
            store.finish_attempt(finished, record("product_manager", "slight_lean", FITS), replacing=first)
            == first
        )
        # The same attempt, updated in place: no second row, its place in the history by its new finish.
        attempts = store.attempts()
        assert [a.id for a in attempts] == [first, other]
        updated = store.attempt(first)
        assert updated is not None and updated.sheet.form == "full" and updated.label == "slight_lean"
        assert updated.sheet.answers["pm09"] == 3 and updated.finished_at.startswith("2024-05-03")
        assert store.load_progress() is None and store.continued_attempt() is None


def test_the_rest_of_a_deleted_quick_form_becomes_an_attempt_of_its_own(store: Store) -> None:
    quick = replace(make_sheet("2024-05-01T09:10:00+00:00"), form="quick")
    first = store.finish_attempt(quick, record())
    store.delete_attempt(first)
    added = store.finish_attempt(replace(quick, form="full"), record(), replacing=first)
    assert added != first and [a.id for a in store.attempts()] == [added]


def test_a_new_unfinished_sheet_completes_nothing(store: Store) -> None:
    store.save_progress(make_sheet(), 3, continues=7)
    store.save_progress(make_sheet(), 4)
    assert store.continued_attempt() is None
