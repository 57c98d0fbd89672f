"""What the PDF says, section by section: the result's content (:mod:`pmfit.render.content`, the same
words as the result screen and ``pmfit score``) laid out on pages.

Page 1 is the summary a person can hand to someone: the verdict and how sure it is, both role fits, the
profile of the 12 responsibilities and the best matches. The pages after it hold the detail: every
responsibility in a table, the interest x experience map, why the result came out this way, the career path,
next steps, notes on how the answers were given, and what the test does not measure.

For the tagged PDF each part says what it is: the bank's title is the one H1, sections are H2 (and the lists
inside a career path H3), bulleted lines are lists, tables are tables, and each chart is a Figure whose
alternate text is the chart in words, the same words the result screen gives a screen reader
(:mod:`pmfit.render.describe`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from pmfit.render import ResultPainter, describe
from pmfit.render.content import CareerPath, ResultContent
from pmfit.render.words import long_date, translate
from pmfit.report.flow import Flow, stacked_height
from pmfit.report.table import Cell, Column, role_marker, table
from pmfit.report.tagging import Element, Replacement, marked

# Type sizes in points.
TITLE, HEADLINE, HEADING, SUBHEADING, BODY, SMALL = 19.0, 12.0, 12.5, 10.0, 9.5, 8.5
SECTION_GAP = 15.0  # points above a section heading
BULLET = "•"
BULLET_INDENT = 12.0
MATCHES_SHOWN = 3
LINE_BREAK = "\u2028"  # a forced line break inside a table cell (one certification per line)


def heading(flow: Flow, text: str) -> None:
    """A section heading (H2) over a hairline; it always goes to the page of what follows it."""
    flow.paragraph(text, HEADING, bold=True, space_before=SECTION_GAP, keep_with_next=True, tag=Element("H2"))
    flow.rule(space_before=2.0, color="grid", below=4.0, keep_with_next=True)


def bullets(
    flow: Flow, lines: list[str], size: float = BODY, bold_upto: str = "", together: bool = False
) -> None:
    """One bulleted paragraph per line, as one list; with ``bold_upto``, the text up to and including its
    first occurrence is bold (a title before a colon, say). ``together`` keeps the list on one page."""
    items = Element("L")
    for number, line in enumerate(lines):
        cut = line.find(bold_upto) if bold_upto else -1
        prefix = cut + len(bold_upto) if cut > 0 else 0
        keep = together and number < len(lines) - 1
        item = items.child("LI")
        flow.paragraph(
            line,
            size,
            indent=BULLET_INDENT,
            bullet=BULLET,
            bold_prefix=prefix,
            space_before=2.0,
            keep_with_next=keep,
            label=item.child("Lbl"),
            tag=item.child("LBody"),
        )


def chart(
    flow: Flow,
    height: float,
    paint: Callable[[QPainter, QRectF], None],
    space_before: float,
    description: str,
) -> None:
    """A chart of the column's width and ``height`` (device units); ``space_before`` in points.

    In the tagged PDF the chart is a Figure with ``description`` as its alternate text. For text extraction
    (pdftotext, copy and paste, search) the chart reads as ``description`` too: the words replace a blank
    drawn at the chart's top left corner (where an extractor then places them), and the chart's own labels,
    scattered over it, are replaced by nothing, so they do not come out as a jumble."""
    width = flow.width
    figure = Element("Figure", alt=description)
    words, labels = Replacement(description), Replacement("")
    font, baseline = flow.ts.font(BODY), BODY * flow.ts.pt

    def paint_figure(painter: QPainter, left: float, top: float) -> None:
        with marked(painter, figure):
            with marked(painter, words):
                painter.save()
                painter.setFont(font)
                painter.drawText(QPointF(left, top + baseline), " ")
                painter.restore()
            with marked(painter, labels):
                paint(painter, QRectF(left, top, width, height))

    flow.block(height, paint_figure, space_before)


# ------------------------------------------------------------------------------------------- page 1


def title_block(
    flow: Flow, c: ResultContent, bank_title: str, answered: tuple[int, int], name: str | None, when: dt.date
) -> None:
    flow.paragraph(translate("PdfReport", "pmfit result summary").upper(), SMALL, bold=True, color="muted")
    flow.paragraph(bank_title, TITLE, bold=True, space_before=2.0, leading=1.15, tag=Element("H1"))
    if name:
        # A name is printed as typed, but a name of a paragraph's length is cut after three lines.
        flow.paragraph(
            translate("PdfReport", "For {name}").format(name=name),
            SUBHEADING + 2,
            space_before=3.0,
            max_lines=3,
        )
    date = long_date(when.year, when.month, when.day)
    if c.form is not None:
        meta = translate(
            "PdfReport", "{date} · {form} · you answered {answered} of {asked} questions"
        ).format(date=date, form=c.form.label, answered=answered[0], asked=answered[1])
    else:
        meta = translate("PdfReport", "{date} · you answered {answered} of {asked} questions").format(
            date=date, answered=answered[0], asked=answered[1]
        )
    flow.paragraph(meta, BODY, color="muted", space_before=3.0)
    flow.rule(space_before=6.0, color="text", weight=0.8)


def verdict_block(flow: Flow, c: ResultContent) -> None:
    flow.paragraph(c.headline, HEADLINE, bold=True, space_before=10.0, leading=1.25)
    if c.profile:
        flow.paragraph(c.profile, BODY, space_before=4.0)
    if c.form is not None:
        flow.paragraph(c.form.note, SMALL, space_before=4.0)
    if c.note:
        flow.paragraph(c.note, SMALL, color="muted", space_before=4.0)


def summary(flow: Flow, c: ResultContent, charts: ResultPainter, squeeze: float = 1.0) -> None:
    """The charts and best matches of page 1 (after the title and the verdict). With ``squeeze`` below 1
    the two charts get that share of the height they want (their fonts shrink to match), so that the
    summary stays on one page after a long name or on the shorter Letter page."""
    device = flow.ts.device
    fits_words, profile_words = describe.fits_text(c), describe.profile_text(c)
    chart(flow, squeeze * charts.fits_height(flow.width, device), charts.paint_fits, 10.0, fits_words)
    heading(flow, c.titles.profile)
    flow.paragraph(c.titles.profile_caption, SMALL, color="muted", keep_with_next=True)
    chart(flow, squeeze * charts.profile_height(flow.width, device), charts.paint_profile, 4.0, profile_words)
    heading(flow, c.titles.matches)
    matches = Element("L")
    for match in c.matches[:MATCHES_SHOWN]:
        item = matches.child("LI")
        flow.paragraph(
            f"{match.heading}: {match.description}",
            SMALL + 0.5,
            indent=BULLET_INDENT,
            bullet=BULLET,
            bold_prefix=len(match.heading),
            space_before=2.0,
            label=item.child("Lbl"),
            tag=item.child("LBody"),
        )


# ------------------------------------------------------------------------------------ the details


def responsibilities(flow: Flow, c: ResultContent) -> None:
    heading(flow, c.titles.table)
    flow.paragraph(c.titles.table_caption, SMALL, color="muted", keep_with_next=True)
    rows: list[list[Cell]] = [
        [
            role_marker(flow.style, row.role_id, str(row.number), 12.0, flow.ts.pt),
            row.title,
            row.role_title,
            row.interest,
            row.band,
            row.experience,
            row.quadrant,
        ]
        for row in c.responsibilities
    ]
    right = Qt.AlignmentFlag.AlignRight
    names = c.titles.table_columns
    columns = [
        Column("", joins_next=True),
        Column(names[0], 3.0),
        Column(names[1], 2.0),
        Column(names[2], align=right),
        Column(names[3]),
        Column(names[4], align=right),
        Column(names[5]),
    ]
    table(flow, columns, rows, size=SMALL + 0.5, space_before=4.0, bold_column=1)


def quadrant_map(flow: Flow, c: ResultContent, charts: ResultPainter, page_start: int) -> None:
    """The map and what its quadrants mean, kept on the page the table starts (``page_start`` is the
    table's first piece): on a short page the map gives up to a quarter of its height to stay there."""
    heading(flow, c.titles.quadrants)
    key = Flow(flow.ts, flow.width)
    lines = [f"{title}: {meaning}" for title, meaning in c.quadrant_key]
    bullets(key, lines, SMALL + 0.5, bold_upto=":", together=True)
    natural = charts.quadrants_height(flow.width, flow.ts.device)
    gap = 2.0
    room = flow.page_height - stacked_height(flow.pieces[page_start:]) - stacked_height(key.pieces)
    room -= (gap + 2.0 + 2.0) * flow.ts.pt  # the gaps above the chart and the key, and a point each to spare
    height = room if 0.75 * natural <= room < natural else natural
    chart(flow, height, charts.paint_quadrants, gap, describe.quadrants_text(c))
    flow.pieces.extend(key.pieces)


def why(flow: Flow, c: ResultContent) -> None:
    heading(flow, c.titles.why)
    if c.drivers:
        flow.paragraph(c.titles.drivers, BODY, keep_with_next=True)
        bullets(flow, list(c.drivers))
    flow.paragraph(c.flip_summary, BODY, space_before=6.0, keep_with_next=bool(c.flip))
    bullets(flow, list(c.flip))


def career(
    flow: Flow,
    c: ResultContent,
    path: CareerPath,
    note: str = "",
    lists: bool = True,
    reading: bool = True,
    dated: bool = True,
) -> None:
    """The role's path: in words, as a table of levels, then its certifications and reading (``lists``;
    ``reading`` alone drops the reading list); ``dated`` adds the line saying how current the facts are
    (once in the PDF, under the first path)."""
    heading(flow, path.heading)
    if note:
        flow.paragraph(note, BODY, color="muted", space_before=0.0)
    # The words lead into the table: they move to the next page with it rather than stay behind alone.
    flow.paragraph(path.career, BODY, space_before=2.0 if note else 0.0, keep_with_next=True)
    rows: list[list[Cell]] = [
        [step.level, step.years, step.scope, LINE_BREAK.join(step.certifications) or "–"]
        for step in path.ladder
    ]
    names = c.titles.ladder_columns
    columns = [Column(names[0], 2.2), Column(names[1]), Column(names[2], 3.3), Column(names[3], 1.9)]
    table(flow, columns, rows, size=SMALL, space_before=6.0, bold_column=0)
    if lists and path.certifications:
        flow.paragraph(
            c.titles.certifications,
            SUBHEADING,
            bold=True,
            space_before=9.0,
            keep_with_next=True,
            tag=Element("H3"),
        )
        bullets(flow, list(path.certifications), SMALL + 0.5, "):")
    if lists and reading and path.reading:
        flow.paragraph(
            c.titles.reading, SUBHEADING, bold=True, space_before=9.0, keep_with_next=True, tag=Element("H3")
        )
        bullets(flow, list(path.reading), SMALL + 0.5)
    if dated and c.facts_as_of:
        flow.paragraph(c.facts_as_of, SMALL, color="muted", space_before=4.0)


def steps(flow: Flow, c: ResultContent) -> None:
    if not c.steps:
        return
    heading(flow, c.titles.steps)
    for number, step in enumerate(c.steps):
        flow.paragraph(
            f"{step.title}: {step.reason}",
            BODY,
            bold_prefix=len(step.title) + 1,
            space_before=0.0 if number == 0 else 6.0,
            keep_with_next=True,
        )
        bullets(flow, list(step.actions), SMALL + 0.5)


def neighbours(flow: Flow, c: ResultContent) -> None:
    if not c.neighbours:
        return
    heading(flow, c.titles.neighbours)
    bullets(flow, [f"{title}: {text}" for title, text in c.neighbours], bold_upto=":")


def quality(flow: Flow, c: ResultContent) -> None:
    heading(flow, c.titles.quality)
    bullets(flow, list(c.quality))


def competence_note(flow: Flow, c: ResultContent) -> None:
    flow.boxed(c.competence, BODY, space_before=SECTION_GAP)


# --------------------------------------------------------------------------------- the whole thing


def details(flow: Flow, c: ResultContent, charts: ResultPainter, detail: int = 0) -> None:
    """Everything after the summary page. ``detail`` 0 says everything; each step up drops the least
    needed part (the other role's lists, reading lists, the other role's path) to stay within 4 pages.

    When the fits are too close to call, both career paths are shown: the higher fit's in full where a
    path belongs, the other one's after the next steps, where it can use the room the last page has."""
    if c.enough:
        flow.page_break()
        page_start = len(flow.pieces)
        responsibilities(flow, c)
        quadrant_map(flow, c, charts, page_start)
        why(flow, c)
        lead, other = c.careers
        reading = detail < 2
        both = c.both_paths and detail < 3
        note = ""
        if c.both_paths:
            note = (
                translate(
                    "PdfReport",
                    "Your two fits are too close to call, so here are both paths: this one (the higher fit) "
                    "first, the {other} path after the next steps.",
                ).format(other=other.role_title)
                if both
                else translate(
                    "PdfReport", "Your two fits are too close to call; this is the path of the higher fit."
                )
            )
        career(flow, c, lead, note, reading=reading)
        steps(flow, c)
        if both:
            career(flow, c, other, lists=detail < 1, reading=reading, dated=False)
        neighbours(flow, c)
    quality(flow, c)
    competence_note(flow, c)


DETAIL_LEVELS = 4
