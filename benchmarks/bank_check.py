"""How long validating a bank takes as it grows, and how fast an absurdly nested key is refused.

Two figures, each the time of ``parse_bank`` (what ``pmfit bank check`` does after reading the file):

* a valid bank with N likert items in reverse-keyed twin pairs (every item names its twin: the worst case
  for the twin check, which once scanned every item for every twin: 100,000 items took 514 s);
* a bank with one dotted key of K parts (tomllib takes quadratic time over it: 64,000 parts about 50 s),
  which pmfit now refuses before parsing.

``pmfit bank check`` reads at most 4 MB of a file (about 25,000 such items), so the big figures are for the
validation alone. Run: python benchmarks/bank_check.py [--items 100000] [--parts 64000]
"""

from __future__ import annotations

import argparse
import time
import tomllib

from pmfit.core.bank import BankError, parse_bank

SCALES = [(f"s{n:02}", "product_manager" if n < 6 else "project_manager") for n in range(12)]


def _head() -> str:
    """A bank's sections but its items, made here so the figures never depend on the bundled bank."""
    parts = ['[bank]\nid = "bench"\nversion = "1"\nlanguage = "en"\ntitle = "Benchmark"\n']
    for scale, role in SCALES:
        parts.append(
            f'[[scales]]\nid = "{scale}"\nrole = "{role}"\ntitle = "{scale}"\ndescription = "d"\n'
            'framework = ["f"]\nnext_steps = ["n"]\n'
        )
    for role in ("product_manager", "project_manager"):
        weights = ", ".join(f"{scale} = {1.0 if owner == role else 0.3}" for scale, owner in SCALES)
        parts.append(
            f'[[roles]]\nid = "{role}"\ntitle = "{role}"\nsummary = "s"\ncareer = "c"\n'
            f"weights = {{ {weights} }}\n" + '[[roles.ladder]]\nlevel = "a"\nyears = "0-2"\nscope = "s"\n' * 2
        )
    return "".join(parts)


def big_bank(items: int) -> str:
    """A valid bank of ``items`` likert items in reverse-keyed twin pairs, each naming its twin."""
    parts = [_head()]
    for n in range(items):
        pair, second = divmod(n, 2)
        scale = SCALES[pair % len(SCALES)][0]
        twin = f"i{2 * pair + (1 - second):06}"
        parts.append(
            f'[[items]]\nid = "i{n:06}"\nkind = "likert"\ntext = "Statement {n}."\nframework = "x"\n'
            f'scales = {{ {scale} = 1.0 }}\nreverse = {"true" if second else "false"}\ntwin = "{twin}"\n'
        )
    return "".join(parts)


def timed(text: str) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        bank = parse_bank(text, "benchmark.toml")
        outcome = f"valid, {len(bank.items):,} items"
    except BankError as error:
        more = f" (+{len(error.problems) - 1} more)" if len(error.problems) > 1 else ""
        outcome = f"refused: {error.problems[0][:70]}{more}"
    return time.perf_counter() - started, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--parts", type=int, nargs="*", default=[16_000, 64_000])
    args = parser.parse_args()

    for items in args.items:
        text = big_bank(items)
        started = time.perf_counter()
        tomllib.loads(text)
        toml_seconds = time.perf_counter() - started
        seconds, outcome = timed(text)
        print(
            f"bank of {items:>7,} items ({len(text) / 1e6:5.1f} MB): parse_bank {seconds:7.2f} s "
            f"(TOML alone {toml_seconds:.2f} s); {outcome}"
        )
    for parts in args.parts:
        text = big_bank(100) + "[extra]\n" + ".".join(["a"] * parts) + " = 1\n"
        seconds, outcome = timed(text)
        print(f"dotted key of {parts:>6,} parts: parse_bank {seconds:7.3f} s; {outcome}")


if __name__ == "__main__":
    main()
