"""How fast the PDF summary is exported and how big it is (targets: < 0.3 s and < 200 KB, in each language).

The bundled banks and the example sheet (examples/answers-product-leaning.json), in one process, in English
and in Ukrainian: one warm-up export (fonts are loaded and the bank compiled), then the median of several
timed exports to a temporary folder. The share of the time spent making Qt's output a tagged PDF
(pmfit.report.structure) is shown on its own.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/export.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pmfit.core.answers import read_sheet
from pmfit.core.bank import load_bank
from pmfit.core.scoring import score
from pmfit.report import ensure_gui_app, export_pdf
from pmfit.report import pdf as pdf_module
from pmfit.system.i18n import ensure_translations

RUNS = 15
TARGET_SECONDS, TARGET_BYTES = 0.3, 200_000
EXAMPLE = Path(__file__).parents[1] / "examples" / "answers-product-leaning.json"
LANGUAGES = ("en", "uk")

tagging_times: list[float] = []


def timed(function: Callable[..., bytes]) -> Callable[..., bytes]:
    def wrapper(*args: object) -> bytes:
        started = time.perf_counter()
        try:
            return function(*args)
        finally:
            tagging_times.append(time.perf_counter() - started)

    return wrapper


def measure(language: str) -> bool:
    ensure_translations(language)
    bank = load_bank(language=language)
    result = score(bank, read_sheet(EXAMPLE))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "result.pdf"
        started = time.perf_counter()
        export_pdf(bank, result, target, name="Ann Example")
        first = time.perf_counter() - started
        tagging_times.clear()
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            export_pdf(bank, result, target, name="Ann Example")
            times.append(time.perf_counter() - started)
        size = target.stat().st_size
    median = statistics.median(times)
    print(f"[{language}] first export (fonts loading): {first * 1000:.0f} ms")
    print(
        f"[{language}] export: median {median * 1000:.0f} ms, fastest {min(times) * 1000:.0f} ms, "
        f"slowest {max(times) * 1000:.0f} ms over {RUNS} runs (target < {TARGET_SECONDS * 1000:.0f} ms); "
        f"of which tagging (structure tree, marked content) median "
        f"{statistics.median(tagging_times) * 1000:.0f} ms"
    )
    print(f"[{language}] file size: {size / 1000:.0f} KB (target < {TARGET_BYTES / 1000:.0f} KB)")
    return median < TARGET_SECONDS and size < TARGET_BYTES


def main() -> int:
    ensure_gui_app()
    pdf_module.tag_pdf = timed(pdf_module.tag_pdf)  # type: ignore[method-assign]
    results = [measure(language) for language in LANGUAGES]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
