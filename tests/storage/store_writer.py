"""The crash test's victim: saves answers through the store one by one, until it is killed.

Usage: ``python store_writer.py FOLDER DAYS`` with the repository root on PYTHONPATH. ``DAYS`` moves the
store's clock that many days ahead, so each run is a new day of use and its open makes a backup (a kill can
then land in the middle of one too).

The writer resumes whatever the folder holds, exactly as the app does: the unfinished sheet if there is one,
else a new sheet. Sheet ``g`` (its generation, kept in its ``started_at``) gets answers ``q000``, ``q001``...
with value ``value(g, i)`` until it has ``length(g)`` of them, and is then finished into the history.
After each write returns it prints one line and flushes, and only then is the write acknowledged:

    a G I V     sheet G, answer qI = V, saved as the unfinished sheet
    f G ID N    sheet G, with N answers, finished as attempt ID (and the unfinished sheet cleared)
    i G ID      sheet G imported again (as ``pmfit import`` would): found as attempt ID, nothing added
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pmfit.core.answers import AnswerSheet, BankRef
from pmfit.storage.store import Store
from tests.storage.helpers import record

BANK = BankRef("crash", "1", "en")
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def started_at(gen: int) -> str:
    return (EPOCH + timedelta(minutes=gen)).isoformat()


def generation(sheet: AnswerSheet) -> int:
    return int((datetime.fromisoformat(sheet.started_at) - EPOCH) / timedelta(minutes=1))


def value(gen: int, i: int) -> int:
    return (gen + 3 * i) % 5 + 1


def length(gen: int) -> int:
    """How many answers sheet ``gen`` gets before it is finished: 4 to 30, varying by sheet."""
    return 4 + (gen * 7) % 27


def item(i: int) -> str:
    return f"q{i:03}"


def main(folder: Path, days: int) -> None:
    store = Store.open(folder, now=lambda: datetime.now() + timedelta(days=days))
    saved = store.load_progress()
    if saved is not None:
        sheet = saved[0]
        gen = generation(sheet)
    else:
        gen = max((generation(a.sheet) for a in store.attempts()), default=-1) + 1
        sheet = AnswerSheet(BANK, {}, started_at(gen))
    out = sys.stdout
    while True:
        count = len(sheet.answers)
        if count >= length(gen):
            scales = {"answered": float(count)}
            finished = sheet.finished()
            attempt_id = store.finish_attempt(finished, record(None, "crash test", {}, scales))
            out.write(f"f {gen} {attempt_id} {count}\n")
            out.flush()
            # The same sheet imported again is recognised, never stored twice, whenever the kill lands.
            again = store.import_attempt(finished, record(None, "crash test", {}, scales))
            if again != (attempt_id, False):
                raise SystemExit(f"re-import of sheet {gen} gave {again}, not ({attempt_id}, False)")
            out.write(f"i {gen} {attempt_id}\n")
            out.flush()
            gen += 1
            sheet = AnswerSheet(BANK, {}, started_at(gen))
            continue
        sheet = sheet.with_answer(item(count), value(gen, count), seconds=0.5)
        store.save_progress(sheet, count + 1)
        out.write(f"a {gen} {count} {value(gen, count)}\n")
        out.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
