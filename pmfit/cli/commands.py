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
from contextlib import redirect_stdout
from typing import TextIO, cast

from pmfit.cli.errors import CommandError, CommandProblems, UsageError
from pmfit.cli.parser import argparse_in_language, build_parser, wanted_language
from pmfit.cli.terminal import EscapingStream, escape
from pmfit.cli.words import translate

EXIT_OK, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 2, 130


def _cmd_history(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pmfit.cli import history as cli_history

    if args.history_command == "export":
        if args.all and args.attempt is not None:
            raise UsageError(
                translate("Cli", "give an attempt ID or --all, not both (see 'pmfit history export --help')")
            )
        if args.all:
            return cli_history.export_all(args.output, out, err)
        if args.attempt is None:
            raise UsageError(
                translate(
                    "Cli",
                    "give an attempt ID, or --all for every finished attempt "
                    "(see 'pmfit history export --help')",
                )
            )
        return cli_history.export_attempt(args.attempt, args.output, out, err)
    return cli_history.list_history(args.json, out, err)


def _launch_app(bank: str | None) -> int:
    from pmfit.ui.app import run_app  # Qt is loaded only for the desktop app

    return run_app([], bank_path=bank)


def _dispatch(args: argparse.Namespace, out: TextIO, err: TextIO, language: str | None) -> int:
    if args.command is None:
        return _launch_app(args.app_bank)
    args.language = language
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
    raise UsageError(translate("Cli", "unknown command (see 'pmfit --help')"))


def _bank_problems(error: Exception, listing: bool) -> list[str]:
    """A broken bank: every problem for ``bank check``; one line with the count for the other commands.

    The problems themselves are the bank author's lints and stay English (README, "Languages")."""
    from pmfit.core.errors import BankError

    assert isinstance(error, BankError)
    if len(error.problems) == 1:
        return [str(error)]
    if listing:
        return error.report().splitlines()
    count = len(error.problems)
    return [
        translate(
            "Cli",
            "{path}: the question bank has %n problem(s), the first: {problem} "
            "(see '{command}' for all of them)",
            "",
            count,
        ).format(
            path=error.path, problem=error.problems[0], command=f"pmfit bank check {shlex.quote(error.path)}"
        )
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
    if isinstance(error, SheetError | StoreError):  # said in the person's language (pmfit.system.problems)
        from pmfit.system.problems import spoken

        return EXIT_BAD_INPUT, [spoken(error)]
    if isinstance(error, KeyingError | UsageError | CommandError):
        return EXIT_BAD_INPUT, [str(error)]
    if isinstance(error, OSError):  # the machine said no (a name too long, a loop of links): not a bug
        from pmfit.core.files import system_reason
        from pmfit.system.problems import spoken

        where = f"{error.filename}: " if error.filename is not None else ""
        return EXIT_BAD_INPUT, [f"{where}{spoken(system_reason(error))}"]
    # A bug of ours: still one line, never a traceback in a user's face.
    from pmfit.core.problems import shown

    return 1, [
        translate("Cli", "unexpected error ({error}); please report it").format(
            error=f"{type(error).__name__}: {shown(str(error), 200)}"
        )
    ]


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


def _speak(argv: Sequence[str]) -> str | None:
    """Install the words of the language the command asks for (``--lang``, else the locale's) before the
    parser is built, so that its help is in that language too; None when nothing is said in words (the
    app's launch, which chooses its own, and ``--version``)."""
    words = list(argv)
    command = next((word for word in words if not word.startswith("-")), None)
    asks_help = "-h" in words or "--help" in words
    if command is None and not asks_help:
        return None
    if command == "export":  # the PDF needs a GUI application, made before anything else (see run_export)
        from pmfit.cli.score import prepare_export

        prepare_export()
    from pmfit.system.i18n import ensure_translations

    return ensure_translations(wanted_language(words))


def run(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    """Run one command line; every failure a person can cause is one line on ``err`` and exit 2."""
    out, err = _safe_streams(out, err)
    args: argparse.Namespace | None = None
    try:
        language = _speak(argv)
        try:
            with argparse_in_language(), redirect_stdout(out):  # --help and --version print to stdout
                args = build_parser().parse_args(argv)
        except SystemExit as done:  # --help or --version: printed, and done
            out.flush()
            return done.code if isinstance(done.code, int) else EXIT_OK
        code = _dispatch(args, out, err, language)
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
