"""Export PDF from the result screen: Ctrl+E, a save dialog, work off the UI thread, a clear outcome."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from pmfit.ui.notice import Notice
from tests.conftest import sheet_of
from tests.storage.helpers import add_scored
from tests.ui.conftest import (
    App,
    MakeApp,
    answer_confirm,
    choose_save_path,
    give_pdf_name,
    key,
    open_boxes,
    wait_for_box,
    wait_for_notice,
)

ANSWERS = {"v1": 5, "p1": 1, "v2": 5, "p2": 2, "v3": 4, "p3": 1, "fc1": 0, "v4": 1, "p4": 2, "vx": 4, "px": 2}


class FileManager(QObject):
    """Stands in for the desktop's file manager: Qt hands it the file: URLs the app asks to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))


@pytest.fixture
def file_manager() -> Iterator[FileManager]:
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    yield manager
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def on_result(make_app: MakeApp) -> App:
    app = make_app()
    assert app.flow.bank is not None
    app.flow.past.open_attempt(add_scored(app.store, app.flow.bank, sheet_of(app.flow.bank, ANSWERS)))
    return app


def test_ctrl_e_exports_in_the_background_and_offers_the_folder(
    qtbot: QtBot, on_result: App, tmp_path: Path, file_manager: FileManager
) -> None:
    window = on_result.window
    page = window.result_page()
    key(qtbot, on_result, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    give_pdf_name(qtbot, window, "Ада Lovelace <b>")  # asked first, in a small dialog
    dialog = next(d for d in window.findChildren(QFileDialog, "saveDialog") if d.isVisible())
    suggested = dialog.selectedFiles()[0]
    assert Path(suggested).name.startswith("pmfit-result-") and suggested.endswith(".pdf")
    choose_save_path(qtbot, window, str(tmp_path / "summary"))  # no extension: .pdf is added
    notice = wait_for_notice(qtbot, window, timeout=20_000)  # news: a banner, nothing to dismiss first
    written = tmp_path / "summary.pdf"
    assert written.is_file()
    reader = PdfReader(str(written))
    assert 2 <= len(reader.pages) <= 4
    assert "Ада Lovelace <b>" in " ".join(reader.pages[0].extract_text().split())
    assert notice.heading.text() == "PDF saved" and str(written) in notice.accessibleDescription()
    assert open_boxes(window, "notice") == []  # no dialog stands in the way
    button = notice.findChild(QPushButton, "noticeAction")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert file_manager.opened == [tmp_path]
    assert page.export.isEnabled()  # ready for another export
    assert on_result.flow.shared.settings.export_name == "Ада Lovelace <b>"  # offered again next time


def test_a_full_disk_keeps_the_result_and_says_why(
    qtbot: QtBot, on_result: App, small_disk: Callable[[str], Path]
) -> None:
    window = on_result.window
    disk = small_disk("8k")  # a PDF takes tens of kilobytes: it cannot fit
    window.result_page().export.click()
    give_pdf_name(qtbot, window)
    choose_save_path(qtbot, window, str(disk / "summary.pdf"))
    notice = wait_for_box(qtbot, window, timeout=20_000)
    assert "was not saved" in notice.text() and "full" in notice.text()
    assert window.current_page_name() == "resultPage" and window.result_page().export.isEnabled()
    assert list(disk.iterdir()) == []  # no half-written file left


def test_cancelled_dialog_does_nothing(qtbot: QtBot, on_result: App) -> None:
    window = on_result.window
    window.result_page().export.click()
    give_pdf_name(qtbot, window)
    choose_save_path(qtbot, window, None)
    assert open_boxes(window, "notice") == [] and window.result_page().export.isEnabled()
    assert not on_result.flow.past.pdf_export.exporting


@pytest.mark.parametrize("replace", [False, True], ids=["no", "yes"])
def test_the_dialog_asks_about_the_name_that_is_written(
    qtbot: QtBot, on_result: App, tmp_path: Path, replace: bool
) -> None:
    """'budget.xlsx' typed where 'budget.xlsx.pdf' exists: the Save dialog checks the name as typed (nothing
    is there), then pmfit asks about budget.xlsx.pdf, the file it would write; the safe choice leaves it."""
    window = on_result.window
    kept = tmp_path / "budget.xlsx.pdf"
    kept.write_bytes(b"the person's own file")
    window.result_page().export.click()
    give_pdf_name(qtbot, window)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QFileDialog, "saveDialog")))
    dialog = next(d for d in window.findChildren(QFileDialog, "saveDialog") if d.isVisible())
    dialog.selectFile(str(tmp_path / "budget.xlsx"))
    dialog.accept()  # the Save button: budget.xlsx is not there, so the dialog itself asks nothing
    asked = answer_confirm(qtbot, window, yes=replace)
    assert "budget.xlsx.pdf" in asked, asked
    if not replace:
        assert kept.read_bytes() == b"the person's own file" and not (tmp_path / "budget.xlsx").exists()
        assert not any(n.isVisible() for n in window.findChildren(Notice))
        return
    notice = wait_for_notice(qtbot, window, timeout=20_000)
    assert notice.heading.text() == "PDF saved" and str(kept) in notice.accessibleDescription()
    assert kept.read_bytes().startswith(b"%PDF") and not (tmp_path / "budget.xlsx").exists()
