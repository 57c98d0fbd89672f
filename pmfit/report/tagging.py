"""What each piece of the PDF is, for a tagged PDF: structure elements, artifacts, and markers in Qt's output.

QPdfWriter writes no structure tree and no marked content. So while the pages are painted, every piece of
content is bracketed by markers that survive Qt's PDF engine unchanged: a zero-size rectangle filled in a
colour nothing else uses, whose x coordinate is the marker's number (``N 0 0 0 re f`` in the content
stream). After Qt has finished the file, :mod:`pmfit.report.structure` replaces each marker by the
marked-content operator it stands for (``BDC`` with an MCID, ``BMC``/``BDC`` for an artifact, ``EMC``) and
builds the structure tree from the elements recorded here.

The layout code says what a piece is with :func:`marked`::

    with marked(painter, Element("P")):
        laid.draw(painter, ...)

Outside a recording (say, a chart painted on the screen) :func:`marked` does nothing, so the same painting
code serves both. Elements are made while laying out, which may run several times (the summary is squeezed,
the details dropped until the pages fit); only the elements of content actually painted reach the tree, in
the order they are painted, which is the page's reading order.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

# A colour no part of the report is painted in, so the marker's fill cannot be mistaken for content.
MARKER_RGB = (1, 2, 3)

Scope = Literal["", "Column", "Row"]


@dataclass(eq=False)
class Element:
    """A node of the structure tree: a standard structure type (``H1``, ``P``, ``L``, ``LI``, ``Lbl``,
    ``LBody``, ``Table``, ``TR``, ``TH``, ``TD``, ``Figure``) inside ``parent`` (None: the document).

    ``alt`` is a figure's text equivalent; ``scope`` says which cells a header cell (TH) heads."""

    role: str
    parent: Element | None = None
    alt: str = ""
    scope: Scope = ""

    def child(self, role: str, *, alt: str = "", scope: Scope = "") -> Element:
        return Element(role, self, alt=alt, scope=scope)


@dataclass(frozen=True)
class Artifact:
    """Drawing that is not content (a rule, a row's shading, a frame, the page footer): a reader skips it.
    ``kind`` is the PDF's artifact type (Layout, Pagination); ``subtype`` names a pagination artifact."""

    kind: Literal["Layout", "Pagination"] = "Layout"
    subtype: Literal["", "Header", "Footer"] = ""


@dataclass(frozen=True)
class Replacement:
    """Content whose text, when extracted, is ``text`` instead of the glyphs drawn (``/ActualText``): a
    chart's labels, scattered over the chart, are replaced by the chart described in words."""

    text: str


Mark = Element | Artifact | Replacement
Event = Mark | None  # None ends the innermost mark


@dataclass
class Recorder:
    """The marks of one document, in the order they are painted. ``events[k]`` is what marker ``k`` in
    the content streams stands for."""

    events: list[Event] = field(default_factory=list)
    _open: int = 0

    def emit(self, painter: QPainter, event: Event) -> None:
        """Paint marker number ``len(events)`` and remember what it stands for."""
        index = len(self.events)
        self.events.append(event)
        self._open += 1 if event is not None else -1
        painter.save()
        painter.resetTransform()  # so the marker's x is written as its number, exactly
        painter.fillRect(QRectF(float(index), 0.0, 0.0, 0.0), QColor(*MARKER_RGB))
        painter.restore()

    @contextmanager
    def recording(self) -> Iterator[Recorder]:
        """Make :func:`marked` record into this recorder (on this thread) until the block ends."""
        token = _active.set(self)
        try:
            yield self
        finally:
            _active.reset(token)
        if self._open:
            raise RuntimeError(f"{self._open} marked-content sequence(s) left open")


_active: ContextVar[Recorder | None] = ContextVar("pmfit_report_tagging", default=None)


@contextmanager
def marked(painter: QPainter, mark: Mark | None) -> Iterator[None]:
    """What is painted in the block belongs to ``mark``; a no-op outside a recording or for None."""
    recorder = _active.get()
    if recorder is None or mark is None:
        yield
        return
    recorder.emit(painter, mark)
    yield
    recorder.emit(painter, None)


# Artifacts used throughout the report.
LAYOUT = Artifact()
FOOTER = Artifact("Pagination", "Footer")
