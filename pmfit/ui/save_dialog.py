"""The Save dialog of the PDF export: the name it asks about is the name that is written.

Qt's dialog adds its default suffix only to a name without a dot, and asks before replacing the file the
name names. Typed ``budget.xlsx``, it would check ``budget.xlsx``, and pmfit would then write (and replace)
``budget.xlsx.pdf`` unasked. This dialog puts ``.pdf`` on the name first, so that its own question about
replacing a file is about the file that will be written. (A desktop's native dialog does not run this
code; the export asks again itself when the final name differs from the one chosen: see
``pmfit.ui.export_flow``.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from pmfit.ui.export_flow import pdf_name


class PdfSaveDialog(QFileDialog):
    def __init__(self, parent: QWidget | None, title: str, suggested: Path, filter_text: str) -> None:
        super().__init__(parent, title, str(suggested), filter_text)
        self.setObjectName("saveDialog")
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setDefaultSuffix("pdf")
        self.selectFile(str(suggested))

    def accept(self) -> None:
        chosen = self.selectedFiles()
        if len(chosen) == 1 and chosen[0] and not Path(chosen[0]).is_dir():
            final = pdf_name(chosen[0])
            if final != chosen[0]:
                self.selectFile(final)  # before Qt's check, which asks before replacing what is there
        super().accept()
