"""The readable result of ``pmfit score``: the result's content (the same words as the screen and the PDF)
laid out as plain text for a terminal.

Bank text may hold anything, so every line goes through :func:`pmfit.cli.terminal.escape` before it
reaches the terminal: control characters are shown escaped, never sent raw.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TextIO

from pmfit.cli.terminal import escape
from pmfit.cli.text import table
from pmfit.render.content import ResultContent

WIDTH = 100


class TextReport:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def line(self, text: str = "") -> None:
        print(escape(text), file=self.out)

    def paragraph(self, text: str, indent: str = "") -> None:
        for line in textwrap.wrap(escape(text), WIDTH, initial_indent=indent, subsequent_indent=indent):
            print(line, file=self.out)

    def bullets(self, lines: Sequence[str]) -> None:
        for text in lines:
            wrapped = textwrap.wrap(escape(text), WIDTH, initial_indent="  - ", subsequent_indent="    ")
            for line in wrapped:
                print(line, file=self.out)

    def heading(self, text: str) -> None:
        self.line()
        self.line(text)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int]) -> None:
        table([header, *rows], self.out, right)


def print_content(content: ResultContent, out: TextIO) -> None:
    """Verdict, fits, the 12 responsibilities, why, next steps, career path, notes on the answers."""
    report = TextReport(out)
    titles = content.titles
    report.paragraph(content.headline)
    if content.profile:
        report.line()
        report.paragraph(content.profile)
    report.line()
    for fit in content.fits:
        report.line(f"  {fit.line}")
    if content.form is not None:
        report.line()
        report.paragraph(content.form.note)
    if content.note:
        report.line()
        report.paragraph(content.note)
    if content.enough:
        report.heading(titles.table)
        columns = titles.table_columns
        rows = [
            (row.title, row.role_title, row.interest, row.band, row.experience, row.quadrant)
            for row in content.responsibilities
        ]
        report.table(columns, rows, right=frozenset({2, 4}))
        report.heading(titles.why)
        if content.drivers:
            report.line(titles.drivers)
            report.bullets(content.drivers)
        report.paragraph(content.flip_summary)
        report.bullets(content.flip)
        if content.tiebreakers:
            report.line()
            report.paragraph(content.tiebreakers)
        if content.steps:
            report.heading(titles.steps)
            for step in content.steps:
                report.paragraph(f"{step.title}: {step.reason}")
                report.bullets(step.actions)
        path = content.careers[0]
        report.heading(path.heading)
        report.paragraph(path.career)
        for level in path.ladder:
            certifications = f" [{', '.join(level.certifications)}]" if level.certifications else ""
            report.paragraph(f"{level.level} ({level.years}): {level.scope}{certifications}", indent="  ")
        if content.facts_as_of:
            report.paragraph(content.facts_as_of, indent="  ")
        if content.neighbours:
            report.heading(titles.neighbours)
            report.bullets([f"{title}: {text}" for title, text in content.neighbours])
    report.heading(titles.quality)
    report.bullets(content.quality)
    report.line()
    report.paragraph(content.competence)
