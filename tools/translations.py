#!/usr/bin/env python3
"""Keep pmfit's translation catalogues in step with the code, and compile them.

    python tools/translations.py update   # extract every tr()/translate() text into assets/translations/*.ts
    python tools/translations.py release  # compile each .ts into the .qm the app loads
    python tools/translations.py check    # exit 1 when a catalogue or a .qm is out of date (CI, tests)

``update`` runs Qt's ``lupdate`` (it keeps existing translations and drops texts no longer in the code),
then marks every text holding ``%n`` as a plural ("numerus") message: lupdate only does that for
``self.tr()``, not for ``QCoreApplication.translate()``, and keeps only the first translated form of such a
message, so ``update`` saves every form beforehand and puts them back. The English catalogue gets its
plural forms filled from the "(s)" convention ("%n point(s)" -> "%n point", "%n points"), so English needs
no translator. Another language is one more code in ``pmfit.core.languages`` and a translator's work
on its ``.ts`` file (Qt Linguist, or any XML editor).
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import PySide6

from pmfit.core.languages import LANGUAGES, PLURAL_FORMS

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "assets" / "translations"
QT_TOOLS = Path(PySide6.__file__).resolve().parent


def sources() -> list[str]:
    """Every module that may hold a translatable text (the core never does: it speaks in ids)."""
    files = sorted(
        p for p in (ROOT / "pmfit").rglob("*.py") if "core" not in p.relative_to(ROOT / "pmfit").parts
    )
    return [str(p.relative_to(ROOT)) for p in files]


def lupdate(target: Path, language: str = "en") -> None:
    options = ["-silent", "-locations", "none", "-no-obsolete"]
    options += ["-source-language", "en", "-target-language", language]
    subprocess.run(
        [str(QT_TOOLS / "lupdate"), *options, *sources(), "-ts", str(target)], cwd=ROOT, check=True
    )


def english_forms(source: str) -> list[str]:
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


class Plural(NamedTuple):
    forms: list[str]
    unfinished: bool  # as the translator left it


Forms = dict[tuple[str, str], Plural]


def plural_forms(path: Path) -> Forms:
    """The translated forms of every plural message in the catalogue at ``path``, by (context, text)."""
    if not path.is_file():
        return {}
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            unfinished = translation.get("type") == "unfinished"
            found[(context.findtext("name") or "", message.findtext("source") or "")] = Plural(
                forms, unfinished
            )
    return found


def mark_plurals(path: Path, language: str, kept: Forms | None = None) -> None:
    """Make every %n message a plural one with the language's number of forms; fill English's.

    ``kept`` holds the forms the catalogue had before lupdate ran: lupdate cuts a translate() message's
    forms down to one, since it does not know that message is a plural.
    """
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", language)
    root.set("sourcelanguage", "en")
    for context in root.iter("context"):
        for message in context.iter("message"):
            _mark_plural(message, context.findtext("name") or "", language, kept or {})
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def _mark_plural(message: ET.Element, context: str, language: str, kept: Forms) -> None:
    source = message.findtext("source") or ""
    if "%n" not in source:
        return
    message.set("numerus", "yes")
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    before = kept.get((context, source))
    forms = before.forms if before else [f.text or "" for f in translation.findall("numerusform")]
    if not forms and translation.text and translation.text.strip():
        forms = [translation.text.strip()]
    if language == "en":
        forms = english_forms(source)
        translation.attrib.pop("type", None)
    wanted = PLURAL_FORMS[language]
    forms = (forms + [""] * wanted)[:wanted]
    translation.text = None
    for child in list(translation):
        translation.remove(child)
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    if language == "en":
        return
    if not all(forms) or (before is not None and before.unfinished):
        translation.set("type", "unfinished")
    else:
        translation.attrib.pop("type", None)  # lupdate marks the forms it cut unfinished


def update() -> None:
    for language in LANGUAGES:
        path = CATALOGUES / f"pmfit_{language}.ts"
        kept = plural_forms(path)
        lupdate(path, language)
        mark_plurals(path, language, kept)


def compile_to(ts: Path, qm: Path) -> None:
    subprocess.run([str(QT_TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def release() -> None:
    for language in LANGUAGES:
        compile_to(CATALOGUES / f"pmfit_{language}.ts", CATALOGUES / f"pmfit_{language}.qm")


def messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def calls_in_code() -> set[tuple[str, str]]:
    """Every (context, text) the code asks Qt to translate, read with Python's own parser.

    lupdate's parser silently skips some calls (one with a nested call as its count, say); comparing the
    two finds them.
    """
    found = set()
    for name in sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "tr"
                        and call.args
                        and isinstance(call.args[0], ast.Constant)
                        and isinstance(call.args[0].value, str)
                    ):
                        found.add((node.name, call.args[0].value))
            if isinstance(node, ast.Call):
                func = node.func
                named = isinstance(func, ast.Name) and func.id == "translate"
                named = named or (isinstance(func, ast.Attribute) and func.attr == "translate")
                if named and len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2]):
                    context, text = node.args[0].value, node.args[1].value  # type: ignore[attr-defined]
                    if isinstance(context, str) and isinstance(text, str):
                        found.add((context, text))
    return found


def problems() -> list[str]:
    """What is out of date: texts the code has that a catalogue lacks (or the reverse), stale .qm files."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "fresh.ts"
        lupdate(fresh)
        wanted = messages(fresh)
        for context, source in sorted(calls_in_code() - wanted):
            found.append(
                f"lupdate does not see [{context}] {source!r}: write the call with plain arguments "
                "(a name or a literal for the count, not a nested call)"
            )
        for context, source in sorted(wanted):
            if not context:
                found.append(
                    f'no context for {source!r}: call translate("<Context>", ...) or self.tr(), not a helper '
                    "function, so the catalogue holds it where the code looks for it"
                )
        for language in LANGUAGES:
            ts = CATALOGUES / f"pmfit_{language}.ts"
            if not ts.is_file():
                found.append(f"{ts.name}: missing (run tools/translations.py update)")
                continue
            have = messages(ts)
            for context, source in sorted(wanted - have):
                found.append(f"{ts.name}: lacks [{context}] {source!r} (run tools/translations.py update)")
            for context, source in sorted(have - wanted):
                found.append(f"{ts.name}: obsolete [{context}] {source!r} (run tools/translations.py update)")
            qm = CATALOGUES / f"pmfit_{language}.qm"
            compiled = Path(scratch) / f"{language}.qm"
            compile_to(ts, compiled)
            if not qm.is_file() or qm.read_bytes() != compiled.read_bytes():
                found.append(f"{qm.name}: does not match {ts.name} (run tools/translations.py release)")
    return found


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        return 0
    if argv == ["release"]:
        release()
        return 0
    if argv == ["check"]:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    print(
        __doc__.strip().splitlines()[2:5] and "usage: translations.py update | release | check",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
