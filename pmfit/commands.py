"""The sub-commands of ``pmfit`` (score, export, bank, history, import) and their argument parsing.

Every failure a user can cause ends in one line on stderr and exit status 2; nothing prints a traceback.
The Qt app is imported only when it is launched, so the sub-commands start fast and work headless.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn, TextIO

from pmfit import __version__

if TYPE_CHECKING:
    from pmfit.core.bank import Bank
    from pmfit.core.scoring import Result

# The core (and pydantic with it) is imported inside the commands: plain `pmfit` must paint its first
# window before any of that loads.

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse prints the whole usage on a mistake; pmfit keeps to one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    score_cmd = commands.add_parser("score", help="score an answer sheet (JSON) and explain the result")
    score_cmd.add_argument("sheet", metavar="SHEET.json")
    score_cmd.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    score_cmd.add_argument("--json", action="store_true", help="print JSON for tools")

    export_cmd = commands.add_parser("export", help="write the PDF summary of an answer sheet")
    export_cmd.add_argument("sheet", metavar="SHEET.json")
    export_cmd.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    export_cmd.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    export_cmd.add_argument("--name", metavar="NAME", help="your name, printed on the summary")

    bank_cmd = commands.add_parser("bank", help="check or show a question bank")
    bank_commands = bank_cmd.add_subparsers(dest="bank_command", metavar="ACTION", parser_class=_Parser)
    check = bank_commands.add_parser("check", help="validate a bank and list every problem")
    check.add_argument("path", metavar="PATH", nargs="?", help="bank file (default: the bundled one)")
    show = bank_commands.add_parser("show", help="print a bank")
    show.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    show.add_argument("--json", action="store_true", help="print JSON for tools")
    history = commands.add_parser("history", help="list finished attempts, or export one as an answer sheet")
    history.add_argument("--json", action="store_true", help="print JSON for tools")
    history_commands = history.add_subparsers(dest="history_command", metavar="ACTION", parser_class=_Parser)
    export_sheet = history_commands.add_parser("export", help="write an attempt's answer sheet")
    export_sheet.add_argument("attempt", metavar="ID")
    export_sheet.add_argument("-o", "--output", metavar="SHEET.json", required=True)

    import_cmd = commands.add_parser("import", help="add a finished answer sheet to the history")
    import_cmd.add_argument("sheet", metavar="SHEET.json")
    import_cmd.add_argument("--bank", metavar="PATH", help="question bank (default: the bundled one)")
    return parser


def _cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit import cli_history

    if args.history_command == "export":
        return cli_history.export_attempt(args.attempt, args.output, out)
    return cli_history.list_history(args.json, out)


def _print_bank_summary(bank: Bank, out: TextIO) -> None:
    tiebreakers = len(bank.tiebreaker_items)
    print(f"{bank.bank.title}: bank {bank.id} {bank.version} ({bank.language})", file=out)
    print(
        f"{len(bank.main_items)} questions asked, {tiebreakers} tie-breakers held back; "
        f"estimated completion {bank.estimated_minutes():.1f} minutes",
        file=out,
    )
    for role in bank.roles:
        titles = ", ".join(s.title for s in bank.scales_of_role(role.id))
        print(f"  {role.title}: {titles}", file=out)


def _cmd_bank(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.core.bank import bank_as_json, load_bank, neighbour_clashes

    if args.bank_command == "check":
        bank = load_bank(args.path)
        print(f"OK: {args.path or 'bundled bank'}", file=out)
        _print_bank_summary(bank, out)
        for before, after, shared in neighbour_clashes(bank):
            print(
                f"  note: items '{before}' and '{after}' follow each other and both measure "
                f"{', '.join(sorted(shared))}",
                file=out,
            )
        return EXIT_OK
    if args.bank_command == "show":
        bank = load_bank(args.bank)
        if args.json:
            json.dump(bank_as_json(bank), out, ensure_ascii=False, indent=2)
            print(file=out)
        else:
            _print_bank_summary(bank, out)
            for number, item in enumerate(bank.main_items, start=1):
                print(f"{number:3}. [{item.kind}] {item.text}", file=out)
        return EXIT_OK
    raise UsageError("bank needs an action: check or show (see 'pmfit bank --help')")


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  " + "  ".join(cells).rstrip(), file=out)


def print_result(bank: Bank, result: Result, out: TextIO) -> None:
    """The readable summary: verdict, both fits, the 12 responsibilities, quality notes, why."""
    from pmfit.core.explain import (
        QUADRANT_TITLES,
        change_text,
        driver_text,
        fit_text,
        flip_summary,
        headline,
        shown_flip,
    )

    print(headline(bank, result), file=out)
    print(file=out)
    _table(
        [("Role", "fit", "± se")]
        + [(bank.role_by_id[r.id].title, fit_text(r.fit), f"{r.se:.1f}") for r in result.roles],
        out,
    )
    print(file=out)
    rows = [("Responsibility", "role", "interest", "± se", "answered", "experience", "quadrant")]
    for s in result.scales:
        scale = bank.scale_by_id[s.id]
        rows.append(
            (
                scale.title,
                "product" if s.role == "product_manager" else "project",
                fit_text(s.score),
                f"{s.se:.1f}",
                str(s.answered),
                fit_text(s.experience),
                QUADRANT_TITLES.get(s.quadrant or "", "–"),
            )
        )
    _table(rows, out)
    if result.flags:
        print("\nAbout your answers:", file=out)
        for flag in result.flags:
            print(f"  - {bank.flag_text(flag)}", file=out)
    if result.drivers:
        print("\nThe answers that weighed most:", file=out)
        for driver in result.drivers:
            print(f"  - {driver_text(bank, driver)}", file=out)
    print(f"\n{flip_summary(bank, result)}", file=out)
    for change in shown_flip(result):
        print(f"  - {change_text(bank, change)}", file=out)
    if result.tiebreakers:
        print(
            f"\n{len(result.tiebreakers)} tie-breaker questions can settle it; the desktop app offers them.",
            file=out,
        )
    print("\nThis measures your preferences and how you see yourself, not your competence.", file=out)


def _cmd_score(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.core.scoring import result_json

    bank, result = _load_scored(args.sheet, args.bank)
    if args.json:
        json.dump(result_json(bank, result), out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        print_result(bank, result, out)
    return EXIT_OK


def _load_scored(sheet_path: str, bank_path: str | None) -> tuple[Bank, Result]:
    from pmfit.core.answers import SheetError, check_against_bank, read_sheet
    from pmfit.core.bank import load_bank
    from pmfit.core.scoring import score

    bank = load_bank(bank_path)
    sheet = read_sheet(sheet_path)
    try:
        check_against_bank(sheet, bank)
    except SheetError as error:
        raise SheetError(f"{sheet_path}: {error}") from None
    return bank, score(bank, sheet)


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    import os

    bank, result = _load_scored(args.sheet, args.bank)
    # Headless by default: the PDF needs Qt's fonts, never a window.
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pmfit.report import ExportError, ensure_gui_app, export_pdf

    ensure_gui_app()
    try:
        written = export_pdf(bank, result, args.output, name=args.name)
    except ExportError as error:
        raise UsageError(str(error)) from None
    print(f"Wrote {written}", file=out)
    return EXIT_OK


def _launch_app(bank: str | None) -> int:
    from pmfit.ui.app import run_app  # Qt is loaded only for the desktop app

    return run_app([], bank_path=bank)


def run(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    """Run one command line; every failure a person can cause is one line on ``err`` and exit 2."""
    from pmfit.cli_history import CommandError
    from pmfit.core.errors import BankError, SheetError
    from pmfit.core.store import StoreError

    try:
        args = _parser().parse_args(argv)
        if args.command is None:
            return _launch_app(args.app_bank)
        if args.command == "score":
            return _cmd_score(args, out)
        if args.command == "export":
            return _cmd_export(args, out)
        if args.command == "bank":
            return _cmd_bank(args, out)
        if args.command == "history":
            return _cmd_history(args, out)
        if args.command == "import":
            from pmfit.cli_history import import_sheet

            return import_sheet(args.sheet, args.bank, out)
        raise UsageError("unknown command (see 'pmfit --help')")
    except BankError as error:
        print(f"pmfit: {error.report()}" if len(error.problems) > 1 else f"pmfit: {error}", file=err)
        return EXIT_BAD_INPUT
    except (SheetError, UsageError, CommandError, StoreError) as error:
        print(f"pmfit: {error}", file=err)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug of ours: still one line, never a traceback in a user's face
        print(f"pmfit: unexpected error ({type(error).__name__}: {error}); please report it", file=err)
        return 1
