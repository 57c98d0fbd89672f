"""Changing several files as one: afterwards either every change is in place, or none of them is.

:func:`write_all` makes the missing folders, writes every file to a temporary name beside its target (so a
full disk or a refused write is met before anything a reader would see has changed), and only then renames
the temporary files over their targets. :func:`remove_all` first renames every file to a temporary name and
only then deletes them. On any failure, whatever this run did is undone (the files it wrote, the folders it
made; a file it replaced or removed is put back) and :class:`BatchError` says what failed and why.

Ctrl+C, SIGTERM and SIGHUP are held back while a batch runs (writing a few small files takes milliseconds)
and take effect as soon as it is complete or undone, so no signal can leave half of a batch behind.

Nothing is ever written through a symbolic link: the temporary files are made with ``O_NOFOLLOW``, and a
rename replaces a link itself, never the file it points to. Callers refuse a link at a target beforehand.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

_PREFIX = ".pmfit-"
_HELD_SIGNALS = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class BatchError(Exception):
    """A step of a batch failed and everything the batch had done was undone.

    ``action`` is what failed, in words ("make the folder", "write", "remove"), ``path`` the file or folder
    it failed on and ``error`` the system's reason."""

    def __init__(self, action: str, path: Path, error: OSError) -> None:
        super().__init__(f"cannot {action} {path}: {error.strerror or error}")
        self.action = action
        self.path = path
        self.error = error


@dataclass
class _Change:
    """One file of a batch on its way: where it goes, the temporary file holding its new bytes (or, when
    removing, the file itself under its temporary name) and where the file it replaces waits meanwhile."""

    target: Path
    temporary: Path | None = None
    previous: Path | None = None
    done: bool = False


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl+C, SIGTERM and SIGHUP back in this thread until the block ends (the main thread of a
    command receives them; a signal that arrives meanwhile is delivered right after)."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = mask(signal.SIG_BLOCK, _HELD_SIGNALS)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


def _temporary_name(folder: Path, suffix: str) -> Path:
    return folder / f"{_PREFIX}{os.urandom(6).hex()}{suffix}"


def _write_temporary(target: Path, data: bytes) -> Path:
    """``data`` in a new file beside ``target``, flushed to the disk; never follows a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temporary = _temporary_name(target.parent, ".part")
        try:
            fd = os.open(temporary, flags, 0o666)  # the umask decides, as for any file a person makes
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise
        return temporary
    raise FileExistsError(f"no free temporary name in {target.parent}")


def _free_name(target: Path, suffix: str) -> Path:
    for _ in range(100):
        candidate = _temporary_name(target.parent, suffix)
        if not os.path.lexists(candidate):
            return candidate
    raise FileExistsError(f"no free temporary name in {target.parent}")


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable, where a folder can be opened (not on Windows)."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _undo(changes: Sequence[_Change], made: Sequence[Path]) -> None:
    """Put everything back as it was before the batch, as far as the system lets us."""
    for change in reversed(changes):
        with contextlib.suppress(OSError):
            if change.done and change.previous is not None:
                os.replace(change.previous, change.target)
            elif change.done:
                change.target.unlink()  # new in this batch
            elif change.previous is not None and not os.path.lexists(change.target):
                os.replace(change.previous, change.target)  # moved aside, new file not yet in place
        with contextlib.suppress(OSError):
            if change.temporary is not None and not change.done:
                change.temporary.unlink()
    for folder in reversed(made):
        with contextlib.suppress(OSError):
            folder.rmdir()


def write_all(folders: Sequence[Path], files: Sequence[tuple[Path, bytes]]) -> None:
    """Make ``folders`` (in the order given: each one's parent exists or comes earlier), then put every
    file's bytes at its path, all or nothing. The files are renamed into place in the order given.

    Raises :class:`BatchError` once everything done so far has been undone.
    """
    made: list[Path] = []
    changes = [_Change(target) for target, _ in files]
    with _signals_held():
        try:
            for folder in folders:
                try:
                    folder.mkdir()
                except OSError as error:
                    raise BatchError("make the folder", folder, error) from None
                made.append(folder)
            for change, (target, data) in zip(changes, files, strict=True):
                try:
                    change.temporary = _write_temporary(target, data)
                except OSError as error:
                    raise BatchError("write", target, error) from None
            for change in changes:
                assert change.temporary is not None
                try:
                    if os.path.lexists(change.target):
                        # Moved aside, not deleted, so that a failure further on can put it back.
                        change.previous = _free_name(change.target, ".old")
                        os.rename(change.target, change.previous)
                    os.replace(change.temporary, change.target)
                except OSError as error:
                    raise BatchError("write", change.target, error) from None
                change.done = True
        except BaseException:
            _undo(changes, made)
            raise
        for change in changes:
            if change.previous is not None:
                with contextlib.suppress(OSError):
                    change.previous.unlink()
        for folder in dict.fromkeys(change.target.parent for change in changes):
            _sync_folder(folder)


def remove_all(paths: Sequence[Path]) -> None:
    """Remove every file of ``paths``, all or nothing (a link is removed, never what it points to).

    Raises :class:`BatchError` once every file moved so far is back in place.
    """
    changes = [_Change(path) for path in paths]
    with _signals_held():
        try:
            for change in changes:
                try:
                    change.previous = _free_name(change.target, ".removed")
                    os.rename(change.target, change.previous)
                except OSError as error:
                    change.previous = None
                    raise BatchError("remove", change.target, error) from None
        except BaseException:
            for change in reversed(changes):
                if change.previous is not None:
                    with contextlib.suppress(OSError):
                        os.replace(change.previous, change.target)
            raise
        for change in changes:
            assert change.previous is not None
            with contextlib.suppress(OSError):
                change.previous.unlink()
