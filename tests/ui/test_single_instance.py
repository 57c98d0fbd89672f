"""A second pmfit on the same data says the app is already open; a lock left by a killed one is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pmfit.ui import app as app_module

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
        [sys.executable, "-c", HOLDER, str(folder / app_module.LOCK_NAME)],
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
    assert (folder / app_module.LOCK_NAME).exists()  # the stale lock is still there
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    monkeypatch.setenv("PMFIT_EXIT_AFTER_PAINT", "1")
    monkeypatch.setattr(app_module, "show_fatal", lambda title, text: pytest.fail(f"{title}: {text}"))
    assert app_module.run_app([]) == 0
    assert (folder / "pmfit.sqlite3").exists()
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
