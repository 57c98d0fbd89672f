"""Colours the app paints, made readable: WCAG contrast for text (4.5:1) and for marks and indicators (3:1).

Qt's own palettes fall short in places: Fusion's placeholder and "secondary" grey is black at 50% alpha
(3.9:1 on its grey window), and its selection blue carries white text at 3.7:1. :func:`readable_palette`
returns a copy of any palette, light or dark, with those colours moved just far enough to meet the
ratios, so the system's look is kept wherever it already reads well.

This module is on the path to the first painted screen, so it needs nothing but QColor and QPalette: the
contrast formula is written out here rather than imported from pmfit.render (whose package would load the
charts and the scoring on import). ``tests/ui/test_contrast.py`` checks the two formulas agree.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_RATIO = 4.5  # WCAG 1.4.3, normal text
MARK_RATIO = 3.0  # WCAG 1.4.11, graphical objects and the states of controls
MUTED_MIX = 0.38  # how far secondary text is mixed toward the background before it is checked


def _channel(value: int) -> float:
    v = value / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    return 0.2126 * _channel(color.red()) + 0.7152 * _channel(color.green()) + 0.0722 * _channel(color.blue())


def ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21); alpha is ignored: flatten() first."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The opaque colour ``t`` of the way from ``a`` to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def flatten(color: QColor, background: QColor) -> QColor:
    """What a (possibly translucent) colour looks like painted on ``background``."""
    return mix(background, color, color.alphaF())


def readable(color: QColor, background: QColor, minimum: float) -> QColor:
    """``color`` moved toward black or white, whichever stands further from ``background``, just far enough
    to reach ``minimum`` contrast against it (unchanged when it already does)."""
    color = flatten(color, background)
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    target = black if ratio(black, background) >= ratio(white, background) else white
    for step in range(0, 101, 2):
        candidate = mix(color, target, step / 100)
        if ratio(candidate, background) >= minimum:
            return candidate
    return target


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: a softer shade of the window text that still reads at 4.5:1 on the window."""
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    return readable(mix(text, window, MUTED_MIX), window, TEXT_RATIO)


# Fusion paints a selected row as a gradient from the highlight a shade lighter (about 8% of the way to
# white) down to the highlight itself; the selected words must read on the lightest part too.
SELECTION_SHEEN = 0.1


def nearest(color: QColor, needs: list[tuple[QColor, float]], sheen: float = 0.0) -> tuple[QColor, float]:
    """The colour nearest ``color`` (toward black, or toward white) that stands at least the given ratio off
    each given colour, also when painted ``sheen`` of the way to white; when none does, the one that comes
    closest. With it, how far it falls short (1.0 or more: it does not)."""
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)

    def shortfall(candidate: QColor) -> float:
        shades = (candidate, mix(candidate, white, sheen))
        return min(ratio(shade, other) / minimum for other, minimum in needs for shade in shades)

    best, best_score = color, shortfall(color)
    for step in range(0, 101, 2):
        for target in (black, white):
            candidate = mix(color, target, step / 100)
            score = shortfall(candidate)
            if score >= 1.0:
                return candidate, score
            if score > best_score:
                best, best_score = candidate, score
    return best, best_score


def _selection(highlight: QColor, text: QColor, base: QColor) -> tuple[QColor, QColor]:
    """A selection colour and the colour of selected words: the words at 4.5:1 on the selection, the
    selection 3:1 off the field. Dark palettes often cannot have both with white words (a blue dark enough
    for white text disappears into a dark field); then the words turn black on a lighter blue."""
    best = (highlight, text)
    best_score = 0.0
    opposite = QColor(0, 0, 0) if luminance(text) > 0.5 else QColor(255, 255, 255)
    for words in (text, opposite):
        fill, score = nearest(highlight, [(words, TEXT_RATIO), (base, MARK_RATIO)], SELECTION_SHEEN)
        if score >= 1.0:
            return fill, words
        if score > best_score:
            best, best_score = (fill, words), score
    return best


def readable_palette(palette: QPalette) -> QPalette:
    """``palette``, changed so that its placeholder text and selection meet WCAG contrast, and returned.

    Changed in place: Qt hands out palettes by value (``QApplication.palette()`` is already a copy), and
    copying one here would cost the first screen ~12 ms (PySide builds the Qt namespace to choose
    between QPalette's constructors).

    The selection carries its words at 4.5:1 and stands 3:1 off the field it is drawn in. Active and
    inactive groups alike (a selection in a window without focus must read too); disabled colours are
    left as the platform has them, as WCAG exempts controls that cannot be used.
    """
    fixed = palette
    roles = QPalette.ColorRole
    made: dict[tuple[int, ...], tuple[QColor, QColor, QColor]] = {}  # most palettes' two groups are alike
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = palette.color(group, roles.Base)
        given = [palette.color(group, role) for role in (roles.PlaceholderText, roles.HighlightedText)]
        highlight = palette.color(group, roles.Highlight)
        key = tuple(color.rgba() for color in (base, *given, highlight))
        if key not in made:
            placeholder = readable(given[0], base, TEXT_RATIO)
            fill, words = _selection(flatten(highlight, base), flatten(given[1], base), base)
            made[key] = (placeholder, fill, words)
        placeholder, fill, words = made[key]
        fixed.setColor(group, roles.PlaceholderText, placeholder)
        fixed.setColor(group, roles.Highlight, fill)
        fixed.setColor(group, roles.HighlightedText, words)
    return fixed


def focus_color(palette: QPalette) -> QColor:
    """The focus ring: the selection colour, moved if need be to stand 3:1 off the window and the fields.

    Not the selection colour itself: in a dark palette the shade that carries white text at 4.5:1 is too
    dark to show against a dark window."""
    group, roles = QPalette.ColorGroup.Active, QPalette.ColorRole
    needs = [(palette.color(group, roles.Window), MARK_RATIO), (palette.color(group, roles.Base), MARK_RATIO)]
    return nearest(palette.color(group, roles.Highlight), needs)[0]
