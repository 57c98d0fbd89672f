"""The main window: a stack of screens, and the window's side of the view protocol (pmfit.ui.view.View).

The window shows what the flow controller (pmfit.ui.flow) gives it and passes the person's actions back to
it; it decides nothing. Screens are built when first shown (the question bank loads after the first paint),
and message boxes and file dialogs open without blocking, so tests answer them as a person would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from pmfit.ui import accessible, style
from pmfit.ui.palette import readable_palette
from pmfit.ui.settings import Settings
from pmfit.ui.view import (
    AboutYouScreen,
    Action,
    HistoryScreen,
    QuestionScreen,
    ResultScreen,
    Screen,
    WelcomeScreen,
)
from pmfit.ui.welcome_page import WelcomePage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from pmfit.ui.about_you_page import AboutYouPage
    from pmfit.ui.compare_page import ComparePage
    from pmfit.ui.flow import Flow
    from pmfit.ui.focus import FocusTracker
    from pmfit.ui.history_page import HistoryPage
    from pmfit.ui.notice import Notice
    from pmfit.ui.question_page import QuestionPage
    from pmfit.ui.result_page import ResultPage


# Small enough for a 1600x900 screen at 200% (800x450 points, less the title bar); every screen scrolls or
# wraps to fit it.
MINIMUM_SIZE = (480, 400)


class _FollowsLanguage(QObject):
    """On a change of language, the window (and every widget and dialog in it) takes the new default locale.

    Qt gives a widget the default locale when it is made and keeps it; assistive technology asks each
    widget for its locale (AT-SPI's GetLocale), so without this the window spoke Ukrainian words while
    telling the screen reader they were en_US, and Orca kept its English voice."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QWidget):
            from PySide6.QtCore import QLocale

            if watched.locale() != QLocale():
                watched.setLocale(QLocale())
        return False


def app_instance() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


class MainWindow(QMainWindow):
    welcome_painted = Signal()
    page_changed = Signal(str)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.flow: Flow | None = None
        self.focus_tracker: FocusTracker | None = None
        accessible.install()
        # Qt's placeholder grey and selection blue fall short of WCAG contrast; the window takes the
        # system palette with those few colours made readable (pmfit.ui.palette).
        self.setPalette(readable_palette(QApplication.palette()))
        self.setMinimumSize(*MINIMUM_SIZE)
        self.stack = QStackedWidget()
        # The screens, with room above them for a notice (pmfit.ui.notice) when there is one.
        central = QWidget()
        self._central = QVBoxLayout(central)
        self._central.setContentsMargins(0, 0, 0, 0)
        self._central.setSpacing(0)
        self._central.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self.welcome.first_frame()  # its buttons in their roles' colours until the style sheet comes
        self._question: QuestionPage | None = None
        self._about_you: AboutYouPage | None = None
        self._latest: Screen | None = None  # the screen asked for last (one may wait for a pick's moment)
        self._result: ResultPage | None = None
        self._history: HistoryPage | None = None
        self._compare: ComparePage | None = None
        self._notice: Notice | None = None
        self.welcome.first_painted.connect(self.welcome_painted)
        # After the first paint, not in it: the focus ring needs Qt's enums (see the note in widgets.py).
        self.welcome.first_painted.connect(lambda: QTimer.singleShot(0, self, self._after_first_paint))
        geometry = settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1024, 700)
        self._set_title("")

    def _after_first_paint(self) -> None:
        """The focus ring follows the keyboard from now on (it needs Qt's enums: after the first paint)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        from pmfit.ui.focus import FocusTracker

        if self.focus_tracker is None:
            # Ctrl+Q quits from anywhere in the window (the default, window-wide shortcut context); bound
            # here, like the welcome screen's keys, because a key sequence costs the first paint 1 ms.
            QShortcut(QKeySequence("Ctrl+Q"), self).activated.connect(self.close)
            self.welcome.follow_changes()
            # Flat buttons by role, in the window's colours (pmfit.ui.style): after the first paint, which
            # it would cost some 5 ms.
            style.apply(app_instance(), self.palette())
            self.welcome.sheet_arrived()
            self.focus_tracker = FocusTracker(self)
            self.installEventFilter(_FollowsLanguage(self))
            # The signal, not the ApplicationPaletteChange event: Qt 6.11 stops sending that event to
            # widgets once a palette has been set on the application, the signal always comes.
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            app.paletteChanged.connect(self._palette_changed)

    def attach(self, flow: Flow) -> None:
        """Wire the screens' requests to the controller (the composition root calls this once)."""
        self.flow = flow
        # Looked up when asked for: the controllers are made on first use, after the first paint.
        self.welcome.start_requested.connect(lambda: flow.assessment.start())
        self.welcome.quick_requested.connect(lambda: flow.assessment.start_quick())
        self.welcome.resume_requested.connect(lambda: flow.assessment.resume())
        self.welcome.start_over_requested.connect(lambda: flow.assessment.start_over())
        self.welcome.history_requested.connect(lambda: flow.past.show_history())
        self.welcome.language_requested.connect(flow.set_language)

    def _flow(self) -> Flow:
        assert self.flow is not None, "attach() a Flow before showing screens"
        return self.flow

    # ------------------------------------------------------------------------------------ screens

    def current_page_name(self) -> str:
        page = self.stack.currentWidget()
        return page.objectName() if page is not None else ""

    def _set_title(self, screen_title: str) -> None:
        app = self.tr("pmfit — Product Manager or Project Manager?")
        self.setWindowTitle(f"{screen_title} — pmfit" if screen_title else app)

    def _switch_to(self, page: QWidget, title: str | None) -> None:
        """Show ``page``, titled ``title`` (None: the page sets the title itself when it is ready)."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        if self._notice is not None and self.stack.currentWidget() is not page:
            self._notice.hide()  # news about the screen left behind; the new screen takes the focus
        self.stack.setCurrentWidget(page)
        if title is not None:
            self._set_title(title)
        self.page_changed.emit(page.objectName())

    def show_screen(self, screen: Screen) -> None:
        """Show ``screen`` on its page and move keyboard focus to where a person starts reading."""
        self._latest = screen
        if isinstance(screen, WelcomeScreen):
            self.welcome.show_screen(screen)
            self._switch_to(self.welcome, "")
            focus = QApplication.focusWidget()
            # A new language keeps focus where it is (on the language list).
            if focus is None or not self.welcome.isAncestorOf(focus):
                self.welcome.primary.setFocus()
        elif isinstance(screen, QuestionScreen):
            question = self.question_page()
            # The title names the question once the page shows it (right after a pick, a moment later).
            self._switch_to(question, None)
            question.show_screen(screen)
        elif isinstance(screen, AboutYouScreen):
            asked = self._question
            if asked is not None and self.stack.currentWidget() is asked:
                # Right after the last answer its pick shows for a moment first, as before any question, so
                # a quick second key press never lands on a page the person has not seen.
                asked.after_pick(lambda: self._show_about_you(screen) if self._latest is screen else None)
            else:
                self._show_about_you(screen)
        elif isinstance(screen, ResultScreen):
            result = self.result_page()
            result.show_screen(screen)
            self._switch_to(result, self.tr("Your result"))
            result.focus_verdict()
        elif isinstance(screen, HistoryScreen):
            history = self.history_page()
            history.show_screen(screen)
            self._switch_to(history, self.tr("Past results"))
            history.list.setFocus()
        else:
            compare = self.compare_page()
            compare.show_screen(screen)
            self._switch_to(compare, self.tr("How your results changed"))
            compare.focus_start()

    def _show_about_you(self, screen: AboutYouScreen) -> None:
        about_you = self.about_you_page()
        arriving = self.stack.currentWidget() is not about_you
        about_you.show_screen(screen)
        self._switch_to(about_you, self.tr("About you"))
        if arriving:  # not when it shows again (a failed save, another language): focus stays put
            about_you.focus_start()

    def question_page(self) -> QuestionPage:
        if self._question is None:
            from pmfit.ui.question_page import QuestionPage

            assessment = self._flow().assessment
            self._question = QuestionPage()
            self._question.answer_chosen.connect(assessment.answer)
            self._question.back_requested.connect(assessment.back)
            self._question.forward_requested.connect(assessment.forward)
            self._question.leave_requested.connect(assessment.leave)
            self._question.shown.connect(
                lambda number, total: self._set_title(self.tr("Question {0} of {1}").format(number, total))
            )
            self._question.follow_changes()
            self.stack.addWidget(self._question)
        return self._question

    def about_you_page(self) -> AboutYouPage:
        if self._about_you is None:
            from pmfit.ui.about_you_page import AboutYouPage

            assessment = self._flow().assessment
            self._about_you = AboutYouPage()
            self._about_you.changed.connect(assessment.tell)
            self._about_you.result_requested.connect(assessment.see_result)
            self._about_you.skip_requested.connect(lambda: assessment.see_result(skip_about_you=True))
            self._about_you.back_requested.connect(assessment.back)
            self._about_you.leave_requested.connect(assessment.leave)
            self._about_you.follow_changes()
            self.stack.addWidget(self._about_you)
        return self._about_you

    def result_page(self) -> ResultPage:
        if self._result is None:
            from pmfit.ui.result_page import ResultPage

            flow = self._flow()
            self._result = ResultPage()
            self._result.retake_requested.connect(lambda: flow.assessment.start())
            self._result.rest_requested.connect(flow.assessment.answer_rest)
            self._result.history_requested.connect(flow.past.show_history)
            self._result.back_requested.connect(flow.past.show_history)
            self._result.compare_requested.connect(flow.past.compare_with_previous)
            self._result.export_requested.connect(flow.past.export_pdf)
            self._result.export_name = self.settings.export_name
            self._result.follow_changes()
            self.stack.addWidget(self._result)
        return self._result

    def history_page(self) -> HistoryPage:
        if self._history is None:
            from pmfit.ui.history_page import HistoryPage

            flow = self._flow()
            self._history = HistoryPage()
            self._history.open_requested.connect(flow.past.open_attempt)
            self._history.back_requested.connect(flow.show_welcome)
            self._history.compare_requested.connect(flow.past.compare_attempts)
            self._history.delete_requested.connect(flow.past.delete_attempt)
            self._history.follow_changes()
            self.stack.addWidget(self._history)
        return self._history

    def compare_page(self) -> ComparePage:
        if self._compare is None:
            from pmfit.ui.compare_page import ComparePage

            self._compare = ComparePage()
            self._compare.back_requested.connect(self._flow().past.show_history)
            self._compare.follow_changes()
            self.stack.addWidget(self._compare)
        return self._compare

    # ----------------------------------------------------------------------------- dialogs (view)

    def notify(self, title: str, text: str, *, warning: bool = False, action: Action | None = None) -> None:
        """News shows in a banner that does not block (pmfit.ui.notice); a warning in a dialog whose first
        line is its title (pmfit.ui.dialogs): window titles are often not shown."""
        if not warning:
            self.notice().show_message(title, text, (action.label, action.run) if action else None)
            return
        from PySide6.QtWidgets import QDialogButtonBox

        from pmfit.ui.dialogs import notice_dialog

        dialog = notice_dialog(self, title, text, self.tr("Close"))
        if action is not None:
            button = dialog.add_button(action.label, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName("noticeAction")
            button.clicked.connect(action.run)
        dialog.open()

    def notice(self) -> Notice:
        """The window's banner for news, made when first needed."""
        if self._notice is None:
            from pmfit.ui.notice import Notice

            self._notice = Notice()
            self._central.insertWidget(0, self._notice)
        return self._notice

    def confirm(self, question: str, text: str, on_yes: Callable[[], None], *, yes: str, no: str) -> None:
        from pmfit.ui.dialogs import question_dialog

        dialog = question_dialog(self, question, text, yes, no)
        dialog.accepted.connect(on_yes)
        dialog.open()

    def ask_save_path(self, title: str, suggested: Path, on_chosen: Callable[[str], None]) -> None:
        from PySide6.QtWidgets import QFileDialog

        # A plain QFileDialog, so that a desktop with its own file dialog shows that one (a subclass never
        # gets it). Whichever dialog asks about replacing a file asks about the name as typed; when .pdf is
        # then put on it, the export asks again about the final name (pmfit.ui.export_flow).
        dialog = QFileDialog(self, title, str(suggested), self.tr("PDF documents (*.pdf)"))
        dialog.setObjectName("saveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(str(suggested))
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: on_chosen(path) if path else None)
        dialog.open()

    def open_folder(self, folder: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def set_exporting(self, running: bool) -> None:
        self.result_page().set_exporting(running)

    def stop(self, title: str, text: str, code: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, "pmfit", f"{title}\n\n{text}", parent=self)
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setObjectName("stopBox")
        box.finished.connect(lambda _code: QApplication.exit(code))
        box.open()

    # ------------------------------------------------------------------------------- lifecycle

    def _palette_changed(self) -> None:
        """The system palette changed (say, the desktop went dark): take it, made readable again."""
        from pmfit.ui.widgets import refresh_muted

        self.setPalette(readable_palette(QApplication.palette()))
        style.apply(app_instance(), self.palette())
        refresh_muted(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every answer is saved the moment it is given, so closing loses nothing; only the size is kept.
        self.settings.window_geometry = self.saveGeometry()
        self.settings.sync()
        super().closeEvent(event)
