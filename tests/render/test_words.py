"""The text equivalent of the charts, one text per chart, built from the result's content; plain text."""

from __future__ import annotations

from pmfit.core.bank import Bank, parse_bank
from pmfit.core.scoring import PRODUCT, PROJECT, Result, score
from pmfit.render import RenderStyle, ResultPainter
from pmfit.render.content import result_content
from pmfit.render.describe import fits_text, profile_text, quadrants_text
from pmfit.render.words import QUADRANT_IDS, quadrant_title
from tests.render.conftest import LEANING_EXPERIENCE, LEANING_INTEREST, sheet_for, twelve_bank_toml
from tests.render.helpers import paint


def test_fits_text_names_both_roles_with_their_range(twelve_bank: Bank, leaning: Result) -> None:
    text = fits_text(result_content(twelve_bank, leaning))
    z = twelve_bank.scoring.z
    for role_id in (PRODUCT, PROJECT):
        role = leaning.role(role_id)
        assert role.fit is not None
        assert f"{twelve_bank.role_by_id[role_id].title}: {role.fit:.0f} ± {z * role.se:.0f}" in text
    assert "Product Manager: " in text and "(leads)" in text
    assert "leads by" in text


def test_profile_text_gives_every_responsibility_its_score_and_band(
    twelve_bank: Bank, leaning: Result
) -> None:
    text = profile_text(result_content(twelve_bank, leaning))
    for scale in twelve_bank.scales:
        assert scale.title in text
    market = leaning.scale("market_research")
    assert market.score is not None
    z = twelve_bank.scoring.z
    assert f"Market research: {market.score:.0f} ± {z * market.se:.0f}, high" in text
    assert "Project closure: not answered" in text


def test_quadrants_text_places_each_responsibility(twelve_bank: Bank, leaning: Result) -> None:
    lines = quadrants_text(result_content(twelve_bank, leaning)).splitlines()
    for quadrant in QUADRANT_IDS:
        assert any(line.startswith(f"- {quadrant_title(quadrant)},") for line in lines)
    for scale in leaning.scales:
        if scale.quadrant is None:
            continue
        line = next(line for line in lines if line.startswith(f"- {quadrant_title(scale.quadrant)},"))
        assert twelve_bank.scale_by_id[scale.id].title in line


def test_the_three_texts_differ_and_together_are_the_painters_text(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    content = result_content(twelve_bank, leaning)
    texts = [fits_text(content), profile_text(content), quadrants_text(content)]
    assert len(set(texts)) == 3
    whole = ResultPainter(twelve_bank, leaning, light_style).text_equivalent()
    assert all(text in whole for text in texts)


def test_text_for_an_empty_result(twelve_bank: Bank, empty: Result) -> None:
    content = result_content(twelve_bank, empty)
    assert (fits_text(content) + profile_text(content)).count("not answered") == 14  # 2 roles, 12 scales
    assert "Not enough answers" in fits_text(content)
    assert "Not placed" in quadrants_text(content)


def test_too_close_to_call_is_said(twelve_bank: Bank, even: Result) -> None:
    text = fits_text(result_content(twelve_bank, even))
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
