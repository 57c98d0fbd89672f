"""``pmfit desktop install`` / ``uninstall``: the XDG files in a private data home, and nothing else."""

from __future__ import annotations

import errno
import hashlib
import io
import json
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
from tests.mounts import append_only, fill, needs_root, tmpfs


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
    record = {
        "format": desktop.MANIFEST_FORMAT,
        "files": {str(precious): hashlib.sha256(b"keep me").hexdigest()},  # even with the right hash
        "folders": [str(tmp_path)],
    }
    manifest.write_text(json.dumps(record), encoding="utf-8")
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


def test_a_file_in_the_way_half_way_changes_nothing(share: Path) -> None:
    blocker = share / "icons" / "hicolor" / "512x512"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("in the way", encoding="utf-8")
    data = Path(os.environ["PMFIT_DATA_DIR"])
    before = tree(data)
    code, _, err = run("desktop", "install")
    assert code == 2 and err.count("\n") == 1, err
    assert f"{blocker} is in the way" in err and "nothing was changed" in err
    assert tree(share) == {"icons": None, "icons/hicolor": None, "icons/hicolor/512x512": b"in the way"}
    assert tree(data) == before


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
    # such a path, though the entry is written as the spec says; install refuses it (tested below).
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
    desktop.install(share, ["/home/a b/$x/(it's)/python", "-m", "100%"], tmp_path / "manifest.json")
    entry = share / "applications" / f"{APP_ID}.desktop"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


# --- a brand-new account --------------------------------------------------------------------------------

# What a dry run says, turned into what the real run then says.
DONE = {
    "would make folder": "made folder",
    "would write": "wrote",
    "would replace": "replaced",
    "would record": "recorded",
    "would remove": "removed",
    "would run": "ran",
}


def as_done(lines: list[str]) -> list[str]:
    done = []
    for line in lines:
        for planned, did in DONE.items():
            if line.startswith(planned + " "):
                line = did + line[len(planned) :]
                break
        done.append(line)
    return done


def steps(out: str) -> list[str]:
    """The lines of what was (or would be) done, without the closing sentence."""
    return out.splitlines()[:-1]


def test_a_fresh_home_gets_the_menu_entry_and_the_dry_run_shows_the_same_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    share = home / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(share))
    monkeypatch.setenv("PMFIT_DATA_DIR", str(share / "pmfit" / "pmfit"))  # where pmfit keeps it by default
    code, planned, err = run("desktop", "install", "--dry-run")
    assert (code, err, tree(home)) == (0, "", {})
    made = [Path(line.removeprefix("would make folder ")) for line in steps(planned) if "folder" in line]
    assert made[:2] == [home / ".local", share]
    for number, folder in enumerate(made):
        assert folder.parent == home or folder.parent in made[:number], f"{folder} before its parent"
    code, out, err = run("desktop", "install")
    assert (code, err) == (0, ""), err
    assert steps(out) == as_done(steps(planned))
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "pmfit" / "pmfit" / desktop.MANIFEST_NAME).is_file()

    code, planned, _ = run("desktop", "uninstall", "--dry-run")
    assert code == 0 and (share / "applications" / f"{APP_ID}.desktop").is_file()
    code, out, _ = run("desktop", "uninstall")
    assert code == 0 and steps(out) == as_done(steps(planned))
    assert tree(home) == {}, "every folder install made is gone again"


def test_a_new_account_with_an_empty_home_installs_from_the_command_line(tmp_path: Path) -> None:
    # As the README's first command runs it for someone new: no ~/.local, no XDG_* variables, and pmfit's
    # data folder where Qt puts it (not PMFIT_DATA_DIR).
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pmfit", "desktop", "install"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    share = home / ".local" / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert f"pmfit is in your application menu ({entry})" in done.stdout
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "pmfit" / "pmfit" / desktop.MANIFEST_NAME).is_file()


# --- only what pmfit wrote ------------------------------------------------------------------------------


def entry_path(share: Path) -> Path:
    return share / "applications" / f"{APP_ID}.desktop"


def test_a_hand_edited_entry_is_kept_on_reinstall_and_on_uninstall(share: Path) -> None:
    assert run("desktop", "install")[0] == 0
    entry = entry_path(share)
    edited = entry.read_bytes() + b"X-Mine=true\n"
    entry.write_bytes(edited)
    code, out, err = run("desktop", "install")
    assert (code, err) == (0, "")
    assert entry.read_bytes() == edited
    assert f"kept {entry}: it changed after pmfit wrote it ('pmfit desktop install --force' replaces" in out
    assert out.splitlines()[-1].startswith(f"The menu entry {entry} is not pmfit's, so it is kept")

    code, out, err = run("desktop", "uninstall")
    assert (code, err) == (0, "")
    assert f"kept {entry}: it changed after pmfit wrote it" in out
    assert tree(share) == {"applications": None, f"applications/{APP_ID}.desktop": edited}


def test_force_replaces_an_edited_entry_and_says_so(share: Path) -> None:
    assert run("desktop", "install")[0] == 0
    entry = entry_path(share)
    pristine = entry.read_bytes()
    entry.write_bytes(pristine + b"X-Mine=true\n")
    code, out, err = run("desktop", "install", "--force")
    assert (code, err) == (0, "")
    assert entry.read_bytes() == pristine
    assert f"replaced {entry} (--force: it changed after pmfit wrote it)" in out
    assert run("desktop", "uninstall")[0] == 0
    assert tree(share) == {}, "what --force wrote is pmfit's and goes on uninstall"


def test_an_entry_the_person_made_is_kept_and_the_rest_installed(share: Path) -> None:
    entry = entry_path(share)
    entry.parent.mkdir(parents=True)
    entry.write_bytes(b"[Desktop Entry]\nType=Application\nName=My own pmfit\nExec=/opt/pmfit\n")
    code, out, err = run("desktop", "install", "--dry-run")
    assert (code, err) == (0, "") and f"kept {entry}: pmfit did not write it" in out
    code, out, err = run("desktop", "install")
    assert (code, err) == (0, "")
    assert f"kept {entry}: pmfit did not write it" in out
    assert b"My own pmfit" in entry.read_bytes()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert run("desktop", "uninstall")[0] == 0
    assert tree(share) == {"applications": None, f"applications/{APP_ID}.desktop": entry.read_bytes()}


def test_uninstall_without_a_record_leaves_a_same_named_file_alone(share: Path) -> None:
    entry = entry_path(share)
    icon = share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png"
    for path, data in ((entry, b"[Desktop Entry]\nName=mine\n"), (icon, b"my own icon")):
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
    before = tree(share)
    code, out, err = run("desktop", "uninstall")
    assert (code, err) == (0, "")
    assert tree(share) == before
    assert f"kept {entry}: pmfit did not write it" in out and f"kept {icon}: pmfit did not write it" in out


@pytest.mark.parametrize("where", ["entry", "icon", "record"])
def test_a_link_where_pmfit_would_write_is_refused_and_its_target_untouched(
    share: Path, tmp_path: Path, where: str
) -> None:
    elsewhere = tmp_path / "elsewhere" / "precious"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"not pmfit's")
    link = {
        "entry": entry_path(share),
        "icon": share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png",
        "record": Path(os.environ["PMFIT_DATA_DIR"]) / desktop.MANIFEST_NAME,
    }[where]
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(elsewhere)
    share.mkdir(exist_ok=True)
    before = tree(share)
    for argv in (["install"], ["install", "--force"], ["install", "--dry-run"]):
        code, out, err = run("desktop", *argv)
        assert (code, out) == (2, ""), argv
        assert err == (
            f"pmfit: {link} is a symbolic link (to {elsewhere}); pmfit never writes through a link, so "
            "nothing was changed: remove the link and run 'pmfit desktop install' again\n"
        )
        assert tree(share) == before and link.is_symlink()
        assert elsewhere.read_bytes() == b"not pmfit's"
    assert run("desktop", "uninstall")[0] == 0
    assert link.is_symlink() and elsewhere.read_bytes() == b"not pmfit's"


@needs_root
@pytest.mark.parametrize("full", ["data home", "record folder"])
def test_a_full_disk_leaves_no_entry_behind(share: Path, tmp_path: Path, full: str) -> None:
    # A disk with room for some icons but not all (data home), or a full disk under pmfit's record only.
    data = Path(os.environ["PMFIT_DATA_DIR"])
    mount = share if full == "data home" else data
    with tmpfs(mount, size="24k"):
        if full == "record folder":
            filler = fill(data)
            filler_size = filler.stat().st_size
        before = tree(data) if full == "data home" else {}
        code, out, err = run("desktop", "install")
        assert (code, out) == (2, "")
        assert err.count("\n") == 1 and "the disk is full, so nothing was installed" in err, err
        assert err.rstrip().endswith("free some space on it and run 'pmfit desktop install' again")
        assert tree(share) == {}, "no file and no folder of this run is left"
        if full == "data home":
            assert tree(data) == before
        else:
            assert sorted(os.listdir(data)) == ["filler"] and filler.stat().st_size == filler_size


def test_a_failure_while_renaming_puts_back_every_earlier_file(
    share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The renames come after every byte is on the disk, so only a fault can fail one: the last one (the
    # record's) fails here, after the icons and the entry are in place.
    record = tmp_path / "record.json"
    desktop.install(share, ["/opt/old/pmfit"], record)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").unlink()  # so this run also makes a new file
    before, record_before = tree(share), record.read_bytes()
    real_replace = os.replace

    def failing_replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if Path(target) == record and Path(source).name.endswith(".part"):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(desktop.DesktopError, match="Input/output error, so nothing was installed"):
        desktop.install(share, ["/opt/new/pmfit"], record)
    monkeypatch.setattr(os, "replace", real_replace)
    assert tree(share) == before
    assert record.read_bytes() == record_before
    assert not [p for p in tmp_path.rglob(".pmfit-*")], "no temporary file is left"


def test_a_program_path_with_a_percent_sign_is_refused(
    share: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pmfit = script(tmp_path / "100% mine" / "bin" / "pmfit")
    monkeypatch.setattr(sys, "argv", [str(pmfit)])
    data = Path(os.environ["PMFIT_DATA_DIR"])
    before = tree(data)
    for argv in (["install"], ["install", "--dry-run"]):
        code, out, err = run("desktop", *argv)
        assert (code, out) == (2, "")
        assert err.count("\n") == 1 and f"from {pmfit}" in err, err
        assert "cannot start a program whose path contains '%'" in err
    assert (tree(share), tree(data)) == ({}, before)


@needs_root
def test_an_uninstall_that_cannot_remove_one_file_removes_none(share: Path) -> None:
    assert run("desktop", "install")[0] == 0
    installed = tree(share)
    with append_only(share / "icons/hicolor/512x512/apps"):  # files there can never be removed
        code, out, err = run("desktop", "uninstall")
        assert (code, out) == (2, "")
        assert err.count("\n") == 1 and "so nothing was removed" in err, err
        assert tree(share) == installed
    assert (Path(os.environ["PMFIT_DATA_DIR"]) / desktop.MANIFEST_NAME).is_file()
