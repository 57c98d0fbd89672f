"""Putting pmfit into this person's application menu the freedesktop.org way, and taking it out again.

``pmfit desktop install`` writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``): the desktop entry
into ``applications/``, the icon as PNG into ``icons/hicolor/<size>x<size>/apps/`` and as SVG into
``icons/hicolor/scalable/apps/``, and the AppStream metainfo into ``metainfo/``, all named after
:data:`~pmfit.system.appid.APP_ID`. The entry's ``Exec`` is the absolute path of the pmfit that runs the
command, so an entry made from a virtual environment starts that environment's pmfit; ``TryExec`` names the
same file, so the entry leaves the menu by itself if that environment is deleted (that command, and how it is
written into the entry, are in :mod:`pmfit.system.desktop_exec`).

Install touches only what is pmfit's. It records every file it wrote, with the SHA-256 of what it wrote, and
the folders it had to make, in a record in pmfit's data folder (:mod:`pmfit.system.desktop_record`). A file
at one of pmfit's names that pmfit did not write, or that changed since, is left alone and named (``force``
replaces it); a link there is refused, as pmfit never writes through a link. Everything is written all or
nothing (:mod:`pmfit.system.file_batch`): a full disk half-way leaves no entry, no icon and no folder of this
run behind. Uninstall removes, also all or nothing, only files whose hash is the one on record (with the
record lost, only exact copies of what this pmfit writes), then the folders install made if they are empty.
The caches (``mimeinfo.cache``, ``icon-theme.cache``) are refreshed only where one already exists: creating
one would leave behind a file that is not pmfit's, and a folder without a cache is read directly anyway.

Only files are written here; no Qt. The Debian package reuses :func:`planned_files` to lay out the same
files under ``/usr/share``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pmfit.core.paths import asset_path
from pmfit.system import desktop_words as said
from pmfit.system.appid import APP_ID
from pmfit.system.desktop_exec import (
    DesktopError,
    check_menus_can_start,
    check_writable_text,
    escape_string,
    exec_argument,
    exec_value,
    launch_command,
    running_pmfit,
)
from pmfit.system.desktop_record import (
    MANIFEST_FORMAT,
    Found,
    Manifest,
    digest,
    look,
    manifest_bytes,
    read_manifest,
)
from pmfit.system.file_batch import BatchError, remove_all, write_all

__all__ = [
    "ICON_SIZES",
    "MANIFEST_FORMAT",
    "MANIFEST_NAME",
    "DesktopError",
    "Manifest",
    "Outcome",
    "PlannedFile",
    "check_menus_can_start",
    "check_platform",
    "data_home",
    "desktop_entry",
    "exec_argument",
    "exec_value",
    "install",
    "launch_command",
    "planned_files",
    "read_manifest",
    "running_pmfit",
    "uninstall",
]

# hicolor sizes with a PNG in assets/icons/pmfit-<size>.png; 16 to 512, as the icon theme spec lists them.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MANIFEST_NAME = "desktop-install.json"


@dataclass(frozen=True)
class PlannedFile:
    path: Path
    data: bytes


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (the Base Directory
    spec says to ignore a relative path)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = env.get("HOME") or os.path.expanduser("~")
    return Path(home) / ".local" / "share"


def check_platform(platform: str = sys.platform) -> None:
    if platform.startswith(("win", "cygwin", "darwin")):
        raise DesktopError(said.not_here())


# --- what gets written ------------------------------------------------------------------------------------


def desktop_entry(command: Sequence[str] | None) -> bytes:
    """The desktop entry from ``assets/``; with ``command``, its ``Exec`` runs that command and ``TryExec``
    names its program. Without, it stays ``Exec=pmfit`` (found on PATH: a system install)."""
    text = asset_path(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    if command is None:
        return text.encode("utf-8")
    check_writable_text(command[0])
    lines = []
    for line in text.splitlines():
        if line.startswith(("Exec=", "TryExec=")):
            if line.startswith("Exec="):
                lines.append(f"Exec={exec_value(command)}")
                lines.append(f"TryExec={escape_string(command[0])}")
            continue
        lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _read_asset(name: str) -> bytes:
    path = asset_path(name)
    try:
        return path.read_bytes()
    except OSError as error:
        raise DesktopError(f"pmfit's own file {path} cannot be read: {error.strerror or error}") from None


def planned_files(share: Path, command: Sequence[str] | None) -> list[PlannedFile]:
    """Every file that goes under ``share`` (a data home, or ``/usr/share`` in a package), with its bytes."""
    icons = share / "icons" / "hicolor"
    files = [
        PlannedFile(share / "applications" / f"{APP_ID}.desktop", desktop_entry(command)),
        PlannedFile(share / "metainfo" / f"{APP_ID}.metainfo.xml", _read_asset(f"{APP_ID}.metainfo.xml")),
        PlannedFile(icons / "scalable" / "apps" / f"{APP_ID}.svg", _read_asset("pmfit.svg")),
    ]
    for size in ICON_SIZES:
        files.append(
            PlannedFile(
                icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png", _read_asset(f"icons/pmfit-{size}.png")
            )
        )
    return files


def _is_ours(path: Path) -> bool:
    """Only files named after the app id are ever removed, whatever a record says."""
    return path.name.startswith(f"{APP_ID}.")


# --- caches -----------------------------------------------------------------------------------------------


def _run_quietly(argv: list[str]) -> None:
    # A cache that cannot be refreshed is not worth failing over: the files are in place either way.
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(argv, check=False, capture_output=True, timeout=60)


def cache_refreshes(share: Path) -> list[list[str]]:
    """The cache tools to run after a change under ``share``: only for caches that exist, only with tools
    that are installed."""
    commands = []
    applications = share / "applications"
    tool = shutil.which("update-desktop-database")
    if tool and (applications / "mimeinfo.cache").is_file():
        commands.append([tool, "-q", str(applications)])
    hicolor = share / "icons" / "hicolor"
    tool = shutil.which("gtk-update-icon-cache")
    if tool and (hicolor / "icon-theme.cache").is_file():
        commands.append([tool, "-q", "-t", "-f", str(hicolor)])
    return commands


def _refresh_caches(share: Path, dry_run: bool) -> list[str]:
    done = []
    for argv in cache_refreshes(share):
        done.append(said.ran(" ".join(argv), dry_run))
        if not dry_run:
            _run_quietly(argv)
    return done


# --- install and uninstall --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What install or uninstall did (or, in a dry run, would do), one line each in the order done, and
    the files it left alone because they are not pmfit's."""

    lines: list[str]
    kept: list[Path]


def _folders_to_make(folders: Sequence[Path]) -> list[Path]:
    """The folders of ``folders`` and their ancestors that do not exist yet, each after its parent."""
    missing: list[Path] = []
    for folder in folders:
        chain = []
        for candidate in (folder, *folder.parents):
            if candidate in missing:
                break
            if os.path.lexists(candidate):
                if not candidate.is_dir():
                    raise DesktopError(said.in_the_way(folder, candidate))
                break
            chain.append(candidate)
        missing.extend(reversed(chain))
    return missing


def _refuse_odd_target(path: Path, found: Found) -> None:
    """A link or a non-file where pmfit would write: one line, before anything is changed."""
    if found.kind == "link":
        raise DesktopError(said.through_a_link(path, _link_target(path)))
    if found.kind == "other":
        raise DesktopError(said.not_replaceable(path, found.what or "not a regular file"))


def _link_target(path: Path) -> str | None:
    try:
        return os.readlink(path)
    except OSError:
        return None


def _not_pmfits(path: Path, manifest: Manifest) -> str:
    """Why a file at one of pmfit's names is not pmfit's (to keep it), in words."""
    if manifest.files.get(path):
        return said.changed_since()
    if path in manifest.files:
        return said.no_hash_to_tell()
    return said.not_written_by_pmfit()


def _install_order(plan: list[PlannedFile]) -> list[PlannedFile]:
    """The entry last: a menu that sees it appear finds its icons and metainfo already there."""
    return sorted(plan, key=lambda planned: planned.path.suffix == ".desktop")


def _failure(error: BatchError, command: str, installing: bool) -> DesktopError:
    """The one line for a failed batch: what failed, that nothing changed, and what the person can do
    before running ``command`` again."""
    owner = _owner(error.path.parent) if error.error.errno == errno.EACCES else None
    return DesktopError(said.failed(error.action, error.path, error.error, owner, installing, command))


def _owner(folder: Path) -> str | None:
    """Who owns ``folder`` when it is not the person running pmfit (a folder made by 'sudo pip')."""
    try:
        uid = folder.stat().st_uid
    except OSError:
        return None
    if not hasattr(os, "geteuid") or uid == os.geteuid():
        return None
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"user {uid}"


def install(
    share: Path,
    command: Sequence[str],
    manifest_path: Path,
    *,
    dry_run: bool = False,
    force: bool = False,
) -> Outcome:
    """Write the entry, icons and metainfo under ``share`` for ``command``, all or nothing, and record
    them (with their hashes) in ``manifest_path``.

    A file pmfit did not write, or that changed since it did, is left alone (and named) unless ``force``;
    a link where a file would go is refused, as is a program that menus cannot start. Running it again
    changes only what differs.
    """
    check_menus_can_start(command)
    previous = read_manifest(manifest_path)
    _refuse_odd_target(manifest_path, look(manifest_path))
    lines: list[str] = []
    kept: list[Path] = []
    writes: list[tuple[Path, bytes]] = []
    files: dict[Path, str | None] = {}
    for planned in _install_order(planned_files(share, command)):
        path, wanted = planned.path, digest(planned.data)
        found = look(path)
        _refuse_odd_target(path, found)
        written_by_pmfit = found.digest is not None and previous.files.get(path) == found.digest
        if found.kind == "file" and found.digest == wanted:
            lines.append(said.unchanged(path))
        elif found.kind == "absent" or written_by_pmfit:
            lines.append(said.written(path, dry_run))
            writes.append((path, planned.data))
        else:
            why = _not_pmfits(path, previous)
            if not force:
                lines.append(said.kept(path, why, force_replaces=True))
                kept.append(path)
                continue
            lines.append(said.replaced(path, why, dry_run))
            writes.append((path, planned.data))
        files[path] = wanted
    # What an earlier install wrote stays on record with its hash: a file this version no longer writes
    # (for uninstall to find) and one kept because it changed since (so it is still told apart).
    for path, recorded in previous.files.items():
        if path not in files and os.path.lexists(path):
            files[path] = recorded
    folders = _folders_to_make([*(path.parent for path, _ in writes), manifest_path.parent])
    on_record = [f for f in previous.folders if f.is_dir()]
    record = Manifest(files, tuple(dict.fromkeys([*on_record, *folders])))
    lines[:0] = [said.made_folder(folder, dry_run) for folder in folders]
    lines.append(said.recorded(manifest_path, dry_run))
    if not dry_run:
        try:
            write_all(folders, [*writes, (manifest_path, manifest_bytes(record))])
        except BatchError as error:
            raise _failure(error, "pmfit desktop install", installing=True) from None
    lines.extend(_refresh_caches(share, dry_run))
    return Outcome(lines, kept)


def _removable_folders(folders: Sequence[Path], removed: Sequence[Path]) -> list[Path]:
    """Of ``folders`` (deepest first), those that hold nothing once ``removed`` and the emptied folders
    deeper down are gone."""
    gone = set(removed)
    emptied: list[Path] = []
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        try:
            entries = [folder / name for name in os.listdir(folder)]
        except OSError:
            continue
        if all(entry in gone for entry in entries):
            emptied.append(folder)
            gone.add(folder)
    return emptied


def uninstall(
    share: Path, manifest_path: Path, command: Sequence[str] | None = None, *, dry_run: bool = False
) -> Outcome:
    """Remove, all or nothing, the files :func:`install` wrote that are still as it wrote them, then the
    folders it made if they are left empty.

    A file counts as pmfit's when its hash is the one on record, or, with no hash on record (the record
    was lost), when it is byte for byte what this pmfit (started by ``command``) writes there: removing
    such a copy loses nothing. Anything else is left alone and named, and so is a link.
    """
    manifest = read_manifest(manifest_path)
    try:
        plan = planned_files(share, command)
    except DesktopError:  # this pmfit's own path cannot go into an entry: compare with the plain one
        plan = planned_files(share, None)
    shipped = {planned.path: digest(planned.data) for planned in plan}
    lines: list[str] = []
    kept: list[Path] = []
    removals: list[Path] = []
    for path in dict.fromkeys([*manifest.files, *shipped]):
        if not _is_ours(path):
            continue
        found = look(path)
        recorded = manifest.files.get(path)
        if found.kind == "absent":
            continue
        if found.kind == "file" and found.digest == (recorded or shipped.get(path)):
            lines.append(said.removed(path, dry_run))
            removals.append(path)
            continue
        if found.kind == "link":
            why = said.a_link()
        elif found.kind == "other":
            why = said.not_a_file_pmfit_wrote(found.what or "not a regular file")
        else:
            why = _not_pmfits(path, manifest)
        lines.append(said.kept(path, why))
        kept.append(path)
    if look(manifest_path).kind == "file":
        lines.append(said.removed(manifest_path, dry_run))
        removals.append(manifest_path)
    folders = _removable_folders(manifest.folders, removals)
    if not dry_run:
        try:
            remove_all(removals)
        except BatchError as error:
            raise _failure(error, "pmfit desktop uninstall", installing=False) from None
        folders = [folder for folder in folders if _remove_folder(folder)]
    lines.extend(said.removed_folder(folder, dry_run) for folder in folders)
    if not removals and not kept:
        lines.append(said.nothing_in_menu())
    lines.extend(_refresh_caches(share, dry_run))
    return Outcome(lines, kept)


def _remove_folder(folder: Path) -> bool:
    try:
        folder.rmdir()  # fails, as it should, when anything is left in it
    except OSError:
        return False
    return True
