"""What can be wrong with the store's file, told apart so that the person hears the real cause.

A full disk, a read-only folder, another program holding the database, a FIFO or a device where the file
should be, another application's SQLite file, damage: each gets its :class:`Reason` and a line of its own.
The checks before opening matter most: SQLite would wait forever on a FIFO, add pmfit's tables to another
application's database, or open a file on a read-only disk read-only without a word, so that the first
answer would fail instead of the start.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from pmfit.core.files import file_kind, system_reason
from pmfit.core.problems import QT_TRANSLATE_NOOP, Phrase
from pmfit.storage.store_schema import APPLICATION_ID, Reason, StoreError, cause

SQLITE_MAGIC = b"SQLite format 3\x00"
_APPLICATION_ID_OFFSET = 68  # in the 100-byte database header, big-endian
#: Every table any pmfit version ever made; a file without an application id holding others is not pmfit's.
PMFIT_TABLES = frozenset({"meta", "progress", "attempts", "sqlite_sequence"})
COMPANIONS = ("", "-wal", "-shm", "-journal")


def reason_of_os(error: OSError) -> Reason:
    code = error.errno
    if code in {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}:
        return Reason.DISK_FULL
    if code in {errno.EROFS, errno.EACCES, errno.EPERM}:
        return Reason.READ_ONLY
    if code in {errno.ENOTDIR, errno.EISDIR, errno.EEXIST, errno.ENXIO}:
        return Reason.NOT_A_FILE
    return Reason.OTHER


def _folder_state(folder: Path) -> Reason:
    """What the file system says about ``folder`` when SQLite only says "I/O error" or "cannot open"."""
    try:
        info = os.statvfs(folder)
    except OSError:
        return Reason.OTHER
    if info.f_flag & os.ST_RDONLY:
        return Reason.READ_ONLY
    if info.f_bavail == 0:
        return Reason.DISK_FULL
    if not os.access(folder, os.W_OK):
        return Reason.READ_ONLY
    return Reason.OTHER


def reason_of(error: sqlite3.Error, folder: Path) -> Reason:
    """The reason behind an error from SQLite on the database in ``folder``."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return Reason.OTHER
    primary = code & 0xFF
    if primary == sqlite3.SQLITE_FULL:
        return Reason.DISK_FULL
    if primary in {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM}:
        return Reason.READ_ONLY
    if primary in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}:
        return Reason.LOCKED
    if primary in {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}:
        return Reason.DAMAGED
    if primary in {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN}:
        return _folder_state(folder)
    return Reason.OTHER


def check_place(path: Path) -> None:
    """Raise StoreError unless the database at ``path`` (and its companions) can be regular files that
    pmfit may write: nothing else sits at those names, and neither the folder nor the file is read-only."""
    for suffix in COMPANIONS:
        name = f"{path}{suffix}"
        try:
            mode = os.stat(name).st_mode
        except FileNotFoundError:
            continue
        except OSError as error:
            reason = reason_of_os(error)
            raise StoreError(
                QT_TRANSLATE_NOOP("Problems", "cannot use {place}: {why}"),
                reason,
                place=name,
                why=cause(reason, system_reason(error)),
            ) from None
        if not stat.S_ISREG(mode):
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Problems", "{place} is {kind}, not a database file; move it away and start pmfit again"
                ),
                Reason.NOT_A_FILE,
                place=name,
                kind=Phrase(file_kind(mode)),
            )
    folder = path.parent
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        where = folder if not os.access(folder, os.W_OK) else path
        raise StoreError(
            QT_TRANSLATE_NOOP("Problems", "{place} is read-only: pmfit cannot save your answers there"),
            Reason.READ_ONLY,
            place=where,
        )


def _foreign(path: Path, what: Phrase) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Problems",
            "{place} is {what}, not pmfit's; pmfit leaves it untouched. Move it elsewhere to start afresh",
        ),
        Reason.FOREIGN,
        place=path,
        what=what,
    )


def check_header(path: Path) -> None:
    """Raise StoreError(FOREIGN) when the file's header carries another application's id.

    Read from the bytes rather than through SQLite, so that even a damaged file of another application is
    recognised and left exactly where and as it is.
    """
    try:
        with open(path, "rb") as stream:
            header = stream.read(100)
    except FileNotFoundError:
        return
    except OSError as error:
        reason = reason_of_os(error)
        raise StoreError(
            QT_TRANSLATE_NOOP("Problems", "cannot read {place}: {why}"),
            reason,
            place=path,
            why=cause(reason, system_reason(error)),
        ) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return  # empty (a new store), or not SQLite at all: damage, which the open moves aside
    found = int.from_bytes(header[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4], "big", signed=True)
    if found not in {0, APPLICATION_ID}:
        raise _foreign(path, _another_application(found))


def check_identity(conn: sqlite3.Connection, path: Path) -> None:
    """Raise StoreError(FOREIGN) unless the database open on ``conn`` (read-only) is pmfit's or empty.

    pmfit marks its file with :data:`APPLICATION_ID`; files from before it did have id 0 and only pmfit's
    tables, with the schema version in ``meta``. The application id is read again here because the header
    on disk may be older than the write-ahead log.
    """
    found = conn.execute("PRAGMA application_id").fetchone()[0]
    if found == APPLICATION_ID:
        return
    if found != 0:
        raise _foreign(path, _another_application(found))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return
    others = sorted(tables - PMFIT_TABLES)
    if others or "meta" not in tables:
        shown = ", ".join(others[:3]) or ", ".join(sorted(tables)[:3])
        raise _foreign(
            path,
            Phrase(
                QT_TRANSLATE_NOOP("Problems", "a SQLite database of another application (tables {tables})"),
                tables=shown,
            ),
        )
    try:
        versioned = conn.execute("SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone() is not None
    except sqlite3.OperationalError:  # a "meta" table of another shape
        versioned = False
    if not versioned:
        raise _foreign(
            path,
            Phrase(
                QT_TRANSLATE_NOOP(
                    "Problems", "a SQLite database of another application (no pmfit schema version)"
                )
            ),
        )


def _another_application(found: int) -> Phrase:
    return Phrase(
        QT_TRANSLATE_NOOP("Problems", "another application's database (application id {id})"),
        id=f"{found:#x}",
    )
