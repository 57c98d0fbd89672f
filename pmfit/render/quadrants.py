"""The interest x experience map: a 2x2 with each responsibility placed as a numbered role marker.

Markers carry a number, not a name, and a key lists the names beside or under the square: twelve names inside
the square would overlap whatever nudging is done. Markers that land on each other are pushed apart, with a
thin leader line back to a dot at their true position.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt

from pmfit.core.bank import Bank
from pmfit.core.scoring import PRODUCT, PROJECT, Result
from pmfit.render._canvas import Canvas, Ink
from pmfit.render.words import quadrant_title, translate

MIN_FACTOR, MAX_FACTOR = 0.6, 1.0
MARKER_EM = 1.45
MAX_SQUARE_EM = 40.0


@dataclass(frozen=True, slots=True)
class Marker:
    scale_id: str
    role: str
    number: int
    at: QPointF  # the true position of (experience, interest)
    center: QPointF  # where the marker is drawn, after nudging


@dataclass(frozen=True, slots=True)
class QuadrantName:
    quadrant: str
    area: QRectF  # the corner it is aligned in
    box: QRectF  # what its text covers, which markers keep off
    align: Qt.AlignmentFlag


@dataclass(frozen=True, slots=True)
class KeyEntry:
    scale_id: str
    role: str
    number: int
    title: str
    rect: QRectF


@dataclass(frozen=True, slots=True)
class QuadrantLayout:
    factor: float
    square: QRectF
    cut: QPointF  # where the two cut lines cross
    names: tuple[QuadrantName, ...]
    markers: tuple[Marker, ...]
    marker_size: float
    headers: tuple[tuple[str, QRectF], ...]
    entries: tuple[KeyEntry, ...]
    note: str  # "Not placed: ..." or ""
    note_rect: QRectF
    key_beside: bool
    height: float

    def marker(self, scale_id: str) -> Marker:
        return next(m for m in self.markers if m.scale_id == scale_id)


def _numbers(bank: Bank) -> dict[str, int]:
    return {scale.id: number for number, scale in enumerate(bank.scales, start=1)}


def _quadrant_bounds(square: QRectF, cut_x: float, cut_y: float, quadrant: str, inset: float) -> QRectF:
    """Where a marker of this quadrant may sit: inside its own quarter, so nudging never moves it across a
    cut line and into a quadrant it does not belong to."""
    high_interest = quadrant in {"strength", "growth_area"}
    high_experience = quadrant in {"strength", "untapped"}
    left, right = (cut_x, square.right()) if high_experience else (square.left(), cut_x)
    top, bottom = (square.top(), cut_y) if high_interest else (cut_y, square.bottom())
    if right - left > 2 * inset:
        left, right = left + inset, right - inset
    else:
        left = right = (left + right) / 2
    if bottom - top > 2 * inset:
        top, bottom = top + inset, bottom - inset
    else:
        top = bottom = (top + bottom) / 2
    return QRectF(QPointF(left, top), QPointF(right, bottom))


def _clamp(x: float, y: float, bounds: QRectF) -> tuple[float, float]:
    return min(max(x, bounds.left()), bounds.right()), min(max(y, bounds.top()), bounds.bottom())


def _nudge(
    points: list[QPointF], bounds: list[QRectF], obstacles: list[QRectF], size: float
) -> list[QPointF]:
    """Push markers of diameter ``size`` off each other and off ``obstacles`` (the quadrant names), each
    staying inside its own ``bounds``; gives up after 150 rounds, leaving the least overlap it reached."""
    pos = [list(_clamp(p.x(), p.y(), b)) for p, b in zip(points, bounds, strict=True)]
    distance, radius = size * 1.08, size / 2
    clear = radius + 0.12 * size  # a marker keeps a little air from a name, never just touching it
    for round_ in range(150):
        moved = False
        # Pushing straight apart can stall against a wall or a name; later rounds turn the push sideways.
        turn = 0.0 if round_ < 30 else 0.6
        cos_t, sin_t = math.cos(turn), math.sin(turn)
        for i in range(len(pos)):
            for j in range(i + 1, len(pos)):
                dx, dy = pos[j][0] - pos[i][0], pos[j][1] - pos[i][1]
                dist = math.hypot(dx, dy)
                if dist >= distance:
                    continue
                if dist < 1e-6:  # the same spot: spread in a fixed direction per pair, so output is stable
                    angle = 2.399963 * (i + 1) + j
                    dx, dy, dist = math.cos(angle), math.sin(angle), 1.0
                push = (distance - dist) / 2 + 1e-3
                ux, uy = dx / dist, dy / dist
                ux, uy = ux * cos_t - uy * sin_t, ux * sin_t + uy * cos_t
                pos[i][0] -= ux * push
                pos[i][1] -= uy * push
                pos[j][0] += ux * push
                pos[j][1] += uy * push
                moved = True
        for p, b in zip(pos, bounds, strict=True):
            for box in obstacles:
                grown = box.adjusted(-clear, -clear, clear, clear)
                if grown.contains(QPointF(p[0], p[1])):
                    # Leave the way that is shortest (names are wide and short, so mostly up or down) of
                    # those that stay inside the marker's own bounds: a name sits in a corner, and leaving
                    # toward the edge would be undone by the clamp below, back onto the name.
                    exits = [
                        (p[1] - grown.top(), 0.0, grown.top() - p[1]),
                        (grown.bottom() - p[1], 0.0, grown.bottom() - p[1]),
                        (p[0] - grown.left(), grown.left() - p[0], 0.0),
                        (grown.right() - p[0], grown.right() - p[0], 0.0),
                    ]
                    inside = [
                        e
                        for e in exits
                        if b.adjusted(-0.5, -0.5, 0.5, 0.5).contains(QPointF(p[0] + e[1], p[1] + e[2]))
                    ]
                    _, mx, my = min(inside or exits)
                    p[0] += mx * 1.01
                    p[1] += my * 1.01
                    moved = True
        for p, b in zip(pos, bounds, strict=True):
            p[0], p[1] = _clamp(p[0], p[1], b)
        if not moved:
            break
    return [QPointF(x, y) for x, y in pos]


def _margins(canvas: Canvas) -> tuple[float, float, float]:
    """Left (tick labels and the rotated axis title), bottom (tick labels and axis title), and top."""
    em, small = canvas.em, canvas.font(0.85)
    left = 1.5 * em + canvas.width("100", small) + 0.5 * em
    bottom = 1.2 * em + 1.5 * em
    return left, bottom, 0.3 * em


def _key_height(bank: Bank, canvas: Canvas, width: float, note: str, columns: int) -> float:
    em = canvas.em
    per_role = [len(bank.scales_of_role(role_id)) for role_id in (PRODUCT, PROJECT)]
    if columns == 2:
        body = 1.6 * em + max(per_role) * MARKER_EM * em
    else:
        body = sum(1.6 * em + n * MARKER_EM * em for n in per_role) + 0.4 * em
    if note:
        body += 0.4 * em + canvas.wrapped_height(note, canvas.font(0.85), width)
    return body


def _key_width(bank: Bank, canvas: Canvas) -> float:
    em = canvas.em
    widest = max((canvas.width(s.title, canvas.font(0.9)) for s in bank.scales), default=0.0)
    roles = max(canvas.width(r.title, canvas.font(0.95, bold=True)) for r in bank.roles)
    return max(widest + MARKER_EM * em + 0.8 * em, roles + 1.6 * em)


def _column_widths(bank: Bank, canvas: Canvas, width: float) -> tuple[float, float]:
    """The widths of the key's two columns under the square, ``width`` between them: each role's column
    as wide as its longest name needs, the room left over shared, so that one role's long names (a fifth
    longer in some languages) are not cut short while the other column has room to spare."""
    em, m = canvas.em, MARKER_EM * canvas.em
    needs = []
    for role_id in (PRODUCT, PROJECT):
        names = max(
            (canvas.width(s.title, canvas.font(0.9)) for s in bank.scales_of_role(role_id)), default=0
        )
        header = canvas.width(bank.role_by_id[role_id].title, canvas.font(0.95, bold=True)) + 1.4 * em
        needs.append(max(names + 1.25 * m + 0.3 * em, header))
    spare = width - sum(needs)
    if spare >= 0:
        return needs[0] + spare / 2, needs[1] + spare / 2
    return width * needs[0] / sum(needs), width * needs[1] / sum(needs)  # both cut short alike


NAME_CORNERS = (
    ("growth_area", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
    ("strength", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
    ("not_for_you", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
    ("untapped", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
)


def _name_rects(canvas: Canvas, square: QRectF, cut_x: float, cut_y: float) -> tuple[QuadrantName, ...]:
    """Each quadrant's name in its outer corner: the rectangle its text covers, and its alignment."""
    pad = 0.35 * canvas.em
    font = canvas.font(0.85, bold=True)
    out = []
    for quadrant, align in NAME_CORNERS:
        left = square.left() if quadrant in {"growth_area", "not_for_you"} else cut_x
        right = cut_x if quadrant in {"growth_area", "not_for_you"} else square.right()
        top = square.top() if quadrant in {"growth_area", "strength"} else cut_y
        bottom = cut_y if quadrant in {"growth_area", "strength"} else square.bottom()
        area = QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(pad, pad, -pad, -pad)
        flags = int(align.value) | int(Qt.TextFlag.TextWordWrap.value)
        box = canvas.metrics(font).boundingRect(area, flags, quadrant_title(quadrant))
        out.append(QuadrantName(quadrant, area, box.intersected(area), align))
    return tuple(out)


def _layout(
    bank: Bank, result: Result, note: str, canvas: Canvas, rect: QRectF, beside: bool | None = None
) -> QuadrantLayout:
    """``note`` says which responsibilities the map cannot place (the content's ``not_placed``)."""
    em = canvas.em
    gap = 1.2 * em
    left, bottom, top = _margins(canvas)
    key_w = min(_key_width(bank, canvas), max(9 * em, 0.4 * rect.width()))
    beside_side = min(rect.height() - bottom - top, rect.width() - left - gap - key_w, MAX_SQUARE_EM * em)
    below_h = _key_height(bank, canvas, rect.width(), note, columns=2)
    below_side = min(
        rect.width() - left - 0.6 * em, rect.height() - bottom - top - gap - below_h, MAX_SQUARE_EM * em
    )
    if beside is None:
        beside = beside_side >= below_side
    side = max(beside_side if beside else below_side, 4 * em)
    square = QRectF(rect.left() + left, rect.top() + top, side, side)

    numbers = _numbers(bank)
    m = MARKER_EM * em
    placed = [s for s in result.scales if s.score is not None and s.experience is not None]
    truths = [
        QPointF(
            square.left() + square.width() * max(0.0, min(100.0, s.experience or 0.0)) / 100,
            square.bottom() - square.height() * max(0.0, min(100.0, s.score or 0.0)) / 100,
        )
        for s in placed
    ]
    cut = bank.scoring.quadrant_cut
    cut_x = square.left() + square.width() * cut / 100
    cut_y = square.bottom() - square.height() * cut / 100
    names = _name_rects(canvas, square, cut_x, cut_y)
    bounds = [_quadrant_bounds(square, cut_x, cut_y, s.quadrant or "", m / 2 + canvas.line) for s in placed]
    centers = _nudge(truths, bounds, [name.box for name in names], m)
    markers = tuple(
        Marker(s.id, s.role, numbers[s.id], t, c) for s, t, c in zip(placed, truths, centers, strict=True)
    )

    headers: list[tuple[str, QRectF]] = []
    entries: list[KeyEntry] = []
    placed_ids = {s.id for s in placed}
    if beside:
        key_left, key_top, column_w = (
            square.right() + gap,
            rect.top() + top,
            rect.right() - square.right() - gap,
        )
        columns = [(key_left, key_top), (key_left, None)]
        widths = (column_w, column_w)
    else:
        key_top = square.bottom() + bottom + gap
        widths = _column_widths(bank, canvas, rect.width() - gap)
        column_w = widths[0]
        columns = [(rect.left(), key_top), (rect.left() + widths[0] + gap, key_top)]
    y = key_top
    for (x, column_top), width, role_id in zip(columns, widths, (PRODUCT, PROJECT), strict=True):
        if column_top is not None:
            y = column_top
        else:
            y += 0.4 * em
        headers.append((role_id, QRectF(x, y, width, 1.6 * em)))
        y += 1.6 * em
        for scale in bank.scales_of_role(role_id):
            if scale.id in placed_ids:
                entries.append(
                    KeyEntry(scale.id, role_id, numbers[scale.id], scale.title, QRectF(x, y, width, m))
                )
                y += m
    key_bottom = max([r.bottom() for _, r in headers] + [e.rect.bottom() for e in entries])
    note_rect = QRectF()
    if note:
        note_left = headers[0][1].left()
        note_w = column_w if beside else rect.width()
        note_h = canvas.wrapped_height(note, canvas.font(0.85), note_w)
        note_rect = QRectF(note_left, key_bottom + 0.4 * em, note_w, note_h)
        key_bottom = note_rect.bottom()
    height = max(square.bottom() + bottom, key_bottom) - rect.top()
    return QuadrantLayout(
        canvas.factor,
        square,
        QPointF(cut_x, cut_y),
        names,
        markers,
        m,
        tuple(headers),
        tuple(entries),
        note,
        note_rect,
        beside,
        height,
    )


def fit_layout(bank: Bank, result: Result, note: str, canvas: Canvas, rect: QRectF) -> QuadrantLayout:
    em = canvas.em
    factor = min(rect.width() / (30 * em), rect.height() / (22 * em)) if em > 0 else 1.0
    factor = max(MIN_FACTOR, min(MAX_FACTOR, factor))
    layout = _layout(bank, result, note, Canvas(canvas.style, canvas.device, factor), rect)
    for _ in range(4):
        if layout.height <= rect.height() + 0.5 or factor <= MIN_FACTOR:
            break
        factor = max(MIN_FACTOR, factor * min(0.95, rect.height() / layout.height))
        layout = _layout(bank, result, note, Canvas(canvas.style, canvas.device, factor), rect)
    return layout


def natural_height(bank: Bank, result: Result, note: str, canvas: Canvas, width: float) -> float:
    """The height the map wants at ``width``: the key beside the square when there is room, else below."""
    em = canvas.em
    factor = max(MIN_FACTOR, min(MAX_FACTOR, width / (30 * em))) if em > 0 else 1.0
    sized = Canvas(canvas.style, canvas.device, factor)
    left, _, _ = _margins(sized)
    key_w = min(_key_width(bank, sized), max(9 * sized.em, 0.4 * width))
    beside = width - left - 1.2 * sized.em - key_w >= 16 * sized.em
    return _layout(bank, result, note, sized, QRectF(0, 0, width, 1e6), beside=beside).height


def paint(bank: Bank, result: Result, ink: Ink, layout: QuadrantLayout) -> None:
    canvas = Canvas(ink.style, ink.c.device, layout.factor)
    ink = Ink(ink.p, canvas)
    style, em = ink.style, canvas.em
    square = layout.square
    small, name_font = canvas.font(0.85), canvas.font(0.85, bold=True)
    cut = bank.scoring.quadrant_cut
    cx, cy = layout.cut.x(), layout.cut.y()

    ink.p.setPen(ink.pen(style.grid, 1.0))
    ink.p.setBrush(style.color("background"))
    ink.p.drawRect(square)
    ink.line(QPointF(cx, square.top()), QPointF(cx, square.bottom()), style.muted, 1.3)
    ink.line(QPointF(square.left(), cy), QPointF(square.right(), cy), style.muted, 1.3)

    # Quadrant names in the outer corners; markers are kept off them.
    for name in layout.names:
        ink.text(name.area, quadrant_title(name.quadrant), name_font, style.muted, name.align, wrap=True)

    # Axes: ticks at 0, the cut and 100, then the two titles.
    for value in sorted({0.0, cut, 100.0}):
        x = square.left() + square.width() * value / 100
        y = square.bottom() - square.height() * value / 100
        label = f"{value:.0f}"
        ink.text(
            QRectF(x - 2 * em, square.bottom() + 0.15 * em, 4 * em, 1.1 * em),
            label,
            small,
            style.muted,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        )
        ink.text(
            QRectF(square.left() - 4.3 * em, y - 0.6 * em, 4 * em, 1.2 * em),
            label,
            small,
            style.muted,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
    axis_font = canvas.font(0.9, bold=True)
    ink.text(
        QRectF(square.left(), square.bottom() + 1.25 * em, square.width(), 1.4 * em),
        translate("Charts", "Experience →"),
        axis_font,
        style.text,
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
    )
    ink.p.save()
    ink.p.translate(square.left() - canvas.width("100", small) - 1.2 * em, square.center().y())
    ink.p.rotate(-90)
    ink.text(
        QRectF(-square.height() / 2, -0.75 * em, square.height(), 1.5 * em),
        translate("Charts", "Interest →"),
        axis_font,
        style.text,
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
    )
    ink.p.restore()

    m = MARKER_EM * em
    for marker in layout.markers:
        if math.hypot(marker.center.x() - marker.at.x(), marker.center.y() - marker.at.y()) > 0.2 * m:
            ink.line(marker.at, marker.center, style.muted, 1.0)
            ink.dot(marker.at, 0.16 * em, style.text)
    for marker in layout.markers:
        ink.marker(marker.center, m, marker.role, str(marker.number))

    # The key: role headers with their marker shape, then numbered names.
    header_font, entry_font = canvas.font(0.95, bold=True), canvas.font(0.9)
    for role_id, rect in layout.headers:
        ink.marker(QPointF(rect.left() + 0.55 * em, rect.center().y()), 0.9 * em, role_id)
        text_rect = rect.adjusted(1.4 * em, 0, 0, 0)
        ink.text(
            text_rect,
            canvas.elided(bank.role_by_id[role_id].title, header_font, text_rect.width()),
            header_font,
            style.text,
        )
    for entry in layout.entries:
        r = entry.rect
        ink.marker(QPointF(r.left() + 0.55 * m, r.center().y()), 0.88 * m, entry.role, str(entry.number))
        text_rect = r.adjusted(1.25 * m, 0, 0, 0)
        ink.text(text_rect, canvas.elided(entry.title, entry_font, text_rect.width()), entry_font, style.text)
    if layout.note:
        ink.text(
            layout.note_rect,
            layout.note,
            small,
            style.muted,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            wrap=True,
        )
