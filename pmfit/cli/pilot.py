"""The pilot report of ``pmfit bank analyze``, as JSON for tools or as plain aligned text for people."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from pmfit.cli.terminal import escape
from pmfit.cli.text import table
from pmfit.cli.words import translate

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


def _said_flag(flag: Flag) -> str:
    """:func:`flag_line` in the person's language (the JSON keeps the English line, for tools)."""
    percent = f"{flag.value:.0%}"
    under_or_over = f"{flag.limit:.0%}"
    if flag.kind == "low_alpha":
        return translate("Cli", "scale '{scale}': alpha {value} is below {limit}").format(
            scale=flag.subject, value=_number(flag.value), limit=_number(flag.limit)
        )
    if flag.kind == "low_item_total":
        return translate(
            "Cli", "item '{item}': item-total r {value} on scale '{scale}' is below {limit}"
        ).format(item=flag.subject, value=_number(flag.value), scale=flag.scale, limit=_number(flag.limit))
    if flag.kind == "rare_option":
        return translate(
            "Cli",
            "item '{item}': option {option} is picked by {share} of the sheets that answered it, "
            "under {limit}",
        ).format(item=flag.subject, option=flag.option, share=percent, limit=under_or_over)
    if flag.kind == "common_option":
        return translate(
            "Cli",
            "item '{item}': option {option} is picked by {share} of the sheets that answered it, "
            "over {limit}",
        ).format(item=flag.subject, option=flag.option, share=percent, limit=under_or_over)
    return translate("Cli", "item '{item}': skipped by {share} of the sheets, over {limit}").format(
        item=flag.subject, share=percent, limit=under_or_over
    )


def print_analysis(bank: Bank, report: PilotReport, out: TextIO, notes: Sequence[str] = ()) -> None:
    """The readable pilot report: the heading and ``notes``, a table per scale, then the choices' option
    shares, then the flags."""
    sheets = report.sheets
    print(
        translate("Cli", "Pilot of bank '{bank}' version {version}: %n answer sheet(s)", "", sheets).format(
            bank=report.bank_id, version=report.bank_version
        ),
        file=out,
    )
    for note in notes:
        print(f"  {note}", file=out)
    any_reverse = False
    for scale in report.scales:
        title = escape(bank.scale_by_id[scale.scale_id].title)
        complete = scale.n
        print(
            "\n"
            + translate(
                "Cli", "{title} ({scale}): alpha {alpha} on %n complete sheet(s)", "", complete
            ).format(title=title, scale=scale.scale_id, alpha=_number(scale.alpha)),
            file=out,
        )
        rows: list[tuple[str, ...]] = [
            (
                translate("Cli", "item"),
                translate("Cli", "mean"),
                translate("Cli", "sd"),
                translate("Cli", "skipped"),
                translate("Cli", "item-total"),
            )
        ]
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
            print("  " + translate("Cli", "(no likert interest items)"), file=out)
    if any_reverse:
        print(
            "\n"
            + translate(
                "Cli",
                "(r) reverse-keyed: scored as 6 - answer, so that a higher number means more of the scale.",
            ),
            file=out,
        )
    if report.options:
        width = max(choice.option_count for choice in report.options)
        print(
            "\n"
            + translate("Cli", "Choices: the share of the sheets that answered each one picking each option"),
            file=out,
        )
        option = translate("Cli", "option {number}")
        lines: list[tuple[str, ...]] = [
            (
                translate("Cli", "item"),
                translate("Cli", "answered"),
                *(option.format(number=n) for n in range(width)),
            )
        ]
        for choice in report.options:
            shares = (
                [f"{share:.0%}" for share in choice.shares] if choice.shares else ["–"] * choice.option_count
            )
            name = (
                translate("Cli", "{item} (tie-breaker)").format(item=choice.item_id)
                if choice.tiebreaker
                else choice.item_id
            )
            lines.append((name, str(choice.answered), *shares, *([""] * (width - len(shares)))))
        table(lines, out)
    if report.flags:
        flags = len(report.flags)
        print("\n" + translate("Cli", "Flags (%n):", "", flags), file=out)
        for flag in report.flags:
            print(f"  - {_said_flag(flag)}", file=out)
    elif report.enough:
        print("\n" + translate("Cli", "No flags: every figure is within its limit."), file=out)
