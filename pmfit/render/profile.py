"""The responsibility profile: one interest bar per responsibility, grouped by role, with its uncertainty."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt

from pmfit.core.bank import Bank
from pmfit.core.scoring import PRODUCT, PROJECT, Result
from pmfit.render._canvas import Canvas, Ink
from pmfit.render.words import translate

TICKS = (0, 25, 50, 75, 100)
MIN_FACTOR, MAX_FACTOR = 0.6, 1.0
WIDTH_EM = 28.0  # below this width (in lines of text) the fonts shrink
MAX_SPREAD = 1.35  # rows may grow this much to fill a taller rectangle, then the chart stays top-aligned


@dataclass(frozen=True, slots=True)
class ProfileRow:
    """Where one responsibility is drawn. ``bar`` and ``band`` are None when it was not answered."""

    scale_id: str
    role: str
    title: str
    label: QRectF
    track: QRectF  # the 0-100 extent of the row's bar
    bar: QRectF | None
    band: QRectF | None  # score ± z·se, clamped to 0-100
    number: QRectF


@dataclass(frozen=True, slots=True)
class ProfileLayout:
    factor: float
    headers: tuple[tuple[str, QRectF], ...]  # (role id, header rect)
    groups: tuple[tuple[float, float], ...]  # (top, bottom) of each group's rows, for the grid lines
    rows: tuple[ProfileRow, ...]
    axis: QRectF  # the tick label row under the bars
    plot_left: float  # x of 0
    plot_right: float  # x of 100
    height: float

    def row(self, scale_id: str) -> ProfileRow:
        return next(row for row in self.rows if row.scale_id == scale_id)

    def x_of(self, value: float) -> float:
        return self.plot_left + (self.plot_right - self.plot_left) * max(0.0, min(100.0, value)) / 100


def _caption() -> str:
    return translate("Charts", "Interest, 0–100")


def _layout(bank: Bank, result: Result, canvas: Canvas, rect: QRectF, spread: float = 1.0) -> ProfileLayout:
    em = canvas.em
    body, number_font = canvas.font(), canvas.font(0.95, bold=True)
    number_w = canvas.width("100", number_font) + 0.8 * em
    widest = max((canvas.width(scale.title, body) for scale in bank.scales), default=0.0) + 1.0 * em
    natural = max(widest, canvas.width(_caption(), canvas.font(0.85)) + 2.6 * em)
    label_w = min(natural, max(7 * em, 0.42 * rect.width()))
    plot_left = rect.left() + label_w
    plot_right = max(plot_left + em, rect.right() - number_w)
    span = plot_right - plot_left
    scores = {s.id: s for s in result.scales}
    z = bank.scoring.z

    def x_of(value: float) -> float:
        return plot_left + span * max(0.0, min(100.0, value)) / 100

    headers: list[tuple[str, QRectF]] = []
    groups: list[tuple[float, float]] = []
    rows: list[ProfileRow] = []
    y = rect.top()
    for role_id in (PRODUCT, PROJECT):
        scales = bank.scales_of_role(role_id)
        if not scales:
            continue
        if headers:
            y += 0.6 * em * spread
        header_h = 1.7 * em * spread
        headers.append((role_id, QRectF(rect.left(), y, rect.width(), header_h)))
        y += header_h
        top = y
        for scale in scales:
            text_h = canvas.wrapped_height(scale.title, body, label_w - 0.8 * em)
            row_h = max(1.75 * em * spread, text_h + 0.55 * em)
            bar_h = min(0.95 * em, row_h * 0.6)
            mid = y + row_h / 2
            track = QRectF(plot_left, mid - bar_h / 2, span, bar_h)
            scored = scores.get(scale.id)
            bar = band = None
            if scored is not None and scored.score is not None:
                bar = QRectF(plot_left, track.top(), x_of(scored.score) - plot_left, bar_h)
                low, high = x_of(scored.score - z * scored.se), x_of(scored.score + z * scored.se)
                band = QRectF(low, mid - bar_h * 0.8, high - low, bar_h * 1.6)
            rows.append(
                ProfileRow(
                    scale_id=scale.id,
                    role=role_id,
                    title=scale.title,
                    label=QRectF(rect.left() + 0.3 * em, y, label_w - 0.8 * em, row_h),
                    track=track,
                    bar=bar,
                    band=band,
                    # The value at the end of its bar (past its uncertainty whisker), where the eye is, not
                    # in a column up to half the chart away from a short bar.
                    number=QRectF(_bar_end(bar, band, plot_left) + 0.35 * em, y, number_w, row_h),
                )
            )
            y += row_h
        groups.append((top, y))
    axis = QRectF(rect.left(), y + 0.15 * em, rect.width(), 1.4 * em)
    return ProfileLayout(
        factor=canvas.factor,
        headers=tuple(headers),
        groups=tuple(groups),
        rows=tuple(rows),
        axis=axis,
        plot_left=plot_left,
        plot_right=plot_right,
        height=axis.bottom() - rect.top(),
    )


def _bar_end(bar: QRectF | None, band: QRectF | None, plot_left: float) -> float:
    """Where a row's marks end: its whisker's right end, else its bar's."""
    if band is not None:
        return band.right()
    return bar.right() if bar is not None else plot_left


def _width_factor(canvas: Canvas, width: float) -> float:
    factor = width / (WIDTH_EM * canvas.em) if canvas.em > 0 else 1.0
    return max(MIN_FACTOR, min(MAX_FACTOR, factor))


def fit_layout(bank: Bank, result: Result, canvas: Canvas, rect: QRectF) -> ProfileLayout:
    """The layout for ``rect``: fonts shrink (down to 60%) when the rectangle is too small for them, and
    rows spread a little when it is taller than needed."""
    factor = _width_factor(canvas, rect.width())
    layout = _layout(bank, result, Canvas(canvas.style, canvas.device, factor), rect)
    for _ in range(4):
        if layout.height <= rect.height() + 0.5 or factor <= MIN_FACTOR:
            break
        factor = max(MIN_FACTOR, factor * min(0.97, rect.height() / layout.height))
        layout = _layout(bank, result, Canvas(canvas.style, canvas.device, factor), rect)
    if 0 < layout.height < rect.height():
        spread = min(MAX_SPREAD, rect.height() / layout.height)
        spread_out = _layout(bank, result, Canvas(canvas.style, canvas.device, factor), rect, spread)
        if spread_out.height <= rect.height() + 0.5:  # wrapped titles do not spread linearly
            layout = spread_out
    return layout


def natural_height(bank: Bank, result: Result, canvas: Canvas, width: float) -> float:
    """The height the profile wants at ``width`` (fonts at their natural size unless the width is narrow)."""
    factor = _width_factor(canvas, width)
    sized = Canvas(canvas.style, canvas.device, factor)
    return _layout(bank, result, sized, QRectF(0, 0, width, 1e6)).height


def paint(bank: Bank, result: Result, ink: Ink, layout: ProfileLayout) -> None:
    canvas = Canvas(ink.style, ink.c.device, layout.factor)
    ink = Ink(ink.p, canvas)
    style, em = ink.style, canvas.em
    body = canvas.font()
    header_font = canvas.font(1.0, bold=True)
    number_font = canvas.font(0.95, bold=True)
    small = canvas.font(0.85)
    scores = {s.id: s for s in result.scales}

    # Grid first, so bars and whiskers sit on top of it.
    for top, bottom in layout.groups:
        for tick in TICKS:
            x = layout.x_of(tick)
            ink.line(QPointF(x, top), QPointF(x, bottom), style.grid, 1.0 if tick in {0, 100} else 0.7)

    for role_id, rect in layout.headers:
        side = 0.85 * em
        swatch = QRectF(rect.left() + 0.3 * em, rect.center().y() - side / 2 + 0.15 * em, side, side)
        ink.swatch(swatch, role_id)
        text_rect = QRectF(swatch.right() + 0.5 * em, rect.top() + 0.3 * em, 0.0, rect.height() - 0.3 * em)
        text_rect.setRight(rect.right())
        title = canvas.elided(bank.role_by_id[role_id].title, header_font, text_rect.width())
        ink.text(text_rect, title, header_font, style.text)

    for row in layout.rows:
        ink.text(row.label, row.title, body, style.text, wrap=True)
        scored = scores.get(row.scale_id)
        if row.bar is None or scored is None or scored.score is None:
            words, font = translate("Charts", "not answered"), canvas.font(0.9, italic=True)
            plate = QRectF(row.track.left() + 0.3 * em, row.label.top(), 0.0, row.label.height())
            plate.setWidth(min(canvas.width(words, font) + 0.5 * em, row.track.width() - 0.3 * em))
            # An opaque plate, so the grid lines do not strike through the words.
            ink.p.fillRect(plate.adjusted(0, 0.2 * em, 0, -0.2 * em), style.color("background"))
            words = canvas.elided(words, font, plate.width())
            ink.text(plate.adjusted(0.25 * em, 0, 0, 0), words, font, style.muted)
            continue
        ink.bar(row.bar, row.role)
        if row.band is not None:
            ink.whisker(
                row.band.left(),
                row.band.right(),
                row.track.center().y(),
                row.band.height(),
                bar=row.bar,
                role_id=row.role,
            )
        value = f"{scored.score:.0f}"
        # An opaque plate under the value, so the grid lines do not strike through it.
        plate = QRectF(row.number.left() - 0.15 * em, row.track.top(), 0.0, row.track.height())
        plate.setWidth(canvas.width(value, number_font) + 0.3 * em)
        ink.p.fillRect(plate, style.color("background"))
        ink.text(
            row.number,
            value,
            number_font,
            style.text,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )

    axis = layout.axis
    for tick in TICKS:
        x = layout.x_of(tick)
        ink.text(
            QRectF(x - 2 * em, axis.top(), 4 * em, axis.height()),
            str(tick),
            small,
            style.muted,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        )
    caption = QRectF(
        axis.left() + 0.3 * em, axis.top(), layout.plot_left - axis.left() - 2.4 * em, axis.height()
    )
    ink.text(
        caption,
        canvas.elided(_caption(), small, caption.width()),
        small,
        style.muted,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
    )
