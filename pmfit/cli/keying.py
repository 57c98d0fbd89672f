"""``pmfit bank keying export`` and ``report``: the blind keying study of a bank.

``export`` writes the sheet raters fill in (every statement, shuffled by a seed, without ids, keys or
tags) and, beside it, the key that joins each statement number to its item, option and the bank's key.
``report`` reads raters' filled sheets and says how far they key the statements as the bank does: per
statement, per responsibility and overall, against the bar. The formats are in
:mod:`pmfit.core.keying_files`; the statistics in :mod:`pmfit.core.keying`.
"""

from __future__ import annotations

import argparse
import os
import secrets
from typing import TYPE_CHECKING, Any, TextIO

from pmfit.cli.errors import UsageError
from pmfit.cli.terminal import dump_json, escape
from pmfit.cli.text import table
from pmfit.cli.words import decimal, translate

if TYPE_CHECKING:
    from pmfit.core.bank import Bank
    from pmfit.core.keying import KeyingReport, StatementResult, Study
    from pmfit.core.keying_files import Identity

EXIT_OK = 0


def run_keying(args: argparse.Namespace, out: TextIO) -> int:
    if args.keying_command == "export":
        return export_sheet(args, out)
    if args.keying_command == "report":
        return report(args, out)
    raise UsageError(
        translate("Cli", "bank keying needs an action: export or report (see 'pmfit bank keying --help')")
    )


# ------------------------------------------------------------------------------------------- export


def _instructions() -> list[str]:
    return [
        translate("Cli", "pmfit blind keying sheet: whose everyday work is this?"),
        "",
        translate("Cli", "For each statement, write one letter in the rating column:"),
        translate("Cli", "  P = Product Manager, J = Project Manager, B = both, N = neither"),
        translate("Cli", "A statement with a question is one answer to that question: rate that answer."),
        translate("Cli", "A statement may say someone would rather leave a task to others: rate the task."),
        translate(
            "Cli", "Rate on your own, from what you know of the two jobs; there is nothing to look up."
        ),
        translate(
            "Cli", "Change nothing else and keep the lines that start with #; notes may go in a fifth column."
        ),
        translate("Cli", "Save it as tab-separated text (UTF-8) and send this file back."),
        "",
    ]


def _headings() -> list[str]:
    return [
        translate("Cli", "number"),
        translate("Cli", "question"),
        translate("Cli", "statement"),
        translate("Cli", "rating"),
    ]


def export_sheet(args: argparse.Namespace, out: TextIO) -> int:
    """Write the blind sheet to ``args.output`` and its key beside it; the key first, so that a sheet on
    disk always has its key."""
    from pmfit.core.bank import load_bank
    from pmfit.core.keying import study
    from pmfit.core.keying_files import key_path_for, key_text, sheet_text
    from pmfit.system.atomic import WriteError, write_atomically

    bank = load_bank(args.bank, language=args.language)
    seed = args.seed if args.seed is not None else secrets.randbelow(1_000_000)
    sheet = study(bank, seed)
    output = args.output
    key_path = key_path_for(output)
    if os.path.abspath(key_path) == os.path.abspath(output) or output.lower().endswith(".key.tsv"):
        raise UsageError(
            translate(
                "Cli", "{path}: a name ending in .key.tsv is kept for the key; name the sheet SHEET.tsv"
            ).format(path=escape(output))
        )
    key_comments = [
        translate("Cli", "The key to the blind keying sheet {name}: never show it to a rater.").format(
            name=os.path.basename(output)
        ),
        translate(
            "Cli",
            "option counts from 0; key: P = Product Manager, J = Project Manager, B = both, N = neither",
        ),
    ]
    key_existed = os.path.lexists(key_path)
    try:
        write_atomically(
            key_path,
            key_text(sheet, key_comments).encode("utf-8"),
            what=translate("Files", "the keying key"),
        )
        try:
            write_atomically(
                output,
                sheet_text(sheet, _instructions(), _headings()).encode("utf-8"),
                what=translate("Files", "the keying sheet"),
            )
        except WriteError:
            if not key_existed:
                os.unlink(key_path)
            raise
    except WriteError as error:
        raise UsageError(str(error)) from None
    statements = len(sheet.order)
    print(
        translate(
            "Cli",
            "Wrote the blind sheet {sheet} (%n statement(s), seed {seed}) and its key {key}.",
            "",
            statements,
        ).format(sheet=escape(output), seed=seed, key=escape(key_path)),
        file=out,
    )
    print(translate("Cli", "Give raters only the sheet; keep the key for the report."), file=out)
    return EXIT_OK


# ------------------------------------------------------------------------------------------- report


class _Banks:
    """The bank each sheet was made from: ``--bank``, or the bundled bank of the sheet's language in the
    sheet's version (an earlier version from the archive). Loaded once each."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.loaded: dict[tuple[str, str], Bank] = {}

    def bank_for(self, identity: Identity) -> Bank:
        from pmfit.core.bank import earlier_version, load_bank
        from pmfit.core.languages import languages

        wanted = (identity.language, identity.bank_version)
        bank = self.loaded.get(wanted)
        if bank is None:
            if self.path is not None:
                bank = load_bank(self.path)
            else:
                # Only a language pmfit has: the sheet's own word never becomes a path. Another one is
                # then reported as a sheet in a language this bank is not in.
                spoken = languages()
                language = identity.language if identity.language in spoken else spoken[0]
                bank = load_bank(language=language)
                if identity.bank_id == bank.id:
                    bank = earlier_version(bank, identity.bank_version) or bank
            self.loaded[wanted] = bank
        return bank

    def study_for(self, identity: Identity) -> Study:
        from pmfit.core.keying import study

        return study(self.bank_for(identity), identity.seed)


def report(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.core.keying_files import rating_sheets, read_ratings, report_of

    sheets = [read_ratings(path) for path in rating_sheets(args.ratings)]
    if not sheets:
        raise UsageError(
            translate("Cli", "no raters' sheets (*.tsv) in {paths}").format(paths=", ".join(args.ratings))
        )
    banks = _Banks(args.bank)
    bank = banks.bank_for(sheets[0].identity)  # its words and scale titles head the report
    result = report_of(sheets, banks.study_for, [scale.id for scale in bank.scales])
    if args.json:
        dump_json(report_json(result), out)
    else:
        print_report(bank, result, out)
    return EXIT_OK


def _figure(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def report_json(result: KeyingReport) -> dict[str, Any]:
    """The public JSON shape of ``pmfit bank keying report --json`` (documented in the README)."""
    return {
        "bank": {"id": result.bank_id, "version": result.bank_version},
        "bar": {"agreement": float(result.bar.agreement), "majority": float(result.bar.majority)},
        "raters": [{"file": rater.name, "agreement": _figure(rater.agreement)} for rater in result.raters],
        "overall": {
            "statements": len(result.statements),
            "agreement": _figure(result.agreement),
            "cvr": _figure(result.cvr),
            "kappa": _figure(result.kappa),
            "majority_keyed": result.majority_keyed,
            "below_bar": len(result.below_bar),
            "meets_bar": result.meets_bar,
        },
        "scales": {
            scale.scale_id: {
                "statements": scale.statements,
                "agreement": _figure(scale.agreement),
                "cvr": _figure(scale.cvr),
                "below_bar": scale.below_bar,
            }
            for scale in result.scales
        },
        "statements": [
            {
                "item": r.statement.item_id,
                "option": r.statement.option,
                "key": r.statement.key,
                "scales": list(r.statement.scales),
                "question": r.statement.question,
                "text": r.statement.text,
                "ratings": dict(r.counts),
                "agreement": _figure(r.agreement),
                "cvr": _figure(r.cvr),
                "below_bar": r.below_bar,
                "shortfalls": list(r.shortfalls),
            }
            for r in result.statements
        ],
    }


def _percent(value: float) -> str:
    """A share as a whole percentage, with one decimal where rounding would say 0 or 100 when it is not."""
    whole = round(100 * value)
    if whole in (0, 100) and 0 < value < 1:
        return decimal(100 * value, 1)
    return f"{whole}"


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    text = decimal(value, 2)
    return text.replace("-0,00", "0,00").replace("-0.00", "0.00")


def _statement_name(result: StatementResult) -> str:
    statement = result.statement
    if statement.option is None:
        return statement.item_id
    return translate("Cli", "{item} option {option}").format(item=statement.item_id, option=statement.option)


def _shortfall_words(result: StatementResult, bar_percent: str) -> str:
    words = {
        "agreement": translate("Cli", "fewer than {percent}% give the key").format(percent=bar_percent),
        "both": translate("Cli", "a majority says both"),
        "neither": translate("Cli", "a majority says neither"),
    }
    return "; ".join(words[reason] for reason in result.shortfalls)


def print_report(bank: Bank, result: KeyingReport, out: TextIO) -> None:
    """The readable report: the overall figures and the bar, the raters, the responsibilities, and every
    statement below the bar with its ratings and words."""
    statements, raters = len(result.statements), len(result.raters)
    print(
        translate("Cli", "Blind keying of bank {id} {version}: %n rater(s)", "", raters).format(
            id=result.bank_id, version=result.bank_version
        )
        + ", "
        + translate("Cli", "%n statement(s)", "", statements),
        file=out,
    )
    print(
        translate(
            "Cli",
            "{agreement}% of the ratings give the bank's key; mean CVR {cvr}; Fleiss' kappa {kappa}",
        ).format(agreement=_percent(result.agreement), cvr=_number(result.cvr), kappa=_number(result.kappa)),
        file=out,
    )
    print(
        translate(
            "Cli",
            "A majority of the raters gives the bank's key to {count} of %n statement(s).",
            "",
            statements,
        ).format(count=result.majority_keyed),
        file=out,
    )
    bar_percent = _percent(float(result.bar.agreement))
    print(
        translate(
            "Cli",
            "The bar: every statement keyed to a role gets that key from at least {percent}% of the raters, "
            "and none is called both or neither by a majority.",
        ).format(percent=bar_percent),
        file=out,
    )
    below = result.below_bar
    if below:
        count = len(below)
        print(translate("Cli", "Not met: %n statement(s) below the bar.", "", count), file=out)
    else:
        print(translate("Cli", "Met by every statement."), file=out)

    print("\n" + translate("Cli", "Raters (share of the statements keyed as the bank keys them):"), file=out)
    table([(escape(rater.name), f"{_percent(rater.agreement)}%") for rater in result.raters], out)

    print("\n" + translate("Cli", "Responsibilities:"), file=out)
    rows: list[tuple[str, ...]] = [
        (
            translate("Cli", "responsibility"),
            translate("Cli", "statements"),
            translate("Cli", "agreement"),
            "CVR",
            translate("Cli", "below the bar"),
        )
    ]
    for scale in result.scales:
        title = (
            bank.scale_by_id[scale.scale_id].title if scale.scale_id in bank.scale_by_id else scale.scale_id
        )
        rows.append(
            (
                f"{title} ({scale.scale_id})",
                str(scale.statements),
                "–" if scale.agreement is None else f"{_percent(scale.agreement)}%",
                _number(scale.cvr),
                str(scale.below_bar),
            )
        )
    table(rows, out)

    if below:
        print("\n" + translate("Cli", "Below the bar:"), file=out)
        for r in below:
            counts = ", ".join(f"{letter} {r.counts[letter]}" for letter in r.counts)
            print(
                "  "
                + translate(
                    "Cli", "{statement} (key {key}): {counts}; agreement {agreement}%, CVR {cvr}: {why}"
                ).format(
                    statement=_statement_name(r),
                    key=r.statement.key,
                    counts=counts,
                    agreement=_percent(r.agreement),
                    cvr=_number(r.cvr),
                    why=_shortfall_words(r, bar_percent),
                ),
                file=out,
            )
            if r.statement.question:
                print(f"    {escape(r.statement.question)}", file=out)
                print(f"    → {escape(r.statement.text)}", file=out)
            else:
                print(f"    {escape(r.statement.text)}", file=out)
