"""What went wrong with the person's data, in their words: one place for the app's messages about a store
or a file that could not be written, keyed by the machine-readable reason the core gives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmfit.core.store import StoreError

translate = QCoreApplication.translate


def save_problem(error: StoreError) -> str:
    """Why an answer could not be saved, and what to do, in the person's words."""
    reason = getattr(error, "reason", "other")
    if reason == "disk_full":
        return translate(
            "Flow", "The disk is full. Free some space, then press your answer again: it is still here."
        )
    if reason == "read_only":
        return translate(
            "Flow",
            "The folder pmfit saves to has become read-only. Make it writable again (or reconnect the "
            "drive), then press your answer again.",
        )
    if reason == "locked":
        return translate(
            "Flow",
            "Another program is holding pmfit's data file. Close it (a backup or sync tool, perhaps), then "
            "press your answer again.",
        )
    return translate(
        "Flow", "pmfit could not write to its data file ({problem}). Press your answer again to retry."
    ).format(problem=str(error))
