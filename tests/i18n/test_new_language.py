"""Adding a language is a translator's job with no code to change: a catalogue made by the tools and
translated is all the app and the command line need to offer it, named in itself."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from pmfit.cli.parser import build_parser
from pmfit.core import languages
from pmfit.system import i18n
from tests.i18n.conftest import CATALOGUES, ROOT


def _tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def polish_added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped catalogues and a Polish one, made as README asks (tools 'add', translate, 'release'),
    in a folder the app takes for its translations."""
    shipped = languages.languages()
    folder = tmp_path / "translations"
    shutil.copytree(CATALOGUES, folder)
    tools = _tools()
    monkeypatch.setattr(tools, "CATALOGUES", folder)
    made = tools.add("pl")
    tree = ET.parse(made)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if (context.findtext("name"), message.findtext("source")) == ("Language", "English"):
                translation.text = "Polski"  # the translator's work, in short: the language's own name
                translation.attrib.pop("type", None)
    tree.write(made, encoding="utf-8")
    tools.release()
    monkeypatch.setattr(languages, "asset_path", lambda name: tmp_path / name)
    monkeypatch.setattr(i18n, "asset_path", lambda name: tmp_path / name)
    languages.languages.cache_clear()
    yield folder
    monkeypatch.undo()  # the shipped catalogues again, before the list of languages is made anew
    languages.languages.cache_clear()
    i18n.ensure_translations("en")
    assert languages.languages() == shipped


def test_a_translated_catalogue_is_a_new_language(polish_added: Path) -> None:
    assert (polish_added / "pmfit_pl.qm").is_file()
    assert languages.languages() == ("en", "pl", "uk")  # English first, then by code
    assert i18n.language_names() == {"en": "English", "pl": "Polski", "uk": "Українська"}
    assert i18n.ensure_translations("pl") == "pl"
    assert build_parser().parse_args(["score", "sheet.json", "--lang", "pl"]).lang == "pl"


def test_the_plural_forms_of_a_new_language_are_qts(polish_added: Path) -> None:
    root = ET.parse(polish_added / "pmfit_pl.ts").getroot()
    plurals = [message for message in root.iter("message") if message.get("numerus") == "yes"]
    assert plurals and all(len(message.findall(".//numerusform")) == 3 for message in plurals)
