"""Speaking another language in a test: the Ukrainian catalogue installed for one test (the session speaks
English, tests/conftest.py), and the English words of pmfit's own catalogue, to find any a screen, the PDF
or the command line still shows untranslated."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pmfit.core.bank import Bank, load_bank
from pmfit.system.i18n import ensure_translations
from tests.ui.conftest import data_dir, make_app  # noqa: F401 (the real window, as tests/ui drive it)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "assets" / "translations"
UK_BANK = ROOT / "questions" / "uk" / "pmfit.toml"

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")

# Latin words a Ukrainian screen rightly shows besides the bank's own (role titles, certifications, book
# titles): the app's name, the file type, and the keys by the names printed on a keyboard.
SAME_IN_UKRAINIAN = frozenset({"pmfit", "pdf", "enter", "esc", "alt", "ctrl", "shift", "backspace", "del"})
# Bank fields nobody reads on a screen: ids, keys, audit tags and sources (these hold English on purpose).
NOT_READ = frozenset(
    {"id", "language", "role", "framework", "source", "ladder_source", "suits", "kind", "facet", "twin"}
)


def latin_words(text: str) -> set[str]:
    """The words of ``text`` written in Latin letters, lower case, two letters or more."""
    return {word.lower() for word in LATIN_WORD.findall(text) if len(word) > 1}


def _strings(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, str):
        if key not in NOT_READ:
            yield value
    elif isinstance(value, dict):
        for name, inner in value.items():
            yield from _strings(inner, name)
    elif isinstance(value, list | tuple):
        for inner in value:
            yield from _strings(inner, key)


def bank_latin_words(bank: Bank) -> set[str]:
    """The Latin words a bank gives a reader: role titles, certifications and books keep their names."""
    found: set[str] = set()
    for text in _strings(bank.model_dump()):
        found |= latin_words(text)
    return found


@cache
def english_words() -> frozenset[str]:
    """Every word of pmfit's English catalogue (three letters or more) that Ukrainian text has no reason to
    show: the placeholders' names, the Latin words of the Ukrainian bank, SAME_IN_UKRAINIAN and the
    languages' own names left out."""
    import xml.etree.ElementTree as ET

    from pmfit.system.i18n import language_names

    root = ET.parse(CATALOGUES / "pmfit_en.ts").getroot()
    words: set[str] = set()
    for source in root.iter("source"):
        words |= {w for w in latin_words(PLACEHOLDER.sub(" ", source.text or "")) if len(w) >= 3}
    # The language chooser names each language in itself ("English"), whatever language is shown.
    own_names = {w for name in language_names().values() for w in latin_words(name)}
    return frozenset(words - SAME_IN_UKRAINIAN - bank_latin_words(load_bank(UK_BANK)) - own_names)


def english_in(texts: Iterable[str]) -> dict[str, str]:
    """Each English catalogue word found in ``texts``, with the (shortened) text it was found in."""
    found: dict[str, str] = {}
    english = english_words()
    for text in texts:
        for word in sorted(latin_words(text) & english):
            found.setdefault(word, text if len(text) <= 120 else text[:117] + "...")
    return found


@pytest.fixture(scope="session")
def uk_bank() -> Bank:
    return load_bank(UK_BANK)


@pytest.fixture
def ukrainian(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """pmfit speaks Ukrainian (its catalogue, Qt's, and Ukrainian dates) for this test, then English again.

    The system's language is Ukrainian too, as on a Ukrainian desktop: whatever starts later and asks for the
    user's language (the app at start, ``pmfit`` run in a subprocess) gets Ukrainian as well."""
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    assert ensure_translations("uk") == "uk"
    try:
        yield
    finally:
        ensure_translations("en")
