"""The sub-commands of ``pmfit`` (score, export, bank, history, import): dispatch and error handling.

Every failure a user can cause ends in one line on stderr and exit status 2; nothing prints a traceback.
Everything printed goes through :mod:`pmfit.cli.terminal`, so control characters from a bank, a sheet or a
file name are shown escaped, never sent raw to the terminal, and a file name that is not UTF-8 is shown
as its bytes instead of failing the print after the work is done.
The Qt app is imported only when it is launched, so the sub-commands start fast and work headless.
The core (and pydantic with it) is imported inside the commands: plain `pmfit` must paint its first
window before any of that loads.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Sequence
from typing import TextIO, cast

from pmfit.cli.errors import CommandError, CommandProblems, UsageError
from pmfit.cli.parser import build_parser
from pmfit.cli.terminal import EscapingStream, escape

EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 2, 130


def _cmd_history(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pmfit.cli import history as cli_history

    if args.history_command == "export":
        if args.all and args.attempt is not None:
            raise UsageError("give an attempt ID or --all, not both (see 'pmfit history export --help')")
        if args.all:
            return cli_history.export_all(args.output, out, err)
        if args.attempt is None:
            raise UsageError(
                "give an attempt ID, or --all for every finished attempt (see 'pmfit history export --help')"
            )
        return cli_history.export_attempt(args.attempt, args.output, out, err)
    return cli_history.list_history(args.json, out, err)


def _launch_app(bank: str | None) -> int:
    from pmfit.ui.app import run_app  # Qt is loaded only for the desktop app

    return run_app([], bank_path=bank)


def _dispatch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command is None:
        return _launch_app(args.app_bank)
    if args.command in {"score", "bank", "history", "import"}:
        from pmfit.cli.words import speak

        args.language = speak(args)
    if args.command == "score":
        from pmfit.cli.score import run_score

        return run_score(args, out)
    if args.command == "export":
        from pmfit.cli.score import run_export

        return run_export(args, out)
    if args.command == "bank":
        from pmfit.cli.bank import run_bank

        return run_bank(args, out, err)
    if args.command == "history":
        return _cmd_history(args, out, err)
    if args.command == "import":
        from pmfit.cli.history import import_sheet

        return import_sheet(args.sheet, args.bank, out, err, args.language)
    if args.command == "desktop":
        from pmfit.cli.desktop import run_desktop

        return run_desktop(args, out)
    raise UsageError("unknown command (see 'pmfit --help')")


def _bank_problems(error: Exception, listing: bool) -> list[str]:
    """A broken bank: every problem for ``bank check``; one line with the count for the other commands."""
    from pmfit.core.errors import BankError

    assert isinstance(error, BankError)
    if len(error.problems) == 1:
        return [str(error)]
    if listing:
        return error.report().splitlines()
    return [
        f"{error.path}: the question bank has {len(error.problems)} problems, the first: {error.problems[0]}"
        f" (see 'pmfit bank check {shlex.quote(error.path)}' for all of them)"
    ]


def _failure(error: Exception, args: argparse.Namespace | None) -> tuple[int, list[str]]:
    """The exit status and the lines on stderr for an error that ended a command."""
    from pmfit.core.errors import BankError, KeyingError, SheetError
    from pmfit.storage.store import StoreError

    if isinstance(error, BankError):
        listing = args is not None and args.command == "bank" and args.bank_command == "check"
        return EXIT_BAD_INPUT, _bank_problems(error, listing)
    if isinstance(error, CommandProblems):  # one line each, every one a message of its own
        return EXIT_BAD_INPUT, [error.problems[0], *(f"pmfit: {problem}" for problem in error.problems[1:])]
    if isinstance(error, SheetError | KeyingError | UsageError | CommandError | StoreError):
        return EXIT_BAD_INPUT, [str(error)]
    if isinstance(error, OSError):  # the machine said no (a name too long, a loop of links): not a bug
        where = f"{error.filename}: " if error.filename is not None else ""
        return EXIT_BAD_INPUT, [f"{where}{error.strerror or type(error).__name__}"]
    # A bug of ours: still one line, never a traceback in a user's face.
    return 1, [f"unexpected error ({type(error).__name__}: {error}); please report it"]


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a real file (a test's StringIO): nothing to flush later
        pass


def _safe_streams(out: TextIO, err: TextIO) -> tuple[TextIO, TextIO]:
    for stream in {id(s): s for s in (out, err) if s in (sys.stdout, sys.stderr)}.values():
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a terminal that is not UTF-8 gets \\u escapes, not an exception
            reconfigure(errors="backslashreplace")
    return cast(TextIO, EscapingStream(out)), cast(TextIO, EscapingStream(err))


def run(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    """Run one command line; every failure a person can cause is one line on ``err`` and exit 2."""
    out, err = _safe_streams(out, err)
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        code = _dispatch(args, out, err)
        out.flush()  # here, where a closed pipe is caught below, not in the interpreter's flush at exit
        return code
    except BrokenPipeError:
        # The reader went away (`pmfit bank show | head -1`): fine. Point stdout at /dev/null so that the
        # interpreter's last flush on exit does not complain about the closed pipe on stderr.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:
        code, lines = _failure(error, args)
    for number, line in enumerate(lines):
        print(f"pmfit: {escape(line)}" if number == 0 else escape(line), file=err)
    return code
