"""Guards against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QButtonGroup, QVBoxLayout, QWidget


# From Python 3.12 None is immortal: its count never moves, so a leaking binding cannot show here (nor
# crash the app, which is why the pin matters on 3.11 only). Skipped there, rather than passing for nothing.
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_null_returns_keep_none_alive(qapp: object) -> None:
    group = QButtonGroup()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    before = sys.getrefcount(None)
    for _ in range(200):
        assert group.checkedButton() is None
        assert layout.takeAt(0) is None
    # A leaking binding shows about -400 here (two lost references per call).
    assert sys.getrefcount(None) - before > -50
