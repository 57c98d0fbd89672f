"""How fast the PDF summary is exported and how big it is (targets: < 0.3 s, < 300 KB).

The bundled bank, a known product-leaning sheet, in one process: one warm-up export (fonts are loaded and
the bank compiled), then the median of several timed exports to a temporary folder.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/export.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, CheckItem, ChoiceItem, LikertItem, load_bank
from pmfit.core.scoring import score
from pmfit.report import ensure_gui_app, export_pdf

RUNS = 15
TARGET_SECONDS, TARGET_BYTES = 0.3, 300_000
# How much each responsibility draws the person (1-5), and how much of it they have done.
INTEREST = dict(
    market_research=5, product_vision=5, development_planning=4, team_collaboration=4, process_control=2,
    analytics_improvement=4, project_planning=2, team_coordination=3, controlling_execution=1,
    stakeholder_communication=4, quality_control=2, project_closure=2,
)  # fmt: skip
EXPERIENCE = dict(
    market_research=4, product_vision=2, development_planning=4, team_collaboration=4, process_control=4,
    analytics_improvement=2, project_planning=4, team_coordination=4, controlling_execution=1,
    stakeholder_communication=5, quality_control=2, project_closure=3,
)  # fmt: skip


def known_sheet(bank: Bank) -> AnswerSheet:
    """Every item answered as the person above would (the same recipe as tests/report/sheets.py)."""
    sheet = AnswerSheet.new(bank)
    for item in bank.main_items:
        if isinstance(item, LikertItem):
            levels = EXPERIENCE if item.facet == "experience" else INTEREST
            level = round(sum(levels[s] * w for s, w in item.scales.items()) / sum(item.scales.values()))
            answer = 6 - level if item.reverse else level
        elif isinstance(item, ChoiceItem):
            appeal = [sum(INTEREST[s] * w for s, w in o.weights.items()) for o in item.options]
            answer = max(range(len(appeal)), key=lambda n: (appeal[n], -n))
        else:
            assert isinstance(item, CheckItem)
            answer = item.expected
        sheet = sheet.with_answer(item.id, answer, 6.0)
    return sheet


def main() -> int:
    ensure_gui_app()
    bank = load_bank(language="en")
    result = score(bank, known_sheet(bank))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "result.pdf"
        started = time.perf_counter()
        export_pdf(bank, result, target, name="Ann Example")
        first = time.perf_counter() - started
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            export_pdf(bank, result, target, name="Ann Example")
            times.append(time.perf_counter() - started)
        size = target.stat().st_size
    median = statistics.median(times)
    print(f"first export (fonts loading): {first * 1000:.0f} ms")
    print(
        f"export: median {median * 1000:.0f} ms, fastest {min(times) * 1000:.0f} ms, "
        f"slowest {max(times) * 1000:.0f} ms over {RUNS} runs (target < {TARGET_SECONDS * 1000:.0f} ms)"
    )
    print(f"file size: {size / 1000:.0f} KB (target < {TARGET_BYTES / 1000:.0f} KB)")
    return 0 if median < TARGET_SECONDS and size < TARGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
