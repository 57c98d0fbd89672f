"""Exporting the PDF summary of the result on screen: ask where, write in the background, say how it went.

Part of the flow controller (pmfit.ui.flow owns one), kept apart because it has a life of its own: a job
that outlives the screen it started from, and its own messages. Talks to the window only through the view
protocol.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from pmfit.ui.settings import Settings
from pmfit.ui.view import Action, Jobs, ResultScreen, View

translate = QCoreApplication.translate


class PdfExport:
    def __init__(self, view: View, jobs: Jobs, settings: Settings) -> None:
        self.view = view
        self.jobs = jobs
        self.settings = settings
        self.exporting = False

    def start(self, shown: ResultScreen, name: str) -> None:
        """Ask where, then write ``shown``'s PDF in the background and say how it went."""
        if self.exporting:
            return
        self.settings.export_name = name.strip()
        self.view.ask_save_path(
            translate("Flow", "Save the PDF summary"),
            suggested_pdf_path(),
            lambda path: self._export_to(shown, path, name.strip() or None),
        )

    def _export_to(self, shown: ResultScreen, path: str, name: str | None) -> None:
        """Write to ``path`` as chosen, with .pdf added when it has none. The name written is the name
        agreed to: when adding .pdf makes it the name of a file already there, which the Save dialog did
        not ask about (a desktop's own dialog asks about the name as typed), ask before replacing it."""
        if self.exporting:
            return
        final = pdf_name(path)
        if final != path and os.path.lexists(final):
            self.view.confirm(
                translate("Flow", "Replace {name}?").format(name=Path(final).name),
                translate(
                    "Flow", "The summary is saved as a PDF, {path}, and a file of that name is there already."
                ).format(path=final),
                lambda: self._write(shown, final, name),
                yes=translate("Flow", "Replace"),
                no=translate("Flow", "Cancel"),
            )
            return
        self._write(shown, final, name)

    def _write(self, shown: ResultScreen, path: str, name: str | None) -> None:
        if self.exporting:
            return
        from pmfit.report import export_pdf

        self.exporting = True
        self.view.set_exporting(True)
        self.jobs.run(
            lambda: export_pdf(shown.bank, shown.result, path, name=name, content=shown.content),
            self._exported,
            self._export_failed,
        )

    def _exported(self, written: object) -> None:
        self.exporting = False
        self.view.set_exporting(False)
        folder = Path(str(written)).parent
        self.view.notify(
            translate("Flow", "PDF saved"),
            translate("Flow", "Your summary is saved as {path}.").format(path=str(written)),
            action=Action(translate("Flow", "Open folder"), lambda: self.view.open_folder(folder)),
        )

    def _export_failed(self, error: BaseException) -> None:
        from pmfit.report import ExportError

        self.exporting = False
        self.view.set_exporting(False)
        if isinstance(error, ExportError):
            message = str(error)
        else:  # a bug of ours must still reach the person, not vanish in a thread
            message = translate("Flow", "The PDF could not be made ({problem}).").format(
                problem=f"{type(error).__name__}: {error}"
            )
        self.view.notify(translate("Flow", "The PDF was not saved"), message, warning=True)


def pdf_name(path: str) -> str:
    """``path`` ending in .pdf (any case): as it is when it does, else with .pdf added."""
    return path if path.lower().endswith(".pdf") else path + ".pdf"


def suggested_pdf_path(today: dt.date | None = None) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / f"pmfit-result-{(today or dt.date.today()).isoformat()}.pdf"
