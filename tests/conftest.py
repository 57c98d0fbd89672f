"""Shared fixtures. Every test runs with its own PMFIT_DATA_DIR, so no test touches a real user folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
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
    # The same language on every machine: English, whatever the developer's desktop is set to. Tests of
    # other languages ask for theirs.
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield


@pytest.fixture(autouse=True, scope="session")
def _one_qapplication(qapp: object) -> object:
    """A QApplication for the whole run, made first. Otherwise an in-process 'pmfit export' would make the
    QGuiApplication it needs headless, and every widget test after it would abort. English catalogue
    installed, as the app and the command line install it (it holds the plural forms)."""
    from pmfit.system.i18n import ensure_translations

    ensure_translations("en")
    return qapp


@pytest.fixture(scope="session")
def tiny_bank() -> Bank:
    return load_bank(TINY_BANK)


@pytest.fixture(scope="session")
def bank() -> Bank:
    """The bundled English bank."""
    return load_bank(language="en")


def every_item_answered(bank: Bank) -> AnswerSheet:
    """A sheet answering every asked item of ``bank`` (choices option 0, statements 1-5 in turn)."""
    from pmfit.core.bank import ChoiceItem

    sheet = AnswerSheet.new(bank)
    for n, item in enumerate(bank.main_items):
        sheet = sheet.with_answer(item.id, 0 if isinstance(item, ChoiceItem) else 1 + n % 5)
    return sheet


def archived_bank(version: str = "1.0.0") -> Bank:
    """An earlier bundled bank version, kept for the attempts answered with it."""
    from pmfit.core.paths import archived_bank_path

    path = archived_bank_path("en", version)
    assert path is not None, f"no archived bank {version}"
    return load_bank(path)


def sheet_of(bank: Bank, answers: Mapping[str, int], **seconds: float) -> AnswerSheet:
    sheet = AnswerSheet.new(bank)
    for item_id, value in answers.items():
        sheet = sheet.with_answer(item_id, value, seconds.get(item_id))
    return sheet


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Makes folders on their own small tmpfs (``small_disk("16k")``; root only: CI runs as root),
    unmounted afterwards."""
    import subprocess

    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        folder = tmp_path / f"small-disk-{len(mounted)}"
        folder.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
        mounted.append(folder)
        return folder

    yield mount
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)
