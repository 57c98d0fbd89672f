"""Putting pmfit into this person's application menu the freedesktop.org way, and taking it out again.

``pmfit desktop install`` writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``): the desktop entry
into ``applications/``, the icon as PNG into ``icons/hicolor/<size>x<size>/apps/`` and as SVG into
``icons/hicolor/scalable/apps/``, and the AppStream metainfo into ``metainfo/``, all named after
:data:`~pmfit.system.appid.APP_ID`. The entry's ``Exec`` is the absolute path of the pmfit that runs the
command, so an entry made from a virtual environment starts that environment's pmfit; ``TryExec`` names the
same file, so the entry leaves the menu by itself if that environment is deleted.

Install records what it wrote, and which folders it had to make, in a manifest in pmfit's data folder.
Uninstall removes exactly those files (plus pmfit's own file names under the current data home, should the
manifest be lost) and those folders when they are empty, and nothing else. The caches
(``mimeinfo.cache``, ``icon-theme.cache``) are refreshed only where one already exists: creating one would
leave behind a file that is not pmfit's, and a folder without a cache is read directly anyway.

Only files are written here; no Qt. The Debian package reuses :func:`planned_files` to lay out the same
files under ``/usr/share``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pmfit.core.paths import asset_path
from pmfit.system.appid import APP_ID
from pmfit.system.atomic import WriteError, write_atomically

# hicolor sizes with a PNG in assets/icons/pmfit-<size>.png; 16 to 512, as the icon theme spec lists them.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MANIFEST_NAME = "desktop-install.json"
MANIFEST_FORMAT = "pmfit.desktop-install/1"

# Characters that force an Exec argument into double quotes (Desktop Entry Specification, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four still need a backslash.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class DesktopError(Exception):
    """Installing or removing the menu entry failed; one line fit to show a person."""


@dataclass(frozen=True)
class PlannedFile:
    path: Path
    data: bytes


@dataclass(frozen=True)
class Manifest:
    files: tuple[Path, ...]
    folders: tuple[Path, ...]


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
        raise DesktopError(
            "'pmfit desktop' puts pmfit into a Linux (freedesktop.org) menu; on Windows and macOS "
            "install the bundle instead (see README.md, 'Install')"
        )


# --- the command that starts this pmfit -------------------------------------------------------------------


def _locate(program: str) -> str | None:
    """``program`` as an absolute path: as given when it has a folder in it, else looked up on PATH (a
    native executable, such as the bundle's, sees argv[0] exactly as it was typed)."""
    if not program:
        return None
    if os.sep in program or (os.altsep and os.altsep in program):
        found: str | None = program
    else:
        found = shutil.which(program)
    # abspath, not resolve: a venv's python and /usr/bin/pmfit are symlinks that must stay as they are.
    return os.path.abspath(found) if found and os.path.isfile(found) else None


def launch_command(argv0: str, executable: str, frozen: bool) -> list[str]:
    """The command line that starts the pmfit running now, as absolute paths.

    ``pmfit`` (a console script, or the bundle's executable) is named by its own path; ``python -m pmfit``
    becomes that Python with ``-m pmfit``; an unknown ``argv0`` (pmfit called from inside another program)
    falls back to the ``pmfit`` script beside the Python, then to ``-m pmfit``.
    """
    if frozen:
        return [_locate(argv0) or os.path.abspath(executable)]
    python = os.path.abspath(executable)
    if os.path.basename(argv0) == "__main__.py" or argv0 in {"", "-m", "-c"}:
        return [python, "-m", "pmfit"]
    located = _locate(argv0)
    if located and os.path.basename(located).lower().startswith("pmfit"):
        return [located]
    for name in ("pmfit", "pmfit.exe"):
        sibling = os.path.join(os.path.dirname(python), name)
        if os.path.isfile(sibling) and os.access(sibling, os.X_OK):
            return [sibling]
    return [python, "-m", "pmfit"]


def running_pmfit() -> list[str]:
    return launch_command(sys.argv[0], sys.executable, bool(getattr(sys, "frozen", False)))


def _check_writable_text(value: str) -> None:
    """A desktop entry is UTF-8 text, one key a line: a path must be both."""
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise DesktopError(f"cannot put {value!r} into a desktop entry: it contains a control character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise DesktopError(
            f"cannot put {value!r} into a desktop entry: the path is not valid UTF-8"
        ) from None


def _escape_string(value: str) -> str:
    """The string escape of desktop entry values (applied after the Exec quoting, as the spec says)."""
    return value.replace("\\", "\\\\")


def exec_argument(argument: str) -> str:
    """One argument of ``Exec`` quoted as the spec asks: ``%`` doubled, and an argument with a reserved
    character in double quotes with ``"`` `` ` `` ``$`` ``\\`` backslash-escaped."""
    _check_writable_text(argument)
    argument = argument.replace("%", "%%")
    if argument and not any(c in _RESERVED for c in argument):
        return argument
    inner = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
    return f'"{inner}"'


def exec_value(command: Sequence[str]) -> str:
    """The value of the ``Exec`` key (as written in the file) that runs ``command``."""
    return _escape_string(" ".join(exec_argument(a) for a in command))


# --- what gets written ------------------------------------------------------------------------------------


def desktop_entry(command: Sequence[str] | None) -> bytes:
    """The desktop entry from ``assets/``; with ``command``, its ``Exec`` runs that command and ``TryExec``
    names its program. Without, it stays ``Exec=pmfit`` (found on PATH: a system install)."""
    text = asset_path(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    if command is None:
        return text.encode("utf-8")
    _check_writable_text(command[0])
    lines = []
    for line in text.splitlines():
        if line.startswith(("Exec=", "TryExec=")):
            if line.startswith("Exec="):
                lines.append(f"Exec={exec_value(command)}")
                lines.append(f"TryExec={_escape_string(command[0])}")
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


# --- the manifest -----------------------------------------------------------------------------------------


def read_manifest(path: Path) -> Manifest:
    """What an earlier install recorded; empty when there is none or it cannot be read (uninstall then
    still finds pmfit's own file names, see :func:`uninstall`)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Manifest((), ())
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        return Manifest((), ())

    def paths(key: str) -> tuple[Path, ...]:
        values = data.get(key)
        if not isinstance(values, list):
            return ()
        return tuple(Path(v) for v in values if isinstance(v, str) and os.path.isabs(v))

    return Manifest(paths("files"), paths("folders"))


def _manifest_bytes(manifest: Manifest) -> bytes:
    data = {
        "format": MANIFEST_FORMAT,
        "files": sorted(str(p) for p in manifest.files),
        "folders": sorted(str(p) for p in manifest.folders),
    }
    return (json.dumps(data, indent=2) + "\n").encode("utf-8")


def _is_ours(path: Path) -> bool:
    """Only files named after the app id are ever removed, whatever a manifest says."""
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


# --- install and uninstall --------------------------------------------------------------------------------


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and its ancestors that do not exist yet, outermost first."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    return list(reversed(missing))


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data, what=path.name)
    except WriteError as error:
        raise DesktopError(str(error)) from None


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir()
    except FileExistsError:
        if not folder.is_dir():
            raise DesktopError(
                f"cannot make the folder {folder}: a file of that name is in the way"
            ) from None
    except OSError as error:
        raise DesktopError(f"cannot make the folder {folder}: {error.strerror or error}") from None


def install(share: Path, command: Sequence[str], manifest_path: Path, *, dry_run: bool = False) -> list[str]:
    """Write the entry, icons and metainfo under ``share`` for ``command``; returns what was (or, with
    ``dry_run``, would be) done, one line each. Running it again changes only what differs."""
    previous = read_manifest(manifest_path)
    plan = planned_files(share, command)
    folders: list[Path] = []
    for planned in plan:
        folders.extend(f for f in _missing_folders(planned.path.parent) if f not in folders)
    manifest_folders = [f for f in _missing_folders(manifest_path.parent) if f not in folders]
    written = [planned.path for planned in plan]
    # Keep what earlier installs recorded, so uninstall still finds a file a newer version stopped writing.
    kept = [path for path in previous.files if path not in written and path.exists()]
    manifest = Manifest(
        files=tuple(written + kept),
        folders=tuple(dict.fromkeys([*previous.folders, *manifest_folders, *folders])),
    )
    done: list[str] = []
    # The record goes first: should a write fail half-way, uninstall still knows all this run may have made.
    for folder in manifest_folders:
        done.append(f"{'would make' if dry_run else 'made'} folder {folder}")
        if not dry_run:
            _make_folder(folder)
    done.append(f"{'would record' if dry_run else 'recorded'} what is installed in {manifest_path}")
    if not dry_run:
        _write(manifest_path, _manifest_bytes(manifest))
    for folder in folders:
        done.append(f"{'would make' if dry_run else 'made'} folder {folder}")
        if not dry_run:
            _make_folder(folder)
    for planned in plan:
        try:
            same = planned.path.is_file() and planned.path.read_bytes() == planned.data
        except OSError:
            same = False
        if same:
            done.append(f"unchanged {planned.path}")
            continue
        done.append(f"{'would write' if dry_run else 'wrote'} {planned.path}")
        if not dry_run:
            _write(planned.path, planned.data)
    done.extend(_refresh_caches(share, dry_run))
    return done


def _refresh_caches(share: Path, dry_run: bool) -> list[str]:
    done = []
    for argv in cache_refreshes(share):
        done.append(f"{'would run' if dry_run else 'ran'} {' '.join(argv)}")
        if not dry_run:
            _run_quietly(argv)
    return done


def uninstall(share: Path, manifest_path: Path, *, dry_run: bool = False) -> list[str]:
    """Remove what :func:`install` wrote: the files it recorded and pmfit's own names under ``share``,
    then the folders it made if they are empty. Returns the lines of what was (would be) done."""
    manifest = read_manifest(manifest_path)
    candidates = dict.fromkeys([*manifest.files, *(p.path for p in planned_files(share, None))])
    done: list[str] = []
    removed_anything = False
    for path in candidates:
        if not _is_ours(path) or not (path.is_file() or path.is_symlink()):
            continue
        done.append(f"{'would remove' if dry_run else 'removed'} {path}")
        removed_anything = True
        if not dry_run:
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as error:
                raise DesktopError(f"cannot remove {path}: {error.strerror or error}") from None
    if manifest_path.is_file():
        done.append(f"{'would remove' if dry_run else 'removed'} {manifest_path}")
        if not dry_run:
            with contextlib.suppress(FileNotFoundError):
                manifest_path.unlink()
    # Deepest first, and only empty ones: a folder that holds anything else stays.
    for folder in sorted(manifest.folders, key=lambda p: len(p.parts), reverse=True):
        if not folder.is_dir():
            continue
        if dry_run:
            done.append(f"would remove the folder {folder} if nothing else is in it")
            continue
        with contextlib.suppress(OSError):
            folder.rmdir()  # fails, as it should, while anything is left in it
            done.append(f"removed empty folder {folder}")
    if not removed_anything:
        done.append("nothing of pmfit's was in the menu")
    done.extend(_refresh_caches(share, dry_run))
    return done
