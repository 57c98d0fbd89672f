"""What went wrong with the person's data, in their words: one place for the app's messages about the store,
keyed by the machine-readable reason the core gives (the core's own message is English, for the CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from pmfit.core.store import Reason, StoreError

translate = QCoreApplication.translate


def save_problem(error: StoreError) -> str:
    """Why an answer could not be saved, and what to do, in the person's words."""
    reason = error.reason
    if reason == Reason.DISK_FULL:
        return translate(
            "Flow", "The disk is full. Free some space, then press your answer again: it is still here."
        )
    if reason == Reason.READ_ONLY:
        return translate(
            "Flow",
            "The folder pmfit saves to has become read-only. Make it writable again (or reconnect the "
            "drive), then press your answer again.",
        )
    if reason == Reason.LOCKED:
        return translate(
            "Flow",
            "Another program is holding pmfit's data file. Close it (a backup or sync tool, perhaps), then "
            "press your answer again.",
        )
    return translate(
        "Flow", "pmfit could not write to its data file ({problem}). Press your answer again to retry."
    ).format(problem=str(error))


def folder_problem(reason: Reason, folder: Path, detail: str) -> str:
    """Why pmfit cannot use its data folder at start, and what to do; ``detail`` is the core's own line,
    kept for the cases that need its specifics."""
    place = str(folder)
    if reason == Reason.DISK_FULL:
        return translate(
            "App", "The disk that holds {folder} is full. Free some space and start pmfit again."
        ).format(folder=place)
    if reason == Reason.READ_ONLY:
        return translate(
            "App",
            "pmfit cannot write in {folder} (it is read-only or not yours). "
            "Make it writable and start again.",
        ).format(folder=place)
    if reason == Reason.LOCKED:
        return translate(
            "App", "Another program is holding pmfit's data file in {folder}. Close it and start pmfit again."
        ).format(folder=place)
    if reason == Reason.NOT_A_FILE:
        return translate(
            "App",
            "Where pmfit keeps its data file in {folder} there is something else (a folder, a device or a "
            "pipe). pmfit leaves it alone; move it away and start again.",
        ).format(folder=place)
    if reason == Reason.FOREIGN:
        return translate(
            "App",
            "The data file in {folder} belongs to another program, so pmfit leaves it untouched. "
            "Move it away (or set PMFIT_DATA_DIR to another folder) and start again.",
        ).format(folder=place)
    if reason == Reason.NEWER:
        return translate(
            "App", "The data in {folder} was written by a newer pmfit. Install that version to open it."
        ).format(folder=place)
    return translate("App", "Your data folder cannot be used:\n{detail}").format(detail=detail)
