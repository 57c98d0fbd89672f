"""The blind keying study: do practitioners key each statement of a bank the way the bank keys it?

Every statement a respondent reads is rated by practitioners who never see the bank's keys: each likert
self-description, and each option of each choice item together with its question (check items measure
nothing and are left out). For each statement a rater says whose everyday work it is: ``P`` (Product
Manager), ``J`` (Project Manager), ``B`` (both) or ``N`` (neither). The bank's own key of a statement is the
role of the scales it carries weight on (``B`` when it carries weight on scales of both roles, ``N`` when on
none), whatever the direction of a reverse-keyed statement: a rater rates the work it is about.

This module is pure: the statements of a bank and their blind order (:func:`study`), the statistics
(:func:`fleiss_kappa`, :func:`content_validity_ratio`, :func:`agreement`) and the report that joins raters'
ratings to the key (:func:`keying_report`). ``keying_files`` reads and writes the sheets.

The bar a bank must meet (:class:`Bar`): every statement keyed to a role is given that key by at least 80%
of the raters, and no statement is called "both" or "neither" by a majority (more than half) unless that is
its key.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from pmfit.core.bank import ROLE_IDS, Bank, ChoiceItem, LikertItem

__all__ = [
    "RATINGS",
    "Bar",
    "KeyingReport",
    "RaterSummary",
    "ScaleSummary",
    "Statement",
    "StatementResult",
    "Study",
    "agreement",
    "content_validity_ratio",
    "fleiss_kappa",
    "keying_report",
    "shuffled",
    "statements",
    "study",
]

#: The four answers a rater gives, in the order reports list them.
RATINGS = ("P", "J", "B", "N")
PRODUCT_LETTER, PROJECT_LETTER, BOTH, NEITHER = RATINGS
_LETTER_OF_ROLE = dict(zip(ROLE_IDS, (PRODUCT_LETTER, PROJECT_LETTER), strict=True))


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement a rater reads, with what the bank says of it (never shown to the rater)."""

    item_id: str
    option: int | None  # the option's index from 0, as in answer sheets; None for a self-description
    question: str | None  # the choice item's question; None for a self-description
    text: str
    key: str  # P, J, B or N: whose work the bank keys it as
    scales: tuple[str, ...]  # the responsibilities it carries weight on, in bank order

    @property
    def ref(self) -> tuple[str, int | None]:
        """What names the statement across sheets, seeds and languages: its item and option."""
        return (self.item_id, self.option)


def _key_of(bank: Bank, weights: Mapping[str, float]) -> tuple[str, tuple[str, ...]]:
    scales = tuple(scale.id for scale in bank.scales if weights.get(scale.id, 0) > 0)
    roles = {bank.scale_by_id[scale].role for scale in scales}
    if not roles:
        return NEITHER, scales
    if len(roles) > 1:
        return BOTH, scales
    return _LETTER_OF_ROLE.get(roles.pop(), NEITHER), scales


def statements(bank: Bank) -> tuple[Statement, ...]:
    """Every statement of ``bank`` in bank order: each likert item, then each option of a choice item in
    its place (tie-breakers included: a respondent reads them too); check items are left out."""
    found = []
    for item in bank.items:
        if isinstance(item, LikertItem):
            key, scales = _key_of(bank, item.scales)
            found.append(Statement(item.id, None, None, item.text, key, scales))
        elif isinstance(item, ChoiceItem):
            for number, option in enumerate(item.options):
                key, scales = _key_of(bank, option.weights)
                found.append(Statement(item.id, number, item.text, option.text, key, scales))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Study:
    """One blind sheet: the bank it was made from, the seed of its order, its statements in bank order and
    in the order the rater reads them (statement number ``n`` is ``order[n - 1]``). ``check`` is a
    checksum over all of it, keys included, so a sheet is only ever joined to the key it was made with."""

    bank_id: str
    bank_version: str
    language: str
    seed: int
    statements: tuple[Statement, ...]
    order: tuple[Statement, ...]

    @property
    def check(self) -> str:
        rows = [
            [s.item_id, s.option, s.key, list(s.scales), s.question, s.text]
            for s in self.order  # in sheet order: the same statements under another seed differ
        ]
        data = [self.bank_id, self.bank_version, self.language, self.seed, rows]
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def shuffled(values: Sequence[Statement], seed: int) -> tuple[Statement, ...]:
    """``values`` in the order of a Fisher-Yates shuffle driven by ``random.Random(seed).random()``.

    Not ``Random.shuffle``: Python promises that an int seed gives the same ``random()`` sequence in every
    version, but not that ``shuffle`` keeps its algorithm, and a stored study must find its order again.
    """
    rng = random.Random(seed)
    order = list(values)
    for last in range(len(order) - 1, 0, -1):
        other = int(rng.random() * (last + 1))
        order[last], order[other] = order[other], order[last]
    return tuple(order)


def study(bank: Bank, seed: int) -> Study:
    """The blind sheet of ``bank`` shuffled by ``seed``: the same bank and seed give the same order on every
    machine and Python version."""
    in_bank_order = statements(bank)
    return Study(bank.id, bank.version, bank.language, seed, in_bank_order, shuffled(in_bank_order, seed))


# ------------------------------------------------------------------------------------------ statistics


def agreement(given_key: int, raters: int) -> float:
    """The share of ``raters`` who gave the bank's key (``given_key`` of them)."""
    if raters <= 0:
        raise ValueError("agreement needs at least one rater")
    return given_key / raters


def content_validity_ratio(essential: int, raters: int) -> float:
    """Lawshe's (1975) content validity ratio, (n_e - N/2) / (N/2): -1 when no rater gives the key, 0 when
    half do, 1 when all do. Here n_e counts the raters who gave the bank's key."""
    if raters <= 0:
        raise ValueError("the content validity ratio needs at least one rater")
    if not 0 <= essential <= raters:
        raise ValueError("more raters gave the key than there are raters")
    return float(Fraction(2 * essential - raters, raters))


def fleiss_kappa(counts: Sequence[Sequence[int]]) -> float | None:
    """Fleiss' (1971) kappa of ``counts[i][j]``: how many raters put subject i into category j, the same
    number of raters for every subject. None when it is undefined: fewer than two raters, no subjects, or
    every rating in one category (then chance agreement is already perfect).

    kappa = (P - Pe) / (1 - Pe), P the mean over subjects of the share of agreeing rater pairs, Pe the sum
    of the squared overall category shares. Computed in exact fractions, so it never leaves [-1, 1].
    """
    if not counts:
        return None
    if any(value < 0 for row in counts for value in row):
        raise ValueError("a count of raters cannot be negative")
    raters = sum(counts[0])
    if any(sum(row) != raters for row in counts):
        raise ValueError("Fleiss' kappa needs the same number of raters for every subject")
    if raters < 2:
        return None
    subjects = len(counts)
    pairs = sum(sum(value * value for value in row) - raters for row in counts)
    observed = Fraction(pairs, subjects * raters * (raters - 1))
    totals = [sum(column) for column in zip(*counts, strict=True)]
    expected = sum(Fraction(total, subjects * raters) ** 2 for total in totals)
    if expected == 1:
        return None
    return float((observed - expected) / (1 - expected))


# ------------------------------------------------------------------------------------------ the report


@dataclass(frozen=True, slots=True)
class Bar:
    """What every statement must meet: ``agreement`` (at least this share of the raters give the key, for a
    statement keyed to a role) and no "both" or "neither" by more than ``majority`` of them (unless that is
    its key). Exact fractions, so that 4 of 5 raters is exactly 80%."""

    agreement: Fraction = Fraction(4, 5)
    majority: Fraction = Fraction(1, 2)


@dataclass(frozen=True, slots=True)
class StatementResult:
    statement: Statement
    counts: Mapping[str, int]  # raters per rating, P J B N
    raters: int
    agreement: float  # share of raters giving the key
    cvr: float  # Lawshe's content validity ratio with n_e = raters giving the key
    shortfalls: tuple[str, ...]  # why it is below the bar: "agreement", "both", "neither"; () when not

    @property
    def below_bar(self) -> bool:
        return bool(self.shortfalls)

    @property
    def majority_keyed(self) -> bool:
        """More than half of the raters gave the bank's key."""
        return 2 * self.counts[self.statement.key] > self.raters


@dataclass(frozen=True, slots=True)
class ScaleSummary:
    scale_id: str
    statements: int
    agreement: float | None  # mean over its statements; None when it has none
    cvr: float | None
    below_bar: int
    # No kappa per responsibility: nearly every statement of one responsibility has the same key, and
    # kappa's chance correction then makes near-perfect agreement look like none (the kappa paradox,
    # Feinstein & Cicchetti 1990). Kappa is reported over all statements, where the keys vary.


@dataclass(frozen=True, slots=True)
class RaterSummary:
    name: str
    agreement: float  # share of the statements this rater keyed as the bank does


@dataclass(frozen=True, slots=True)
class KeyingReport:
    bank_id: str
    bank_version: str
    bar: Bar
    raters: tuple[RaterSummary, ...]
    statements: tuple[StatementResult, ...]  # in bank order
    scales: tuple[ScaleSummary, ...]  # in bank order
    agreement: float  # share of all ratings that give the key
    cvr: float  # mean content validity ratio over the statements
    kappa: float | None  # Fleiss' kappa among the raters over all statements and the four ratings

    @property
    def below_bar(self) -> tuple[StatementResult, ...]:
        return tuple(result for result in self.statements if result.below_bar)

    @property
    def majority_keyed(self) -> int:
        return sum(1 for result in self.statements if result.majority_keyed)

    @property
    def meets_bar(self) -> bool:
        return not self.below_bar


def _shortfalls(statement: Statement, counts: Mapping[str, int], raters: int, bar: Bar) -> tuple[str, ...]:
    found = []
    if statement.key in (PRODUCT_LETTER, PROJECT_LETTER) and Fraction(counts[statement.key], raters) < (
        bar.agreement
    ):
        found.append("agreement")
    for letter, name in ((BOTH, "both"), (NEITHER, "neither")):
        if letter != statement.key and Fraction(counts[letter], raters) > bar.majority:
            found.append(name)
    return tuple(found)


def keying_report(
    scale_ids: Sequence[str],
    keyed: Sequence[Statement],
    ratings: Sequence[tuple[str, Mapping[tuple[str, int | None], str]]],
    bank_id: str,
    bank_version: str,
    bar: Bar | None = None,
) -> KeyingReport:
    """The report of the raters' ``ratings`` (per rater: a name and a rating per statement ``ref``, every
    statement of ``keyed`` rated) against the bank's keys in ``keyed`` (bank order). ``scale_ids`` orders
    the per-responsibility summary."""
    bar = bar or Bar()
    if not ratings:
        raise ValueError("a keying report needs at least one rater")
    raters = len(ratings)
    results = []
    for statement in keyed:
        given = [rated[statement.ref] for _name, rated in ratings]
        counts = {letter: given.count(letter) for letter in RATINGS}
        results.append(
            StatementResult(
                statement=statement,
                counts=counts,
                raters=raters,
                agreement=agreement(counts[statement.key], raters),
                cvr=content_validity_ratio(counts[statement.key], raters),
                shortfalls=_shortfalls(statement, counts, raters, bar),
            )
        )
    summaries = tuple(
        RaterSummary(name, _mean([1.0 if rated[s.ref] == s.key else 0.0 for s in keyed]) or 0.0)
        for name, rated in ratings
    )
    scales = tuple(
        _scale_summary(scale_id, [r for r in results if scale_id in r.statement.scales])
        for scale_id in scale_ids
    )
    return KeyingReport(
        bank_id=bank_id,
        bank_version=bank_version,
        bar=bar,
        raters=summaries,
        statements=tuple(results),
        scales=scales,
        agreement=_mean([r.agreement for r in results]) or 0.0,
        cvr=_mean([r.cvr for r in results]) or 0.0,
        kappa=fleiss_kappa([[r.counts[letter] for letter in RATINGS] for r in results]),
    )


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _scale_summary(scale_id: str, results: Sequence[StatementResult]) -> ScaleSummary:
    return ScaleSummary(
        scale_id=scale_id,
        statements=len(results),
        agreement=_mean([r.agreement for r in results]),
        cvr=_mean([r.cvr for r in results]),
        below_bar=sum(1 for r in results if r.below_bar),
    )
