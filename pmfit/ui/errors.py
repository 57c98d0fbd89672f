"""Uncaught exceptions: a short message for the person, the details in a log file in the data folder.

Without this, an exception in a Qt slot is printed to a terminal nobody sees and the window carries on in
an unknown state, or PySide aborts. The person gets one plain sentence and where the details are.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

_open_boxes: list[QMessageBox] = []


def write_log(
    log_path: Path, kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> bool:
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            import traceback  # when something went wrong, not at every start

            log.write("".join(traceback.format_exception(kind, value, tb)))
        return True
    except OSError:
        return False


def install_exception_hook(log_path: Path) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        logged = write_log(log_path, kind, value, tb)
        from PySide6.QtWidgets import QMessageBox

        if QApplication.instance() is None:
            return
        text = QCoreApplication.translate("Errors", "Something went wrong inside pmfit: {0}").format(
            f"{kind.__name__}: {value}"[:300]
        )
        detail = (
            QCoreApplication.translate("Errors", "Your answers are saved. The details are in {0}.").format(
                str(log_path)
            )
            if logged
            else QCoreApplication.translate("Errors", "Your answers are saved.")
        )
        box = QMessageBox(QMessageBox.Icon.Warning, "pmfit", text)
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setInformativeText(detail)
        box.setObjectName("errorBox")
        _open_boxes.append(box)
        box.finished.connect(lambda _code: _open_boxes.remove(box) if box in _open_boxes else None)
        box.open()

    sys.excepthook = hook
