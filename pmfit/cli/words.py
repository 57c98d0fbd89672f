"""The command line's words, in the language of ``--lang`` (default: the locale's).

The commands print through Qt's translation catalogue like the app does; ``pmfit.cli.commands`` installs
it once per command, before the parser is built (so that even the help is in that language), and for
``pmfit export`` after making the GUI application the PDF needs, since translations are installed into
the running application.
"""

from __future__ import annotations


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """``QCoreApplication.translate``, imported when first used (``pmfit --version`` loads no Qt)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def decimal(value: float, places: int = 1) -> str:
    """A number with a fraction as the language writes it ('11.8' in English, '11,8' in Ukrainian)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(value, "f", places)
