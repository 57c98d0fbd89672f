"""Painting charts into images and reading pixels back, for the render tests."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from pmfit.render import ResultPainter

CHARTS = ("fits", "profile", "quadrants")


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
