"""Export PDF from the result screen: Ctrl+E, a save dialog, work off the UI thread, a clear outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from pmfit.core.scoring import score
from tests.conftest import sheet_of
from tests.ui.conftest import MakeWindow

ANSWERS = {"v1": 5, "p1": 1, "v2": 5, "p2": 2, "v3": 4, "p3": 1, "fc1": 0, "v4": 1, "p4": 2, "vx": 4, "px": 2}


@pytest.fixture
def on_result(make_window: MakeWindow):  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.bank is not None
    window.show_result(score(window.bank, sheet_of(window.bank, ANSWERS)))
    return window


def test_ctrl_e_exports_in_the_background_and_offers_the_folder(
    qtbot: QtBot, on_result, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = on_result
    target = tmp_path / "summary"  # no extension: .pdf is added
    asked: list[str] = []
    monkeypatch.setattr(window, "ask_save_path", lambda suggested: asked.append(suggested) or str(target))
    opened: list[Path] = []
    monkeypatch.setattr(window, "open_folder", opened.append)
    page = window.result_page()
    page.name_edit.setText("Ада Lovelace <b>")
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked and Path(asked[0]).name.startswith("pmfit-result-") and asked[0].endswith(".pdf")
    qtbot.waitUntil(lambda: bool(window.notices), timeout=20_000)
    written = tmp_path / "summary.pdf"
    assert written.is_file()
    reader = PdfReader(str(written))
    assert 2 <= len(reader.pages) <= 4
    assert "Ада Lovelace <b>" in " ".join(reader.pages[0].extract_text().split())
    notice = window.notices[-1]
    assert "saved" in notice.text()
    button = notice.findChild(QPushButton, "openFolderButton")
    assert button is not None
    button.click()
    assert opened == [tmp_path]
    assert page.export.isEnabled()  # ready for another export


def test_unwritable_target_keeps_the_result_and_says_why(
    qtbot: QtBot, on_result, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = on_result
    folder_named_pdf = tmp_path / "out" / "taken.pdf"
    folder_named_pdf.mkdir(parents=True)
    monkeypatch.setattr(window, "ask_save_path", lambda suggested: str(folder_named_pdf))
    window.result_page().export.click()
    qtbot.waitUntil(lambda: bool(window.notices), timeout=20_000)
    assert "was not saved" in window.notices[-1].text() and "folder" in window.notices[-1].text()
    assert window.current_page_name() == "resultPage"
    assert list(folder_named_pdf.parent.iterdir()) == [folder_named_pdf]  # no half-written file left


def test_cancelled_dialog_does_nothing(qtbot: QtBot, on_result, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = on_result
    monkeypatch.setattr(window, "ask_save_path", lambda suggested: None)
    window.result_page().export.click()
    assert window.notices == [] and window.result_page().export.isEnabled()
