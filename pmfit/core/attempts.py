"""What the desktop app and the command line both do with an attempt, written once for both.

Like a collection's operations in Anki: the app's controllers (``pmfit.ui``) and the commands
(``pmfit.cli``) call these and differ only in how they show the outcome.

* :func:`scoring_bank`: which bank scores a sheet. The version of the questions it was answered with, when
  pmfit still has it (earlier versions are bundled for that); otherwise the bank at hand.
* :func:`answered_with`: how a sheet's questions relate to the bank that scores it (the same version, an
  earlier one pmfit kept, or another one, of which only the answers that still fit can count).
* :func:`rescore_attempt`: a stored sheet scored the way it was answered, whatever version that was.
* :func:`record_of`: what the history keeps of a result.

Pure, apart from ``earlier``: a function the caller passes to find a bundled earlier version (reading it
from disk), so that the app can keep the banks it has loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
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
