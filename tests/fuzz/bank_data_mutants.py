"""Damaging a question bank as data: read, break fields and references, write back as TOML."""

from __future__ import annotations

import math
import pickle
import re
from typing import Any

from hypothesis import strategies as st

from tests.fuzz.bank_mutants import (
    BASE_NAMES,
    ONE_TO_THREE,
    RAW,
    Mutant,
    _index,
    _pick,
    _replacement,
)
from tests.fuzz.common import NASTY_STRINGS

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
