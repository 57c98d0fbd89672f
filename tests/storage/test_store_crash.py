"""Kill the store with SIGKILL at random moments while answers are being saved; nothing acknowledged is lost.

Each finished sheet is also imported again at once (as ``pmfit import`` would): a kill in the middle of that
check-and-insert must never leave the sheet twice in the history.

One database lives through every kill, so damage, if a kill could cause any, would pile up. After each kill
the file must pass ``PRAGMA quick_check`` (read-only, exactly as left), open without being moved aside, and
hold every write the writer acknowledged before it died. ``PMFIT_CRASH_KILLS`` raises the count for a soak.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

import pmfit
from pmfit.core.answers import AnswerSheet
from pmfit.storage.store import FILE_NAME, Store
from tests.storage.helpers import backups
from tests.storage.store_writer import generation, item, value

WRITER = Path(__file__).with_name("store_writer.py")
KILLS = int(os.environ.get("PMFIT_CRASH_KILLS", "200"))
SEED = 20240605

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
    pytest.mark.slow,
]


@dataclass
class Known:
    """What must be in the database: acknowledged writes, then everything seen there after a kill."""

    progress: tuple[int, dict[str, int]] | None = None  # (sheet generation, answers)
    attempts: dict[int, tuple[int, int]] = field(default_factory=dict)  # id -> (generation, answer count)
    acknowledged: int = 0

    def take(self, line: str) -> None:
        kind, gen, *rest = line.split()
        if kind == "a":
            i, answer = int(rest[0]), int(rest[1])
            if self.progress is None or self.progress[0] != int(gen):
                self.progress = (int(gen), {})
            self.progress[1][item(i)] = answer
        elif kind == "f":
            self.attempts[int(rest[0])] = (int(gen), int(rest[1]))
            if self.progress is not None and self.progress[0] == int(gen):
                self.progress = None
        elif kind == "i":
            assert self.attempts[int(rest[0])][0] == int(gen), f"re-import of sheet {gen} found another"
        else:
            raise AssertionError(f"the writer printed {line!r}")
        self.acknowledged += 1


def well_formed(sheet: AnswerSheet) -> bool:
    """Answers q000..qN-1 with the values the writer gives them: a saved sheet is never a torn one."""
    gen = generation(sheet)
    return dict(sheet.answers) == {item(i): value(gen, i) for i in range(len(sheet.answers))}


def lost_writes(known: Known, store: Store) -> tuple[int, Known]:
    """How many of ``known``'s writes the store lacks, and what it holds now (which must stay from now on)."""
    saved = store.load_progress()
    attempts = {a.id: a for a in store.attempts()}
    assert store.progress_problem is None and store.unreadable_attempts == 0
    sheets = [a.sheet for a in attempts.values()] + ([saved[0]] if saved else [])
    assert all(well_formed(sheet) for sheet in sheets)
    gens = [generation(sheet) for sheet in sheets]
    assert len(gens) == len(set(gens)), "a sheet is both in progress and finished, or finished twice"

    lost = 0
    for attempt_id, (gen, count) in known.attempts.items():
        found = attempts.get(attempt_id)
        if found is None or generation(found.sheet) != gen or len(found.sheet.answers) != count:
            lost += 1
    if known.progress is not None:
        gen, answers = known.progress
        # Finished after its last acknowledgement, the sheet is in the history rather than in progress.
        holders = [sheet for sheet in sheets if generation(sheet) == gen]
        have = dict(holders[0].answers) if holders else {}
        lost += sum(1 for key, answer in answers.items() if have.get(key) != answer)

    now = Known(acknowledged=known.acknowledged)
    now.attempts = {i: (generation(a.sheet), len(a.sheet.answers)) for i, a in attempts.items()}
    if saved is not None:
        now.progress = (generation(saved[0]), dict(saved[0].answers))
    return lost, now


def quick_check(path: Path) -> list[tuple[str, ...]]:
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA quick_check").fetchall()


def read_acks(stream: IO[bytes], wanted: int, known: Known) -> None:
    for _ in range(wanted):
        line = stream.readline()
        if not line.endswith(b"\n"):
            raise AssertionError("the writer stopped on its own")
        known.take(line.decode())


def test_no_acknowledged_write_is_lost_to_sigkill(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    root = Path(pmfit.__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    rng = random.Random(SEED)
    known = Known()
    kills = worst = early = 0
    began = time.perf_counter()

    for cycle in range(KILLS):
        with (tmp_path / "stderr").open("w+b") as errors:
            writer = subprocess.Popen(
                [sys.executable, str(WRITER), str(folder), str(cycle)],
                stdout=subprocess.PIPE,
                stderr=errors,
                env=env,
            )
            assert writer.stdout is not None
            try:
                if rng.random() < 0.15:
                    # Anywhere from start-up through opening, checking and backing up to the first writes.
                    time.sleep(rng.uniform(0.0, 0.12))
                    early += 1
                else:
                    read_acks(writer.stdout, rng.randint(1, 40), known)
                    if rng.random() < 0.5:
                        time.sleep(rng.uniform(0.0, 0.01))  # land inside the next write, not just before it
                writer.send_signal(signal.SIGKILL)
                writer.wait(timeout=30)
            finally:
                if writer.poll() is None:
                    writer.kill()
                    writer.wait()
            for line in writer.stdout.read().splitlines(keepends=True):
                if line.endswith(b"\n"):  # flushed before the kill: acknowledged, so it must be there too
                    known.take(line.decode())
            writer.stdout.close()
            errors.seek(0)
            assert writer.returncode == -signal.SIGKILL, errors.read().decode()
        kills += 1

        path = folder / FILE_NAME
        if not path.exists():  # killed before the store created its file: nothing was acknowledged
            assert known.acknowledged == 0
            continue
        assert quick_check(path) == [("ok",)], f"damaged after kill {kills}"
        with Store.open(folder) as store:
            assert store.recovered_from is None, f"moved aside after kill {kills}"
            lost, known = lost_writes(known, store)
        worst = max(worst, lost)
        assert lost == 0, f"kill {kills} lost {lost} acknowledged writes"

    seconds = time.perf_counter() - began
    with Store.open(folder) as store:
        made = backups(store)
        assert made, "the writer's daily backups were made"
    assert all(quick_check(backup) == [("ok",)] for backup in made)
    assert kills >= min(KILLS, 200)
    assert known.acknowledged > kills  # the kills landed among writes, not only at start-up
    print(
        f"\ncrash test: {kills} SIGKILLs ({early} during start-up), {known.acknowledged} acknowledged writes,"
        f" {len(known.attempts)} finished attempts, max writes lost {worst}, {seconds:.1f} s"
    )
