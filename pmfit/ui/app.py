"""The composition root: one place that makes the application, the data folder, the store and the window.

Start-up order matters for how fast the first screen appears: only Qt widgets and the SQLite store are
loaded before the welcome screen paints; the question bank (and pydantic with it) loads right after.
PySide builds each Qt class on first import, so classes only later screens need are imported late too.
The Qt-free modules load before PySide6: once it is loaded, its import hook reads the source of every
module imported after it (to see whether it uses PySide), which costs the first paint a few milliseconds.
"""

from __future__ import annotations

import contextlib
import os
import sys

from pmfit import __version__
from pmfit.core.paths import asset_path
from pmfit.storage.store import Reason, Store, StoreError
from pmfit.system.appid import APP_ID
from pmfit.system.datadir import data_folder

# isort: split
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from pmfit.system.i18n import ensure_translations
from pmfit.system.instance_lock import LockStatus, acquire_instance_lock
from pmfit.ui.errors import install_exception_hook

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

    from pmfit.core.bank import Bank
    from pmfit.ui.flow import Flow
    from pmfit.ui.jobs import BackgroundJobs
    from pmfit.ui.main_window import MainWindow

EXIT_BAD_INPUT = 2
EXIT_ALREADY_RUNNING = 1


translate = QCoreApplication.translate


def ensure_application(argv: list[str]) -> QApplication:
    """The QApplication, named so that QStandardPaths and QSettings find pmfit's own folders."""
    QCoreApplication.setOrganizationName("pmfit")
    QCoreApplication.setApplicationName("pmfit")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # "-name" makes the X11 window class's instance part the app id, which the desktop entry's
        # StartupWMClass names, so docks and task bars put the window with its launcher.
        app = QApplication(["pmfit", "-name", APP_ID, *argv])
    QApplication.setDesktopFileName(APP_ID)
    return app


def set_window_icon(app: QApplication) -> None:
    """Loads Qt's SVG support, so it waits until the first screen is painted."""
    from PySide6.QtGui import QIcon

    icon = asset_path("pmfit.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def show_fatal(title: str, text: str) -> None:
    """A blocking error box for problems that stop the app before its window can work."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "pmfit", f"{title}\n\n{text}")
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    box.exec()


def _folder_problem(reason: Reason, folder: Path, detail: str) -> str:
    from pmfit.ui.problems import folder_problem  # only when the folder cannot be used: not on every start

    return folder_problem(reason, folder, detail)


def run_app(argv: list[str], bank_path: str | None = None) -> int:
    app = ensure_application(argv)
    ensure_translations()
    folder = data_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        show_fatal(
            translate("App", "pmfit cannot start"),
            translate("App", "Your data folder cannot be made:\n{0}").format(str(error)),
        )
        return EXIT_BAD_INPUT
    lock = acquire_instance_lock(folder)
    if lock.status is LockStatus.HELD:
        show_fatal(
            translate("App", "pmfit is already open"),
            translate(
                "App",
                "pmfit is already running for this account. Switch to its window; your answers are there.",
            ),
        )
        return EXIT_ALREADY_RUNNING
    if lock.status is LockStatus.FAILED:
        show_fatal(
            translate("App", "pmfit cannot start"),
            _folder_problem(lock.reason or Reason.OTHER, folder, lock.message),
        )
        return EXIT_BAD_INPUT
    try:
        store = Store.open(folder)
    except StoreError as error:
        lock.release()
        show_fatal(translate("App", "pmfit cannot start"), _folder_problem(error.reason, folder, str(error)))
        return EXIT_BAD_INPUT
    install_exception_hook(folder / "pmfit-errors.log")

    window, flow, jobs = compose(store, folder, bank_path)
    window.show()
    signals = contextlib.ExitStack()
    if os.environ.get("PMFIT_EXIT_AFTER_PAINT") == "1":
        window.welcome_painted.connect(lambda: app.exit(0))
    else:
        # Load the bank once the first screen is painted; a broken bank ends the app with a clear message.
        def after_first_paint() -> None:
            QTimer.singleShot(0, window, flow.after_first_paint)
            QTimer.singleShot(0, window, lambda: set_window_icon(app))
            # From now on Ctrl+C quits with 130 and SIGTERM/SIGHUP clean up an export first. Until then
            # pmfit.cli's own Ctrl+C handler ends the process, and nothing is being written.
            from pmfit.system.app_signals import signals_end_the_loop

            signals.enter_context(signals_end_the_loop(app))

        window.welcome_painted.connect(after_first_paint)
    with signals:  # the signal handlers set after the first paint are put back when the loop ends
        code = app.exec()
    jobs.wait(30_000)  # an export under way finishes writing (or fails cleanly) before the process ends
    store.close()
    lock.release()
    sys.stdout.flush()
    return code


def compose(store: Store, folder: Path, bank_path: str | None) -> tuple[MainWindow, Flow, BackgroundJobs]:
    """Wire the window, the flow controller, the settings and the background jobs around ``store``.

    Imported late (after the store opened, so a broken folder fails fast) and showing the welcome screen's
    data, not yet the bank's: the bank loads after the first paint (``Flow.after_first_paint``).
    """
    from pmfit.ui.flow import Flow
    from pmfit.ui.jobs import BackgroundJobs
    from pmfit.ui.main_window import MainWindow
    from pmfit.ui.settings import Settings

    settings = Settings(folder)
    # The language chosen in pmfit before (remembered), else the system's; before any window text exists.
    language = ensure_translations(settings.language)
    window = MainWindow(settings)
    jobs = BackgroundJobs(window)
    flow = Flow(
        window, store, settings, jobs, lambda code: load_bank(bank_path, language=code), language=language
    )
    window.attach(flow)
    flow.show_welcome()
    return window, flow, jobs


def load_bank(path: str | None, language: str) -> Bank:
    """The bank given on the command line, or the bundled one in ``language`` (English when there is none)."""
    from pmfit.core.bank import load_bank as load

    return load(path, language=language)
