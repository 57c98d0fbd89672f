"""The PDF export, run off the UI thread so the window never freezes; reports back by signal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, Signal, Slot

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result

if TYPE_CHECKING:
    from pmfit.ui.main_window import MainWindow


class ExportSignals(QObject):
    """Lives on the UI thread; the worker's emits arrive there as queued calls."""

    done = Signal(str)  # the path written
    failed = Signal(str)  # one line for the person


class ExportJob(QRunnable):
    def __init__(
        self, bank: Bank, result: Result, path: str, name: str | None, signals: ExportSignals
    ) -> None:
        super().__init__()
        self.bank, self.result, self.path, self.name = bank, result, path, name
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        from pmfit.report import ExportError, export_pdf

        try:
            written = export_pdf(self.bank, self.result, self.path, name=self.name)
        except ExportError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a bug of ours must still reach the person, not vanish in a thread
            self.signals.failed.emit(f"The PDF could not be made ({type(error).__name__}: {error}).")
        else:
            self.signals.done.emit(str(written))


class PdfExporter(QObject):
    """The export flow of the result screen: ask where, write in the background, say how it went."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.signals: ExportSignals | None = None

    @property
    def running(self) -> bool:
        return self.signals is not None

    def suggested_path(self) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / f"pmfit-result-{dt.date.today().isoformat()}.pdf"

    def start(self) -> None:
        window = self.window
        page = window.result_page()
        if page.result is None or window.bank is None or self.running:
            return
        path = window.ask_save_path(str(self.suggested_path()))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        name = page.name_edit.text().strip() or None
        window.remember("export/name", name or "")
        self.signals = ExportSignals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        page.set_exporting(True)
        QThreadPool.globalInstance().start(ExportJob(window.bank, page.result, path, name, self.signals))

    def _finish(self) -> None:
        if self.signals is not None:
            self.signals.deleteLater()
            self.signals = None
        self.window.result_page().set_exporting(False)

    @Slot(str)
    def _done(self, path: str) -> None:
        self._finish()
        from PySide6.QtWidgets import QMessageBox

        box = self.window.notify(self.tr("PDF saved"), self.tr("Your summary is saved as {0}.").format(path))
        open_button = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("openFolderButton")
        open_button.clicked.connect(lambda: self.window.open_folder(Path(path).parent))

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._finish()
        self.window.notify(self.tr("The PDF was not saved"), message, warning=True)
