"""What ``pmfit desktop install`` wrote: the record that lets it (and uninstall) touch only pmfit's files.

The record is a small JSON file in pmfit's data folder::

    {"format": "pmfit.desktop-install/2",
     "files": {"/home/a/.local/share/applications/io.github.pmfit.pmfit.desktop": "<sha256 hex>", ...},
     "folders": ["/home/a/.local/share/applications", ...]}

``files`` maps every file install wrote to the SHA-256 of the bytes it wrote, so a file a person changed
afterwards is told apart from pmfit's own; ``folders`` are the folders install had to make. A record of the
first format (``pmfit.desktop-install/1``, a list of files without hashes) is still read: its files have no
hash (None), and are then treated like files pmfit has no record of.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pmfit.core.files import file_kind

MANIFEST_FORMAT = "pmfit.desktop-install/2"
_FIRST_FORMAT = "pmfit.desktop-install/1"
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_READ_FLAGS |= getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class Manifest:
    """The files an install wrote (each with the SHA-256 of what it wrote there, None when an older record
    did not say) and the folders it made."""

    files: Mapping[Path, str | None] = field(default_factory=dict)
    folders: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Found:
    """What is at a path, looked at without following a link: ``kind`` is "absent", "file", "link" or
    "other" (a folder, a FIFO, ...: ``what`` says which); a file comes with the SHA-256 of its bytes."""

    kind: str
    digest: str | None = None
    what: str = ""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def look(path: Path) -> Found:
    """What is at ``path``. A FIFO or a device is never opened (it could block or never end), a link is
    never followed; a file is read only to hash it."""
    try:
        mode = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return Found("absent")
    if stat.S_ISLNK(mode):
        return Found("link")
    if not stat.S_ISREG(mode):
        return Found("other", what=file_kind(mode))
    try:
        fd = os.open(path, _READ_FLAGS)
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):  # swapped for something else meanwhile
                return Found("other", what="not a regular file")
            hashed = hashlib.sha256()
            while chunk := stream.read(1 << 16):
                hashed.update(chunk)
    except OSError as error:
        return Found("other", what=f"a file pmfit cannot read ({error.strerror or error})")
    return Found("file", hashed.hexdigest())


def read_manifest(path: Path) -> Manifest:
    """What an earlier install recorded; empty when there is none, it cannot be read or it is a link
    (a record is a file pmfit wrote, and pmfit never writes a link)."""
    try:
        fd = os.open(path, _READ_FLAGS)
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                return Manifest()
            data = json.loads(stream.read(1 << 20).decode("utf-8"))
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict) or data.get("format") not in {MANIFEST_FORMAT, _FIRST_FORMAT}:
        return Manifest()
    files: dict[Path, str | None] = {}
    listed = data.get("files")
    if isinstance(listed, list):  # the first format: paths only
        files = {Path(p): None for p in listed if isinstance(p, str) and os.path.isabs(p)}
    elif isinstance(listed, dict):
        for name, value in listed.items():
            if os.path.isabs(name):
                files[Path(name)] = value if isinstance(value, str) and len(value) == 64 else None
    folders = data.get("folders")
    kept = folders if isinstance(folders, list) else []
    return Manifest(files, tuple(Path(p) for p in kept if isinstance(p, str) and os.path.isabs(p)))


def manifest_bytes(manifest: Manifest) -> bytes:
    data = {
        "format": MANIFEST_FORMAT,
        "files": {str(p): manifest.files[p] for p in sorted(manifest.files)},
        "folders": sorted(str(p) for p in manifest.folders),
    }
    return (json.dumps(data, indent=2) + "\n").encode("utf-8")
