"""The question screen: one item at a time, answered with a click or a digit key.

Role and responsibility names are never shown here: they would colour the answers.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pmfit.core.bank import CheckItem, ChoiceItem, LikertItem
from pmfit.ui.widgets import ReadableColumn, heading, muted, plain_label

# How long a picked answer stays visibly selected before the next question: long enough to see, and
# within the 250 ms DESIGN.md allows.
CONFIRM_MS = 180


class AnswerButton(QPushButton):
    """A large, checkable answer with its key number and a wrapping plain-text label."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(46)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(12)
        self.key = QLabel(str(number))
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setFixedWidth(self.key.fontMetrics().horizontalAdvance("00") + 10)
        self.label = plain_label(text)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        for part in (self.key, self.label):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.key)
        row.addWidget(self.label, 1)
        self.setAccessibleName(f"{number}: {text}")
        self.setToolTip(self.tr("Press {0}").format(number))

    def sizeHint(self) -> QSize:
        width = max(self.width(), 300)
        text_width = width - self.key.width() - 40
        height = self.label.heightForWidth(max(text_width, 100))
        return QSize(width, max(44, height + 18))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()


class QuestionPage(ReadableColumn):
    # The value (1-5 for likert and check items, the option index for a choice) and whether to move on.
    answered = Signal(int, bool)
    back_requested = Signal()
    forward_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPage")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        self.progress_text = muted(plain_label(object_name="progressText"))
        self.note = plain_label(object_name="tiebreakerNote")
        self.note.setFrameShape(QLabel.Shape.StyledPanel)
        self.note.setMargin(10)
        self.question = heading("", 1.3, object_name="questionText")
        self.question.setMinimumHeight(self.question.fontMetrics().height() * 3)
        self.question.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.answers_box = QWidget()
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answers_layout.setContentsMargins(0, 0, 0, 0)
        self.answers_layout.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        self.forward_button = QPushButton()
        self.forward_button.setObjectName("forwardButton")
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.forward_button)

        self.column.addWidget(self.progress_bar)
        self.column.addWidget(self.progress_text)
        self.column.addWidget(self.note)
        self.column.addWidget(self.question)
        self.column.addWidget(self.answers_box)
        self.column.addStretch(1)
        self.column.addLayout(nav)

        self.back_button.clicked.connect(self.back_requested)
        self.forward_button.clicked.connect(self.forward_requested)
        self.group.idClicked.connect(self._picked)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(CONFIRM_MS)
        self._pending.timeout.connect(self._confirm)
        self._pending_value = 0
        self._choice = False
        self._install_keys()
        self.retranslate()

    def _install_keys(self) -> None:
        def shortcut(key: Qt.Key | QKeySequence.StandardKey, slot: object) -> None:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        for digit in range(1, 10):
            shortcut(getattr(Qt.Key, f"Key_{digit}"), lambda d=digit: self.pick_number(d))
        for key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            shortcut(key, self._back)
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(key, self._forward)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Previous question (Left arrow or Backspace)"))
        self._update_forward_text()

    @property
    def busy(self) -> bool:
        """True while a picked answer is being shown before moving on."""
        return self._pending.isActive()

    def show_item(
        self,
        item: LikertItem | ChoiceItem | CheckItem,
        answer: int | None,
        number: int,
        total: int,
        minutes_left: float,
        note: str = "",
        can_go_back: bool = True,
    ) -> None:
        self._pending.stop()
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(number - 1)
        minutes = max(1, round(minutes_left)) if minutes_left >= 0.5 else 0
        left = self.tr("about {0} min left").format(minutes) if minutes else self.tr("almost done")
        self.progress_text.setText(self.tr("{0} of {1} · {2}").format(number, total, left))
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.question.setText(item.text)
        self.question.setAccessibleName(item.text)
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.answers_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._choice = isinstance(item, ChoiceItem)
        if isinstance(item, ChoiceItem):
            labels = [(index, option.text) for index, option in enumerate(item.options)]
        else:
            labels = [(value - 1, text) for value, text in enumerate(self.likert_labels(), start=1)]
        for index, text in labels:
            button = AnswerButton(index + 1, text)
            self.group.addButton(button, index)
            self.answers_layout.addWidget(button)
        selected = None if answer is None else (answer if self._choice else answer - 1)
        if selected is not None and self.group.button(selected) is not None:
            self.group.button(selected).setChecked(True)
        self.back_button.setEnabled(can_go_back)
        self._update_forward_text(answer is not None)
        focus: QAbstractButton | None = self.group.button(selected if selected is not None else 0)
        if focus is not None and self.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def likert_labels(self) -> list[str]:
        return [
            self.tr("Strongly disagree"),
            self.tr("Disagree"),
            self.tr("Neither agree nor disagree"),
            self.tr("Agree"),
            self.tr("Strongly agree"),
        ]

    def _update_forward_text(self, answered: bool = False) -> None:
        self.forward_button.setText(self.tr("Next →") if answered else self.tr("Skip →"))
        self.forward_button.setToolTip(self.tr("Next question (Right arrow or Enter)"))

    def pick_number(self, number: int) -> None:
        """Digit N picks answer N (for a choice, option N), shows it selected, then moves on."""
        if self.busy:
            return
        button = self.group.button(number - 1)
        if button is None:
            return
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._picked(number - 1)

    def _picked(self, index: int) -> None:
        self._pending_value = index if self._choice else index + 1
        self._update_forward_text(True)
        self._pending.start()

    def _confirm(self) -> None:
        self.answered.emit(self._pending_value, True)

    def _back(self) -> None:
        if self.busy:  # keep the answer just picked, then go back as asked
            self._pending.stop()
            self.answered.emit(self._pending_value, False)
        self.back_requested.emit()

    def _forward(self) -> None:
        if self.busy:  # the picked answer is on its way: send it now rather than skipping past it
            self._pending.stop()
            self._confirm()
            return
        self.forward_requested.emit()
