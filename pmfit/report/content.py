"""What the PDF says, section by section, in the same words as the result screen (``pmfit.core.explain``).

Page 1 is the summary a person can hand to someone: the verdict and how sure it is, both role fits, the
profile of the 12 responsibilities and the best matches. The pages after it hold the detail: every
responsibility in a table, the interest x experience map, why the result came out this way, the career path,
next steps, notes on how the answers were given, and what the test does not measure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QPainter

from pmfit.core.bank import Bank, Role
from pmfit.core.explain import (
    QUADRANT_MEANINGS,
    QUADRANT_TITLES,
    adjacent_roles,
    band,
    change_text,
    driver_text,
    fit_text,
    flip_summary,
    headline,
    leading_role,
    matching_scales,
    next_steps,
    other_role,
    shown_flip,
)
from pmfit.core.scoring import Result
from pmfit.render import ResultPainter
from pmfit.report.flow import Flow, stacked_height
from pmfit.report.table import Cell, Column, role_marker, table

CONTEXT = "PdfReport"

# Type sizes in points.
TITLE, HEADLINE, HEADING, SUBHEADING, BODY, SMALL = 19.0, 12.0, 12.5, 10.0, 9.5, 8.5
SECTION_GAP = 15.0  # points above a section heading
BULLET = "•"
BULLET_INDENT = 12.0
MATCHES_SHOWN = 3
LINE_BREAK = "\u2028"  # a forced line break inside a table cell (one certification per line)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def date_text(when: dt.date, language: str) -> str:
    """The date in the bank's language, spelled out, so it cannot be misread as month/day or day/month."""
    return QLocale(language).toString(QDate(when.year, when.month, when.day), "d MMMM yyyy")


def heading(flow: Flow, text: str) -> None:
    """A section heading over a hairline; it always goes to the page of what follows it."""
    flow.paragraph(text, HEADING, bold=True, space_before=SECTION_GAP, keep_with_next=True)
    flow.rule(space_before=2.0, color="grid", below=4.0, keep_with_next=True)


def bullets(
    flow: Flow, lines: list[str], size: float = BODY, bold_upto: str = "", together: bool = False
) -> None:
    """One bulleted paragraph per line; with ``bold_upto``, the text up to and including its first
    occurrence is bold (a title before a colon, say). ``together`` keeps the list on one page."""
    for number, line in enumerate(lines):
        cut = line.find(bold_upto) if bold_upto else -1
        prefix = cut + len(bold_upto) if cut > 0 else 0
        keep = together and number < len(lines) - 1
        flow.paragraph(
            line,
            size,
            indent=BULLET_INDENT,
            bullet=BULLET,
            bold_prefix=prefix,
            space_before=2.0,
            keep_with_next=keep,
        )


def chart(flow: Flow, height: float, paint: Callable[[QPainter, QRectF], None], space_before: float) -> None:
    """A chart of the column's width and ``height`` (device units); ``space_before`` in points."""
    width = flow.width
    flow.block(height, lambda p, left, top: paint(p, QRectF(left, top, width, height)), space_before)


# ------------------------------------------------------------------------------------------- page 1


def title_block(flow: Flow, bank: Bank, result: Result, name: str | None, when: dt.date) -> None:
    flow.paragraph(tr("pmfit result summary").upper(), SMALL, bold=True, color="muted")
    flow.paragraph(bank.bank.title, TITLE, bold=True, space_before=2.0, leading=1.15)
    if name:
        # A name is printed as typed, but a name of a paragraph's length is cut after three lines.
        flow.paragraph(tr("For {name}").format(name=name), SUBHEADING + 2, space_before=3.0, max_lines=3)
    meta = tr("{date} · you answered {answered} of {asked} questions").format(
        date=date_text(when, bank.language), answered=result.answered, asked=result.asked
    )
    flow.paragraph(meta, BODY, color="muted", space_before=3.0)
    flow.rule(space_before=6.0, color="text", weight=0.8)


def verdict_block(flow: Flow, bank: Bank, result: Result) -> None:
    flow.paragraph(headline(bank, result), HEADLINE, bold=True, space_before=10.0, leading=1.25)
    profile = bank.profile_text(result.verdict.label)
    if profile is not None:
        flow.paragraph(profile.text, BODY, space_before=4.0)


def summary(flow: Flow, bank: Bank, result: Result, charts: ResultPainter, squeeze: float = 1.0) -> None:
    """The charts and best matches of page 1 (after the title and the verdict). With ``squeeze`` below 1
    the two charts get that share of the height they want (their fonts shrink to match), so that the
    summary stays on one page after a long name or on the shorter Letter page."""
    device = flow.ts.device
    chart(flow, squeeze * charts.fits_height(flow.width, device), charts.paint_fits, 10.0)
    heading(flow, tr("Your 12 responsibilities"))
    flow.paragraph(
        tr(
            "How much you would enjoy each part of the two roles, from 0 to 100. "
            "The whisker at each bar's end shows how sure that number is."
        ),
        SMALL,
        color="muted",
        keep_with_next=True,
    )
    chart(flow, squeeze * charts.profile_height(flow.width, device), charts.paint_profile, 4.0)
    role = leading_role(bank, result)
    heading(flow, tr("What matches you best as {role}").format(role=role.title))
    for scale, scored in matching_scales(bank, result, role)[:MATCHES_SHOWN]:
        title = f"{scale.title} — {fit_text(scored.score)} ({band(scored.score)})"
        flow.paragraph(
            f"{title}: {scale.description}",
            SMALL + 0.5,
            indent=BULLET_INDENT,
            bullet=BULLET,
            bold_prefix=len(title),
            space_before=2.0,
        )


# ------------------------------------------------------------------------------------ the details


def responsibilities(flow: Flow, bank: Bank, result: Result) -> None:
    heading(flow, tr("All 12 responsibilities"))
    flow.paragraph(
        tr(
            "Interest: how much you would enjoy it, 0-100, ± how sure. Experience: how much of it you have "
            "done. The quadrant puts the two together; the numbers match the map below."
        ),
        SMALL,
        color="muted",
        keep_with_next=True,
    )
    z = bank.scoring.z
    numbers = {scale.id: n for n, scale in enumerate(bank.scales, start=1)}
    rows: list[list[Cell]] = []
    for scale in bank.scales:
        s = result.scale(scale.id)
        interest = f"{fit_text(s.score)} ± {z * s.se:.0f}" if s.score is not None else tr("not answered")
        rows.append(
            [
                role_marker(flow.style, scale.role, str(numbers[scale.id]), 12.0, flow.ts.pt),
                scale.title,
                bank.role_by_id[scale.role].title,
                interest,
                band(s.score),
                fit_text(s.experience),
                QUADRANT_TITLES[s.quadrant] if s.quadrant else "–",
            ]
        )
    right = Qt.AlignmentFlag.AlignRight
    columns = [
        Column(""),
        Column(tr("Responsibility"), 3.0),
        Column(tr("Role"), 2.0),
        Column(tr("Interest"), align=right),
        Column(tr("Band")),
        Column(tr("Experience"), align=right),
        Column(tr("Quadrant")),
    ]
    table(flow, columns, rows, size=SMALL + 0.5, space_before=4.0, bold_column=1)


def quadrant_map(flow: Flow, charts: ResultPainter, page_start: int) -> None:
    """The map and what its quadrants mean, kept on the page the table starts (``page_start`` is the
    table's first piece): on a short page the map gives up to a quarter of its height to stay there."""
    heading(flow, tr("What you enjoy against what you have done"))
    key = Flow(flow.ts, flow.width)
    lines = [f"{QUADRANT_TITLES[k]}: {text}" for k, text in QUADRANT_MEANINGS.items()]
    bullets(key, lines, SMALL + 0.5, bold_upto=":", together=True)
    natural = charts.quadrants_height(flow.width, flow.ts.device)
    gap = 2.0
    room = flow.page_height - stacked_height(flow.pieces[page_start:]) - stacked_height(key.pieces)
    room -= (gap + 2.0 + 2.0) * flow.ts.pt  # the gaps above the chart and the key, and a point each to spare
    height = room if 0.75 * natural <= room < natural else natural
    chart(flow, height, charts.paint_quadrants, gap)
    flow.pieces.extend(key.pieces)


def why(flow: Flow, bank: Bank, result: Result) -> None:
    heading(flow, tr("Why this result"))
    if result.drivers:
        flow.paragraph(tr("The answers that weighed most:"), BODY, keep_with_next=True)
        bullets(flow, [driver_text(bank, d) for d in result.drivers])
    flow.paragraph(flip_summary(bank, result), BODY, space_before=6.0, keep_with_next=bool(result.flip))
    bullets(flow, [change_text(bank, c) for c in shown_flip(result)])


def years_text(years: str) -> str:
    return tr("{years} years").format(years=years) if years[:1].isdigit() else years


def career(flow: Flow, role: Role, note: str = "", lists: bool = True, reading: bool = True) -> None:
    """The role's path: in words, as a table of levels, then its certifications and reading (``lists``;
    ``reading`` alone drops the reading list)."""
    heading(flow, tr("Career path: {role}").format(role=role.title))
    if note:
        flow.paragraph(note, BODY, color="muted", space_before=0.0)
    # The words lead into the table: they move to the next page with it rather than stay behind alone.
    flow.paragraph(role.career, BODY, space_before=2.0 if note else 0.0, keep_with_next=True)
    rows: list[list[Cell]] = [
        [
            f"{n}. {step.level}",
            years_text(step.years),
            step.scope,
            LINE_BREAK.join(step.certifications) or "–",
        ]
        for n, step in enumerate(role.ladder, start=1)
    ]
    columns = [
        Column(tr("Level"), 2.2),
        Column(tr("Experience")),
        Column(tr("What you own"), 3.3),
        Column(tr("Certifications"), 1.9),
    ]
    table(flow, columns, rows, size=SMALL, space_before=6.0, bold_column=0)
    if lists and role.certifications:
        flow.paragraph(tr("Certifications"), SUBHEADING, bold=True, space_before=9.0, keep_with_next=True)
        bullets(flow, [f"{c.name} ({c.body}): {c.note}" for c in role.certifications], SMALL + 0.5, "):")
    if lists and reading and role.learning:
        flow.paragraph(tr("To read"), SUBHEADING, bold=True, space_before=9.0, keep_with_next=True)
        bullets(flow, list(role.learning), SMALL + 0.5)


def steps(flow: Flow, bank: Bank, result: Result) -> None:
    plan = next_steps(bank, result)
    if not plan:
        return
    heading(flow, tr("Next steps"))
    for number, step in enumerate(plan):
        title = f"{step.scale.title}: {step.reason}"
        flow.paragraph(
            title,
            BODY,
            bold_prefix=len(step.scale.title) + 1,
            space_before=0.0 if number == 0 else 6.0,
            keep_with_next=True,
        )
        bullets(flow, list(step.actions), SMALL + 0.5)


def neighbours(flow: Flow, bank: Bank, result: Result) -> None:
    roles = adjacent_roles(bank, result)
    if not roles:
        return
    heading(flow, tr("Neighbouring roles worth a look"))
    bullets(flow, [f"{a.title}: {a.distinction}" for a in roles], bold_upto=":")


def quality(flow: Flow, bank: Bank, result: Result) -> None:
    heading(flow, tr("About your answers"))
    if not result.flags:
        flow.paragraph(
            tr("Nothing unusual stood out in how you answered, so no caution is needed on that score."), BODY
        )
        return
    bullets(flow, [bank.flag_text(flag) for flag in result.flags])


def competence_note(flow: Flow) -> None:
    flow.boxed(
        tr(
            "This measures your preferences and how you see yourself, not your competence. "
            "Use it to explore a career, never to screen candidates."
        ),
        BODY,
        space_before=SECTION_GAP,
    )


# --------------------------------------------------------------------------------- the whole thing


def first_page(flow: Flow, bank: Bank, result: Result, name: str | None, when: dt.date) -> None:
    title_block(flow, bank, result, name, when)
    verdict_block(flow, bank, result)


def details(flow: Flow, bank: Bank, result: Result, charts: ResultPainter, detail: int = 0) -> None:
    """Everything after the summary page. ``detail`` 0 says everything; each step up drops the least
    needed part (the other role's lists, reading lists, the other role's path) to stay within 4 pages.

    When the fits are too close to call, both career paths are shown: the higher fit's in full where a
    path belongs, the other one's after the next steps, where it can use the room the last page has."""
    enough = result.verdict.label != "not_enough_answers"
    if enough:
        flow.page_break()
        page_start = len(flow.pieces)
        responsibilities(flow, bank, result)
        quadrant_map(flow, charts, page_start)
        why(flow, bank, result)
        lead = leading_role(bank, result)
        other = other_role(bank, lead)
        reading = detail < 2
        both = result.verdict.lean is None and detail < 3
        if result.verdict.lean is None:
            note = (
                tr(
                    "Your two fits are too close to call, so here are both paths: this one (the higher fit) "
                    "first, the {other} path after the next steps."
                ).format(other=other.title)
                if both
                else tr("Your two fits are too close to call; this is the path of the higher fit.")
            )
            career(flow, lead, note, reading=reading)
        else:
            career(flow, lead, reading=reading)
        steps(flow, bank, result)
        if both:
            career(flow, other, lists=detail < 1, reading=reading)
        neighbours(flow, bank, result)
    quality(flow, bank, result)
    competence_note(flow)


DETAIL_LEVELS = 4
