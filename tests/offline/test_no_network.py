"""pmfit works with no network at all: the commands run inside a network namespace that has none.

Linux only; skipped with the reason when this machine does not allow a new network namespace.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "answers-product-leaning.json"


def _unshare_prefix() -> list[str]:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        pytest.skip("needs Linux and unshare(1)")
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30, check=False)
        if probe.returncode == 0:
            return prefix
    pytest.skip("this machine does not permit a new network namespace (unshare -n)")


def run_offline(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PMFIT_DATA_DIR=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [*_unshare_prefix(), sys.executable, "-m", "pmfit", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_namespace_really_has_no_network(tmp_path: Path) -> None:
    # Only loopback exists, and it is down: a connection anywhere fails at once.
    code = "import socket; socket.create_connection(('1.1.1.1', 53), timeout=2)"
    done = subprocess.run(
        [*_unshare_prefix(), sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0 and "unreachable" in done.stderr.lower()


def test_score_offline(tmp_path: Path) -> None:
    done = run_offline("score", str(EXAMPLE), "--json", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"lean": "product_manager"' in done.stdout


def test_import_and_history_offline(tmp_path: Path) -> None:
    assert run_offline("import", str(EXAMPLE), tmp_path=tmp_path).returncode == 0
    done = run_offline("history", "--json", tmp_path=tmp_path)
    assert done.returncode == 0 and '"lean": "product_manager"' in done.stdout


def test_export_offline(tmp_path: Path) -> None:
    target = tmp_path / "offline.pdf"
    done = run_offline("export", str(EXAMPLE), "-o", str(target), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")
