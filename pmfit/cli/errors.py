"""The command line's failures a person causes: each ends a command with one line on stderr and exit 2.

One module for every command, so that the commands never import each other to share an error
(``pmfit.cli.commands`` turns these, and the core's BankError, SheetError and StoreError, into that line).
"""

from __future__ import annotations

from collections.abc import Sequence


class UsageError(Exception):
    """The command line itself is wrong: an unknown option, a missing action, a value out of its choices."""


class CommandError(Exception):
    """A command could not do what was asked (no such attempt, an unfinished sheet, a file it cannot
    write); the message is one line, fit to show a person."""


class CommandProblems(CommandError):
    """Several things stop a command, each one line of its own (say, every file an export would have to
    replace); the command did nothing."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(problems[0])
        self.problems = list(problems)


class LintFailed(UsageError):
    """``bank check --strict`` found lints: the findings are on stdout, this one line goes to stderr."""
