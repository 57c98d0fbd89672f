"""What went wrong with the person's data, in their words: one place for the app's messages about the store,
keyed by the machine-readable reason the store gives, its cause in the words the command line uses too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from pmfit.core.errors import BankError
from pmfit.storage.store import Reason, Store, StoreError
from pmfit.system.problems import spoken

translate = QCoreApplication.translate


def save_problem(error: StoreError) -> str:
    """Why an answer could not be saved, and what to do, in the person's words: the cause in the words
    the command line uses too (``pmfit.system.problems``), then what to do about it here."""
    advice = {
        Reason.DISK_FULL: translate(
            "Flow", "Free some space, then press your answer again: it is still here."
        ),
        Reason.READ_ONLY: translate(
            "Flow", "Make the folder writable again (or reconnect the drive), then press your answer again."
        ),
        Reason.LOCKED: translate(
            "Flow", "Close the other program (a backup or sync tool, perhaps), then press your answer again."
        ),
    }.get(error.reason, translate("Flow", "Press your answer again to retry."))
    cause = translate("Flow", "pmfit could not write to its data file: {reason}.").format(
        reason=spoken(error.why)
    )
    return f"{cause} {advice}"


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


def store_notices(store: Store) -> list[tuple[str, str]]:
    """(title, text) of what the store had to do at open that the person should know: a damaged file moved
    aside, a daily backup that could not be made."""
    notices = []
    if store.recovered_from is not None:
        notices.append(
            (
                translate("Flow", "Saved data could not be read"),
                translate(
                    "Flow",
                    "pmfit's data file was damaged, so it was moved aside and pmfit started a fresh one. "
                    "Nothing was deleted; the old file is here:\n{path}",
                ).format(path=str(store.recovered_from)),
            )
        )
    if store.backup_error is not None:
        notices.append(
            (
                translate("Flow", "The daily backup could not be made"),
                translate(
                    "Flow",
                    "Your data is fine and pmfit works as usual; only the extra copy is missing. ({problem})",
                ).format(problem=spoken(store.backup_error)),
            )
        )
    return notices


def rescued_notice(rescued: Path) -> tuple[str, str]:
    """(title, text) for unfinished answers that could not be read and were copied out to ``rescued``."""
    return (
        translate("Flow", "Unfinished answers could not be read"),
        translate(
            "Flow",
            "The answers of an earlier, unfinished assessment could not be read, so a new one "
            "starts. "
            "Nothing was deleted; what was stored is kept here:\n{path}",
        ).format(path=str(rescued)),
    )


def bank_problem(error: BankError, shown: int = 12) -> tuple[str, str]:
    """(title, text) for a question bank the app cannot use: its first ``shown`` problems, and how many
    more there are."""
    problems = "\n".join(error.problems[:shown])
    more = len(error.problems) - shown
    if more > 0:
        problems += "\n" + translate("Flow", "… and %n more", "", more)
    return (
        translate("Flow", "The question bank is broken"),
        translate("Flow", "pmfit cannot use the question bank {path}:\n{problems}").format(
            path=error.path, problems=problems
        ),
    )
