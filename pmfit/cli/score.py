"""``pmfit score`` and ``pmfit export``: a sheet's result as readable text, JSON or the PDF summary."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from pmfit.cli.parser import UsageError
from pmfit.cli.terminal import escape

if TYPE_CHECKING:
    from pmfit.core.bank import Bank
    from pmfit.core.scoring import Result

EXIT_OK = 0


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  " + "  ".join(cells).rstrip(), file=out)


def print_result(bank: Bank, result: Result, out: TextIO) -> None:
    """The readable summary: verdict, both fits, the 12 responsibilities, quality notes, why."""
    from pmfit.core.explain import (
        QUADRANT_TITLES,
        change_text,
        driver_text,
        fit_text,
        flip_summary,
        headline,
        shown_flip,
    )

    print(headline(bank, result), file=out)
    print(file=out)
    _table(
        [("Role", "fit", "± se")]
        + [(bank.role_by_id[r.id].title, fit_text(r.fit), f"{r.se:.1f}") for r in result.roles],
        out,
    )
    print(file=out)
    rows = [("Responsibility", "role", "interest", "± se", "answered", "experience", "quadrant")]
    for s in result.scales:
        scale = bank.scale_by_id[s.id]
        rows.append(
            (
                scale.title,
                "product" if s.role == "product_manager" else "project",
                fit_text(s.score),
                f"{s.se:.1f}",
                str(s.answered),
                fit_text(s.experience),
                QUADRANT_TITLES.get(s.quadrant or "", "–"),
            )
        )
    _table(rows, out)
    if result.flags:
        print("\nAbout your answers:", file=out)
        for flag in result.flags:
            print(f"  - {bank.flag_text(flag)}", file=out)
    if result.drivers:
        print("\nThe answers that weighed most:", file=out)
        for driver in result.drivers:
            print(f"  - {driver_text(bank, driver)}", file=out)
    print(f"\n{flip_summary(bank, result)}", file=out)
    for change in shown_flip(result):
        print(f"  - {change_text(bank, change)}", file=out)
    if result.tiebreakers:
        print(
            f"\n{len(result.tiebreakers)} tie-breaker questions can settle it; the desktop app offers them.",
            file=out,
        )
    print("\nThis measures your preferences and how you see yourself, not your competence.", file=out)


def run_score(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.core.scoring import result_json

    bank, result = _load_scored(args.sheet, args.bank)
    if args.json:
        json.dump(result_json(bank, result), out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        print_result(bank, result, out)
    return EXIT_OK


def _load_scored(sheet_path: str, bank_path: str | None) -> tuple[Bank, Result]:
    from pmfit.core.answers import SheetError, check_against_bank, read_sheet
    from pmfit.core.bank import load_bank
    from pmfit.core.scoring import score

    bank = load_bank(bank_path)
    sheet = read_sheet(sheet_path)
    try:
        check_against_bank(sheet, bank)
    except SheetError as error:
        raise SheetError(f"{sheet_path}: {error}") from None
    return bank, score(bank, sheet)


def run_export(args: argparse.Namespace, out: TextIO) -> int:
    import os

    bank, result = _load_scored(args.sheet, args.bank)
    # Headless by default: the PDF needs Qt's fonts, never a window.
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pmfit.report import ExportError, ensure_gui_app, export_pdf

    ensure_gui_app()
    try:
        written = export_pdf(bank, result, args.output, name=args.name)
    except ExportError as error:
        raise UsageError(str(error)) from None
    print(f"Wrote {escape(str(written))}", file=out)
    return EXIT_OK
