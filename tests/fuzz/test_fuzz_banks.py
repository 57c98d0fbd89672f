"""Fuzzing question banks: a damaged bank is a Bank or a BankError whose every problem is one clear line.

Mutants start from the tiny test bank and from the bundled bank. Two generators:

* text mutations (1,200 examples): delete a line or a ``key = value`` field, change a value's type, switch
  a table header to an array of tables (and back), break a reference (scale, role, twin, item ids),
  duplicate an item/scale/role block, truncate, insert random characters or bytes, swap lines, nest a value
  very deeply, put in numbers too large for anything;
* data mutations (800 examples): the bank is read, damaged as data (removed fields, wrong types, broken
  references, duplicates, unknown keys, nasty strings, edge numbers) and written back as TOML, so most
  mutants get past the TOML parser and reach the validation.

Every mutant goes through ``parse_bank``; a bank that is accepted is also scored (two full sheets). About
one in four also goes through ``pmfit bank check`` in-process, from one file rewritten per example.
"""

from __future__ import annotations

import io
import math
import pickle
import re
import tomllib
import zlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmfit import cli
from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, BankError, ChoiceItem, load_bank, parse_bank
from pmfit.core.paths import bank_path
from pmfit.core.scoring import result_json, score
from tests.conftest import TINY_BANK
from tests.fuzz.common import FUZZ_COUNTS, NASTY_STRINGS, assert_one_line, check_result_json, fuzz_settings

TEXT_EXAMPLES = 1_200
DATA_EXAMPLES = 800
CLI_SHARE = 4
NAME = "mutant.toml"

BASES = {"tiny": TINY_BANK.read_text("utf-8"), "bundled": bank_path("en").read_text("utf-8")}
RAW = {name: tomllib.loads(text) for name, text in BASES.items()}


def _ids(raw: dict[str, Any], section: str) -> list[str]:
    return [entry["id"] for entry in raw.get(section, [])]


IDS = {
    name: {"scale": _ids(raw, "scales"), "role": _ids(raw, "roles"), "item": _ids(raw, "items")}
    for name, raw in RAW.items()
}
BROKEN_IDS = [
    "",
    "gone",
    "Vision",
    "a b",
    "-x",
    "é",
    "x" * 65,
    "a\\nb",  # TOML escapes: written into a basic string they become a newline, NUL, RTL override, BOM
    "\\u0000",
    "\\u202e",
    "\\ufeff",
    "\\ud800",  # not a scalar value: a TOML syntax error
    "😀",
]

# ------------------------------------------------------------------------------------- text mutations

FIELD = re.compile(r'^\s*([A-Za-z0-9_.\-]+|"[^"\n]*")\s*=\s*(.*)$')
HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*(\]\]?)\s*$")
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'')
NUMBER = re.compile(r"^[-+]?(?:\d[\d_]*)(?:\.\d+)?(?:[eE][-+]?\d+)?$")
NUMBER_ANYWHERE = re.compile(r"(?<![\w.\"])[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w\"])")
QUOTED_REF = re.compile(r'^(\s*(?:id|role|twin)\s*=\s*")([^"\n]*)(")')
INLINE_KEY = re.compile(r"([{,]\s*)([A-Za-z0-9_\-]+)(\s*=)")
BARE_KEY = re.compile(r"^[A-Za-z0-9_\-]+$")

GENERIC_VALUES = [
    '""',
    '"x"',
    "[]",
    "{}",
    "0",
    "-1",
    "5.0000001",
    "1e400",
    "-1e400",
    "nan",
    "inf",
    "-inf",
    "+nan",
    "true",
    "1979-05-27",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "'literal'",
    "'''multi\nline'''",
    '"""a\nb"""',
    '"a\\nb"',
    '"\\u202eevil"',
    '"\\u0000"',
    '"\\ud800"',
    '"\\x41"',
    "1_000",
    "0x10",
    "0o17",
    "1" + "0" * 30,
    "1" + "0" * 400,
    "1" + "0" * 5000,
    "[1, 'a', {}]",
    "[[[[1]]]]",
    '{ nested = { deeper = { "x" = 1 } } }',
]
HUGE_NUMBERS = ["1" + "0" * 30, "-1" + "0" * 30, "1" + "0" * 4300, "9" * 5000, "1e400", "-1e400", "1e-400"]
INSERT_CHARS = st.text(
    st.sampled_from([*"[]{}=\"',.#\\ \n\t\r\x00\x7f", "\u2028", "\ufeff", "é", "😀"]) | st.characters(),
    min_size=1,
    max_size=6,
)


BASE_NAMES = st.sampled_from(["tiny", "bundled"])
ONE_TO_THREE = st.integers(1, 3)
# About one in eight (hypothesis draws 0 far more often than the other values, so 0 is not the hit).
RARELY = st.integers(0, 11).map(lambda n: n in (5, 6))
RANDOM_BYTES = st.binary(min_size=1, max_size=6)
TEXT_MUTATIONS = st.sampled_from(
    [
        "delete_line",
        "delete_field",
        "retype",
        "header",
        "break_reference",
        "duplicate_block",
        "truncate",
        "insert",
        "swap_lines",
        "nest",
        "huge_number",
    ]
)
GENERIC = st.sampled_from(GENERIC_VALUES)
DEPTHS = st.sampled_from([3, 50, 150, 300, 1000, 3000])
HUGE = st.sampled_from(HUGE_NUMBERS)
WHERE = st.sampled_from(["after", "end"])
# A broken reference: another id of any kind, an id that breaks the rules, or the old one slightly off.
REPLACEMENT_IDS = {
    base: st.sampled_from(ids["scale"] + ids["role"])
    | st.sampled_from(ids["item"])
    | st.sampled_from([*BROKEN_IDS, "{old}_gone", "{OLD}", "{old_}"])
    for base, ids in IDS.items()
}


def _replacement(draw: st.DrawFn, base: str, old: str) -> str:
    return draw(REPLACEMENT_IDS[base]).format(old=old, OLD=old.upper(), old_=old[:-1])


def _depth(line: str) -> int:
    bare = STRING.sub("", line).split("#", 1)[0]
    return bare.count("[") + bare.count("{") - bare.count("]") - bare.count("}")


def field_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) line of every ``key = value`` entry; a multi-line array runs to its closing bracket."""
    spans = []
    i = 0
    while i < len(lines):
        match = FIELD.match(lines[i])
        if match is None or lines[i].lstrip().startswith("#"):
            i += 1
            continue
        depth, j = _depth(match.group(2)), i
        while depth > 0 and j + 1 < len(lines):
            j += 1
            depth += _depth(lines[j])
        spans.append((i, j))
        i = j + 1
    return spans


def block_spans(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) lines of every ``[[items]]``, ``[[scales]]``, ``[[roles]]`` block and its sub-tables."""
    starts = [i for i, line in enumerate(lines) if line.startswith("[")]
    spans = []
    for n, start in enumerate(starts):
        header = lines[start].strip()
        if header not in {"[[items]]", "[[scales]]", "[[roles]]"}:
            continue
        prefix = header[2:-2] + "."
        end = len(lines)
        for later in starts[n + 1 :]:
            if not lines[later].strip().startswith("[[" + prefix):
                end = later
                break
        spans.append((start, end))
    return spans


def _index(draw: st.DrawFn, size: int) -> int:
    return draw(st.integers(0, max(size - 1, 0)))


def _pick(draw: st.DrawFn, choices: list[Any]) -> Any:
    """One of a long list made per example (by index: sampled_from would hash every element each time)."""
    return choices[_index(draw, len(choices))]


def _quote_key(key: str) -> str:
    return key if BARE_KEY.match(key) else f'"{key}"'


def _retyped(draw: st.DrawFn, value: str) -> str:
    value = value.strip()
    if draw(st.booleans()):
        return draw(GENERIC)
    choices = ["1"]
    if NUMBER.match(value):
        choices += [f'"{value}"', f"[{value}]", f"{{ n = {value} }}", "true"]
    elif value.startswith(('"', "'")):
        choices += ["1", "0", "3.5", f"[{value}]", f"{{ text = {value} }}", "false"]
    elif value.startswith("{"):
        inner = [part.split("=", 1)[-1].strip() for part in value.strip("{} ").split(",") if part.strip()]
        choices += ["[" + ", ".join(inner) + "]", "[" + value + "]", '"table"', "1"]
    elif value.startswith("["):
        choices += ["{}", '"list"', "1", "[" + value + "]", "{ list = " + value + " }"]
    elif value in {"true", "false"}:
        choices += [f'"{value}"', "1", "0"]
    return draw(st.sampled_from(choices))


def _break_reference(draw: st.DrawFn, lines: list[str], base: str) -> str:
    sites: list[tuple[int, int, int, bool]] = []  # line, start, end, bare key
    for i, line in enumerate(lines):
        quoted = QUOTED_REF.match(line)
        if quoted:
            sites.append((i, quoted.start(2), quoted.end(2), False))
        elif line.lstrip().startswith(("weights", "scales")) and "{" in line:
            sites += [(i, m.start(2), m.end(2), True) for m in INLINE_KEY.finditer(line)]
    if not sites:
        return "break_reference (none)"
    i, start, end, bare = _pick(draw, sites)
    old = lines[i][start:end]
    new = _replacement(draw, base, old)
    if bare:
        new = _quote_key(new)
    lines[i] = lines[i][:start] + new + lines[i][end:]
    return f"break_reference {old!r}->{new!r}"


def text_mutation(draw: st.DrawFn, text: str, base: str) -> tuple[str, str]:
    """One mutation of the bank's text; returns the new text and what was done."""
    kind = draw(TEXT_MUTATIONS)
    lines = text.split("\n")
    if kind == "delete_line":
        del lines[_index(draw, len(lines))]
    elif kind == "swap_lines":
        a, b = _index(draw, len(lines)), _index(draw, len(lines))
        lines[a], lines[b] = lines[b], lines[a]
    elif kind in {"delete_field", "retype", "nest"}:
        spans = field_spans(lines)
        if spans:
            first, last = _pick(draw, spans)
            if kind == "delete_field":
                del lines[first : last + 1]
            else:
                match = FIELD.match(lines[first])
                assert match is not None
                value = "\n".join([match.group(2), *lines[first + 1 : last + 1]])
                if kind == "retype":
                    new = _retyped(draw, value)
                else:
                    depth = draw(DEPTHS)
                    new = "[" * depth + "1" + "]" * depth
                lines[first : last + 1] = [f"{match.group(1)} = {new}"]
    elif kind == "header":
        headers = [i for i, line in enumerate(lines) if HEADER.match(line)]
        if headers:
            i = _pick(draw, headers)
            match = HEADER.match(lines[i])
            assert match is not None
            name = match.group(2)
            lines[i] = draw(
                st.sampled_from(
                    [
                        f"[{name}]" if match.group(1) == "[[" else f"[[{name}]]",
                        f"[[{name}s]]",
                        f"[{name}.extra]",
                        "[[items]]",
                        "[bank]",
                        "[scoring]",
                        f"[[{name}]",
                    ]
                )
            )
    elif kind == "break_reference":
        kind = _break_reference(draw, lines, base)
    elif kind == "duplicate_block":
        blocks = block_spans(lines)
        if blocks:
            start, end = _pick(draw, blocks)
            block = lines[start:end]
            where = draw(WHERE)
            at = end if where == "after" else len(lines)
            lines[at:at] = block
    elif kind == "huge_number":
        numbers = [(i, m.span()) for i, line in enumerate(lines) for m in NUMBER_ANYWHERE.finditer(line)]
        if numbers:
            i, (start, end) = _pick(draw, numbers)
            lines[i] = lines[i][:start] + draw(HUGE) + lines[i][end:]
    else:
        text = "\n".join(lines)
        at = draw(st.integers(0, len(text)))
        if kind == "truncate":
            return text[:at], kind
        return text[:at] + draw(INSERT_CHARS) + text[at:], kind
    return "\n".join(lines), kind


@dataclass
class Mutant:
    base: str
    data: bytes  # the file's bytes: what ``load_bank`` and the CLI read
    how: str

    @property
    def text(self) -> str:
        """What ``parse_bank`` gets; bytes that are not UTF-8 reach it as lone surrogates."""
        return self.data.decode("utf-8", "surrogateescape")

    @property
    def via_cli(self) -> bool:
        return zlib.crc32(self.data) % CLI_SHARE == 0


@st.composite
def text_mutants(draw: st.DrawFn) -> Mutant:
    base = draw(BASE_NAMES)
    text = BASES[base]
    done = []
    for _ in range(draw(ONE_TO_THREE)):
        text, kind = text_mutation(draw, text, base)
        done.append(kind)
    data = text.encode("utf-8", "surrogatepass")
    if draw(RARELY):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(RANDOM_BYTES) + data[at:]
        done.append("insert_bytes")
    return Mutant(base, data, ", ".join(done))


# ------------------------------------------------------------------------------------- data mutations


class Raw(str):
    """TOML text to write as it is (numbers beyond Python's int-to-str limit, deep nesting, dates)."""


RAW_VALUES = [
    Raw("1" + "0" * 5000),
    Raw("[" * 2000 + "]" * 2000),
    Raw("[" * 120 + "]" * 120),
    Raw("1979-05-27T07:32:00Z"),
    Raw("07:32:00"),
]
EDGE_VALUES: list[Any] = [
    0,
    -1,
    1,
    5,
    6,
    0.0,
    -0.0,
    5.0000001,
    1e-300,
    1e308,
    math.inf,
    -math.inf,
    math.nan,
    10**30,
    -(10**30),
    True,
    False,
    "",
    "x",
    "1.0",
    "likert",
    "choice",
    "check",
    "interest",
    "experience",
    "product_manager",
    "project_manager",
    [],
    {},
    [1, "a"],
    {"x": 1},
    [{}],
    *RAW_VALUES,
]


_ESCAPED = re.compile(r'["\\\x00-\x08\x0a-\x1f\x7f]')


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    return "\\" + char if char in '"\\' else f"\\u{ord(char):04x}"


def _toml_string(text: str) -> str:
    """A TOML basic string: quote and backslash escaped, control characters as \\u escapes."""
    return '"' + _ESCAPED.sub(_escape, text) + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_string(str(k))} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    return _toml_string(str(value))


def toml_document(data: dict[str, Any]) -> str:
    """Every top-level key as one ``key = inline value`` line: valid TOML for any tree of values."""
    return "".join(f"{_toml_string(str(key))} = {toml_value(value)}\n" for key, value in data.items())


Path_ = tuple[Any, ...]


def walk(node: Any, here: Path_ = (), out: list[tuple[Path_, Any]] | None = None) -> list[tuple[Path_, Any]]:
    """Every (path, value) below ``node``."""
    out = [] if out is None else out
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        out.append(((*here, key), child))
        walk(child, (*here, key), out)
    return out


def _at(data: Any, path: Path_) -> Any:
    for key in path:
        data = data[key]
    return data


def _ref_sites(data: dict[str, Any]) -> list[tuple[Path_, bool]]:
    """Paths of every reference in the bank: (path, True) for a dict key, (path, False) for a value."""
    sites: list[tuple[Path_, bool]] = []
    for section in ("scales", "roles", "items"):
        entries = data.get(section)
        if not isinstance(entries, list):
            continue
        for n, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            for field in ("id", "role", "twin"):
                if field in entry:
                    sites.append(((section, n, field), False))
            for field in ("weights", "scales"):
                if isinstance(entry.get(field), dict):
                    sites += [((section, n, field, key), True) for key in entry[field]]
            for m, option in enumerate(entry.get("options") or []):
                if isinstance(option, dict) and isinstance(option.get("weights"), dict):
                    sites += [((section, n, "options", m, "weights", key), True) for key in option["weights"]]
    return sites


DATA_MUTATIONS = st.sampled_from(
    ["delete", "retype", "break_reference", "duplicate", "extra_key", "nasty_string", "edge_number"]
)
SECTIONS = st.sampled_from(["items", "scales", "roles", "profiles"])
EDGES = st.sampled_from(EDGE_VALUES)
EDGE_NUMBERS = st.sampled_from([*EDGE_VALUES[:16], RAW_VALUES[0]])
EXTRA_KEYS = st.sampled_from(["extra", "ID", "Id", "weights", "notes", *NASTY_STRINGS[:12]])
NASTY = st.sampled_from(NASTY_STRINGS) | st.text(max_size=10)


def _sensible_retype(old: Any) -> list[Any]:
    """The value as the nearest other type: number as string, string as number, table as array, ..."""
    if isinstance(old, bool):
        return [str(old).lower(), int(old)]
    if isinstance(old, int | float):
        return [str(old), [old], {"value": old}]
    if isinstance(old, str):
        return [1, 0.5, [old], {"text": old}, True]
    if isinstance(old, dict):
        return [list(old.values()), [old], str(old)]
    return [dict(enumerate(map(str, old))) if old else {}, "list", old[:1]]


def data_mutation(draw: st.DrawFn, data: dict[str, Any], base: str) -> str:
    kind = draw(DATA_MUTATIONS)
    if kind == "break_reference":
        sites = _ref_sites(data)
        if not sites:
            return kind + " (none)"
        path, is_key = _pick(draw, sites)
        new = _replacement(draw, base, str(path[-1] if is_key else _at(data, path)))
        parent = _at(data, path[:-1])
        if is_key:
            parent[new] = parent.pop(path[-1])
        else:
            parent[path[-1]] = new
        return f"{kind} {path}->{new!r}"
    if kind == "duplicate":
        section = draw(SECTIONS)
        entries = data.get(section)
        if isinstance(entries, list) and entries:
            entry = entries[_index(draw, len(entries))]
            entries.insert(_index(draw, len(entries) + 1), pickle.loads(pickle.dumps(entry)))
        return f"{kind} {section}"
    nodes = walk(data)
    if kind == "nasty_string":
        nodes = [(path, value) for path, value in nodes if isinstance(value, str)]
    elif kind == "edge_number":
        nodes = [(path, value) for path, value in nodes if type(value) in {int, float}]
    if not nodes:
        return kind + " (nothing to change)"
    path, old = _pick(draw, nodes)
    parent, key = _at(data, path[:-1]), path[-1]
    if kind == "delete":
        del parent[key]
    elif kind == "retype":
        parent[key] = draw(st.sampled_from(_sensible_retype(old))) if draw(st.booleans()) else draw(EDGES)
    elif kind == "extra_key":
        target = old if isinstance(old, dict) else data
        target[draw(EXTRA_KEYS)] = 1
    elif kind == "nasty_string":
        parent[key] = draw(NASTY)
    else:  # edge_number
        parent[key] = draw(EDGE_NUMBERS)
    return f"{kind} {path}"


@st.composite
def data_mutants(draw: st.DrawFn) -> Mutant:
    base = draw(BASE_NAMES)
    data = pickle.loads(pickle.dumps(RAW[base]))
    done = [data_mutation(draw, data, base) for _ in range(draw(ONE_TO_THREE))]
    text = toml_document(data)
    return Mutant(base, text.encode("utf-8", "surrogatepass"), "; ".join(done))


# ------------------------------------------------------------------------------------------- properties


def _full_sheets(bank: Bank) -> list[AnswerSheet]:
    high = {i.id: len(i.options) - 1 if isinstance(i, ChoiceItem) else 5 for i in bank.items}
    low = {i.id: 0 if isinstance(i, ChoiceItem) else 1 for i in bank.items}
    return [replace(AnswerSheet.new(bank), answers=answers) for answers in (high, low)]


def parse_mutant(text: str) -> bool:
    """True when the mutant is a usable bank (then scored), False when refused with clear problems."""
    try:
        bank = parse_bank(text, NAME)
    except BankError as error:
        assert error.path == NAME
        assert error.problems, "a BankError without problems"
        for problem in error.problems:
            assert_one_line(problem)
        return False
    assert isinstance(bank, Bank)
    for sheet in _full_sheets(bank):
        check_result_json(result_json(bank, score(bank, sheet)), set(bank.scale_by_id))
    return True


def check_via_cli(path: Path, mutant: Mutant) -> None:
    path.write_bytes(mutant.data)
    try:
        load_bank(path)
        problems: tuple[str, ...] = ()
    except BankError as error:
        problems = error.problems
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["bank", "check", str(path)], out, err)
    assert "Traceback" not in out.getvalue() + err.getvalue()
    assert code in (0, 2), err.getvalue()
    if code == 0:
        assert not problems, "the CLI accepted a bank that load_bank refuses"
        assert err.getvalue() == "" and out.getvalue().startswith("OK: ")
        return
    assert problems, f"the CLI refused a bank that load_bank accepts: {err.getvalue()!r}"
    assert out.getvalue() == ""
    lines = err.getvalue().split("\n")
    assert lines[-1] == "", "stderr does not end with a newline"
    lines = lines[:-1]
    assert len(lines) == (1 if len(problems) == 1 else len(problems) + 1), lines
    assert lines[0].startswith("pmfit: ")
    for line in lines:
        assert_one_line(line)


def run_mutants(name: str, mutants: st.SearchStrategy[Mutant], examples: int, bank_file: Path) -> None:
    @fuzz_settings(examples)
    @given(mutant=mutants)
    def check(mutant: Mutant) -> None:
        FUZZ_COUNTS[f"banks/{name}"] += 1
        accepted = parse_mutant(mutant.text)
        FUZZ_COUNTS[f"banks/{name} accepted"] += accepted
        if mutant.via_cli:
            FUZZ_COUNTS[f"banks/{name} via cli"] += 1
            check_via_cli(bank_file, mutant)

    before = FUZZ_COUNTS[f"banks/{name}"]
    check()
    assert FUZZ_COUNTS[f"banks/{name}"] - before >= examples


@pytest.fixture(scope="module")
def bank_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-banks") / NAME


def test_unmutated_bases_are_accepted(bank_file: Path) -> None:
    for name, text in BASES.items():
        assert parse_mutant(text), name
        check_via_cli(bank_file, Mutant(name, text.encode("utf-8"), "none"))


def test_text_mutants_fail_with_clear_problems(bank_file: Path) -> None:
    run_mutants("text", text_mutants(), TEXT_EXAMPLES, bank_file)


def test_data_mutants_fail_with_clear_problems(bank_file: Path) -> None:
    run_mutants("data", data_mutants(), DATA_EXAMPLES, bank_file)
