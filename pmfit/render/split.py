"""A split bar: the two role fits of one attempt at a glance, for lists of attempts (history, comparison).

The bar is split where the two fits balance: Product Manager's share (its fit over the sum of both) from the
left in its accent, Project Manager's from the right in its accent, hatched, as in every chart (colour never
carries the meaning alone: the side and the hatching do too, and the words beside the bar give the
numbers). A missing fit counts as 0; with neither, the bar is an empty outline.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from pmfit.core.scoring import PRODUCT, PROJECT
from pmfit.render._canvas import Canvas, Ink
from pmfit.render.style import RenderStyle

GAP = 2.0  # between the two parts, so they read as two even where the colours are alike


def product_share(fits: Mapping[str, float | None]) -> float | None:
    """Product Manager's share of the two fits, 0 to 1; None when neither role has a fit above 0."""
    product, project = fits.get(PRODUCT) or 0.0, fits.get(PROJECT) or 0.0
    total = max(product, 0.0) + max(project, 0.0)
    return None if total <= 0 else max(product, 0.0) / total


def paint_split_bar(
    painter: QPainter, rect: QRectF, fits: Mapping[str, float | None], style: RenderStyle
) -> None:
    """Paint the split bar for ``fits`` (role id: fit 0-100) into ``rect``."""
    ink = Ink(painter, Canvas(style, painter.device()))
    share = product_share(fits)
    painter.save()
    if share is None:
        ink.frame(rect, style.color("grid"), width=1.0)
    else:
        split = rect.left() + rect.width() * share
        product = QRectF(rect.left(), rect.top(), max(split - rect.left() - GAP / 2, 0.0), rect.height())
        project = QRectF(split + GAP / 2, rect.top(), max(rect.right() - split - GAP / 2, 0.0), rect.height())
        ink.bar(product, PRODUCT)
        ink.bar(project, PROJECT)
    painter.restore()
