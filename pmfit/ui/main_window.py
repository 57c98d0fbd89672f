"""The main window: a stack of the four screens and the controller that moves between them.

The window owns the running Session and saves it to the store after every change, so a kill at any
moment loses nothing. Screens are built when first shown (the question bank loads after the first paint).
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from pmfit.core.store import Store
from pmfit.ui.history_actions import HistoryActions
from pmfit.ui.welcome_page import WelcomePage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from pmfit.core.bank import Bank
    from pmfit.core.scoring import Result
    from pmfit.core.session import Session
    from pmfit.ui.compare_page import ComparePage
    from pmfit.ui.export_job import PdfExporter
    from pmfit.ui.history_page import HistoryPage
    from pmfit.ui.question_page import QuestionPage
    from pmfit.ui.result_page import ResultPage


class MainWindow(HistoryActions, QMainWindow):
    welcome_painted = Signal()
    page_changed = Signal(str)

    def __init__(self, store: Store, data_dir: Path, bank_path: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.data_dir = data_dir
        self.bank_path = bank_path
        self.bank: Bank | None = None
        self.session: Session | None = None
        self.setWindowTitle(self.tr("pmfit — Product Manager or Project Manager?"))
        self.setMinimumSize(560, 460)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self._question: QuestionPage | None = None
        self._result: ResultPage | None = None
        self._history: HistoryPage | None = None
        self._compare: ComparePage | None = None
        self._exporter: PdfExporter | None = None
        self._shown_at = time.monotonic()
        self.notices: list[QMessageBox] = []

        self.welcome.first_painted.connect(self.welcome_painted)
        self.welcome.start_requested.connect(self.start)
        self.welcome.resume_requested.connect(self.resume)
        self.welcome.start_over_requested.connect(self.start_over)
        self.welcome.history_requested.connect(self.show_history)
        # Ctrl+Q quits from anywhere in the window (the default, window-wide shortcut context).
        QShortcut(QKeySequence("Ctrl+Q"), self).activated.connect(self.close)

        self._settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        geometry = self._settings.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1024, 700)
        self._refresh_welcome()
        self.welcome.primary.setFocus()
        if store.recovered_from is not None:
            QTimer.singleShot(0, self, self._tell_recovered)
        if store.backup_problem is not None:
            QTimer.singleShot(0, self, self._tell_backup_problem)

    # ----------------------------------------------------------------------------- messages (view)

    def notify(self, title: str, text: str, warning: bool = False) -> QMessageBox:
        """A non-blocking message box; kept in ``notices`` so tests and the person can both see it."""
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        # Title and details both go in the plain-text body: window titles are often not shown, and
        # informative text would be guessed as rich text.
        box = QMessageBox(icon, "pmfit", f"{title}\n\n{text}", QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setObjectName("notice")
        self.notices.append(box)
        box.open()
        return box

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _tell_recovered(self) -> None:
        self.notify(
            self.tr("Saved data could not be read"),
            self.tr(
                "pmfit's data file was damaged, so it was moved aside and pmfit started a fresh one. "
                "Nothing was deleted; the old file is here:\n{0}"
            ).format(str(self.store.recovered_from)),
            warning=True,
        )

    def _tell_backup_problem(self) -> None:
        self.notify(
            self.tr("The daily backup could not be made"),
            self.tr(
                "Your data is fine and pmfit works as usual; only the extra copy is missing. ({0})"
            ).format(str(self.store.backup_problem)),
            warning=True,
        )

    # --------------------------------------------------------------------------------- bank

    @Slot()
    def load_bank_or_quit(self) -> None:
        if not self.ensure_bank():
            QApplication.exit(2)

    def ensure_bank(self) -> bool:
        if self.bank is not None:
            return True
        from PySide6.QtWidgets import QMessageBox

        from pmfit.core.bank import BankError, load_bank

        try:
            self.bank = load_bank(self.bank_path)
        except BankError as error:
            box = QMessageBox(
                QMessageBox.Icon.Critical, self.tr("The question bank is broken"), "", parent=self
            )
            box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            problems = "\n".join(error.problems[:12])
            more = len(error.problems) - 12
            if more > 0:
                problems += "\n" + self.tr("… and {0} more").format(more)
            box.setText(self.tr("pmfit cannot use the question bank {0}:\n{1}").format(error.path, problems))
            box.setObjectName("bankErrorBox")
            self.notices.append(box)
            box.exec()
            return False
        self.welcome.set_estimate(self.bank.estimated_minutes())
        self._refresh_welcome()
        return True

    # ------------------------------------------------------------------------------- screens

    def remember(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def current_page_name(self) -> str:
        return self.stack.currentWidget().objectName()

    def _show(self, page: QWidget) -> None:
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.page_changed.emit(page.objectName())

    def question_page(self) -> QuestionPage:
        if self._question is None:
            from pmfit.ui.question_page import QuestionPage

            self._question = QuestionPage()
            self._question.answered.connect(self._answered)
            self._question.back_requested.connect(self._back)
            self._question.forward_requested.connect(self._forward)
            self.stack.addWidget(self._question)
        return self._question

    def result_page(self) -> ResultPage:
        if self._result is None:
            from pmfit.ui.result_page import ResultPage

            self._result = ResultPage()
            self._result.retake_requested.connect(self.retake)
            self._result.history_requested.connect(self.show_history)
            self._result.compare_requested.connect(self.compare_with_previous)
            self._result.export_requested.connect(self.export_pdf)
            self._result.name_edit.setText(str(self._settings.value("export/name", "") or ""))
            self.stack.addWidget(self._result)
        return self._result

    def compare_page(self) -> ComparePage:
        if self._compare is None:
            from pmfit.ui.compare_page import ComparePage

            self._compare = ComparePage()
            self._compare.back_requested.connect(self.show_history)
            self.stack.addWidget(self._compare)
        return self._compare

    def history_page(self) -> HistoryPage:
        if self._history is None:
            from pmfit.ui.history_page import HistoryPage

            self._history = HistoryPage()
            self._history.open_requested.connect(self.open_attempt)
            self._history.back_requested.connect(self.show_welcome)
            self._history.compare_requested.connect(self.compare_attempts)
            self._history.delete_requested.connect(self.delete_attempt)
            self.stack.addWidget(self._history)
        return self._history

    def _refresh_welcome(self) -> None:
        saved = self.store.load_progress()
        if saved is None:
            self.welcome.set_progress(None)
        else:
            sheet, _position = saved
            total = len(self.bank.main_items) if self.bank is not None else None
            self.welcome.set_progress(len(sheet.answers), total)
        self.welcome.set_history_count(len(self.store.attempts()))

    @Slot()
    def show_welcome(self) -> None:
        self._refresh_welcome()
        self._show(self.welcome)
        self.welcome.primary.setFocus()

    # ------------------------------------------------------------------------------ the flow

    @Slot()
    def start(self) -> None:
        if not self.ensure_bank():
            return
        from pmfit.core.session import Session

        assert self.bank is not None
        self.session = Session.start(self.bank)
        self._save()
        self._show_current()

    @Slot()
    def resume(self) -> None:
        if not self.ensure_bank():
            return
        saved = self.store.load_progress()
        if saved is None:
            self.start()
            return
        from pmfit.core.answers import SheetError, check_against_bank
        from pmfit.core.session import Session

        assert self.bank is not None
        sheet, position = saved
        try:
            check_against_bank(sheet, self.bank)
        except SheetError as error:
            self.notify(
                self.tr("The unfinished answers do not fit this question bank"),
                self.tr("They are kept untouched; starting over would replace them. ({0})").format(
                    str(error)
                ),
                warning=True,
            )
            return
        session = Session(self.bank, sheet, min(max(position, 0), len(self.bank.main_items)))
        self.session = session
        self._show_current()

    @Slot()
    def start_over(self) -> None:
        if self.store.load_progress() is not None and not self.confirm(
            self.tr("Start over?"),
            self.tr("This discards the answers of your unfinished assessment. Your past results are kept."),
        ):
            return
        self.store.clear_progress()
        self.start()

    @Slot()
    def retake(self) -> None:
        self.start()

    def _tiebreaker_note(self) -> str:
        return self.tr(
            "Your answers put the two roles too close to call. "
            "These few this-or-that questions can settle it; "
            "skip them to see your result as it is."
        )

    def _show_current(self) -> None:
        session = self.session
        assert session is not None
        if session.at_end:
            if not session.tiebreakers and session.offer_tiebreakers():
                self._save()
            else:
                self._finish()
                return
        item = session.current
        assert item is not None
        number, total = session.progress()
        page = self.question_page()
        page.show_item(
            item,
            session.current_answer,
            number,
            total,
            session.minutes_left(),
            note=self._tiebreaker_note() if session.in_tiebreakers else "",
            can_go_back=session.position > 0,
        )
        self._show(page)
        self._shown_at = time.monotonic()
        focus = page.group.checkedButton() or page.group.button(0)
        if focus is not None:
            focus.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _elapsed(self) -> float:
        now = time.monotonic()
        elapsed, self._shown_at = now - self._shown_at, now
        return round(min(elapsed, 3600.0), 3)

    def _save(self) -> None:
        assert self.session is not None
        self.store.save_progress(self.session.sheet, self.session.position)

    @Slot(int, bool)
    def _answered(self, value: int, move_on: bool) -> None:
        session = self.session
        if session is None or session.current is None:
            return
        session.answer(value, self._elapsed())
        if not move_on:
            session.back()
        self._save()
        if move_on:
            self._show_current()

    @Slot()
    def _forward(self) -> None:
        if self.session is None:
            return
        self.session.skip(self._elapsed())
        self._save()
        self._show_current()

    @Slot()
    def _back(self) -> None:
        if self.session is None or not self.session.back():
            return
        self._elapsed()
        self._save()
        self._show_current()

    def _finish(self) -> None:
        session = self.session
        assert session is not None and self.bank is not None
        sheet = session.finish()
        result = session.result()
        fits = {role.id: role.fit for role in result.roles if role.fit is not None}
        scales = {s.id: s.score for s in result.scales}
        attempt_id = self.store.finish_attempt(
            sheet, result.verdict.lean, result.verdict.label, fits, scales=scales
        )
        self.session = None
        self.show_result(result, attempt_id)

    def show_result(self, result: Result, attempt_id: int | None = None, note: str = "") -> None:
        assert self.bank is not None
        page = self.result_page()
        previous = self._previous_attempt(attempt_id) if attempt_id is not None else None
        page.show_result(self.bank, result, attempt_id, note=note, can_compare=previous is not None)
        self._show(page)
        page.setFocus()

    # ---------------------------------------------------------------------------------- export

    def ask_save_path(self, suggested: str) -> str | None:
        """The save dialog (a view method, so tests can answer it)."""
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF summary"), suggested, self.tr("PDF documents (*.pdf)")
        )
        return path or None

    def open_folder(self, folder: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def export_pdf(self) -> None:
        if self._exporter is None:
            from pmfit.ui.export_job import PdfExporter

            self._exporter = PdfExporter(self)
        self._exporter.start()

    # ------------------------------------------------------------------------------ lifecycle

    def closeEvent(self, event: QCloseEvent) -> None:
        page = self._question
        if page is not None and page.busy and self.stack.currentWidget() is page:
            page._pending.stop()
            page._confirm()  # an answer picked a moment ago is kept, not dropped on quit
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
