"""pmfit.core and pmfit.storage stay pure Python: importing them may not pull in Qt, directly or through
another module."""

import subprocess
import sys
from pathlib import Path

import pmfit.core

BLOCKER = r"""
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}:
            raise ImportError(f"pmfit.core or pmfit.storage imported {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import pmfit.core
import pmfit.storage
for package in (pmfit.core, pmfit.storage):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
print("imported", len(sys.modules))
"""


def test_core_imports_without_qt() -> None:
    root = Path(pmfit.core.__file__).parents[2]
    done = subprocess.run(
        [sys.executable, "-c", BLOCKER], cwd=root, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "imported" in done.stdout


def test_the_blocker_really_blocks() -> None:
    # If the blocker stopped working, the test above would pass for the wrong reason.
    probe = BLOCKER.replace("import pmfit.core\n", "import pmfit.core\nimport PySide6.QtCore\n", 1)
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode != 0
    assert "pmfit.core or pmfit.storage imported PySide6" in done.stderr
