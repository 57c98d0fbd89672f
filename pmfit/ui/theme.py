"""pmfit's visual language, as code: one accent colour, a type scale, spacing, and the roles of buttons.

Taken from what the PDF summary does well (pmfit.report): a small-caps label over a large title, a meta line
(name · date · answers), section headings over a hairline rule, lists with hanging indents and bold lead-ins,
notes in a frame; and made to sit on GNOME and KDE alike: the platform's palette (light or dark) and font,
one accent colour, flat rounded buttons (pmfit.ui.style sets them), no gradients.

* **Colour.** :func:`colors` derives every colour from the palette on show, so light and dark both work and a
  palette change needs no code. The accent is the platform's selection colour (Highlight) where that is a
  real accent, else a calm blue; either way moved just far enough for words on it to read at 4.5:1 and for
  it to show as a mark at 3:1 (WCAG 1.4.3, 1.4.11; the formulas are pmfit.ui.palette's).
* **Type.** Sizes are multiples of the system font's size, never pixels, so a person's larger text makes
  everything larger alike: :data:`TITLE`, :data:`HEADLINE` (at least 1.8x the body), :data:`SECTION`,
  :data:`BODY`, :data:`CAPTION`.
* **Space.** Tighter within a group than between groups (:data:`SPACE_TIGHT` < :data:`SPACE_ITEM` <
  :data:`SPACE_GROUP` < :data:`SPACE_SECTION`), in pixels, as layouts take them.
* **Buttons.** A role says what a button does (:func:`set_button_role`): ``primary`` (the accent button, one
  per screen: the step most people take next), ``destructive`` (it loses something: red words, set apart),
  ``flat`` (secondary: words only until hovered); anything else is a plain button. pmfit.ui.style turns the
  roles into the application's style sheet.

This module is on the path to the first painted screen (the welcome screen's Start is a primary button), so
it touches no ``QtCore.Qt`` enum and makes no QPen or QBrush from a colour: either would make PySide build
Qt's whole namespace first (about 13 ms; see the start-up note in pmfit.ui.widgets).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from pmfit.ui.palette import MARK_RATIO, TEXT_RATIO, luminance, mix, nearest, readable

# ------------------------------------------------------------------------------------------ type scale

TITLE = 2.0  # a screen's title ("Past results"): as the PDF's title stands to its body
HEADLINE = 1.8  # the one sentence a screen exists for (the verdict): at least 1.8x the body
SECTION = 1.25  # a section heading, over a hairline rule
BODY = 1.0
CAPTION = 0.88  # meta lines, captions, the small-caps label over a title
LABEL_SPACING = 108.0  # the small-caps label's letter spacing, in percent, as the PDF spaces its label

# --------------------------------------------------------------------------------------------- spacing

SPACE_TIGHT = 4  # a label and what it names; the lines of one list item
SPACE_ITEM = 8  # the items of one group (a list's items, a row of buttons)
SPACE_GROUP = 18  # between groups
SPACE_SECTION = 30  # above a section heading
PAGE_MARGIN = 24  # around a screen's content
RADIUS = 6  # the corners of buttons, notes and cards

# ---------------------------------------------------------------------------------------------- colour

# Used when the platform's selection colour is no accent (a grey one, say): a calm blue.
CALM_ACCENT = (0x35, 0x65, 0xA4)
# The destructive red, before it is made readable on the palette in use (GNOME's destructive colour).
DESTRUCTIVE_RED = (0xC0, 0x1C, 0x28)
ACCENT_SATURATION = 0.3  # the least HSL saturation of a selection colour taken as the accent
WHITE, BLACK = (255, 255, 255), (0, 0, 0)


class Colors:
    """Every colour pmfit paints beyond the palette's own, for one palette (see :func:`colors`).

    A plain class, not a NamedTuple: it is made before the first paint, and a NamedTuple of this many
    fields costs that paint about half a millisecond to define."""

    __slots__ = (
        "accent",
        "accent_hover",
        "accent_mark",
        "accent_pressed",
        "button",
        "button_edge",
        "destructive",
        "destructive_edge",
        "disabled",
        "hover",
        "note",
        "note_edge",
        "on_accent",
        "pressed",
        "rule",
        "text",
        "track",
        "track_edge",
        "window",
    )

    window: QColor
    text: QColor
    accent: QColor  # the primary button's fill
    on_accent: QColor  # words on the accent: 4.5:1
    accent_hover: QColor  # the primary button under the pointer: a step further from its words' colour
    accent_pressed: QColor
    accent_mark: QColor  # the accent as a mark on the window or a field: 3:1 against both and the track
    destructive: QColor  # a destructive button's words: 4.5:1 on the button and on the window
    destructive_edge: QColor
    button: QColor  # a plain button's fill
    button_edge: QColor  # a plain button's edge
    hover: QColor  # a plain button's fill under the pointer
    pressed: QColor  # a plain button's fill while pressed
    disabled: QColor  # the words of a button that cannot be used (WCAG asks no ratio of them)
    rule: QColor  # hairline rules and separators (decoration: no ratio asked)
    track: QColor  # the empty part of a progress bar: it shows on a dark window too
    track_edge: QColor
    note: QColor  # a note's fill
    note_edge: QColor  # a note's frame: 3:1 on the window, so the box shows

    def __init__(self, **values: QColor) -> None:
        for name in self.__slots__:
            setattr(self, name, values[name])


_made: dict[tuple[int, ...], Colors] = {}


def _rgb(values: tuple[int, int, int]) -> QColor:
    return QColor(*values)


def _saturation(color: QColor) -> float:
    """HSL saturation from 0 to 1 (computed here: QColor's own conversions build Qt's namespace)."""
    high, low = (
        max(color.red(), color.green(), color.blue()) / 255,
        min(color.red(), color.green(), color.blue()) / 255,
    )
    light = (high + low) / 2
    if high == low:
        return 0.0
    return (high - low) / (1 - abs(2 * light - 1))


def _accent_base(highlight: QColor) -> QColor:
    """The platform's selection colour where it is a real accent (a colour, neither grey nor near black or
    white), else :data:`CALM_ACCENT`."""
    if _saturation(highlight) >= ACCENT_SATURATION and 0.02 < luminance(highlight) < 0.8:
        return highlight
    return _rgb(CALM_ACCENT)


def _fill_and_words(base: QColor) -> tuple[QColor, QColor]:
    """A fill near ``base`` and the words on it at 4.5:1: white words where a shade of ``base`` carries
    them (as GNOME and KDE write on their accents), else black ones on a lighter shade."""
    white, black = _rgb(WHITE), _rgb(BLACK)
    fill, score = nearest(base, [(white, TEXT_RATIO)])
    if score >= 1.0 and abs(luminance(fill) - luminance(base)) < 0.12:
        return fill, white
    dark_fill, dark_score = nearest(base, [(black, TEXT_RATIO)])
    if dark_score >= 1.0 and abs(luminance(dark_fill) - luminance(base)) < abs(
        luminance(fill) - luminance(base)
    ):
        return dark_fill, black
    return fill, white


def colors(palette: QPalette) -> Colors:
    """pmfit's colours for ``palette`` (light or dark), made once per palette."""
    group, roles = QPalette.ColorGroup.Active, QPalette.ColorRole
    window = palette.color(group, roles.Window)
    text = palette.color(group, roles.WindowText)
    base = palette.color(group, roles.Base)
    button = palette.color(group, roles.Button)
    button_text = palette.color(group, roles.ButtonText)
    highlight = palette.color(group, roles.Highlight)
    key = tuple(c.rgba() for c in (window, text, base, button, button_text, highlight))
    made = _made.get(key)
    if made is not None:
        return made
    accent, on_accent = _fill_and_words(_accent_base(highlight))
    plain = mix(button, button_text, 0.06)
    track = mix(window, text, 0.14)
    mark, _ = nearest(accent, [(window, MARK_RATIO), (base, MARK_RATIO), (track, MARK_RATIO)])
    hover, pressed = mix(button, button_text, 0.12), mix(button, button_text, 0.2)
    red = _rgb(DESTRUCTIVE_RED)
    destructive, _ = nearest(red, [(plain, TEXT_RATIO), (window, TEXT_RATIO), (hover, TEXT_RATIO)])
    away = _rgb(BLACK) if luminance(on_accent) > 0.5 else _rgb(WHITE)  # hovering adds to the contrast
    made = Colors(
        window=window,
        text=text,
        accent=accent,
        on_accent=on_accent,
        accent_hover=mix(accent, away, 0.1),
        accent_pressed=mix(accent, away, 0.2),
        accent_mark=mark,
        destructive=destructive,
        destructive_edge=mix(mix(button, button_text, 0.3), destructive, 0.6),
        button=plain,
        button_edge=mix(button, button_text, 0.3),
        hover=hover,
        pressed=pressed,
        disabled=palette.color(QPalette.ColorGroup.Disabled, roles.ButtonText),
        rule=mix(window, text, 0.2),
        track=track,
        track_edge=readable(mix(window, text, 0.32), window, MARK_RATIO),  # where the bar ends shows
        note=mix(window, base, 0.5) if base.rgba() != window.rgba() else mix(window, text, 0.04),
        note_edge=readable(mix(window, text, 0.3), window, MARK_RATIO),
    )
    _made[key] = made
    return made


# ----------------------------------------------------------------------------------------------- type


def scaled(font: QFont, scale: float, *, bold: bool = False) -> QFont:
    """``font`` at ``scale`` times its size (a step of the type scale), bold (demibold) if asked."""
    made = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        made.setPointSizeF(size * scale)
    else:  # a font sized in pixels (some platforms): scale those
        made.setPixelSize(max(1, round(font.pixelSize() * scale)))
    if bold:
        made.setWeight(QFont.Weight.DemiBold)
    return made


def set_type(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """Set ``widget``'s font to a step of the type scale, from the font it inherits."""
    widget.setFont(scaled(widget.font(), scale, bold=bold))


def label_font(font: QFont) -> QFont:
    """The small-caps label over a title (as the PDF's "PMFIT RESULT SUMMARY"): the caption size, bold,
    in capitals and spaced a little. The capitals are the font's doing, so a screen reader reads the words
    as written, not letter by letter."""
    made = scaled(font, CAPTION, bold=True)
    made.setCapitalization(QFont.Capitalization.AllUppercase)
    made.setLetterSpacing(QFont.SpacingType.PercentageSpacing, LABEL_SPACING)
    return made


# -------------------------------------------------------------------------------------- button roles

ROLE = "pmfitButton"  # the dynamic property that holds a button's role
PRIMARY, DESTRUCTIVE, FLAT = "primary", "destructive", "flat"


def set_button_role(button: QWidget, role: str) -> None:
    """Give ``button`` a role: :data:`PRIMARY`, :data:`DESTRUCTIVE` or :data:`FLAT` (see the module note).
    Before the button is first shown; a later change is polished in again (the style sheet reads it)."""
    if button.property(ROLE) == role:
        return
    button.setProperty(ROLE, role)
    if button.isVisible():
        style = button.style()
        style.unpolish(button)
        style.polish(button)


def button_role(widget: QWidget | None) -> str:
    """The role of ``widget`` ("" for a plain button, or anything that is not a button)."""
    role = widget.property(ROLE) if widget is not None else None
    return role if isinstance(role, str) else ""


class ButtonLook:
    """What a button is painted with at rest: its fill (None: none, the window shows), words and edge."""

    __slots__ = ("edge", "fill", "words")

    def __init__(self, fill: QColor | None, words: QColor, edge: QColor | None) -> None:
        self.fill, self.words, self.edge = fill, words, edge


def button_look(role: str, palette: QPalette) -> ButtonLook:
    """How a button of ``role`` looks at rest in ``palette`` (pmfit.ui.style paints it so)."""
    c = colors(palette)
    words = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    if role == PRIMARY:
        return ButtonLook(c.accent, c.on_accent, None)
    if role == DESTRUCTIVE:
        return ButtonLook(c.button, c.destructive, c.button_edge)
    if role == FLAT:
        return ButtonLook(None, words, None)
    return ButtonLook(c.button, words, c.button_edge)
