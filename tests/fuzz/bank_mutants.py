"""Damaging a question bank as text, and the pieces the data mutations share (for test_fuzz_banks)."""

from __future__ import annotations

import re
import tomllib
import zlib
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from pmfit.core.paths import bank_path
from tests.conftest import TINY_BANK

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
        "deep_key",
    ]
)
GENERIC = st.sampled_from(GENERIC_VALUES)
DEPTHS = st.sampled_from([3, 50, 150, 300, 1000, 3000])
# Parts of a dotted key: at and around the cap, and far beyond (tomllib is quadratic over them).
KEY_DEPTHS = st.sampled_from([31, 32, 33, 200, 3000])
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
    elif kind == "deep_key":
        spans = field_spans(lines)
        if spans:
            first, _ = _pick(draw, spans)
            match = FIELD.match(lines[first])
            assert match is not None
            key = match.group(1).strip()
            lines[first] = ".".join([key] * draw(KEY_DEPTHS)) + lines[first][match.end(1) :]
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
