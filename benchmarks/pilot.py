"""How long ``pmfit bank analyze`` takes to put a pilot together, in-process (no file reading): the item
analysis, the known groups (every sheet scored) and the language screen, for pilots of 100, 1,000 and
5,000 sheets of the bundled bank (half English, half Ukrainian; half Product and half Project Managers).
The best of three runs counts, as the machine is shared. There is no target: a pilot is read once, and
the figures say how large a pooled cohort stays comfortable.

Run: python benchmarks/pilot.py
"""

from __future__ import annotations

import random
import time
from dataclasses import replace

from pmfit.core.answers import AnswerSheet, BankRef, Respondent
from pmfit.core.bank import Bank, ChoiceItem, load_bank
from pmfit.core.pilot import run_pilot

RUNS = 3


def pilot_sheets(bank: Bank, count: int, seed: int = 5) -> list[tuple[str, AnswerSheet]]:
    """Full sheets, answers drawn uniformly, each with a language and a current role."""
    rng = random.Random(seed)
    base = AnswerSheet.new(bank)
    named = []
    for n in range(count):
        answers = {}
        for item in bank.main_items:
            top = len(item.options) - 1 if isinstance(item, ChoiceItem) else 5
            answers[item.id] = rng.randint(0 if isinstance(item, ChoiceItem) else 1, top)
        sheet = replace(
            base,
            answers=answers,
            bank=BankRef(bank.id, bank.version, ("en", "uk")[n % 2]),
            started_at=f"2026-01-01T{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}+00:00",
            respondent=Respondent(("product_manager", "project_manager")[n // 2 % 2], 3),
        )
        named.append((f"sheet-{n}.json", sheet))
    return named


def main() -> None:
    bank = load_bank(language="en")
    for count in (100, 1_000, 5_000):
        named = pilot_sheets(bank, count)
        best = float("inf")
        for _ in range(RUNS):
            start = time.perf_counter()
            pilot = run_pilot(bank, named, lambda version: None)
            best = min(best, time.perf_counter() - start)
        assert pilot.report.sheets == count
        print(f"{count:>6} sheets: {best:.2f} s ({best / count * 1000:.2f} ms a sheet)")


if __name__ == "__main__":
    main()
