#!/usr/bin/env python3
"""Keep pmfit's translation catalogues in step with the code, and compile them.

    python tools/translations.py update   # extract every tr()/translate() text into assets/translations/*.ts
    python tools/translations.py release  # compile each .ts into the .qm the app loads
    python tools/translations.py check    # exit 1 when a catalogue or a .qm is out of date (CI, tests)
    python tools/translations.py add CODE # start the catalogue of a new language (say "pl"): pmfit_pl.ts

``update`` runs Qt's ``lupdate`` (it keeps existing translations and drops texts no longer in the code),
then marks every text holding ``%n`` as a plural ("numerus") message: lupdate only does that for
``self.tr()``, not for ``QCoreApplication.translate()``, and keeps only the first translated form of such a
message, so ``update`` saves every form beforehand and puts them back. The English catalogue gets its
plural forms filled from the "(s)" convention ("%n point(s)" -> "%n point", "%n points"), so English needs
no translator. Another language is ``add CODE`` and a translator's work on its ``.ts`` file (Qt Linguist,
or any XML editor), then ``release``: the languages are the catalogues there are, and the number of plural
forms of each is asked of lupdate, which knows every language's (Ukrainian 3, Polish 3, Japanese 1).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import NamedTuple

import PySide6

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "assets" / "translations"
QT_TOOLS = Path(PySide6.__file__).resolve().parent


def catalogued() -> list[str]:
    """The languages with a catalogue (``pmfit_<code>.ts``), English first."""
    codes = sorted(path.stem.removeprefix("pmfit_") for path in CATALOGUES.glob("pmfit_*.ts"))
    return sorted(codes, key=lambda code: code != "en")


@cache
def plural_forms_of(language: str) -> int:
    """How many plural forms ``language`` has, as Qt counts them: asked of lupdate with a one-line probe."""
    with tempfile.TemporaryDirectory() as scratch:
        probe, ts = Path(scratch) / "probe.py", Path(scratch) / "probe.ts"
        probe.write_text(
            "from PySide6.QtCore import QObject\n\n\nclass Probe(QObject):\n"
            "    def count(self, n: int) -> str:\n        return self.tr('%n thing(s)', '', n)\n",
            encoding="utf-8",
        )
        command = [str(QT_TOOLS / "lupdate"), "-silent", "-target-language", language, str(probe)]
        subprocess.run([*command, "-ts", str(ts)], check=True, capture_output=True)
        return len(ET.parse(ts).getroot().findall(".//numerusform"))


def sources() -> list[str]:
    """Every module that may hold a translatable text. The core imports no Qt: what it tells a person (a
    sheet or a file that cannot be used) it marks with ``QT_TRANSLATE_NOOP`` (pmfit.core.problems), which
    lupdate reads like any translate() call."""
    files = sorted((ROOT / "pmfit").rglob("*.py"))
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
    wanted = plural_forms_of(language)
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
    for language in catalogued():
        path = CATALOGUES / f"pmfit_{language}.ts"
        kept = plural_forms(path)
        lupdate(path, language)
        mark_plurals(path, language, kept)


def compile_to(ts: Path, qm: Path) -> None:
    subprocess.run([str(QT_TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def add(language: str) -> Path:
    """A new catalogue for ``language``, holding every text of the code, waiting for its translations."""
    if not re.fullmatch(r"[a-z]{2,3}", language):
        raise SystemExit(f"{language!r} is not a language code: two or three small letters, as 'pl' or 'uk'")
    path = CATALOGUES / f"pmfit_{language}.ts"
    if path.exists():
        raise SystemExit(f"{path} is there already: translate it, then run 'release'")
    lupdate(path, language)
    mark_plurals(path, language)
    return path


def release() -> None:
    for language in catalogued():
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
        for language in catalogued():
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
    if len(argv) == 2 and argv[0] == "add":
        path = add(argv[1])
        print(
            f"Made {path.relative_to(ROOT)}. Translate every message in it (Qt Linguist, or any editor; the "
            "message 'English' in context 'Language' is your language's own name), then run: "
            "python tools/translations.py release"
        )
        return 0
    if argv == ["check"]:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    print(
        "usage: translations.py update | release | check | add CODE",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
