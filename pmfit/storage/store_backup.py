"""Rolling copies of the store's database in ``<data folder>/backups``, made with SQLite's backup API.

A copy is ``pmfit-YYYYMMDD-HHMMSS.sqlite3`` (local time; ``-N`` added when that name is taken), and only the
newest :data:`BACKUPS_KEPT` are kept. The store makes one before it migrates a file that holds data, and one
on the first open of each day; see :class:`pmfit.storage.store.Store`.

Why the backup API rather than copying the file: in WAL mode the newest commits may live only in the
``-wal`` file, and a file copied while another connection writes can be torn. The API copies a consistent
snapshot, WAL included. The copy is written under a ``.part`` name, checked, and renamed into place only when
complete, so a file listed by :func:`list_backups` is always a whole, healthy database, even after a kill.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path

BACKUP_FOLDER = "backups"
#: How many copies to keep; the oldest beyond this are deleted after each new copy.
BACKUPS_KEPT = 5
_NAME = re.compile(r"pmfit-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite3")
_PART = ".part"
_STALE_PART_SECONDS = 3600.0  # a .part file this old belongs to a backup that was killed, not a running one


def backup_folder(data_folder: Path) -> Path:
    return data_folder / BACKUP_FOLDER


def _key(path: Path) -> tuple[str, str, int] | None:
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    day, clock, n = match.groups()
    return day, clock, int(n or 0)


def list_backups(data_folder: Path) -> list[Path]:
    """The backup files, newest first (by the time in their name). Other files in the folder are ignored."""
    try:
        entries = list(backup_folder(data_folder).iterdir())
    except OSError:  # no folder yet, or unreadable: there is no backup we could use
        return []
    keyed = [(key, path) for path in entries if (key := _key(path)) is not None and path.is_file()]
    return [path for _, path in sorted(keyed, reverse=True)]


def backup_date(path: Path) -> date | None:
    """The local date in a backup's name, or None when the name is not a backup's."""
    key = _key(path)
    if key is None:
        return None
    digits = key[0]
    try:  # by hand: datetime.strptime pulls in _strptime, which costs start-up time
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def due(data_folder: Path, today: date) -> bool:
    """True when no backup was made ``today``: the newest backup's date is earlier, or there is none."""
    for path in list_backups(data_folder):
        made = backup_date(path)
        if made is not None:
            return made < today
    return True


def _free_name(folder: Path, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target, n = folder / f"pmfit-{stamp}.sqlite3", 0
    while target.exists():
        n += 1
        target = folder / f"pmfit-{stamp}-{n}.sqlite3"
    return target


def _remove_part(part: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            Path(f"{part}{suffix}").unlink(missing_ok=True)


def write_backup(
    source: sqlite3.Connection, data_folder: Path, now: datetime, keep: int | None = None
) -> Path:
    """Copy ``source``'s database to a new backup file named for ``now``; prune to ``keep`` copies.

    Raises OSError or sqlite3.Error when the copy cannot be made (nothing is left behind then). A failure
    to delete old copies is not an error: the new copy is made, and the next backup tries again.
    """
    folder = backup_folder(data_folder)
    folder.mkdir(exist_ok=True)
    target = _free_name(folder, now)
    part = target.with_name(target.name + _PART)
    _remove_part(part)
    try:
        dest = sqlite3.connect(part)
        try:
            source.backup(dest)
            # The copy inherits WAL mode from the header; a backup should be one self-contained file.
            dest.execute("PRAGMA journal_mode = DELETE")
            if dest.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise sqlite3.DatabaseError("the copy failed its integrity check")
        finally:
            dest.close()
        os.replace(part, target)
    except BaseException:
        _remove_part(part)
        raise
    prune(data_folder, BACKUPS_KEPT if keep is None else keep)
    return target


def prune(data_folder: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups, and ``.part`` leftovers of backups that were killed."""
    for old in list_backups(data_folder)[max(keep, 1) :]:
        with suppress(OSError):
            old.unlink()
    with suppress(OSError):
        for path in backup_folder(data_folder).iterdir():
            if _PART in path.name and time.time() - path.stat().st_mtime > _STALE_PART_SECONDS:
                path.unlink()
