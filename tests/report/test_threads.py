"""The GUI exports on a worker thread of a QThreadPool; the command line makes its own QGuiApplication."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdf
from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.report import ExportError, ensure_gui_app, export_pdf
from tests.report.conftest import DAY

ROOT = Path(__file__).resolve().parents[2]


class Export(QRunnable):
    def __init__(self, bank: Bank, result: Result, path: Path) -> None:
        super().__init__()
        self.bank, self.result, self.path = bank, result, path
        self.outcome: Path | ExportError | None = None

    def run(self) -> None:
        try:
            self.outcome = export_pdf(self.bank, self.result, self.path, name="Ann", date=DAY)
        except ExportError as error:
            self.outcome = error


def test_export_on_a_worker_thread(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    pool = QThreadPool()
    jobs = [Export(bank, leaning, tmp_path / f"r{n}.pdf") for n in range(2)]
    jobs.append(Export(bank, leaning, tmp_path / "missing" / "r.pdf"))
    for job in jobs:
        job.setAutoDelete(False)
        pool.start(job)
    assert pool.waitForDone(30_000)
    for job in jobs[:2]:
        assert job.outcome == job.path
        assert 2 <= len(pypdf.PdfReader(str(job.path)).pages) <= 4
    assert isinstance(jobs[2].outcome, ExportError)


def test_ensure_gui_app_keeps_the_running_one(qapp: object) -> None:
    assert ensure_gui_app() is QCoreApplication.instance() is qapp


def test_headless_process_with_only_a_gui_application(tmp_path: Path) -> None:
    """As the command line will run it: no widgets, offscreen, a QGuiApplication made by ensure_gui_app."""
    target = tmp_path / "cli.pdf"
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "from pmfit.core.bank import load_bank\n"
        "from pmfit.core.scoring import score\n"
        "from pmfit.report import ensure_gui_app, export_pdf\n"
        "from tests.report.sheets import EXPERIENCE, PRODUCT_INTEREST, person_sheet\n"
        "app = ensure_gui_app()\n"
        "assert type(app) is QGuiApplication\n"
        "bank = load_bank(language='en')\n"
        "export_pdf(bank, score(bank, person_sheet(bank, PRODUCT_INTEREST, EXPERIENCE)), sys.argv[1])\n"
        "assert 'PySide6.QtWidgets' not in sys.modules\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert 2 <= len(pypdf.PdfReader(str(target)).pages) <= 4
