"""A translation's back-translation stays true to the bank it describes.

questions/<lang>/back-translation.md compares every text a person reads while answering (answer labels,
the experience question, statements, questions, options) with its English original, by way of an
independent back-translation stored beside it as back-translation.tsv. These tests keep that document from
going stale without anyone noticing: each text of the bank must be its row's current wording, each row must
carry a verdict, and a text changed after the back-translation must say so, with the wording the translator
saw. They run over every translation that has such a document (Ukrainian has one).
"""

from __future__ import annotations

import copy
import csv
import io
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from pmfit.core.paths import data_root

QUESTIONS = data_root("questions")
DOC = "back-translation.md"
RAW = "back-translation.tsv"
TABLE = "## The comparison, row by row"
VERDICTS = ("kept", "kept, wording differs", "drifted")
WITH_DOCUMENT = sorted(path.parent for path in QUESTIONS.glob(f"*/{DOC}"))


@dataclass(frozen=True)
class Row:
    """One row of the comparison table."""

    number: int  # the row's number in the list the translator was given
    where: str  # "facet interest label 3", "item tc21", "item fc38 question", "item fc38 option 0"
    english: str
    now: str  # the translation's wording in the bank now
    back: str  # the back-translation (of `earlier` where that is filled)
    verdict: str
    earlier: str  # the wording the translator saw, only where it has changed since
    note: str


@dataclass(frozen=True)
class Seen:
    """What the translator was given and wrote (back-translation.tsv)."""

    translated: str
    back: str


def read_rows(markdown: str) -> list[Row]:
    """The comparison table: every line that starts with "| <number> |" in the section of that name."""
    _, found, table = markdown.partition(TABLE)
    assert found, f"no '{TABLE}' section"
    rows = []
    for line in table.splitlines():
        if not re.match(r"\|\s*\d+\s*\|", line):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        assert len(cells) == 8, line
        number, *words = cells
        rows.append(Row(int(number), *words))
    return rows


def read_summary(markdown: str) -> dict[str, int]:
    """The summary's count per verdict ("| kept | 68 |")."""
    counts = {}
    for verdict in VERDICTS:
        found = re.search(rf"^\| {re.escape(verdict)} \| (\d+) \|$", markdown, re.M)
        assert found, f"no count for '{verdict}' in the summary"
        counts[verdict] = int(found.group(1))
    return counts


def read_seen(tsv: str) -> dict[int, Seen]:
    return {
        int(row["number"]): Seen(row["ukrainian"], row["english"])
        for row in csv.DictReader(io.StringIO(tsv), delimiter="\t")
    }


def readable_texts(bank: dict[str, Any]) -> list[tuple[str, str]]:
    """(where, text) of every text a person reads while answering, in the bank's order."""
    texts = []
    for kind in ("interest", "experience"):
        facet = bank["facets"][kind]
        if "prompt" in facet:
            texts.append((f"facet {kind} prompt", facet["prompt"]))
        texts += [(f"facet {kind} label {n}", label) for n, label in enumerate(facet["labels"], 1)]
    for item in bank["items"]:
        if "options" in item:
            texts.append((f"item {item['id']} question", item["text"]))
            texts += [(f"item {item['id']} option {n}", o["text"]) for n, o in enumerate(item["options"])]
        else:
            texts.append((f"item {item['id']}", item["text"]))
    return texts


def stale(
    rows: list[Row], translated: dict[str, Any], english: dict[str, Any], seen: dict[int, Seen]
) -> list[str]:
    """Everything in the comparison that no longer holds for these banks and this back-translation."""
    problems = []
    texts = readable_texts(translated)
    english_of = dict(readable_texts(english))
    if [row.where for row in rows] != [where for where, _ in texts]:
        missing = sorted({w for w, _ in texts} - {row.where for row in rows})
        extra = sorted({row.where for row in rows} - {w for w, _ in texts})
        problems.append(f"the rows are not the bank's texts in order (missing {missing}, not in it {extra})")
    if [row.number for row in rows] != list(range(1, len(rows) + 1)) or set(seen) != {r.number for r in rows}:
        problems.append("the rows are not numbered 1..n as the translator's list is")
    now_of = dict(texts)
    for row in rows:
        at = f"row {row.number} ({row.where})"
        if row.where in now_of and row.now != now_of[row.where]:
            problems.append(f"{at}: the bank now says {now_of[row.where]!r}, the table {row.now!r}")
        if row.where in english_of and row.english != english_of[row.where]:
            problems.append(f"{at}: the English is {english_of[row.where]!r}, the table {row.english!r}")
        if row.verdict not in VERDICTS:
            problems.append(f"{at}: verdict {row.verdict!r} is not one of {VERDICTS}")
        if row.verdict != "kept" and not row.note:
            problems.append(f"{at}: '{row.verdict}' says nothing about how")
        if row.verdict == "drifted" and not row.earlier:
            problems.append(f"{at}: drifted, and not fixed")
        if row.earlier and (row.earlier == row.now or not row.note.startswith("Changed after")):
            problems.append(f"{at}: an earlier wording needs a new one and a note 'Changed after ...'")
        given = seen.get(row.number)
        if given is not None:
            if (row.earlier or row.now) != given.translated:
                problems.append(
                    f"{at}: the translator saw {given.translated!r}; a changed text must keep it as the "
                    "earlier wording"
                )
            if row.back != given.back:
                problems.append(f"{at}: the back-translation is {given.back!r}, not {row.back!r}")
    return problems


def raw(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(params=WITH_DOCUMENT, ids=lambda folder: folder.name)
def folder(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


def test_the_ukrainian_bank_has_a_back_translation() -> None:
    assert QUESTIONS / "uk" in WITH_DOCUMENT
    assert (QUESTIONS / "uk" / RAW).is_file()


def test_the_back_translation_describes_the_bank_as_it_is(folder: Path) -> None:
    markdown = (folder / DOC).read_text(encoding="utf-8")
    rows = read_rows(markdown)
    seen = read_seen((folder / RAW).read_text(encoding="utf-8"))
    translated, english = raw(folder / "pmfit.toml"), raw(QUESTIONS / "en" / "pmfit.toml")
    assert len(rows) == len(readable_texts(translated)) > 100
    assert stale(rows, translated, english, seen) == []
    # The summary counts what the table says.
    assert read_summary(markdown) == Counter(row.verdict for row in rows)
    assert f"| all | {len(rows)} |" in markdown


# ------------------------------------------------------------------------------ the check can fail


@pytest.fixture(scope="module")
def ukrainian() -> tuple[list[Row], dict[str, Any], dict[str, Any], dict[int, Seen]]:
    folder = QUESTIONS / "uk"
    return (
        read_rows((folder / DOC).read_text(encoding="utf-8")),
        raw(folder / "pmfit.toml"),
        raw(QUESTIONS / "en" / "pmfit.toml"),
        read_seen((folder / RAW).read_text(encoding="utf-8")),
    )


def test_a_text_changed_without_the_document_is_caught(ukrainian: Any) -> None:
    rows, translated, english, seen = ukrainian
    edited = copy.deepcopy(translated)
    edited["items"][0]["text"] = "Мені б сподобалося щось зовсім інше."
    edited["items"][3]["options"][1]["text"] = "Інший варіант"
    problems = stale(rows, edited, english, seen)
    first, choice = edited["items"][0]["id"], edited["items"][3]["id"]
    assert any(f"(item {first})" in p and "the bank now says" in p for p in problems)
    assert any(f"(item {choice} option 1)" in p for p in problems)
    assert len(problems) == 2


def test_an_unmarked_change_a_missing_verdict_and_an_unfixed_drift_are_caught(ukrainian: Any) -> None:
    rows, translated, english, seen = ukrainian
    changed = next(n for n, row in enumerate(rows) if row.earlier)
    kept = next(n for n, row in enumerate(rows) if row.verdict == "kept" and not row.earlier)
    drifted = next(n for n, row in enumerate(rows) if row.verdict == "drifted")
    edited = list(rows)
    edited[changed] = replace(rows[changed], earlier="")  # the new wording passed off as the one translated
    edited[kept] = replace(rows[kept], verdict="")
    edited[drifted] = replace(rows[drifted], earlier="", note="")
    problems = stale(edited, translated, english, seen)
    assert any(f"row {rows[changed].number} " in p and "the translator saw" in p for p in problems)
    assert any(f"row {rows[kept].number} " in p and "verdict ''" in p for p in problems)
    assert any(f"row {rows[drifted].number} " in p and "drifted, and not fixed" in p for p in problems)


def test_a_back_translation_edited_by_hand_or_a_missing_row_is_caught(ukrainian: Any) -> None:
    rows, translated, english, seen = ukrainian
    edited = [replace(rows[0], back="Something nicer"), *rows[2:]]
    problems = stale(edited, translated, english, seen)
    assert any("the back-translation is" in p for p in problems)
    assert any(p.startswith("the rows are not the bank's texts") and rows[1].where in p for p in problems)
