"""Names print as typed: any script, markup-looking text, very long names."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QFontDatabase

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.report import export_pdf
from tests.report.conftest import DAY, page_texts


def export(tmp_path: Path, bank: Bank, result: Result, name: str) -> tuple[str, pypdf.PdfReader]:
    path = export_pdf(bank, result, tmp_path / "named.pdf", name=name, date=DAY, page_size="A4")
    reader = pypdf.PdfReader(str(path))
    assert 2 <= len(reader.pages) <= 4
    return page_texts(path)[0], reader


def has_cjk_font() -> bool:
    systems = (
        QFontDatabase.WritingSystem.SimplifiedChinese,
        QFontDatabase.WritingSystem.TraditionalChinese,
        QFontDatabase.WritingSystem.Japanese,
    )
    return any(QFontDatabase.families(system) for system in systems)


@pytest.mark.parametrize("name", ["Анна Петрова", "José Núñez-Ørsted", "Zoë Ångström-Łukasz"])
def test_cyrillic_and_accented_names(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object, name: str
) -> None:
    first, reader = export(tmp_path, bank, leaning, name)
    assert f"For {name}" in first
    assert reader.metadata is not None and reader.metadata.author == name


def test_cjk_name(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    name = "王小明 (Wang Xiaoming)"
    first, reader = export(tmp_path, bank, leaning, name)  # exports whether or not a font has the glyphs
    assert reader.metadata is not None and reader.metadata.author == name
    assert "Wang Xiaoming)" in first
    # The test environment has a CJK font (README: fonts-wqy-microhei; .ci/run installs it).
    assert has_cjk_font(), "no CJK font installed: apt-get install fonts-wqy-microhei"
    assert "王小明" in first


def test_markup_prints_literally(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    name = "<b>x</b> & <i>Ann</i>"
    first, reader = export(tmp_path, bank, leaning, name)
    squeezed = first.replace(" ", "")
    assert "<b>x</b>&<i>Ann</i>" in squeezed  # the tags themselves are on the page
    assert reader.metadata is not None and reader.metadata.title == f"pmfit result: {name}"


def test_a_300_character_name_is_wrapped_then_cut(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object
) -> None:
    name = "Maximiliana " * 20 + "W" * 60  # 300 characters, ending in one unbreakable word
    assert len(name) == 300
    first, reader = export(tmp_path, bank, leaning, name)
    assert "For " + "Maximiliana " * 10 in first  # the start prints as typed, across lines
    assert "…" in first.split("26 November")[0]  # the rest is cut after three lines, visibly
    assert "What matches you best" in first  # and the summary still fits page 1
    assert reader.metadata is not None and reader.metadata.author == name  # the file keeps it whole


def test_control_characters_are_spaces(tmp_path: Path, bank: Bank, leaning: Result, qapp: object) -> None:
    first, reader = export(tmp_path, bank, leaning, "Ann\nExample\t\x07")
    assert "For Ann Example" in first
    assert reader.metadata is not None and reader.metadata.author == "Ann Example"
