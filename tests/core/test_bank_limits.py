"""A bank is refused before parsing when its file is too large or its keys nest absurdly deep (tomllib takes
quadratic time over a dotted key); a real bank is never near either limit."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pmfit.core.bank import BankError, load_bank, parse_bank
from pmfit.core.bank_limits import MAX_BANK_BYTES, MAX_KEY_DEPTH
from pmfit.core.paths import data_root
from tests.conftest import TINY_BANK

TINY = TINY_BANK.read_text(encoding="utf-8")


def problems_of(text: str) -> tuple[str, ...]:
    with pytest.raises(BankError) as caught:
        parse_bank(text, "deep.toml")
    return caught.value.problems


@pytest.mark.parametrize(
    "shape",
    [
        "[{key}]\nx = 1\n",  # a table header
        "[[{key}]]\nx = 1\n",  # an array of tables
        "{key} = 1\n",  # a dotted key
        "x = {{ {key} = 1 }}\n",  # inside an inline table
        "[bank]\n'a' . \"b\" . {key} = 1\n",  # quoted parts, spaces around the dots
    ],
)
def test_keys_nested_too_deep_are_refused_before_parsing(shape: str) -> None:
    # 20,000 parts took tomllib about 5 s before this check (and 64,000 parts about 50 s).
    deep = ".".join(["a"] * 20_000)
    assert problems_of(TINY + shape.format(key=deep)) == (
        f"TOML keys nested more than {MAX_KEY_DEPTH} levels deep",
    )


def test_keys_up_to_the_limit_are_parsed() -> None:
    at_limit = ".".join(["a"] * MAX_KEY_DEPTH)
    problems = problems_of(TINY + f"[extra]\n{at_limit} = 1\n")
    assert problems == ("[extra]: unknown section",)  # parsed, then refused for what it says


def test_dots_in_text_and_numbers_are_not_keys() -> None:
    prose = " ".join(["e.g. a.b c.d"] * 100)
    numbers = ", ".join(["1.5"] * 500)
    bank = parse_bank(TINY.replace('title = "Tiny test bank"', f'title = "{prose}"\n# {numbers}', 1))
    assert bank.bank.title == prose


def test_a_file_over_the_size_cap_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_text(TINY + "#" * MAX_BANK_BYTES, encoding="utf-8")
    with pytest.raises(BankError) as raised:
        load_bank(big)
    assert raised.value.problems == ("is too large to be a bank file (the limit is 4 MB)",)


def _depth(value: object) -> int:
    """How many tables deep a parsed TOML value nests (a dotted key of n parts nests n deep)."""
    if isinstance(value, dict):
        return 1 + max((_depth(inner) for inner in value.values()), default=0)
    if isinstance(value, list):
        return max((_depth(inner) for inner in value), default=0)
    return 0


@pytest.mark.parametrize("path", sorted(data_root("questions").rglob("*.toml")), ids=lambda path: path.name)
def test_every_bundled_bank_is_far_below_both_limits(path: Path) -> None:
    # Far below: growing a bank (more items, another language) must never come near refusing it.
    assert 20 * path.stat().st_size < MAX_BANK_BYTES
    assert 4 * _depth(tomllib.loads(path.read_text(encoding="utf-8"))) <= MAX_KEY_DEPTH
    assert load_bank(path).items
