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
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from pmfit.core.errors import SheetError
from pmfit.core.files import system_reason
from pmfit.core.problems import QT_TRANSLATE_NOOP, Phrase
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
from pmfit.storage.store_schema import cause, sqlite_cause
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


def _thread_connection(path: Path, timeout: float) -> sqlite3.Connection:
    """Another connection to the open database, for a thread other than the one that opened it.

    The app writes an answer on a worker thread, so that a lock held by another program never freezes its
    window; a connection belongs to the thread that made it, so each thread gets its own, with the same
    settings (the database is already checked, migrated and in WAL mode). ``check_same_thread`` is off
    only so that :meth:`Store.close` may close it from the thread that owns the store.
    """
    try:
        conn = sqlite3.connect(path, timeout=timeout, check_same_thread=False)
    except sqlite3.Error as error:
        raise _sqlite_error(CANNOT_OPEN, path, error, path.parent) from None
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as error:
        conn.close()
        raise _sqlite_error(CANNOT_OPEN, path, error, path.parent) from None
    return conn


CANNOT_OPEN = QT_TRANSLATE_NOOP("Problems", "cannot open {place}: {why}")
COULD_NOT_SAVE = QT_TRANSLATE_NOOP("Problems", "could not save to {place}: {why}")
COULD_NOT_READ = QT_TRANSLATE_NOOP("Problems", "could not read {place}: {why}")


def _sqlite_error(template: str, place: object, error: sqlite3.Error, folder: Path) -> StoreError:
    """A StoreError for ``error`` from SQLite on the database in ``folder``: its reason, in its words."""
    reason = reason_of(error, folder)
    return StoreError(template, reason, place=place, why=sqlite_cause(reason, error))


def _os_error(template: str, place: object, error: OSError, **values: object) -> StoreError:
    """A StoreError for ``error`` from the system: its reason, in its words."""
    reason = reason_of_os(error)
    return StoreError(template, reason, place=place, why=cause(reason, system_reason(error)), **values)


def _backup(conn: sqlite3.Connection, path: Path, now: Clock) -> Path:
    where = store_backup.backup_folder(path.parent)
    template = QT_TRANSLATE_NOOP("Problems", "could not back up {name} into {place}: {why}")
    try:
        return store_backup.write_backup(conn, path.parent, now())
    except OSError as error:
        raise _os_error(template, where, error, name=path.name) from None
    except sqlite3.Error as error:
        reason = reason_of(error, where)
        raise StoreError(
            template, reason, place=where, name=path.name, why=sqlite_cause(reason, error)
        ) from None


def _backup_before_upgrade(conn: sqlite3.Connection, path: Path, now: Clock) -> None:
    try:
        _backup(conn, path, now)
    except StoreError as error:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Problems",
                "{problem}; the upgrade of your data to this pmfit's version needs that copy first, so "
                "nothing was changed",
            ),
            error.reason,
            problem=error,
            why=error.why,
        ) from None
    except Exception as error:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Problems", "could not back up {name} before upgrading it ({detail}), so nothing was changed"
            ),
            name=path.name,
            detail=f"{type(error).__name__}: {' '.join(str(error).split())}",
        ) from None


def _backup_quietly(conn: sqlite3.Connection, path: Path, now: Clock) -> StoreError | None:
    """Make a backup; return None, or why it failed (the caller carries on without it)."""
    try:
        _backup(conn, path, now)
    except StoreError as error:
        return error
    except Exception as error:  # a bug in making a copy must not keep a person from their data
        return StoreError(
            QT_TRANSLATE_NOOP("Problems", "could not back up {name}: {detail}"),
            name=path.name,
            detail=f"{type(error).__name__}: {' '.join(str(error).split())}",
        )
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
            QT_TRANSLATE_NOOP("Problems", "{place} is damaged and cannot be moved aside: {why}"),
            Reason.DAMAGED,
            place=path,
            why=system_reason(error),
        ) from None
    return target


class Store:
    """The user's data: one unfinished sheet (``progress``) and the finished ``attempts``.

    Open with :meth:`Store.open`; use as a context manager or call :meth:`close`. Every write is one
    transaction, so a kill at any moment leaves either the old state or the new one, never a mix.

    The store may be used from other threads than the one that opened it (the app saves on a worker
    thread): each thread gets a connection of its own. It is never used from two threads at the same
    moment: the app's controllers keep to one write at a time and read nothing while it runs.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        recovered_from: Path | None = None,
        *,
        now: Clock = datetime.now,
        timeout: float = BUSY_TIMEOUT,
    ) -> None:
        self._conn = conn
        self._owner = threading.get_ident()
        self._timeout = timeout
        self._threads = threading.local()
        self._thread_conns: list[sqlite3.Connection] = []
        self._now = now
        self.path = path
        #: Where a damaged database was moved at open, or None when none was.
        self.recovered_from = recovered_from
        #: Why the last backup could not be made (at open, or by :meth:`make_backup`), else None. The
        #: store works regardless; the UI may mention it.
        self.backup_error: StoreError | None = None
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
            raise _sqlite_error(CANNOT_OPEN, path, error, folder) from None
        store = cls(conn, path, recovered, now=now, timeout=timeout)
        store._daily_backup()
        return store

    # -- transactions -------------------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection (see the class docstring)."""
        if threading.get_ident() == self._owner:
            return self._conn
        conn: sqlite3.Connection | None = getattr(self._threads, "conn", None)
        if conn is None:
            conn = _thread_connection(self.path, self._timeout)
            self._threads.conn = conn
            self._thread_conns.append(conn)
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        try:
            with conn:  # commits when the block ends, rolls back on any exception
                conn.execute("BEGIN IMMEDIATE")
                yield conn
        except sqlite3.Error as error:
            raise _sqlite_error(COULD_NOT_SAVE, self.path, error, self.path.parent) from None

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._connection().execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise _sqlite_error(COULD_NOT_READ, self.path, error, self.path.parent) from None

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
            raise _os_error(
                QT_TRANSLATE_NOOP(
                    "Problems", "could not copy the unreadable unfinished answers to {place}: {why}"
                ),
                target,
                error,
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
            for row in self._connection().execute(
                query, (attempt_id,)
            ):  # row by row: usually the first one reads
                found = attempt_of(row)
                if found is not None:
                    return found.id
        except sqlite3.Error as error:
            raise _sqlite_error(COULD_NOT_READ, self.path, error, self.path.parent) from None
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
            made = _backup(self._connection(), self.path, self._now)
        except StoreError as error:
            self.backup_error = error
            raise
        self.backup_error = None
        return made

    @property
    def backup_problem(self) -> str | None:
        """:attr:`backup_error` as one line in English (None when there is none)."""
        return None if self.backup_error is None else str(self.backup_error)

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
            self.backup_error = error
            return
        problem = _backup_quietly(self._conn, self.path, self._now)
        if problem is not None:
            self.backup_error = problem

    # -- lifetime -----------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database (every thread's connection); closing twice is harmless."""
        for conn in self._thread_conns:
            conn.close()
        self._thread_conns.clear()
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
        template = QT_TRANSLATE_NOOP("Problems", "cannot use {place} as the data folder: {why}")
        words = {
            errno.EEXIST: QT_TRANSLATE_NOOP("Problems", "it is not a folder"),
            errno.ENOTDIR: QT_TRANSLATE_NOOP("Problems", "part of its path is a file, not a folder"),
        }.get(error.errno or 0)
        if words is None:
            raise _os_error(template, folder, error) from None
        raise StoreError(template, reason_of_os(error), place=folder, why=Phrase(words)) from None
