"""Painting charts into images and reading pixels back, for the render tests."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.render import RenderStyle, ResultPainter, fits, profile, quadrants
from pmfit.render._canvas import Canvas, Target, device_of
from pmfit.render.content import result_content
from pmfit.render.fits import FitsLayout
from pmfit.render.profile import ProfileLayout
from pmfit.render.quadrants import QuadrantLayout

CHARTS = ("fits", "profile", "quadrants")


def painter_for(bank: Bank, result: Result, style: RenderStyle, note: str = "") -> ResultPainter:
    """The charts of ``result`` with its content, as the result screen and the PDF make them."""
    return ResultPainter(bank, result, result_content(bank, result, note), style)


def _canvas(chart_painter: ResultPainter, target: Target) -> Canvas:
    return Canvas(chart_painter.style, device_of(target))


def fits_layout(chart_painter: ResultPainter, rect: QRectF, target: Target = None) -> FitsLayout:
    """Where the fits chart puts things in ``rect`` (device units of ``target``; the screen when None)."""
    p = chart_painter
    return fits.fit_layout(p.bank, p.result, p.content, _canvas(p, target), rect)


def profile_layout(chart_painter: ResultPainter, rect: QRectF, target: Target = None) -> ProfileLayout:
    """Where the profile puts each responsibility's label, bar and band in ``rect``."""
    return profile.fit_layout(chart_painter.bank, chart_painter.result, _canvas(chart_painter, target), rect)


def quadrants_layout(chart_painter: ResultPainter, rect: QRectF, target: Target = None) -> QuadrantLayout:
    """Where the map puts its square, each marker and each key entry in ``rect``."""
    p = chart_painter
    return quadrants.fit_layout(p.bank, p.result, p.content.not_placed, _canvas(p, target), rect)


def blank(width: int, height: int, background: str, dpi: float = 96.0) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(background))
    return image


def paint(chart_painter: ResultPainter, chart: str, width: int, height: int, dpi: float = 96.0) -> QImage:
    """The chart painted over the whole of a ``width`` x ``height`` image of the style's background."""
    image = blank(width, height, chart_painter.style.background, dpi)
    painter = QPainter(image)
    getattr(chart_painter, f"paint_{chart}")(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def pixels(image: QImage, area: QRect | None = None) -> list[int]:
    """ARGB values of the pixels in ``area`` (the whole image by default)."""
    area = area or image.rect()
    area = area.intersected(image.rect())
    return [
        image.pixel(x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    ]


def count(image: QImage, color: str | QColor, area: QRect | None = None) -> int:
    """How many pixels in ``area`` have exactly ``color``."""
    wanted = QColor(color).rgba()
    return sum(1 for value in pixels(image, area) if value == wanted)


def row_run(image: QImage, y: int, color: str | QColor, left: int, right: int) -> int:
    """How many pixels of exactly ``color`` lie on row ``y`` between ``left`` and ``right``."""
    wanted = QColor(color).rgba()
    return sum(1 for x in range(max(left, 0), min(right, image.width())) if image.pixel(x, y) == wanted)


def alphas(image: QImage) -> set[int]:
    data = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {QColor.fromRgba(value).alpha() for value in set(pixels(data))}


def grey(color: int) -> float:
    c = QColor.fromRgba(color)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
