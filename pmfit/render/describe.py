"""The charts in words, one text per chart, for screen readers and anyone who cannot see them.

Built from the result's content (:mod:`pmfit.render.content`), so the numbers and names are exactly the
ones the tables and the PDF show.
"""

from __future__ import annotations

from pmfit.render.content import ResultContent
from pmfit.render.words import QUADRANT_IDS, quadrant_meaning, quadrant_title, translate


def fits_text(content: ResultContent) -> str:
    lines = [translate("Charts", "Role fit, 0 to 100 (± is the range your answers leave open):")]
    for fit in content.fits:
        lead = translate("Charts", " (leads)") if fit.leads else ""
        lines.append(f"- {fit.line}{lead}")
    lines.append(content.verdict_line)
    return "\n".join(lines)


def profile_text(content: ResultContent) -> str:
    lines = [translate("Charts", "Interest in each responsibility, 0 to 100:")]
    for fit in content.fits:
        lines.append(translate("Charts", "{role}:").format(role=fit.title))
        for row in content.responsibilities:
            if row.role_id != fit.role_id:
                continue
            if row.score == "–":
                lines.append(translate("Charts", "- {title}: not answered").format(title=row.title))
            else:
                lines.append(f"- {row.title}: {row.interest}, {row.band}")
    return "\n".join(lines)


def quadrants_text(content: ResultContent) -> str:
    lines = [translate("Charts", "Interest and experience map:")]
    for quadrant in QUADRANT_IDS:
        placed = [
            translate("Charts", "{title} (interest {interest}, experience {experience})").format(
                title=row.title, interest=row.score, experience=row.experience
            )
            for row in content.responsibilities
            if row.quadrant_id == quadrant
        ]
        lines.append(
            translate("Charts", "- {name}, {meaning}: {scales}").format(
                name=quadrant_title(quadrant),
                meaning=quadrant_meaning(quadrant),
                scales="; ".join(placed) if placed else translate("Charts", "none"),
            )
        )
    if content.not_placed:
        lines.append(content.not_placed)
    return "\n".join(lines)
