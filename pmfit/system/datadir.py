"""Where pmfit keeps the person's data: one rule for the app and the command line alike.

PMFIT_DATA_DIR when set (tests, portable use); otherwise Qt's per-user application data folder for the
organisation and application "pmfit" (on Linux ~/.local/share/pmfit/pmfit).
"""

from __future__ import annotations

import os
from pathlib import Path


def data_folder() -> Path:
    override = os.environ.get("PMFIT_DATA_DIR")
    if override:
        return Path(override)
    from PySide6.QtCore import QCoreApplication, QStandardPaths  # only QtCore; works without an app

    QCoreApplication.setOrganizationName("pmfit")
    QCoreApplication.setApplicationName("pmfit")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".local" / "share" / "pmfit" / "pmfit"
