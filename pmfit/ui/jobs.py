"""Slow work off the UI thread: run a function on Qt's thread pool, then report back on the UI thread.

One helper for every slow job (today the PDF export), in the spirit of Anki's ``CollectionOp``: the caller
gives the work and what to do when it is done or has failed; exactly one of the two runs afterwards, on the
UI thread, whatever the work raised. The window never freezes and no exception vanishes in a thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Outcome(QObject):
    """Lives on the UI thread; the worker's emits arrive there as queued calls."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], outcome: _Outcome) -> None:
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


class BackgroundJobs(QObject):
    """The :class:`pmfit.ui.view.Jobs` of the desktop app."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[_Outcome] = set()

    @property
    def running(self) -> int:
        return len(self._running)

    def run(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        outcome = _Outcome(self)
        self._running.add(outcome)

        @Slot(object)
        def finished(value: object) -> None:
            self._forget(outcome)
            on_done(value)

        @Slot(object)
        def broke(error: object) -> None:
            self._forget(outcome)
            on_failed(error if isinstance(error, BaseException) else RuntimeError(str(error)))

        outcome.done.connect(finished)
        outcome.failed.connect(broke)
        self._pool.start(_Job(work, outcome))

    def _forget(self, outcome: _Outcome) -> None:
        self._running.discard(outcome)
        outcome.deleteLater()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the pool's work to finish (on quit, so no export is cut off half-written)."""
        return self._pool.waitForDone(msecs)
