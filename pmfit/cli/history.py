"""The history commands: ``pmfit history [--json]``, ``history export ID -o FILE``, ``import FILE``.

They work on the same store as the desktop app (``PMFIT_DATA_DIR`` or the per-user folder), so a person can
move their attempts to a new computer. Every mistake is a one-line error; nothing is half-written or added.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from pmfit.core.errors import SheetError

if TYPE_CHECKING:
    from pmfit.core.store import Attempt, Store

ROLE_SHORT = {"product_manager": "product", "project_manager": "project"}


class CommandError(Exception):
    """A one-line, person-readable failure of a history command (exit status 2)."""


def open_store() -> Store:
    from pmfit.core.store import Store, StoreError
    from pmfit.system.datadir import data_folder

    try:
        return Store.open(data_folder())
    except StoreError as error:
        raise CommandError(str(error)) from None


def attempt_json(attempt: Attempt) -> dict[str, Any]:
    return {
        "id": attempt.id,
        "finished_at": attempt.finished_at,
        "lean": attempt.lean,
        "label": attempt.label,
        "roles": dict(attempt.fits),
        "bank": {"id": attempt.bank_id, "version": attempt.bank_version},
        "answered": len(attempt.sheet.answers),
    }


def list_history(as_json: bool, out: TextIO) -> int:
    with open_store() as store:
        attempts = store.attempts()
        skipped = store.unreadable_attempts
    if as_json:
        json.dump([attempt_json(a) for a in attempts], out, ensure_ascii=False, indent=2)
        print(file=out)
        return 0
    if not attempts:
        print("No finished attempts yet.", file=out)
    else:
        print(f"{'ID':>4}  {'finished':<25}  {'verdict':<18}  {'product':>7}  {'project':>7}", file=out)
        for a in attempts:
            verdict = ROLE_SHORT.get(a.lean or "", "too close to call")
            if a.label == "not_enough_answers":
                verdict = "not enough answers"
            product, project = (_fit(a.fits.get(role)) for role in ROLE_SHORT)
            print(f"{a.id:>4}  {a.finished_at:<25}  {verdict:<18}  {product:>7}  {project:>7}", file=out)
    if skipped:
        print(f"({skipped} attempt(s) could not be read and are not listed)", file=out)
    return 0


def _fit(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}"


def export_attempt(attempt_id: str, output: str, out: TextIO) -> int:
    try:
        number = int(attempt_id)
    except ValueError:
        raise CommandError(f"'{attempt_id}' is not an attempt id (see 'pmfit history')") from None
    with open_store() as store:
        attempt = store.attempt(number)
    if attempt is None:
        raise CommandError(f"there is no attempt with id {number} (see 'pmfit history')")
    from pmfit.system.atomic import WriteError, write_atomically

    try:
        write_atomically(output, attempt.sheet.dumps().encode("utf-8"), what="the answer sheet")
    except WriteError as error:
        raise CommandError(str(error)) from None
    print(f"Wrote attempt {number} to {output}", file=out)
    return 0


def import_sheet(path: str, bank_path: str | None, out: TextIO) -> int:
    from pmfit.core.answers import check_against_bank, read_sheet
    from pmfit.core.bank import load_bank
    from pmfit.core.compare import answers_fitting
    from pmfit.core.scoring import score

    bank = load_bank(bank_path)
    sheet = read_sheet(path)
    if sheet.finished_at is None:
        raise CommandError(
            f"{path}: the sheet is not finished (finished_at is null); only finished ones import"
        )
    if sheet.bank.id != bank.id:
        raise CommandError(f"{path}: the sheet answers bank '{sheet.bank.id}', not '{bank.id}'")
    note = ""
    if sheet.bank.version == bank.version:
        try:
            check_against_bank(sheet, bank)
        except SheetError as error:
            raise CommandError(f"{path}: {error}") from None
        scored = sheet
    else:
        scored = answers_fitting(sheet, bank)
        note = (
            f" (answered with question version {sheet.bank.version}; scored with version {bank.version}, "
            f"{len(scored.answers)} of {len(sheet.answers)} answers still match)"
        )
    result = score(bank, scored)
    with open_store() as store:
        for existing in store.attempts():
            same = existing.sheet.answers == sheet.answers and existing.sheet.started_at == sheet.started_at
            if same and existing.sheet.finished_at == sheet.finished_at:
                print(f"Already in your history as attempt {existing.id}; nothing added.", file=out)
                return 0
        fits = {role.id: role.fit for role in result.roles if role.fit is not None}
        scales = {s.id: s.score for s in result.scales}
        new_id = store.add_attempt(sheet, result.verdict.lean, result.verdict.label, fits, scales=scales)
    print(f"Imported {path} as attempt {new_id}{note}.", file=out)
    return 0
