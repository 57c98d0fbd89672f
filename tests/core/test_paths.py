"""The bundled data is found in every layout pmfit ships in: checkout, wheel and PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pmfit.core.paths import asset_path, bank_path, data_root


def test_frozen_bundle_data_comes_from_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    questions = tmp_path / "pmfit" / "_data" / "questions" / "en"
    questions.mkdir(parents=True)
    (questions / "pmfit.toml").write_text("", encoding="utf-8")
    (tmp_path / "pmfit" / "_data" / "assets").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bank_path("uk") == questions / "pmfit.toml"
    assert asset_path("pmfit.svg") == tmp_path / "pmfit" / "_data" / "assets" / "pmfit.svg"


def test_not_frozen_ignores_a_stray_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pmfit" / "_data" / "questions").mkdir(parents=True)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert not data_root("questions").is_relative_to(tmp_path)
    assert (data_root("questions") / "en" / "pmfit.toml").is_file()
