"""Building blocks shared by the screens: plain-text labels, headings, a readable column, a scrolling page."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pmfit.ui.accessible import set_level
from pmfit.ui.palette import muted_color

if TYPE_CHECKING:
    from PySide6.QtGui import QShortcut

READABLE_WIDTH = 720  # about 70 characters of the system font at 100%
MUTED = "pmfitMuted"  # the property that marks secondary text, so a new palette can recolour it


# Startup note: PySide builds the whole Qt namespace (every enum in it, ~13 ms) the first time any of it is
# touched. This module refers to it only as QtCore.Qt inside functions, and the welcome screen is built
# from own_label()/own_heading(), which need none of it, so the first screen paints without paying that.


class Heading(QLabel):
    """A label that assistive technology reports as a heading, with its level (see pmfit.ui.accessible):
    1 for a screen's title, 2 for its sections, 3 for the parts of a section."""

    ACCESSIBLE_ROLE = "Heading"

    def __init__(self, text: str = "", level: int = 2) -> None:
        super().__init__(text)
        set_level(self, level)


def own_label(text: str = "") -> QLabel:
    """A wrapping label for pmfit's own fixed words (never bank or user text: use plain_label for those)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _enlarge(label: QLabel, scale: float) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def own_heading(text: str = "", scale: float = 1.4, level: int = 1) -> Heading:
    label = Heading(text, level)
    label.setWordWrap(True)
    _enlarge(label, scale)
    return label


def _plain(label: QLabel, text: str, wrap: bool, object_name: str) -> None:
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)


def plain_label(text: str = "", *, wrap: bool = True, object_name: str = "") -> QLabel:
    """A label that shows bank or user text as typed: never interpreted as rich text."""
    label = QLabel()
    _plain(label, text, wrap, object_name)
    return label


def heading(text: str, scale: float = 1.4, *, level: int = 2, object_name: str = "") -> Heading:
    """A heading of bank or result text (plain text), named by its words for assistive technology."""
    label = Heading(level=level)
    _plain(label, text, True, object_name)
    _enlarge(label, scale)
    return label


def reachable_by_tab(*widgets: QWidget) -> None:
    """Text a keyboard or screen-reader user can step onto with Tab and read, in the order laid out.

    Tab only: a mouse click should select text, not leave a focus ring on a paragraph.
    """
    for widget in widgets:
        widget.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)


def show_now(parent: QWidget) -> None:
    """Show the widgets just added to ``parent``'s layout now, not on the next turn of the event loop.

    Qt shows a widget added to a visible page a moment later; until then it can neither take focus nor be
    reached by Tab, so focus moved to it (the verdict of a result shown again) would stay where it was."""
    layout = parent.layout()
    if parent.isVisible() and layout is not None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget() if item is not None else None
            explicit = QtCore.Qt.WidgetAttribute.WA_WState_ExplicitShowHide  # hidden on purpose, or shown
            if widget is not None and widget.isHidden() and not widget.testAttribute(explicit):
                widget.show()


def tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (the reading order), whatever order they were made in."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def muted(label: QLabel) -> QLabel:
    """Secondary text: softer than the body text, and still at least 4.5:1 (pmfit.ui.palette)."""
    label.setProperty(MUTED, True)
    _paint_muted(label)
    return label


def _paint_muted(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
    label.setPalette(palette)


def refresh_muted(root: QWidget) -> None:
    """Recolour the secondary text under ``root`` after the palette changed (say, to dark)."""
    for label in root.findChildren(QLabel):
        if label.property(MUTED):
            label.setPalette(QPalette())  # drop the old shade, take the window's new palette, then mute it
            _paint_muted(label)


def bind_key(scope: QWidget, sequence: str, button: QAbstractButton) -> QShortcut:
    """``sequence`` clicks ``button`` while focus is inside ``scope`` and the button can be used.

    Explicit shortcuts rather than "&" mnemonics: some platforms switch mnemonics off, and a mnemonic
    next to a shortcut on the same key would make both ambiguous. Tooltips name the keys.
    """
    from PySide6.QtGui import QKeySequence, QShortcut  # not at start: the first screen binds keys after it

    shortcut = QShortcut(QKeySequence(sequence), scope)
    shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: button.click() if button.isVisible() and button.isEnabled() else None)
    return shortcut


class _LetThrough(QObject):
    """Hands one key sequence to the window's shortcuts instead of the widget it is installed on."""

    def __init__(self, widget: QWidget, sequence: str) -> None:
        from PySide6.QtGui import QKeySequence

        super().__init__(widget)
        self._sequence = QKeySequence(sequence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            from PySide6.QtGui import QKeyEvent, QKeySequence

            if isinstance(event, QKeyEvent) and QKeySequence(event.keyCombination()) == self._sequence:
                return True  # not accepted by the widget: the shortcut bound to it runs
        return False


def let_shortcut_through(widget: QWidget, sequence: str) -> None:
    """``sequence`` reaches the shortcuts bound around ``widget`` (a text field takes Ctrl+E for itself)."""
    widget.installEventFilter(_LetThrough(widget, sequence))


class _Changes(QObject):
    """Passes a page's language and palette changes on to it (see :meth:`Page.follow_changes`)."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._page.retranslate()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._page.restyle()
        return False  # the page handles the event as it would anyway


class Page(QWidget):
    """A screen's base: it sets its own words again when the language changes (:meth:`retranslate`) and
    repaints what it draws when the desktop's palette or font changes (:meth:`restyle`); pages override those,
    and follow the changes once the window calls :meth:`follow_changes`."""

    def follow_changes(self) -> None:
        """From now on, a change of language or palette reaches :meth:`retranslate` and :meth:`restyle`.

        An event filter rather than a changeEvent override, installed by the window when the page is
        made, and for the first screen right after its first paint: a Python handler that receives Qt's
        generic events makes PySide build all fifty of Qt's event classes, 3-4 ms the first paint would
        wait for."""
        if self.findChild(_Changes) is None:
            self.installEventFilter(_Changes(self))

    def retranslate(self) -> None:
        """Set the page's own words (the flow shows its data again in the new language)."""

    def restyle(self) -> None:
        """Repaint what the page draws itself in the new palette's colours and the new font's size."""


class ReadableColumn(Page):
    """One centred column of content, at most READABLE_WIDTH wide, as the design asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Stretches either side take what is left once the column has its readable width.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        self.inner = QWidget()
        self.inner.setMaximumWidth(READABLE_WIDTH)
        self.inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)
        outer.addStretch(1)
        outer.addWidget(self.inner, 100)
        outer.addStretch(1)

    def clear(self) -> None:
        """Remove everything from the column (a screen rebuilt for a new result).

        Out of the page at once, not only when the event loop deletes it: nothing of the last result may
        still be found, focused or reported to assistive technology once the next one is built."""
        while self.column.count():
            entry = self.column.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()


class ScrollPage(Page):
    """A screen whose readable column scrolls, with an optional bar of buttons that stays in view below it.

    Large text or a small window never cuts anything off: the column scrolls instead (WCAG 1.4.4, 1.4.10),
    and the focus tracker (pmfit.ui.focus) scrolls the focused widget into view.
    """

    def __init__(self, parent: QWidget | None = None, content: ReadableColumn | None = None) -> None:
        super().__init__(parent)
        self.content = content if content is not None else ReadableColumn()
        self.column = self.content.column
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("pageScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.page_layout.setSpacing(0)
        self.page_layout.addWidget(self.scroll_area, 1)

    def leave_scrolling_to_keys(self) -> None:
        """The scroll area itself is no Tab stop: focus goes to what it shows (and the page follows it), and
        Page Up/Down scroll. Called by each page once Qt's enums may be touched (see the start-up note)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        self.scroll_area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        for key, step in (
            (QKeySequence.StandardKey.MoveToNextPage, 1),
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.scroll_by_pages(step))

    def scroll_by_pages(self, step: int) -> None:
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.value() + step * bar.pageStep())

    def scroll_to_top(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)
