"""The marker mechanism on its own: markers painted by a recording, found again in Qt's output in the order
painted; painting outside a recording is untouched (the result screen paints through the same code)."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QImage, QPainter, QPdfWriter

from pmfit.core.bank import Bank
from pmfit.core.scoring import Result
from pmfit.report import ExportError, export_pdf, tagging
from pmfit.report.structure import TaggingError, tag_pdf
from pmfit.report.tagging import LAYOUT, Element, Recorder, marked
from tests.report.tagged import marked_content, structure


def qt_pdf(recorder: Recorder, *, pages: int = 1, extra_marker: bool = False) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    with recorder.recording():
        for number in range(pages):
            if number:
                writer.newPage()
            heading = Element("H1")
            with marked(painter, heading):
                painter.drawText(QPointF(100, 200), f"Title {number}")
            with marked(painter, LAYOUT):
                painter.drawLine(QPointF(100, 250), QPointF(900, 250))
            with marked(painter, Element("P")):
                painter.drawText(QPointF(100, 400), "Words")
        if extra_marker:
            recorder.events.append(None)  # a marker recorded but never painted
    painter.end()
    buffer.close()
    return bytes(data.data())


def test_markers_become_marked_content_and_a_tree(qapp: object) -> None:
    recorder = Recorder()
    tagged = tag_pdf(qt_pdf(recorder, pages=2), recorder, "en")
    with pikepdf.open(io.BytesIO(tagged)) as pdf:
        tree = structure(pdf)
        assert [e.role for e in tree.kids] == ["H1", "P", "H1", "P"]
        assert [e.content for e in tree.kids] == [[(0, 0)], [(0, 1)], [(1, 0)], [(1, 1)]]
        for page in pdf.pages:
            marked = marked_content(page)
            assert marked.mcids == {0: "H1", 1: "P"} and marked.artifacts == 1 and marked.unmarked == []
            assert b" 0 0 0 re" not in page.Contents.read_bytes()  # no marker left behind


def test_a_lost_marker_is_an_error_not_a_wrong_tree(qapp: object) -> None:
    recorder = Recorder()
    pdf = qt_pdf(recorder, extra_marker=True)
    with pytest.raises(TaggingError, match="missing"):
        tag_pdf(pdf, recorder, "en")


def test_a_sequence_left_open_is_an_error(qapp: object) -> None:
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    recorder = Recorder()
    with pytest.raises(RuntimeError, match="left open"), recorder.recording():
        recorder.emit(painter, Element("P"))
    painter.end()


def test_marking_outside_a_recording_paints_no_marker(qapp: object) -> None:
    """The chart painters' callers on screen never record: their output must carry no markers."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    with marked(painter, Element("P")):
        painter.drawText(QPointF(100, 200), "Words")
    painter.end()
    with pikepdf.open(io.BytesIO(bytes(data.data()))) as pdf:
        content = pdf.pages[0].Contents.read_bytes()
    assert b"Tj" in content and b" 0 0 0 re" not in content


def test_untaggable_output_fails_the_export_cleanly(
    tmp_path: Path, bank: Bank, leaning: Result, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should Qt ever write the markers so that they are not found again, the export fails with the usual
    one-line error and leaves nothing behind, rather than writing a PDF with a wrong structure tree."""
    monkeypatch.setattr(tagging, "MARKER_RGB", (4, 5, 6))  # painted in a colour the tagging step ignores
    target = tmp_path / "result.pdf"
    with pytest.raises(ExportError, match=r"accessibility tags.*Nothing was saved as"):
        export_pdf(bank, leaning, target)
    assert list(tmp_path.iterdir()) == []
