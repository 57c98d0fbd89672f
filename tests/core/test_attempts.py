"""The use cases the app and the command line share: which bank scores a sheet, how a stored sheet is
scored again, and what the history keeps of a result."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from pmfit.core.answers import AnswerSheet, BankRef
from pmfit.core.attempts import (
    Answered,
    answered_with,
    bundled_versions,
    record_of,
    rescore_attempt,
    scoring_bank,
)
from pmfit.core.bank import Bank
from pmfit.core.scoring import score
from tests.conftest import archived_bank, every_item_answered


def answering(sheet: AnswerSheet, bank_id: str, version: str) -> AnswerSheet:
    return replace(sheet, bank=BankRef(bank_id, version, "en"))


def test_a_sheet_of_the_current_version_is_scored_with_the_current_bank(bank: Bank) -> None:
    sheet = every_item_answered(bank)
    asked: list[str] = []

    def earlier(version: str) -> Bank | None:
        asked.append(version)
        return None

    assert scoring_bank(sheet, bank, earlier) is bank
    assert asked == []  # nothing is looked up for it
    assert answered_with(sheet, bank, bank) is Answered.SAME


def test_a_sheet_of_a_bundled_earlier_version_is_scored_with_that_version(bank: Bank) -> None:
    old = archived_bank("1.0.0")
    sheet = every_item_answered(old)
    chosen = scoring_bank(sheet, bank, bundled_versions(bank))
    assert chosen.version == "1.0.0" and chosen.id == bank.id
    assert answered_with(sheet, chosen, bank) is Answered.EARLIER


def test_a_sheet_of_an_unknown_version_or_a_named_bank_uses_the_bank_at_hand(bank: Bank) -> None:
    unknown = answering(every_item_answered(bank), bank.id, "0.1.0")
    assert scoring_bank(unknown, bank, bundled_versions(bank)) is bank
    assert answered_with(unknown, bank, bank) is Answered.OTHER
    # A bank the person named is the one used, even for a sheet of a version pmfit has.
    old = every_item_answered(archived_bank("1.0.0"))
    assert scoring_bank(old, bank, None) is bank
    # Another bank's sheet is never matched to one of pmfit's own earlier versions.
    assert scoring_bank(answering(old, "other", "1.0.0"), bank, bundled_versions(bank)) is bank


def test_rescoring_an_archived_attempt_gives_the_result_it_had(bank: Bank) -> None:
    old = archived_bank("1.0.0")
    sheet = every_item_answered(old).finished()
    rescored = rescore_attempt(sheet, bank, bundled_versions(bank))
    assert rescored.bank.version == "1.0.0" and rescored.answered is Answered.EARLIER
    assert rescored.result == score(old, sheet)


def test_rescoring_with_another_version_counts_only_the_answers_that_fit(bank: Bank) -> None:
    sheet = every_item_answered(bank)
    sheet = answering(
        sheet.with_answer("retired_item", 3).with_answer(bank.main_items[0].id, 99), bank.id, "0.1"
    )
    rescored = rescore_attempt(sheet, bank, bundled_versions(bank))
    assert rescored.bank is bank and rescored.answered is Answered.OTHER
    assert rescored.result.answered == score(bank, every_item_answered(bank)).answered - 1


@pytest.mark.parametrize("complete", [True, False])
def test_the_record_keeps_the_verdict_the_fits_and_every_scale(bank: Bank, complete: bool) -> None:
    sheet = every_item_answered(bank) if complete else AnswerSheet.new(bank)
    result = score(bank, sheet)
    record = record_of(result)
    assert (record.lean, record.label) == (result.verdict.lean, result.verdict.label)
    assert record.fits == {role.id: role.fit for role in result.roles if role.fit is not None}
    assert list(record.scales) == [scale.id for scale in bank.scales]  # unanswered ones too, as None
    assert (None in record.scales.values()) is not complete


# ------------------------------------------------------------------------------------- pooling a cohort


def test_what_a_person_says_about_themselves_is_never_scored(bank: Bank) -> None:
    from pmfit.core.answers import Respondent

    sheet = every_item_answered(bank)
    for said in (
        Respondent("product_manager", 9),
        Respondent("project_manager", 0),
        Respondent("none", None),
    ):
        assert score(bank, replace(sheet, respondent=said)) == score(bank, sheet)


def test_a_pooled_sheet_keeps_what_the_analysis_reads_and_the_days_only(bank: Bank) -> None:
    from pmfit.core.answers import Respondent, parse_sheet
    from pmfit.core.attempts import for_pooling

    taken = replace(
        every_item_answered(bank).with_answer(bank.main_items[0].id, 3, 4.25),
        started_at="2026-11-26T23:50:10+02:00",  # 21:50 UTC
        finished_at="2026-11-27T00:59:59+02:00",  # 22:59 UTC, the day before in UTC
        respondent=Respondent("project_manager", 6),
        form="full",
    )
    pooled = for_pooling(taken)
    assert (pooled.started_at, pooled.finished_at) == (
        "2026-11-26T00:00:00+00:00",
        "2026-11-26T00:00:00+00:00",
    )
    assert replace(pooled, started_at=taken.started_at, finished_at=taken.finished_at) == taken
    assert parse_sheet(pooled.dumps()) == pooled  # a valid sheet, read back the same
    assert score(bank, pooled) == score(bank, taken)


def test_pooled_names_sort_by_day_and_keep_different_sheets_apart(bank: Bank) -> None:
    from pmfit.core.attempts import for_pooling, pooled_name

    sheet = for_pooling(replace(every_item_answered(bank), finished_at="2026-03-01T10:00:00+00:00"))
    data = sheet.dumps().encode()
    name = pooled_name(7, sheet, data)
    assert name == f"pmfit-2026-03-01-000007-{hashlib.sha256(data).hexdigest()[:8]}.json"
    assert pooled_name(7, sheet, data) == name  # the same sheet, the same name
    first = bank.main_items[0].id
    other = sheet.with_answer(first, 2 if sheet.answers[first] != 2 else 3)
    assert pooled_name(7, other, other.dumps().encode()) != name  # another computer's attempt 7 that day
    later = replace(sheet, finished_at="2026-03-02T00:00:00+00:00")
    assert sorted([pooled_name(1, later, data), name]) == [name, pooled_name(1, later, data)]


# ------------------------------------------------------------------------ the rest of a quick form


def test_rest_left_is_what_a_quick_form_did_not_ask_with_the_same_questions(bank: Bank) -> None:
    from pmfit.core.attempts import rest_left
    from pmfit.core.quick_order import quick_order

    order = quick_order(bank)
    quick = replace(AnswerSheet.new(bank), form="quick")
    for item_id in order[:20]:
        quick = quick.with_answer(item_id, bank.item_by_id[item_id].values[0], 3.0)
    assert rest_left(quick, bank) == len(order) - 20
    assert rest_left(replace(quick, form="full"), bank) == 0  # a full form has no rest
    assert rest_left(replace(quick, form=None), bank) == 0
    other = replace(quick, bank=replace(quick.bank, version="2.0.0"))
    assert rest_left(other, bank) == 0  # its rest would be other questions


def test_finishing_says_what_to_store_and_which_attempt_it_completes(bank: Bank) -> None:
    from pmfit.core.attempts import finishing, record_of

    sheet = every_item_answered(bank)
    end = finishing(bank, sheet, 7)
    assert end.sheet.finished_at is not None and end.sheet.answers == sheet.answers
    assert end.result == score(bank, end.sheet) and end.record == record_of(end.result)
    assert end.replacing == 7 and finishing(bank, sheet, None).replacing is None
