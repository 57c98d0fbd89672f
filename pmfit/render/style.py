"""Colours and fonts of the result charts: one style for the screen (the system palette), one for paper.

Each role has one accent colour used everywhere it appears (the screen's charts, the PDF, the key). The pair
is blue against vermillion, from the Okabe-Ito palette, which stays apart for the common colour-vision
deficiencies. On a light window (and on paper) each accent stands at least 3:1 against the background
(WCAG 1.4.11: a bar is a graphical object), so the vermillion is Okabe-Ito's own and the blue a darker shade
of theirs; the two also differ clearly in lightness, so they stay apart when printed in greyscale. Colour
never carries meaning alone: the charts also mark the project role with diagonal hatching and a square
marker, and label everything in words.

Every colour is opaque. Semi-transparent paint would make the PDF depend on transparency groups (which PDF/A-1
forbids) and print unpredictably in greyscale, so :class:`RenderStyle` refuses a colour with alpha below 255.
Colours are kept as ``#rrggbb`` strings so the style is truly immutable and hashable;
:meth:`RenderStyle.color` and :meth:`RenderStyle.accent` hand out fresh ``QColor`` objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from pmfit.core.scoring import PRODUCT, PROJECT

_HEX = re.compile(r"^#[0-9a-f]{6}$")

# (accent, ink) per role: the ink is a dark shade of the accent for outlines and hatch lines on the fill.
# On white: blue 7.4:1, vermillion 3.9:1; on Qt's light grey window (#efefef) 6.4:1 and 3.4:1; greyscale
# lightness 69 against 119. The ink is a dark shade of its accent.
_LIGHT_ACCENTS = {PRODUCT: ("#005a8d", "#00304d"), PROJECT: ("#d55e00", "#4d2200")}
# On a dark background the blue is lifted so it stays readable, and the orange is the lighter of the two.
_DARK_ACCENTS = {PRODUCT: ("#3a88d8", "#0b2a4a"), PROJECT: ("#f0b030", "#5e4100")}

DEFAULT_POINT_SIZE = 10.0
PRINT_POINT_SIZE = 9.0


def _hex(color: QColor) -> str:
    """An opaque ``#rrggbb`` for any colour (alpha is dropped, not blended)."""
    return QColor(color.red(), color.green(), color.blue()).name(QColor.NameFormat.HexRgb).lower()


def mix(a: str | QColor, b: str | QColor, t: float) -> str:
    """The opaque colour ``t`` of the way from ``a`` to ``b`` (0 gives ``a``, 1 gives ``b``)."""
    first, second = QColor(a), QColor(b)
    channels = (
        round(x + (y - x) * t)
        for x, y in (
            (first.red(), second.red()),
            (first.green(), second.green()),
            (first.blue(), second.blue()),
        )
    )
    return _hex(QColor(*channels))


def luma(color: str | QColor) -> float:
    """Perceived lightness 0-255 (Rec. 601 weights): what a greyscale printer or photocopy keeps."""
    c = QColor(color)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG contrast ratio between two opaque colours (1 to 21)."""

    def relative(color: QColor) -> float:
        def channel(value: int) -> float:
            v = value / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())
        )

    light, dark = sorted((relative(QColor(a)), relative(QColor(b))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True, slots=True)
class RenderStyle:
    """Colours (opaque ``#rrggbb``) and the base font of the result charts."""

    text: str
    muted: str
    background: str
    grid: str
    product: str
    project: str
    product_ink: str
    project_ink: str
    font_family: str
    point_size: float = DEFAULT_POINT_SIZE

    def __post_init__(self) -> None:
        for field in fields(self):
            if field.name in {"font_family", "point_size"}:
                continue
            value = getattr(self, field.name)
            if not isinstance(value, str) or not _HEX.match(value.lower()):
                raise ValueError(
                    f"RenderStyle.{field.name}: expected an opaque '#rrggbb' colour, got {value!r}"
                )
            object.__setattr__(self, field.name, value.lower())
        if not self.point_size > 0:
            raise ValueError(f"RenderStyle.point_size must be positive, got {self.point_size!r}")

    # ------------------------------------------------------------------------------------ making one

    @classmethod
    def from_palette(cls, palette: QPalette, font: QFont | None = None) -> RenderStyle:
        """The screen style: text and background from ``palette`` (light or dark), accents to match."""
        group = QPalette.ColorGroup.Active
        background = _hex(palette.color(group, QPalette.ColorRole.Window))
        text = _hex(palette.color(group, QPalette.ColorRole.WindowText))
        dark = luma(background) < luma(text)
        accents = _DARK_ACCENTS if dark else _LIGHT_ACCENTS
        if font is None:
            font = QGuiApplication.font() if QGuiApplication.instance() is not None else QFont()
        size = font.pointSizeF()
        return cls(
            text=text,
            # Derived by mixing rather than taken from PlaceholderText, which Qt makes semi-transparent.
            muted=mix(text, background, 0.38),
            background=background,
            grid=mix(text, background, 0.78),
            product=accents[PRODUCT][0],
            project=accents[PROJECT][0],
            product_ink=accents[PRODUCT][1],
            project_ink=accents[PROJECT][1],
            font_family=font.family(),
            point_size=size if size > 0 else DEFAULT_POINT_SIZE,
        )

    @classmethod
    def print_style(cls, font_family: str | None = None, point_size: float = PRINT_POINT_SIZE) -> RenderStyle:
        """The paper style: black text on white, the light accents, greys that survive a photocopier."""
        if font_family is None:
            app = QGuiApplication.instance()
            font_family = QGuiApplication.font().family() if app is not None else QFont().family()
        return cls(
            text="#000000",
            muted="#505050",
            background="#ffffff",
            grid="#b4b4b4",
            product=_LIGHT_ACCENTS[PRODUCT][0],
            project=_LIGHT_ACCENTS[PROJECT][0],
            product_ink=_LIGHT_ACCENTS[PRODUCT][1],
            project_ink=_LIGHT_ACCENTS[PROJECT][1],
            font_family=font_family,
            point_size=point_size,
        )

    # ---------------------------------------------------------------------------------------- using it

    @property
    def is_dark(self) -> bool:
        return luma(self.background) < luma(self.text)

    def color(self, name: str) -> QColor:
        """A fresh ``QColor`` for a colour field (``"text"``, ``"muted"``, ``"grid"``, ...)."""
        value = getattr(self, name)
        if not isinstance(value, str) or not value.startswith("#"):
            raise AttributeError(f"RenderStyle has no colour {name!r}")
        return QColor(value)

    def accent(self, role_id: str) -> QColor:
        """The role's accent colour (product: blue, project: vermillion, or orange on a dark background)."""
        return QColor(self.product if role_id == PRODUCT else self.project)

    def ink(self, role_id: str) -> QColor:
        """A dark shade of the role's accent, for outlines and hatch lines drawn on the accent."""
        return QColor(self.product_ink if role_id == PRODUCT else self.project_ink)

    def on_accent(self, role_id: str) -> QColor:
        """Black or white, whichever reads better on the role's accent (for numbers inside markers)."""
        accent = self.accent(role_id)
        return (
            QColor("#000000")
            if contrast(accent, "#000000") >= contrast(accent, "#ffffff")
            else QColor("#ffffff")
        )

    def colors(self) -> dict[str, str]:
        """Every colour field by name."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if f.name not in {"font_family", "point_size"}
        }
