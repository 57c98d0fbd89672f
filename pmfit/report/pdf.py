"""``export_pdf``: the result summary as a 2-4 page PDF, drawn with Qt's own QPdfWriter.

The document is laid out first (so the footer can say "Page N of M"), then painted into a buffer in memory,
then written to disk in one step by :mod:`pmfit.system.atomic`. Charts are painted by the same
``ResultPainter`` as the result screen, as vectors; text is plain text laid out by Qt, so it is selectable,
searchable and set in embedded subsets of the fonts. Every colour is opaque (no transparency anywhere).

The PDF is tagged: while the pages are painted, :mod:`pmfit.report.tagging` records what each piece is
(heading, paragraph, list, table, figure, artifact), and :mod:`pmfit.report.structure` turns Qt's output
into a tagged PDF with a structure tree, the document's language and its title shown as the window title.

Thread use: safe to call from a worker thread while a ``QGuiApplication`` exists; it creates no widget and
no pixmap.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import unicodedata
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from pmfit import __version__
from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.render import RenderStyle, ResultPainter
from pmfit.render.content import ResultContent, result_content
from pmfit.render.words import translate
from pmfit.report import content
from pmfit.report.errors import ExportError
from pmfit.report.flow import Flow, Placed, Typesetter, paginate, stacked_height
from pmfit.report.structure import TaggingError, tag_pdf
from pmfit.report.tagging import FOOTER, Recorder, marked
from pmfit.system.atomic import write_atomically

PageSize = Literal["A4", "Letter"]

RESOLUTION = 1200  # dots per inch of the PDF's coordinates; fine enough that nothing visibly snaps
MARGINS_MM = QMarginsF(18.0, 15.0, 18.0, 12.0)  # left, top, right, bottom
FOOTER_PT = 20.0  # room kept at the bottom of the printable area for the footer
MIN_CHART_SHARE = 0.7  # page 1's charts may shrink this far to keep the summary on one page
MAX_PAGES = 4

# Where paper is US Letter rather than A4 (by the locale's territory).
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Belize,
        QLocale.Country.Guatemala,
        QLocale.Country.ElSalvador,
        QLocale.Country.Honduras,
        QLocale.Country.Nicaragua,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Chile,
        QLocale.Country.PuertoRico,
        QLocale.Country.DominicanRepublic,
        QLocale.Country.Philippines,
    }
)

_app: QGuiApplication | None = None  # kept alive for the process when ensure_gui_app made it


def ensure_gui_app() -> QCoreApplication:
    """The running Qt application, or a new ``QGuiApplication`` when there is none (for the command line).

    Fonts and the PDF writer need a GUI application, not a widget one. No environment variable is touched:
    a headless caller sets ``QT_QPA_PLATFORM=offscreen`` before calling this.
    """
    global _app
    app = QCoreApplication.instance()
    if app is None:
        from pmfit.system.qt_locale import utf8_for_qt

        with utf8_for_qt():
            _app = QGuiApplication(sys.argv[:1] or ["pmfit"])
        app = _app
    return app


def default_page_size(locale: QLocale | None = None) -> PageSize:
    """Letter where the locale's territory uses it (the Americas, the Philippines), else A4."""
    territory = (locale or QLocale()).territory()
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def clean_name(name: str | None) -> str | None:
    """A name as typed, less control characters (a newline or tab becomes a space); None when blank."""
    if name is None:
        return None
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in name)
    text = " ".join(text.split())
    return text or None


def _writer(device: QIODevice, page_size: PageSize, title: str, author: str | None) -> QPdfWriter:
    writer = QPdfWriter(device)
    size = QPageSize(QPageSize.PageSizeId.A4 if page_size == "A4" else QPageSize.PageSizeId.Letter)
    writer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
    writer.setResolution(RESOLUTION)
    # PDF/A-1b, the archival profile: Qt adds the sRGB output intent and XMP metadata it asks for; the
    # content already keeps its rules (fonts embedded, every colour opaque, no transparency at all), and
    # pmfit.report.archival corrects the two things in Qt's output that PDFBox's Preflight validator rejects.
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setTitle(title)
    writer.setCreator(f"pmfit {__version__}")
    if author:
        writer.setAuthor(author)
    return writer


def _lay_out(
    ts: Typesetter,
    width: float,
    page_height: float,
    bank: Bank,
    result: Result,
    charts: ResultPainter,
    words: ResultContent,
    name: str | None,
    when: dt.date,
) -> list[list[Placed]]:
    """All pages. The summary must stay on page 1, so its charts give up some height (their fonts shrink a
    little) when a long name or a long verdict would otherwise push the best matches over; the details
    drop their least needed parts until the whole fits in ``MAX_PAGES``."""
    enough = words.enough
    squeeze = 1.0
    while True:
        summary = Flow(ts, width, page_height=page_height)
        content.title_block(summary, words, bank.bank.title, (result.answered, result.asked), name, when)
        content.verdict_block(summary, words)
        if enough:
            content.summary(summary, words, charts, squeeze)
        overflow = stacked_height(summary.pieces) - page_height
        if overflow <= 0 or squeeze <= MIN_CHART_SHARE:
            break
        charts_height = squeeze * (
            charts.fits_height(width, ts.device) + charts.profile_height(width, ts.device)
        )
        squeeze = max(MIN_CHART_SHARE, squeeze * (1 - (overflow + 2 * ts.pt) / charts_height))
    pages: list[list[Placed]] = []
    for detail in range(content.DETAIL_LEVELS):
        flow = Flow(ts, width, list(summary.pieces), page_height)
        content.details(flow, words, charts, detail)
        pages = paginate(flow.pieces, page_height)
        if len(pages) <= MAX_PAGES:
            break
    return pages


def _footer(painter: QPainter, ts: Typesetter, rect: QRectF, left_text: str, right_text: str) -> None:
    """A hairline, then how the result was produced on the left and the page number on the right."""
    painter.save()
    pen = QPen(ts.style.color("grid"))
    pen.setWidthF(0.5 * ts.pt)
    painter.setPen(pen)
    painter.drawLine(rect.topLeft(), rect.topRight())
    font = ts.font(7.5)
    painter.setFont(font)
    painter.setPen(QPen(ts.style.color("muted")))
    bottom = Qt.AlignmentFlag.AlignBottom
    right_w = ts.metrics(font).horizontalAdvance(right_text) + 6 * ts.pt
    left_rect = rect.adjusted(0, 0, -right_w, 0)
    left_text = ts.elided(left_text, font, left_rect.width())
    painter.drawText(left_rect, int((bottom | Qt.AlignmentFlag.AlignLeft).value), left_text)
    painter.drawText(rect, int((bottom | Qt.AlignmentFlag.AlignRight).value), right_text)
    painter.restore()


def document_language(bank: Bank) -> str:
    """The PDF's /Lang: the language of the bank (a BCP 47 tag, 'en', 'uk'), which the words are in too."""
    return bank.language.replace("_", "-")


def render_pdf(
    bank: Bank,
    result: Result,
    *,
    name: str | None = None,
    date: dt.date | None = None,
    page_size: PageSize | None = None,
    content: ResultContent | None = None,
) -> bytes:
    """The PDF as bytes (see :func:`export_pdf`)."""
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("pmfit.report needs a QGuiApplication: call ensure_gui_app() first")
    if page_size not in {None, "A4", "Letter"}:
        raise ValueError(f"page_size must be 'A4', 'Letter' or None, not {page_size!r}")
    name = clean_name(name)
    when = date or dt.date.today()
    size: PageSize = page_size or default_page_size()
    title = translate("PdfReport", "pmfit result") + (f": {name}" if name else "")

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, size, title, name)
    style = RenderStyle.print_style()
    ts = Typesetter(writer, style)
    width = float(writer.width())
    footer_h = FOOTER_PT * ts.pt
    page_height = float(writer.height()) - footer_h
    words = content or result_content(bank, result)
    charts = ResultPainter(bank, result, words, style)
    pages = _lay_out(ts, width, page_height, bank, result, charts, words, name, when)

    stamp = translate("PdfReport", "pmfit {version} · bank {bank} {bank_version}").format(
        version=__version__, bank=bank.id, bank_version=bank.version
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("Could not make the PDF: Qt's PDF writer would not start.")
    recorder = Recorder()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        with recorder.recording():
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    writer.newPage()
                for placed in page:
                    placed.piece.paint(painter, 0.0, placed.top)
                footer = QRectF(0.0, page_height + 0.45 * footer_h, width, 0.55 * footer_h)
                pages_text = translate("PdfReport", "Page {page} of {pages}").format(
                    page=number, pages=len(pages)
                )
                with marked(painter, FOOTER):
                    _footer(painter, ts, footer, stamp, pages_text)
    finally:
        finished = painter.end()
    buffer.close()
    pdf = bytes(data.data())
    if not finished or not pdf.startswith(b"%PDF-"):
        raise ExportError("Could not make the PDF: Qt's PDF writer did not finish it.")
    try:
        return tag_pdf(pdf, recorder, document_language(bank))
    except TaggingError as error:  # Qt wrote its PDF in a way the tagging step does not know
        raise ExportError(
            f"Could not make the PDF: its accessibility tags could not be added ({error})."
        ) from error


def export_pdf(
    bank: Bank,
    result: Result,
    path: str | os.PathLike[str],
    *,
    name: str | None = None,
    date: dt.date | None = None,
    page_size: PageSize | None = None,
    content: ResultContent | None = None,
) -> Path:
    """Write the result summary to ``path`` as a PDF, all at once; returns the path written.

    ``name`` is printed as typed (plain text, never markup) and becomes the PDF's author; ``date`` is the
    day printed (today by default); ``page_size`` is "A4" or "Letter", or None to follow the locale;
    ``content`` is the result's content as the screen shows it (built from ``bank`` and ``result`` when
    not given), so the PDF says what the screen says, a note on an older version of the questions too.
    On failure raises :class:`ExportError` with one line naming the path, leaves no partial file behind and
    leaves any file already at ``path`` untouched.
    """
    try:
        data = render_pdf(bank, result, name=name, date=date, page_size=page_size, content=content)
    except ExportError as error:
        raise ExportError(f"{error} Nothing was saved as {os.path.abspath(os.fspath(path))}.") from error
    return write_atomically(
        path, data, what=translate("Files", "the PDF"), suffix=".pdf.part", error_type=ExportError
    )
