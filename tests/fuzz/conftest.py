"""Prints how many examples each fuzz test ran, so the figures in the run log are the real ones."""

from __future__ import annotations

import pytest

from tests.fuzz.common import FUZZ_COUNTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FUZZ_COUNTS:
        return
    terminalreporter.write_sep("-", "fuzz examples")
    for name, count in sorted(FUZZ_COUNTS.items()):
        terminalreporter.write_line(f"{name}: {count}")
