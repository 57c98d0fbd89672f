"""Signals at awkward moments, sent to real processes: Ctrl+C during start-up ends in status 130 without a
traceback; SIGTERM or SIGHUP during a write leaves no temporary file, in the command line and in the app.

No sleeps: a moment is reached by watching the process (a shared library appearing in /proc/PID/maps
means it is importing that part; a temporary file appearing means the write has begun), then the signal
goes at once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pmfit

ROOT = Path(pmfit.__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "answers-product-leaning.json"
PROC = Path("/proc")

pytestmark = pytest.mark.skipif(
    not (PROC / "self" / "maps").exists() or not hasattr(signal, "SIGHUP"),
    reason="needs Linux /proc and POSIX",
)


def environment(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PMFIT_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def reached(process: subprocess.Popen[bytes], library: str | None) -> bool:
    """Wait, without sleeping, until ``process`` has ``library`` mapped; False when it ended first."""
    if library is None:
        return True
    maps = PROC / str(process.pid) / "maps"
    # The app never ends by itself: a library it never maps must fail the test, not hang it.
    deadline = time.monotonic() + 60
    while process.poll() is None:
        try:
            if library in maps.read_text():
                return True
        except OSError:  # the process is ending
            return False
        assert time.monotonic() < deadline, f"{library} was never loaded"
    return False


def separate_libraries(moments: list[str | None]) -> list[str | None]:
    """The moments this Python can show: a module compiled into the interpreter is never mapped as a
    library of its own (Debian's python3 builds in select, _socket, _datetime and _csv)."""
    return [library for library in moments if library not in sys.builtin_module_names]


def interrupted(argv: list[str], library: str | None, tmp_path: Path) -> tuple[bool, int, str]:
    """Start pmfit, send Ctrl+C once ``library`` is loaded; (whether it was sent in time, status, stderr)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pmfit", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment(tmp_path),
        cwd=tmp_path,
    )
    sent = reached(process, library) and process.poll() is None
    if sent:
        process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return sent, process.returncode, err.decode("utf-8", "replace")


# Libraries a command maps in order as it starts: parsing the command line, the core, pydantic, the bank.
SCORE_MOMENTS = [None, "_typing", "_json", "_datetime", "_socket", "pydantic_core", "_zoneinfo", "_csv"]
# The app: PySide, Qt's widgets, the store, the offscreen platform plugin, the event loop running.
APP_MOMENTS = [None, "shiboken6", "QtCore", "QtWidgets", "_sqlite3", "select", "qoffscreen", "pydantic_core"]


@pytest.mark.parametrize(
    ("argv", "moments"),
    [(["score", str(EXAMPLE)], SCORE_MOMENTS), ([], APP_MOMENTS)],
    ids=["score", "app"],
)
def test_ctrl_c_during_start_up_exits_130_without_a_traceback(
    tmp_path: Path, argv: list[str], moments: list[str | None]
) -> None:
    hits = 0
    moments = separate_libraries(moments)
    for library in moments:
        sent, code, err = interrupted(argv, library, tmp_path)
        if not sent:
            assert code == 0, err  # it finished first: nothing to interrupt
            continue
        hits += 1
        if library is None:
            # At once after the spawn, Python itself may still be starting (before pmfit's first line):
            # killed by the signal then, or, in its own start-up, a traceback from outside pmfit.
            assert code in (130, -signal.SIGINT), (library, code, err)
            assert "/pmfit/" not in err, err
            continue
        assert code in (130, -signal.SIGINT), (library, code, err)
        assert "Traceback" not in err and "KeyboardInterrupt" not in err, (library, err)
    assert hits >= len(moments) - 2, f"only {hits} of {len(moments)} moments were reached in time"


# -- SIGTERM and SIGHUP in the middle of a write ----------------------------------------------------------

# The PDF is made as usual, then padded to 128 MB so that writing it takes long enough to be caught at.
BIG_PDF = (
    "import sys\n"
    "from pmfit.report import pdf\n"
    "real = pdf.render_pdf\n"
    "pdf.render_pdf = lambda *a, **k: real(*a, **k) + bytes(128 << 20)\n"
)
CLI_EXPORT = (
    BIG_PDF + "from pmfit.cli import main\nsys.exit(main(['export', sys.argv[1], '-o', sys.argv[2]]))\n"
)
# The app's way: the event loop on the main thread, the export on Qt's thread pool (as its jobs run it).
APP_EXPORT = BIG_PDF + (
    "from PySide6.QtCore import QMetaObject, Qt, QThreadPool\n"
    "from pmfit.core.answers import read_sheet\n"
    "from pmfit.core.bank import load_bank\n"
    "from pmfit.core.scoring import score\n"
    "from pmfit.report import export_pdf\n"
    "from pmfit.system.app_signals import signals_end_the_loop\n"
    "from pmfit.ui.app import ensure_application\n"
    "app = ensure_application([])\n"
    "bank = load_bank()\n"
    "result = score(bank, read_sheet(sys.argv[1]))\n"
    "def work():\n"
    "    try:\n"
    "        export_pdf(bank, result, sys.argv[2])\n"
    "    finally:  # a write that was not stopped ends the app (status 0)\n"
    "        QMetaObject.invokeMethod(app, 'quit', Qt.ConnectionType.QueuedConnection)\n"
    "QThreadPool.globalInstance().start(work)\n"
    "with signals_end_the_loop(app):\n"
    "    sys.exit(app.exec())\n"
)


def temporary_files(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.startswith(".pmfit-")]


def signal_during_write(script: str, number: int, tmp_path: Path) -> tuple[bool, int, list[str]]:
    """Run ``script``, send ``number`` once its temporary file exists; (sent in time, status, leftovers)."""
    folder = tmp_path / "out"
    folder.mkdir(exist_ok=True)
    target = folder / "summary.pdf"
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(EXAMPLE), str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=environment(tmp_path),
    )
    sent = False
    while process.poll() is None:
        if temporary_files(folder):
            process.send_signal(number)
            sent = True
            break
    try:
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert b"Traceback" not in err, err.decode()
    if sent:
        assert not target.exists() or process.returncode != -number
    return sent, process.returncode, temporary_files(folder)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("script", [CLI_EXPORT, APP_EXPORT], ids=["cli", "app"])
def test_a_signal_during_a_write_leaves_no_temporary_file(tmp_path: Path, script: str, number: int) -> None:
    for _ in range(3):  # the write is long, so the first try lands in it; a few more only if it does not
        sent, code, left = signal_during_write(script, number, tmp_path)
        assert left == [], f"left behind: {left}"
        if sent and code == -number:
            return
    pytest.fail("the signal never reached the process while it was writing")
