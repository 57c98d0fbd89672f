"""``ExportError``: the PDF could not be saved (a :class:`pmfit.system.atomic.WriteError`)."""

from __future__ import annotations

from pmfit.system.atomic import WriteError

__all__ = ["ExportError"]


class ExportError(WriteError):
    """The PDF could not be written. The message is one line that names the path, fit to show a person;
    nothing was left behind and a file that was already at the path is untouched."""
