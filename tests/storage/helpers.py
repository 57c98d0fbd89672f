"""Test helpers for the store: finished attempts put in as the app or ``pmfit import`` leaves them, and the
rolling backups it made."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from pmfit.core.answers import AnswerSheet
from pmfit.core.attempts import Record, record_of
from pmfit.core.bank import Bank
from pmfit.core.scoring import score
from pmfit.storage import store_backup
from pmfit.storage.store import Store
from pmfit.storage.store_rows import insert_attempt


def record(
    lean: str | None = None,
    label: str = "a",
    fits: Mapping[str, float] | None = None,
    scales: Mapping[str, float | None] | None = None,
) -> Record:
    return Record(lean, label, dict(fits or {}), dict(scales or {}))


def add_attempt(
    store: Store,
    sheet: AnswerSheet,
    lean: str | None = None,
    label: str = "a",
    fits: Mapping[str, float] | None = None,
    scales: Mapping[str, float | None] | None = None,
) -> int:
    """Add ``sheet`` to the history as a finished attempt whose result said ``lean``, ``label``, ... (a
    sheet without ``finished_at`` is stamped as finished now); returns its id.

    Through a connection of its own, as another pmfit would, so that the store under test is only read."""
    conn = sqlite3.connect(store.path)
    try:
        with conn:
            return insert_attempt(conn, sheet, record(lean, label, fits, scales))
    finally:
        conn.close()


def add_scored(store: Store, bank: Bank, sheet: AnswerSheet) -> int:
    """Add ``sheet`` with the result ``bank`` gives it; returns its id."""
    said = record_of(score(bank, sheet))
    return add_attempt(store, sheet, said.lean, said.label, said.fits, said.scales)


def backups(store: Store) -> list[Path]:
    """The store's rolling backups, newest first."""
    return store_backup.list_backups(store.path.parent)


_HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()  # until the test closes the pipe
conn.execute("ROLLBACK")
"""


@contextmanager
def write_lock_held_by_another_process(database: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds ``BEGIN IMMEDIATE`` on ``database`` (as a sync or backup tool might) for the
    duration of the block: pmfit's writes wait for it, reads in WAL mode do not."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        if holder.stdin is not None:
            holder.stdin.close()
        holder.wait(timeout=30)
