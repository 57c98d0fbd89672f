"""What went wrong, said in the person's language: one place for the command line and the app.

The core and the store tell a problem as a :class:`~pmfit.core.problems.Phrase` (an English template
marked for the catalogue, context "Problems", and its values); this says it with Qt's translation
catalogue, in the language installed. The store's reasons have their words there too
(``pmfit.storage.store_schema.REASON_WORDS``), so the command line and the app give the same cause: a
nearly full disk is "the disk is full" in both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmfit.core.problems import CONTEXT, Phrase


def spoken(problem: BaseException | Phrase) -> str:
    """``problem`` in the language pmfit speaks now: a phrase, or an error carrying one; any other error
    as its own message."""
    phrase = problem if isinstance(problem, Phrase) else getattr(problem, "phrase", None)
    if not isinstance(phrase, Phrase):
        return str(problem)
    return phrase.say(_translated)


def _translated(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)
