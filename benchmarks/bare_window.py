"""The yardstick every start-up figure is a ratio to: a bare PySide6 window with one label, painted once.

Run as a script (``python benchmarks/bare_window.py``); the benchmarks start it in a fresh process beside
the app, in the same run, so that both pay the same machine.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

if __name__ == "__main__":
    app = QApplication(sys.argv)
    label = QLabel("pmfit")
    label.show()
    QTimer.singleShot(0, app.quit)
    sys.exit(app.exec())
