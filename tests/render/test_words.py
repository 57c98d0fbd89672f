"""The text equivalent of the charts, and plain text everywhere."""

from __future__ import annotations

from pmfit.core.bank import Bank, parse_bank
from pmfit.core.explain import QUADRANT_TITLES
from pmfit.core.scoring import PRODUCT, PROJECT, Result, score
from pmfit.render import RenderStyle, ResultPainter
from tests.render.conftest import LEANING_EXPERIENCE, LEANING_INTEREST, sheet_for, twelve_bank_toml
from tests.render.helpers import paint


def test_text_names_every_role_and_responsibility_with_its_numbers(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    text = ResultPainter(twelve_bank, leaning, light_style).text_equivalent()
    for role_id in (PRODUCT, PROJECT):
        role = leaning.role(role_id)
        assert role.fit is not None
        assert f"{twelve_bank.role_by_id[role_id].title}: {role.fit:.0f} ± {1.96 * role.se:.0f}" in text
    assert "Product Manager: " in text and "(leads)" in text
    for scale in twelve_bank.scales:
        assert scale.title in text
    market = leaning.scale("market_research")
    assert market.score is not None
    assert f"Market research: {market.score:.0f} ± {1.96 * market.se:.0f}, high" in text
    assert "Project closure: not answered" in text
    for title in QUADRANT_TITLES.values():
        assert title in text
    assert "leads by" in text


def test_text_places_each_responsibility_in_its_quadrant(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    lines = ResultPainter(twelve_bank, leaning, light_style).text_equivalent().splitlines()
    for scale in leaning.scales:
        if scale.quadrant is None:
            continue
        line = next(line for line in lines if line.startswith(f"- {QUADRANT_TITLES[scale.quadrant]},"))
        assert twelve_bank.scale_by_id[scale.id].title in line


def test_text_for_an_empty_result(twelve_bank: Bank, empty: Result, light_style: RenderStyle) -> None:
    text = ResultPainter(twelve_bank, empty, light_style).text_equivalent()
    assert text.count("not answered") == 14  # two roles and twelve responsibilities
    assert "Not enough answers" in text
    assert "Not placed" in text


def test_too_close_to_call_is_said(twelve_bank: Bank, even: Result, light_style: RenderStyle) -> None:
    text = ResultPainter(twelve_bank, even, light_style).text_equivalent()
    assert "Too close to call" in text
    assert "(leads)" not in text


def test_markup_in_bank_text_stays_literal(light_style: RenderStyle) -> None:
    toml = twelve_bank_toml().replace('title = "Market research"', 'title = "<b>Market</b> & research"')
    bank = parse_bank(toml)
    result = score(bank, sheet_for(bank, LEANING_INTEREST, LEANING_EXPERIENCE))
    chart_painter = ResultPainter(bank, result, light_style)
    assert "<b>Market</b> & research" in chart_painter.text_equivalent()
    plain = ResultPainter(
        parse_bank(twelve_bank_toml().replace('title = "Market research"', 'title = "Market & research"')),
        result,
        light_style,
    )
    for chart in ("profile", "quadrants"):
        # Drawn as plain text, the tags take room: the picture differs from the same title without them.
        assert paint(chart_painter, chart, 900, 600) != paint(plain, chart, 900, 600)
