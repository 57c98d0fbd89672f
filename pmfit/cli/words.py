"""The command line's words, in the language of ``--lang`` (default: the locale's).

The commands print through Qt's translation catalogue like the app does; :func:`speak` installs it. It is
called once per command, before anything is printed (``pmfit export`` calls it itself, after making the
GUI application the PDF needs, since translations are installed into the running application).
"""

from __future__ import annotations

import argparse
from typing import Any


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """``QCoreApplication.translate``, imported when first used (``pmfit --version`` loads no Qt)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def speak(args: argparse.Namespace) -> str:
    """Install the catalogue for ``args.lang`` (None: the locale's) and return the language it chose."""
    from pmfit.system.i18n import ensure_translations

    language: Any = getattr(args, "lang", None)
    return ensure_translations(language)


def decimal(value: float, places: int = 1) -> str:
    """A number with a fraction as the language writes it ('11.8' in English, '11,8' in Ukrainian)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value, "f", places)
