"""The files of a blind keying study: the sheet a rater fills in, its key, and filled sheets read back.

Both are tab-separated text in UTF-8 that any spreadsheet opens and saves. Lines whose first cell starts
with ``#`` are comments; one of them, the identity line, says what the file belongs to::

    # pmfit-keying/1 sheet bank=pmfit version=2.0.0 language=en seed=4711 statements=140 check=<16 hex>

(``key`` instead of ``sheet`` in a key file; values are percent-encoded, so a space cannot split one.)
``check`` is :attr:`pmfit.core.keying.Study.check`: a checksum over the bank, the seed and every statement
in sheet order with its key, so a sheet is never joined to a key it was not made with.

The sheet: the instructions as comments, a heading row, then one row per statement, in the blind order:
``number`` (1..N), ``question`` (the question of a choice's option; empty for a self-description),
``statement``, ``rating`` (empty: the rater writes P, J, B or N). Cells after the fourth are ignored, so a
rater may keep notes there. Rows may be sorted or moved; the number says which statement a row is.

The key (never shown to a rater): a comment, the identity line, a heading row, then per statement
``number``, ``item`` (the item id), ``option`` (the option's index from 0, as in answer sheets; empty for a
self-description), ``key`` (P, J, B or N), ``scales`` (the responsibilities it is keyed to, comma-separated),
``question`` and ``statement``.

Reading a filled sheet is strict, because a study stands on every rating: a missing or doubled statement, an
empty rating, a rating other than P, J, B or N (lower case, and the Cyrillic letters that look like P and B,
are taken as those letters), a statement whose words differ from the sheet pmfit wrote, or a sheet of
another bank version or seed: each is a :class:`KeyingError` of one line naming the file and the line.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

from pmfit.core.errors import KeyingError as KeyingError
from pmfit.core.keying import RATINGS, KeyingReport, Statement, Study, keying_report

__all__ = [
    "MAX_FILE_BYTES",
    "TAG",
    "Identity",
    "KeyFile",
    "KeyingError",
    "RatingSheet",
    "identity_line",
    "join_ratings",
    "key_path_for",
    "key_problem",
    "key_text",
    "parse_key",
    "parse_ratings",
    "read_key",
    "read_ratings",
    "report_of",
    "sheet_text",
]

TAG = "pmfit-keying/1"
MAX_FILE_BYTES = 2_000_000
# A rater typing on a Ukrainian keyboard may type the Cyrillic letter that looks like the Latin one.
_LOOKALIKES = {"Р": "P", "В": "B"}


@dataclass(frozen=True, slots=True)
class Identity:
    """What a sheet or key file says it belongs to (its identity line)."""

    kind: str  # "sheet" or "key"
    bank_id: str
    bank_version: str
    language: str
    seed: int
    statements: int
    check: str

    def describe(self) -> str:
        return f"bank {self.bank_id} {self.bank_version} ({self.language}), seed {self.seed}"


def identity_line(study: Study, kind: str) -> str:
    fields = {
        "bank": study.bank_id,
        "version": study.bank_version,
        "language": study.language,
        "seed": str(study.seed),
        "statements": str(len(study.order)),
        "check": study.check,
    }
    return f"# {TAG} {kind} " + " ".join(f"{name}={quote(value, safe='')}" for name, value in fields.items())


def _parse_identity(cell: str, name: str, line: int) -> Identity | None:
    """The identity in a comment cell, None when the cell is an ordinary comment."""
    words = cell.lstrip("#").split()
    if not words or words[0] != TAG:
        if words and words[0].startswith("pmfit-keying/"):
            raise KeyingError(f"{name}, line {line}: a keying file of format {words[0]}, not {TAG}")
        return None
    fields = dict(word.split("=", 1) for word in words[2:] if "=" in word)
    values = {field: unquote(value) for field, value in fields.items()}
    try:
        return Identity(
            kind=words[1] if len(words) > 1 else "",
            bank_id=values["bank"],
            bank_version=values["version"],
            language=values["language"],
            seed=int(values["seed"]),
            statements=int(values["statements"]),
            check=values["check"],
        )
    except (KeyError, ValueError):
        raise KeyingError(f"{name}, line {line}: the '{TAG}' line is damaged") from None


# ------------------------------------------------------------------------------------------- writing


def _tsv(rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return buffer.getvalue()


def _comments(lines: Sequence[str]) -> str:
    """Comment lines as written, never quoted (a reader keeps a quote that does not open a cell)."""
    out = []
    for line in map(_one_line, lines):
        out.append(line if line.startswith("#") else f"# {line}".rstrip())
    return "".join(f"{line}\n" for line in out)


def _one_line(text: str) -> str:
    """Bank text in one cell: a line break or tab in a statement would break the rows of a plain reader."""
    return " ".join(text.split())


def sheet_text(study: Study, instructions: Sequence[str], headings: Sequence[str]) -> str:
    """The blind sheet: ``instructions`` as comment lines (in the rater's language), the identity line, the
    four ``headings`` (number, question, statement, rating), one row per statement. No ids, keys or tags."""
    rows = [
        [str(number), _one_line(s.question or ""), _one_line(s.text), ""]
        for number, s in enumerate(study.order, start=1)
    ]
    return _comments([*instructions, identity_line(study, "sheet")]) + _tsv([list(headings), *rows])


KEY_HEADINGS = ("number", "item", "option", "key", "scales", "question", "statement")


def key_text(study: Study, comments: Sequence[str]) -> str:
    """The key of the sheet of ``study``: per statement number its item, option, key and scales."""
    rows = [
        [
            str(number),
            s.item_id,
            "" if s.option is None else str(s.option),
            s.key,
            ",".join(s.scales),
            _one_line(s.question or ""),
            _one_line(s.text),
        ]
        for number, s in enumerate(study.order, start=1)
    ]
    return _comments([*comments, identity_line(study, "key")]) + _tsv([list(KEY_HEADINGS), *rows])


def key_path_for(sheet_path: str) -> str:
    """Where the key of the sheet at ``sheet_path`` goes: ``SHEET.tsv`` -> ``SHEET.key.tsv``."""
    stem = sheet_path[:-4] if sheet_path.lower().endswith(".tsv") else sheet_path
    return f"{stem}.key.tsv"


# ------------------------------------------------------------------------------------------- reading


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without a byte order mark), or UTF-16 with one ("Unicode text" from a spreadsheet)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise KeyingError(f"{name}: not valid UTF-16 text") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise KeyingError(f"{name}: not UTF-8 text (byte {error.start}); save it as UTF-8 text") from None


def _read(path: str | os.PathLike[str], what: str) -> tuple[str, str]:
    from pmfit.core.files import UnreadableFile, read_regular_file

    name = os.fspath(path)
    try:
        data = read_regular_file(path, MAX_FILE_BYTES, what)
    except UnreadableFile as error:
        raise KeyingError(f"{name}: {error}") from None
    return _decode(data, name), name


def _rows(text: str, name: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every row that is not blank; a cell with a stray quote reads as written."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", strict=False)
    rows = []
    line = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as error:
        raise KeyingError(
            f"{name}, line {reader.line_num}: cannot be read as tab-separated text ({error})"
        ) from None
    return rows


def _is_comment(cells: Sequence[str]) -> bool:
    return cells[0].lstrip().startswith("#")


def _identity_of(rows: Sequence[tuple[int, list[str]]], name: str, kind: str) -> Identity:
    found: Identity | None = None
    for line, cells in rows:
        if not _is_comment(cells):
            continue
        identity = _parse_identity(cells[0].strip(), name, line)
        if identity is None:
            continue
        if found is not None:
            raise KeyingError(f"{name}, line {line}: a second '{TAG}' line")
        if identity.kind != kind:
            raise KeyingError(f"{name}: a keying {identity.kind or 'file'}, not a keying {kind}")
        found = identity
    if found is None:
        raise KeyingError(
            f"{name}: not a pmfit keying {kind} (no '# {TAG} {kind}' line; keep the lines that start with #)"
        )
    return found


def _statement_rows(
    rows: Sequence[tuple[int, list[str]]], name: str, identity: Identity
) -> dict[int, tuple[int, list[str]]]:
    """Each statement's row by number: the first row that is not a comment is the heading."""
    found: dict[int, tuple[int, list[str]]] = {}
    heading_seen = False
    for line, cells in rows:
        if _is_comment(cells):
            continue
        first = cells[0].strip()
        if not first.isdigit() or not first.isascii():
            if not heading_seen and not found:
                heading_seen = True
                continue
            shown = first if len(first) <= 20 else first[:17] + "..."
            raise KeyingError(f"{name}, line {line}: {shown!r} is not a statement number")
        number = int(first)
        if not 1 <= number <= identity.statements:
            raise KeyingError(
                f"{name}, line {line}: there is no statement {number} (the sheet has {identity.statements})"
            )
        if number in found:
            raise KeyingError(
                f"{name}, line {line}: statement {number} appears twice (also on line {found[number][0]})"
            )
        found[number] = (line, cells)
    # Every number found is one of 1..statements, each once: if some are missing, the first of them is
    # at most one past the count found (never loop up to a number a damaged header made huge).
    for number in range(1, min(identity.statements, len(found) + 1) + 1):
        if number not in found:
            raise KeyingError(f"{name}: statement {number} is missing")
    return found


def _rating(cell: str, name: str, line: int, number: int) -> str:
    letter = cell.strip().upper()
    letter = _LOOKALIKES.get(letter, letter)
    if letter in RATINGS:
        return letter
    if not letter:
        raise KeyingError(f"{name}, line {line}: statement {number} has no rating (write P, J, B or N)")
    shown = letter if len(letter) <= 20 else letter[:17] + "..."
    raise KeyingError(f"{name}, line {line}: statement {number} is rated {shown!r}; write P, J, B or N")


@dataclass(frozen=True, slots=True)
class RatingSheet:
    """A rater's filled sheet: its identity and, per statement number, the rating and what the row read."""

    name: str  # the file, as the rater's name in reports
    identity: Identity
    ratings: Mapping[int, str]
    rows: Mapping[int, tuple[int, str, str]]  # number -> (line, question, statement) as the file has them


def parse_ratings(text: str, name: str) -> RatingSheet:
    """A filled sheet from its text; ``name`` (the file) goes in front of every error."""
    rows = _rows(text, name)
    identity = _identity_of(rows, name, "sheet")
    ratings: dict[int, str] = {}
    seen: dict[int, tuple[int, str, str]] = {}
    for number, (line, cells) in sorted(_statement_rows(rows, name, identity).items()):
        cells = [*cells, "", "", ""]
        ratings[number] = _rating(cells[3], name, line, number)
        seen[number] = (line, cells[1], cells[2])
    return RatingSheet(name, identity, ratings, seen)


def rating_sheets(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The raters' sheets ``paths`` name: a file as it is, a study's folder as its sheets (every ``*.tsv``
    in it but the keys, ``*.key.tsv``), in name order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.glob("*.tsv") if not p.name.endswith(".key.tsv"))
        else:
            found.append(path)
    return found


def read_ratings(path: str | os.PathLike[str]) -> RatingSheet:
    text, name = _read(path, "a keying sheet")
    return parse_ratings(text, name)


@dataclass(frozen=True, slots=True)
class KeyFile:
    name: str
    identity: Identity
    rows: Mapping[int, tuple[str, int | None, str, tuple[str, ...]]]  # number -> item, option, key, scales


def parse_key(text: str, name: str) -> KeyFile:
    rows = _rows(text, name)
    identity = _identity_of(rows, name, "key")
    found = {}
    for number, (line, cells) in _statement_rows(rows, name, identity).items():
        cells = [*cells, "", "", "", "", ""]
        item, option, key, scales = (cell.strip() for cell in cells[1:5])
        if not item or key not in RATINGS or not (option == "" or option.isdigit()):
            raise KeyingError(f"{name}, line {line}: statement {number} has no item, option and key")
        found[number] = (item, int(option) if option else None, key, tuple(filter(None, scales.split(","))))
    return KeyFile(name, identity, found)


def read_key(path: str | os.PathLike[str]) -> KeyFile:
    text, name = _read(path, "a keying key")
    return parse_key(text, name)


def key_problem(key: KeyFile, study: Study) -> str | None:
    """Why ``key`` is not the key of ``study`` (one line), or None when it is."""
    mismatch = _identity_problem(key.identity, study, key.name)
    if mismatch:
        return mismatch
    for number, statement in enumerate(study.order, start=1):
        item, option, letter, scales = key.rows[number]
        if (item, option, letter, scales) != (
            statement.item_id,
            statement.option,
            statement.key,
            statement.scales,
        ):
            return f"{key.name}: statement {number} is not keyed as the bank keys it"
    return None


# ------------------------------------------------------------------------------------------- joining


def _identity_problem(identity: Identity, study: Study, name: str) -> str | None:
    what = f"the {identity.kind}"
    if identity.bank_id != study.bank_id:
        return f"{name}: {what} is for bank {identity.bank_id!r}, not {study.bank_id!r}"
    if identity.bank_version != study.bank_version:
        return (
            f"{name}: {what} is for bank version {identity.bank_version}, "
            f"but this bank is version {study.bank_version}"
        )
    if identity.language != study.language:
        return f"{name}: {what} is in language {identity.language!r}, this bank in {study.language!r}"
    if (identity.seed, identity.statements, identity.check) != (study.seed, len(study.order), study.check):
        return (
            f"{name}: {what} does not match bank {study.bank_id} {study.bank_version} with seed "
            f"{identity.seed} (check {identity.check}, the bank gives {study.check}): its statements or keys "
            f"changed since {what} was written"
        )
    return None


def _same_words(written: str, read: str) -> bool:
    return " ".join(written.split()) == " ".join(read.split())


def join_ratings(sheet: RatingSheet, study: Study) -> dict[tuple[str, int | None], str]:
    """The sheet's ratings by statement (item, option), once its identity and every row's words are those
    of ``study`` (the sheet made from the bank with the sheet's seed)."""
    problem = _identity_problem(sheet.identity, study, sheet.name)
    if problem:
        raise KeyingError(problem)
    joined = {}
    for number, statement in enumerate(study.order, start=1):
        line, question, text = sheet.rows[number]
        if not (_same_words(statement.text, text) and _same_words(statement.question or "", question)):
            raise KeyingError(
                f"{sheet.name}, line {line}: statement {number} does not read as on the sheet pmfit wrote "
                "(was it edited, or copied from another sheet?)"
            )
        joined[statement.ref] = sheet.ratings[number]
    return joined


def report_of(
    sheets: Sequence[RatingSheet], study_for: Callable[[Identity], Study], scale_ids: Sequence[str]
) -> KeyingReport:
    """The keying report of raters' ``sheets``: each joined to the study ``study_for`` makes for its
    identity (its bank version and seed; raters may have had different seeds, or languages of one bank
    version). Statements are listed in the bank order of the first sheet's study."""
    if not sheets:
        raise KeyingError("no rating sheets")
    first: Study | None = None
    keyed: tuple[Statement, ...] = ()
    ratings = []
    for sheet in sheets:
        study = study_for(sheet.identity)
        joined = join_ratings(sheet, study)
        in_bank_order = study.statements
        if first is None:
            first, keyed = study, in_bank_order
        elif (study.bank_id, study.bank_version) != (first.bank_id, first.bank_version):
            raise KeyingError(
                f"{sheet.name}: the sheet is for bank {study.bank_id} {study.bank_version}, the first one "
                f"for {first.bank_id} {first.bank_version}: one report is for one bank version"
            )
        elif [(s.ref, s.key) for s in in_bank_order] != [(s.ref, s.key) for s in keyed]:
            raise KeyingError(
                f"{sheet.name}: its bank keys the statements differently from the first sheet's"
            )
        ratings.append((sheet.name, joined))
    assert first is not None
    return keying_report(scale_ids, keyed, ratings, first.bank_id, first.bank_version)
