"""The ``Exec`` of pmfit's desktop entry: which pmfit is running, and that command written as the Desktop
Entry Specification asks (and as menus can start it).
"""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from collections.abc import Sequence

# Characters that force an Exec argument into double quotes (Desktop Entry Specification, "The Exec key").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes these four still need a backslash.
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class DesktopError(Exception):
    """Installing or removing the menu entry failed; one line fit to show a person."""


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


def check_writable_text(value: str) -> None:
    """A desktop entry is UTF-8 text, one key a line: a path must be both."""
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise DesktopError(f"cannot put {value!r} into a desktop entry: it contains a control character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise DesktopError(
            f"cannot put {value!r} into a desktop entry: the path is not valid UTF-8"
        ) from None


def escape_string(value: str) -> str:
    """The string escape of desktop entry values (applied after the Exec quoting, as the spec says)."""
    return value.replace("\\", "\\\\")


def exec_argument(argument: str) -> str:
    """One argument of ``Exec`` quoted as the spec asks: ``%`` doubled, and an argument with a reserved
    character in double quotes with ``"`` `` ` `` ``$`` ``\\`` backslash-escaped."""
    check_writable_text(argument)
    argument = argument.replace("%", "%%")
    if argument and not any(c in _RESERVED for c in argument):
        return argument
    inner = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
    return f'"{inner}"'


def exec_value(command: Sequence[str]) -> str:
    """The value of the ``Exec`` key (as written in the file) that runs ``command``."""
    return escape_string(" ".join(exec_argument(a) for a in command))


def check_menus_can_start(command: Sequence[str]) -> None:
    """Refuse a program that menus cannot start. GLib (GNOME's menus, ``gio launch``) looks for the
    program of ``Exec`` before it turns the spec's ``%%`` back into ``%``, so it never finds a program
    whose path holds a ``%`` and drops the whole entry; no quoting helps."""
    if "%" in command[0]:
        raise DesktopError(
            f"cannot put pmfit into the menu from {command[0]}: desktop menus (GLib) cannot start a "
            "program whose path contains '%', so nothing was changed; install pmfit in a folder whose "
            "path has no '%' and run 'pmfit desktop install' from there"
        )
