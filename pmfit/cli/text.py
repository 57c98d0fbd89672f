"""Plain text for the terminal: aligned tables (every cell shown escaped, see pmfit.cli.terminal)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TextIO

from pmfit.cli.terminal import escape


def table(rows: Sequence[Sequence[str]], out: TextIO, right: Collection[int] | None = None) -> None:
    """Rows as columns two spaces apart, indented by two. Columns in ``right`` are right-aligned, the others
    left-aligned; by default the first column is left-aligned and the rest right-aligned (numbers)."""
    cells = [[escape(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    for row in cells:
        parts = [
            cell.rjust(width) if (i in right if right is not None else i > 0) else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  " + "  ".join(parts).rstrip(), file=out)
