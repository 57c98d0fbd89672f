"""The same painters on a PDF page: a real file, selectable text, no transparency anywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPageSize, QPainter, QPdfWriter

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.render import RenderStyle
from tests.render.helpers import painter_for

OPACITY = re.compile(rb"/(?:ca|CA)\s+([0-9.]+)")
SOFT_MASK = re.compile(rb"/SMask\s*(/None|\d+ \d+ R)")


def write_pdf(path: Path, bank: Bank, result: Result, extra: QColor | None = None) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(1200)
    painter = QPainter(writer)
    chart_painter = painter_for(bank, result, RenderStyle.print_style())
    width, y = float(writer.width()), 0.0
    for chart in ("fits", "profile", "quadrants"):
        height = getattr(chart_painter, f"{chart}_height")(width, painter)
        getattr(chart_painter, f"paint_{chart}")(painter, QRectF(0, y, width, height))
        y += height + 150
    assert y < writer.height() + 150, "the three charts should fit on one A4 page"
    if extra is not None:
        painter.fillRect(QRectF(0, 0, 500, 500), extra)
    painter.end()


def transparency(data: bytes) -> list[str]:
    found = [f"/ca {v.decode()}" for v in OPACITY.findall(data) if float(v) < 1.0]
    found += [f"/SMask {m.decode()}" for m in SOFT_MASK.findall(data) if m != b"/None"]
    return found


def test_pdf_page_with_all_three_charts(
    tmp_path: Path, twelve_bank: Bank, leaning: Result, qapp: object
) -> None:
    path = tmp_path / "result.pdf"
    write_pdf(path, twelve_bank, leaning)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5_000
    assert transparency(data) == []
    pypdf = pytest.importorskip("pypdf")
    text = " ".join(pypdf.PdfReader(str(path)).pages[0].extract_text().split())
    for scale in twelve_bank.scales:
        assert scale.title in text
    for role in twelve_bank.roles:
        assert role.title in text


def test_transparency_check_catches_a_translucent_fill(
    tmp_path: Path, twelve_bank: Bank, leaning: Result, qapp: object
) -> None:
    """Control for the test above: a half-transparent fill is seen, so an empty finding means something."""
    path = tmp_path / "translucent.pdf"
    write_pdf(path, twelve_bank, leaning, extra=QColor(255, 0, 0, 128))
    assert transparency(path.read_bytes()) != []


def test_pdf_of_an_empty_result(tmp_path: Path, twelve_bank: Bank, empty: Result, qapp: object) -> None:
    path = tmp_path / "empty.pdf"
    write_pdf(path, twelve_bank, empty)
    assert path.stat().st_size > 2_000
    assert transparency(path.read_bytes()) == []
