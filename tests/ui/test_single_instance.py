"""A second pmfit on the same data says the app is already open; a lock left by a killed one is taken over;
a lock that cannot be taken for any other reason says that reason instead, with exit status 2."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pmfit.storage.store import Reason
from pmfit.system.instance_lock import LOCK_NAME, LockStatus, acquire_instance_lock
from pmfit.ui import app as app_module
from tests.mounts import fill, needs_root, remount, tmpfs

HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(1000)
print("locked", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    folder.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder / LOCK_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    yield folder, process
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)


def test_second_instance_says_already_open(qapp, holder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder, _process = holder
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    said: list[str] = []
    monkeypatch.setattr(app_module, "show_fatal", lambda title, text: said.append(f"{title}: {text}"))
    assert app_module.run_app([]) == app_module.EXIT_ALREADY_RUNNING
    assert said and "already open" in said[0]
    assert not (folder / "pmfit.sqlite3").exists()  # it did not touch the data


def test_lock_of_a_killed_instance_is_taken_over(qapp, holder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder, process = holder
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert (folder / LOCK_NAME).exists()  # the stale lock is still there
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    monkeypatch.setenv("PMFIT_EXIT_AFTER_PAINT", "1")
    monkeypatch.setattr(app_module, "show_fatal", lambda title, text: pytest.fail(f"{title}: {text}"))
    assert app_module.run_app([]) == 0
    assert (folder / "pmfit.sqlite3").exists()
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()


def run_app_saying(monkeypatch: pytest.MonkeyPatch, folder: Path) -> tuple[int, list[str]]:
    monkeypatch.setenv("PMFIT_DATA_DIR", os.fsdecode(folder))
    said: list[str] = []
    monkeypatch.setattr(app_module, "show_fatal", lambda title, text: said.append(f"{title}: {text}"))
    return app_module.run_app([]), said


def test_the_holder_is_named(holder) -> None:  # type: ignore[no-untyped-def]
    folder, process = holder
    lock = acquire_instance_lock(folder)
    assert lock.status is LockStatus.HELD and lock.holder == process.pid
    assert lock.message == f"pmfit is already open on this data (process {process.pid})"


@needs_root
def test_a_read_only_data_folder_is_not_called_already_open(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with tmpfs(tmp_path / "mnt", size="64k") as mounted:
        remount(mounted, "ro")
        lock = acquire_instance_lock(mounted)
        assert (lock.status, lock.reason) == (LockStatus.FAILED, Reason.READ_ONLY)
        code, said = run_app_saying(monkeypatch, mounted)
        remount(mounted, "rw")
    assert code == app_module.EXIT_BAD_INPUT
    assert len(said) == 1 and "read-only" in said[0] and "already open" not in said[0]


@needs_root
def test_a_full_disk_is_not_called_already_open(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with tmpfs(tmp_path / "mnt", size="64k") as mounted:
        folder = mounted / "data"
        folder.mkdir()
        fill(mounted)
        lock = acquire_instance_lock(folder)
        assert (lock.status, lock.reason) == (LockStatus.FAILED, Reason.DISK_FULL)
        code, said = run_app_saying(monkeypatch, folder)
    assert code == app_module.EXIT_BAD_INPUT
    assert len(said) == 1 and "full" in said[0] and "already open" not in said[0]


def test_a_data_folder_whose_name_is_not_utf8(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = Path(os.fsdecode(os.fsencode(tmp_path) + b"/data-\xff"))
    folder.mkdir()
    code, said = run_app_saying(monkeypatch, folder)
    assert code == app_module.EXIT_BAD_INPUT
    assert len(said) == 1 and "not UTF-8" in said[0] and "already open" not in said[0]


def test_a_fifo_where_the_lock_file_goes(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    folder.mkdir()
    os.mkfifo(folder / LOCK_NAME)
    # In a real process, so that a wait on the FIFO (the bug) fails the test instead of hanging it.
    script = (
        "import sys\nfrom pmfit.ui import app\n"
        "app.show_fatal = lambda t, x: print(t, x)\nsys.exit(app.run_app([]))\n"
    )
    env = {**os.environ, "PMFIT_DATA_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail("pmfit waited on the FIFO at its lock file")
    assert done.returncode == app_module.EXIT_BAD_INPUT, done.stderr
    # Said in the person's words (pmfit.ui.problems), naming the folder: never "already open".
    assert (
        "something else" in done.stdout and str(folder) in done.stdout and "already open" not in done.stdout
    )
