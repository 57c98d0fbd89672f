"""Qt needs a UTF-8 locale: under ``LC_ALL=C`` (or POSIX, another codeset, or a locale the system does
not have) it switches to C.UTF-8 itself, and says so in four lines on stderr ("Detected locale "C" with
character encoding ...") before a command's own output, in English whatever the language. The switch is
right and changes nothing pmfit shows (the language was chosen from the environment as it was:
``pmfit.core.paths.environment_language``), so :func:`utf8_for_qt` keeps that one message quiet while
Qt makes its application; any other message Qt gives meanwhile still reaches stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_SWITCHED = "Detected locale "


@contextmanager
def utf8_for_qt() -> Iterator[None]:
    """Around making Qt's application (see the module docstring)."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: Any, _context: Any, message: str) -> None:
        if not message.startswith(_SWITCHED):
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
