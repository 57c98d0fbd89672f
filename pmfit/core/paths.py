"""Where the bundled data lives, in a wheel install and in a source checkout alike.

The wheel carries ``questions/`` and ``assets/`` as ``pmfit/_data/...``; a source checkout (or an editable
install) has them at the top of the repository, one level above the package. The PyInstaller bundle
(``packaging/pmfit.spec``) lays them out as the wheel does, under its unpacked folder ``sys._MEIPASS``
(``_internal/`` beside the executable).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _candidates(name: str) -> list[Path]:
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    found = [Path(bundle) / "pmfit" / "_data" / name] if isinstance(bundle, str) else []
    return [*found, _PACKAGE / "_data" / name, _PACKAGE.parent / name]


def data_root(name: str) -> Path:
    """The folder ``questions`` or ``assets``, wherever this installation keeps it."""
    candidates = _candidates(name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def bank_path(language: str, bank_id: str = "pmfit") -> Path:
    """The bundled bank for ``language``, falling back to English when there is none."""
    questions = data_root("questions")
    wanted = questions / language / f"{bank_id}.toml"
    return wanted if wanted.is_file() else questions / "en" / f"{bank_id}.toml"


def archived_bank_path(language: str, version: str, bank_id: str = "pmfit") -> Path | None:
    """An earlier version of the bundled bank, kept to re-open attempts answered with it (or None).

    ``version`` comes from a stored answer sheet, so anything but a plain version string is refused
    rather than turned into a path.
    """
    if not re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z.+-]{0,31}", version):
        return None
    questions = data_root("questions")
    for folder in dict.fromkeys((language, "en")):
        candidate = questions / folder / "archive" / f"{bank_id}-{version}.toml"
        if candidate.is_file():
            return candidate
    return None


def asset_path(name: str) -> Path:
    return data_root("assets") / name


def environment_language() -> str | None:
    """The two-letter language the environment names, or None when it names none (all unset).

    As POSIX has it, the first of LC_ALL, LC_MESSAGES and LANG that is set decides: ``LC_ALL=C
    LANG=uk_UA.UTF-8`` is the C locale, English. The C and POSIX locales are English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if not value:
            continue
        if value in {"C", "POSIX"} or value.startswith(("C.", "POSIX.")):
            return "en"
        return value.split("_")[0].split(".")[0].split("@")[0].lower() or "en"
    return None


def user_language() -> str:
    """The two-letter language of the user's locale ('en' when unknown)."""
    found = environment_language()
    if found is not None:
        return found
    import locale  # only when the environment does not say (the app asks Qt instead: see system.i18n)

    code = locale.getlocale()[0]
    return code.split("_")[0].lower() if code else "en"
