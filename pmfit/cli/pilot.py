"""The pilot report of ``pmfit bank analyze``, as JSON for tools or as plain aligned text for people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from pmfit.cli.terminal import escape
from pmfit.cli.text import table

if TYPE_CHECKING:
    from pmfit.core.analyze import Flag, PilotReport
    from pmfit.core.bank import Bank


def _figure(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def analysis_json(report: PilotReport) -> dict[str, Any]:
    """The public JSON shape of a pilot report (the ``pmfit bank analyze --json`` contract)."""
    return {
        "sheets": report.sheets,
        "scales": {
            scale.scale_id: {
                "alpha": _figure(scale.alpha),
                "n": scale.n,
                "items": {
                    item.item_id: {
                        "item_total": _figure(item.item_total),
                        "mean": _figure(item.mean),
                        "sd": _figure(item.sd),
                        "skipped": _figure(item.skipped),
                    }
                    for item in scale.items
                },
            }
            for scale in report.scales
        },
        "options": {
            choice.item_id: [_figure(share) for share in choice.shares]
            if choice.shares is not None
            else [None] * choice.option_count
            for choice in report.options
        },
        "flags": [flag_line(flag) for flag in report.flags],
    }


def flag_line(flag: Flag) -> str:
    """One line naming the scale or item and what crossed which limit."""
    if flag.kind == "low_alpha":
        return f"scale '{flag.subject}': alpha {_number(flag.value)} is below {_number(flag.limit)}"
    if flag.kind == "low_item_total":
        return (
            f"item '{flag.subject}': item-total r {_number(flag.value)} on scale '{flag.scale}' "
            f"is below {_number(flag.limit)}"
        )
    if flag.kind == "rare_option":
        return (
            f"item '{flag.subject}': option {flag.option} is picked by {flag.value:.0%} of the sheets "
            f"that answered it, under {flag.limit:.0%}"
        )
    if flag.kind == "common_option":
        return (
            f"item '{flag.subject}': option {flag.option} is picked by {flag.value:.0%} of the sheets "
            f"that answered it, over {flag.limit:.0%}"
        )
    return f"item '{flag.subject}': skipped by {flag.value:.0%} of the sheets, over {flag.limit:.0%}"


def _number(value: float | None) -> str:
    """Two decimals; a value that rounds to zero shows as 0.00, never -0.00."""
    if value is None:
        return "–"
    text = f"{value:.2f}"
    return "0.00" if text == "-0.00" else text


def print_analysis(bank: Bank, report: PilotReport, out: TextIO, notes: Sequence[str] = ()) -> None:
    """The readable pilot report: the heading and ``notes``, a table per scale, then the choices' option
    shares, then the flags."""
    print(
        f"Pilot of bank '{report.bank_id}' version {report.bank_version}: {report.sheets} answer sheet(s)",
        file=out,
    )
    for note in notes:
        print(f"  {note}", file=out)
    any_reverse = False
    for scale in report.scales:
        title = escape(bank.scale_by_id[scale.scale_id].title)
        print(
            f"\n{title} ({scale.scale_id}): alpha {_number(scale.alpha)} on {scale.n} complete sheet(s)",
            file=out,
        )
        rows: list[tuple[str, ...]] = [("item", "mean", "sd", "skipped", "item-total")]
        for item in scale.items:
            any_reverse = any_reverse or item.reverse
            rows.append(
                (
                    f"{item.item_id} (r)" if item.reverse else item.item_id,
                    _number(item.mean),
                    _number(item.sd),
                    f"{item.skipped:.0%}",
                    _number(item.item_total),
                )
            )
        if scale.items:
            table(rows, out)
        else:
            print("  (no likert interest items)", file=out)
    if any_reverse:
        print(
            "\n(r) reverse-keyed: scored as 6 - answer, so that a higher number means more of the scale.",
            file=out,
        )
    if report.options:
        width = max(choice.option_count for choice in report.options)
        print("\nChoices: the share of the sheets that answered each one picking each option", file=out)
        lines: list[tuple[str, ...]] = [("item", "answered", *(f"option {n}" for n in range(width)))]
        for choice in report.options:
            shares = (
                [f"{share:.0%}" for share in choice.shares] if choice.shares else ["–"] * choice.option_count
            )
            name = f"{choice.item_id} (tie-breaker)" if choice.tiebreaker else choice.item_id
            lines.append((name, str(choice.answered), *shares, *([""] * (width - len(shares)))))
        table(lines, out)
    if report.flags:
        print(f"\nFlags ({len(report.flags)}):", file=out)
        for flag in report.flags:
            print(f"  - {flag_line(flag)}", file=out)
    elif report.enough:
        print("\nNo flags: every figure is within its limit.", file=out)
