"""A pilot's answer sheets, made ready for ``pmfit bank analyze``: each counted once, each scored with the
bank of its own version, and the three analyses run on the sheets each one can use.

* **Each sheet once.** Pilots pool files from many people, and the same sheet is easily collected twice (the
  same file named twice, or a copy under another name). Sheets are compared by content (their answers,
  times, respondent and bank, whatever the file's spacing or key order); a repeat is left out and reported
  as a duplicate of the first, so that it neither inflates the counts nor weighs twice.
* **Each sheet with its own bank.** A sheet of the analysed bank's version feeds everything. A sheet of an
  earlier version has other items, so it feeds only the known groups, scored with the bank of its own
  version (``bank_of_version``: for the bundled bank, ``earlier_version``, which finds the archived
  versions). A sheet whose version is neither the analysed one nor one that ``bank_of_version`` knows (a
  newer pmfit's, or a made-up one) cannot be scored: it is refused, with the usual one-line error naming
  the file and the version, and nothing is reported.
* **The analyses.** The item analysis (:mod:`pmfit.core.analyze`) and the language screen
  (:mod:`pmfit.core.dif`) on the sheets of the analysed version; the known groups
  (:mod:`pmfit.core.known_groups`) on every sheet whose respondent named a current role of
  product_manager or project_manager and whose two fits could be computed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pmfit.core.analyze import Limits, PilotReport, analyze
from pmfit.core.answers import AnswerSheet, SheetError, check_against_bank
from pmfit.core.bank import Bank
from pmfit.core.dif import MIN_PER_LANGUAGE, LanguageDif, language_dif
from pmfit.core.known_groups import GROUPS, MIN_GROUP, KnownGroups, Member, known_groups
from pmfit.core.languages import languages
from pmfit.core.scoring import score

__all__ = ["Duplicate", "Pilot", "run_pilot"]

LEANS = ("clear_lean", "slight_lean")


@dataclass(frozen=True, slots=True)
class Duplicate:
    name: str  # the file left out
    same_as: str  # the first file with the same sheet


@dataclass(frozen=True, slots=True)
class Pilot:
    report: PilotReport  # the item analysis, on the sheets of the analysed version
    known_groups: KnownGroups  # on every sheet with a known current role, of any version
    languages: tuple[LanguageDif, ...]  # the reference language against each other one
    duplicates: tuple[Duplicate, ...]
    earlier: Mapping[str, int]  # sheets of an earlier version, per version, in the order first met


def _content(sheet: AnswerSheet) -> str:
    return json.dumps(sheet.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _member(bank: Bank, sheet: AnswerSheet) -> Member | None:
    role = sheet.respondent.current_role if sheet.respondent else None
    if role not in GROUPS:
        return None
    result = score(bank, sheet)
    if any(fit.fit is None for fit in result.roles):
        return None  # the gap is undefined: nothing answered on one role's side
    verdict = result.verdict
    return Member(
        role=str(role),
        gap=verdict.difference,
        leans_to_role=verdict.label in LEANS and verdict.lean == role,
        scales={scale.id: scale.score for scale in result.scales},
    )


def run_pilot(
    bank: Bank,
    sheets: Sequence[tuple[str, AnswerSheet]],
    bank_of_version: Callable[[str], Bank | None],
    limits: Limits | None = None,
    min_group: int = MIN_GROUP,
    min_per_language: int = MIN_PER_LANGUAGE,
) -> Pilot:
    """The pilot of ``bank`` on the named ``sheets`` (name, sheet); ``bank_of_version`` gives the bank of
    an earlier version of ``bank`` (None when there is none). Raises SheetError, prefixed with the
    sheet's name, for a sheet that fits neither ``bank`` nor a bank of its own version."""
    seen: dict[str, str] = {}
    duplicates = []
    current: list[AnswerSheet] = []
    members = []
    earlier: dict[str, int] = {}
    for name, sheet in sheets:
        content = _content(sheet)
        if content in seen:
            duplicates.append(Duplicate(name, seen[content]))
            continue
        seen[content] = name
        own = bank
        if sheet.bank.id == bank.id and sheet.bank.version != bank.version:
            own = bank_of_version(sheet.bank.version) or bank
        try:
            check_against_bank(sheet, own)
        except SheetError as error:
            raise error.at(name) from None
        if own is bank:
            current.append(sheet)
        else:
            earlier[own.version] = earlier.get(own.version, 0) + 1
        member = _member(own, sheet)
        if member is not None:
            members.append(member)
    by_language: dict[str, list[Mapping[str, int]]] = {}
    for sheet in current:
        by_language.setdefault(sheet.bank.language, []).append(sheet.answers)
    reference = languages()[0]
    return Pilot(
        report=analyze(bank, [sheet.answers for sheet in current], limits),
        known_groups=known_groups(members, [scale.id for scale in bank.scales], min_group),
        languages=tuple(
            language_dif(bank, by_language, reference, focal, min_per_language)
            for focal in languages()
            if focal != reference
        ),
        duplicates=tuple(duplicates),
        earlier=earlier,
    )
