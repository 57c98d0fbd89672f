"""How the desktop app ends on a signal while its event loop runs.

Ctrl+C in the terminal that started it quits with status 130 (no traceback); SIGTERM and SIGHUP remove the
temporary file of an export being written by the worker thread, then end the process as they would have.

Python runs signal handlers only when the main thread runs Python code, and a Qt event loop waiting for
events runs none, so a handler alone would wait for the next click. ``signal.set_wakeup_fd`` makes the
C-level handler write to a socket, and a QSocketNotifier on its other end wakes the loop at once.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer

from pmfit.system.atomic import ENDING_SIGNALS, end_cleanly

EXIT_INTERRUPTED = 130

Handler = Callable[[int, FrameType | None], Any] | int | None


@contextlib.contextmanager
def signals_end_the_loop(app: QCoreApplication) -> Iterator[None]:
    """While the block runs (around ``app.exec()``), signals are handled as the module says.

    SIGTERM and SIGHUP are taken over only at their default action, Ctrl+C unless it is ignored, and
    everything is put back afterwards.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:  # being called is the point: the pending Python handlers run before this does
        with contextlib.suppress(OSError):
            while reader.recv(64):
                pass

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        QTimer.singleShot(0, lambda: app.exit(EXIT_INTERRUPTED))  # queued: works even before exec() runs

    notifier.activated.connect(drain)
    previous: dict[int, Handler] = {}
    old_wakeup = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    try:
        if signal.getsignal(signal.SIGINT) not in (signal.SIG_IGN, None):  # ignored: started in background
            previous[signal.SIGINT] = signal.signal(signal.SIGINT, interrupt)
        for number in ENDING_SIGNALS:
            if signal.getsignal(number) == signal.SIG_DFL:
                previous[number] = signal.signal(number, end_cleanly)
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(old_wakeup)
        notifier.setEnabled(False)  # it has no parent: Python deletes it with the last reference
        reader.close()
        writer.close()
