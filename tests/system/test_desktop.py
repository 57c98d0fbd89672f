"""``pmfit desktop install`` / ``uninstall``: the XDG files in a private data home, and nothing else."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmfit.cli import main
from pmfit.core.paths import asset_path
from pmfit.system import desktop
from pmfit.system.appid import APP_ID


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder (None) under root."""
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


def desktop_key(path: Path, key: str) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{key}="):
            return line.split("=", 1)[1]
    raise AssertionError(f"{key} missing from {path}")


# --- install and uninstall through the command line -------------------------------------------------------


def test_install_puts_entry_icons_and_metainfo_in_place(share: Path) -> None:
    code, out, err = run("desktop", "install")
    assert (code, err) == (0, ""), err
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert "is in your application menu" in out
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == asset_path(
        f"{APP_ID}.metainfo.xml"
    ).read_bytes()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in desktop.ICON_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    # Exec names this pmfit by absolute path, so an entry made from a venv starts that venv's pmfit.
    exec_line = desktop_key(entry, "Exec")
    assert os.path.isabs(desktop_key(entry, "TryExec"))
    assert exec_line.startswith(('"/', "/")), exec_line
    assert desktop_key(entry, "Icon") == APP_ID


def test_install_twice_changes_nothing(share: Path) -> None:
    assert run("desktop", "install")[0] == 0
    before = tree(share)
    code, out, _ = run("desktop", "install")
    assert code == 0
    assert tree(share) == before
    assert "wrote" not in out and "unchanged" in out


def test_uninstall_removes_exactly_what_install_put(share: Path) -> None:
    assert run("desktop", "install")[0] == 0
    code, out, err = run("desktop", "uninstall")
    assert (code, err) == (0, "")
    assert tree(share) == {}, "folders made by install are gone too"
    assert not (Path(os.environ["PMFIT_DATA_DIR"]) / desktop.MANIFEST_NAME).exists()
    assert "your answers and results are kept" in out


def test_foreign_files_and_folders_survive_uninstall(share: Path) -> None:
    apps = share / "applications"
    apps.mkdir(parents=True)
    other = apps / "org.example.Other.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert run("desktop", "install")[0] == 0
    icon_dir = share / "icons/hicolor/48x48/apps"
    foreign_icon = icon_dir / "org.example.Other.png"
    foreign_icon.write_bytes(b"png")
    assert run("desktop", "uninstall")[0] == 0
    assert tree(share) == {
        "applications": None,
        "applications/org.example.Other.desktop": b"[Desktop Entry]\n",
        "icons": None,
        "icons/hicolor": None,
        "icons/hicolor/48x48": None,
        "icons/hicolor/48x48/apps": None,
        "icons/hicolor/48x48/apps/org.example.Other.png": b"png",
    }


def test_uninstall_without_the_manifest_still_finds_pmfits_files(share: Path) -> None:
    assert run("desktop", "install")[0] == 0
    (Path(os.environ["PMFIT_DATA_DIR"]) / desktop.MANIFEST_NAME).unlink()
    assert run("desktop", "uninstall")[0] == 0
    files = [name for name, data in tree(share).items() if data is not None]
    assert files == []


def test_a_manifest_never_removes_files_that_are_not_pmfits(share: Path, tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me", encoding="utf-8")
    manifest = Path(os.environ["PMFIT_DATA_DIR"]) / desktop.MANIFEST_NAME
    manifest.write_text(
        f'{{"format": "{desktop.MANIFEST_FORMAT}", "files": ["{precious}"], "folders": ["{tmp_path}"]}}',
        encoding="utf-8",
    )
    assert run("desktop", "uninstall")[0] == 0
    assert precious.read_text(encoding="utf-8") == "keep me"


def test_dry_run_prints_the_plan_and_changes_nothing(share: Path) -> None:
    data = Path(os.environ["PMFIT_DATA_DIR"])
    before = tree(data)
    code, out, _ = run("desktop", "install", "--dry-run")
    assert code == 0
    assert (tree(share), tree(data)) == ({}, before)
    assert f"would write {share / 'applications' / f'{APP_ID}.desktop'}" in out
    assert f"would make folder {share}" in out
    assert "Dry run: nothing was changed" in out

    assert run("desktop", "install")[0] == 0
    installed = tree(share)
    code, out, _ = run("desktop", "uninstall", "--dry-run")
    assert code == 0 and tree(share) == installed
    assert f"would remove {share / 'metainfo' / f'{APP_ID}.metainfo.xml'}" in out


def test_uninstall_when_nothing_is_installed(share: Path) -> None:
    code, out, err = run("desktop", "uninstall")
    assert (code, err) == (0, "")
    assert "nothing of pmfit's was in the menu" in out


def test_desktop_without_an_action_is_one_line_exit_2() -> None:
    code, out, err = run("desktop")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "install or uninstall" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_data_home_is_one_line_exit_2(share: Path) -> None:
    share.mkdir()
    share.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        code, _, err = run("desktop", "install")
    finally:
        share.chmod(stat.S_IRWXU)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err


def test_a_file_in_the_way_is_one_line_exit_2(share: Path) -> None:
    share.parent.mkdir(parents=True, exist_ok=True)
    share.write_text("not a folder", encoding="utf-8")
    code, _, err = run("desktop", "install")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("pmfit: ") and str(share) in err


def test_an_install_that_fails_half_way_can_still_be_uninstalled(share: Path) -> None:
    blocker = share / "icons" / "hicolor" / "512x512"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("in the way", encoding="utf-8")
    code, _, err = run("desktop", "install")
    assert code == 2 and err.count("\n") == 1, err
    assert (share / "applications").is_dir(), "the folders before the failure were made"
    assert run("desktop", "uninstall")[0] == 0
    assert tree(share) == {"icons": None, "icons/hicolor": None, "icons/hicolor/512x512": b"in the way"}


def test_windows_and_macos_are_told_to_use_the_bundle() -> None:
    for platform in ("win32", "darwin"):
        with pytest.raises(desktop.DesktopError, match="bundle"):
            desktop.check_platform(platform)
    desktop.check_platform("linux")


# --- caches -----------------------------------------------------------------------------------------------


def fake_tools(bin_dir: Path, log: Path) -> None:
    bin_dir.mkdir()
    for name in ("update-desktop-database", "gtk-update-icon-cache"):
        tool = bin_dir / name
        tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\n', encoding="utf-8")
        tool.chmod(0o755)


def test_caches_are_refreshed_only_where_they_exist(
    share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "tools.log"
    fake_tools(tmp_path / "bin", log)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    assert run("desktop", "install")[0] == 0
    assert not log.exists(), "no cache existed, so none is made (it would not be pmfit's to leave behind)"
    cache = share / "icons" / "hicolor" / "icon-theme.cache"
    cache.write_bytes(b"cache")
    (share / "applications" / "mimeinfo.cache").write_text("[MIME Cache]\n", encoding="utf-8")
    assert run("desktop", "uninstall")[0] == 0
    assert log.read_text(encoding="utf-8").splitlines() == [
        f"update-desktop-database -q {share / 'applications'}",
        f"gtk-update-icon-cache -q -t -f {share / 'icons' / 'hicolor'}",
    ]
    assert cache.exists(), "a cache that was there before stays"


def test_missing_cache_tools_are_not_an_error(share: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (share / "applications").mkdir(parents=True)
    (share / "applications" / "mimeinfo.cache").write_text("", encoding="utf-8")
    monkeypatch.setenv("PATH", "/nonexistent")
    assert run("desktop", "install")[0] == 0


# --- the Exec key -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["/opt/venv/bin/pmfit"], "/opt/venv/bin/pmfit"),
        (["/home/a b/venv/bin/pmfit"], '"/home/a b/venv/bin/pmfit"'),
        (["/usr/bin/python3", "-m", "pmfit"], "/usr/bin/python3 -m pmfit"),
        # The spec's own example: a literal $ inside quotes is \\$ in the file, a backslash four of them.
        (["/x/$HOME/pmfit"], '"/x/\\\\$HOME/pmfit"'),
        (["/x/back\\slash/pmfit"], '"/x/back\\\\\\\\slash/pmfit"'),
        (["/x/100%/pmfit"], "/x/100%%/pmfit"),
        (['/x/say "hi"/pmfit'], '"/x/say \\\\"hi\\\\"/pmfit"'),
        (["/x/it's/pmfit"], '"/x/it\'s/pmfit"'),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(command: list[str], expected: str) -> None:
    assert desktop.exec_value(command) == expected


def unquote_exec(value: str) -> list[str]:
    """An independent reader of Exec, written from the spec: string escapes first, then quoting."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], "?"))
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text, args, current, quoted, i = "".join(unescaped), [], "", False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\":
            current += text[i + 1]
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            args.append(current)
            current = ""
        else:
            current += c
        i += 1
    args.append(current)
    return [a.replace("%%", "%") for a in args]


@given(st.lists(st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1), min_size=1))
def test_exec_reads_back_as_the_same_command(command: list[str]) -> None:
    assert unquote_exec(desktop.exec_value(command)) == command


def test_control_characters_cannot_go_into_a_desktop_entry() -> None:
    with pytest.raises(desktop.DesktopError, match="control character"):
        desktop.exec_value(["/x/new\nline/pmfit"])


# --- which pmfit is running -------------------------------------------------------------------------------


def script(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def test_console_script_is_named_by_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pmfit = script(tmp_path / "my venv" / "bin" / "pmfit")
    monkeypatch.chdir(tmp_path)
    assert desktop.launch_command("my venv/bin/pmfit", "/usr/bin/python3", frozen=False) == [str(pmfit)]


def test_python_dash_m_keeps_the_interpreter(tmp_path: Path) -> None:
    python = tmp_path / "venv" / "bin" / "python"  # a venv's python is a symlink: it must not be resolved
    python.parent.mkdir(parents=True)
    python.symlink_to(sys.executable)
    main_py = str(Path(desktop.__file__).parents[1] / "__main__.py")
    assert desktop.launch_command(main_py, str(python), frozen=False) == [str(python), "-m", "pmfit"]


def test_unknown_argv0_falls_back_to_the_script_beside_python(tmp_path: Path) -> None:
    pmfit = script(tmp_path / "bin" / "pmfit")
    python = tmp_path / "bin" / "python"
    assert desktop.launch_command("/usr/bin/pytest", str(python), frozen=False) == [str(pmfit)]
    assert desktop.launch_command("/usr/bin/pytest", str(tmp_path / "x" / "python"), frozen=False) == [
        str(tmp_path / "x" / "python"),
        "-m",
        "pmfit",
    ]


def test_frozen_bundle_found_on_path_keeps_its_symlink(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = script(tmp_path / "opt" / "pmfit" / "pmfit")
    link = tmp_path / "bin" / "pmfit"
    link.parent.mkdir()
    link.symlink_to(real)
    monkeypatch.setenv("PATH", str(link.parent))
    assert desktop.launch_command("pmfit", str(real), frozen=True) == [str(link)]


# --- a real desktop launcher starts the entry -------------------------------------------------------------


@pytest.mark.skipif(shutil.which("gio") is None, reason="needs gio (libglib2.0-bin)")
def test_gio_launches_the_installed_entry_from_an_awkward_path(share: Path, tmp_path: Path) -> None:
    # No "%" here: GLib looks for Exec's program before it turns "%%" back into "%", so it cannot find
    # such a path, though the entry is written as the spec says (see the quoting test above).
    folder = tmp_path / "my $apps (it's new)"
    marker = tmp_path / "launched"
    fake = folder / "pmfit"
    folder.mkdir()
    fake.write_text(f'#!/bin/sh\nprintf "%s" "$0" > "{marker}"\n', encoding="utf-8")
    fake.chmod(0o755)
    desktop.install(share, [str(fake)], tmp_path / "manifest.json")
    entry = share / "applications" / f"{APP_ID}.desktop"
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS="disabled:", XDG_DATA_DIRS=str(share))
    done = subprocess.run(["gio", "launch", str(entry)], env=env, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    for _ in range(100):  # gio launch returns once the child is spawned; the script then writes the marker
        if marker.exists() and marker.read_text(encoding="utf-8"):
            break
        subprocess.run(["sleep", "0.05"], check=True)
    assert marker.read_text(encoding="utf-8") == str(fake)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_installed_entry_with_an_awkward_path_validates(share: Path, tmp_path: Path) -> None:
    desktop.install(share, ["/home/a b/$x/100%/pmfit", "-m", "pmfit"], tmp_path / "manifest.json")
    entry = share / "applications" / f"{APP_ID}.desktop"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
