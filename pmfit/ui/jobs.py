"""Slow work off the UI thread: run a function on Qt's thread pool, then report back on the UI thread.

One helper for every slow job (today the PDF export), in the spirit of Anki's ``CollectionOp``: the caller
gives the work and what to do when it is done or has failed; exactly one of the two runs afterwards, on the
UI thread, whatever the work raised. The window never freezes and no exception vanishes in a thread.

The pool and what carries a job (:mod:`pmfit.ui.worker`) load with the first job: the app makes its
BackgroundJobs before its first paint, and Qt's thread-pool classes would cost that paint 2-3 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool


class BackgroundJobs(QObject):
    """The :class:`pmfit.ui.view.Jobs` of the desktop app."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool
        self._running: set[QObject] = set()

    @property
    def running(self) -> int:
        return len(self._running)

    def _the_pool(self) -> QThreadPool:
        if self._pool is None:
            from PySide6.QtCore import QThreadPool

            self._pool = QThreadPool.globalInstance()
        return self._pool

    def run(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        from PySide6.QtCore import Slot

        from pmfit.ui.worker import Job, Outcome

        outcome = Outcome(self)
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
        self._the_pool().start(Job(work, outcome))

    def _forget(self, outcome: QObject) -> None:
        self._running.discard(outcome)
        outcome.deleteLater()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the pool's work to finish (on quit, so no export is cut off half-written)."""
        return self._pool.waitForDone(msecs) if self._pool is not None else True
