"""What carries one job of :mod:`pmfit.ui.jobs` to Qt's thread pool and its outcome back to the UI thread.

Loaded with the first job, not at start: Qt's thread-pool classes cost the first paint 2-3 ms.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal


class Outcome(QObject):
    """Lives on the UI thread; the worker's emits arrive there as queued calls."""

    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs the work on a pool thread and emits exactly one of the outcome's two signals."""

    def __init__(self, work: Callable[[], object], outcome: Outcome) -> None:
        super().__init__()
        self._work = work
        self._outcome = outcome
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            value = self._work()
        except BaseException as error:  # reported to the caller, never lost in the pool
            self._outcome.failed.emit(error)
        else:
            self._outcome.done.emit(value)
