"""Two attempts side by side: per responsibility, the earlier score as an outline and the later as a bar.

The outline ("then") and the filled bar ("now") differ by shape, not only colour, and each row ends with
the change: its direction (▲ up, ▼ down, – about the same) and its size in points, under a "Change"
header, so the chart reads in greyscale and without the legend. Two attempts of the same day are told
apart by their times in the legend.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from pmfit.core.bank import Bank
from pmfit.core.compare import Comparison
from pmfit.core.scoring import PRODUCT, PROJECT
from pmfit.render._canvas import Canvas, Ink, Target, device_of, device_space
from pmfit.render.style import RenderStyle
from pmfit.render.words import change_mark, day, signed, translate

TICKS = (0, 25, 50, 75, 100)


@dataclass(frozen=True, slots=True)
class CompareRow:
    scale_id: str
    role: str
    title: str
    label: QRectF
    then: QRectF | None  # the earlier score's extent, outlined
    now: QRectF | None  # the later score's extent, filled
    delta: QRectF


@dataclass(frozen=True, slots=True)
class CompareLayout:
    headers: tuple[tuple[str, QRectF], ...]
    change_header: QRectF  # over the column of changes
    rows: tuple[CompareRow, ...]
    legend: QRectF
    plot_left: float
    plot_right: float
    height: float

    def row(self, scale_id: str) -> CompareRow:
        return next(row for row in self.rows if row.scale_id == scale_id)


class ComparePainter:
    def __init__(self, bank: Bank, comparison: Comparison, style: RenderStyle) -> None:
        self.bank = bank
        self.comparison = comparison
        self.style = style

    def layout(self, rect: QRectF, target: Target = None) -> CompareLayout:
        canvas = Canvas(self.style, device_of(target))
        em = canvas.em
        body = canvas.font()
        widest = max(canvas.width(s.title, body) for s in self.bank.scales) + em
        label_w = min(widest, max(7 * em, 0.42 * rect.width()))
        change_font = canvas.font(0.95, bold=True)
        delta_w = max(
            canvas.width(f"{change_mark(self.bank, c)} {signed(c.delta)}", change_font)
            for c in self.comparison.changes
        )
        delta_w = max(delta_w, canvas.width(translate("Charts", "Change"), canvas.font(0.85, bold=True))) + em
        plot_left = rect.left() + label_w
        plot_right = max(plot_left + em, rect.right() - delta_w)
        span = plot_right - plot_left
        y = rect.top()
        legend = QRectF(rect.left(), y, rect.width(), 1.4 * em)
        y += legend.height() + 0.4 * em
        headers: list[tuple[str, QRectF]] = []
        rows: list[CompareRow] = []
        changes = {c.scale_id: c for c in self.comparison.changes}
        for role_id in (PRODUCT, PROJECT):
            if headers:
                y += 0.5 * em
            headers.append((role_id, QRectF(rect.left(), y, rect.width(), 1.4 * em)))
            y += 1.5 * em
            for scale in self.bank.scales_of_role(role_id):
                change = changes[scale.id]
                # A long name wraps onto a second line rather than being cut short; the bars stay centred.
                label_h = canvas.wrapped_height(scale.title, body, label_w - 0.5 * em)
                row_h = max(1.9 * em, label_h + 0.55 * em)
                track_top = y + (row_h - 1.35 * em) / 2
                then = None
                now = None
                if change.before is not None:
                    then = QRectF(plot_left, track_top, span * change.before / 100, 0.55 * em)
                if change.after is not None:
                    now = QRectF(plot_left, track_top + 0.65 * em, span * change.after / 100, 0.7 * em)
                rows.append(
                    CompareRow(
                        scale.id,
                        role_id,
                        scale.title,
                        QRectF(rect.left(), y, label_w - 0.5 * em, row_h),
                        then,
                        now,
                        QRectF(plot_right + 0.3 * em, y, delta_w - 0.3 * em, row_h),
                    )
                )
                y += row_h
        y += 1.6 * em  # tick labels
        first = headers[0][1] if headers else legend
        change_header = QRectF(plot_right + 0.3 * em, first.top(), delta_w - 0.3 * em, first.height())
        return CompareLayout(
            headers=tuple(headers),
            change_header=change_header,
            rows=tuple(rows),
            legend=legend,
            plot_left=plot_left,
            plot_right=plot_right,
            height=y - rect.top(),
        )

    def legend_words(self) -> tuple[str, str]:
        """The legend's "then: 5 Jan 2026" and "now: 6 Dec 2026"; with the times when both are of one day."""
        before, after = self.comparison.before.finished_at, self.comparison.after.finished_at
        same_day = day(before) == day(after)
        return (
            translate("Charts", "then: {0}").format(day(before, with_time=same_day)),
            translate("Charts", "now: {0}").format(day(after, with_time=same_day)),
        )

    def height(self, width: float, target: Target = None) -> float:
        return self.layout(QRectF(0, 0, width, 1000), target).height

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        with device_space(painter, rect) as area:
            canvas = Canvas(self.style, painter.device())
            ink = Ink(painter, canvas)
            layout = self.layout(area, painter)
            em = canvas.em
            text, muted, grid = self.style.color("text"), self.style.color("muted"), self.style.color("grid")
            body, bold, small = canvas.font(), canvas.font(bold=True), canvas.font(0.85)
            # Legend: an outline for then, a bar for now.
            legend = layout.legend
            sample = QRectF(legend.left(), legend.center().y() - 0.3 * em, 1.6 * em, 0.6 * em)
            ink.frame(sample, text, width=1.2)
            then_label, now_label = self.legend_words()
            label_rect = QRectF(sample.right() + 0.4 * em, legend.top(), legend.width() / 2, legend.height())
            ink.text(label_rect, then_label, small, muted)
            offset = sample.right() + 0.8 * em + canvas.width(then_label, small) + 1.5 * em
            bar_sample = QRectF(legend.left() + offset, legend.center().y() - 0.35 * em, 1.6 * em, 0.7 * em)
            ink.bar(bar_sample, PRODUCT)
            ink.text(
                QRectF(bar_sample.right() + 0.4 * em, legend.top(), legend.width() / 2, legend.height()),
                now_label,
                small,
                muted,
            )
            top = layout.headers[0][1].bottom() if layout.headers else area.top()
            bottom = layout.rows[-1].label.bottom() if layout.rows else top
            for tick in TICKS:
                x = layout.plot_left + (layout.plot_right - layout.plot_left) * tick / 100
                ink.line(QPointF(x, top), QPointF(x, bottom), grid, 0.8)
                ink.text(
                    QRectF(x - 2 * em, bottom + 0.2 * em, 4 * em, 1.3 * em),
                    str(tick),
                    small,
                    muted,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                )
            for role_id, header in layout.headers:
                ink.swatch(QRectF(header.left(), header.center().y() - 0.4 * em, 0.8 * em, 0.8 * em), role_id)
                title = QRectF(header.left() + 1.2 * em, header.top(), header.width(), header.height())
                ink.text(title, self.bank.role_by_id[role_id].title, bold, text)
            ink.text(
                layout.change_header,
                translate("Charts", "Change"),
                canvas.font(0.85, bold=True),
                muted,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            changes = {c.scale_id: c for c in self.comparison.changes}
            for row in layout.rows:
                ink.text(row.label, row.title, body, text, wrap=True)
                if row.then is not None:
                    ink.frame(row.then, text, width=1.2)
                if row.now is not None:
                    ink.bar(row.now, row.role)
                if row.then is None and row.now is None:
                    ink.text(
                        QRectF(layout.plot_left + 0.3 * em, row.label.top(), 10 * em, row.label.height()),
                        translate("Charts", "not answered"),
                        small,
                        muted,
                    )
                change = changes[row.scale_id]
                ink.text(
                    row.delta,
                    f"{change_mark(self.bank, change)} {signed(change.delta)}",
                    canvas.font(0.95, bold=True),
                    text,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                )

    def text_equivalent(self) -> str:
        lines = [translate("Charts", "Change per responsibility, then and now (interest, 0–100):")]
        for change in self.comparison.changes:
            title = self.bank.scale_by_id[change.scale_id].title
            before = "–" if change.before is None else f"{change.before:.0f}"
            after = "–" if change.after is None else f"{change.after:.0f}"
            lines.append(f"{title}: {before} → {after} ({signed(change.delta)})")
        return "\n".join(lines)
