"""Reading a file a person named (an answer sheet, a question bank): a regular file only, and only so much.

A path can name a FIFO, a device, a socket or a folder. Opening a FIFO for reading waits for a writer
(forever, in practice) and /dev/zero or /dev/urandom never end: either would freeze the app or fill the
memory. So the kind of file is checked before it is opened (a device is never opened at all), the open
itself cannot block (``O_NONBLOCK``), the descriptor is checked again with ``fstat`` (a file swapped in
between is caught), and no more than ``limit`` bytes are ever read.
"""

from __future__ import annotations

import errno
import os
import stat

from pmfit.core.problems import QT_TRANSLATE_NOOP, Phrase, Problem

__all__ = ["UnreadableFile", "file_kind", "read_regular_file", "size_text"]

_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
)
_CHUNK = 1 << 20


class UnreadableFile(Problem):
    """Why a file cannot be used, in words that follow its name: "is a folder, not an answer sheet"."""


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in plain English words (marked for translation, context
    "Problems")."""
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("Problems", "a folder")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("Problems", "a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("Problems", "a device")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("Problems", "a socket")
    return QT_TRANSLATE_NOOP("Problems", "not a regular file")


def size_text(size: int) -> Phrase:
    """A size for a message: "5 MB", "12.5 MB", "800 bytes"."""
    if size < 1_000_000:
        return Phrase(QT_TRANSLATE_NOOP("Problems", "{count} bytes"), count=f"{size:,}")
    megabytes = size / 1_000_000
    count = f"{megabytes:.0f}" if megabytes == int(megabytes) else f"{megabytes:.1f}"
    return Phrase(QT_TRANSLATE_NOOP("Problems", "{count} MB"), count=count)


# The system's reasons a person meets most, in words that can be translated; any other keeps the system's.
_SYSTEM_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("Problems", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Problems", "permission denied"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Problems", "too many symbolic links"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Problems", "the name is too long"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Problems", "part of the path is not a folder"),
    errno.EIO: QT_TRANSLATE_NOOP("Problems", "input/output error"),
}


def system_reason(error: OSError) -> Phrase:
    """The system's reason for ``error`` as a phrase: translatable for the common ones."""
    known = _SYSTEM_REASONS.get(error.errno or 0)
    if known is not None:
        return Phrase(known)
    return Phrase("{detail}", detail=error.strerror or type(error).__name__)


def _reason(error: OSError) -> UnreadableFile:
    if isinstance(error, FileNotFoundError):
        return UnreadableFile(QT_TRANSLATE_NOOP("Problems", "file not found"))
    return UnreadableFile(
        QT_TRANSLATE_NOOP("Problems", "cannot be read ({reason})"), reason=system_reason(error)
    )


def _refuse_odd_kind(mode: int, what: str) -> None:
    if not stat.S_ISREG(mode):
        kind = file_kind(mode)
        if kind == file_kind(0):  # neither a folder, a pipe, a device nor a socket
            raise UnreadableFile(QT_TRANSLATE_NOOP("Problems", "is not a regular file"))
        raise UnreadableFile(
            QT_TRANSLATE_NOOP("Problems", "is {kind}, not {what}"), kind=Phrase(kind), what=Phrase(what)
        )


def read_regular_file(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    ``what`` names what the file should be ("an answer sheet", marked for translation). Raises
    :class:`UnreadableFile` with one line (without the path, which the caller puts in front) for a missing
    file, a folder, a FIFO, a device, a socket, a file over the limit, or any error from the system.
    """
    try:
        _refuse_odd_kind(os.stat(path).st_mode, what)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _reason(error) from None
    try:
        info = os.fstat(fd)
        _refuse_odd_kind(info.st_mode, what)
        too_large = UnreadableFile(
            QT_TRANSLATE_NOOP("Problems", "is too large to be {what} (the limit is {limit})"),
            what=Phrase(what),
            limit=size_text(limit),
        )
        if info.st_size > limit:
            raise too_large
        chunks: list[bytes] = []
        total = 0
        while True:  # the size can grow while it is read: the limit holds for what is read, not for stat
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > limit:
                raise too_large
            chunks.append(chunk)
    except OSError as error:
        raise _reason(error) from None
    finally:
        os.close(fd)
