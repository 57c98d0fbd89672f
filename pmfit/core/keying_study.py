"""A keying study kept with the bank (``questions/<language>/keying/``): does it hold the bank to the bar?

The folder holds the raters' filled sheets (every ``*.tsv`` that is not a key), the key file(s) the sheets
were made with (``*.key.tsv``) and a ``README.md`` that says who the raters are and how their ratings were
obtained. :func:`study_problems` reads it all and lists, one line each, what keeps the study from being
evidence for the bank as bundled now:

* fewer than :data:`MIN_RATERS` raters;
* a sheet made from another version of the bank than the bundled one (the study is out of date: a new
  version needs a new study), or a sheet that does not read back (see :mod:`pmfit.core.keying_files`);
* a key file that is not the key of the bank and seed it names, or no key file at all, or no README.md;
* every statement below the bar, with its ratings.

The test suite runs it on the bundled banks, so CI fails when the stored ratings say the bar is not met.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pmfit.core.bank import Bank
from pmfit.core.errors import KeyingError
from pmfit.core.keying import KeyingReport, Study, study
from pmfit.core.keying_files import Identity, key_problem, rating_sheets, read_key, read_ratings, report_of

__all__ = ["MIN_RATERS", "StoredStudy", "study_problems"]

MIN_RATERS = 6


@dataclass(frozen=True, slots=True)
class StoredStudy:
    problems: tuple[str, ...]  # empty when the study holds the bundled bank to the bar
    report: KeyingReport | None  # None when the sheets could not be joined at all


def _name(path: Path, folder: Path) -> str:
    return str(path.relative_to(folder))


def study_problems(folder: Path, bank_for_language: Callable[[str], Bank]) -> StoredStudy:
    """The problems of the study in ``folder`` for the banks ``bank_for_language`` gives (the bundled
    bank of each language, at its current version)."""
    problems: list[str] = []
    if not (folder / "README.md").is_file():
        problems.append("no README.md saying who the raters are and how their ratings were obtained")
    keys = sorted(folder.glob("*.key.tsv"))
    sheets = rating_sheets([folder])
    if not keys:
        problems.append("no key file (*.key.tsv) beside the ratings")
    if len(sheets) < MIN_RATERS:
        problems.append(f"{len(sheets)} rater(s); a study needs at least {MIN_RATERS}")

    def current_study(identity: Identity) -> Study:
        bank = bank_for_language(identity.language)
        if identity.bank_version != bank.version:
            raise KeyingError(
                f"made for bank version {identity.bank_version}, but the bundled bank is version "
                f"{bank.version}: the study is out of date, and a new version needs a new study"
            )
        return study(bank, identity.seed)

    for path in keys:
        try:
            key = read_key(path)
            found = current_study(key.identity)
            problem = key_problem(key, found)
        except KeyingError as error:
            problem = str(error)
        if problem:
            problems.append(f"{_name(path, folder)}: {problem.removeprefix(str(path) + ': ')}")

    rated = []
    for path in sheets:
        try:
            sheet = read_ratings(path)
            current_study(sheet.identity)
        except KeyingError as error:
            problems.append(f"{_name(path, folder)}: {str(error).removeprefix(str(path) + ': ')}")
            continue
        rated.append(sheet)
    if not rated:
        return StoredStudy(tuple(problems), None)
    first = bank_for_language(rated[0].identity.language)
    try:
        report = report_of(
            rated,
            lambda identity: study(bank_for_language(identity.language), identity.seed),
            [scale.id for scale in first.scales],
        )
    except KeyingError as error:
        return StoredStudy((*problems, str(error)), None)
    for result in report.below_bar:
        s = result.statement
        where = s.item_id if s.option is None else f"{s.item_id} option {s.option}"
        counts = ", ".join(f"{letter} {n}" for letter, n in result.counts.items())
        problems.append(
            f"{where} (key {s.key}) is below the bar: {counts} ({', '.join(result.shortfalls)}): {s.text!r}"
        )
    return StoredStudy(tuple(problems), report)
