"""The answer sheet: what a person answered, and its versioned JSON file format (``pmfit.answers/1``).

Reading a sheet happens in two steps. ``parse_sheet`` checks the file on its own (JSON, format tag, types);
``check_against_bank`` checks it against the bank it claims to answer (bank id and version, item ids,
value ranges). Both raise :class:`SheetError` with one line that names the problem and, where there is one,
the item; nothing is ever half-read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pmfit.core.errors import SheetError as SheetError
from pmfit.core.problems import QT_TRANSLATE_NOOP, shown

if TYPE_CHECKING:
    # The bank (and with it pydantic, a tenth of a second to import) is loaded only where a sheet meets
    # a bank, so the store and the app's first screen can read a saved sheet without it.
    from pmfit.core.bank import Bank

FORMAT = "pmfit.answers/1"
MAX_SHEET_BYTES = 5_000_000
FORMS = ("quick", "full")  # which form of the bank was asked; a sheet without "form" is a full one
CURRENT_ROLES = ("product_manager", "project_manager", "both", "other", "none")
MAX_YEARS = 70  # years in the current role; more is a typing slip, not a career


@dataclass(frozen=True)
class BankRef:
    id: str
    version: str
    language: str


@dataclass(frozen=True)
class Respondent:
    """What a respondent said about themselves ("About you"): for pilots, never scored.

    ``current_role`` is one of :data:`CURRENT_ROLES` or None (not said); ``years`` in that role, or None.
    """

    current_role: str | None = None
    years: int | None = None


@dataclass(frozen=True)
class AnswerSheet:
    """Answers keyed by item id (likert/check 1-5; choice: option index from 0). Absent means skipped."""

    bank: BankRef
    answers: Mapping[str, int] = field(default_factory=dict)
    started_at: str = ""
    finished_at: str | None = None
    seconds: Mapping[str, float] = field(default_factory=dict)
    form: str | None = None  # one of FORMS, or None when the file did not say (a full form)
    respondent: Respondent | None = None

    @classmethod
    def new(cls, bank: Bank, now: datetime | None = None) -> AnswerSheet:
        """An empty sheet for ``bank``, started now."""
        return cls(bank=BankRef(bank.id, bank.version, bank.language), started_at=iso(now))

    def with_answer(self, item_id: str, value: int | None, seconds: float | None = None) -> AnswerSheet:
        """A copy with one answer set (or cleared with None), adding ``seconds`` to that item's time."""
        answers = dict(self.answers)
        if value is None:
            answers.pop(item_id, None)
        else:
            answers[item_id] = value
        times = dict(self.seconds)
        if seconds is not None and seconds >= 0:
            times[item_id] = round(times.get(item_id, 0.0) + seconds, 3)
        return replace(self, answers=answers, seconds=times)

    def finished(self, now: datetime | None = None) -> AnswerSheet:
        return replace(self, finished_at=iso(now))

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT,
            "bank": {"id": self.bank.id, "version": self.bank.version, "language": self.bank.language},
            "answers": dict(self.answers),
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "seconds": dict(self.seconds),
        }
        # The optional fields only when the sheet has them, so a sheet read without them is written back
        # byte for byte (and older pmfit versions, which refuse unknown fields, still read it).
        if self.form is not None:
            data["form"] = self.form
        if self.respondent is not None:
            data["respondent"] = {
                "current_role": self.respondent.current_role,
                "years": self.respondent.years,
            }
        return data

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"


def iso(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_short = shown  # a value from the file as it goes into a message (quoted, one line, cut short)


def _timestamp(value: Any, name: str, allow_null: bool) -> str | None:
    if value is None and allow_null:
        return None
    if not isinstance(value, str):
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "'{field}' must be an ISO 8601 date and time, not {value}"),
            field=name,
            value=_short(value),
        )
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "'{field}' is not an ISO 8601 date and time: {value}"),
            field=name,
            value=_short(value),
        ) from None
    try:  # the history sorts times in UTC; year 1 at +14:00 is before the first moment Python can hold
        moment.astimezone(UTC)
    except (OverflowError, ValueError):
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "'{field}' is out of range: {value}"),
            field=name,
            value=_short(value),
        ) from None
    return value


def _lone_surrogate(data: Any) -> tuple[str, str] | None:
    """(where, the text) of the first text in ``data`` (keys included) holding a lone surrogate.

    JSON may write one ("\\ud800"), Python reads it into a str, but it is no character: it cannot be
    written as UTF-8 (to the database, a file or a terminal), so a sheet holding one is refused as it is
    read, in one line, rather than failing at whichever step writes it first. Walked with a stack, not
    recursion: the JSON reader allows deeper nesting than Python's recursion limit.
    """
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if not _encodable(value):
                return where, value
        elif isinstance(value, dict):
            for key, inner in value.items():
                place = f"{where}.{key}" if where else str(key)
                if not _encodable(str(key)):
                    return place, str(key)
                stack.append((place, inner))
        elif isinstance(value, list):
            stack.extend((f"{where}[{n}]", inner) for n, inner in enumerate(value))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def sheet_from_json(data: Any) -> AnswerSheet:
    """Check the shape of a decoded sheet (no bank needed) and build an AnswerSheet."""
    if not isinstance(data, dict):
        raise SheetError(QT_TRANSLATE_NOOP("Problems", "not a pmfit answer sheet (expected a JSON object)"))
    found = _lone_surrogate(data)
    if found is not None:
        raise SheetError(
            QT_TRANSLATE_NOOP(
                "Problems", "{field} holds {value}, a lone surrogate: not a character, so not valid text"
            ),
            field=_short(found[0], 80),
            value=_short(found[1]),
        )
    tag = data.get("format")
    if tag != FORMAT:
        if tag is None:
            raise SheetError(QT_TRANSLATE_NOOP("Problems", "not a pmfit answer sheet (no 'format' field)"))
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "unsupported format {value} (expected '{format}')"),
            value=_short(tag),
            format=FORMAT,
        )
    known = {"format", "bank", "answers", "started_at", "finished_at", "seconds", "form", "respondent"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SheetError(QT_TRANSLATE_NOOP("Problems", "unknown field {field}"), field=_short(unknown[0], 80))

    bank = data.get("bank")
    if not isinstance(bank, dict):
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "'bank' must be an object with id, version and language")
        )
    for key in ("id", "version", "language"):
        if not isinstance(bank.get(key), str) or not bank[key]:
            raise SheetError(
                QT_TRANSLATE_NOOP("Problems", "'{field}' must be a non-empty string"), field=f"bank.{key}"
            )

    answers = data.get("answers")
    if not isinstance(answers, dict):
        raise SheetError(QT_TRANSLATE_NOOP("Problems", "'answers' must be an object of item id to answer"))
    for item_id, value in answers.items():
        if not _is_int(value):
            raise SheetError(
                QT_TRANSLATE_NOOP("Problems", "answer to item {item} must be a whole number, not {value}"),
                item=_short(item_id, 80),
                value=_short(value),
            )

    seconds = data.get("seconds", {})
    if seconds is None:
        seconds = {}
    if not isinstance(seconds, dict):
        raise SheetError(QT_TRANSLATE_NOOP("Problems", "'seconds' must be an object of item id to seconds"))
    for item_id, value in seconds.items():
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if not ok or not 0 <= value <= 86_400:  # NaN fails the comparison; a huge int never meets float()
            raise SheetError(
                QT_TRANSLATE_NOOP("Problems", "time for item {item} must be 0 to 86400 seconds, not {value}"),
                item=_short(item_id, 80),
                value=_short(value),
            )

    started = _timestamp(data.get("started_at"), "started_at", allow_null=False)
    finished = _timestamp(data.get("finished_at"), "finished_at", allow_null=True)
    return AnswerSheet(
        bank=BankRef(bank["id"], bank["version"], bank["language"]),
        answers=dict(answers),
        started_at=started or "",
        finished_at=finished,
        seconds={k: float(v) for k, v in seconds.items()},
        form=_form(data),
        respondent=_respondent(data),
    )


def _form(data: Mapping[str, Any]) -> str | None:
    if "form" not in data:
        return None
    value = data["form"]
    if value not in FORMS:
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", '\'form\' must be "quick" or "full", not {value}'),
            value=_short(value),
        )
    return str(value)


def _respondent(data: Mapping[str, Any]) -> Respondent | None:
    """The optional "about you" object; a key it leaves out counts as not said (null)."""
    if "respondent" not in data:
        return None
    value = data["respondent"]
    if not isinstance(value, dict):
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "'respondent' must be an object with current_role and years")
        )
    unknown = sorted(set(value) - {"current_role", "years"})
    if unknown:
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "unknown field {field}"),
            field=_short("respondent." + str(unknown[0]), 80),
        )
    role = value.get("current_role")
    if role is not None and role not in CURRENT_ROLES:
        raise SheetError(
            QT_TRANSLATE_NOOP(
                "Problems", "'respondent.current_role' must be one of {roles} or null, not {value}"
            ),
            roles=", ".join(CURRENT_ROLES),
            value=_short(role),
        )
    years = value.get("years")
    if years is not None and (not _is_int(years) or not 0 <= years <= MAX_YEARS):
        raise SheetError(
            QT_TRANSLATE_NOOP(
                "Problems", "'respondent.years' must be a whole number from 0 to {most} or null, not {value}"
            ),
            most=MAX_YEARS,
            value=_short(years),
        )
    return Respondent(current_role=role, years=years)


def parse_sheet(text: str | bytes) -> AnswerSheet:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise SheetError(
                QT_TRANSLATE_NOOP("Problems", "not UTF-8 text (byte {byte})"), byte=error.start
            ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "not valid JSON: {reason} at line {line}, column {column}"),
            reason=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from None
    except ValueError:  # an integer of more than 4300 digits (sys.get_int_max_str_digits)
        raise SheetError(QT_TRANSLATE_NOOP("Problems", "not valid JSON: a number is too long")) from None
    except RecursionError:
        raise SheetError(QT_TRANSLATE_NOOP("Problems", "not valid JSON: nested too deeply")) from None
    return sheet_from_json(data)


def read_sheet(path: str | os.PathLike[str]) -> AnswerSheet:
    """Read and check the sheet at ``path``: a regular file of at most :data:`MAX_SHEET_BYTES`."""
    from pmfit.core.files import UnreadableFile, read_regular_file

    try:
        data = read_regular_file(path, MAX_SHEET_BYTES, QT_TRANSLATE_NOOP("Problems", "an answer sheet"))
    except UnreadableFile as error:
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "{place}: {problem}"), place=os.fspath(path), problem=error
        ) from None
    try:
        return parse_sheet(data)
    except SheetError as error:
        raise error.at(os.fspath(path)) from None


def check_against_bank(sheet: AnswerSheet, bank: Bank) -> None:
    """Raise SheetError unless every answer fits an item of ``bank`` and the sheet names that bank."""
    if sheet.bank.id != bank.id:
        raise SheetError(
            QT_TRANSLATE_NOOP("Problems", "the sheet answers bank {bank}, not {expected}"),
            bank=_short(sheet.bank.id, 80),
            expected=_short(bank.id, 80),
        )
    if sheet.bank.version != bank.version:
        raise SheetError(
            QT_TRANSLATE_NOOP(
                "Problems", "the sheet answers bank version {version}, but this bank is version {expected}"
            ),
            version=_short(sheet.bank.version, 80),
            expected=_short(bank.version, 80),
        )
    items = bank.item_by_id
    for item_id, value in sheet.answers.items():
        item = items.get(item_id)
        if item is None:
            raise SheetError(
                QT_TRANSLATE_NOOP("Problems", "unknown item id {item}"), item=_short(item_id, 80)
            )
        problem = item.answer_problem(value)
        if problem is not None:
            raise SheetError(problem)
    for item_id in sheet.seconds:
        if item_id not in items:
            raise SheetError(
                QT_TRANSLATE_NOOP("Problems", "time given for unknown item id {item}"),
                item=_short(item_id, 80),
            )
