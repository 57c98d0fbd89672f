"""The charts in words, for screen readers (``setAccessibleDescription``) and anyone who cannot see them."""

from __future__ import annotations

from pmfit.core.bank import Bank
from pmfit.core.explain import QUADRANT_MEANINGS, QUADRANT_TITLES, band, fit_text
from pmfit.core.scoring import PRODUCT, PROJECT, QUADRANTS, Result
from pmfit.render.fits import verdict_text
from pmfit.render.i18n import tr
from pmfit.render.quadrants import not_placed_note


def text_equivalent(bank: Bank, result: Result) -> str:
    """Everything the three charts show, as plain text: fits with their ranges, each responsibility's
    interest with its range and band, and where each one falls on the interest x experience map."""
    z = bank.scoring.z
    lines = [tr("Role fit, 0 to 100 (± is the range your answers leave open):")]
    for role_id in (PRODUCT, PROJECT):
        fit = result.role(role_id)
        title = bank.role_by_id[role_id].title
        if fit.fit is None:
            lines.append(tr("- {role}: not answered").format(role=title))
            continue
        lead = tr(" (leads)") if result.verdict.lean == role_id else ""
        lines.append(
            tr("- {role}: {fit} ± {noise}{lead}").format(
                role=title, fit=fit_text(fit.fit), noise=f"{z * fit.se:.0f}", lead=lead
            )
        )
    lines.append(verdict_text(bank, result))

    lines += ["", tr("Interest in each responsibility, 0 to 100:")]
    for role_id in (PRODUCT, PROJECT):
        lines.append(tr("{role}:").format(role=bank.role_by_id[role_id].title))
        for scale in bank.scales_of_role(role_id):
            s = result.scale(scale.id)
            if s.score is None:
                lines.append(tr("- {title}: not answered").format(title=scale.title))
            else:
                lines.append(
                    tr("- {title}: {score} ± {noise}, {band}").format(
                        title=scale.title, score=f"{s.score:.0f}", noise=f"{z * s.se:.0f}", band=band(s.score)
                    )
                )

    cut = f"{bank.scoring.quadrant_cut:.0f}"
    lines += ["", tr("Interest and experience map (each split at {cut}):").format(cut=cut)]
    for quadrant in QUADRANTS:
        placed = [
            tr("{title} (interest {interest}, experience {experience})").format(
                title=bank.scale_by_id[s.id].title,
                interest=f"{s.score or 0:.0f}",
                experience=f"{s.experience or 0:.0f}",
            )
            for s in result.scales
            if s.quadrant == quadrant
        ]
        lines.append(
            tr("- {name}, {meaning}: {scales}").format(
                name=QUADRANT_TITLES[quadrant],
                meaning=QUADRANT_MEANINGS[quadrant],
                scales="; ".join(placed) if placed else tr("none"),
            )
        )
    note = not_placed_note(bank, result)
    if note:
        lines.append(note)
    return "\n".join(lines)
