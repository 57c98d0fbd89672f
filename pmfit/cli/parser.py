"""The command line's argument parser: one line for every usage mistake, like every other error."""

from __future__ import annotations

import argparse
from typing import NoReturn

from pmfit import __version__
from pmfit.cli.errors import UsageError
from pmfit.core.languages import languages


class OneLineParser(argparse.ArgumentParser):
    """argparse prints the whole usage on a mistake; pmfit keeps to one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=languages(),
        help="the language of the words and of the bundled question bank (default: your locale's)",
    )


ANALYZE_HELP = """\
The pilot report of many answer sheets (the README's "Piloting a bank" has the details and the JSON).

Each sheet counts once: the same sheet given twice (or a copy) is left out with a warning. Sheets of this
bank's version feed the item analysis (alpha, item-total r, option shares; no flags under 30 sheets) and
the two languages compared (each likert interest item's mean answer, Ukrainian minus English, matched on
its responsibility's total: Mantel-Haenszel, ETS classes A/B/C; nothing under 30 sheets a language).
Sheets of an earlier version are scored with that version's bank and count for the known groups only; a
sheet of a version pmfit does not have is refused (exit 2). Known groups: respondents whose current_role
is product_manager or project_manager; AUC of the product-minus-project gap, hit rate, Cohen's d per
scale, Youden cutoff; all null under 20 sheets a group."""

KEYING_EXPORT_HELP = """\
Writes SHEET.tsv, the blind sheet a rater fills in, and SHEET.key.tsv, its key. Both are tab-separated
UTF-8 text that a spreadsheet opens and saves. Lines starting with # are comments; one of them says
which bank (id, version, language), seed and statements the file belongs to, with a checksum.

The sheet lists every statement of the bank: each self-description, and each option of each choice item
together with its question (check items are left out), shuffled by the seed, without ids, keys or tags.
Columns: number, question (empty for a self-description), statement, rating (empty: the rater writes
P = Product Manager, J = Project Manager, B = both or N = neither). A fifth column is free for notes.

The key (never for raters) has per statement number: item (id), option (index from 0, as in answer
sheets; empty for a self-description), key (P, J, B or N: the role of the scales the bank weighs it on,
B when both roles', N when none), scales (comma-separated), question and statement.

Without --seed a random seed is chosen and printed; the same bank and seed give the same sheet."""

KEYING_REPORT_HELP = """\
Reads raters' filled sheets (one file per rater, every statement rated P, J, B or N) and joins each to
the key of the bank and seed it names: --bank, or the bundled bank of the sheet's language in the
sheet's version. A sheet of another bank version or seed, a missing or unknown rating: one line, exit 2.

Per statement and per responsibility: agreement (share of raters giving the bank's key), Lawshe's
content validity ratio CVR = (n_e - N/2) / (N/2) with n_e the raters giving the key, and Fleiss' kappa
among the raters over P, J, B and N. The bar: every statement keyed to a role is given that key by at
least 80% of the raters, and none is called "both" or "neither" by a majority (more than half)."""


HISTORY_EXPORT_HELP = """\
pmfit history export ID -o SHEET.json writes one attempt's answer sheet as it is (to move it to another
computer: pmfit import reads it).

pmfit history export --all -o FOLDER writes every finished attempt, one sheet each, for a cohort to pool
and pmfit bank analyze to read (the README's "Running a pilot"). FOLDER is made when missing. A sheet holds
the answers, the seconds per question, and what the person said in "About you" (respondent), when they
did; no name, and its start and finish only to the day (UTC), never the time. Files are named
pmfit-<finished day>-<attempt id>-<digest>.json: they sort by day, and the digest of the content keeps
files from different computers apart. A file already there with the same content is left as it is (run it
again after new attempts: only those are added); one with other content is never replaced: each such file
is one line on stderr, exit 2, and nothing is written. Written all at once, or not at all."""

MAX_SEED = 2**63 - 1


def seed_argument(text: str) -> int:
    """``--seed``: a whole number from 0 (argparse makes the error a one-line usage error)."""
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_SEED:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 0 to {MAX_SEED}")
    return int(text)


def add_keying(bank_commands: argparse._SubParsersAction[OneLineParser]) -> None:
    """``pmfit bank keying export`` and ``report``: the blind keying study."""
    keying = bank_commands.add_parser(
        "keying", help="the blind keying study: a sheet for raters, and the report of their ratings"
    )
    actions = keying.add_subparsers(dest="keying_command", metavar="ACTION", parser_class=OneLineParser)
    export = actions.add_parser(
        "export",
        help="write a blind sheet of every statement for raters, and its key",
        description=KEYING_EXPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    export.add_argument("--seed", metavar="N", type=seed_argument, help="the order's seed (default: random)")
    export.add_argument("-o", "--output", metavar="SHEET.tsv", required=True, help="the sheet to write")
    add_language(export)
    report = actions.add_parser(
        "report",
        help="report how raters keyed the statements: agreement, CVR, Fleiss' kappa, the bar",
        description=KEYING_REPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("ratings", metavar="RATINGS.tsv", nargs="+", help="raters' filled sheets")
    report.add_argument("--bank", metavar="PATH", help="question bank (default: the sheets' own)")
    report.add_argument("--json", action="store_true", help="print JSON for tools")
    add_language(report)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="pmfit",
        description="Product Manager or Project Manager? With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"pmfit {__version__}")
    parser.add_argument(
        "--bank",
        dest="app_bank",
        metavar="PATH",
        help="open the app with this question bank",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    score_cmd = commands.add_parser("score", help="score an answer sheet (JSON) and explain the result")
    score_cmd.add_argument("sheet", metavar="SHEET.json")
    score_cmd.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    score_cmd.add_argument("--json", action="store_true", help="print JSON for tools")
    add_language(score_cmd)

    export_cmd = commands.add_parser("export", help="write the PDF summary of an answer sheet")
    export_cmd.add_argument("sheet", metavar="SHEET.json")
    export_cmd.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    export_cmd.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    export_cmd.add_argument("--name", metavar="NAME", help="your name, printed on the summary")
    add_language(export_cmd)

    bank_cmd = commands.add_parser("bank", help="check or show a question bank")
    bank_commands = bank_cmd.add_subparsers(dest="bank_command", metavar="ACTION", parser_class=OneLineParser)
    check = bank_commands.add_parser("check", help="validate a bank and list every problem")
    check.add_argument("path", metavar="PATH", nargs="?", help="bank file (default: the bundled one)")
    check.add_argument("--strict", action="store_true", help="treat lint warnings as errors (exit 2)")
    add_language(check)
    show = bank_commands.add_parser("show", help="print a bank")
    show.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    show.add_argument("--json", action="store_true", help="print JSON for tools")
    add_language(show)
    analyze = bank_commands.add_parser(
        "analyze",
        help="pilot a bank on many answer sheets: item analysis, known groups, the two languages",
        description=ANALYZE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument("sheets", metavar="SHEET.json", nargs="+", help="answer sheets of this bank")
    analyze.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    analyze.add_argument("--json", action="store_true", help="print JSON for tools")
    add_language(analyze)
    add_keying(bank_commands)
    history = commands.add_parser("history", help="list finished attempts, or export one as an answer sheet")
    history.add_argument("--json", action="store_true", help="print JSON for tools")
    add_language(history)
    history_commands = history.add_subparsers(
        dest="history_command", metavar="ACTION", parser_class=OneLineParser
    )
    export_sheet = history_commands.add_parser(
        "export",
        help="write an attempt's answer sheet, or every finished attempt's for a pilot (--all)",
        description=HISTORY_EXPORT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export_sheet.add_argument("attempt", metavar="ID", nargs="?", help="the attempt (see 'pmfit history')")
    export_sheet.add_argument(
        "--all", action="store_true", help="every finished attempt, one sheet each, into the folder -o names"
    )
    export_sheet.add_argument(
        "-o",
        "--output",
        metavar="SHEET.json|FOLDER",
        required=True,
        help="the sheet, or with --all the folder",
    )

    import_cmd = commands.add_parser("import", help="add a finished answer sheet to the history")
    import_cmd.add_argument("sheet", metavar="SHEET.json")
    import_cmd.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")

    desktop = commands.add_parser("desktop", help="put pmfit into your application menu, or take it out")
    desktop_commands = desktop.add_subparsers(
        dest="desktop_command", metavar="ACTION", parser_class=OneLineParser
    )
    for action, text in (("install", "add the menu entry, icons and metainfo"), ("uninstall", "remove them")):
        desktop_action = desktop_commands.add_parser(action, help=text)
        desktop_action.add_argument(
            "--dry-run", action="store_true", help="print what would be done, change nothing"
        )
        if action == "install":
            desktop_action.add_argument(
                "--force",
                action="store_true",
                help="also replace files at pmfit's names that pmfit did not write or that changed since",
            )
    return parser
