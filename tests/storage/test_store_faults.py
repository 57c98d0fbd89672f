"""A store that cannot write says why (StoreError.reason), keeps what it had, and works again once the cause
is gone. Each reason is proved on the real condition: a full tmpfs, a read-only mount, a lock held by
another connection, a FIFO, a device or a folder where the file should be, another application's file."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path

import pytest

from pmfit.core.answers import AnswerSheet
from pmfit.storage.store import (
    APPLICATION_ID,
    FILE_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    Reason,
    Store,
    StoreError,
)
from tests.mounts import append_only, fill, needs_root, read_only_view, remount, tmpfs
from tests.storage.helpers import record
from tests.storage.test_store import FITS, make_sheet
from tests.storage.test_store_migrations import build, build_v1_with_data, version_of

DAY = datetime(2024, 6, 3, 12, 0, 0)


def many_answers(count: int, start: int = 0) -> AnswerSheet:
    """A sheet large enough that saving it needs new room on the disk, not only pages the WAL reuses."""
    return make_sheet(**{f"item{i:05}": i % 5 + 1 for i in range(start, start + count)})


def stored(folder: Path) -> tuple[AnswerSheet, int] | None:
    """The progress as another program would find it on disk now."""
    with Store.open(folder) as other:
        return other.load_progress()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "mnt", size="512k") as mounted:
        yield mounted


# -- disk full ----------------------------------------------------------------------------------------------


@needs_root
def test_a_full_disk_keeps_the_saved_answers_and_the_same_save_works_once_there_is_room(
    small_disk: Path,
) -> None:
    before = many_answers(10)
    bigger = many_answers(4000)
    with Store.open(small_disk) as store:
        store.save_progress(before, 10)
        filler = fill(small_disk)

        with pytest.raises(StoreError) as raised:
            store.save_progress(bigger, 11)
        assert raised.value.reason is Reason.DISK_FULL
        assert "\n" not in str(raised.value)
        assert store.load_progress() == (before, 10)  # every earlier answer, at its place

        filler.unlink()
        store.save_progress(bigger, 11)  # the very same save, now that there is room
        assert store.load_progress() == (bigger, 11)
    assert stored(small_disk) == (bigger, 11)


@needs_root
def test_a_full_disk_at_finish_leaves_the_sheet_in_progress(small_disk: Path) -> None:
    sheet = many_answers(10)
    with Store.open(small_disk) as store:
        store.save_progress(sheet, 10)
        filler = fill(small_disk)
        with pytest.raises(StoreError) as raised:
            store.finish_attempt(many_answers(4000).finished(), record(None, "x", FITS))
        assert raised.value.reason is Reason.DISK_FULL
        assert store.load_progress() == (sheet, 10)
        assert store.attempts() == []
        filler.unlink()


@needs_root
def test_an_upgrade_whose_backup_fills_the_disk_does_not_happen(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    build_v1_with_data(folder, killed=False)
    before = (folder / FILE_NAME).read_bytes()
    with tmpfs(folder / "backups", size="64k") as backups:  # the copies go to a disk of their own, full
        fill(backups)
        with pytest.raises(StoreError) as raised:
            Store.open(folder, now=lambda: DAY)
        assert raised.value.reason is Reason.DISK_FULL
        assert "nothing was changed" in str(raised.value)
        assert version_of(folder / FILE_NAME) == 1
        assert (folder / FILE_NAME).read_bytes() == before


# -- read-only ----------------------------------------------------------------------------------------------


@needs_root
def test_a_read_only_folder_is_said_at_open_not_at_the_first_answer(small_disk: Path) -> None:
    with Store.open(small_disk) as store:
        store.save_progress(make_sheet(), 3)
    remount(small_disk, "ro")
    try:
        with pytest.raises(StoreError) as raised:
            Store.open(small_disk)
        assert raised.value.reason is Reason.READ_ONLY
        assert "read-only" in str(raised.value)
        with pytest.raises(StoreError) as raised:
            Store.open(small_disk / "not-yet-made")
        assert raised.value.reason is Reason.READ_ONLY
    finally:
        remount(small_disk, "rw")
    assert stored(small_disk) == (make_sheet(), 3)


@needs_root
def test_a_read_only_bind_mount_of_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.save_progress(make_sheet(), 3)
    with read_only_view(folder, tmp_path / "view") as view, pytest.raises(StoreError) as raised:
        Store.open(view)
    assert raised.value.reason is Reason.READ_ONLY
    assert stored(folder) == (make_sheet(), 3)


# -- locked by another program ------------------------------------------------------------------------------


def test_a_lock_held_past_the_timeout_keeps_the_answers_and_the_save_works_once_released(
    tmp_path: Path,
) -> None:
    before = make_sheet()
    after = make_sheet(pm01=5, pm02=1)
    with Store.open(tmp_path, timeout=0.1) as store:
        store.save_progress(before, 3)
        other = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(StoreError) as raised:
                store.save_progress(after, 4)
            assert raised.value.reason is Reason.LOCKED
            # Opening to read goes ahead (WAL readers never wait for a writer); writing waits, then says why.
            with Store.open(tmp_path, timeout=0.1) as reader:
                assert reader.load_progress() == (before, 3)
                with pytest.raises(StoreError) as raised:
                    reader.clear_progress()
                assert raised.value.reason is Reason.LOCKED
            assert store.load_progress() == (before, 3)
        finally:
            other.execute("ROLLBACK")
            other.close()
        store.save_progress(after, 4)
    assert stored(tmp_path) == (after, 4)


# -- something other than a file where the database should be -----------------------------------------------


def open_in_thread(folder: Path) -> BaseException | Store | None:
    """Store.open(folder) in a thread that may not return (a FIFO would make it wait forever)."""
    outcome: list[BaseException | Store] = []

    def target() -> None:
        try:
            outcome.append(Store.open(folder, timeout=0.1))
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout=20)
    return outcome[0] if outcome else None


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_fifo_at_the_database_is_refused_at_once(tmp_path: Path, suffix: str) -> None:
    fifo = tmp_path / f"{FILE_NAME}{suffix}"
    os.mkfifo(fifo)
    try:
        outcome = open_in_thread(tmp_path)
    finally:
        # Release a reader that did open the FIFO (the bug), so the thread ends with the test.
        with suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert outcome is not None, "Store.open waited on the FIFO"
    assert isinstance(outcome, StoreError), outcome
    assert outcome.reason is Reason.NOT_A_FILE
    assert "named pipe" in str(outcome) and "\n" not in str(outcome)
    assert sorted(p.name for p in tmp_path.iterdir()) == [fifo.name]


def test_a_device_or_a_folder_at_the_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder" / FILE_NAME).mkdir(parents=True)
    cases = [("folder", "a folder")]
    if os.geteuid() == 0:  # a device node of our own (like /dev/null), never the system's
        (tmp_path / "device").mkdir()
        os.mknod(tmp_path / "device" / FILE_NAME, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        cases.append(("device", "a device"))
    for name, kind in cases:
        with pytest.raises(StoreError) as raised:
            Store.open(tmp_path / name)
        assert raised.value.reason is Reason.NOT_A_FILE
        assert kind in str(raised.value)
        assert sorted(p.name for p in (tmp_path / name).iterdir()) == [FILE_NAME]


def test_a_file_where_the_data_folder_should_be(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "data")
    with pytest.raises(StoreError) as raised:
        Store.open(tmp_path / "data")
    assert raised.value.reason is Reason.NOT_A_FILE
    with pytest.raises(StoreError) as raised:
        Store.open(tmp_path / "data" / "below")
    assert raised.value.reason is Reason.NOT_A_FILE


# -- damaged, and cannot be moved aside ---------------------------------------------------------------------


@needs_root
def test_a_damaged_file_that_cannot_be_moved_aside(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    garbage = b"not a database at all" * 300
    (folder / FILE_NAME).write_bytes(garbage)
    with append_only(folder), pytest.raises(StoreError) as raised:
        Store.open(folder)
    assert raised.value.reason is Reason.DAMAGED
    assert (folder / FILE_NAME).read_bytes() == garbage


# -- another application's SQLite file ----------------------------------------------------------------------


def foreign_database(path: Path, application_id: int) -> bytes:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    return path.read_bytes()


@pytest.mark.parametrize("application_id", [0x46534C31, 0, -7], ids=["its-own-id", "no-id", "negative-id"])
def test_another_applications_database_is_left_untouched(tmp_path: Path, application_id: int) -> None:
    path = tmp_path / FILE_NAME
    before = foreign_database(path, application_id)

    with pytest.raises(StoreError) as raised:
        Store.open(tmp_path)
    assert raised.value.reason is Reason.FOREIGN
    message = str(raised.value)
    assert "another application" in message and "untouched" in message and "\n" not in message

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]  # nothing moved, no backup, no WAL
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"notes"}


def test_a_damaged_database_of_another_application_is_not_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    data = bytearray(foreign_database(path, 0x46534C31))
    data[100:] = b"\xff" * (len(data) - 100)  # everything after the header destroyed
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as raised:
        Store.open(tmp_path)
    assert raised.value.reason is Reason.FOREIGN
    assert path.read_bytes() == bytes(data)


def application_id(path: Path) -> int:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        found = conn.execute("PRAGMA application_id").fetchone()[0]
    assert isinstance(found, int)
    return found


def test_pmfit_marks_a_new_database_and_an_upgraded_one(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new") as store:
        assert application_id(store.path) == APPLICATION_ID
    # The version whose step marks the file; a file at any version before it is unmarked.
    marking = next(n + 1 for n, step in enumerate(MIGRATIONS) if any("application_id" in s for s in step))
    for version in range(SCHEMA_VERSION):
        path = build(tmp_path / f"v{version}", version)
        assert application_id(path) == (APPLICATION_ID if version >= marking else 0)
        Store.open(path.parent, now=lambda: DAY).close()
        assert application_id(path) == APPLICATION_ID
        assert version_of(path) == SCHEMA_VERSION
