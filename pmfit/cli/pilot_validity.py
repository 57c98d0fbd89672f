"""The parts of ``pmfit bank analyze`` that ask whether pmfit measures what it should, as JSON and as text:
the known groups (does it tell real Product Managers from real Project Managers?) and the two languages
compared (do the English and Ukrainian items work alike?), with the notes on what the figures rest on
(sheets counted once, sheets of earlier versions, too few sheets)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, TextIO

from pmfit.cli.terminal import escape
from pmfit.cli.text import table
from pmfit.cli.words import decimal, translate

if TYPE_CHECKING:
    from pmfit.core.bank import Bank
    from pmfit.core.dif import LanguageDif
    from pmfit.core.known_groups import KnownGroups
    from pmfit.core.pilot import Pilot


def _figure(value: float | None, places: int = 4) -> float | None:
    return None if value is None else round(value, places)


def known_groups_json(groups: KnownGroups) -> dict[str, Any]:
    """The ``known_groups`` object of ``pmfit bank analyze --json``, exactly in the contract's shape."""
    return {
        "n": dict(groups.n),
        "auc": _figure(groups.auc),
        "hit_rate": _figure(groups.hit_rate),
        "scales": {scale_id: {"d": _figure(d)} for scale_id, d in groups.d.items()},
        "cutoff": _figure(groups.cutoff),
    }


def language_json(comparison: LanguageDif) -> dict[str, Any]:
    return {
        "reference": comparison.reference,
        "focal": comparison.focal,
        "n": dict(comparison.n),
        "items": None
        if comparison.items is None
        else {
            item.item_id: {
                "scale": item.scale_id,
                "n": dict(item.n),
                "difference": _figure(item.difference),
                "effect": _figure(item.effect),
                "chi2": _figure(item.chi2),
                "p": _figure(item.p, 6),
                "class": item.dif_class,
            }
            for item in comparison.items
        },
        "flagged": [item.item_id for item in comparison.flagged],
    }


def validity_json(pilot: Pilot) -> dict[str, Any]:
    """What ``analyze --json`` adds to the item analysis (documented in the README)."""
    return {
        "duplicates": [{"file": d.name, "same_as": d.same_as} for d in pilot.duplicates],
        "earlier_versions": dict(pilot.earlier),
        "minimum": {
            "sheets": pilot.report.min_sheets,
            "group": pilot.known_groups.minimum,
            "language": pilot.languages[0].minimum if pilot.languages else None,
        },
        "known_groups": known_groups_json(pilot.known_groups),
        "languages": [language_json(comparison) for comparison in pilot.languages],
    }


def duplicate_warnings(pilot: Pilot) -> list[str]:
    return [
        translate("Cli", "warning: {file} is the same answer sheet as {first}; it is counted once").format(
            file=escape(d.name), first=escape(d.same_as)
        )
        for d in pilot.duplicates
    ]


def notes(pilot: Pilot) -> list[str]:
    """Lines under the report's heading: what was left out or added, and whether there are enough sheets."""
    lines = []
    if pilot.duplicates:
        duplicates = len(pilot.duplicates)
        lines.append(
            translate("Cli", "%n file(s) repeating a sheet already given, counted once.", "", duplicates)
        )
    for version, count in pilot.earlier.items():
        lines.append(
            translate(
                "Cli",
                "%n sheet(s) of earlier version {version}: scored with that version, "
                "for the known groups only.",
                "",
                count,
            ).format(version=version)
        )
    report = pilot.report
    sheets = report.sheets
    if not report.enough:
        lines.append(
            translate(
                "Cli",
                "With %n sheet(s), alpha, item-total r and option shares are not meaningful yet, "
                "so nothing is flagged: at least {minimum} are needed.",
                "",
                sheets,
            ).format(minimum=report.min_sheets)
        )
    return lines


def _indented_table(rows: list[tuple[str, ...]], out: TextIO) -> None:
    """A table under an indented line: two spaces further in than :func:`table` puts it."""
    buffer = io.StringIO()
    table(rows, buffer)
    for line in buffer.getvalue().splitlines():
        print(f"  {line}", file=out)


def _number(value: float | None, places: int = 2) -> str:
    if value is None:
        return "–"
    text = decimal(value, places)
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text


def print_known_groups(bank: Bank, groups: KnownGroups, out: TextIO) -> None:
    product, project = (groups.n[group] for group in ("product_manager", "project_manager"))
    print(
        "\n"
        + translate(
            "Cli",
            "Known groups (people who said what they do now): "
            "Product Managers {product}, Project Managers {project}",
        ).format(product=product, project=project),
        file=out,
    )
    if not groups.enough:
        needed = groups.needed()
        print(
            "  "
            + translate(
                "Cli",
                "Too few to say anything yet: at least {minimum} from each group are needed "
                "({product} more from Product Managers, {project} more from Project Managers).",
            ).format(
                minimum=groups.minimum,
                product=needed["product_manager"],
                project=needed["project_manager"],
            ),
            file=out,
        )
        return
    auc = groups.auc or 0.0
    print(
        "  "
        + translate(
            "Cli",
            "AUC {auc}: in {percent}% of pairs the Product Manager's gap is larger "
            "than the Project Manager's.",
        ).format(auc=_number(groups.auc), percent=round(100 * auc)),
        file=out,
    )
    print(
        "  "
        + translate(
            "Cli",
            "Hit rate {percent}%: results leaning clearly or slightly toward the person's current role.",
        ).format(percent=round(100 * (groups.hit_rate or 0.0))),
        file=out,
    )
    if groups.cutoff is None:
        print("  " + translate("Cli", "No gap separates the groups better than chance."), file=out)
    else:
        print(
            "  "
            + translate(
                "Cli", "Best cutoff (Youden's J): a gap of {gap} points; above it, Product Manager."
            ).format(gap=_number(groups.cutoff, 1)),
            file=out,
        )
    print(
        "  " + translate("Cli", "Cohen's d per responsibility, Product Managers minus Project Managers:"),
        file=out,
    )
    rows = [
        (
            f"{bank.scale_by_id[scale_id].title} ({scale_id})" if scale_id in bank.scale_by_id else scale_id,
            _number(d),
        )
        for scale_id, d in groups.d.items()
    ]
    table(rows, out)


def print_languages(comparison: LanguageDif, out: TextIO) -> None:
    reference, focal = comparison.reference, comparison.focal
    print(
        "\n"
        + translate(
            "Cli",
            "Languages compared, {focal} against {reference}: "
            "sheets in {focal} {focal_n}, in {reference} {reference_n}",
        ).format(
            focal=focal, reference=reference, focal_n=comparison.n[focal], reference_n=comparison.n[reference]
        ),
        file=out,
    )
    if comparison.items is None:
        needed = comparison.needed()
        print(
            "  "
            + translate(
                "Cli",
                "Too few to say anything yet: at least {minimum} sheets in each language are needed "
                "({focal_more} more in {focal}, {reference_more} more in {reference}).",
            ).format(
                minimum=comparison.minimum,
                focal=focal,
                reference=reference,
                focal_more=needed[focal],
                reference_more=needed[reference],
            ),
            file=out,
        )
        return
    print(
        "  "
        + translate(
            "Cli",
            "Each item's mean answer in {focal} minus {reference}, among people with the same total on its "
            "responsibility (Mantel-Haenszel; class A negligible, B moderate, C large):",
        ).format(focal=focal, reference=reference),
        file=out,
    )
    rows: list[tuple[str, ...]] = [
        (
            translate("Cli", "item"),
            translate("Cli", "difference"),
            translate("Cli", "effect"),
            "p",
            translate("Cli", "class"),
        )
    ]
    for item in comparison.items:
        rows.append(
            (
                item.item_id,
                _number(item.difference),
                _number(item.effect),
                _number(item.p, 3),
                item.dif_class or "–",
            )
        )
    table(rows, out)
    flagged = comparison.flagged
    if flagged:
        print(
            "  "
            + translate("Cli", "Behave differently in the two languages (class B or C): {items}").format(
                items=", ".join(item.item_id for item in flagged)
            ),
            file=out,
        )
    else:
        print("  " + translate("Cli", "No item behaves differently in the two languages."), file=out)


def print_validity(bank: Bank, pilot: Pilot, out: TextIO) -> None:
    print_known_groups(bank, pilot.known_groups, out)
    for comparison in pilot.languages:
        print_languages(comparison, out)
