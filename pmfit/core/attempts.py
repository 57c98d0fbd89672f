"""What the desktop app and the command line both do with an attempt, written once for both.

Like a collection's operations in Anki: the app's controllers (``pmfit.ui``) and the commands
(``pmfit.cli``) call these and differ only in how they show the outcome.

* :func:`scoring_bank`: which bank scores a sheet. The version of the questions it was answered with, when
  pmfit still has it (earlier versions are bundled for that); otherwise the bank at hand.
* :func:`answered_with`: how a sheet's questions relate to the bank that scores it (the same version, an
  earlier one pmfit kept, or another one, of which only the answers that still fit can count).
* :func:`rescore_attempt`: a stored sheet scored the way it was answered, whatever version that was.
* :func:`record_of`: what the history keeps of a result.
* :func:`rest_left`: whether a finished quick form's rest can be answered now, and how many questions it
  is ("Answer the rest" goes on with the same sheet);
* :func:`finishing`: what a sitting that ends stores: its sheet and record, and the attempt it completes
  (the rest of a quick form updates that attempt in place rather than adding another).
* :func:`for_pooling` and :func:`pooled_name`: a finished attempt's sheet as a cohort pools it for a pilot
  (``pmfit history export --all``), and the name of its file.

Pure, apart from ``earlier``: a function the caller passes to find a bundled earlier version (reading it
from disk), so that the app can keep the banks it has loaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import Enum

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, earlier_version
from pmfit.core.compare import answers_fitting
from pmfit.core.scoring import Result, score

#: Finds the bundled earlier ``version`` of the bank at hand, or None when pmfit does not have it.
EarlierBanks = Callable[[str], Bank | None]


def bundled_versions(current: Bank) -> EarlierBanks:
    """Finds the earlier versions of ``current`` bundled with pmfit (questions/*/archive/)."""
    return lambda version: earlier_version(current, version)


class Answered(Enum):
    """How the questions a sheet answered relate to the bank that scores it."""

    SAME = "same"  # the bank at hand, in the version the sheet answered
    EARLIER = "earlier"  # an earlier version pmfit kept, the one the sheet answered
    OTHER = "other"  # another version: only the answers that still fit the bank can count


def scoring_bank(sheet: AnswerSheet, current: Bank, earlier: EarlierBanks | None) -> Bank:
    """The bank that scores ``sheet``: ``current``, unless the sheet answered another version of it that
    ``earlier`` finds. ``earlier`` is None when the person named a bank file: then that bank it is."""
    if earlier is None or sheet.bank.id != current.id or sheet.bank.version == current.version:
        return current
    return earlier(sheet.bank.version) or current


def answered_with(sheet: AnswerSheet, bank: Bank, current: Bank) -> Answered:
    """How ``sheet``'s questions relate to ``bank``, which scores it (``current`` is the bank at hand)."""
    if sheet.bank.version != bank.version:
        return Answered.OTHER
    return Answered.SAME if bank.version == current.version else Answered.EARLIER


@dataclass(frozen=True)
class Rescored:
    """A stored sheet scored again, with the bank that scored it and how its questions relate to it."""

    bank: Bank
    result: Result
    answered: Answered


def rescore_attempt(sheet: AnswerSheet, current: Bank, earlier: EarlierBanks | None) -> Rescored:
    """Score a stored ``sheet`` as it was answered: with its own version of the questions when pmfit still
    has it, else with ``current`` and the answers that still fit it."""
    bank = scoring_bank(sheet, current, earlier)
    result = score(bank, answers_fitting(sheet, bank))
    return Rescored(bank, result, answered_with(sheet, bank, current))


@dataclass(frozen=True)
class Record:
    """What the history keeps of a finished attempt's result, beside its answer sheet."""

    lean: str | None  # the leading role id, None when too close to call (or not enough answers)
    label: str  # the result's profile id (clear_lean, too_close, not_enough_answers, ...)
    fits: dict[str, float]  # role id -> fit 0-100, for the roles that have one
    scales: dict[str, float | None]  # scale id -> interest 0-100, None when unanswered


def record_of(result: Result) -> Record:
    return Record(
        lean=result.verdict.lean,
        label=result.verdict.label,
        fits={role.id: role.fit for role in result.roles if role.fit is not None},
        scales={scale.id: scale.score for scale in result.scales},
    )


# ------------------------------------------------------------------------------------- pooling a cohort


def _day(moment: str) -> str:
    """An ISO 8601 moment kept to its day: midnight UTC of the day it falls on in UTC."""
    day = datetime.fromisoformat(moment).astimezone(UTC).date()
    return datetime(day.year, day.month, day.day, tzinfo=UTC).isoformat(timespec="seconds")


def for_pooling(sheet: AnswerSheet) -> AnswerSheet:
    """``sheet`` as a cohort pools it for a pilot: whatever the analysis reads (the bank, the answers, the
    seconds spent on each question, the form, what the person said about themselves), with the start and
    the finish kept to the day.

    A sheet has no name in it; the moment it was taken, to the second and in the person's time zone,
    could still tell who it is ("Ann sat it at 9:14 in Kyiv"). A day in UTC says when the pilot ran and
    no more. The file format allows nothing else that could name a person (unknown fields are refused).
    """
    finished = sheet.finished_at
    return replace(
        sheet,
        started_at=_day(sheet.started_at),
        finished_at=_day(finished) if finished is not None else None,
    )


def pooled_name(attempt_id: int, sheet: AnswerSheet, data: bytes) -> str:
    """The file name of a pooled ``sheet`` whose file holds ``data``: ``pmfit-<finished day>-<attempt
    id>-<digest>.json``. The names sort by day, then by attempt; the first 8 hex digits of the file's
    SHA-256 keep files from different computers apart when their folders are copied together (everyone's
    first attempt of a pilot day has the same day and id), and give the same sheet the same name again."""
    day = _day(sheet.finished_at or sheet.started_at)[:10]
    digest = hashlib.sha256(data).hexdigest()[:8]
    return f"pmfit-{day}-{attempt_id:06d}-{digest}.json"


# ------------------------------------------------------------------------ the rest of a quick form


def rest_left(sheet: AnswerSheet, bank: Bank) -> int:
    """The questions "Answer the rest" would ask of the finished quick form ``sheet`` with ``bank`` (the
    bank at hand, in any language): 0 when the sheet is no quick form, answered another version of the
    questions (its rest would be other questions), or went through them all."""
    if sheet.form != "quick" or sheet.bank.id != bank.id or sheet.bank.version != bank.version:
        return 0
    from pmfit.core.quick_order import quick_order
    from pmfit.core.settle import quick_position

    return len(quick_order(bank)) - quick_position(bank, sheet)


@dataclass(frozen=True)
class Finishing:
    """What a sitting that ends stores: its finished sheet, the result and what the history keeps of it,
    and the attempt it completes (a quick form whose rest was answered: updated in place), else None."""

    sheet: AnswerSheet
    result: Result
    record: Record
    replacing: int | None


def finishing(bank: Bank, sheet: AnswerSheet, completes: int | None) -> Finishing:
    """The end of a sitting answering ``sheet`` with ``bank``; ``completes``: the finished quick form whose
    rest it answered (its attempt id), or None for a new attempt."""
    finished = sheet if sheet.finished_at is not None else sheet.finished()
    result = score(bank, finished)
    return Finishing(finished, result, record_of(result), completes)
