"""Painters that draw a Result onto any QPainter, so the result screen and the PDF never disagree.

Imports core and Qt; never ``pmfit.ui`` or ``pmfit.report``.
"""

from pmfit.render.charts import ResultPainter
from pmfit.render.style import RenderStyle

__all__ = ["RenderStyle", "ResultPainter"]
