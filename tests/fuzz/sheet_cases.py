"""Hypothesis strategies for answer sheets: valid, mutated, wrongly typed, damaged (for test_fuzz_sheets)."""

from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from pmfit.core.answers import FORMAT
from pmfit.core.bank import ChoiceItem, load_bank
from tests.fuzz.common import nasty_text

EXAMPLES = 2_500
CLI_SHARE = 4
STORE_SHARE = 8
BANK = load_bank(language="en")
ITEM_IDS = sorted(BANK.item_by_id)
SCALE_IDS = set(BANK.scale_by_id)
TOP_KEYS = ("format", "bank", "answers", "started_at", "finished_at", "seconds")
NEST = "@@nest@@"  # stands for a deeply nested value, spliced into the JSON text (json.dumps would recurse)


def answer_range(item_id: str) -> tuple[int, int]:
    item = BANK.item_by_id[item_id]
    return (0, len(item.options) - 1) if isinstance(item, ChoiceItem) else (1, 5)


# ------------------------------------------------------------------------------------------- strategies

HUGE_INTS = [10**30, -(10**30), 2**63, -(2**63) - 1, 2**64, 10**308, 10**400, -(10**400), 10**4000]
huge_numbers = st.sampled_from(
    [*HUGE_INTS, math.inf, -math.inf, math.nan, 1e308, -1e308, 5e-324, -0.0, 1e-300, 86_400.000001]
)
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-10, max_value=10),
    st.integers(),
    huge_numbers,
    st.floats(allow_nan=True, allow_infinity=True),
    nasty_text,
)
keys = st.one_of(nasty_text, st.sampled_from(ITEM_IDS), st.sampled_from(TOP_KEYS))
junk = st.recursive(
    leaves,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children, max_size=3),
    max_leaves=6,
)
zones = st.sampled_from([None, UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-12))])
timestamps = st.one_of(
    st.builds(
        lambda moment, spec: moment.isoformat(timespec=spec),
        # A day inside each end: year 1 at +05:30 is before the first moment Python can put in UTC.
        st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=zones),
        st.sampled_from(["auto", "seconds", "milliseconds", "microseconds", "minutes"]),
    ),
    st.dates().map(lambda day: day.isoformat()),
    st.just("2026-11-26T09:00:00Z"),
)
bad_timestamps = st.one_of(
    st.sampled_from(
        [
            "",
            "yesterday",
            "2026-13-01T00:00:00",
            "2026-02-30",
            "2026-11-26T25:00:00",
            "2026-11-26T09:00:00+24:00",
            "2026-11-26\x00",
            "2026-11-26T09:00:00\ud800",
            "٢٠٢٦-١١-٢٦",
            "9" * 50,
            # Valid ISO 8601, but not a moment in UTC that Python can hold (once an OverflowError at import).
            "0001-01-01T00:00:00+14:00",
            "0001-01-01T05:29:59+05:30",
            "9999-12-31T23:59:59-14:00",
            "9999-12-31T23:00:00-01:00",
        ]
    ),
    junk,
)


# Every strategy is built once, here: building them inside the draw functions (``a | b`` makes a new
# one each time) cost more than the examples themselves.
FILLS = st.sampled_from(["none", "some", "all"])
LANGUAGES = st.sampled_from(["en", "de", "x"])
FINISHED = st.none() | timestamps
SECONDS_KINDS = st.sampled_from(["absent", "null", "some"])
EDGE_SECONDS = st.sampled_from([0, 0.0, 86_400, 86_400.0, 5e-324, 1e-300])
TOP_KEY = st.sampled_from(TOP_KEYS)
ITEM = st.sampled_from(ITEM_IDS)
ANSWER_KEYS = ITEM | keys
NEAR_MISS_IDS = st.sampled_from(
    ["", *sorted({v for i in ITEM_IDS for v in (i.upper(), f"{i} ", f" {i}", f"{i}\n", f"{i}\x00", i[:-1])})]
)
MUTATIONS = st.sampled_from(
    [
        "junk_top",
        "drop_key",
        "extra_key",
        "format",
        "bank",
        "answer_value",
        "answer_key",
        "seconds",
        "timestamp",
        "nest",
    ]
)
BAD_TAGS = (
    st.sampled_from(
        [
            "pmfit.answers/2",
            "pmfit.answers/0",
            "PMFIT.ANSWERS/1",
            " pmfit.answers/1",
            "pmfit.answers/1\x00",
            "pmfit.answers/1\n",
            "pmfit.answers",
            "",
        ]
    )
    | junk
)
BANK_PARTS = st.sampled_from(["id", "version", "language", "extra"])
BANK_ACTIONS = st.sampled_from(["junk", "drop", "wrong"])
WRONG_BANK_VALUES = st.sampled_from(["tiny", "1", "2.0.0", BANK.version + " ", "PMFIT"]) | nasty_text
NEAR_ANSWERS = st.sampled_from([1.0, 3.0, 5.0, True, False, "3", [3], {"v": 3}])
BAD_ANSWERS = st.integers(-3, 12) | huge_numbers | NEAR_ANSWERS | junk
SMALL_ANSWERS = st.integers(0, 5)
BAD_SECONDS = huge_numbers | st.sampled_from([-1, -0.001, 86_401, 86_400.5, "1.5", True]) | st.floats() | junk
TIMESTAMP_FIELDS = st.sampled_from(["started_at", "finished_at"])
NEST_PLACES = st.sampled_from(["top", "answer", "seconds", "bank"])
DEPTHS = st.sampled_from([2, 50, 400, 900, 990, 1000, 1010, 1100, 5000, 100_000]) | st.integers(1, 1500)
INDENTS = st.sampled_from([None, 2])
ONE_TO_THREE = st.integers(1, 3)
# About one in eight (hypothesis draws 0 far more often than the other values, so 0 is not the hit).
RARELY = st.integers(0, 11).map(lambda n: n in (5, 6))


@st.composite
def valid_sheets(draw: st.DrawFn) -> dict[str, Any]:
    """A sheet the bundled bank must accept: any subset of items, answers in range, optional extras."""
    # The bulk (which items, which answers, how long) comes from one seeded Random: a hundred separate
    # draws per sheet would make generation, not pmfit, the cost of this test.
    rnd = draw(st.randoms(use_true_random=True))
    fill = draw(FILLS)
    if fill == "all":
        chosen = ITEM_IDS
    elif fill == "some":
        chosen = rnd.sample(ITEM_IDS, rnd.randint(1, len(ITEM_IDS)))
    else:
        chosen = []
    answers = {item_id: rnd.randint(*answer_range(item_id)) for item_id in chosen}
    doc: dict[str, Any] = {
        "format": FORMAT,
        "bank": {"id": BANK.id, "version": BANK.version, "language": draw(LANGUAGES)},
        "answers": answers,
        "started_at": draw(timestamps),
    }
    if draw(st.booleans()):
        doc["finished_at"] = draw(FINISHED)
    seconds_kind = draw(SECONDS_KINDS)
    if seconds_kind == "null":
        doc["seconds"] = None
    elif seconds_kind == "some":
        timed = rnd.sample(ITEM_IDS, rnd.randint(0, len(ITEM_IDS)))
        doc["seconds"] = {i: rnd.choice([rnd.uniform(0, 30), rnd.randint(0, 86_400)]) for i in timed}
        if timed and draw(st.booleans()):
            doc["seconds"][timed[0]] = draw(EDGE_SECONDS)
    return doc


def _mutate(draw: st.DrawFn, doc: dict[str, Any]) -> str:
    """Damage one part of a decoded sheet; returns what was done (shown when an example fails)."""
    kind = draw(MUTATIONS)
    answers = doc.get("answers")
    if kind == "junk_top":
        doc[draw(TOP_KEY)] = draw(junk)
    elif kind == "drop_key":
        if doc:
            del doc[draw(st.sampled_from(sorted(doc)))]
    elif kind == "extra_key":
        doc[draw(keys)] = draw(junk)
    elif kind == "format":
        doc["format"] = draw(BAD_TAGS)
    elif kind == "bank":
        bank = doc.get("bank")
        if isinstance(bank, dict):
            part, action = draw(BANK_PARTS), draw(BANK_ACTIONS)
            if part == "extra":
                bank[draw(keys)] = draw(junk)
            elif action == "drop":
                bank.pop(part, None)
            elif action == "wrong":
                bank[part] = draw(WRONG_BANK_VALUES)
            else:
                bank[part] = draw(junk)
        else:
            doc["bank"] = draw(junk)
    elif kind == "answer_value":
        if isinstance(answers, dict):
            answers[draw(ANSWER_KEYS)] = draw(BAD_ANSWERS)
    elif kind == "answer_key":
        if isinstance(answers, dict):
            answers[draw(NEAR_MISS_IDS | keys)] = draw(SMALL_ANSWERS)
    elif kind == "seconds":
        seconds = doc.get("seconds")
        if not isinstance(seconds, dict):
            seconds = doc["seconds"] = {}
        seconds[draw(ANSWER_KEYS)] = draw(BAD_SECONDS)
    elif kind == "timestamp":
        doc[draw(TIMESTAMP_FIELDS)] = draw(bad_timestamps)
    else:  # nest: a deeply nested value somewhere (spliced in as text later)
        where = draw(NEST_PLACES)
        if where == "answer" and isinstance(answers, dict):
            answers[draw(ITEM)] = NEST
        elif where == "bank" and isinstance(doc.get("bank"), dict):
            doc["bank"]["id"] = NEST
        elif where == "seconds":
            doc["seconds"] = {draw(ITEM): NEST}
        else:
            doc[draw(TOP_KEY)] = NEST
    return kind


@dataclass
class Case:
    payload: str | bytes
    how: str  # what was done, for the failure report

    @property
    def data(self) -> bytes:
        """The bytes of the file the CLI reads."""
        if isinstance(self.payload, bytes):
            return self.payload
        return self.payload.encode("utf-8", "surrogatepass")

    @property
    def via_cli(self) -> bool:
        """One example in CLI_SHARE also goes through the CLI, chosen by a hash: evenly and reproducibly."""
        return zlib.crc32(self.data) % CLI_SHARE == 0

    @property
    def via_store(self) -> bool:
        """One example in STORE_SHARE, when accepted, is also imported into the history."""
        return zlib.crc32(self.data) // CLI_SHARE % STORE_SHARE == 0


def _nested(draw: st.DrawFn) -> str:
    depth = draw(DEPTHS)
    if draw(st.booleans()):
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def _encode(draw: st.DrawFn, doc: Any, how: str) -> Case:
    text = json.dumps(doc, allow_nan=True, ensure_ascii=draw(st.booleans()), indent=draw(INDENTS))
    if NEST in text:
        text = text.replace(json.dumps(NEST), _nested(draw))
    payload: str | bytes = text
    if draw(st.booleans()):
        payload = text.encode("utf-8", "surrogatepass")
    return Case(payload, how=how)


@st.composite
def valid_cases(draw: st.DrawFn) -> Case:
    return _encode(draw, draw(valid_sheets()), "valid")


@st.composite
def mutated_cases(draw: st.DrawFn) -> Case:
    doc = draw(valid_sheets())
    done = [_mutate(draw, doc) for _ in range(draw(ONE_TO_THREE))]
    return _encode(draw, doc, "mutated: " + ", ".join(done))


GOOD_BANK = {"id": BANK.id, "version": BANK.version, "language": "en"}
# The format tag is right three times in four and the bank two in four, so that most examples get past
# them to the fields after (a missing or wrong tag has its own share in the mutated sheets).
WRONG_TYPE_DOCS = st.fixed_dictionaries(
    {
        "format": st.one_of(st.just(FORMAT), st.just(FORMAT), st.just(FORMAT), junk),
        "bank": st.one_of(
            st.just(GOOD_BANK),
            st.just(GOOD_BANK),
            st.fixed_dictionaries({}, optional={k: st.just(v) | junk for k, v in GOOD_BANK.items()}),
            junk,
        ),
    },
    optional={
        "answers": st.dictionaries(ANSWER_KEYS, st.integers(-2, 10) | huge_numbers | junk, max_size=8) | junk,
        "started_at": timestamps | bad_timestamps,
        "finished_at": st.none() | timestamps | bad_timestamps,
        "seconds": st.dictionaries(ANSWER_KEYS, junk, max_size=4) | junk,
    },
)
EXTRA_FIELDS = st.dictionaries(keys, junk, max_size=3)


@st.composite
def wrong_type_cases(draw: st.DrawFn) -> Case:
    """Every field present or not, each one right, nearly right or of any JSON type at all."""
    doc = draw(WRONG_TYPE_DOCS)
    if draw(RARELY):
        doc.update(draw(EXTRA_FIELDS))
    if draw(RARELY):
        doc = draw(junk)  # the whole document of the wrong type
    return _encode(draw, doc, "wrong types")


_NUMBER = re.compile(r"(?<![\w.\"])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
NUMBER_TEXTS = st.sampled_from(
    [
        "1" + "0" * 30,
        "-1" + "0" * 30,
        "1" + "0" * 400,
        "1" + "0" * 4299,
        "1" + "0" * 4300,
        "1" + "0" * 4301,
        "-" + "9" * 10_000,
        "1e400",
        "-1e400",
        "1e-400",
        "0." + "0" * 500 + "1",
        "-0",
        "3.0",
        "NaN",
        "Infinity",
        "-Infinity",
        "01",
        "1_000",
        "0x10",
        "+1",
    ]
)
DAMAGES = st.sampled_from(
    ["truncate", "cut", "insert_bytes", "insert_chars", "number", "nest", "encoding", "prefix", "escape"]
)
CUT_LENGTHS = st.integers(1, 40)
INSERT_BYTES = st.binary(min_size=1, max_size=8)
INSERT_CHARS = st.text(st.sampled_from('{}[]",:\\ \n\t\x00') | st.characters(), min_size=1, max_size=6)
SUFFIXES = st.sampled_from(["", '"é"', "ünïcödé", "😀"])
ENCODINGS = st.sampled_from(["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252"])
PREFIXES = st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b" \n\t", b"//", b"\x80"])
BAD_ESCAPES = st.sampled_from(["\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u12", "\\x41", "\\", "\\u0000"])
SOURCES = st.sampled_from(["damaged"] * 6 + ["binary", "text", "empty"])
RANDOM_BYTES = st.binary(max_size=200)
RANDOM_TEXT = st.text(max_size=200)
EMPTYISH = st.sampled_from([b"", b" ", b"\n", b"\x00", b"{}", b"null", b"[]", b'""'])


def _pick(draw: st.DrawFn, choices: list[Any]) -> Any:
    """One of a list made per example (by index: sampled_from would hash every element each time)."""
    return choices[draw(st.integers(0, len(choices) - 1))]


def _damage(draw: st.DrawFn, data: bytes) -> tuple[bytes, str]:
    kind = draw(DAMAGES)
    at = draw(st.integers(0, len(data)))
    if kind == "truncate":
        data = data[:at]
    elif kind == "cut":
        data = data[:at] + data[at + draw(CUT_LENGTHS) :]
    elif kind == "insert_bytes":
        data = data[:at] + draw(INSERT_BYTES) + data[at:]
    elif kind == "insert_chars":
        data = data[:at] + draw(INSERT_CHARS).encode("utf-8", "surrogatepass") + data[at:]
    elif kind in {"number", "nest"}:
        text = data.decode("utf-8", "replace")
        spans = [m.span() for m in _NUMBER.finditer(text)]
        if kind == "nest":
            spans = spans or [(0, 0)]
        if spans:
            start, end = _pick(draw, spans)
            new = draw(NUMBER_TEXTS) if kind == "number" else _nested(draw)
            text = text[:start] + new + text[end:]
        data = text.encode("utf-8")
    elif kind == "encoding":
        text = data.decode("utf-8", "replace") + draw(SUFFIXES)
        data = text.encode(draw(ENCODINGS), "replace")
    elif kind == "prefix":
        data = draw(PREFIXES) + data
    else:  # escape: broken or lone-surrogate \u escapes inside a string
        text = data.decode("utf-8", "replace")
        quotes = [m.start() + 1 for m in re.finditer('"', text)] or [0]
        pos = _pick(draw, quotes)
        data = (text[:pos] + draw(BAD_ESCAPES) + text[pos:]).encode("utf-8")
    return data, kind


@st.composite
def damaged_cases(draw: st.DrawFn) -> Case:
    """Damage at the level of text and bytes, plus raw junk: empty files, random bytes, random text."""
    source = draw(SOURCES)
    if source == "binary":
        data, how = draw(RANDOM_BYTES), "random bytes"
    elif source == "text":
        data, how = draw(RANDOM_TEXT).encode("utf-8", "surrogatepass"), "random text"
    elif source == "empty":
        data, how = draw(EMPTYISH), "empty-ish"
    else:
        doc = draw(valid_sheets())
        data = json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8")
        done = []
        for _ in range(draw(ONE_TO_THREE)):
            data, kind = _damage(draw, data)
            done.append(kind)
        how = "damaged: " + ", ".join(done)
    payload: str | bytes = data
    if draw(st.booleans()):
        payload = data.decode("utf-8", "surrogateescape")  # the str door of parse_sheet, same damage
    return Case(payload, how=how)
