"""The languages pmfit speaks: one answer for the app, the command line and the translation tools.

A language is spoken when its interface catalogue ships (``assets/translations/pmfit_<code>.qm``), so
adding one is a translator's job with no code to change (docs/ARCHITECTURE.md, "Adding a language"): the
catalogue and, for the questions, a bank in ``questions/<code>/``. English is the source language and the
fallback; it comes first.
"""

from __future__ import annotations

import re
from functools import cache

from pmfit.core.paths import asset_path

SOURCE_LANGUAGE = "en"
_CATALOGUE = re.compile(r"pmfit_([a-z]{2,3})\.qm")


@cache
def languages() -> tuple[str, ...]:
    """Every language with a catalogue, English first, then by code."""
    try:
        names = [path.name for path in asset_path("translations").iterdir()]
    except OSError:
        names = []
    found = {match.group(1) for name in names if (match := _CATALOGUE.fullmatch(name))}
    return (SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE}))
