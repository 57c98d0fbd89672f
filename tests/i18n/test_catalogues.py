"""The translation catalogues hold exactly the texts the code asks for, under the contexts it asks with,
and the compiled .qm files are those catalogues (tools/translations.py check); every language but English
is translated in full, every plural in all its forms, and no translation loses a placeholder."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication

from pmfit.core.bank import Bank, CheckItem
from pmfit.render.words import likert_label
from pmfit.system.i18n import ensure_translations
from tests.i18n.conftest import CATALOGUES, PLACEHOLDER, ROOT


def test_catalogues_and_compiled_files_are_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_english_plurals_read_naturally(qapp: object) -> None:
    ensure_translations("en")
    assert QCoreApplication.translate("Result", "%n point(s)", "", 1) == "1 point"
    assert QCoreApplication.translate("Result", "%n point(s)", "", 33) == "33 points"


# ------------------------------------------------------------------------- every other language, complete


def _tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "pmfit_translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TRANSLATED = sorted(p for p in CATALOGUES.glob("pmfit_*.ts") if p.stem != "pmfit_en")


def _messages(path: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in the catalogue at ``path``."""
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {message.findtext('source')!r} has no translation"
            yield context.findtext("name") or "", message.findtext("source") or "", translation


def _texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_there_is_a_catalogue_to_check() -> None:
    assert CATALOGUES / "pmfit_uk.ts" in TRANSLATED


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: p.stem)
def test_every_message_is_translated_and_every_plural_form_filled(path: Path) -> None:
    language = ET.parse(path).getroot().get("language")
    assert path.stem == f"pmfit_{language}"
    wanted_forms = _tools().plural_forms_of(language)
    problems = []
    for context, source, translation in _messages(path):
        where = f"[{context}] {source[:50]!r}"
        state = translation.get("type")  # unfinished, vanished or obsolete: not a finished translation
        if state:
            problems.append(f"{where}: {state}")
        texts = _texts(translation)
        if "%n" in source and len(texts) != wanted_forms:
            problems.append(f"{where}: {len(texts)} plural forms, {language} has {wanted_forms}")
        if not all(text.strip() for text in texts):
            problems.append(f"{where}: empty")
    assert problems == []


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: p.stem)
def test_translations_keep_every_placeholder_so_format_cannot_fail(path: Path) -> None:
    problems = []
    for context, source, translation in _messages(path):
        wanted = set(PLACEHOLDER.findall(source))
        names = {p[1:-1] for p in wanted if p.startswith("{")}
        positional = [0] * (1 + max((int(n) for n in names if n.isdigit()), default=-1))
        named = {n: 0 for n in names if not n.isdigit()}
        for text in _texts(translation):
            if set(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"[{context}] {source[:40]!r} -> {text[:40]!r}: placeholders differ")
                continue
            if names:
                try:
                    text.format(*positional, **named)
                except (ValueError, IndexError, KeyError) as error:
                    problems.append(f"[{context}] {text[:40]!r}: .format() fails ({error})")
    assert problems == []


def test_ukrainian_plurals_read_naturally(ukrainian: None) -> None:
    def points(n: int) -> str:
        return QCoreApplication.translate("Result", "%n point(s)", "", n)

    expected = {1: "1 бал", 2: "2 бали", 4: "4 бали", 5: "5 балів", 11: "11 балів", 12: "12 балів"}
    expected |= {
        14: "14 балів",
        21: "21 бал",
        22: "22 бали",
        25: "25 балів",
        101: "101 бал",
        111: "111 балів",
    }
    assert {n: points(n) for n in expected} == expected
    more = QCoreApplication.translate(
        "Result", "Changing %n answer(s) would be enough to change this lean:", "", 3
    )
    assert more.endswith("3 відповіді:")


def test_the_answer_labels_are_the_ones_the_ukrainian_check_items_quote(
    ukrainian: None, uk_bank: Bank
) -> None:
    labels = [likert_label(value) for value in range(1, 6)]
    assert labels == [
        "Зовсім не погоджуюся",
        "Не погоджуюся",
        "Ні погоджуюся, ні не погоджуюся",
        "Погоджуюся",
        "Цілком погоджуюся",
    ]
    for item in uk_bank.items:
        if isinstance(item, CheckItem):
            assert f"«{likert_label(item.expected)}»" in item.text


def test_update_keeps_every_form_of_a_translated_plural(tmp_path: Path) -> None:
    """lupdate cuts a translate() plural down to its first form; tools/translations.py update puts the rest
    back, so refreshing the catalogue never costs a translator their plurals."""
    tools = _tools()
    catalogue = tmp_path / "pmfit_uk.ts"
    shutil.copy(CATALOGUES / "pmfit_uk.ts", catalogue)
    before = tools.plural_forms(catalogue)
    assert len(before) >= 7 and all(all(plural.forms) for plural in before.values())
    tools.lupdate(catalogue, "uk")
    tools.mark_plurals(catalogue, "uk", before)
    assert tools.plural_forms(catalogue) == before
