"""Paint every chart to PNG files for a look by eye: ``python -m tests.render.snapshots [FOLDER]``.

Not a test: it writes light and dark versions of each chart, at a roomy and a small size, for the tiny
and twelve-scale banks (and the bundled bank when it loads), to FOLDER (default /tmp/pmfit-render).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank, BankError, load_bank, parse_bank
from pmfit.core.scoring import Result, score
from pmfit.render import RenderStyle, ResultPainter
from tests.conftest import TINY_BANK
from tests.render.conftest import (
    LEANING_EXPERIENCE,
    LEANING_INTEREST,
    SCALES,
    dark_palette,
    light_palette,
    sheet_for,
    twelve_bank_toml,
)
from tests.render.helpers import painter_for

CHARTS = ("fits", "profile", "quadrants")


def paint(painter: ResultPainter, chart: str, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(painter.style.background))
    qp = QPainter(image)
    margin = max(8, width // 60)
    getattr(painter, f"paint_{chart}")(qp, QRectF(margin, margin, width - 2 * margin, height - 2 * margin))
    qp.end()
    return image


def results(bank: Bank) -> dict[str, Result]:
    if bank.id == "twelve":
        even = {scale_id: (3, 4, 3, 4) for scale_id, _, _ in SCALES}
        return {
            "leaning": score(bank, sheet_for(bank, LEANING_INTEREST, LEANING_EXPERIENCE)),
            "even": score(bank, sheet_for(bank, even, {s: 3 for s, _, _ in SCALES})),
            "empty": score(bank, AnswerSheet.new(bank)),
        }
    sheet = AnswerSheet.new(bank)
    for n, item in enumerate(bank.main_items):
        value = (n % 5) + 1 if item.kind != "choice" else n % 2
        sheet = sheet.with_answer(item.id, value)
    return {"answered": score(bank, sheet)}


def main(folder: str = "/tmp/pmfit-render") -> None:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    banks = [parse_bank(twelve_bank_toml(), "twelve.toml"), load_bank(TINY_BANK)]
    with contextlib.suppress(BankError):
        banks.append(load_bank(language="en"))
    styles = {
        "light": RenderStyle.from_palette(light_palette()),
        "dark": RenderStyle.from_palette(dark_palette()),
        "print": RenderStyle.print_style(),
    }
    sizes = {
        "fits": ((900, 300), (400, 200)),
        "profile": ((900, 600), (400, 300)),
        "quadrants": ((900, 600), (400, 300)),
    }
    for bank in banks:
        for name, result in results(bank).items():
            for style_name, style in styles.items():
                painter = painter_for(bank, result, style)
                for chart in CHARTS:
                    for width, height in sizes[chart]:
                        image = paint(painter, chart, width, height)
                        image.save(str(out / f"{bank.id}-{name}-{chart}-{style_name}-{width}x{height}.png"))
        write_pdf(out / f"{bank.id}.pdf", bank, next(iter(results(bank).values())))
    print(out)


def write_pdf(path: Path, bank: Bank, result: Result) -> None:
    """All three charts on one A4 page at 1200 dpi, in the print style."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(1200)
    painter = QPainter(writer)
    chart_painter = painter_for(bank, result, RenderStyle.print_style())
    width, y = float(writer.width()), 0.0
    for chart in CHARTS:
        height = getattr(chart_painter, f"{chart}_height")(width, painter)
        getattr(chart_painter, f"paint_{chart}")(painter, QRectF(0, y, width, height))
        y += height + 150
    painter.end()


if __name__ == "__main__":
    main(*sys.argv[1:2])
