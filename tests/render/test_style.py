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
