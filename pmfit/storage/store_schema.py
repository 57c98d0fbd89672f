"""The store's schema: its versions, and the step-by-step migrations that bring any older file up to date.

A user's file may be at any version pmfit ever wrote, so each version is one entry in :data:`MIGRATIONS`,
applied in order and never edited once released; tests build a file at every earlier version and open it.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path
from typing import Any

from pmfit.core.problems import QT_TRANSLATE_NOOP, Phrase, Problem, shown

#: ``PRAGMA application_id`` of a pmfit database (the bytes "pmfi"), so that pmfit can tell its own file from
#: another application's SQLite file that happens to sit at its place, and leave that one alone.
APPLICATION_ID = 0x706D6669

# MIGRATIONS[n] takes the schema from version n to n + 1; version 0 is an empty file. Adding a version means
# appending one entry, never editing an old one: a user's file may be at any earlier version.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
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
    ),
    # 2: the per-responsibility interest scores at finish time (scale id -> 0..100 or null), so that two
    # attempts can still be compared after the question bank changes. Rows from version 1 get '{}'.
    ("ALTER TABLE attempts ADD COLUMN scales_json TEXT NOT NULL DEFAULT '{}'",),
    # 3: the file says it is pmfit's (the header's application id), set inside the upgrade's transaction.
    (f"PRAGMA application_id = {APPLICATION_ID}",),
    # 4: the unfinished sheet may be the rest of a finished quick form: the attempt it will replace when
    # finished (NULL: a new attempt). Not a foreign key: a deleted attempt leaves the rest a new one.
    ("ALTER TABLE progress ADD COLUMN continues INTEGER",),
)
SCHEMA_VERSION = len(MIGRATIONS)


class Reason(StrEnum):
    """Why the store failed, for a program to act on (the app words each in its own, translated, text)."""

    DISK_FULL = "disk_full"  # no space left (SQLITE_FULL, ENOSPC, a quota)
    READ_ONLY = "read_only"  # the folder or the file cannot be written (read-only disk, permissions)
    LOCKED = "locked"  # another program holds the database past the wait (SQLITE_BUSY)
    NOT_A_FILE = "not_a_file"  # a FIFO, a device or a folder where the database (or its folder) should be
    FOREIGN = "foreign"  # another application's SQLite file; pmfit leaves it untouched
    DAMAGED = "damaged"  # the file is corrupt and could not be moved aside
    NEWER = "newer"  # written by a newer pmfit
    OTHER = "other"


#: The words for each reason, the same wherever a person reads them (the command line's line, the app's
#: notes), marked for translation. Reason.OTHER has none: the system's own cause is given instead.
REASON_WORDS = {
    Reason.DISK_FULL: QT_TRANSLATE_NOOP("Problems", "the disk is full"),
    Reason.READ_ONLY: QT_TRANSLATE_NOOP("Problems", "the folder or the file is read-only"),
    Reason.LOCKED: QT_TRANSLATE_NOOP("Problems", "another program is holding the data file"),
    Reason.NOT_A_FILE: QT_TRANSLATE_NOOP("Problems", "something other than a file is in its place"),
    Reason.FOREIGN: QT_TRANSLATE_NOOP("Problems", "it is another application's file"),
    Reason.DAMAGED: QT_TRANSLATE_NOOP("Problems", "the file is damaged"),
    Reason.NEWER: QT_TRANSLATE_NOOP("Problems", "a newer pmfit wrote it"),
}


class StoreError(Problem):
    """The store cannot do what was asked: one line (a :class:`~pmfit.core.problems.Phrase`, English by
    ``str()``, said in the person's language by the command line and the app), and :attr:`reason`, why, in
    a form a program can act on. :attr:`why` is the cause in words: the reason's (:data:`REASON_WORDS`),
    or for Reason.OTHER what the system said."""

    def __init__(self, template: str | Phrase, reason: Reason = Reason.OTHER, /, **values: object) -> None:
        given = values.get("why")
        words = REASON_WORDS.get(reason)
        why = given if isinstance(given, Phrase) else Phrase(words) if words is not None else None
        if why is not None:
            values.setdefault("why", why)
        super().__init__(template, **values)
        self.reason = reason
        self.why: Phrase = why if why is not None else self.phrase

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (type(self), self.phrase, self.reason, self.why))


def _rebuilt(kind: type[StoreError], phrase: Phrase, reason: Reason, why: Phrase) -> StoreError:
    error = kind(phrase, reason)
    error.why = why
    return error


def cause(reason: Reason, otherwise: Phrase) -> Phrase:
    """The words for ``reason``; ``otherwise`` for Reason.OTHER."""
    words = REASON_WORDS.get(reason)
    return Phrase(words) if words is not None else otherwise


def sqlite_cause(reason: Reason, error: sqlite3.Error) -> Phrase:
    """Why SQLite failed, in words: the reason's, else SQLite's own name for the error (an id, the same in
    every language: "SQLITE_IOERR_WRITE"), or its message when it has no name."""
    name = getattr(error, "sqlite_errorname", None)
    detail = Phrase(QT_TRANSLATE_NOOP("Problems", "SQLite error {code}"), code=name) if name else None
    return cause(reason, detail or Phrase("{detail}", detail=" ".join(str(error).split())))


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in ``conn``'s database; 0 for a database pmfit has never written."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row is not None else 0
    except ValueError:
        raise StoreError(
            QT_TRANSLATE_NOOP("Problems", "the database records an unreadable schema version {value}"),
            Reason.DAMAGED,
            value=shown(row[0]),
        ) from None


def _newer_check(conn: sqlite3.Connection, where: Path | str) -> int:
    """The schema version; StoreError when a newer pmfit wrote it (it would be unsafe to write to it)."""
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Problems",
                "{place} was written by a newer pmfit (data version {version}; this one knows up to "
                "{known}); update pmfit to open it",
            ),
            Reason.NEWER,
            place=where,
            version=version,
            known=SCHEMA_VERSION,
        )
    return version


def migrate(conn: sqlite3.Connection, where: Path | str = "the database") -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`, one step at a time, in a single transaction.

    Either every step applies or none does, so a kill mid-upgrade leaves the old version intact.
    Raises StoreError for a database written by a newer pmfit (it would be unsafe to write to it).

    A database already at this version is only read, never locked: opening pmfit's data to read it (the
    app's start, ``pmfit history``) goes ahead while another program holds the write lock (WAL readers do
    not wait for a writer).
    """
    if _newer_check(conn, where) == SCHEMA_VERSION:
        return SCHEMA_VERSION
    with conn:
        conn.execute("BEGIN IMMEDIATE")  # take the write lock before reading the version we act on
        version = _newer_check(conn, where)  # again: another pmfit may have upgraded it meanwhile
        for step in MIGRATIONS[version:]:
            for statement in step:
                conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
    return SCHEMA_VERSION
