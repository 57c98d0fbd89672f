"""The use cases the app and the command line share: which bank scores a sheet, how a stored sheet is
scored again, and what the history keeps of a result."""

from __future__ import annotations

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
