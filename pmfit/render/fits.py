"""The two role fits side by side: a bar 0-100 each, its uncertainty, and which one leads."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt

from pmfit.core.bank import Bank
from pmfit.core.scoring import PRODUCT, PROJECT, Result
from pmfit.render._canvas import Canvas, Ink
from pmfit.render.content import ResultContent
from pmfit.render.words import translate

MIN_FACTOR, MAX_FACTOR = 0.6, 1.25
FRAME_WIDTH = 2.2  # the leading panel's frame, in thin lines
WIDTH_EM, PANEL_EM = 30.0, 9.2  # the width the chart wants, and a panel's height, in lines of text


@dataclass(frozen=True, slots=True)
class FitPanel:
    role: str
    frame: QRectF
    header: QRectF
    number: QRectF
    track: QRectF  # the 0-100 extent of the bar
    bar: QRectF | None  # None when the fit is unknown
    whisker: tuple[float, float] | None  # x of fit - z·se and fit + z·se
    ticks: QRectF
    leads: bool


@dataclass(frozen=True, slots=True)
class FitsLayout:
    factor: float
    panels: tuple[FitPanel, FitPanel]
    verdict: QRectF
    height: float

    def panel(self, role_id: str) -> FitPanel:
        return next(panel for panel in self.panels if panel.role == role_id)


def _layout(
    bank: Bank, result: Result, content: ResultContent, canvas: Canvas, rect: QRectF, top: float | None = None
) -> FitsLayout:
    em = canvas.em
    gap = 1.2 * em
    pad = 0.8 * em
    panel_w = (rect.width() - gap) / 2
    panel_h = PANEL_EM * em
    y0 = rect.top() if top is None else top
    # Room above the panels for the "Leads" tag, which sits on the leading panel's top edge.
    frame_top = y0 + 0.7 * em
    edge = FRAME_WIDTH * canvas.line / 2
    z = bank.scoring.z
    panels = []
    for index, role_id in enumerate((PRODUCT, PROJECT)):
        frame = QRectF(rect.left() + index * (panel_w + gap), frame_top, panel_w, panel_h)
        frame = frame.adjusted(edge, edge, -edge, -edge)  # keep the frame's stroke inside the rectangle
        inner = frame.adjusted(pad, pad, -pad, -pad)
        header = QRectF(inner.left(), inner.top(), inner.width(), 1.7 * em)
        number = QRectF(inner.left(), header.bottom(), inner.width(), 2.7 * em)
        track = QRectF(inner.left(), number.bottom() + 0.4 * em, inner.width(), 1.25 * em)
        ticks = QRectF(inner.left(), track.bottom() + 0.25 * em, inner.width(), 1.2 * em)
        fit = result.role(role_id)
        bar = whisker = None
        if fit.fit is not None:

            def x_of(value: float, track: QRectF = track) -> float:
                return track.left() + track.width() * max(0.0, min(100.0, value)) / 100

            bar = QRectF(track.left(), track.top(), x_of(fit.fit) - track.left(), track.height())
            whisker = (x_of(fit.fit - z * fit.se), x_of(fit.fit + z * fit.se))
        panels.append(
            FitPanel(
                role_id, frame, header, number, track, bar, whisker, ticks, result.verdict.lean == role_id
            )
        )
    text_h = canvas.wrapped_height(content.verdict_line, canvas.font(1.0, bold=True), rect.width())
    verdict = QRectF(rect.left(), frame_top + panel_h + 0.5 * em, rect.width(), text_h + 0.4 * em)
    return FitsLayout(canvas.factor, (panels[0], panels[1]), verdict, verdict.bottom() - y0)


def fit_layout(
    bank: Bank, result: Result, content: ResultContent, canvas: Canvas, rect: QRectF
) -> FitsLayout:
    """The layout for ``rect``: fonts follow the rectangle (60% to 125%); the chart is centred vertically."""
    em = canvas.em
    natural = _layout(bank, result, content, canvas, rect).height
    factor = min(rect.width() / (WIDTH_EM * em), rect.height() / natural) if em > 0 and natural > 0 else 1.0
    factor = max(MIN_FACTOR, min(MAX_FACTOR, factor))
    sized = Canvas(canvas.style, canvas.device, factor)
    layout = _layout(bank, result, content, sized, rect)
    if layout.height < rect.height():
        top = rect.top() + (rect.height() - layout.height) / 2
        layout = _layout(bank, result, content, sized, rect, top=top)
    return layout


def natural_height(bank: Bank, result: Result, content: ResultContent, canvas: Canvas, width: float) -> float:
    factor = max(MIN_FACTOR, min(1.0, width / (WIDTH_EM * canvas.em))) if canvas.em > 0 else 1.0
    sized = Canvas(canvas.style, canvas.device, factor)
    return _layout(bank, result, content, sized, QRectF(0, 0, width, 1e6)).height


def paint(content: ResultContent, ink: Ink, layout: FitsLayout) -> None:
    """Draw the chart laid out as ``layout``; its words (titles, figures, ± and the verdict) are the
    content's, the same as the screen's table and the PDF's."""
    canvas = Canvas(ink.style, ink.c.device, layout.factor)
    ink = Ink(ink.p, canvas)
    style, em = ink.style, canvas.em
    title_font = canvas.font(1.05, bold=True)
    tag_font = canvas.font(0.85, bold=True)
    big = canvas.font(2.1, bold=True)
    small = canvas.font(0.85)
    words = {fit.role_id: fit for fit in content.fits}

    for panel in layout.panels:
        said = words[panel.role]
        radius = 0.5 * em
        if panel.leads:
            ink.frame(panel.frame, style.text, FRAME_WIDTH, radius)
        else:
            ink.frame(panel.frame, style.grid, 1.0, radius)

        # Header: key swatch and role title; a "Leads" tag on the leading panel's top edge.
        header = panel.header
        side = 0.85 * em
        swatch = QRectF(header.left(), header.center().y() - side / 2, side, side)
        ink.swatch(swatch, panel.role)
        if panel.leads:
            label = translate("Charts", "Leads")
            tag_w = canvas.width(label, tag_font) + 1.4 * em
            tag = QRectF(
                panel.frame.right() - tag_w - 1.0 * em, panel.frame.top() - 0.7 * em, tag_w, 1.4 * em
            )
            ink.p.setPen(ink.pen(style.text, 1.0))
            ink.p.setBrush(style.color("text"))
            ink.p.drawRoundedRect(tag, 0.7 * em, 0.7 * em)
            ink.text(tag, label, tag_font, style.background, Qt.AlignmentFlag.AlignCenter)
        title_rect = QRectF(swatch.right() + 0.5 * em, header.top(), 0.0, header.height())
        title_rect.setRight(header.right())
        title = canvas.elided(said.title, title_font, title_rect.width())
        ink.text(title_rect, title, title_font, style.text)

        # The number, with its uncertainty beside it.
        figure = said.fit
        ink.text(
            panel.number, figure, big, style.text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        after = QRectF(panel.number)
        after.setLeft(panel.number.left() + canvas.width(figure, big) + 0.4 * em)
        note = (
            translate("Charts", "out of 100, ± {noise}").format(noise=said.noise)
            if panel.bar is not None
            else translate("Charts", "not answered")
        )
        ink.text(after, canvas.elided(note, canvas.font(), after.width()), canvas.font(), style.muted)

        # The bar on its track, and the uncertainty whisker.
        track = panel.track
        ink.p.setPen(ink.pen(style.grid, 1.0))
        ink.p.setBrush(style.color("background"))
        ink.p.drawRect(track)
        if panel.bar is not None:
            ink.bar(panel.bar, panel.role)
        if panel.whisker is not None:
            ink.whisker(
                panel.whisker[0],
                panel.whisker[1],
                track.center().y(),
                track.height() * 1.45,
                1.4,
                bar=panel.bar,
                role_id=panel.role,
            )
        for tick in (0, 50, 100):
            x = track.left() + track.width() * tick / 100
            ink.line(QPointF(x, track.bottom()), QPointF(x, track.bottom() + 0.25 * em), style.muted, 1.0)
            if tick == 0:
                box, align = (
                    QRectF(x, panel.ticks.top(), 3 * em, panel.ticks.height()),
                    Qt.AlignmentFlag.AlignLeft,
                )
            elif tick == 100:
                box = QRectF(x - 3 * em, panel.ticks.top(), 3 * em, panel.ticks.height())
                align = Qt.AlignmentFlag.AlignRight
            else:
                box = QRectF(x - 3 * em, panel.ticks.top(), 6 * em, panel.ticks.height())
                align = Qt.AlignmentFlag.AlignHCenter
            ink.text(box, str(tick), small, style.muted, align | Qt.AlignmentFlag.AlignBottom)

    ink.text(
        layout.verdict,
        content.verdict_line,
        canvas.font(1.0, bold=True),
        style.text,
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
        wrap=True,
    )
