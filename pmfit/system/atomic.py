"""Writing a finished file in one step, so a reader never sees half of it and a failure changes nothing.

Used for every file pmfit writes for a person: the PDF summary and exported answer sheets.

The bytes go to a temporary file in the target's own folder (so the final rename stays on one disk and is
atomic), are flushed to the disk, and only then renamed over the target. Any failure removes the temporary
file and raises :class:`WriteError` (or the subclass the caller names); a file that was already at the target
stays as it was.

The temporary file is removed on every way out: an error, Ctrl+C, and SIGTERM or SIGHUP (a logout, a
closed terminal, ``kill``), which would otherwise end the process on the spot. In the main thread the write
installs handlers for those two signals while it runs, where they are at their default, and puts the
previous ones back; a program that writes from other threads (the desktop app) calls
:func:`remove_unfinished` from its own handlers. What can never be replaced is refused before anything is
written: a device, a FIFO, a socket or a folder at the target (writing "through" /dev/full or a FIFO would
replace it with a plain file), and a folder where files can be added but not removed (append-only).
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication

from pmfit.core.files import file_kind

translate = QCoreApplication.translate

PREFIX = ".pmfit-"
#: The signals that end a process by default and that a person or the system sends to stop it politely.
ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
# Linux's FS_IOC_GETFLAGS and the attributes that forbid removing or renaming a file in a folder.
_FS_IOC_GETFLAGS = 0x80086601
_FS_IMMUTABLE_FL, _FS_APPEND_FL = 0x10, 0x20

# Temporary files of writes in progress, so that a signal handler can remove them before the process ends.
_unfinished: set[str] = set()


class WriteError(Exception):
    """A file could not be written. One line naming the path, fit to show a person; nothing was left
    behind and a file that was already at the path is untouched."""


def os_error_message(error: OSError, target: Path, what: str | None = None) -> str:
    """Why writing ``target`` failed, in plain words (in the person's language), from the errno of
    ``error``. ``what`` names the file in words ("the PDF"), translated by the caller."""
    values = {
        "what": what or translate("Files", "the file"),
        "target": str(target),
        "folder": str(target.parent),
    }
    code = error.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        text = translate(
            "Files",
            "Could not save {what} as {target}: the disk is full. Free some space or choose another place.",
        )
    elif code == errno.ENOENT:
        text = translate("Files", "Could not save {what} as {target}: the folder {folder} does not exist.")
    elif code == errno.EISDIR:
        text = translate(
            "Files",
            "Could not save {what} as {target}: that name is a folder, not a file. "
            "Choose a file name inside it.",
        )
    elif code == errno.ENOTDIR:
        text = translate(
            "Files", "Could not save {what} as {target}: part of that path is a file, not a folder."
        )
    elif code in {errno.EACCES, errno.EPERM} and target.exists() and os.name == "nt":
        text = translate(
            "Files",
            "Could not save {what} as {target}: the file cannot be replaced. Is it open in another program?",
        )
    elif code in {errno.EACCES, errno.EPERM}:
        text = translate(
            "Files", "Could not save {what} as {target}: you do not have permission to write in {folder}."
        )
    elif code == errno.EROFS:
        text = translate("Files", "Could not save {what} as {target}: {folder} is on a read-only disk.")
    elif code == errno.ENAMETOOLONG:
        text = translate("Files", "Could not save {what} as {target}: the name is too long.")
    elif code == errno.ELOOP:
        text = translate(
            "Files", "Could not save {what} as {target}: the path runs in a loop of symbolic links."
        )
    elif code == errno.EXDEV:
        text = translate(
            "Files", "Could not save {what} as {target}: the temporary file ended up on another disk."
        )
    else:
        # The system's own words for a rare failure (strerror follows the C locale, not pmfit's language).
        values["reason"] = (error.strerror or type(error).__name__).rstrip(".")
        text = translate("Files", "Could not save {what} as {target}: {reason}.")
    return text.format(**values)


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


def _append_only(folder: Path) -> bool:
    """True when ``folder`` lets files be made but never renamed or removed (Linux chattr +a or +i)."""
    try:
        import fcntl

        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_NONBLOCK)
    except (ImportError, OSError):
        return False
    try:
        flags = int.from_bytes(fcntl.ioctl(fd, _FS_IOC_GETFLAGS, bytes(8))[:4], "little")
    except OSError:  # a file system without attributes (tmpfs before Linux 6.0, NFS, ...)
        return False
    finally:
        os.close(fd)
    return bool(flags & (_FS_APPEND_FL | _FS_IMMUTABLE_FL))


def _check_target(target: Path, what: str | None, error_type: type[WriteError]) -> None:
    """The failures that can be named before anything is written."""
    try:
        _check_place(target, what, error_type)
    except OSError as error:  # a name too long, a loop of links, no permission to look
        raise error_type(os_error_message(error, target, what)) from None


def _check_place(target: Path, what: str | None, error_type: type[WriteError]) -> None:
    try:
        mode: int | None = os.stat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise error_type(os_error_message(OSError(errno.EISDIR, "Is a directory"), target, what))
    if mode is not None and not stat.S_ISREG(mode):
        raise error_type(
            translate(
                "Files",
                "Could not save {what} as {target}: that name is not a file but something pmfit never "
                "replaces ({kind}). Choose another name.",
            ).format(what=what or translate("Files", "the file"), target=target, kind=file_kind(mode))
        )
    folder = target.parent
    if not folder.exists():
        # A missing folder under a path that runs through a file is a different mistake from a typo.
        ancestors = [p for p in folder.parents if p.exists()]
        code = errno.ENOTDIR if ancestors and not ancestors[0].is_dir() else errno.ENOENT
        raise error_type(os_error_message(OSError(code, os.strerror(code)), target, what))
    if not folder.is_dir():
        raise error_type(os_error_message(OSError(errno.ENOTDIR, "Not a directory"), target, what))
    if _append_only(folder):
        raise error_type(
            translate(
                "Files",
                "Could not save {what} as {target}: files in {folder} can be added but never replaced or "
                "removed (the folder is append-only). Choose another folder.",
            ).format(what=what or translate("Files", "the file"), target=target, folder=folder)
        )


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


def remove_unfinished() -> None:
    """Delete the temporary files of the writes still running; for a signal handler about to end the
    process (the writes themselves clean up after any error)."""
    for name in list(_unfinished):
        with contextlib.suppress(OSError):
            os.unlink(name)


def end_cleanly(signum: int, _frame: FrameType | None) -> None:
    """A signal handler: remove unfinished temporary files, then end as the signal ``signum`` would have."""
    remove_unfinished()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)  # end as the signal would have: the parent sees "killed by SIGTERM"


@contextlib.contextmanager
def _ending_signals_clean_up() -> Iterator[None]:
    """While the block runs in the main thread, SIGTERM and SIGHUP first remove unfinished temporary files.

    Only signals at their default action are taken over (an ignored SIGHUP under nohup stays ignored, a
    program's own handler stays in charge), and the previous handlers are back when the block ends.
    """
    previous: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}
    if threading.current_thread() is threading.main_thread():
        for number in ENDING_SIGNALS:
            if signal.getsignal(number) == signal.SIG_DFL:
                previous[number] = signal.signal(number, end_cleanly)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def write_atomically(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    what: str | None = None,
    suffix: str = ".part",
    error_type: type[WriteError] = WriteError,
) -> Path:
    """Put ``data`` at ``path`` all at once; returns the path written.

    Raises ``error_type`` (a :class:`WriteError`) whose message says "Could not save {what} as {path}: ...",
    in the person's language; ``what`` names the file in words (default "the file"), translated.
    """
    target = Path(os.path.abspath(os.fspath(path)))
    try:
        if target.is_symlink():
            target = target.resolve()  # write through a link, as an editor does, rather than replace the link
    except (OSError, RuntimeError):  # RuntimeError: a loop of links (Python 3.11)
        raise error_type(os_error_message(OSError(errno.ELOOP, "loop"), target, what)) from None
    _check_target(target, what, error_type)
    with _ending_signals_clean_up():
        _write_and_replace(target, data, what, suffix, error_type)
    _sync_folder(target.parent)
    return target


def _create_temporary(folder: Path, suffix: str) -> tuple[int, str]:
    """Like ``tempfile.mkstemp``, but the name is in :data:`_unfinished` before the file exists, so a
    signal handler running at any moment after that knows the file (mkstemp would hand the name back only
    after making it). The O_EXCL name is random, so what a handler may remove is only ever pmfit's own."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        name = os.path.join(folder, f"{PREFIX}{os.urandom(6).hex()}{suffix}")
        _unfinished.add(name)
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            _unfinished.discard(name)
        except BaseException:
            _unfinished.discard(name)
            raise
    raise FileExistsError(errno.EEXIST, "No usable temporary name")


def _write_and_replace(
    target: Path, data: bytes, what: str | None, suffix: str, error_type: type[WriteError]
) -> None:
    try:
        fd, temporary = _create_temporary(target.parent, suffix)
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
    finally:
        _unfinished.discard(temporary)
