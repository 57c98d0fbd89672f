"""The charts with the real English bank (which must load: a broken bundled bank fails here too)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, ChoiceItem, load_bank
from pmfit.core.scoring import Result, score
from pmfit.render import RenderStyle
from pmfit.render.content import result_content
from pmfit.render.describe import fits_text, profile_text, quadrants_text
from tests.render.helpers import CHARTS, alphas, count, paint, painter_for, profile_layout


@pytest.fixture(scope="module")
def real_bank() -> Bank:
    return load_bank(language="en")


@pytest.fixture(scope="module")
def answered(real_bank: Bank) -> Result:
    sheet = AnswerSheet.new(real_bank)
    for n, item in enumerate(real_bank.main_items):
        value = n % 2 if isinstance(item, ChoiceItem) else 1 + (n * 7) % 5
        sheet = sheet.with_answer(item.id, value)
    return score(real_bank, sheet)


@pytest.mark.parametrize("chart", CHARTS)
def test_real_bank_charts_paint(
    real_bank: Bank, answered: Result, light_style: RenderStyle, chart: str
) -> None:
    image = paint(painter_for(real_bank, answered, light_style), chart, 900, 600)
    assert count(image, light_style.product) > 20
    assert count(image, light_style.project) > 20
    assert alphas(image) == {255}


def test_real_bank_profile_has_every_responsibility(
    real_bank: Bank, answered: Result, light_style: RenderStyle
) -> None:
    chart_painter = painter_for(real_bank, answered, light_style)
    height = chart_painter.profile_height(800)
    layout = profile_layout(chart_painter, QRectF(0, 0, 800, height))
    assert [row.scale_id for row in layout.rows] == [
        s.id for s in real_bank.scales if s.role == "product_manager"
    ] + [s.id for s in real_bank.scales if s.role == "project_manager"]
    assert all(row.label.right() < layout.plot_left for row in layout.rows)


def test_real_bank_text_equivalent(real_bank: Bank, answered: Result) -> None:
    content = result_content(real_bank, answered)
    text = "\n".join((fits_text(content), profile_text(content), quadrants_text(content)))
    for scale in real_bank.scales:
        assert scale.title in text
    for role in real_bank.roles:
        assert role.title in text
