"""Saving fails cleanly: one plain line naming the path, no half-written file, an old file left alone."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.report import ExportError, export_pdf
from tests.report.conftest import DAY

OLD = b"an older file that must survive a failed export"


def leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith(".pmfit-")
    )


def fails(bank: Bank, result: Result, path: Path) -> str:
    with pytest.raises(ExportError) as caught:
        export_pdf(bank, result, path, date=DAY)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_folder_does_not_exist(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    target = tmp_path / "missing" / "result.pdf"
    assert "does not exist" in fails(bank, leaning, target)
    assert not (tmp_path / "missing").exists()
    assert leftovers(tmp_path) == []


def test_path_is_a_folder(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    folder = tmp_path / "result.pdf"
    folder.mkdir()
    assert "is a folder" in fails(bank, leaning, folder)
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert leftovers(tmp_path) == []


def test_path_under_a_file(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_bytes(OLD)
    assert "is a file, not a folder" in fails(bank, leaning, blocker / "result.pdf")
    assert blocker.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_unwritable_folder(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "result.pdf"
    target.write_bytes(OLD)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running with rights that ignore folder permissions (root)")
        assert "permission" in fails(bank, leaning, target)
        assert target.read_bytes() == OLD
        assert leftovers(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def raise_enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_disk_full(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "result.pdf"
    target.write_bytes(OLD)
    fake: Callable[..., None] = raise_enospc
    monkeypatch.setattr(os, step, fake)
    assert "disk is full" in fails(bank, leaning, target)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_interrupted_write_leaves_nothing(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only OSError: whatever stops the write (here Ctrl+C) removes the temporary file."""
    target = tmp_path / "result.pdf"

    def interrupt(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        export_pdf(bank, leaning, target, date=DAY)
    monkeypatch.undo()
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_success_replaces_an_old_file_and_keeps_its_permissions(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object
) -> None:
    target = tmp_path / "result.pdf"
    target.write_bytes(OLD)
    target.chmod(0o640)
    assert export_pdf(bank, leaning, target, date=DAY) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


def test_a_new_file_is_not_private(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    """mkstemp makes its file owner-only; the finished PDF gets the usual permissions instead."""
    target = export_pdf(bank, leaning, tmp_path / "result.pdf", date=DAY)
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_relative_path_and_str(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    written = export_pdf(bank, leaning, "out.pdf", date=DAY)
    assert written == tmp_path / "out.pdf" and written.is_absolute()
    assert written.read_bytes().startswith(b"%PDF-")


def test_a_writer_that_does_not_finish(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt reports a failed PDF only through QPainter.end(); that too becomes an ExportError."""
    from PySide6.QtGui import QPainter

    target = tmp_path / "result.pdf"
    target.write_bytes(OLD)
    real_end = QPainter.end

    def failing_end(painter: QPainter) -> bool:
        real_end(painter)
        return False

    monkeypatch.setattr(QPainter, "end", failing_end)
    assert "did not finish" in fails(bank, leaning, target)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_permission_denied_even_as_root(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message for a folder one may not write in, shown where folder permissions cannot be tested."""
    real_open = os.open

    def denied(path: str, *args: object, **kwargs: object) -> int:
        if os.path.basename(path).startswith(".pmfit-"):  # making the temporary file in the folder
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    message = fails(bank, leaning, tmp_path / "result.pdf")
    assert f"you do not have permission to write in {tmp_path}" in message
