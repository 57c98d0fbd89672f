"""The welcome screen: what pmfit is, how long it takes, and the full form (or Resume) or the quick one.

What is read first comes first, and the way in right after it: the icon, the title, what pmfit does, then
the primary button (Full, or Resume; the accent) with Quick beside it, so that even at 800x600 with 20 pt
text it shows without scrolling. Past results (only once there is one) and Start over (destructive, at the
far end of the row, away from the primary) come under them, and the small print after. The language is not
part of this form: a small chooser at the window's top edge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pmfit.ui.accessible import set_role
from pmfit.ui.style import after_first_frame, first_frame
from pmfit.ui.theme import DESTRUCTIVE, PAGE_MARGIN, PRIMARY, SPACE_ITEM, set_button_role
from pmfit.ui.view import WelcomeScreen
from pmfit.ui.widgets import (
    ReadableColumn,
    ScrollPage,
    bind_key,
    muted,
    own_heading,
    own_label,
    reachable_by_tab,
    tab_chain,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent, QResizeEvent

    from pmfit.ui.language_chooser import LanguageChooser

ICON_LINES = 3.5  # the icon's side, in lines of the system font: it grows with a person's larger text,
ICON_MOST = 72  # up to this many pixels: with 20 pt text its room goes to the words and the way in


class _Column(ReadableColumn):
    """The welcome screen's words: the page is covered by its scroll area, so this is what paints first."""

    painted = Signal()
    resized = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class WelcomePage(ScrollPage):
    start_requested = Signal()
    quick_requested = Signal()
    resume_requested = Signal()
    start_over_requested = Signal()
    history_requested = Signal()
    language_requested = Signal(str)  # a language code of pmfit.core.languages.languages()
    first_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        column = _Column()
        super().__init__(parent, column)
        self.setObjectName("welcomePage")
        column.painted.connect(self._column_painted)
        self._painted = False
        # This screen paints first, so it is built only from parts that need no Qt enum (see widgets.py).
        # The app's icon over the title; its room is kept from the first paint, the picture (SVG, which
        # loads Qt's SVG support) comes right after it.
        self.icon = QLabel()
        self.icon.setObjectName("appIcon")
        side = min(ICON_MOST, round(self.icon.fontMetrics().height() * ICON_LINES))
        self.icon.setFixedSize(side, side)
        self.title = own_heading("", 1.8)
        self.intro = own_label()
        self.facts = muted(own_label())
        self.about_you = muted(own_label())  # what "About you" at the end asks, and why
        self.about_you.setObjectName("aboutYouNote")
        self.status = own_label()
        self.status.setObjectName("resumeStatus")
        # A named group around the words: a screen reader reads its title and paragraphs as focus enters
        # it, on launch, before "Start". (Not a "default" button: it would look focused when it is not;
        # Enter starts from anywhere on the screen.)
        set_role(self.content, "Grouping")
        self.primary = QPushButton()
        self.primary.setObjectName("primaryButton")
        set_button_role(self.primary, PRIMARY)
        self._primary_minimum = (self.primary.fontMetrics().averageCharWidth() * 18, 44)
        self.primary.setMinimumSize(*self._primary_minimum)
        # The quick form, beside the full form (or Resume): the second way in, not the primary one.
        self.quick = QPushButton()
        self.quick.setObjectName("quickButton")
        self.quick.setMinimumHeight(44)
        self.start_over = QPushButton()
        self.start_over.setObjectName("startOverButton")
        set_button_role(self.start_over, DESTRUCTIVE)  # it discards the unfinished answers (after asking)
        self.history = QPushButton()
        self.history.setObjectName("historyButton")
        # Past results, then Start over at the far end: it loses the answers given, so it stands apart from
        # the primary button, on a row of its own and across from where the eye starts.
        others = QHBoxLayout()
        others.addWidget(self.history)
        others.addStretch(1)
        others.addWidget(self.start_over)
        buttons = QVBoxLayout()
        buttons.setSpacing(10)
        first = QHBoxLayout()  # the two forms as wide as their words (and then some), not bars
        self._forms = first
        first.addWidget(self.primary)
        first.addWidget(self.quick)
        first.addStretch(1)
        buttons.addLayout(first)
        buttons.addLayout(others)

        # The language, at the window's top edge and out of the form; its room is kept from the first paint
        # (the chooser itself comes right after it), so nothing moves when it arrives.
        self.language_bar = QWidget()
        self.language_bar.setObjectName("languageBar")
        self._language_row = QHBoxLayout(self.language_bar)
        self._language_row.setContentsMargins(PAGE_MARGIN, SPACE_ITEM, PAGE_MARGIN, 0)
        self._language_row.addStretch(1)
        self.language_bar.setMinimumHeight(round(self.fontMetrics().height() * 1.7) + SPACE_ITEM)
        self.page_layout.insertWidget(0, self.language_bar)

        self.column.addStretch(1)
        self.column.addWidget(self.icon)
        self.column.addSpacing(SPACE_ITEM)
        for widget in (self.title, self.intro, self.status):
            self.column.addWidget(widget)
        self.column.addSpacing(SPACE_ITEM)
        self.column.addLayout(buttons)
        self.column.addSpacing(SPACE_ITEM)
        for widget in (self.facts, self.about_you):
            self.column.addWidget(widget)
        self.column.addStretch(2)

        self.primary.clicked.connect(self._primary_clicked)
        self.quick.clicked.connect(self.quick_requested)
        self.start_over.clicked.connect(self.start_over_requested)
        self.history.clicked.connect(self.history_requested)
        # Keys are bound right after the first paint: binding touches Qt's enum namespace (see widgets.py).
        self.first_painted.connect(lambda: QTimer.singleShot(0, self, self._install_keys))
        column.resized.connect(self._fit_forms)
        self._answered: int | None = None
        self._total: int | None = None
        self._minutes: int | None = None  # the estimate, once the bank is loaded (pmfit.core.length)
        self._quick_minutes: int | None = None  # known once the bank is loaded
        self._language = "en"
        self.language_label: QLabel | None = None
        self.language: LanguageChooser | None = None
        self.retranslate()

    def first_frame(self) -> None:
        """The buttons for the first paint, before the application's style sheet is set (pmfit.ui.style)."""
        for button in (self.primary, self.start_over, self.history):
            first_frame(button)

    def sheet_arrived(self) -> None:
        """The style sheet is set: the buttons take it (and their own sizes) from now on."""
        after_first_frame(self.primary, self._primary_minimum)
        after_first_frame(self.start_over)
        after_first_frame(self.history)

    def _fit_forms(self) -> None:
        """The two forms side by side where both fit the column, else one above the other: "Resume (40 of 93
        answered)" in large text is never cut short. After the first paint only (it needs Qt's enums); the
        first paint's sizes fit side by side."""
        if not self._painted:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QBoxLayout

        gap = max(0, self._forms.spacing())
        need = self.primary.sizeHint().width() + gap + self.quick.sizeHint().width()
        across = need <= self.content.inner.width()
        direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
        if self._forms.direction() != direction:
            self._forms.setDirection(direction)
            for button in (self.primary, self.quick):
                self._forms.setAlignment(button, Qt.AlignmentFlag.AlignLeft)

    def _install_keys(self) -> None:
        self._fit_forms()
        self._show_icon()
        language = self._add_language_chooser()
        reachable_by_tab(self.title, self.intro, self.facts, self.about_you, self.status)
        # Tab reads the screen as it is laid out: the words, the buttons, the small print, the language.
        words, buttons = [self.title, self.intro, self.status], [self.primary, self.quick, self.history]
        # One chain, the language last (after the screen's own words and buttons): a second, shorter chain
        # set apart from it could leave the language elsewhere.
        tab_chain([*words, *buttons, self.start_over, self.facts, self.about_you, language])
        self.leave_scrolling_to_keys()
        for key in ("Return", "Enter"):
            bind_key(self, key, self.primary)
        bind_key(self, "Alt+Q", self.quick)
        bind_key(self, "Alt+O", self.start_over)
        bind_key(self, "Alt+P", self.history)

    def _show_icon(self) -> None:
        from PySide6.QtGui import QIcon

        from pmfit.core.paths import asset_path

        path = asset_path("pmfit.svg")
        if path.is_file():
            side = self.icon.width()
            self.icon.setPixmap(QIcon(str(path)).pixmap(QSize(side, side), self.icon.devicePixelRatioF()))
        self.icon.setAccessibleName("pmfit")

    def _add_language_chooser(self) -> LanguageChooser:
        """The language pmfit speaks, at the top edge. Made after the first paint (a combo box needs
        Qt's enums); each language is named in itself, so a person finds theirs whatever is shown now."""
        from PySide6.QtWidgets import QLabel

        from pmfit.system.i18n import language_names
        from pmfit.ui.language_chooser import LanguageChooser

        self.language_label = QLabel()
        self.language = LanguageChooser()
        self.language.setObjectName("languageChooser")
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)
        muted(self.language_label)  # a setting, not part of what the screen is for
        self._language_row.addWidget(self.language_label)
        self._language_row.addWidget(self.language)
        self._select_language()
        self.language.chosen.connect(self.language_requested)
        self.retranslate()
        return self.language

    def _select_language(self) -> None:
        if self.language is not None:
            self.language.show_language(self._language)

    def retranslate(self) -> None:
        if self.language_label is not None and self.language is not None:
            # "Language" in the language on show; the names beside it are each in their own.
            self.language_label.setText(self.tr("Language:"))
            self.language.setAccessibleName(self.tr("Language of pmfit"))
            self.language.setToolTip(self.tr("Enter or leaving the list switches to it; pmfit remembers it"))
        self.title.setText(self.tr("Product Manager or Project Manager?"))
        self.content.setAccessibleName(self.title.text())
        self.scroll_area.setAccessibleName(self.title.text())
        self.intro.setText(
            self.tr(
                "pmfit helps you see which of the two roles fits you better, "
                "responsibility by responsibility. "
                "You answer short questions about what you enjoy and what you have done, and get a verdict "
                "with how sure it is, why, and what to do next."
            )
        )
        if self._minutes is None:  # before the bank is loaded: no number rather than a wrong one
            self.facts.setText(
                self.tr(
                    "It measures your preferences, not your competence. "
                    "Nothing leaves this computer, and your answers are saved as you go."
                )
            )
        else:
            self.facts.setText(
                self.tr(
                    "The full form takes about {0} minutes. The quick form stops as soon as your answer "
                    "is settled: it asks first what tells the two roles apart. It measures your preferences, "
                    "not your competence. Nothing leaves this computer, and your answers are saved as you go."
                ).format(self._minutes)
            )
        self.about_you.setText(
            self.tr(
                "At the end you may say what your role is now (optional, never scored): it lets a course or "
                "an HR team check whether pmfit tells real Product Managers from real Project Managers."
            )
        )
        if self._quick_minutes is None:
            self.quick.setText(self.tr("Quick"))
        else:
            self.quick.setText(self.tr("Quick (about {0} minutes)").format(self._quick_minutes))
        self.quick.setToolTip(
            self.tr("Begin the quick form: it stops as soon as your answer is settled (Alt+Q)")
        )
        self.quick.setAccessibleDescription(
            ""
            if self._quick_minutes is None
            else self.tr(
                "About {0} minutes for most people with a clear lean; longer when the roles are close."
            ).format(self._quick_minutes)
        )
        self.start_over.setText(self.tr("Start over"))
        self.start_over.setToolTip(self.tr("Discard the unfinished answers and begin again (Alt+O)"))
        self.history.setText(self.tr("Past results"))
        self.history.setToolTip(self.tr("Results of earlier attempts (Alt+P)"))
        self._show_state()
        self._fit_forms()

    def show_screen(self, screen: WelcomeScreen) -> None:
        """Offer to resume an unfinished assessment when there is one; past results when there are any."""
        self._answered, self._total = screen.answered, screen.total
        if screen.minutes is not None:
            self._minutes = screen.minutes
        if screen.quick_minutes is not None:
            self._quick_minutes = screen.quick_minutes
        self._language = screen.language
        self._select_language()
        # Hidden, not greyed out, until there is a past result: nothing shows that cannot be used here.
        self.history.setVisible(screen.past_results > 0)
        self.retranslate()

    @property
    def resumable(self) -> bool:
        return self._answered is not None

    def _show_state(self) -> None:
        if self._answered is None:
            if self._minutes is None:  # before the bank is loaded: no number rather than a wrong one
                self.primary.setText(self.tr("Full"))
            else:
                self.primary.setText(self.tr("Full (about {0} minutes)").format(self._minutes))
            self.primary.setToolTip(self.tr("Begin the full form: every question (Enter)"))
            self.status.setText("")
            self.status.hide()
            self.start_over.hide()
            return
        if self._total:
            progress = self.tr("{0} of {1} answered").format(self._answered, self._total)
        else:
            progress = self.tr("{0} answered").format(self._answered)
        self.primary.setText(self.tr("Resume ({0})").format(progress))
        self.primary.setToolTip(self.tr("Carry on where you stopped (Enter)"))
        self.status.setText(self.tr("You have an unfinished assessment. Every answer you gave is kept."))
        self.status.show()
        self.start_over.show()

    def _primary_clicked(self) -> None:
        (self.resume_requested if self.resumable else self.start_requested).emit()

    def _column_painted(self) -> None:
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
