"""Where user data lives: the unfinished answer sheet and the history of finished attempts.

Everything is kept in one SQLite file, ``pmfit.sqlite3``, inside a data folder the caller chooses (the app
passes its per-user folder or ``PMFIT_DATA_DIR``; this module knows nothing of Qt or the environment).

Why SQLite rather than a JSON file: the in-progress sheet is saved after every answer, and the app may be
killed at any moment (power loss, logout, a crash). A rewritten JSON file can be left half-written; a SQLite
transaction is either fully on disk or not at all. ``synchronous=FULL`` makes "the save returned" mean "the
save is on disk" even in WAL mode, which at the default NORMAL may lose the last commits on power loss.

A damaged file is never deleted: it is moved aside as ``pmfit.sqlite3.corrupt-YYYYMMDD-HHMMSS`` and a fresh
database started, with :attr:`Store.recovered_from` naming the moved file so the UI can tell the person.

Rolling backups (``backups/pmfit-YYYYMMDD-HHMMSS.sqlite3``, see :mod:`pmfit.storage.store_backup`) are made
before a file holding data is migrated, and on the first open of each day. A failed daily backup never stops
the store from opening (:attr:`Store.backup_problem` says why); a failed backup before an upgrade stops the
upgrade, so a file is never changed to a new version without a copy of the old one.

pmfit marks its file with an application id (:data:`APPLICATION_ID`) and refuses, untouched, a SQLite file
of another application found at its place. Every failure is a :class:`StoreError` whose ``reason``
(:class:`Reason`) tells a full disk, a read-only folder, a lock held by another program, a FIFO or device
where the file should be, a foreign or a damaged file apart (see :mod:`pmfit.storage.store_checks`).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from pmfit.core.errors import SheetError
from pmfit.storage import store_backup
from pmfit.storage.store_backup import BACKUPS_KEPT as BACKUPS_KEPT
from pmfit.storage.store_checks import check_header, check_identity, check_place, reason_of, reason_of_os
from pmfit.storage.store_rows import Attempt as Attempt
from pmfit.storage.store_rows import attempt_of, dumps, insert_attempt, load_sheet, update_attempt
from pmfit.storage.store_schema import APPLICATION_ID as APPLICATION_ID
from pmfit.storage.store_schema import MIGRATIONS as MIGRATIONS
from pmfit.storage.store_schema import SCHEMA_VERSION as SCHEMA_VERSION
from pmfit.storage.store_schema import Reason as Reason
from pmfit.storage.store_schema import StoreError as StoreError
from pmfit.storage.store_schema import migrate as migrate
from pmfit.storage.store_schema import schema_version as schema_version

if TYPE_CHECKING:  # the types only: the app opens the store before its first paint, with none of these
    from pmfit.core.answers import AnswerSheet
    from pmfit.core.attempts import Record

FILE_NAME = "pmfit.sqlite3"
#: Seconds a write waits for another connection (another pmfit, a SQLite tool) to let go of the database
#: before it fails with Reason.LOCKED.
BUSY_TIMEOUT = 5.0
#: SQLite stores integers in 64 bits; an id outside cannot name an attempt.
_ID_RANGE = range(-(2**63), 2**63)


Clock = Callable[[], datetime]


def _is_damage(error: sqlite3.Error) -> bool:
    # Only "malformed" (SQLITE_CORRUPT) and "not a database" (SQLITE_NOTADB) surface as a bare DatabaseError.
    # Its subclasses mean something else: OperationalError is "locked by another running pmfit", "read-only"
    # or "disk full", and moving a healthy file aside for those would make the person's history vanish.
    return type(error) is sqlite3.DatabaseError


def _check(path: Path, timeout: float) -> None:
    """Raise sqlite3.DatabaseError when the existing file at ``path`` is damaged, StoreError when it is
    another application's.

    The check runs read-only so that a damaged file is moved aside exactly as found (a read-write
    connection would, on closing, checkpoint its WAL into it or delete a WAL it cannot make sense of), and
    a foreign file is left exactly as it is.
    """
    if not path.exists():
        return
    check_header(path)
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
        check_identity(conn, path)
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise sqlite3.DatabaseError("quick_check found damage")
    finally:
        conn.close()


def _connect(path: Path, now: Clock, timeout: float) -> sqlite3.Connection:
    """Check, open and migrate the database at ``path``; on any failure the connection is closed.

    A file from an older pmfit is copied before it is upgraded; when that copy cannot be made, the upgrade
    does not happen (StoreError) and the file stays at its old version.
    """
    _check(path, timeout)
    conn = sqlite3.connect(path, timeout=timeout)
    try:
        # WAL: a reader never blocks the writer, and a crash mid-commit cannot damage the main file.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if 1 <= schema_version(conn) < SCHEMA_VERSION:  # data from an older pmfit: keep a copy as it was
            _backup_before_upgrade(conn, path, now)
        migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _backup(conn: sqlite3.Connection, path: Path, now: Clock) -> Path:
    try:
        return store_backup.write_backup(conn, path.parent, now())
    except (OSError, sqlite3.Error) as error:
        if isinstance(error, OSError):
            why, reason = (error.strerror or str(error)), reason_of_os(error)
        else:
            why, reason = str(error), reason_of(error, store_backup.backup_folder(path.parent))
        where = store_backup.backup_folder(path.parent)
        raise StoreError(
            f"could not back up {path.name} into {where}: {' '.join(why.split())}", reason
        ) from None


def _backup_before_upgrade(conn: sqlite3.Connection, path: Path, now: Clock) -> None:
    try:
        _backup(conn, path, now)
    except StoreError as error:
        raise StoreError(
            f"{error}; the upgrade of your data to this pmfit's version needs that copy first, so nothing was"
            " changed",
            error.reason,
        ) from None
    except Exception as error:
        raise StoreError(
            f"could not back up {path.name} before upgrading it ({type(error).__name__}: "
            f"{' '.join(str(error).split())}), so nothing was changed"
        ) from None


def _backup_quietly(conn: sqlite3.Connection, path: Path, now: Clock) -> str | None:
    """Make a backup; return None, or the one-line reason it failed (the caller carries on without it)."""
    try:
        _backup(conn, path, now)
    except StoreError as error:
        return str(error)
    except Exception as error:  # a bug in making a copy must not keep a person from their data
        return f"could not back up {path.name}: {type(error).__name__}: {' '.join(str(error).split())}"
    return None


def _move_aside(path: Path) -> Path:
    """Rename ``path`` and its -wal/-shm companions to an unused ``.corrupt-<time>`` name; return it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 0
    while any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        # The companions keep their suffix, so SQLite tools opening the moved file still see its WAL.
        for suffix in ("-wal", "-shm", ""):
            if Path(f"{path}{suffix}").exists():
                os.replace(f"{path}{suffix}", f"{target}{suffix}")
    except OSError as error:
        raise StoreError(
            f"{path} is damaged and cannot be moved aside: {error.strerror}", Reason.DAMAGED
        ) from None
    return target


class Store:
    """The user's data: one unfinished sheet (``progress``) and the finished ``attempts``.

    Open with :meth:`Store.open`; use as a context manager or call :meth:`close`. Every write is one
    transaction, so a kill at any moment leaves either the old state or the new one, never a mix.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        recovered_from: Path | None = None,
        *,
        now: Clock = datetime.now,
        backup_problem: str | None = None,
    ) -> None:
        self._conn = conn
        self._now = now
        self.path = path
        #: Where a damaged database was moved at open, or None when none was.
        self.recovered_from = recovered_from
        #: One line saying why the last backup could not be made (at open, or by :meth:`make_backup`),
        #: else None. The store works regardless; the UI may mention it.
        self.backup_problem = backup_problem
        #: One line describing why the last :meth:`load_progress` found nothing usable, else None.
        self.progress_problem: str | None = None
        #: How many rows the last :meth:`attempts` call skipped because they could not be read.
        self.unreadable_attempts = 0

    @classmethod
    def open(cls, folder: Path, *, now: Clock = datetime.now, timeout: float = BUSY_TIMEOUT) -> Store:
        """Open (creating if needed) the store in ``folder``; a damaged database is moved aside, not lost.

        A database holding data is backed up before it is migrated and, when no backup was made today, once
        it is open. ``now`` gives the local time that names backups and decides "today" (tests pass a clock);
        ``timeout`` is how long a write waits for another program's lock. Raises StoreError (with its
        ``reason``) when the folder or the file cannot be used; another application's file is left as it is.
        """
        _make_folder(folder)
        path = folder / FILE_NAME
        check_place(path)
        recovered: Path | None = None
        try:
            try:
                conn = _connect(path, now, timeout)
            except sqlite3.Error as error:
                if not _is_damage(error):
                    raise
                recovered = _move_aside(path)
                conn = _connect(path, now, timeout)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open {path}: {error}", reason_of(error, folder)) from None
        store = cls(conn, path, recovered, now=now)
        store._daily_backup()
        return store

    # -- transactions -------------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._conn:  # commits when the block ends, rolls back on any exception
                self._conn.execute("BEGIN IMMEDIATE")
                yield self._conn
        except sqlite3.Error as error:
            reason = reason_of(error, self.path.parent)
            raise StoreError(f"could not save to {self.path}: {error}", reason) from None

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            reason = reason_of(error, self.path.parent)
            raise StoreError(f"could not read {self.path}: {error}", reason) from None

    # -- the unfinished sheet -----------------------------------------------------------------------------

    def save_progress(self, sheet: AnswerSheet, position: int, *, continues: int | None = None) -> None:
        """Store ``sheet`` as the unfinished one, ``position`` being the index of the current question;
        ``continues``: the finished quick form whose rest it is (its attempt id), else None.

        All or nothing: when it raises StoreError (see its ``reason``), the stored progress is exactly what it
        was before, and the same call succeeds once the cause is gone (space freed, the lock released).
        """
        with self._write() as conn:
            conn.execute(
                "INSERT INTO progress (id, sheet_json, position, updated_at, continues)"
                " VALUES (1, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET sheet_json = excluded.sheet_json,"
                " position = excluded.position, updated_at = excluded.updated_at,"
                " continues = excluded.continues",
                (dumps(sheet.to_json()), position, _now_utc(), continues),
            )

    def continued_attempt(self) -> int | None:
        """The finished quick form the unfinished sheet is the rest of (its attempt id), else None."""
        rows = self._read("SELECT continues FROM progress WHERE id = 1")
        value = rows[0][0] if rows else None
        return value if isinstance(value, int) and value in _ID_RANGE else None

    def load_progress(self) -> tuple[AnswerSheet, int] | None:
        """The unfinished sheet and its position, or None when there is none or it cannot be read.

        An unreadable row is left as it is (a later pmfit may read it, or a person may rescue it) and
        :attr:`progress_problem` says what is wrong; :meth:`rescue_progress` copies it out before a new
        sheet replaces it.
        """
        self.progress_problem = None
        rows = self._read("SELECT sheet_json, position FROM progress WHERE id = 1")
        if not rows:
            return None
        try:
            sheet = load_sheet(rows[0][0])
            if not isinstance(rows[0][1], int):
                raise SheetError(f"the saved position {rows[0][1]!r} is not a whole number")
        except SheetError as error:
            self.progress_problem = f"the unfinished answers could not be read: {error}"
            return None
        return sheet, rows[0][1]

    def rescue_progress(self) -> Path | None:
        """Copy the stored unfinished sheet, as stored, to a file beside the database; return its path.

        For a row :meth:`load_progress` cannot read: the next :meth:`save_progress` replaces it, and what a
        person typed is never thrown away. None when there is nothing stored.
        """
        rows = self._read("SELECT sheet_json, position, updated_at FROM progress WHERE id = 1")
        if not rows:
            return None
        import json

        stored = {"sheet_json": rows[0][0], "position": rows[0][1], "updated_at": rows[0][2]}
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"unfinished-unreadable-{stamp}.json")
        n = 0
        while target.exists():
            n += 1
            target = self.path.with_name(f"unfinished-unreadable-{stamp}-{n}.json")
        try:
            with open(target, "x", encoding="utf-8") as out:
                json.dump(stored, out, ensure_ascii=False, default=repr)
                out.flush()
                os.fsync(out.fileno())
        except OSError as error:
            raise StoreError(
                f"could not copy the unreadable unfinished answers to {target}: {error.strerror}"
            ) from None
        return target

    def clear_progress(self) -> None:
        """Forget the unfinished sheet (there may be none)."""
        with self._write() as conn:
            conn.execute("DELETE FROM progress")

    # -- history ------------------------------------------------------------------------------------------

    def import_attempt(self, sheet: AnswerSheet, record: Record) -> tuple[int, bool]:
        """Add a finished attempt unless the history holds it already: (its id, whether it was added).

        The same attempt means the same answers, start and finish. The check and the insert are one write
        transaction, so two imports of one sheet at the same moment store it once.
        """
        with self._write() as conn:
            rows = conn.execute(
                "SELECT id, sheet_json FROM attempts WHERE started_at = ? ORDER BY id", (sheet.started_at,)
            ).fetchall()
            for attempt_id, sheet_json in rows:
                try:
                    existing = load_sheet(sheet_json)
                except SheetError:
                    continue
                if existing.answers == sheet.answers and existing.finished_at == sheet.finished_at:
                    return attempt_id, False
            return insert_attempt(conn, sheet, record), True

    def finish_attempt(self, sheet: AnswerSheet, record: Record, *, replacing: int | None = None) -> int:
        """Add ``sheet`` and what its result said (``record``) to the history, and clear the unfinished
        sheet in the same transaction; returns the attempt's id.

        ``replacing``: the attempt this sheet completes (a quick form whose rest was answered), updated in
        place rather than added again; when it is gone (deleted meanwhile), the sheet is added anew.
        A kill at any moment leaves the sheet either in progress or in the history, never neither or both.
        A sheet without ``finished_at`` is stamped as finished now.
        """
        with self._write() as conn:
            if (
                replacing is not None
                and replacing in _ID_RANGE
                and update_attempt(conn, replacing, sheet, record)
            ):
                attempt_id = replacing
            else:
                attempt_id = insert_attempt(conn, sheet, record)
            conn.execute("DELETE FROM progress")
            return attempt_id

    _ATTEMPT_COLUMNS = (
        "id, sheet_json, lean, label, fits_json, finished_at, bank_id, bank_version, scales_json"
    )

    def attempt_count(self) -> int:
        """How many finished attempts are stored (readable or not), without reading them."""
        return int(self._read("SELECT COUNT(*) FROM attempts")[0][0])

    def attempts(self) -> list[Attempt]:
        """Every readable finished attempt, newest first; see :attr:`unreadable_attempts` for the rest."""
        rows = self._read(f"SELECT {self._ATTEMPT_COLUMNS} FROM attempts ORDER BY finished_at DESC, id DESC")
        found = [attempt_of(row) for row in rows]
        self.unreadable_attempts = found.count(None)
        return [attempt for attempt in found if attempt is not None]

    def previous_attempt(self, attempt_id: int) -> int | None:
        """The readable attempt finished just before ``attempt_id`` (the next one down the history's
        newest-first order), or None: one query, which stops at the first row that reads."""
        if attempt_id not in _ID_RANGE:
            return None
        query = (
            f"SELECT {self._ATTEMPT_COLUMNS} FROM attempts"
            " WHERE (finished_at, id) < (SELECT finished_at, id FROM attempts WHERE id = ?)"
            " ORDER BY finished_at DESC, id DESC"
        )
        try:
            for row in self._conn.execute(query, (attempt_id,)):  # row by row: usually the first one reads
                found = attempt_of(row)
                if found is not None:
                    return found.id
        except sqlite3.Error as error:
            raise StoreError(
                f"could not read {self.path}: {error}", reason_of(error, self.path.parent)
            ) from None
        return None

    def attempt(self, attempt_id: int) -> Attempt | None:
        """The attempt with this id, or None when there is none or it cannot be read."""
        if attempt_id not in _ID_RANGE:
            return None
        rows = self._read(f"SELECT {self._ATTEMPT_COLUMNS} FROM attempts WHERE id = ?", (attempt_id,))
        return attempt_of(rows[0]) if rows else None

    def delete_attempt(self, attempt_id: int) -> bool:
        """Delete one attempt; True when it existed."""
        if attempt_id not in _ID_RANGE:
            return False
        with self._write() as conn:
            return conn.execute("DELETE FROM attempts WHERE id = ?", (attempt_id,)).rowcount > 0

    # -- backups ------------------------------------------------------------------------------------------

    def make_backup(self) -> Path:
        """Copy the database into the backups folder now and return the copy.

        Copies beyond the newest :data:`BACKUPS_KEPT` are deleted. Raises StoreError, and sets
        :attr:`backup_problem`, when the copy cannot be made.
        """
        try:
            made = _backup(self._conn, self.path, self._now)
        except StoreError as error:
            self.backup_problem = str(error)
            raise
        self.backup_problem = None
        return made

    def _daily_backup(self) -> None:
        """At open: back up once per day of use.

        An empty database is not copied, so that days of opening a fresh (or just recovered) store never push
        the copies that hold a person's data out of the folder.
        """
        try:
            if not store_backup.due(self.path.parent, self._now().date()):
                return
            if not self._read("SELECT EXISTS (SELECT 1 FROM attempts) OR EXISTS (SELECT 1 FROM progress)")[0][
                0
            ]:
                return
        except StoreError as error:
            self.backup_problem = str(error)
            return
        problem = _backup_quietly(self._conn, self.path, self._now)
        if problem is not None:
            self.backup_problem = problem

    # -- lifetime -----------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database; closing twice is harmless."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def _now_utc() -> str:
    from pmfit.core.answers import iso  # the answer sheets' own clock; loaded by whoever made the sheet

    return iso()


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        why = {
            errno.EEXIST: "it is not a folder",
            errno.ENOTDIR: "part of its path is a file, not a folder",
        }.get(error.errno or 0, error.strerror or str(error))
        raise StoreError(f"cannot use {folder} as the data folder: {why}", reason_of_os(error)) from None
