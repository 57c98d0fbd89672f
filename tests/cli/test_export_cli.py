"""pmfit export: the PDF summary from the command line, headless, with one-line failures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.cli.test_cli import run

EXAMPLE = Path(__file__).parents[2] / "examples" / "answers-product-leaning.json"


def test_export_writes_a_readable_pdf(tmp_path: Path) -> None:
    target = tmp_path / "me.pdf"
    code, out, err = run("export", str(EXAMPLE), "-o", str(target), "--name", "Zoë Åström")
    assert (code, err) == (0, "") and str(target) in out
    reader = PdfReader(str(target))
    assert 2 <= len(reader.pages) <= 4
    assert reader.metadata is not None and reader.metadata.title and "Zoë Åström" in reader.metadata.title
    assert "Zoë Åström" in " ".join(reader.pages[0].extract_text().split())


def test_export_failures_are_one_line_and_leave_nothing(tmp_path: Path) -> None:
    existing = tmp_path / "keep.pdf"
    existing.write_bytes(b"%PDF- an older summary")
    cases = [
        (str(tmp_path / "missing" / "x.pdf"), "does not exist"),
        (str(tmp_path), "folder"),
    ]
    for target, message in cases:
        code, out, err = run("export", str(EXAMPLE), "-o", target)
        assert code == 2 and out == "" and message in err and err.count("\n") == 1
    code, _, err = run("export", str(tmp_path / "nope.json"), "-o", str(existing))
    assert code == 2 and "file not found" in err
    assert existing.read_bytes() == b"%PDF- an older summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]


def test_export_runs_headless_in_a_fresh_process(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    target = tmp_path / "headless.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "pmfit", "export", str(EXAMPLE), "-o", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 1000
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(target)).pages)
    assert "point(s)" not in text and " points" in text  # the words come through the catalogue, plurals too
