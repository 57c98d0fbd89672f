"""The three charts, painted into images: they draw, they say what the numbers say, they fit their space."""

from __future__ import annotations

import math
from dataclasses import replace
from itertools import combinations

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QImage, QPainter

from pmfit.core.bank import Bank, parse_bank
from pmfit.core.scoring import PRODUCT, PROJECT, Result, score
from pmfit.render import RenderStyle, ResultPainter
from tests.render.conftest import LEANING_EXPERIENCE, LEANING_INTEREST, sheet_for, twelve_bank_toml
from tests.render.helpers import (
    CHARTS,
    alphas,
    blank,
    count,
    fits_layout,
    grey,
    paint,
    painter_for,
    pixels,
    profile_layout,
    quadrants_layout,
    row_run,
)

SIZES = ((900, 600), (400, 300))

LAYOUTS = {"fits": fits_layout, "profile": profile_layout, "quadrants": quadrants_layout}


# ------------------------------------------------------------------------------------ every chart


@pytest.mark.parametrize("chart", CHARTS)
@pytest.mark.parametrize(("width", "height"), SIZES)
@pytest.mark.parametrize("which", ["light_style", "dark_style"])
def test_chart_draws_opaque_pixels_in_both_accents(
    request: pytest.FixtureRequest,
    twelve_bank: Bank,
    leaning: Result,
    chart: str,
    width: int,
    height: int,
    which: str,
) -> None:
    style: RenderStyle = request.getfixturevalue(which)
    image = paint(painter_for(twelve_bank, leaning, style), chart, width, height)
    background = QImage(image)
    background.fill(style.color("background"))
    changed = sum(1 for a, b in zip(pixels(image), pixels(background), strict=True) if a != b)
    assert changed > width * height * 0.03
    assert count(image, style.product) > 20
    assert count(image, style.project) > 20
    assert alphas(image) == {255}


@pytest.mark.parametrize("chart", CHARTS)
def test_nothing_is_drawn_outside_the_rectangle(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle, chart: str
) -> None:
    image = blank(700, 700, light_style.background)
    painter = QPainter(image)
    getattr(painter_for(twelve_bank, leaning, light_style), f"paint_{chart}")(
        painter, QRectF(100, 100, 500, 500)
    )
    painter.end()
    outside = [QRect(0, 0, 700, 99), QRect(0, 601, 700, 99), QRect(0, 0, 99, 700), QRect(601, 0, 99, 700)]
    for area in outside:
        assert count(image, light_style.background, area) == area.width() * area.height()


@pytest.mark.parametrize("chart", CHARTS)
def test_a_scaled_painter_gives_the_same_picture(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle, chart: str
) -> None:
    """A caller working in other units (say, points on a PDF page) gets the chart at the same size."""
    chart_painter = painter_for(twelve_bank, leaning, light_style)
    direct = paint(chart_painter, chart, 800, 500)
    scaled = blank(800, 500, light_style.background)
    painter = QPainter(scaled)
    painter.scale(2.0, 2.0)
    getattr(chart_painter, f"paint_{chart}")(painter, QRectF(0, 0, 400, 250))
    painter.end()
    assert scaled == direct


# ------------------------------------------------------------------------------------- the profile


def test_profile_bar_lengths_follow_the_scores(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    chart_painter = painter_for(twelve_bank, leaning, light_style)
    image = paint(chart_painter, "profile", 900, 600)
    layout = profile_layout(chart_painter, QRectF(0, 0, 900, 600), image)
    span = layout.plot_right - layout.plot_left
    for scale in leaning.scales:
        row = layout.row(scale.id)
        if scale.score is None:
            assert row.bar is None
            continue
        assert row.bar is not None and row.band is not None
        assert row.bar.width() == pytest.approx(span * scale.score / 100, abs=0.5)
        assert row.band.left() <= row.bar.right() <= row.band.right()
    # And on screen: a product bar's pixels, counted on a line clear of the whisker, match its length.
    strong, weak = layout.row("market_research"), layout.row("process_control")
    assert strong.bar is not None and weak.bar is not None
    runs = []
    for row in (strong, weak):
        assert row.bar is not None
        y = round(row.bar.top() + row.bar.height() * 0.2)
        left, right = math.floor(row.bar.left()), math.ceil(row.band.left() if row.band else row.bar.right())
        runs.append(row_run(image, y, light_style.product, left, right))
        assert runs[-1] >= (right - left) - 6  # less the outline and anti-aliased ends
    assert runs[0] > 2 * runs[1]


def test_project_bars_are_hatched_and_product_bars_are_not(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    chart_painter = painter_for(twelve_bank, leaning, light_style)
    image = paint(chart_painter, "profile", 900, 600)
    layout = profile_layout(chart_painter, QRectF(0, 0, 900, 600), image)

    def dark_share(scale_id: str, accent: str) -> float:
        bar = layout.row(scale_id).bar
        assert bar is not None
        inner = bar.adjusted(3, 3, -3, -3).toAlignedRect()
        inner.setRight(min(inner.right(), round(layout.x_of(20))))  # left of any whisker
        values = pixels(image, inner)
        return sum(1 for v in values if grey(v) < grey(light_style.color(accent).rgba()) - 40) / len(values)

    assert dark_share("stakeholder_communication", "project") > 0.1
    assert dark_share("team_collaboration", "product") == 0.0


def test_roles_differ_when_printed_in_greyscale(twelve_bank: Bank, leaning: Result) -> None:
    style = RenderStyle.print_style()
    chart_painter = painter_for(twelve_bank, leaning, style)
    image = paint(chart_painter, "profile", 900, 600).convertToFormat(QImage.Format.Format_Grayscale8)
    layout = profile_layout(chart_painter, QRectF(0, 0, 900, 600), image)

    def mean_grey(scale_id: str) -> float:
        bar = layout.row(scale_id).bar
        assert bar is not None
        area = bar.adjusted(3, 3, -3, -3).toAlignedRect()
        area.setRight(min(area.right(), round(layout.x_of(20))))
        values = [grey(v) for v in pixels(image, area)]
        return sum(values) / len(values)

    assert abs(mean_grey("team_collaboration") - mean_grey("stakeholder_communication")) >= 30


def test_unanswered_responsibilities_get_no_bar(
    twelve_bank: Bank, empty: Result, light_style: RenderStyle
) -> None:
    chart_painter = painter_for(twelve_bank, empty, light_style)
    image = paint(chart_painter, "profile", 900, 600)
    layout = profile_layout(chart_painter, QRectF(0, 0, 900, 600), image)
    assert len(layout.rows) == 12
    assert all(row.bar is None and row.band is None for row in layout.rows)
    plot = QRectF(layout.plot_left, layout.rows[0].label.top(), layout.plot_right - layout.plot_left, 0)
    plot.setBottom(layout.rows[-1].label.bottom())
    assert count(image, light_style.product, plot.toAlignedRect()) == 0
    assert count(image, light_style.project, plot.toAlignedRect()) == 0


def test_profile_height_is_what_it_then_uses(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    chart_painter = painter_for(twelve_bank, leaning, light_style)
    device = blank(10, 10, light_style.background)
    for width in (360.0, 640.0, 1000.0):
        height = chart_painter.profile_height(width, device)
        layout = profile_layout(chart_painter, QRectF(0, 0, width, height), device)
        assert layout.height == pytest.approx(height, abs=1.0)
        assert layout.rows[-1].label.bottom() < height


@pytest.mark.parametrize("chart", CHARTS)
def test_each_chart_fills_the_height_it_asks_for(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle, chart: str
) -> None:
    chart_painter = painter_for(twelve_bank, leaning, light_style)
    device = blank(10, 10, light_style.background)
    for width in (380.0, 700.0, 1200.0):
        height = getattr(chart_painter, f"{chart}_height")(width, device)
        layout = LAYOUTS[chart](chart_painter, QRectF(0, 0, width, height), device)
        assert layout.height == pytest.approx(height, abs=1.0), width


def test_profile_height_grows_with_the_number_of_responsibilities(
    twelve_bank: Bank, tiny_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    tiny_result = score(tiny_bank, sheet_for(tiny_bank, {}, {}))
    twelve = painter_for(twelve_bank, leaning, light_style).profile_height(800)
    tiny = painter_for(tiny_bank, tiny_result, light_style).profile_height(800)
    assert twelve > 2 * tiny > 0


def test_charts_scale_with_the_device_resolution(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    """At 200% (192 dpi) a chart twice as wide comes out twice as tall: same layout, sharper."""
    chart_painter = painter_for(twelve_bank, leaning, light_style)
    normal, double = blank(1, 1, "#ffffff", 96), blank(1, 1, "#ffffff", 192)
    for measure in (chart_painter.profile_height, chart_painter.fits_height, chart_painter.quadrants_height):
        assert measure(1200, double) == pytest.approx(2 * measure(600, normal), rel=0.08)


def test_long_titles_wrap_instead_of_running_into_the_bars(light_style: RenderStyle) -> None:
    long_title = "Understanding customer needs, competitors and where the market is going next"
    bank = parse_bank(twelve_bank_toml().replace('title = "Market research"', f'title = "{long_title}"'))
    result = score(bank, sheet_for(bank, LEANING_INTEREST, LEANING_EXPERIENCE))
    chart_painter = painter_for(bank, result, light_style)
    layout = profile_layout(chart_painter, QRectF(0, 0, 700, 2000))
    row = layout.row("market_research")
    assert row.label.right() < layout.plot_left
    assert row.label.height() > layout.row("product_vision").label.height()


# ---------------------------------------------------------------------------------------- the fits


def test_fit_bars_follow_the_fits_and_the_lead_is_marked(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    chart_painter = painter_for(twelve_bank, leaning, light_style)
    layout = fits_layout(chart_painter, QRectF(0, 0, 900, 300))
    product, project = layout.panel(PRODUCT), layout.panel(PROJECT)
    assert product.frame.right() < project.frame.left()  # side by side
    assert leaning.verdict.lean == PRODUCT
    assert product.leads and not project.leads
    for panel in (product, project):
        fit = leaning.role(panel.role)
        assert fit.fit is not None and panel.bar is not None and panel.whisker is not None
        assert panel.bar.width() == pytest.approx(panel.track.width() * fit.fit / 100, abs=0.5)
        half = panel.track.width() * 1.96 * fit.se / 100
        assert panel.whisker[0] == pytest.approx(panel.bar.right() - half, abs=0.5)
        assert panel.whisker[1] == pytest.approx(panel.bar.right() + half, abs=0.5)
    assert product.bar is not None and project.bar is not None
    assert product.bar.width() > project.bar.width()


def test_too_close_to_call_marks_neither_role(
    twelve_bank: Bank, even: Result, light_style: RenderStyle
) -> None:
    assert even.verdict.lean is None
    layout = fits_layout(painter_for(twelve_bank, even, light_style), QRectF(0, 0, 900, 300))
    assert not any(panel.leads for panel in layout.panels)


def test_fits_without_answers_draw_no_bars(
    twelve_bank: Bank, empty: Result, light_style: RenderStyle
) -> None:
    chart_painter = painter_for(twelve_bank, empty, light_style)
    image = paint(chart_painter, "fits", 900, 300)
    layout = fits_layout(chart_painter, QRectF(0, 0, 900, 300), image)
    for panel in layout.panels:
        assert panel.bar is None and panel.whisker is None
        assert count(image, light_style.accent(panel.role), panel.track.toAlignedRect()) == 0


# ------------------------------------------------------------------------------------------ the map


def test_markers_sit_in_their_own_quadrant_without_overlapping(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    for width, height in SIZES:
        layout = quadrants_layout(painter_for(twelve_bank, leaning, light_style), QRectF(0, 0, width, height))
        square, cut = layout.square, layout.cut
        placed = {s.id: s for s in leaning.scales if s.quadrant is not None}
        assert {m.scale_id for m in layout.markers} == set(placed)
        for marker in layout.markers:
            quadrant = placed[marker.scale_id].quadrant
            c = marker.center
            assert square.contains(c)
            assert (c.y() < cut.y()) == (quadrant in {"strength", "growth_area"}), marker.scale_id
            assert (c.x() > cut.x()) == (quadrant in {"strength", "untapped"}), marker.scale_id
            for name in layout.names:
                assert not name.box.contains(c), (marker.scale_id, name.quadrant)
        for a, b in combinations(layout.markers, 2):
            distance = math.hypot(a.center.x() - b.center.x(), a.center.y() - b.center.y())
            assert distance >= layout.marker_size, (a.scale_id, b.scale_id)


def test_markers_at_one_spot_are_spread_apart(
    twelve_bank: Bank, even: Result, light_style: RenderStyle
) -> None:
    layout = quadrants_layout(painter_for(twelve_bank, even, light_style), QRectF(0, 0, 900, 600))
    assert len({(round(m.at.x()), round(m.at.y())) for m in layout.markers}) == 1
    centers = {(round(m.center.x()), round(m.center.y())) for m in layout.markers}
    assert len(centers) == 12
    closest = min(
        math.hypot(a.center.x() - b.center.x(), a.center.y() - b.center.y())
        for a, b in combinations(layout.markers, 2)
    )
    assert closest >= 0.95 * layout.marker_size


def test_marker_positions_follow_the_scores(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    layout = quadrants_layout(painter_for(twelve_bank, leaning, light_style), QRectF(0, 0, 900, 600))
    square = layout.square
    for marker in layout.markers:
        s = leaning.scale(marker.scale_id)
        assert s.experience is not None and s.score is not None
        assert marker.at.x() == pytest.approx(square.left() + square.width() * s.experience / 100, abs=0.5)
        assert marker.at.y() == pytest.approx(square.bottom() - square.height() * s.score / 100, abs=0.5)


def test_key_lists_every_placed_responsibility_by_number(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    layout = quadrants_layout(painter_for(twelve_bank, leaning, light_style), QRectF(0, 0, 900, 600))
    numbers = {m.scale_id: m.number for m in layout.markers}
    assert {e.scale_id: e.number for e in layout.entries} == numbers
    assert sorted(numbers.values()) == [n for n in range(1, 13) if n != 12]  # project closure is unplaced
    assert "Project closure" in layout.note
    for a, b in combinations(layout.entries, 2):
        assert not a.rect.intersects(b.rect)
    assert all(not e.rect.intersects(layout.square) for e in layout.entries)


def test_empty_map_places_nothing_and_says_so(
    twelve_bank: Bank, empty: Result, light_style: RenderStyle
) -> None:
    chart_painter = painter_for(twelve_bank, empty, light_style)
    image = paint(chart_painter, "quadrants", 900, 600)
    layout = quadrants_layout(chart_painter, QRectF(0, 0, 900, 600), image)
    assert layout.markers == () and layout.entries == ()
    assert layout.note.startswith("Not placed")
    inside = layout.square.adjusted(2, 2, -2, -2).toAlignedRect()
    assert count(image, light_style.product, inside) == 0
    assert count(image, light_style.project, inside) == 0


@pytest.mark.parametrize("chart", CHARTS)
def test_everything_unanswered_paints_at_every_size(
    twelve_bank: Bank, empty: Result, dark_style: RenderStyle, chart: str
) -> None:
    chart_painter = painter_for(twelve_bank, empty, dark_style)
    for width, height in (*SIZES, (120, 80), (2000, 150)):
        image = paint(chart_painter, chart, width, height)
        assert alphas(image) == {255}


def test_the_fits_chart_says_the_contents_verdict_line(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle
) -> None:
    # The chart lays out the content's words (built once for screen, PDF and command line), not its own:
    # a longer verdict line in the content takes more room on the chart.
    chart_painter = painter_for(twelve_bank, leaning, light_style)
    longer = replace(
        chart_painter.content, verdict_line=chart_painter.content.verdict_line + " and more" * 30
    )
    said_more = ResultPainter(twelve_bank, leaning, longer, light_style)
    assert said_more.fits_height(600) > chart_painter.fits_height(600)


@pytest.mark.parametrize(("width", "height"), [*SIZES, (560, 700)])
def test_markers_never_cover_the_quadrant_names(
    twelve_bank: Bank, leaning: Result, light_style: RenderStyle, width: int, height: int
) -> None:
    """Every responsibility piled into the corners, where the names are: no marker's disc touches one."""
    corners = (
        (97.0, 3.0, "growth_area"),
        (99.0, 98.0, "strength"),
        (2.0, 1.0, "not_for_you"),
        (4.0, 96.0, "untapped"),
    )
    scales = tuple(
        replace(s, score=corners[i % 4][0], experience=corners[i % 4][1], quadrant=corners[i % 4][2])
        for i, s in enumerate(leaning.scales)
    )
    piled = replace(leaning, scales=scales)
    layout = quadrants_layout(painter_for(twelve_bank, piled, light_style), QRectF(0, 0, width, height))
    assert len(layout.markers) == 12
    radius = layout.marker_size / 2
    for marker in layout.markers:
        disc = QRectF(marker.center.x() - radius, marker.center.y() - radius, 2 * radius, 2 * radius)
        for name in layout.names:
            assert not disc.intersects(name.box), (marker.number, name.quadrant, width)
