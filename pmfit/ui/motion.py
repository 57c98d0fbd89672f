"""Small motions that say an answer was taken: the next question fades in, the progress bar slides on.

Both are short (well under 200 ms) and never hold anything up: the new question is on screen, focused and
answering keys from its first frame; only its opacity, or the bar's painted value, catches up. Neither runs
when the desktop asks for no animation. Qt 6 has no "reduce motion" setting of its own; what it passes on
from the desktop is the style's animation duration (``QStyle.SH_Widget_Animation_Duration``: KDE's Breeze
gives 0 when animations are off or set to instant), so that is what is asked, on every start.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation
from PySide6.QtWidgets import QGraphicsOpacityEffect, QProgressBar, QStyle, QWidget

FADE_MS = 140  # the next question, from FADE_FROM to opaque
FADE_FROM = 0.25  # not from nothing: a blank frame would read as a flicker, not as a change
SLIDE_MS = 160  # the progress bar, from its last value to its new one


def animations_wanted(widget: QWidget) -> bool:
    """False when the desktop asks for no animation (its style's animation duration is 0)."""
    style = widget.style()
    return style.styleHint(QStyle.StyleHint.SH_Widget_Animation_Duration, None, widget) > 0


class FadeIn:
    """Fades ``widget`` in from :data:`FADE_FROM`; the effect is removed once opaque, so that at rest the
    widget paints as it would without it."""

    def __init__(self, widget: QWidget) -> None:
        self._widget = widget
        self._animation: QPropertyAnimation | None = None

    @property
    def running(self) -> bool:
        return self._animation is not None

    def start(self) -> None:
        self._finish()
        if not animations_wanted(self._widget) or not self._widget.isVisible():
            return
        effect = QGraphicsOpacityEffect(self._widget)
        effect.setOpacity(FADE_FROM)
        self._widget.setGraphicsEffect(effect)
        animation = QPropertyAnimation(effect, b"opacity", effect)  # goes with the effect
        animation.setDuration(FADE_MS)
        animation.setStartValue(FADE_FROM)
        animation.setEndValue(1.0)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        animation.finished.connect(self._finish)
        self._animation = animation
        animation.start()

    def _finish(self) -> None:
        if self._animation is not None:
            self._animation.finished.disconnect(self._finish)
            self._animation.stop()
            self._animation = None
            self._widget.setGraphicsEffect(None)  # type: ignore[arg-type]  # deletes it, and its animation


class SlidingValue:
    """A progress bar that slides to a new value within one round, and jumps to a new round's."""

    def __init__(self, bar: QProgressBar) -> None:
        self._bar = bar
        self._animation = QPropertyAnimation(bar, b"value", bar)
        self._animation.setDuration(SLIDE_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.target = bar.value()

    @property
    def running(self) -> bool:
        return self._animation.state() == QPropertyAnimation.State.Running

    def move_to(self, value: int, total: int) -> None:
        """Show ``value`` of ``total``: sliding from the value shown when the total is the same."""
        self._animation.stop()
        self.target = value
        same_round = self._bar.maximum() == total and self._bar.minimum() == 0
        if not same_round or not animations_wanted(self._bar) or not self._bar.isVisible():
            self._bar.setRange(0, total)
            self._bar.setValue(value)
            return
        self._animation.setStartValue(self._bar.value())
        self._animation.setEndValue(value)
        self._animation.start()
