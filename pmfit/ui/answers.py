"""The answers of one question: large radio buttons in a group named by the question.

Assistive technology meets real radio buttons (role RadioButton, checked or not), each named by its words
and its key ("Agree, 4"), inside a group whose name is the question. The page makes a new group for every
question and moves focus into it, so a screen reader announces the question each time it changes (Orca
speaks the name of a group the focus enters).

Arrow keys move focus only. Qt's own arrow handling in an exclusive group also clicks the button it moves
to, which changed a saved answer by accident; here only a digit, Space (or a click) picks. The group itself
can hold the focus (the question page puts it there on arrival, so that no answer looks favoured): the first
Up or Down from there goes to the picked answer, else the first.

Focus and selection look different: focus is the shared ring drawn outside the card (pmfit.ui.focus); the
picked answer is filled with the accent (pmfit.ui.theme), its words on it at 4.5:1. Nor is it colour alone
(WCAG 1.4.11): the picked answer's circle gets a dot that stands 3:1 off an empty circle, and its edge
doubles.

Where an answer is, for assistive technology (a magnifier following focus, a reader's "where am I", touch
exploration), is the whole card: Qt reports a radio button's clickable part, which the style measures as the
circle and the text it knows of, and the words are painted here, so a small style proxy says the card.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QProxyStyle,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from pmfit.ui.palette import MARK_RATIO, MUTED_MIX, TEXT_RATIO, mix, ratio, readable
from pmfit.ui.theme import colors as theme_colors

PAD_X, PAD_Y = 14, 10  # inside an answer, around its contents
GAP = 12  # between the circle, the key number and the words
MIN_HEIGHT = 46
TEXT_FLAGS = Qt.TextFlag.TextWordWrap


class _CardStyle(QProxyStyle):
    """The application's style, except that a radio button's clickable part is all of it."""

    def subElementRect(
        self, element: QStyle.SubElement, option: QStyleOption, /, widget: QWidget | None = None
    ) -> QRect:
        if element == QStyle.SubElement.SE_RadioButtonClickRect:
            return QRect(option.rect)
        return super().subElementRect(element, option, widget)  # type: ignore[arg-type]


_card_style: _CardStyle | None = None


def _answer_style() -> QStyle:
    """One proxy for every answer, made on first use over the application's style, and kept by the
    application (a style must outlive the widgets that use it)."""
    global _card_style
    if _card_style is None:
        _card_style = _CardStyle()
        _card_style.setParent(QApplication.instance())
    return _card_style


class AnswerButton(QRadioButton):
    """One answer: a circle that shows whether it is picked, its key number and its words, wrapping."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.words = text  # kept off QAbstractButton.text(): an "&" in a bank's words is not a shortcut
        # "Agree, 4": the words, then the key. A sentence's full stop goes, so it does not read "time., 1".
        words = text.strip()
        self.setAccessibleName(self.tr("{0}, {1}").format(words.removesuffix("."), number))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setStyle(_answer_style())

    # ------------------------------------------------------------------------------------- geometry

    def _circle(self) -> float:
        return self.fontMetrics().height() * 1.05

    def _key_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("00")

    def _text_left(self) -> int:
        return PAD_X + round(self._circle()) + GAP + self._key_width() + GAP

    def _text_rect(self, width: int, height: int) -> QRect:
        left = self._text_left()
        return QRect(left, PAD_Y, max(40, width - left - PAD_X), max(0, height - 2 * PAD_Y))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        box = self._text_rect(width, 10_000)
        words = QFontMetrics(self.font()).boundingRect(box, int(TEXT_FLAGS.value), self.words)
        return max(MIN_HEIGHT, words.height() + 2 * PAD_Y, round(self._circle()) + 2 * PAD_Y)

    def sizeHint(self) -> QSize:
        width = max(self.width(), 320)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # One line high: the layout asks heightForWidth() for the real height at the width it gives. A
        # height for the narrowest width here would make the page claim room for words wrapped word by word.
        return QSize(self._text_left() + 80 + PAD_X, MIN_HEIGHT)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole card answers a click, not only the circle

    # -------------------------------------------------------------------------------------- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        group = self.group()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and group is not None:
            buttons = group.buttons()
            index = buttons.index(self) + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= index < len(buttons):
                buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------------------------- painting

    def colors(self) -> dict[str, QColor]:
        """The colours this answer paints, by part (tests check their contrast)."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        window = palette.color(QPalette.ColorRole.Window)
        if self.isChecked():
            # Filled with the accent, its words in the accent's own text colour. The dot must stand off an
            # empty circle (the card's base) too: where the accent's words are as light as the base (a
            # light palette), the circle is a disk of that colour with an accent dot in it.
            theme = theme_colors(self.window().palette())
            fill, on = theme.accent, theme.on_accent
            own_dot = ratio(on, base) >= MARK_RATIO
            return {
                "window": window,
                "fill": fill,
                "edge": theme.accent_mark,  # 3:1 on the window, so the card's shape shows
                "circle": on,
                "disk": fill if own_dot else on,
                "dot": on if own_dot else fill,
                "number": readable(mix(on, fill, MUTED_MIX), fill, TEXT_RATIO),
                "words": on,
            }
        fill = mix(base, text, 0.05) if self.underMouse() else base
        return {
            "window": window,
            "fill": fill,
            # The card's edge: a quiet line that still shows on the window.
            "edge": readable(mix(text, base, 0.55), base, MARK_RATIO),
            "circle": text,
            "disk": fill,
            "dot": text,
            "number": readable(mix(text, fill, MUTED_MIX), fill, TEXT_RATIO),
            "words": text,
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = self.colors()
        picked = self.isChecked()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge_width = 2.0 if picked else 1.0
        inset = edge_width / 2
        card = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.setPen(QPen(colors["edge"], edge_width))
        painter.setBrush(QBrush(colors["fill"]))
        painter.drawRoundedRect(card, 6, 6)

        diameter = self._circle()
        center = QPointF(PAD_X + diameter / 2, self.height() / 2)
        painter.setPen(QPen(colors["circle"], max(1.5, diameter / 10)))
        painter.setBrush(QBrush(colors["disk"]))
        painter.drawEllipse(center, diameter / 2 - 1, diameter / 2 - 1)
        if picked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colors["dot"]))
            painter.drawEllipse(center, diameter / 4, diameter / 4)

        key_box = QRect(round(PAD_X + diameter + GAP), 0, self._key_width(), self.height())
        painter.setPen(colors["number"])
        painter.drawText(key_box, int(Qt.AlignmentFlag.AlignCenter.value), str(self.number))
        painter.setPen(colors["words"])
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        words = self._text_rect(self.width(), self.height())
        painter.drawText(words, int(align.value) | int(TEXT_FLAGS.value), self.words)
        painter.end()


class AnswerGroup(QWidget):
    """The answers of one question, as a group named by the question for assistive technology."""

    ACCESSIBLE_ROLE = "Grouping"

    def __init__(self, question: str, labels: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerGroup")
        self.setAccessibleName(question)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)  # room between the answers for the focus ring (pmfit.ui.focus) around one
        for index, text in labels:
            button = AnswerButton(index + 1, text)
            self.buttons.addButton(button, index)
            layout.addWidget(button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up or Down on the group itself: into the answers, at the picked one, else the first."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.buttons.buttons():
            target = self.buttons.checkedButton() or self.buttons.buttons()[0]
            target.setFocus(Qt.FocusReason.TabFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)
