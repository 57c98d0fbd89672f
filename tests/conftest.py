"""Shared fixtures. Every test runs with its own PMFIT_DATA_DIR, so no test touches a real user folder."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, load_bank

DATA = Path(__file__).parent / "data"
TINY_BANK = DATA / "tiny.toml"


@pytest.fixture(autouse=True)
def _private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("PMFIT_DATA_DIR", str(tmp_path_factory.mktemp("pmfit-data")))
    yield


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp: object) -> object:
    """A QApplication for the whole run, made first. Otherwise an in-process 'pmfit export' would make the
    QGuiApplication it needs headless, and every widget test after it would abort."""
    return qapp


@pytest.fixture(scope="session")
def tiny_bank() -> Bank:
    return load_bank(TINY_BANK)


@pytest.fixture(scope="session")
def bank() -> Bank:
    """The bundled English bank."""
    return load_bank(language="en")


def sheet_of(bank: Bank, answers: Mapping[str, int], **seconds: float) -> AnswerSheet:
    sheet = AnswerSheet.new(bank)
    for item_id, value in answers.items():
        sheet = sheet.with_answer(item_id, value, seconds.get(item_id))
    return sheet
