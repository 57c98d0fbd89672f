"""The lock that keeps two pmfit processes from writing the same data at once, and what happened taking it.

Only a lock held by another running pmfit means "pmfit is already open". Every other failure (a read-only
or full disk, a FIFO or folder where the lock file goes, a folder name Qt cannot spell) is said as what it
is, so that a person is not sent looking for a window that does not exist.

The lock is a QLockFile (``pmfit.lock`` in the data folder). It records the owner's process id, so a lock
left behind by a crashed or killed pmfit is recognised as stale and taken over; only a live owner keeps it.
"""

from __future__ import annotations

import os
import stat
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile

from pmfit.core.files import file_kind
from pmfit.storage.store_schema import Reason

LOCK_NAME = "pmfit.lock"


class LockStatus(Enum):
    ACQUIRED = "acquired"
    HELD = "held"  # by another running pmfit
    FAILED = "failed"  # the lock could not be taken at all: see reason and message


class InstanceLock:
    """The outcome of :func:`acquire_instance_lock`; release it when done (releasing twice is harmless).

    A plain class: it is made before the app's first paint, where importing dataclasses costs 2 ms."""

    def __init__(
        self,
        status: LockStatus,
        message: str = "",
        reason: Reason | None = None,
        holder: int | None = None,
        lock: QLockFile | None = None,
    ) -> None:
        self.status = status
        #: One line in English saying what happened ("" when acquired), for the command line and logs.
        self.message = message
        #: Why it failed, for a program to word (None unless FAILED).
        self.reason = reason
        #: The process id of the pmfit holding the lock, when HELD and known.
        self.holder = holder
        self._lock = lock

    def __repr__(self) -> str:
        return f"InstanceLock({self.status}, {self.message!r}, {self.reason}, holder={self.holder})"

    @property
    def acquired(self) -> bool:
        return self.status is LockStatus.ACQUIRED

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def _failed(message: str, reason: Reason) -> InstanceLock:
    return InstanceLock(LockStatus.FAILED, message, reason)


def _why_not(folder: Path, path: Path) -> InstanceLock:
    """QLockFile says only "permission" or "unknown"; ask the file system what really stood in the way."""
    try:
        info = os.statvfs(folder)
    except OSError as error:
        return _failed(f"cannot use the data folder {folder}: {error.strerror}", Reason.OTHER)
    if info.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
        return _failed(f"the data folder {folder} is read-only", Reason.READ_ONLY)
    if info.f_bavail == 0:
        return _failed(f"the disk holding {folder} is full", Reason.DISK_FULL)
    return _failed(f"cannot make the lock file {path}", Reason.OTHER)


def acquire_instance_lock(folder: Path, wait_ms: int = 100) -> InstanceLock:
    """Take the lock on the data in ``folder`` (an existing folder), waiting up to ``wait_ms``."""
    path = folder / LOCK_NAME
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # Qt spells file names in Unicode: it would lock a file of another name
        return _failed(f"the data folder's name is not UTF-8 text: {folder}", Reason.OTHER)
    try:  # QLockFile reads an existing lock file: a FIFO there would make it wait forever
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG
    except OSError as error:
        return _failed(f"cannot use the lock file {path}: {error.strerror}", Reason.OTHER)
    if not stat.S_ISREG(mode):
        return _failed(f"{path} is {file_kind(mode)}, not pmfit's lock file", Reason.NOT_A_FILE)

    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # staleness is decided by whether the owner still runs, never by age
    if lock.tryLock(wait_ms):
        return InstanceLock(LockStatus.ACQUIRED, lock=lock)
    if lock.error() == QLockFile.LockError.LockFailedError:
        pid, _host, _app = lock.getLockInfo()
        holder = pid if isinstance(pid, int) and pid > 0 else None
        held_by = f" (process {holder})" if holder else ""
        return InstanceLock(LockStatus.HELD, f"pmfit is already open on this data{held_by}", holder=holder)
    return _why_not(folder, path)
