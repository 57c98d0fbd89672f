"""How fast the PDF summary is exported and how big it is (targets: < 0.3 s, < 300 KB).

The bundled bank and the example sheet (examples/answers-product-leaning.json), in one process: one
warm-up export (fonts are loaded and the bank compiled), then the median of several timed exports to a
temporary folder.

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

from pmfit.core.answers import read_sheet
from pmfit.core.bank import load_bank
from pmfit.core.scoring import score
from pmfit.report import ensure_gui_app, export_pdf

RUNS = 15
TARGET_SECONDS, TARGET_BYTES = 0.3, 300_000
EXAMPLE = Path(__file__).parents[1] / "examples" / "answers-product-leaning.json"


def main() -> int:
    ensure_gui_app()
    bank = load_bank(language="en")
    result = score(bank, read_sheet(EXAMPLE))
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
