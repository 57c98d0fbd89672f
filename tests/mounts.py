"""Real faults for tests that need them: a small tmpfs to fill, read-only mounts, append-only folders.

They need root (CI runs as root); elsewhere the tests that use them skip and say why. Every mount is undone
when the test ends, even when the test fails with files still open on it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(
    not IS_ROOT, reason="needs root to mount a small tmpfs or set file attributes (CI runs as root)"
)


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "256k") -> Iterator[Path]:
    """A fresh tmpfs of ``size`` mounted at ``where`` (made if needed) for the duration of the block."""
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("needs root and mount(8) to make a small tmpfs")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        if _run("umount", str(where)).returncode != 0:
            _run("umount", "-l", str(where))  # something still holds a file open: detach it anyway


@contextlib.contextmanager
def read_only_view(source: Path, where: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``where`` (a read-only bind mount) for the duration of the block."""
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("needs root and mount(8) for a read-only bind mount")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "--bind", str(source), str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {done.stderr.strip()}")
    try:
        remount_done = _run("mount", "-o", "remount,bind,ro", str(where))
        assert remount_done.returncode == 0, remount_done.stderr
        yield where
    finally:
        if _run("umount", str(where)).returncode != 0:
            _run("umount", "-l", str(where))


def remount(where: Path, mode: str) -> None:
    """Remount the tmpfs at ``where`` read-only ("ro") or writable again ("rw")."""
    done = _run("mount", "-o", f"remount,{mode}", str(where))
    assert done.returncode == 0, done.stderr


def fill(folder: Path) -> Path:
    """Fill the file system holding ``folder`` to the last byte; return the filler (delete it for room)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (1 << 16, 1 << 12, 1 << 9, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    probe = folder / "probe"
    try:
        probe.write_bytes(b"x" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    else:
        raise AssertionError(f"{folder} is not full")
    finally:
        probe.unlink(missing_ok=True)
    return filler


@contextlib.contextmanager
def append_only(folder: Path) -> Iterator[Path]:
    """``folder`` with the append-only attribute (chattr +a): files can be made there, never removed."""
    if not IS_ROOT or shutil.which("chattr") is None:
        pytest.skip("needs root and chattr(1) to make a folder append-only")
    done = _run("chattr", "+a", str(folder))
    if done.returncode != 0:
        pytest.skip(f"this file system has no append-only attribute: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("chattr", "-a", str(folder))
