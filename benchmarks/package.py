"""The Debian package's size, and the bundle's start-up beside the pip-installed app's, in one run.

Prints the .deb's size (aim: under 80 MB) and, as medians over several runs after one warm-up each, the
wall time from process start to the first painted welcome screen (PMFIT_EXIT_AFTER_PAINT=1) of:
the PyInstaller bundle, the pip-installed app (this Python's pmfit) and a bare PySide6 label window
(aim: the bundle within 1.2x of the pip install). Runs alternate, so a busy machine slows all alike.

Build first (packaging/build-deb); the bundle is taken from its build tree, or from /opt/pmfit when the
package is installed.

Run: python benchmarks/package.py [runs] [--deb PATH] [--bundle PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = str(Path(__file__).resolve().parent / "bare_window.py")


def default_deb() -> Path | None:
    found = sorted((ROOT / "dist").glob("pmfit_*.deb"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def default_bundle() -> Path | None:
    for candidate in (ROOT / "build" / "deb" / "debian" / "pmfit" / "opt" / "pmfit" / "pmfit",
                      Path("/opt/pmfit/pmfit")):  # fmt: skip
        if candidate.is_file():
            return candidate
    return None


def pip_app() -> list[str]:
    script = Path(sys.executable).parent / "pmfit"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "pmfit"]


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", nargs="?", type=int, default=9)
    parser.add_argument("--deb", type=Path, default=default_deb())
    parser.add_argument("--bundle", type=Path, default=default_bundle())
    args = parser.parse_args()
    if args.deb is None or args.bundle is None:
        raise SystemExit("build the package first: packaging/build-deb (or name --deb and --bundle)")

    size = args.deb.stat().st_size / 1e6
    installed = (
        sum(p.lstat().st_size for p in args.bundle.parent.rglob("*") if p.is_file() and not p.is_symlink())
        / 1e6
    )
    print(f".deb: {args.deb.name} {size:.1f} MB (aim < 80 MB); the bundle unpacked: {installed:.0f} MB")

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PMFIT_EXIT_AFTER_PAINT"] = "1"
    env["PMFIT_DATA_DIR"] = tempfile.mkdtemp()
    commands = {
        "bundle": [str(args.bundle)],
        "pip install": pip_app(),
        "bare PySide6 window": [sys.executable, BARE],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        timed(command, env)  # warm-up: the data folder is made and the files are in the page cache
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(timed(command, env))
    median = {name: statistics.median(values) for name, values in times.items()}
    ratio = median["bundle"] / median["pip install"]
    print(f"start-up to first painted welcome screen, median of {args.runs} runs:")
    for name, value in median.items():
        print(f"  {name:<20} {value * 1000:6.0f} ms")
    print(f"  bundle / pip install = {ratio:.2f}x (aim <= 1.2x)")


if __name__ == "__main__":
    main()
