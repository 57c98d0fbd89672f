"""Shared pieces of the fuzz suite: reproducible settings, nasty strings, the one-line error check."""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# How many examples each fuzz test really ran (and how many went through the CLI); printed at the end of
# the run by conftest.py and checked by each test against the minimum it promises.
FUZZ_COUNTS: Counter[str] = Counter()


def fuzz_settings(examples: int) -> settings:
    """Reproducible in CI: a fixed, derandomized search with no example database."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=False,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.filter_too_much,
        ],
    )


def assert_one_line(message: str) -> None:
    """A message fit for one line on a terminal: not empty, no line break of any kind, no control chars."""
    assert message.strip(), "empty error message"
    assert len(message.splitlines()) == 1, f"error message spans lines: {message!r}"
    controls = [ch for ch in message if unicodedata.category(ch) == "Cc"]
    assert not controls, f"control characters {controls!r} in error message: {message!r}"


def assert_shown_not_obeyed(output: str) -> None:
    """Command output a terminal shows as it is: no control character but the line breaks, no lone
    surrogate, no bidirectional override (a bank's text arrives escaped)."""
    odd = [
        ch
        for ch in output
        if (ch != "\n" and unicodedata.category(ch) in {"Cc", "Cs", "Zl", "Zp"})
        or "\u202a" <= ch <= "\u202e"
        or "\u2066" <= ch <= "\u2069"
    ]
    assert not odd, f"raw {odd[:5]!r} in the output: {output[:300]!r}"


def _in_range(value: Any) -> bool:
    return value is None or (isinstance(value, int | float) and 0 <= value <= 100)


def check_result_json(data: dict[str, Any], scale_ids: set[str]) -> None:
    """A scored result keeps to the contract: fits and scale scores 0-100 (or None), finite numbers."""
    assert set(data["roles"]) == {"product_manager", "project_manager"}
    assert all(_in_range(fit) for fit in data["roles"].values()), data["roles"]
    assert set(data["scales"]) == scale_ids
    for scale in data["scales"].values():
        assert _in_range(scale["score"]) and _in_range(scale["experience"]), scale
        assert math.isfinite(scale["se"]) and scale["se"] >= 0, scale
        assert isinstance(scale["answered"], int) and scale["answered"] >= 0, scale
    assert math.isfinite(data["verdict"]["margin"]), data["verdict"]
    assert data["verdict"]["lean"] in {None, "product_manager", "project_manager"}
    assert isinstance(data["quality"]["flags"], list)


NASTY_STRINGS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "a\nb",
    "line\r\nbreak",
    "\u2028",
    "para\u2029graph",
    "\x85",
    "\x1b[31mred\x1b[0m",
    "\u202eevil\u202c",
    "مرحبا بالعالم",
    "שלום",
    "😀",
    "👩\u200d👩\u200d👧",
    "\ud800",
    "\udfff",
    "\ud83d",
    "\ufeff",
    "\t",
    "\\",
    '"',
    "'",
    "{}",
    "[]",
    "null",
    "NaN",
    "1e400",
    "x" * 300,
    "é" * 5000,
]

nasty_text = st.one_of(
    st.sampled_from(NASTY_STRINGS),
    st.text(max_size=12),
    st.text(st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Mn"]), max_size=6),
)
