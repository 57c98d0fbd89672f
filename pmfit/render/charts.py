"""``ResultPainter``: the result charts, drawn onto any QPainter (the result screen and the PDF alike).

Each ``paint_*`` method lays itself out from the rectangle it is given: sizes are multiples of the text line
height on the painter's device, fonts shrink when the rectangle is small, so the same call works on a
widget at any scaling and on an A4 page. The matching ``*_height(width)`` methods say how tall a chart
wants to be at a given width, so a widget's size hint or a PDF page can reserve room for it.

The words on the charts (role titles, figures, the ± and the verdict line) are the result's content,
built once by :func:`pmfit.render.content.result_content` and handed in with the result.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.render import fits, profile, quadrants
from pmfit.render._canvas import Canvas, Ink, Target, device_of, device_space, scale_of
from pmfit.render.content import ResultContent
from pmfit.render.style import RenderStyle


class ResultPainter:
    """Paints one Result of one Bank, with its content, in one RenderStyle. Cheap to make; holds no Qt
    resources."""

    def __init__(self, bank: Bank, result: Result, content: ResultContent, style: RenderStyle) -> None:
        self.bank = bank
        self.result = result
        self.content = content
        self.style = style

    def _canvas(self, target: Target) -> Canvas:
        return Canvas(self.style, device_of(target))

    # ------------------------------------------------------------------------------------ the fits

    def fits_height(self, width: float, target: Target = None) -> float:
        """The height the fits chart wants at ``width`` (in the coordinates of ``target``, a painter or
        paint device; the screen when None)."""
        scale = scale_of(target)
        canvas = self._canvas(target)
        return fits.natural_height(self.bank, self.result, self.content, canvas, width * scale) / scale

    def paint_fits(self, painter: QPainter, rect: QRectF) -> None:
        """The two role fits side by side, each with its uncertainty, and which one leads (if any)."""
        with device_space(painter, rect) as area:
            canvas = Canvas(self.style, painter.device())
            layout = fits.fit_layout(self.bank, self.result, self.content, canvas, area)
            fits.paint(self.content, Ink(painter, canvas), layout)

    # --------------------------------------------------------------------------------- the profile

    def profile_height(self, width: float, target: Target = None) -> float:
        """The height the profile wants at ``width``."""
        scale = scale_of(target)
        return profile.natural_height(self.bank, self.result, self._canvas(target), width * scale) / scale

    def paint_profile(self, painter: QPainter, rect: QRectF) -> None:
        """Every responsibility's interest as a bar 0-100, grouped by role, with its uncertainty."""
        with device_space(painter, rect) as area:
            canvas = Canvas(self.style, painter.device())
            layout = profile.fit_layout(self.bank, self.result, canvas, area)
            profile.paint(self.bank, self.result, Ink(painter, canvas), layout)

    # ------------------------------------------------------------------------------- the 2x2 map

    def quadrants_height(self, width: float, target: Target = None) -> float:
        """The height the map wants at ``width`` (its key beside the square when there is room)."""
        scale = scale_of(target)
        note, canvas = self.content.not_placed, self._canvas(target)
        return quadrants.natural_height(self.bank, self.result, note, canvas, width * scale) / scale

    def paint_quadrants(self, painter: QPainter, rect: QRectF) -> None:
        """The interest x experience map with the four quadrants named and the responsibilities placed."""
        with device_space(painter, rect) as area:
            canvas = Canvas(self.style, painter.device())
            layout = quadrants.fit_layout(self.bank, self.result, self.content.not_placed, canvas, area)
            quadrants.paint(self.bank, self.result, Ink(painter, canvas), layout)
