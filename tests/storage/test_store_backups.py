"""Rolling backups: one before a migration and one per day of use, the newest five kept, never in the way."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pmfit.storage import store_backup
from pmfit.storage.store import BACKUPS_KEPT, FILE_NAME, SCHEMA_VERSION, Reason, Store, StoreError
from tests.storage.helpers import add_attempt, backups, record
from tests.storage.test_store import FITS, make_sheet
from tests.storage.test_store_migrations import build_v1_with_data, version_of


class Clock:
    """Local time for the store, moved by the test."""

    def __init__(self, start: datetime) -> None:
        self.time = start

    def __call__(self) -> datetime:
        return self.time

    def advance(self, **delta: float) -> None:
        self.time += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2024, 6, 3, 9, 30, 0))


def with_data(folder: Path, clock: Clock) -> None:
    with Store.open(folder, now=clock) as store:
        store.save_progress(make_sheet(), 4)
        add_attempt(store, make_sheet("2024-05-01T10:00:00+00:00"), "product_manager", "a", FITS)


def names(paths: list[Path]) -> list[str]:
    return [path.name for path in paths]


def test_first_open_of_each_day_makes_one_backup(tmp_path: Path, clock: Clock) -> None:
    with_data(tmp_path, clock)  # the first open found an empty file: nothing worth copying yet

    with Store.open(tmp_path, now=clock) as store:
        assert names(backups(store)) == ["pmfit-20240603-093000.sqlite3"]
    clock.advance(hours=14)  # 23:30 the same day
    with Store.open(tmp_path, now=clock) as store:
        assert len(backups(store)) == 1
    clock.advance(hours=1)  # 00:30 the next day
    with Store.open(tmp_path, now=clock) as store:
        assert names(backups(store)) == ["pmfit-20240604-003000.sqlite3", "pmfit-20240603-093000.sqlite3"]
        assert store.backup_problem is None


def test_an_empty_store_is_not_backed_up(tmp_path: Path, clock: Clock) -> None:
    for _ in range(3):
        with Store.open(tmp_path, now=clock) as store:
            assert backups(store) == []
        clock.advance(days=1)
    assert not (tmp_path / "backups").exists()


def test_only_the_newest_are_kept(tmp_path: Path, clock: Clock) -> None:
    assert BACKUPS_KEPT == 5
    with_data(tmp_path, clock)
    made = []
    with Store.open(tmp_path, now=clock) as store:  # makes the day's backup
        made.append(backups(store)[0])
        for _ in range(7):
            clock.advance(minutes=1)
            made.append(store.make_backup())
        assert backups(store) == made[::-1][:BACKUPS_KEPT]
    assert all(not path.exists() for path in made[: len(made) - BACKUPS_KEPT])


def test_kept_count_is_a_setting(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_backup, "BACKUPS_KEPT", 2)
    with_data(tmp_path, clock)
    with Store.open(tmp_path, now=clock) as store:
        for _ in range(4):
            clock.advance(seconds=1)
            store.make_backup()
        assert len(backups(store)) == 2


def test_backups_in_the_same_second_get_numbered_names(tmp_path: Path, clock: Clock) -> None:
    with_data(tmp_path, clock)
    with Store.open(tmp_path, now=clock) as store:
        second, third = store.make_backup(), store.make_backup()
        clock.advance(seconds=1)
        fourth = store.make_backup()
        assert (second.name, third.name) == (
            "pmfit-20240603-093000-1.sqlite3",
            "pmfit-20240603-093000-2.sqlite3",
        )
        assert names(backups(store)) == [
            fourth.name,
            third.name,
            second.name,
            "pmfit-20240603-093000.sqlite3",
        ]


def test_other_files_in_the_folder_are_neither_listed_nor_deleted(tmp_path: Path, clock: Clock) -> None:
    with_data(tmp_path, clock)
    folder = tmp_path / "backups"
    folder.mkdir()
    keep = [
        folder / "notes.txt",
        folder / "pmfit-latest.sqlite3",
        folder / "pmfit-20240101-000000.sqlite3.part",
    ]
    for path in keep:
        path.write_text("mine")
    with Store.open(tmp_path, now=clock) as store:
        for _ in range(BACKUPS_KEPT + 2):
            clock.advance(seconds=1)
            store.make_backup()
        assert len(backups(store)) == BACKUPS_KEPT
    assert all(path.read_text() == "mine" for path in keep)


def test_leftovers_of_a_killed_backup_are_cleaned_once_stale(tmp_path: Path, clock: Clock) -> None:
    with_data(tmp_path, clock)
    folder = tmp_path / "backups"
    folder.mkdir()
    stale, fresh = (
        folder / "pmfit-20240101-000000.sqlite3.part",
        folder / "pmfit-20240102-000000.sqlite3.part",
    )
    stale.write_bytes(b"half a copy")
    fresh.write_bytes(b"being written by another pmfit")
    os.utime(stale, (0, 0))
    with Store.open(tmp_path, now=clock) as store:
        assert len(backups(store)) == 1
    assert not stale.exists()
    assert fresh.exists()


def test_a_backup_is_a_whole_healthy_copy(tmp_path: Path, clock: Clock) -> None:
    data = tmp_path / "data"
    with_data(data, clock)
    with Store.open(data, now=clock) as store:
        store.save_progress(make_sheet(pm09=3), 8)  # the newest commits are in the WAL, not the main file
        store.finish_attempt(make_sheet("2024-06-01T10:00:00+00:00"), record(None, "b", FITS, {"x": 40.0}))
        assert (data / f"{FILE_NAME}-wal").stat().st_size > 0
        backup = store.make_backup()
        expected = (store.load_progress(), store.attempts())

    with closing(sqlite3.connect(f"{backup.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    assert sorted(p.name for p in backup.parent.iterdir()) == sorted(names(backups(store)))

    # Restoring is copying the file into a data folder: everything is there.
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copyfile(backup, restored / FILE_NAME)
    with Store.open(restored, now=clock) as copy:
        assert copy.recovered_from is None
        assert (copy.load_progress(), copy.attempts()) == expected
        assert copy.attempts()[0].scales == {"x": 40.0}


def test_a_backup_that_cannot_be_made_never_stops_the_store(tmp_path: Path, clock: Clock) -> None:
    with_data(tmp_path, clock)
    (tmp_path / "backups").write_text("a file where the backups folder should be")

    with Store.open(tmp_path, now=clock) as store:
        problem = store.backup_problem
        assert problem is not None and "could not back up" in problem and "\n" not in problem
        assert store.load_progress() == (make_sheet(), 4)
        store.save_progress(make_sheet(pm02=2), 5)
        with pytest.raises(StoreError):
            store.make_backup()
        assert backups(store) == []
    with Store.open(tmp_path, now=clock) as store:
        assert store.load_progress() == (make_sheet(pm02=2), 5)


def test_a_full_disk_during_a_backup_leaves_nothing_behind(
    tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_data(tmp_path, clock)

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", full)  # the last step of a backup: renaming the finished copy
        with Store.open(tmp_path, now=clock) as store:
            assert store.backup_problem is not None
            assert "the disk is full" in store.backup_problem  # the reason, in the words every message uses
            assert store.attempts() != []
    assert list((tmp_path / "backups").iterdir()) == []  # no half copy, under any name

    # The next open (same day, space freed) tries again, and a successful backup clears the problem.
    with Store.open(tmp_path, now=clock) as store:
        assert store.backup_problem is None
        assert len(backups(store)) == 1


def test_make_backup_clears_an_earlier_problem(tmp_path: Path, clock: Clock) -> None:
    with_data(tmp_path, clock)
    blocker = tmp_path / "backups"
    blocker.write_text("in the way")
    with Store.open(tmp_path, now=clock) as store:
        assert store.backup_problem is not None
        blocker.unlink()
        made = store.make_backup()
        assert store.backup_problem is None
        assert backups(store) == [made]


def test_a_failed_backup_before_a_migration_stops_it(tmp_path: Path, clock: Clock) -> None:
    """The upgrade never goes ahead without its copy: the file stays at its old version, as it was."""
    folder = tmp_path / "data"
    build_v1_with_data(folder, killed=False)
    (folder / "backups").write_text("in the way")
    before = (folder / FILE_NAME).read_bytes()

    with pytest.raises(StoreError) as raised:
        Store.open(folder, now=clock)
    message = str(raised.value)
    assert "could not back up" in message and "nothing was changed" in message and "\n" not in message
    assert raised.value.reason is Reason.NOT_A_FILE
    assert version_of(folder / FILE_NAME) == 1
    assert (folder / FILE_NAME).read_bytes() == before

    (folder / "backups").unlink()  # the cause gone, the upgrade happens, after its copy
    with Store.open(folder, now=clock) as store:
        assert len(store.attempts()) == 2
        assert len(backups(store)) == 1
    assert version_of(folder / FILE_NAME) == SCHEMA_VERSION


def test_a_day_is_due_by_the_newest_backups_name(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    day = datetime(2024, 6, 3).date()
    assert store_backup.due(tmp_path, day)
    (folder / "pmfit-20240602-235959.sqlite3").touch()
    assert store_backup.due(tmp_path, day)
    (folder / "pmfit-20240603-000001-3.sqlite3").touch()
    assert not store_backup.due(tmp_path, day)


def test_even_an_unexpected_error_in_a_backup_is_only_reported(
    tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_data(tmp_path, clock)

    def broken(*args: object) -> Path:
        raise ValueError("a bug\nover two lines")

    monkeypatch.setattr(store_backup, "write_backup", broken)
    with Store.open(tmp_path, now=clock) as store:
        assert store.backup_problem == f"could not back up {FILE_NAME}: ValueError: a bug over two lines"
        assert store.load_progress() == (make_sheet(), 4)
