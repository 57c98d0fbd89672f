"""The text equivalent of the charts, one text per chart, built from the result's content; plain text."""

from __future__ import annotations

from pmfit.core.bank import Bank, parse_bank
from pmfit.core.scoring import PRODUCT, PROJECT, Result, score
from pmfit.render import RenderStyle
from pmfit.render.content import result_content
from pmfit.render.describe import fits_text, profile_text, quadrants_text
from pmfit.render.words import QUADRANT_IDS, quadrant_title
from tests.render.conftest import LEANING_EXPERIENCE, LEANING_INTEREST, sheet_for, twelve_bank_toml
from tests.render.helpers import paint, painter_for


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


def test_the_texts_say_what_the_tables_say(twelve_bank: Bank, leaning: Result) -> None:
    # Each chart's words are read off the content, the source of the tables beside the charts (and of
    # the PDF), so a screen reader hears the same figures a sighted person reads.
    content = result_content(twelve_bank, leaning)
    fits = fits_text(content).splitlines()
    assert fits[1:3] == [f"- {fit.line}" + (" (leads)" if fit.leads else "") for fit in content.fits]
    assert fits[-1] == content.verdict_line
    profile = profile_text(content).splitlines()
    rows = [
        f"- {row.title}: {row.interest}, {row.band}" for row in content.responsibilities if row.score != "–"
    ]
    assert [line for line in profile if line.startswith("- ") and "not answered" not in line] == rows
    placed = quadrants_text(content)
    for row in content.responsibilities:
        if row.quadrant_id is not None:
            said = f"{row.title} (interest {row.score}, experience {row.experience})"
            assert placed.count(said) == 1  # in one quadrant only: the one its row names
            line = next(line for line in placed.splitlines() if said in line)
            assert line.startswith(f"- {row.quadrant},")


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
    chart_painter = painter_for(bank, result, light_style)
    content = chart_painter.content
    for text in (profile_text(content), quadrants_text(content)):
        assert "<b>Market</b> & research" in text
    plain = painter_for(
        parse_bank(twelve_bank_toml().replace('title = "Market research"', 'title = "Market & research"')),
        result,
        light_style,
    )
    for chart in ("profile", "quadrants"):
        # Drawn as plain text, the tags take room: the picture differs from the same title without them.
        assert paint(chart_painter, chart, 900, 600) != paint(plain, chart, 900, 600)
