"""Writing a finished file in one step, so a reader never sees half of it and a failure changes nothing.

Used for every file pmfit writes for a person: the PDF summary and exported answer sheets.

The bytes go to a temporary file in the target's own folder (so the final rename stays on one disk and is
atomic), are flushed to the disk, and only then renamed over the target. Any failure removes the temporary
file and raises :class:`WriteError` (or the subclass the caller names); a file that was already at the target
stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

PREFIX = ".pmfit-"


class WriteError(Exception):
    """A file could not be written. One line naming the path, fit to show a person; nothing was left
    behind and a file that was already at the path is untouched."""


def os_error_message(error: OSError, target: Path, what: str = "the file") -> str:
    """Why writing ``target`` failed, in plain words, from the errno of ``error``."""
    where = f"Could not save {what} as {target}"
    folder = target.parent
    code = error.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        return f"{where}: the disk is full. Free some space or choose another place."
    if code == errno.ENOENT:
        return f"{where}: the folder {folder} does not exist."
    if code == errno.EISDIR:
        return f"{where}: that name is a folder, not a file. Choose a file name inside it."
    if code == errno.ENOTDIR:
        return f"{where}: part of that path is a file, not a folder."
    if code in {errno.EACCES, errno.EPERM}:
        if target.exists() and os.name == "nt":
            return f"{where}: the file cannot be replaced. Is it open in another program?"
        return f"{where}: you do not have permission to write in {folder}."
    if code == errno.EROFS:
        return f"{where}: {folder} is on a read-only disk."
    if code == errno.ENAMETOOLONG:
        return f"{where}: the name is too long."
    if code == errno.EXDEV:
        return f"{where}: the temporary file ended up on another disk."
    reason = (error.strerror or type(error).__name__).rstrip(".")
    return f"{where}: {reason}."


def _umask() -> int:
    """The process umask, read without changing it (``os.umask`` would, for a moment, for every thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _mode_for(target: Path) -> int:
    """Keep the permissions of the file being replaced; a new file gets what ``open()`` would give it
    (``mkstemp`` makes its file private to the owner, which would be a surprise for a PDF)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _check_target(target: Path, what: str, error_type: type[WriteError]) -> None:
    """The failures that can be named before anything is written."""
    if target.is_dir():
        raise error_type(os_error_message(OSError(errno.EISDIR, "Is a directory"), target, what))
    folder = target.parent
    if not folder.exists():
        # A missing folder under a path that runs through a file is a different mistake from a typo.
        ancestors = [p for p in folder.parents if p.exists()]
        code = errno.ENOTDIR if ancestors and not ancestors[0].is_dir() else errno.ENOENT
        raise error_type(os_error_message(OSError(code, os.strerror(code)), target, what))
    if not folder.is_dir():
        raise error_type(os_error_message(OSError(errno.ENOTDIR, "Not a directory"), target, what))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows opening a folder (not on Windows)."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    what: str = "the file",
    suffix: str = ".part",
    error_type: type[WriteError] = WriteError,
) -> Path:
    """Put ``data`` at ``path`` all at once; returns the path written.

    Raises ``error_type`` (a :class:`WriteError`) whose message says "Could not save {what} as {path}: ...".
    """
    target = Path(os.path.abspath(os.fspath(path)))
    if target.is_symlink():
        target = target.resolve()  # write through a link, as an editor does, rather than replace the link
    _check_target(target, what, error_type)
    try:
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=PREFIX, suffix=suffix)
    except OSError as error:
        raise error_type(os_error_message(error, target, what)) from error
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise error_type(os_error_message(error, target, what)) from error
        raise
    _sync_folder(target.parent)
    return target
