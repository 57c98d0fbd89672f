"""How the desktop app ends on a signal while its event loop runs.

Ctrl+C in the terminal that started it quits with status 130 (no traceback); SIGTERM and SIGHUP remove the
temporary file of an export being written by the worker thread, then end the process as they would have.

Python runs signal handlers only when the main thread runs Python code, and a Qt event loop waiting for
events runs none, so a handler alone would wait for the next click. ``signal.set_wakeup_fd`` makes the
C-level handler write to a pipe, and a QSocketNotifier on its other end wakes the loop at once (POSIX;
elsewhere the app keeps Python's own handling).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer

EXIT_INTERRUPTED = 130
ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))

Handler = Callable[[int, FrameType | None], Any] | int | None


def _end_cleanly(signum: int, _frame: FrameType | None) -> None:
    """Remove an export's temporary file, then end as ``signum`` would have.

    pmfit.system.atomic is looked up rather than imported: it loads with the first export, and importing it
    here would cost the first paint a few milliseconds for nothing (before it loads, nothing is written).
    """
    remove_unfinished = getattr(sys.modules.get("pmfit.system.atomic"), "remove_unfinished", None)
    if remove_unfinished is not None:
        remove_unfinished()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


@contextlib.contextmanager
def signals_end_the_loop(app: QCoreApplication) -> Iterator[None]:
    """While the block runs (around ``app.exec()``), signals are handled as the module says.

    SIGTERM and SIGHUP are taken over only at their default action, Ctrl+C unless it is ignored, and
    everything is put back afterwards.
    """
    if os.name != "posix":  # the wakeup fd must be a socket there, and there is no SIGTERM or SIGHUP to meet
        yield
        return
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read)

    def drain() -> None:  # being called is the point: the pending Python handlers run before this does
        with contextlib.suppress(OSError):
            while os.read(reader, 64):
                pass

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        QTimer.singleShot(0, lambda: app.exit(EXIT_INTERRUPTED))  # queued: works even before exec() runs

    notifier.activated.connect(drain)
    previous: dict[int, Handler] = {}
    old_wakeup = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
    try:
        if signal.getsignal(signal.SIGINT) not in (signal.SIG_IGN, None):  # ignored: started in background
            previous[signal.SIGINT] = signal.signal(signal.SIGINT, interrupt)
        for number in ENDING_SIGNALS:
            if signal.getsignal(number) == signal.SIG_DFL:
                previous[number] = signal.signal(number, _end_cleanly)
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(old_wakeup)
        notifier.setEnabled(False)  # it has no parent: Python deletes it with the last reference
        os.close(reader)
        os.close(writer)
