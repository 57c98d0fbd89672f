"""The same reason in the command line as in the app: one mapping from what went wrong with pmfit's data
file to the words a person reads (pmfit.storage.store_schema.REASON_WORDS, said by pmfit.system.problems).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pmfit.storage.store_schema import REASON_WORDS, Reason, StoreError
from pmfit.ui.problems import save_problem
from tests.cli.test_cli import run
from tests.mounts import fill, tmpfs

EXAMPLE = Path(__file__).parents[2] / "examples" / "answers-product-leaning.json"


def test_a_nearly_full_disk_is_the_disk_is_full_in_the_command_line_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        data = disk / "data"
        monkeypatch.setenv("PMFIT_DATA_DIR", str(data))
        assert run("import", str(EXAMPLE))[0] == 0  # the database made, while there is room
        other = json.loads(EXAMPLE.read_text(encoding="utf-8"))
        other["started_at"] = "2026-11-20T09:00:00+00:00"  # another attempt, so that it is written
        sheet = tmp_path / "other.json"
        sheet.write_text(json.dumps(other), encoding="utf-8")
        filler = fill(disk)
        code, out, err = run("import", str(sheet))
        assert code == 2 and out == "" and len(err.splitlines()) == 1, err
        assert "the disk is full" in err and "I/O" not in err, err
        os.remove(filler)
        assert run("import", str(sheet))[0] == 0  # with room again, the same command works


@pytest.mark.parametrize("reason", [r for r in Reason if r in REASON_WORDS])
def test_the_command_line_and_the_app_give_a_reason_in_the_same_words(reason: Reason) -> None:
    """Whatever the reason, the line the command line prints and the note the app shows say it alike."""
    from pmfit.cli.commands import _failure

    error = StoreError("could not save to {place}: {why}", reason, place="/data/pmfit.sqlite3")
    _code, (line,) = _failure(error, None)
    words = REASON_WORDS[reason]
    assert line.endswith(words) and words in save_problem(error)
