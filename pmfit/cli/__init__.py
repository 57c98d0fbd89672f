"""The ``pmfit`` entry point: with no arguments the desktop app, otherwise a sub-command.

Kept tiny on purpose: a launch from the desktop goes straight to the app without loading the argument
parser or the core, so the first window paints as early as it can.

Ctrl+C: run as the program, pmfit ends at once with status 130 from its first line on (removing the
temporary file of a write in progress). Raising KeyboardInterrupt instead would print a traceback from
wherever it landed, and landing inside PySide's import crashes the interpreter (SIGSEGV). Every write pmfit
makes is one SQLite transaction or one atomic rename, so ending on the spot loses nothing that was saved.
While the app's event loop runs, :mod:`pmfit.system.app_signals` quits it instead, with the same status.
"""

from __future__ import annotations

import os
import signal
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import FrameType
    from typing import TextIO

EXIT_INTERRUPTED = 130


def _end_now(_signum: int, _frame: FrameType | None) -> None:
    remove_unfinished = getattr(sys.modules.get("pmfit.system.atomic"), "remove_unfinished", None)
    if remove_unfinished is not None:  # the module may be loaded only half, or not at all
        remove_unfinished()
    for stream in (sys.stdout, sys.stderr):
        try:  # noqa: SIM105 (contextlib is one more import before the first window)
            stream.flush()
        except Exception:  # interrupted in the middle of a write to the same stream: let it go
            pass
    os._exit(EXIT_INTERRUPTED)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run pmfit. With ``argv`` None this is the program (Ctrl+C ends it at once, see above); tests and
    other callers pass ``argv`` and get 130 back from an interrupted command instead."""
    if argv is None and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _end_now)
    try:
        args = list(sys.argv[1:] if argv is None else argv)
        if not args:
            from pmfit.ui.app import run_app

            return run_app([])
        from pmfit.cli.commands import run

        return run(args, out or sys.stdout, err or sys.stderr)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    raise SystemExit(main())
