"""How fast the engine scores: one sheet, and 10,000 sheets in one process (targets: < 1 ms, < 5 s).

Run: python benchmarks/scoring.py
"""

from __future__ import annotations

import random
import statistics
import time
from dataclasses import replace

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import ChoiceItem, load_bank
from pmfit.core.scoring import score


def random_sheets(count: int, seed: int = 7) -> list[AnswerSheet]:
    bank = load_bank(language="en")
    rng = random.Random(seed)
    base = AnswerSheet.new(bank)
    sheets = []
    for _ in range(count):
        answers = {}
        for item in bank.main_items:
            if rng.random() < 0.95:
                top = len(item.options) - 1 if isinstance(item, ChoiceItem) else 5
                answers[item.id] = rng.randint(0 if isinstance(item, ChoiceItem) else 1, top)
        sheets.append(replace(base, answers=answers))
    return sheets


def main() -> None:
    started = time.perf_counter()
    bank = load_bank(language="en")
    load_ms = (time.perf_counter() - started) * 1000
    sheets = random_sheets(10_000)
    score(bank, sheets[0])  # first call compiles the bank

    singles = []
    for sheet in sheets[:500]:
        t0 = time.perf_counter()
        score(bank, sheet)
        singles.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    for sheet in sheets:
        score(bank, sheet)
    total = time.perf_counter() - t0
    print(f"load and validate the bundled bank: {load_ms:.1f} ms ({len(bank.items)} items)")
    print(
        f"score one sheet: median {statistics.median(singles):.3f} ms, "
        f"p95 {sorted(singles)[int(len(singles) * 0.95)]:.3f} ms (target < 1 ms)"
    )
    print(f"score 10,000 sheets: {total:.2f} s (target < 5 s)")


if __name__ == "__main__":
    main()
