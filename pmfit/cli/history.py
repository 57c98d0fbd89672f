"""The history commands: ``pmfit history [--json]``, ``history export ID -o FILE``, ``history export --all
-o FOLDER``, ``import FILE``.

They work on the same store as the desktop app (``PMFIT_DATA_DIR`` or the per-user folder), so a person can
move their attempts to a new computer, or give them to a pilot. Every mistake is a one-line error; nothing
is half-written or added.

``import`` writes to the store, so it takes the app's instance lock while it writes: with the app open on
the same data it says so and adds nothing (the app would not show an attempt added behind its back), and
two imports at once take turns. A damaged database found on the way is moved aside, as in the app, and
the command says where it went.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pmfit.cli.errors import CommandError, CommandProblems
from pmfit.cli.terminal import dump_json, escape
from pmfit.cli.text import table
from pmfit.cli.words import translate
from pmfit.core.errors import SheetError
from pmfit.core.problems import shown

if TYPE_CHECKING:
    from pmfit.storage.store import Attempt, Store

#: How long an import waits for another pmfit command holding the lock (an import takes milliseconds).
IMPORT_LOCK_WAIT_MS = 3000


def open_store(err: TextIO) -> Store:
    """The person's store; a note on ``err`` when a damaged database had to be moved aside."""
    from pmfit.storage.store import Store
    from pmfit.system.datadir import data_folder

    store = Store.open(data_folder())  # a StoreError is said in the person's language (pmfit.cli.commands)
    if store.recovered_from is not None:
        print(
            "pmfit: "
            + translate(
                "Cli", "note: {path} was damaged; it was kept as {kept} and a new one started"
            ).format(path=escape(str(store.path)), kept=escape(str(store.recovered_from))),
            file=err,
        )
    return store


def attempt_json(attempt: Attempt) -> dict[str, Any]:
    return {
        "id": attempt.id,
        "finished_at": attempt.finished_at,
        "lean": attempt.lean,
        "label": attempt.label,
        "roles": dict(attempt.fits),
        "bank": {"id": attempt.bank_id, "version": attempt.bank_version},
        "answered": len(attempt.sheet.answers),
        "form": attempt.sheet.form or "full",
    }


def list_history(as_json: bool, out: TextIO, err: TextIO) -> int:
    with open_store(err) as store:
        attempts = store.attempts()
        skipped = store.unreadable_attempts
    if as_json:
        dump_json([attempt_json(a) for a in attempts], out)
        return 0
    from pmfit.core.scoring import PRODUCT, PROJECT
    from pmfit.render.history import attempt_summary

    if not attempts:
        print(translate("Cli", "No finished attempts yet."), file=out)
    else:
        # The roles by short names, in the table's columns and as the verdict.
        short = {PRODUCT: translate("Cli", "product"), PROJECT: translate("Cli", "project")}
        header = (translate("Cli", "ID"), translate("Cli", "finished"), translate("Cli", "verdict"))
        forms = {"quick": translate("Cli", "quick"), "full": translate("Cli", "full")}
        rows = []
        for a in attempts:
            said = attempt_summary(a, short)
            fits = {role: fit for role, _name, fit in said.fits}
            form = forms[a.sheet.form or "full"]
            rows.append(
                (str(a.id), said.when, said.verdict_in_sentence, *(fits.get(r, "") for r in short), form)
            )
        table([[*header, *short.values(), translate("Cli", "form")], *rows], out, right={0, 3, 4})
    if skipped:
        print(translate("Cli", "(%n attempt(s) could not be read and are not listed)", "", skipped), file=out)
    return 0


def export_attempt(attempt_id: str, output: str, out: TextIO, err: TextIO) -> int:
    try:
        number = int(attempt_id) if len(attempt_id) <= 30 else None
    except ValueError:
        number = None
    if number is None:
        raise CommandError(
            translate("Cli", "{value} is not an attempt id (see 'pmfit history')").format(
                value=escape(shown(attempt_id))
            )
        )
    with open_store(err) as store:
        attempt = store.attempt(number)
    if attempt is None:
        raise CommandError(
            translate("Cli", "there is no attempt with id {id} (see 'pmfit history')").format(id=number)
        )
    from PySide6.QtCore import QCoreApplication

    from pmfit.system.atomic import WriteError, write_atomically

    try:
        write_atomically(
            output,
            attempt.sheet.dumps().encode("utf-8"),
            what=QCoreApplication.translate("Files", "the answer sheet"),
        )
    except WriteError as error:
        raise CommandError(str(error)) from None  # (its words are translated where it is made)
    print(translate("Cli", "Wrote attempt {id} to {path}").format(id=number, path=escape(output)), file=out)
    return 0


def export_all(folder: str, out: TextIO, err: TextIO) -> int:
    """Every finished attempt's sheet as a cohort pools it (:func:`pmfit.core.attempts.for_pooling`), one
    file each, into ``folder``: all of them, or, when any file would replace another, none."""
    from pmfit.core.attempts import for_pooling, pooled_name
    from pmfit.system.file_batch import BatchError, write_all

    with open_store(err) as store:
        attempts = sorted(store.attempts(), key=lambda attempt: attempt.id)
        skipped = store.unreadable_attempts
    if skipped:
        warning = translate(
            "Cli", "warning: %n attempt(s) could not be read and are not exported", "", skipped
        )
        print(f"pmfit: {warning}", file=err)
    if not attempts:
        print(translate("Cli", "No finished attempts to export."), file=out)
        return 0
    target = Path(os.path.abspath(folder))
    files = []
    for attempt in attempts:
        sheet = for_pooling(attempt.sheet)
        data = sheet.dumps().encode("utf-8")
        files.append((target / pooled_name(attempt.id, sheet, data), data))
    folders = _folders_to_make(target)
    new, kept, problems = [], 0, []
    for path, data in files:
        problem = _in_the_way(path, data)
        if problem is None:
            new.append((path, data))
        elif problem == "":
            kept += 1
        else:
            problems.append(problem)
    if problems:
        raise CommandProblems(problems)
    try:
        write_all(folders, new)
    except BatchError as error:
        raise CommandError(f"{error}; nothing was written") from None
    written = len(new)
    if written or not kept:
        wrote = translate("Cli", "Wrote %n answer sheet(s) to {folder}.", "", written)
        print(wrote.format(folder=escape(str(target))), file=out)
    if kept:
        print(
            translate("Cli", "%n sheet(s) already there with the same contents, left as they are.", "", kept),
            file=out,
        )
    return 0


def _folders_to_make(target: Path) -> list[Path]:
    """The folders to make for ``target``, outermost first; none when it is there (CommandError when it,
    or what would hold it, is not a folder)."""
    missing = []
    place = target
    while not os.path.lexists(place):
        missing.append(place)
        place = place.parent
    if not place.is_dir():
        if place == target:
            raise CommandError(f"{escape(str(target))} is not a folder")
        raise CommandError(
            f"cannot make the folder {escape(str(target))}: {escape(str(place))} is not a folder"
        )
    return missing[::-1]


def _in_the_way(path: Path, data: bytes) -> str | None:
    """Whether something at ``path`` stops writing ``data`` there: None (nothing there), "" (the same sheet
    is there already), or the one-line problem."""
    from pmfit.core.answers import MAX_SHEET_BYTES
    from pmfit.core.files import UnreadableFile, read_regular_file

    if not os.path.lexists(path):
        return None
    name = escape(str(path))
    if path.is_symlink():
        return f"{name} is a symbolic link; pmfit never writes through one, so nothing was written"
    try:
        there = read_regular_file(path, MAX_SHEET_BYTES, "an answer sheet")
    except UnreadableFile as error:
        return f"{name} {error}; nothing was written"
    if there == data:
        return ""
    return f"{name} is there with other contents; nothing was replaced or written (move it away first)"


def import_sheet(
    path: str, bank_path: str | None, out: TextIO, err: TextIO, language: str | None = None
) -> int:
    from pmfit.core.answers import check_against_bank, read_sheet
    from pmfit.core.attempts import Answered, answered_with, bundled_versions, record_of, scoring_bank
    from pmfit.core.bank import load_bank
    from pmfit.core.compare import answers_fitting
    from pmfit.core.scoring import score

    current = load_bank(bank_path, language=language)
    sheet = read_sheet(path)
    if sheet.finished_at is None:
        raise CommandError(
            translate(
                "Cli", "{path}: the sheet is not finished (finished_at is null); only finished ones import"
            ).format(path=escape(path))
        )
    if sheet.bank.id != current.id:
        raise CommandError(
            translate("Cli", "{path}: the sheet answers bank {bank}, not {expected}").format(
                path=escape(path), bank=shown(sheet.bank.id), expected=shown(current.id)
            )
        )
    # A sheet of an earlier bundled version is scored, and later shown, with the questions it answered.
    earlier = bundled_versions(current) if bank_path is None else None  # a bank named is the one used
    bank = scoring_bank(sheet, current, earlier)
    answered = answered_with(sheet, bank, current)
    if answered is Answered.OTHER:
        # Only what the current questions know is kept: answers to retired items cannot be scored or shown,
        # and a sheet of made-up ids (up to the 5 MB a sheet may have) must not grow the history by as much.
        kept = answers_fitting(sheet, bank)
        note = translate(
            "Cli",
            " (answered with question version {then}; scored with version {now}, {kept} of {given} answers "
            "still match and are kept)",
        ).format(
            then=escape(sheet.bank.version),
            now=escape(bank.version),
            kept=len(kept.answers),
            given=len(sheet.answers),
        )
    else:
        try:
            check_against_bank(sheet, bank)
        except SheetError as error:
            raise error.at(path) from None
        kept = sheet
        note = ""
        if answered is Answered.EARLIER:
            note = translate("Cli", " (answered with question version {version}, and scored with it)").format(
                version=escape(bank.version)
            )
    record = record_of(score(bank, kept))
    with open_store(err) as store, _writing(store):
        attempt_id, added = store.import_attempt(kept, record)
    if not added:
        print(
            translate("Cli", "Already in your history as attempt {id}; nothing added.").format(id=attempt_id),
            file=out,
        )
    else:
        print(
            translate("Cli", "Imported {path} as attempt {id}{note}.").format(
                path=escape(path), id=attempt_id, note=note
            ),
            file=out,
        )
    return 0


@contextmanager
def _writing(store: Store) -> Iterator[None]:
    """Hold the instance lock on the store's folder while the block writes."""
    from pmfit.system.instance_lock import LockStatus, acquire_instance_lock

    lock = acquire_instance_lock(store.path.parent, wait_ms=IMPORT_LOCK_WAIT_MS)
    if lock.status is LockStatus.HELD:
        if lock.holder is not None:
            raise CommandError(
                translate(
                    "Cli",
                    "pmfit is already open on this data (process {pid}): close it, then import again; "
                    "nothing was added",
                ).format(pid=lock.holder)
            )
        raise CommandError(
            translate(
                "Cli", "pmfit is already open on this data: close it, then import again; nothing was added"
            )
        )
    if lock.status is LockStatus.FAILED:
        raise CommandError(translate("Cli", "{problem}; nothing was added").format(problem=lock.message))
    try:
        yield
    finally:
        lock.release()
