"""Fixtures for the PDF tests: results of known sheets of the bundled bank, exported once per module, and
helpers that read a PDF back the way a person's viewer would (text, metadata, fonts, transparency)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result, score
from pmfit.report import export_pdf
from tests.report.sheets import EVEN_INTEREST, EXPERIENCE, PRODUCT_INTEREST, few_answers_sheet, person_sheet

DAY = dt.date(2026, 11, 26)
OPACITY = re.compile(rb"/(?:ca|CA)\s+([0-9.]+)")
SOFT_MASK = re.compile(rb"/SMask\s*(/None|\d+ \d+ R)")


@pytest.fixture(scope="session")
def leaning(bank: Bank) -> Result:
    result = score(bank, person_sheet(bank, PRODUCT_INTEREST, EXPERIENCE))
    assert result.verdict.lean == "product_manager" and result.flags == ()
    return result


@pytest.fixture(scope="session")
def too_close(bank: Bank) -> Result:
    result = score(bank, person_sheet(bank, EVEN_INTEREST, EXPERIENCE))
    assert result.verdict.lean is None and result.verdict.label != "not_enough_answers"
    return result


@pytest.fixture(scope="session")
def few(bank: Bank) -> Result:
    result = score(bank, few_answers_sheet(bank))
    assert result.verdict.label == "not_enough_answers"
    return result


@pytest.fixture(scope="module")
def leaning_pdf(tmp_path_factory: pytest.TempPathFactory, bank: Bank, leaning: Result, qapp: object) -> Path:
    """The known product-leaning sheet, exported with a name on A4."""
    path = tmp_path_factory.mktemp("pdf") / "result.pdf"
    assert export_pdf(bank, leaning, path, name="Ann Example", date=DAY, page_size="A4") == path
    return path


def flat(text: str) -> str:
    """Whitespace collapsed to single spaces, so wrapped lines read as the sentence they are."""
    return " ".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in pypdf.PdfReader(str(path)).pages]


def transparency(data: bytes) -> list[str]:
    """Any constant opacity below 1 or soft mask in the file (as tests/render/test_pdf.py checks)."""
    found = [f"/ca {v.decode()}" for v in OPACITY.findall(data) if float(v) < 1.0]
    found += [f"/SMask {m.decode()}" for m in SOFT_MASK.findall(data) if m != b"/None"]
    return found


def fonts(path: Path) -> dict[str, bool]:
    """Each font used on any page, and whether its program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in pypdf.PdfReader(str(path)).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for ref in resources.get_object().get("/Font", {}).values():
            font = ref.get_object()
            parts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            embedded = all(
                any(k in p["/FontDescriptor"].get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for p in parts
                if "/FontDescriptor" in p
            )
            found[str(font.get("/BaseFont"))] = embedded
    return found
