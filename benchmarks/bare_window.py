"""The yardstick every start-up figure is a ratio to: a bare PySide6 window with one label, painted once.

Run as a script (``python benchmarks/bare_window.py``); the benchmarks start it in a fresh process beside
the app, in the same run, so that both pay the same machine. Like the app under PMFIT_EXIT_AFTER_PAINT=1,
it quits from its first paint: a quit timer set at start would fire before anything is painted (it did,
on the offscreen platform), and the ratio would compare the app's first paint with no paint at all.
"""

import sys

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel


class Label(QLabel):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        QApplication.exit(0)  # the first paint is done: quit, as the app does after its first paint


if __name__ == "__main__":
    app = QApplication(sys.argv)
    label = Label("pmfit")
    label.show()
    sys.exit(app.exec())
