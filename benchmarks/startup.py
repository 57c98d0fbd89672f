"""Start-up of the desktop app against a bare PySide6 window, measured in the same run.

Prints, over several cold runs: wall time from process start to the first painted welcome screen
(PMFIT_EXIT_AFTER_PAINT=1) as the median of paired runs (the app and the bare PySide6 label window started
one right after the other, so both meet the same load on a shared machine; each pair gives a ratio) and
the medians of each; peak memory, as a ratio of medians; then, in-process, the time from a key press to
the next question being painted.
Targets (docs/ARCHITECTURE.md, "Performance"): start-up <= 1.3x, memory <= 1.4x, next question within 16 ms.

Run: python benchmarks/startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = str(Path(__file__).resolve().parent / "bare_window.py")


def peak_of(argv: list[str], env: dict[str, str]) -> float:
    code = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *argv], env=env, check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip()) / 1024


def key_latency(samples: int = 40) -> list[float]:
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from pmfit.storage.store import Store
    from pmfit.ui.app import compose, ensure_application

    app = ensure_application([])
    folder = Path(tempfile.mkdtemp())
    store = Store.open(folder)
    window, flow, _jobs = compose(store, folder, None)
    window.show()
    flow.after_first_paint()
    flow.assessment.start()
    app.processEvents()
    page = window.question_page()
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        QTest.keyClick(page, Qt.Key.Key_Right)
        page.repaint()  # paint the new question now, as the next frame would
        times.append((time.perf_counter() - started) * 1000)
    window.close()
    store.close()
    return times


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    # As installed: pip compiles pmfit's bytecode, so the app is timed with its .pyc files (a shell with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise time compiling pmfit from source on every start).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    import pmfit

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", os.path.dirname(pmfit.__file__)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    env["PMFIT_EXIT_AFTER_PAINT"] = "1"
    env["PMFIT_DATA_DIR"] = tempfile.mkdtemp()
    bare_cmd = [sys.executable, BARE]
    app_cmd = [sys.executable, "-m", "pmfit"]
    subprocess.run(app_cmd, env=env, check=True)  # first run creates the data folder and warms the disk cache
    bare_t, app_t = [], []
    for run in range(runs):
        # Alternate which goes first, so that neither always meets the other's leftovers in the caches.
        pair = (
            ((bare_cmd, bare_t), (app_cmd, app_t)) if run % 2 == 0 else ((app_cmd, app_t), (bare_cmd, bare_t))
        )
        for cmd, out in pair:
            started = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
            out.append(time.perf_counter() - started)
    paired = statistics.median(a / b for a, b in zip(app_t, bare_t, strict=True))
    bare_m = statistics.median(peak_of(bare_cmd, env) for _ in range(3))
    app_m = statistics.median(peak_of(app_cmd, env) for _ in range(3))
    b, a = statistics.median(bare_t), statistics.median(app_t)
    print(
        f"start-up to first painted welcome: median of {runs} paired runs {paired:.2f}x (target <= 1.3x); "
        f"medians {a * 1000:.0f} ms vs bare window {b * 1000:.0f} ms = {a / b:.2f}x"
    )
    print(
        f"peak memory: {app_m:.1f} MiB vs bare window {bare_m:.1f} MiB = {app_m / bare_m:.2f}x "
        "(target <= 1.4x)"
    )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PMFIT_DATA_DIR"] = tempfile.mkdtemp()
    latency = key_latency()
    print(
        f"key press to next question painted: median {statistics.median(latency):.1f} ms, "
        f"max {max(latency):.1f} ms (target <= 16 ms)"
    )


if __name__ == "__main__":
    main()
