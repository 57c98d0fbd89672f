"""The data folder is where existing users' data already is: the app id's change does not move it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmfit.system.datadir import data_folder


def test_data_folder_is_still_pmfit_pmfit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PMFIT_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_folder() == tmp_path / "pmfit" / "pmfit"


def test_the_app_keeps_the_same_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pmfit.ui.app import ensure_application

    monkeypatch.delenv("PMFIT_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    ensure_application([])  # names the application, as a launch does, before the folder is asked for
    assert data_folder() == tmp_path / "pmfit" / "pmfit"
