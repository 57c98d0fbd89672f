"""The command line's argument parser: one line for every usage mistake, like every other error, and every
word of it (the help, argparse's own frame and messages) in the language of the command's ``--lang``."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from pmfit import __version__
from pmfit.cli.errors import UsageError
from pmfit.cli.words import translate
from pmfit.core.languages import languages


def _argparse_words(text: str) -> str:
    """argparse's own words (its frame and its messages) in pmfit's language: the ones a person meets."""
    words = {
        "usage: ": translate("Argparse", "usage: "),
        "positional arguments": translate("Argparse", "positional arguments"),
        "options": translate("Argparse", "options"),
        "argument %(argument_name)s: %(message)s": translate(
            "Argparse", "argument %(argument_name)s: %(message)s"
        ),
        "unrecognized arguments: %s": translate("Argparse", "unrecognized arguments: %s"),
        "the following arguments are required: %s": translate(
            "Argparse", "the following arguments are required: %s"
        ),
        "expected one argument": translate("Argparse", "expected one argument"),
        "expected at least one argument": translate("Argparse", "expected at least one argument"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "Argparse", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "invalid %(type)s value: %(value)r": translate("Argparse", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "Argparse", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "ignored explicit argument %r": translate("Argparse", "ignored explicit argument %r"),
    }
    return words.get(text, text)


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """While building and using a parser: argparse says its words in pmfit's language. (argparse asks
    gettext for them through its module's ``_``; pmfit's words are Qt's catalogue.)"""
    module: Any = argparse  # its "_" is not part of its typed interface
    saved = module._
    module._ = _argparse_words
    try:
        yield
    finally:
        module._ = saved


class OneLineParser(argparse.ArgumentParser):
    """argparse prints the whole usage on a mistake; pmfit keeps to one line, like every other error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help=translate("Cli", "show this help and exit"))

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            translate("Cli", "{problem} (see '{command} --help')").format(problem=message, command=self.prog)
        )


def add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=languages(),
        help=translate(
            "Cli", "the language of the words and of the bundled question bank (default: your locale's)"
        ),
    )


def _analyze_help() -> str:
    return translate(
        "Cli",
        'The pilot report of many answer sheets (the README\'s "Piloting a bank" has the details and\n'
        "the JSON).\n"
        "\n"
        "Each sheet counts once: the same sheet given twice (or a copy) is left out with a warning.\n"
        "Sheets of this bank's version feed the item analysis (alpha, item-total r, option shares; no\n"
        "flags under 30 sheets) and the two languages compared (each likert interest item's mean\n"
        "answer, Ukrainian minus English, matched on its responsibility's total: Mantel-Haenszel, ETS\n"
        "classes A/B/C; nothing under 30 sheets a language). Sheets of an earlier version are scored\n"
        "with that version's bank and count for the known groups only; a sheet of a version pmfit\n"
        "does not have is refused (exit 2). Known groups: respondents whose current_role is\n"
        "product_manager or project_manager; AUC of the product-minus-project gap, hit rate, Cohen's\n"
        "d per scale, Youden cutoff; all null under 20 sheets a group.",
    )


def _keying_export_help() -> str:
    return translate(
        "Cli",
        "Writes SHEET.tsv, the blind sheet a rater fills in, and SHEET.key.tsv, its key. Both are\n"
        "tab-separated UTF-8 text that a spreadsheet opens and saves. Lines starting with # are\n"
        "comments; one of them says which bank (id, version, language), seed and statements the file\n"
        "belongs to, with a checksum.\n"
        "\n"
        "The sheet lists every statement of the bank: each self-description, and each option of each\n"
        "choice item together with its question (check items are left out), shuffled by the seed,\n"
        "without ids, keys or tags. Columns: number, question (empty for a self-description),\n"
        "statement, rating (empty: the rater writes P = Product Manager, J = Project Manager, B =\n"
        "both or N = neither). A fifth column is free for notes.\n"
        "\n"
        "The key (never for raters) has per statement number: item (id), option (index from 0, as in\n"
        "answer sheets; empty for a self-description), key (P, J, B or N: the role of the scales the\n"
        "bank weighs it on, B when both roles', N when none), scales (comma-separated), question and\n"
        "statement.\n"
        "\n"
        "Without --seed a random seed is chosen and printed; the same bank and seed give the same\n"
        "sheet.",
    )


def _keying_report_help() -> str:
    return translate(
        "Cli",
        "Reads raters' filled sheets (one file per rater, every statement rated P, J, B or N) and\n"
        "joins each to the key of the bank and seed it names: --bank, or the bundled bank of the\n"
        "sheet's language in the sheet's version. A sheet of another bank version or seed, a missing\n"
        "or unknown rating: one line, exit 2.\n"
        "\n"
        "Per statement and per responsibility: agreement (share of raters giving the bank's key),\n"
        "Lawshe's content validity ratio CVR = (n_e - N/2) / (N/2) with n_e the raters giving the\n"
        "key, and Fleiss' kappa among the raters over P, J, B and N. The bar: every statement keyed\n"
        'to a role is given that key by at least 80% of the raters, and none is called "both" or\n'
        '"neither" by a majority (more than half).',
    )


def _history_export_help() -> str:
    return translate(
        "Cli",
        "pmfit history export ID -o SHEET.json writes one attempt's answer sheet as it is (to move it\n"
        "to another computer: pmfit import reads it).\n"
        "\n"
        "pmfit history export --all -o FOLDER writes every finished attempt, one sheet each, for a\n"
        'cohort to pool and pmfit bank analyze to read (the README\'s "Running a pilot"). FOLDER is\n'
        "made when missing. A sheet holds the answers, the seconds per question, and what the person\n"
        'said in "About you" (respondent), when they did; no name, and its start and finish only to\n'
        "the day (UTC), never the time. Files are named pmfit-<finished day>-<attempt\n"
        "id>-<digest>.json: they sort by day, and the digest of the content keeps files from\n"
        "different computers apart. A file already there with the same content is left as it is (run\n"
        "it again after new attempts: only those are added); one with other content is never\n"
        "replaced: each such file is one line on stderr, exit 2, and nothing is written. Written all\n"
        "at once, or not at all.",
    )


MAX_SEED = 2**63 - 1


def seed_argument(text: str) -> int:
    """``--seed``: a whole number from 0 (argparse makes the error a one-line usage error)."""
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or int(text) > MAX_SEED:
        from pmfit.core.problems import shown

        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a whole number from 0 to {most}").format(
                value=shown(text), most=MAX_SEED
            )
        )
    return int(text)


def _bank_option(parser: argparse.ArgumentParser, help_text: str | None = None) -> None:
    parser.add_argument(
        "--bank",
        metavar=translate("Cli", "PATH"),
        help=help_text or translate("Cli", "question bank (default: the bundled one)"),
    )


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for tools"))


def add_keying(bank_commands: argparse._SubParsersAction[OneLineParser]) -> None:
    """``pmfit bank keying export`` and ``report``: the blind keying study."""
    keying = bank_commands.add_parser(
        "keying",
        help=translate("Cli", "the blind keying study: a sheet for raters, and the report of their ratings"),
    )
    actions = keying.add_subparsers(
        dest="keying_command", metavar=translate("Cli", "ACTION"), parser_class=OneLineParser
    )
    export = actions.add_parser(
        "export",
        help=translate("Cli", "write a blind sheet of every statement for raters, and its key"),
        description=_keying_export_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _bank_option(export)
    export.add_argument(
        "--seed", metavar="N", type=seed_argument, help=translate("Cli", "the order's seed (default: random)")
    )
    export.add_argument(
        "-o", "--output", metavar="SHEET.tsv", required=True, help=translate("Cli", "the sheet to write")
    )
    add_language(export)
    report = actions.add_parser(
        "report",
        help=translate(
            "Cli", "report how raters keyed the statements: agreement, CVR, Fleiss' kappa, the bar"
        ),
        description=_keying_report_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument(
        "ratings",
        metavar=translate("Cli", "RATINGS.tsv|FOLDER"),
        nargs="+",
        help=translate("Cli", "raters' filled sheets, or a study's folder (its *.tsv but the keys)"),
    )
    _bank_option(report, translate("Cli", "question bank (default: the sheets' own)"))
    _json_option(report)
    add_language(report)


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command, in the language installed (call inside :func:`argparse_in_language`)."""
    parser = OneLineParser(
        prog="pmfit",
        description=translate(
            "Cli", "Product Manager or Project Manager? With no command, opens the desktop app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pmfit {__version__}",
        help=translate("Cli", "show pmfit's version and exit"),
    )
    parser.add_argument(
        "--bank",
        dest="app_bank",
        metavar=translate("Cli", "PATH"),
        help=translate("Cli", "open the app with this question bank"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=translate("Cli", "COMMAND"), parser_class=OneLineParser
    )

    score_cmd = commands.add_parser(
        "score", help=translate("Cli", "score an answer sheet (JSON) and explain the result")
    )
    score_cmd.add_argument("sheet", metavar="SHEET.json")
    _bank_option(score_cmd)
    _json_option(score_cmd)
    add_language(score_cmd)

    export_cmd = commands.add_parser(
        "export", help=translate("Cli", "write the PDF summary of an answer sheet")
    )
    export_cmd.add_argument("sheet", metavar="SHEET.json")
    export_cmd.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    _bank_option(export_cmd)
    export_cmd.add_argument(
        "--name", metavar=translate("Cli", "NAME"), help=translate("Cli", "your name, printed on the summary")
    )
    add_language(export_cmd)

    bank_cmd = commands.add_parser("bank", help=translate("Cli", "check, show or pilot a question bank"))
    bank_commands = bank_cmd.add_subparsers(
        dest="bank_command", metavar=translate("Cli", "ACTION"), parser_class=OneLineParser
    )
    check = bank_commands.add_parser("check", help=translate("Cli", "validate a bank and list every problem"))
    check.add_argument(
        "path",
        metavar=translate("Cli", "PATH"),
        nargs="?",
        help=translate("Cli", "bank file (default: the bundled one)"),
    )
    check.add_argument(
        "--strict", action="store_true", help=translate("Cli", "treat lint warnings as errors (exit 2)")
    )
    add_language(check)
    show = bank_commands.add_parser("show", help=translate("Cli", "print a bank"))
    _bank_option(show)
    _json_option(show)
    add_language(show)
    analyze = bank_commands.add_parser(
        "analyze",
        help=translate(
            "Cli", "pilot a bank on many answer sheets: item analysis, known groups, the two languages"
        ),
        description=_analyze_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    analyze.add_argument(
        "sheets", metavar="SHEET.json", nargs="+", help=translate("Cli", "answer sheets of this bank")
    )
    _bank_option(analyze)
    _json_option(analyze)
    add_language(analyze)
    add_keying(bank_commands)
    history = commands.add_parser(
        "history", help=translate("Cli", "list finished attempts, or export one as an answer sheet")
    )
    _json_option(history)
    add_language(history)
    history_commands = history.add_subparsers(
        dest="history_command", metavar=translate("Cli", "ACTION"), parser_class=OneLineParser
    )
    export_sheet = history_commands.add_parser(
        "export",
        help=translate(
            "Cli", "write an attempt's answer sheet, or every finished attempt's for a pilot (--all)"
        ),
        description=_history_export_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    export_sheet.add_argument(
        "attempt",
        metavar=translate("Cli", "ID"),
        nargs="?",
        help=translate("Cli", "the attempt (see 'pmfit history')"),
    )
    export_sheet.add_argument(
        "--all",
        action="store_true",
        help=translate("Cli", "every finished attempt, one sheet each, into the folder -o names"),
    )
    export_sheet.add_argument(
        "-o",
        "--output",
        metavar=translate("Cli", "SHEET.json|FOLDER"),
        required=True,
        help=translate("Cli", "the sheet, or with --all the folder"),
    )
    add_language(export_sheet)

    import_cmd = commands.add_parser(
        "import", help=translate("Cli", "add a finished answer sheet to the history")
    )
    import_cmd.add_argument("sheet", metavar="SHEET.json")
    _bank_option(import_cmd)
    add_language(import_cmd)

    desktop = commands.add_parser(
        "desktop", help=translate("Cli", "put pmfit into your application menu, or take it out")
    )
    desktop_commands = desktop.add_subparsers(
        dest="desktop_command", metavar=translate("Cli", "ACTION"), parser_class=OneLineParser
    )
    actions = (
        ("install", translate("Cli", "add the menu entry, icons and metainfo")),
        ("uninstall", translate("Cli", "remove them")),
    )
    for action, text in actions:
        desktop_action = desktop_commands.add_parser(action, help=text)
        desktop_action.add_argument(
            "--dry-run",
            action="store_true",
            help=translate("Cli", "print what would be done, change nothing"),
        )
        if action == "install":
            desktop_action.add_argument(
                "--force",
                action="store_true",
                help=translate(
                    "Cli",
                    "also replace files at pmfit's names that pmfit did not write or that changed since",
                ),
            )
        add_language(desktop_action)
    return parser


def wanted_language(argv: list[str] | tuple[str, ...]) -> str | None:
    """The language ``--lang`` asks for anywhere in ``argv`` (the parser is built in it, so even its help
    is), or None: the locale's. An unknown one is None here; the parser then says what is wrong."""
    for index, word in enumerate(argv):
        value = None
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif word.startswith("--lang="):
            value = word.split("=", 1)[1]
        if value is not None:
            return value if value in languages() else None
    return None
