"""The history side of the main window: open a past result, compare two, delete one.

A mixin of MainWindow (it uses the window's store, bank, pages and message methods), kept apart so the
window module stays readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from pmfit.core.store import Attempt

if TYPE_CHECKING:
    from pmfit.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class HistoryActions(_Base):
    @Slot()
    def show_history(self) -> None:
        page = self.history_page()
        page.set_attempts(self.store.attempts(), self.bank)
        self._show(page)
        page.list.setFocus()

    @Slot(int)
    def open_attempt(self, attempt_id: int) -> None:
        if not self.ensure_bank():
            return
        attempt: Attempt | None = self.store.attempt(attempt_id)
        if attempt is None:
            return
        from pmfit.core.compare import rescore

        assert self.bank is not None
        note = ""
        if attempt.bank_version != self.bank.version:
            note = self.tr(
                "This attempt was answered with version {0} of the questions; it is shown scored with the "
                "current version {1}, using the answers that still fit."
            ).format(attempt.bank_version, self.bank.version)
        self.show_result(rescore(self.bank, attempt.sheet), attempt_id, note)

    def _previous_attempt(self, attempt_id: int) -> int | None:
        """The attempt finished just before ``attempt_id``, if any (attempts are listed newest first)."""
        ids = [attempt.id for attempt in self.store.attempts()]
        if attempt_id in ids and ids.index(attempt_id) + 1 < len(ids):
            return ids[ids.index(attempt_id) + 1]
        return None

    @Slot(int)
    def compare_with_previous(self, attempt_id: int) -> None:
        previous = self._previous_attempt(attempt_id)
        if previous is not None:
            self.compare_attempts(previous, attempt_id)

    @Slot(int, int)
    def compare_attempts(self, older_id: int, newer_id: int) -> None:
        if not self.ensure_bank():
            return
        from pmfit.core.compare import compare, snapshot

        assert self.bank is not None
        snapshots = []
        for attempt_id in (older_id, newer_id):
            attempt = self.store.attempt(attempt_id)
            if attempt is None:
                return
            snapshots.append(
                snapshot(
                    self.bank,
                    attempt.sheet,
                    lean=attempt.lean,
                    label=attempt.label,
                    fits=attempt.fits,
                    scales=attempt.scales,
                    finished_at=attempt.finished_at,
                    bank_version=attempt.bank_version,
                )
            )
        older, newer = sorted(snapshots, key=lambda snap: snap.finished_at)
        page = self.compare_page()
        page.show_comparison(self.bank, compare(self.bank, older, newer))
        self._show(page)
        page.scroll.setFocus()

    @Slot(int)
    def delete_attempt(self, attempt_id: int) -> None:
        if not self.confirm(
            self.tr("Delete this result?"),
            self.tr("The result and its answers are removed from your history. This cannot be undone."),
        ):
            return
        self.store.delete_attempt(attempt_id)
        self.show_history()
