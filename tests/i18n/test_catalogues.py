"""The translation catalogues hold exactly the texts the code asks for, under the contexts it asks with,
and the compiled .qm files are those catalogues (tools/translations.py check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from pmfit.system.i18n import ensure_translations

ROOT = Path(__file__).resolve().parents[2]


def test_catalogues_and_compiled_files_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_english_plurals_read_naturally(qapp: object) -> None:
    ensure_translations("en")
    assert QCoreApplication.translate("Result", "%n point(s)", "", 1) == "1 point"
    assert QCoreApplication.translate("Result", "%n point(s)", "", 33) == "33 points"
