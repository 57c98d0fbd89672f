"""Browsing past results: a result on screen, the history, one attempt opened, two compared, one deleted,
and the PDF of the result on screen.

Like :mod:`pmfit.ui.assessment`, it decides and the window shows (through the view protocol); which bank
scores a stored attempt is the use case's answer (:mod:`pmfit.core.attempts`), the same as the command
line's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmfit.storage.store import StoreError
from pmfit.ui.problems import save_problem
from pmfit.ui.shared import Shared
from pmfit.ui.view import CompareScreen, HistoryScreen, ResultScreen

if TYPE_CHECKING:  # loaded when a result is first shown, after the first paint
    from pmfit.core.answers import AnswerSheet
    from pmfit.core.bank import Bank
    from pmfit.core.scoring import Result
    from pmfit.ui.export_flow import PdfExport

translate = QCoreApplication.translate


class PastResults:
    def __init__(self, shared: Shared) -> None:
        self.shared = shared
        self.shown_result: ResultScreen | None = None
        self._earlier_banks: dict[str, Bank | None] = {}
        self._pdf_export: PdfExport | None = None

    def use_bank(self) -> None:
        """The bank changed language: forget the earlier versions loaded in the old one."""
        self._earlier_banks.clear()

    # ---------------------------------------------------------------------------------- a result

    def show_finished(self, result: Result, attempt_id: int, sheet: AnswerSheet) -> None:
        """The result of the attempt just finished, scored with the bank it was answered with."""
        from pmfit.core.answers import iso

        finished_at = sheet.finished_at or iso()
        self._show_result(result, attempt_id, self.shared.current_bank(), "", sheet, finished_at)

    def _show_result(
        self, result: Result, attempt_id: int, bank: Bank, note: str, sheet: AnswerSheet, finished_at: str
    ) -> None:
        from pmfit.core.attempts import rest_left
        from pmfit.core.settle import form_status
        from pmfit.render.content import result_content

        form = form_status(bank, sheet) if sheet.form == "quick" else None
        screen = ResultScreen(
            bank=bank,
            result=result,
            content=result_content(bank, result, note, form),
            attempt_id=attempt_id,
            can_compare=self.shared.store.previous_attempt(attempt_id) is not None,
            rest=rest_left(sheet, self.shared.current_bank()),
            finished_at=finished_at,
        )
        self.shown_result = screen
        self.shared.show(screen, lambda: self.open_attempt(attempt_id))

    def open_attempt(self, attempt_id: int) -> None:
        shared = self.shared
        if not shared.ensure_bank():
            return
        attempt = shared.store.attempt(attempt_id)
        if attempt is None:
            return
        from pmfit.core.attempts import Answered, rescore_attempt

        current = shared.current_bank()
        scored = rescore_attempt(attempt.sheet, current, self.bank_of_version)
        note = ""
        if scored.answered is Answered.EARLIER:
            # Scored with the questions it was answered with, as it was when finished.
            note = translate(
                "Flow",
                "This attempt was answered with version {then} of the questions and is shown with that "
                "version; the current one is {now}.",
            ).format(then=attempt.bank_version, now=current.version)
        elif scored.answered is Answered.OTHER:
            note = translate(
                "Flow",
                "This attempt was answered with version {then} of the questions; it is shown scored with the "
                "current version {now}, using the answers that still fit.",
            ).format(then=attempt.bank_version, now=current.version)
        self._show_result(scored.result, attempt_id, scored.bank, note, attempt.sheet, attempt.finished_at)

    def bank_of_version(self, version: str) -> Bank | None:
        """The bundled bank of an earlier ``version`` in this language (kept in questions/*/archive/)."""
        if version not in self._earlier_banks:
            from pmfit.core.bank import earlier_version

            self._earlier_banks[version] = earlier_version(self.shared.current_bank(), version)
        return self._earlier_banks[version]

    # ----------------------------------------------------------------------------------- history

    def show_history(self) -> None:
        shared = self.shared
        if not shared.ensure_bank():
            return
        titles = {role.id: role.title for role in shared.current_bank().roles}
        shared.show(HistoryScreen(tuple(shared.store.attempts()), titles), self.show_history)

    def compare_with_previous(self, attempt_id: int) -> None:
        previous = self.shared.store.previous_attempt(attempt_id)
        if previous is not None:
            self.compare_attempts(previous, attempt_id)

    def compare_attempts(self, first_id: int, second_id: int) -> None:
        shared = self.shared
        if not shared.ensure_bank():
            return
        from pmfit.core.attempts import scoring_bank
        from pmfit.core.compare import compare, snapshot

        current = shared.current_bank()
        snapshots = []
        for attempt_id in (first_id, second_id):
            attempt = shared.store.attempt(attempt_id)
            if attempt is None:
                return
            snapshots.append(
                snapshot(
                    scoring_bank(attempt.sheet, current, self.bank_of_version),
                    attempt.sheet,
                    lean=attempt.lean,
                    label=attempt.label,
                    fits=attempt.fits,
                    scales=attempt.scales,
                    finished_at=attempt.finished_at,
                    bank_version=attempt.bank_version,
                    form=attempt.sheet.form,
                )
            )
        from pmfit.render.history import attempt_numbers

        pairs = sorted(
            zip(snapshots, (first_id, second_id), strict=True), key=lambda pair: pair[0].finished_at
        )
        (older, older_id), (newer, newer_id) = pairs
        numbers = attempt_numbers([attempt.id for attempt in shared.store.attempts()])
        screen = CompareScreen(
            current, compare(current, older, newer), (numbers.get(older_id, 0), numbers.get(newer_id, 0))
        )
        shared.show(screen, lambda: self.compare_attempts(first_id, second_id))

    def delete_attempt(self, attempt_id: int) -> None:
        view = self.shared.view

        def delete() -> None:
            # Off the UI thread, like every write: another program holding the file makes it wait.
            def refused(error: BaseException) -> None:
                if not isinstance(error, StoreError):
                    raise error  # a bug of ours: the app's exception hook tells the person
                view.notify(
                    translate("Flow", "The result was not deleted"), save_problem(error), warning=True
                )
                self.show_history()

            store = self.shared.store
            self.shared.jobs.run(
                lambda: store.delete_attempt(attempt_id), lambda _: self.show_history(), refused
            )

        view.confirm(
            translate("Flow", "Delete this result?"),
            translate(
                "Flow", "The result and its answers are removed from your history. This cannot be undone."
            ),
            delete,
            yes=translate("Flow", "Delete result"),
            no=translate("Flow", "Cancel"),
        )

    # ------------------------------------------------------------------------------------ export

    def export_pdf(self, name: str) -> None:
        """Ask where, then write the shown result's PDF in the background and say how it went."""
        if self.shown_result is not None:
            self.pdf_export.start(self.shown_result, name)

    @property
    def pdf_export(self) -> PdfExport:
        """Made on first use: the first screen paints without it."""
        if self._pdf_export is None:
            from pmfit.ui import export_flow

            shared = self.shared
            self._pdf_export = export_flow.PdfExport(shared.view, shared.jobs, shared.settings)
        return self._pdf_export
