"""Several files changed as one (``pmfit.system.file_batch``): all of it, or nothing at all."""

from __future__ import annotations

import errno
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pmfit.system import file_batch
from pmfit.system.file_batch import BatchError, remove_all, write_all


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder (None) under root, temporary files included."""
    return {
        p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def scene(root: Path) -> tuple[list[Path], list[tuple[Path, bytes]]]:
    """A batch that makes two folders, adds two files and replaces one."""
    (root / "old").mkdir(parents=True)
    (root / "old" / "kept.txt").write_bytes(b"before")
    folders = [root / "new", root / "new" / "deeper"]
    files = [
        (root / "new" / "deeper" / "a.txt", b"a"),
        (root / "old" / "kept.txt", b"after"),
        (root / "new" / "b.txt", b"b"),
    ]
    return folders, files


class FailAt:
    """Makes the ``at``-th call (counting from 0) of the wrapped file operations fail once."""

    def __init__(self, at: int) -> None:
        self.at, self.calls = at, 0

    def wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def failing(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls - 1 == self.at:
                raise OSError(errno.EIO, "Input/output error")
            return real(*args, **kwargs)

        return failing


def test_a_batch_puts_every_file_in_place(tmp_path: Path) -> None:
    folders, files = scene(tmp_path)
    write_all(folders, files)
    assert tree(tmp_path) == {
        "new": None,
        "new/b.txt": b"b",
        "new/deeper": None,
        "new/deeper/a.txt": b"a",
        "old": None,
        "old/kept.txt": b"after",
    }


def test_a_failure_at_any_step_leaves_everything_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every step that can fail (making a folder, making a temporary file, moving the old file aside,
    # renaming the new one into place) fails in turn; each time nothing of the batch may remain.
    steps = 0
    for at in range(100):
        root = tmp_path / str(at)
        folders, files = scene(root)
        before = tree(root)
        fault = FailAt(at)
        with monkeypatch.context() as patch:
            patch.setattr(Path, "mkdir", fault.wrap(Path.mkdir))
            for name in ("open", "rename", "replace"):
                patch.setattr(file_batch.os, name, fault.wrap(getattr(os, name)))
            try:
                write_all(folders, files)
            except BatchError as error:
                assert "Input/output error" in str(error)
            else:
                steps = at
                break
        assert tree(root) == before, f"step {at}"
    assert steps >= 9, "each folder, each temporary file and each rename failed once"


def test_a_removal_that_fails_half_way_puts_back_what_it_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [tmp_path / f"{n}.txt" for n in range(3)]
    for path in paths:
        path.write_bytes(path.name.encode())
    before = tree(tmp_path)
    fault = FailAt(2)
    monkeypatch.setattr(file_batch.os, "rename", fault.wrap(os.rename))
    with pytest.raises(BatchError, match=r"cannot remove .*2\.txt"):
        remove_all(paths)
    assert tree(tmp_path) == before
    monkeypatch.undo()
    remove_all(paths)
    assert tree(tmp_path) == {}


def test_a_link_is_replaced_never_written_through(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_bytes(b"not ours")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_all([], [(link, b"ours")])
    assert target.read_bytes() == b"not ours"
    assert not link.is_symlink() and link.read_bytes() == b"ours"


@pytest.mark.skipif(not hasattr(signal, "pthread_kill"), reason="needs POSIX signals")
def test_a_signal_during_a_batch_waits_until_it_is_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders, files = scene(tmp_path)
    seen: list[dict[str, bytes | None]] = []
    previous = signal.signal(signal.SIGTERM, lambda *_: seen.append(tree(tmp_path)))
    real_fsync = os.fsync
    sent = []

    def fsync_then_signal(fd: int) -> None:
        real_fsync(fd)
        if not sent:  # SIGTERM arrives while the first temporary file is being written
            sent.append(True)
            signal.pthread_kill(threading.get_ident(), signal.SIGTERM)

    monkeypatch.setattr(file_batch.os, "fsync", fsync_then_signal)
    try:
        write_all(folders, files)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert sent and len(seen) == 1, "the signal was delivered once, after the batch"
    assert {name: data for name, data in seen[0].items() if ".pmfit-" not in name} == tree(tmp_path)
    assert not [name for name in seen[0] if ".pmfit-" in name], "it came after every temporary file was gone"
