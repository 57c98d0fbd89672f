"""One application id everywhere the desktop sees pmfit, and files that the freedesktop tools accept."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from pmfit import __version__
from pmfit.core.paths import asset_path
from pmfit.system.appid import APP_ID
from pmfit.system.desktop import planned_files

DESKTOP = asset_path(f"{APP_ID}.desktop")
METAINFO = asset_path(f"{APP_ID}.metainfo.xml")
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network", "Office",
    "Science", "Settings", "System", "Utility",
}  # fmt: skip


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_the_id_is_reverse_dns() -> None:
    parts = APP_ID.split(".")
    assert len(parts) >= 3 and all(p and p.replace("_", "").isalnum() for p in parts), APP_ID


def test_desktop_entry_uses_the_id() -> None:
    assert DESKTOP.is_file(), f"assets/ has no {APP_ID}.desktop"
    assert entry()["Icon"] == APP_ID
    assert entry()["StartupWMClass"] == APP_ID


def test_desktop_entry_has_one_main_category() -> None:
    categories = [c for c in entry()["Categories"].split(";") if c]
    assert len([c for c in categories if c in MAIN_CATEGORIES]) == 1, categories


def test_metainfo_uses_the_id_and_names_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert root.findtext("provides/binary") == "pmfit"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_installed_files_are_named_after_the_id(tmp_path: Path) -> None:
    names = {f.path.relative_to(tmp_path).as_posix() for f in planned_files(tmp_path, None)}
    assert f"applications/{APP_ID}.desktop" in names
    assert f"metainfo/{APP_ID}.metainfo.xml" in names
    assert f"icons/hicolor/scalable/apps/{APP_ID}.svg" in names
    assert f"icons/hicolor/512x512/apps/{APP_ID}.png" in names
    assert all(Path(n).name.startswith(f"{APP_ID}.") for n in names), names


def test_the_app_tells_qt_the_same_id() -> None:
    from pmfit.ui.app import ensure_application

    ensure_application([])
    assert QGuiApplication.desktopFileName() == APP_ID


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_desktop_file_validate_is_clean() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_appstream_validate_has_no_errors_or_warnings() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    issues = [line for line in done.stdout.splitlines() if line[:2] in {"E:", "W:", "P:"}]
    assert issues == [], done.stdout


def test_debian_changelog_names_this_version() -> None:
    changelog = Path(__file__).parents[2] / "packaging" / "debian" / "changelog"
    first = changelog.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(f"pmfit ({__version__}) "), first
