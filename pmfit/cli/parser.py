"""The command line's argument parser: one line for every usage mistake, like every other error."""

from __future__ import annotations

import argparse
from typing import NoReturn

from pmfit import __version__
from pmfit.core.languages import LANGUAGES


class UsageError(Exception):
    pass


class OneLineParser(argparse.ArgumentParser):
    """argparse prints the whole usage on a mistake; pmfit keeps to one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the language of the words and of the bundled question bank (default: your locale's)",
    )


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
        "analyze", help="pilot a bank on many answer sheets: alpha, item-total r, option shares, flags"
    )
    analyze.add_argument("sheets", metavar="SHEET.json", nargs="+", help="answer sheets of this bank")
    analyze.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    analyze.add_argument("--json", action="store_true", help="print JSON for tools")
    history = commands.add_parser("history", help="list finished attempts, or export one as an answer sheet")
    history.add_argument("--json", action="store_true", help="print JSON for tools")
    add_language(history)
    history_commands = history.add_subparsers(
        dest="history_command", metavar="ACTION", parser_class=OneLineParser
    )
    export_sheet = history_commands.add_parser("export", help="write an attempt's answer sheet")
    export_sheet.add_argument("attempt", metavar="ID")
    export_sheet.add_argument("-o", "--output", metavar="SHEET.json", required=True)

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
    return parser
