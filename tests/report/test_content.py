"""What the exported PDF says, read back as a viewer would: every part the README lists, on 2-4 pages."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale

from pmfit import __version__
from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.render.content import ResultContent, result_content
from pmfit.report import default_page_size, export_pdf, render_pdf
from tests.report.conftest import DAY, flat, fonts, page_texts, transparency

POINTS_PER_MM = 72 / 25.4


def test_two_to_four_pages(leaning_pdf: Path) -> None:
    assert 2 <= len(pypdf.PdfReader(str(leaning_pdf)).pages) <= 4


def words(bank: Bank, result: Result) -> ResultContent:
    """What the result screen and ``pmfit score`` say: the PDF must say the same."""
    return result_content(bank, result)


def test_page_one_is_the_summary(leaning_pdf: Path, bank: Bank, leaning: Result) -> None:
    first = page_texts(leaning_pdf)[0]
    c = words(bank, leaning)
    assert bank.bank.title in first
    assert "For Ann Example" in first
    assert "26 November 2026" in first
    assert flat(c.headline) in first  # the verdict, with how sure it is
    assert "Very sure" in first or "Fairly sure" in first
    assert flat(c.verdict_line) in first  # the line under the two fits
    for role in bank.roles:
        assert role.title in first
    for scale in bank.scales:  # the profile chart of all 12
        assert scale.title in first
    assert flat(c.titles.matches) in first
    for match in c.matches[:3]:
        assert flat(match.heading) in first


def test_the_details_follow(leaning_pdf: Path, bank: Bank, leaning: Result) -> None:
    text = " ".join(page_texts(leaning_pdf)[1:])
    for heading in ("All 12 responsibilities", "Why this result", "Next steps", "About your answers"):
        assert heading in text
    for scale in bank.scales:  # the table
        assert scale.title in text
    c = words(bank, leaning)
    for title, _meaning in c.quadrant_key:
        assert title in text
    assert flat(c.flip_summary) in text
    lead, other = c.careers
    assert flat(lead.heading) in text
    unbroken = text.replace("- ", "-")  # a table cell may wrap after a hyphen
    for step in lead.ladder:  # the career ladder, every level
        assert flat(step.level) in unbroken
    for certification in lead.certifications:
        assert flat(certification.split("):")[0]) in text
    assert flat(other.heading) not in text  # a clear lean shows one path
    assert text.count("Facts as of December 2026") == 1
    for step in c.steps:
        assert flat(f"{step.title}: {step.reason}") in text
    for title, _text in c.neighbours:
        assert title in text
    assert flat(c.competence) in text


def test_footer_on_every_page(leaning_pdf: Path, bank: Bank) -> None:
    pages = page_texts(leaning_pdf)
    for number, text in enumerate(pages, start=1):
        assert f"pmfit {__version__} · bank {bank.id} {bank.version}" in text
        assert f"Page {number} of {len(pages)}" in text


def test_metadata(leaning_pdf: Path) -> None:
    meta = pypdf.PdfReader(str(leaning_pdf)).metadata
    assert meta is not None
    assert meta.title == "pmfit result: Ann Example"
    assert meta.author == "Ann Example"
    assert meta.creator == f"pmfit {__version__}"


def test_no_name_no_author(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    path = export_pdf(bank, leaning, tmp_path / "anon.pdf", date=DAY)
    meta = pypdf.PdfReader(str(path)).metadata
    assert meta is not None and meta.title == "pmfit result" and not meta.author
    assert "For " not in page_texts(path)[0].split("26 November")[0]


def test_fonts_embedded_and_nothing_transparent(leaning_pdf: Path) -> None:
    used = fonts(leaning_pdf)
    assert used and all(used.values()), used
    assert transparency(leaning_pdf.read_bytes()) == []


def test_written_as_pdf_a(leaning_pdf: Path) -> None:
    """The archival profile PDF/A-1b: an output intent and XMP metadata naming the part and level."""
    data = leaning_pdf.read_bytes()
    assert b"/GTS_PDFA1" in data and b"pdfaid:part" in data


def test_no_ligatures_so_words_can_be_found(leaning_pdf: Path) -> None:
    text = " ".join(page_texts(leaning_pdf))
    assert not any("\ufb00" <= ch <= "\ufb06" for ch in text)
    assert "pmfit" in text and "Certifications" in text


def test_vector_charts_not_images(leaning_pdf: Path) -> None:
    for page in pypdf.PdfReader(str(leaning_pdf)).pages:
        assert list(page.images) == []


@pytest.mark.parametrize(("size", "mm"), [("A4", (210, 297)), ("Letter", (215.9, 279.4))])
def test_page_sizes(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object, size: str, mm: tuple[float, float]
) -> None:
    path = export_pdf(bank, leaning, tmp_path / f"{size}.pdf", date=DAY, page_size=size)  # type: ignore[arg-type]
    reader = pypdf.PdfReader(str(path))
    assert 2 <= len(reader.pages) <= 4
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(mm[0] * POINTS_PER_MM, abs=1)
        assert float(box.height) == pytest.approx(mm[1] * POINTS_PER_MM, abs=1)
    assert page_texts(path)[0].count("What matches you best") == 1  # the summary still fits page 1


def test_page_size_from_the_locale() -> None:
    assert default_page_size(QLocale("en_US")) == "Letter"
    assert default_page_size(QLocale("fr_CA")) == "Letter"
    assert default_page_size(QLocale("es_MX")) == "Letter"
    assert default_page_size(QLocale("en_GB")) == "A4"
    assert default_page_size(QLocale("de_DE")) == "A4"
    assert default_page_size(QLocale("ja_JP")) == "A4"


def test_bad_page_size_is_a_programming_error(bank: Bank, leaning: Result, qapp: object) -> None:
    with pytest.raises(ValueError, match="page_size"):
        render_pdf(bank, leaning, page_size="A5")  # type: ignore[arg-type]


def test_too_close_shows_both_paths(tmp_path: Path, bank: Bank, too_close: Result, qapp: object) -> None:
    path = export_pdf(bank, too_close, tmp_path / "close.pdf", date=DAY)
    pages = page_texts(path)
    assert 2 <= len(pages) <= 4
    text = " ".join(pages)
    assert flat(words(bank, too_close).headline) in pages[0]
    assert "Too close to call" in pages[0]
    unbroken = text.replace("- ", "-")
    for role in bank.roles:
        assert f"Career path: {role.title}" in text
        for step in role.ladder:
            assert flat(step.level) in unbroken
    for flag in too_close.flags:
        assert flat(bank.flag_text(flag)) in text
    assert text.count("Facts as of December 2026") == 1  # dated once, under the first path
    assert transparency(path.read_bytes()) == []


def test_not_enough_answers_is_short_and_honest(
    tmp_path: Path, bank: Bank, few: Result, qapp: object
) -> None:
    path = export_pdf(bank, few, tmp_path / "few.pdf", date=DAY)
    pages = page_texts(path)
    text = " ".join(pages)
    assert flat(words(bank, few).headline) in pages[0]
    profile = bank.profile_text("not_enough_answers")
    assert profile is not None and flat(profile.text) in text
    for flag in few.flags:
        assert flat(bank.flag_text(flag)) in text
    assert "not your competence" in text
    assert "Career path" not in text  # no ladder for a role the answers do not point to
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_the_version_note_reaches_the_pdf(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    content = result_content(bank, leaning, "Answered with version 0.9.")
    path = export_pdf(bank, leaning, tmp_path / "old.pdf", date=DAY, content=content)
    assert "Answered with version 0.9." in page_texts(path)[0]


def test_same_input_same_text(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    first = export_pdf(bank, leaning, tmp_path / "a.pdf", name="Ann", date=DAY, page_size="A4")
    second = export_pdf(bank, leaning, tmp_path / "b.pdf", name="Ann", date=DAY, page_size="A4")
    assert page_texts(first) == page_texts(second)
