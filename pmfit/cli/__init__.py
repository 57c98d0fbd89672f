"""The ``pmfit`` entry point: with no arguments the desktop app, otherwise a sub-command.

Kept tiny on purpose: a launch from the desktop goes straight to the app without loading the argument
parser or the core, so the first window paints as early as it can.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from pmfit.ui.app import run_app

        return run_app([])
    from pmfit.cli.commands import run

    return run(args, out or sys.stdout, err or sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
