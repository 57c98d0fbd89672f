"""The exported PDF is a tagged PDF a screen reader and a text extractor can follow (in the spirit of
PDF/UA-1): a structure tree of headings, paragraphs, lists, tables and figures in reading order, every mark
on the page either tagged content or an artifact, the charts described in words, the language and title
set; checked with pikepdf (qpdf) and poppler, not with the library that wrote it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest

from pmfit.core.bank import Bank, load_bank
from pmfit.core.scoring import Result, score
from pmfit.render import describe
from pmfit.render.content import ResultContent, result_content
from pmfit.report import export_pdf
from pmfit.system.i18n import ensure_translations
from tests.i18n.conftest import UK_BANK
from tests.report.conftest import DAY, flat
from tests.report.sheets import EXPERIENCE, PRODUCT_INTEREST, person_sheet
from tests.report.tagged import (
    Elem,
    marked_content,
    needs_poppler,
    pdftotext,
    poppler,
    poppler_structure,
    structure,
)


@pytest.fixture(scope="module")
def pdf(leaning_pdf: Path) -> Iterator[pikepdf.Pdf]:
    with pikepdf.open(leaning_pdf) as opened:
        yield opened


@pytest.fixture(scope="module")
def tree(pdf: pikepdf.Pdf) -> Elem:
    return structure(pdf)


@pytest.fixture(scope="module")
def words(bank: Bank, leaning: Result) -> ResultContent:
    return result_content(bank, leaning)


def headings(root: Elem) -> list[Elem]:
    return [e for e in root.walk() if re.fullmatch(r"H[1-6]", e.role)]


def test_catalog_says_tagged_in_english_with_its_title_shown(pdf: pikepdf.Pdf) -> None:
    root = pdf.Root
    assert root.MarkInfo.Marked is True
    assert str(root.Lang) == "en"
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert str(pdf.docinfo["/Title"]) == "pmfit result: Ann Example"
    assert root.StructTreeRoot.Type == "/StructTreeRoot"


def test_every_mark_on_every_page_is_content_or_an_artifact(pdf: pikepdf.Pdf) -> None:
    for number, page in enumerate(pdf.pages, start=1):
        marked = marked_content(page)
        assert marked.unmarked == [], f"page {number} paints outside marked content"
        assert marked.mcids, f"page {number} has no tagged content"
        assert marked.artifacts >= 1, f"page {number}: the footer should be an artifact"


def test_every_mcid_is_reachable_from_the_tree_and_back(pdf: pikepdf.Pdf, tree: Elem) -> None:
    """Each MCID of a page belongs to exactly one element, with the same tag, and the ParentTree leads from
    the page's MCID back to that element (the way a reader finds the element of what is under the mouse)."""
    owners: dict[tuple[int, int], Elem] = {}
    for element in tree.walk():
        for key in element.content:
            assert key not in owners, f"{key} is claimed by {owners[key].role} and {element.role}"
            owners[key] = element
    nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for number, page in enumerate(pdf.pages):
        marked = marked_content(page)
        assert {mcid for p, mcid in owners if p == number} == set(marked.mcids), f"page {number + 1}"
        parents = parent_tree[int(page.obj.StructParents)]
        for mcid, tag in marked.mcids.items():
            owner = owners[(number, mcid)]
            assert owner.role == tag
            assert owner.obj is not None and parents[mcid].objgen == owner.obj.objgen


def test_one_document_and_headings_in_order(tree: Elem) -> None:
    assert tree.role == "Document"
    found = headings(tree)
    levels = [int(h.role[1]) for h in found]
    assert levels[0] == 1 and levels.count(1) == 1  # one title
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"a heading level is skipped: {levels}"


@needs_poppler
def test_headings_read_by_poppler(leaning_pdf: Path, words: ResultContent, bank: Bank) -> None:
    read = [(e.role, e.text) for e in poppler_structure(leaning_pdf) if re.fullmatch(r"H\d", e.role)]
    t = words.titles
    lead = words.careers[0]
    expected = [
        ("H1", bank.bank.title),
        ("H2", t.profile),
        ("H2", t.matches),
        ("H2", t.table),
        ("H2", t.quadrants),
        ("H2", t.why),
        ("H2", lead.heading),
        ("H3", t.certifications),
        ("H3", t.reading),
        ("H2", t.steps),
        ("H2", t.neighbours),
        ("H2", t.quality),
    ]
    assert read == expected


def test_charts_are_figures_described_in_the_screens_words(tree: Elem, words: ResultContent) -> None:
    figures = tree.all("Figure")
    assert [f.alt for f in figures] == [
        describe.fits_text(words),
        describe.profile_text(words),
        describe.quadrants_text(words),
    ]
    for figure in figures:
        assert figure.content and not figure.kids  # the chart's drawing is the figure's content


def test_lists_are_lists(tree: Elem, words: ResultContent) -> None:
    lists = tree.all("L")
    assert lists
    for items in lists:
        assert items.kids and all(item.role == "LI" for item in items.kids)
        for item in items.kids:
            assert [kid.role for kid in item.kids] == ["Lbl", "LBody"]
    best = lists[0]  # the best matches on page 1
    assert len(best.kids) == min(3, len(words.matches))


def test_tables_have_header_cells(tree: Elem, words: ResultContent) -> None:
    tables = tree.all("Table")
    assert len(tables) == 2  # the 12 responsibilities, the career ladder
    responsibilities, ladder = tables
    assert len(responsibilities.kids) == 1 + len(words.responsibilities)
    assert len(ladder.kids) == 1 + len(words.careers[0].ladder)
    for table in tables:
        header, *rows = table.kids
        assert all(row.role == "TR" for row in table.kids)
        assert {(cell.role, cell.scope) for cell in header.kids} == {("TH", "Column")}
        for row in rows:
            assert len(row.kids) == len(header.kids)
            assert [cell.role for cell in row.kids].count("TH") == 1  # the row's header: its title
            assert {cell.scope for cell in row.kids if cell.role == "TH"} == {"Row"}


@needs_poppler
def test_poppler_reads_a_tagged_pdf(leaning_pdf: Path) -> None:
    info = poppler("pdfinfo", str(leaning_pdf))
    assert re.search(r"^Tagged:\s+yes$", info, re.M), info


@needs_poppler
def test_footers_are_left_out_of_the_structure(leaning_pdf: Path) -> None:
    read = " ".join(e.text for e in poppler_structure(leaning_pdf))
    assert "Page 1 of" not in read and "Page 1 of" in pdftotext(leaning_pdf, 1)


@needs_poppler
def test_page_one_reads_in_page_order(leaning_pdf: Path, words: ResultContent) -> None:
    """pdftotext reads the title, the verdict, the fits chart in words, the profile's heading, caption and
    chart in words, then the best matches: each chart's description where the chart is, no scattered axis
    labels (the fits chart's ticks used to come out as "0 50 100 ... 44 out of 100")."""
    text = flat(pdftotext(leaning_pdf, 1))
    order = [
        words.headline,
        words.profile,
        describe.fits_text(words),
        words.titles.profile,
        words.titles.profile_caption,
        describe.profile_text(words),
        words.titles.matches,
        words.matches[0].heading,
    ]
    at = [text.find(flat(part)) for part in order]
    assert -1 not in at, [part for part, where in zip(order, at, strict=True) if where < 0]
    assert at == sorted(at)
    assert "0 50 100" not in text and "050100" not in text
    assert text.count(flat(words.verdict_line)) == 1  # drawn inside the fits chart, read once


@needs_poppler
def test_the_map_reads_as_its_description(leaning_pdf: Path, words: ResultContent) -> None:
    text = flat(" ".join(pdftotext(leaning_pdf, page) for page in (2, 3)))
    assert flat(describe.quadrants_text(words)) in text


@pytest.fixture(scope="module")
def ukrainian_pdf(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[tuple[Path, Bank]]:
    ensure_translations("uk")
    try:
        bank = load_bank(UK_BANK)
        result = score(bank, person_sheet(bank, PRODUCT_INTEREST, EXPERIENCE))
        path = tmp_path_factory.mktemp("uk") / "result.pdf"
        export_pdf(bank, result, path, name="Олена Ковальчук", date=DAY, page_size="A4")
        yield path, bank
    finally:
        ensure_translations("en")


def test_ukrainian_pdf_is_tagged_in_ukrainian(ukrainian_pdf: tuple[Path, Bank]) -> None:
    path, _bank = ukrainian_pdf
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "uk"
        tree = structure(pdf)
        for page in pdf.pages:
            assert marked_content(page).unmarked == []
    assert [h.role for h in headings(tree)][:2] == ["H1", "H2"]
    alts = [f.alt or "" for f in tree.all("Figure")]
    assert len(alts) == 3 and all(re.search("[а-яіїєґ]", alt) for alt in alts)


@needs_poppler
def test_ukrainian_page_one_reads_in_page_order(ukrainian_pdf: tuple[Path, Bank]) -> None:
    path, bank = ukrainian_pdf
    ensure_translations("uk")
    try:
        result = score(bank, person_sheet(bank, PRODUCT_INTEREST, EXPERIENCE))
        words = result_content(bank, result)
        charts = [describe.fits_text(words), describe.profile_text(words)]
        order = [words.headline, charts[0], words.titles.profile, charts[1]]
    finally:
        ensure_translations("en")
    text = flat(pdftotext(path, 1))
    at = [text.find(flat(part)) for part in order]
    assert -1 not in at and at == sorted(at)


@pytest.mark.parametrize("kind", ["too_close", "few"])
def test_every_kind_of_result_is_tagged(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path, bank: Bank, qapp: object
) -> None:
    result: Result = request.getfixturevalue(kind)
    path = export_pdf(bank, result, tmp_path / f"{kind}.pdf", date=DAY)
    with pikepdf.open(path) as pdf:
        tree = structure(pdf)
        for page in pdf.pages:
            assert marked_content(page).unmarked == []
    figures = tree.all("Figure")
    if kind == "few":  # not enough answers: no charts, just the verdict and the notes
        assert figures == [] and tree.all("Table") == []
    else:  # too close: both career paths, so two ladders
        assert len(figures) == 3 and len(tree.all("Table")) == 3
    assert headings(tree)[0].role == "H1"


@needs_poppler
def test_a_rows_number_reads_with_its_title(leaning_pdf: Path, words: ResultContent) -> None:
    """The role marker with the row's number (to find it on the map) is part of the row's header cell, so
    no column is headed by nothing."""
    read = poppler_structure(leaning_pdf)
    row_headers = [e.text for e in read if e.role == "TH"]
    first = words.responsibilities[0]
    assert f"{first.number} {first.title}" in row_headers
    assert "" not in row_headers


@needs_poppler
def test_wrapped_lines_of_a_cell_stay_apart(leaning_pdf: Path, words: ResultContent) -> None:
    """A cell's lines are drawn without the space they wrapped at; each is its own marked content, so a
    reader of the tags does not run "CSPO" and "PSPO I" (one certification a line) together."""
    cells = [e.text for e in poppler_structure(leaning_pdf) if e.role == "TD"]
    several = next(step for step in words.careers[0].ladder if len(step.certifications) > 1)
    assert " ".join(several.certifications) in cells
