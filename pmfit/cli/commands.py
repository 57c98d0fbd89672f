"""The sub-commands of ``pmfit`` (score, export, bank, history, import): dispatch and error handling.

Every failure a user can cause ends in one line on stderr and exit status 2; nothing prints a traceback.
The Qt app is imported only when it is launched, so the sub-commands start fast and work headless.
The core (and pydantic with it) is imported inside the commands: plain `pmfit` must paint its first
window before any of that loads.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from pmfit.cli.parser import UsageError, build_parser

EXIT_OK, EXIT_BAD_INPUT = 0, 2


def _cmd_history(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.cli import history as cli_history

    if args.history_command == "export":
        return cli_history.export_attempt(args.attempt, args.output, out)
    return cli_history.list_history(args.json, out)


def _launch_app(bank: str | None) -> int:
    from pmfit.ui.app import run_app  # Qt is loaded only for the desktop app

    return run_app([], bank_path=bank)


def run(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    """Run one command line; every failure a person can cause is one line on ``err`` and exit 2."""
    from pmfit.cli.history import CommandError
    from pmfit.core.errors import BankError, SheetError
    from pmfit.core.store import StoreError

    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            return _launch_app(args.app_bank)
        if args.command == "score":
            from pmfit.cli.score import run_score

            return run_score(args, out)
        if args.command == "export":
            from pmfit.cli.score import run_export

            return run_export(args, out)
        if args.command == "bank":
            from pmfit.cli.bank import run_bank

            return run_bank(args, out)
        if args.command == "history":
            return _cmd_history(args, out)
        if args.command == "import":
            from pmfit.cli.history import import_sheet

            return import_sheet(args.sheet, args.bank, out)
        if args.command == "desktop":
            from pmfit.cli.desktop import run_desktop

            return run_desktop(args, out)
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
