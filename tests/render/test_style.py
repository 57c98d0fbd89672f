"""RenderStyle: opaque colours, palette-following, role accents that stay apart without hue."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QColor, QFont, QPalette

from pmfit.core.scoring import PRODUCT, PROJECT
from pmfit.render import RenderStyle
from pmfit.render.style import contrast, luma
from tests.render.conftest import dark_palette, light_palette


@pytest.fixture(params=["light", "dark", "print"])
def any_style(request: pytest.FixtureRequest, qapp: object) -> RenderStyle:
    if request.param == "light":
        return RenderStyle.from_palette(light_palette())
    if request.param == "dark":
        return RenderStyle.from_palette(dark_palette())
    return RenderStyle.print_style()


def test_every_colour_is_valid_and_opaque(any_style: RenderStyle) -> None:
    colors = any_style.colors()
    assert {"text", "muted", "background", "grid", "product", "project"} <= set(colors)
    for name in colors:
        color = any_style.color(name)
        assert color.isValid(), name
        assert color.alpha() == 255, name
    for role_id in (PRODUCT, PROJECT):
        assert any_style.accent(role_id).alpha() == 255
        assert any_style.ink(role_id).alpha() == 255
        assert any_style.on_accent(role_id).alpha() == 255


def test_role_accents_stay_apart_in_greyscale(any_style: RenderStyle) -> None:
    assert abs(luma(any_style.product) - luma(any_style.project)) >= 45


def test_role_accents_are_blue_and_orange(any_style: RenderStyle) -> None:
    product, project = any_style.accent(PRODUCT), any_style.accent(PROJECT)
    assert 190 <= product.hslHue() <= 230
    assert 25 <= project.hslHue() <= 50


def test_each_accent_or_its_outline_stands_out_from_the_background(any_style: RenderStyle) -> None:
    for role_id in (PRODUCT, PROJECT):
        best = max(
            contrast(any_style.accent(role_id), any_style.background),
            contrast(any_style.ink(role_id), any_style.background),
        )
        assert best >= 3.0, role_id


def test_text_reads_on_the_background(any_style: RenderStyle) -> None:
    assert contrast(any_style.text, any_style.background) >= 7
    assert contrast(any_style.muted, any_style.background) >= 4.5


def test_numbers_inside_markers_read_on_the_accent(any_style: RenderStyle) -> None:
    for role_id in (PRODUCT, PROJECT):
        assert contrast(any_style.on_accent(role_id), any_style.accent(role_id)) >= 4.5


def test_screen_style_follows_a_dark_palette(qapp: object) -> None:
    light = RenderStyle.from_palette(light_palette())
    dark = RenderStyle.from_palette(dark_palette())
    assert not light.is_dark and dark.is_dark
    assert luma(dark.background) < 80 < luma(dark.text)
    assert luma(light.background) > 170 > luma(light.text)


def test_translucent_palette_colours_come_out_opaque(qapp: object) -> None:
    palette = light_palette()
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText, QColor(20, 20, 20, 90))
    style = RenderStyle.from_palette(palette)
    assert style.color("text").alpha() == 255
    assert style.text == "#141414"


def test_font_comes_from_the_given_font(qapp: object) -> None:
    font = QFont("DejaVu Serif")
    font.setPointSizeF(13.5)
    style = RenderStyle.from_palette(light_palette(), font)
    assert style.font_family == "DejaVu Serif"
    assert style.point_size == 13.5


def test_print_style_is_black_on_white(qapp: object) -> None:
    style = RenderStyle.print_style(point_size=8.5)
    assert (style.text, style.background, style.point_size) == ("#000000", "#ffffff", 8.5)


@pytest.mark.parametrize("bad", ["#80112233", "red", "#12345", ""])
def test_a_translucent_or_malformed_colour_is_refused(bad: str) -> None:
    good = RenderStyle.print_style(font_family="DejaVu Sans")
    with pytest.raises(ValueError, match="grid"):
        dataclasses.replace(good, grid=bad)


def test_style_is_immutable_and_hashable() -> None:
    style = RenderStyle.print_style(font_family="DejaVu Sans")
    assert hash(style) == hash(RenderStyle.print_style(font_family="DejaVu Sans"))
    with pytest.raises(AttributeError):
        style.text = "#ffffff"  # type: ignore[misc]
    style.color("text").setAlpha(10)  # a copy: the style is untouched
    assert style.color("text").alpha() == 255


# Machado, Oliveira and Fernandes (2009), full severity, on linear RGB: how each deficiency sees a colour.
DEFICIENCIES = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def seen_with(deficiency: str, color: str) -> str:
    def linear(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    def encoded(value: float) -> int:
        v = min(1.0, max(0.0, value))
        return round(255 * (12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055))

    c = QColor(color)
    rgb = [linear(c.red()), linear(c.green()), linear(c.blue())]
    seen = [sum(m * x for m, x in zip(row, rgb, strict=True)) for row in DEFICIENCIES[deficiency]]
    return QColor(*(encoded(v) for v in seen)).name()


def lab(color: str) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""

    def linear(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    def f(t: float) -> float:
        return float(t ** (1 / 3)) if t > 0.008856 else 7.787 * t + 16 / 116

    c = QColor(color)
    r, g, b = linear(c.red()), linear(c.green()), linear(c.blue())
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_the_role_accents_stay_apart_for_colour_blind_eyes(any_style: RenderStyle) -> None:
    """Seen with each of the three full colour-vision deficiencies, the two accents are still far apart
    (CIELAB distance over 40, where 2 is just noticeable)."""
    for deficiency in DEFICIENCIES:
        product, project = (lab(seen_with(deficiency, c)) for c in (any_style.product, any_style.project))
        distance = sum((a - b) ** 2 for a, b in zip(product, project, strict=True)) ** 0.5
        assert distance >= 40, (deficiency, distance)


def test_in_the_light_theme_and_on_paper_each_accent_stands_3_to_1_on_its_own(qapp: object) -> None:
    """A bar is a graphical object (WCAG 1.4.11): its fill alone, not only its outline, against the window."""
    light, paper = RenderStyle.from_palette(light_palette()), RenderStyle.print_style()
    for role_id in (PRODUCT, PROJECT):
        assert contrast(light.accent(role_id), light.background) >= 3.0, role_id
        assert contrast(paper.accent(role_id), paper.background) >= 3.0, role_id
        # one accent per role: the screen's light theme and the PDF paint the same colour
        assert light.accent(role_id) == paper.accent(role_id)
