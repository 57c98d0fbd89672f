"""Translatable chart words. The painters are not QObjects, so they translate in one fixed context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "ResultPainter"


def tr(text: str) -> str:
    """``text`` in the user's language when a translator is installed, else as written."""
    return QCoreApplication.translate(CONTEXT, text)
