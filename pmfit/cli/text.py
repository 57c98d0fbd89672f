"""Plain text for the terminal: aligned tables, and text from a file made safe to print on one line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO


def table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Rows as columns two spaces apart: the first column left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  " + "  ".join(cells).rstrip(), file=out)


def printable(text: str) -> str:
    """``text`` with control characters (a newline, a tab, an escape) shown escaped, so it stays one line."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
