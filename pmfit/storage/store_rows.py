"""How a finished attempt is written to, and read back from, a row of the store's ``attempts`` table.

Reading never raises for a row it cannot make sense of (an older or damaged one): :func:`attempt_of`
returns None and the store counts it as unreadable. Scores are kept as finite floats or None (JSON has no
NaN); times are kept in UTC so that sorting the text sorts the times.
"""

from __future__ import annotations

import math
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from pmfit.core.errors import SheetError

if TYPE_CHECKING:  # the types only: the store opens before the first paint, with no row read yet
    from pmfit.core.answers import AnswerSheet
    from pmfit.core.attempts import Record


class Attempt(NamedTuple):
    """One finished attempt from the history. (A NamedTuple, not a dataclass: the store module loads
    before the app's first paint, and dataclasses cost it 2 ms there.)"""

    id: int
    sheet: AnswerSheet
    lean: str | None
    label: str
    fits: dict[str, float]
    finished_at: str
    bank_id: str
    bank_version: str
    #: Interest score per responsibility (scale id -> 0..100, None when unanswered) as scored at finish
    #: time; empty for attempts saved before pmfit kept them (rescore the sheet then).
    scales: dict[str, float | None]


def insert_attempt(conn: sqlite3.Connection, sheet: AnswerSheet, record: Record) -> int:
    """Add ``sheet`` with what its result said (``record``) to the history; a sheet without
    ``finished_at`` is stamped as finished now, and a score that is not a finite number is kept as None."""
    from pmfit.core.answers import iso

    sheet = sheet if sheet.finished_at is not None else sheet.finished()
    bank, finished_at = sheet.bank, _utc(sheet.finished_at or iso())
    fits_json = dumps({role: float(fit) for role, fit in record.fits.items()})
    scales_json = dumps({str(scale): _score(value) for scale, value in record.scales.items()})
    row = (bank.id, bank.version, bank.language, sheet.started_at, finished_at, dumps(sheet.to_json()))
    cursor = conn.execute(
        "INSERT INTO attempts (bank_id, bank_version, language, started_at, finished_at, sheet_json,"
        " lean, label, fits_json, scales_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*row, record.lean, record.label, fits_json, scales_json, iso()),
    )
    return cursor.lastrowid or 0


def update_attempt(conn: sqlite3.Connection, attempt_id: int, sheet: AnswerSheet, record: Record) -> bool:
    """Put ``sheet`` and its ``record`` in place of the attempt ``attempt_id`` (the rest of a quick form
    answered: the same attempt, now complete); False when there is no such attempt."""
    from pmfit.core.answers import iso

    sheet = sheet if sheet.finished_at is not None else sheet.finished()
    bank, finished_at = sheet.bank, _utc(sheet.finished_at or iso())
    fits_json = dumps({role: float(fit) for role, fit in record.fits.items()})
    scales_json = dumps({str(scale): _score(value) for scale, value in record.scales.items()})
    cursor = conn.execute(
        "UPDATE attempts SET bank_id = ?, bank_version = ?, language = ?, started_at = ?, finished_at = ?,"
        " sheet_json = ?, lean = ?, label = ?, fits_json = ?, scales_json = ? WHERE id = ?",
        (
            bank.id,
            bank.version,
            bank.language,
            sheet.started_at,
            finished_at,
            dumps(sheet.to_json()),
            record.lean,
            record.label,
            fits_json,
            scales_json,
            attempt_id,
        ),
    )
    return cursor.rowcount > 0


def _score(value: object) -> float | None:
    """A stored scale score: a finite float, or None (JSON has no NaN, and a NaN score means "not scored")."""
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def dumps(data: Any) -> str:
    import json  # here, not at the top: the first screen paints before any row is read or written

    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def load_sheet(text: Any) -> AnswerSheet:
    import json

    from pmfit.core.answers import sheet_from_json

    if not isinstance(text, str):
        raise SheetError("the stored answers are not text")
    try:
        return sheet_from_json(json.loads(text))
    except (ValueError, RecursionError) as error:  # JSONDecodeError and SheetError are ValueErrors
        raise SheetError(str(error).splitlines()[0] if str(error) else "not valid JSON") from None


def _utc(stamp: str) -> str:
    """``stamp`` in UTC, so that sorting the text sorts the times whatever offset a sheet was written in."""
    try:
        return datetime.fromisoformat(stamp).astimezone(UTC).isoformat(timespec="seconds")
    except ValueError:  # a sheet built in code with a malformed time: keep it rather than refuse the save
        return stamp


def attempt_of(row: tuple[Any, ...]) -> Attempt | None:
    import json

    attempt_id, sheet_json, lean, label, fits_json, finished_at, bank_id, bank_version, scales_json = row
    try:
        sheet = load_sheet(sheet_json)
        fits = json.loads(fits_json)
        if not isinstance(fits, dict):
            return None
        fits = {str(role): float(fit) for role, fit in fits.items()}
    except (SheetError, ValueError, TypeError, RecursionError):
        return None
    return Attempt(
        attempt_id, sheet, lean, label, fits, finished_at, bank_id, bank_version, _load_scales(scales_json)
    )


def _load_scales(text: Any) -> dict[str, float | None]:
    """The stored scale scores; {} when they cannot be read, as the sheet itself can still be rescored."""
    import json

    try:
        scales = json.loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):
        return {}
    if not isinstance(scales, dict):
        return {}
    return {str(scale): _score(value) for scale, value in scales.items()}
