"""Where the bundled data lives, in a wheel install and in a source checkout alike.

The wheel carries ``questions/`` and ``assets/`` as ``pmfit/_data/...``; a source checkout (or an editable
install) has them at the top of the repository, one level above the package.
"""

from __future__ import annotations

import locale
import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def data_root(name: str) -> Path:
    """The folder ``questions`` or ``assets``, wherever this installation keeps it."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE / "_data" / name


def bank_path(language: str, bank_id: str = "pmfit") -> Path:
    """The bundled bank for ``language``, falling back to English when there is none."""
    questions = data_root("questions")
    wanted = questions / language / f"{bank_id}.toml"
    return wanted if wanted.is_file() else questions / "en" / f"{bank_id}.toml"


def asset_path(name: str) -> Path:
    return data_root("assets") / name


def user_language() -> str:
    """The two-letter language of the user's locale ('en' when unknown)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value and value not in {"C", "POSIX"} and not value.startswith("C."):
            return value.split("_")[0].split(".")[0].lower() or "en"
    code = locale.getlocale()[0]
    return code.split("_")[0].lower() if code else "en"
