"""The errors a person can cause with a file, kept light so that catching them loads nothing heavy."""

from __future__ import annotations

from collections.abc import Sequence

from pmfit.core.problems import Problem

__all__ = ["BankError", "KeyingError", "SheetError"]


class SheetError(Problem, ValueError):
    """An answer sheet that cannot be used; the message is one line, fit to show a person, and a
    :class:`~pmfit.core.problems.Phrase` the command line and the app say in the person's language."""


class BankError(Exception):
    """A bank that cannot be used. ``problems`` holds one line per problem, each naming where it is."""

    def __init__(self, path: str, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = tuple(problems)
        super().__init__(f"{path}: " + "; ".join(self.problems))

    def report(self) -> str:
        lines = [f"{self.path}: {len(self.problems)} problem(s)"]
        lines += [f"  {self.path}: {problem}" for problem in self.problems]
        return "\n".join(lines)


class KeyingError(ValueError):
    """A keying study's sheet or key that cannot be used (``pmfit bank keying``); one line, naming the
    file and, where there is one, the line."""
