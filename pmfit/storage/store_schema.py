"""The store's schema: its versions, and the step-by-step migrations that bring any older file up to date.

A user's file may be at any version pmfit ever wrote, so each version is one entry in :data:`MIGRATIONS`,
applied in order and never edited once released; tests build a file at every earlier version and open it.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from pathlib import Path

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


class StoreError(Exception):
    """The store cannot do what was asked; the message is one line in English (for the command line) and
    :attr:`reason` says why in a form a program can map to its own words."""

    def __init__(self, message: str, reason: Reason = Reason.OTHER) -> None:
        super().__init__(message)
        self.reason = reason


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in ``conn``'s database; 0 for a database pmfit has never written."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone() is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row is not None else 0
    except ValueError:
        raise StoreError(
            f"the database records an unreadable schema version {row[0]!r}", Reason.DAMAGED
        ) from None


def migrate(conn: sqlite3.Connection, where: Path | str = "the database") -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`, one step at a time, in a single transaction.

    Either every step applies or none does, so a kill mid-upgrade leaves the old version intact.
    Raises StoreError for a database written by a newer pmfit (it would be unsafe to write to it).
    """
    with conn:
        conn.execute("BEGIN IMMEDIATE")  # take the write lock before reading the version we act on
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{where} was written by a newer pmfit (data version {version}; this one knows up to "
                f"{SCHEMA_VERSION}); update pmfit to open it",
                Reason.NEWER,
            )
        for step in MIGRATIONS[version:]:
            for statement in step:
                conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
    return SCHEMA_VERSION
