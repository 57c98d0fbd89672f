"""Fixtures for driving the real window with pytest-qt: its own data folder, store and bank per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pmfit.core.store import Store
from pmfit.ui.app import ensure_application
from pmfit.ui.main_window import MainWindow
from tests.conftest import TINY_BANK

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path) -> Iterator[MakeWindow]:
    """Opens a window on the data folder (a fresh Store each time, as a relaunch would)."""
    ensure_application([])
    opened: list[tuple[MainWindow, Store]] = []

    def make(bank: str | Path | None = TINY_BANK, folder: Path = data_dir) -> MainWindow:
        store = Store.open(folder)
        window = MainWindow(store, folder, bank_path=None if bank is None else str(bank))
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: window.isActiveWindow() or bool(window.notices))
        assert window.ensure_bank()
        opened.append((window, store))
        return window

    yield make
    for window, store in opened:
        window.close()
        store.close()
