"""Make a data folder whose unfinished assessment stops at its last question, for a transcript of the result.

    .venv/bin/python tools/a11y/prepare_last_question.py DATA_DIR [SHEET.json | --too-close]

The sheet (by default examples/answers-product-leaning.json) is stored as the unfinished one with its last
main question unanswered; launching pmfit on DATA_DIR then offers "Resume", and one digit finishes it.
With --too-close the sheet is one whose result is too close to call (answer the last question with 3):
the tie-breakers follow, for tiebreaker.steps.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from pmfit.core.answers import AnswerSheet, read_sheet
from pmfit.core.bank import Bank, ChoiceItem, load_bank
from pmfit.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def too_close(bank: Bank) -> AnswerSheet:
    """Mostly "neither", every fourth "agree", the this-or-that options in turn: too close to call."""
    sheet = AnswerSheet.new(bank)
    for number, item in enumerate(bank.main_items):
        value = number % 2 if isinstance(item, ChoiceItem) else 3 + (number % 4 == 0)
        sheet = sheet.with_answer(item.id, value)
    return sheet


def main() -> None:
    folder = Path(sys.argv[1])
    example = ROOT / "examples" / "answers-product-leaning.json"
    chosen = sys.argv[2] if len(sys.argv) > 2 else str(example)
    folder.mkdir(parents=True, exist_ok=True)
    bank = load_bank(language="en")
    sheet = too_close(bank) if chosen == "--too-close" else read_sheet(Path(chosen))
    last = bank.main_items[-1].id
    answers = {k: v for k, v in sheet.answers.items() if k != last}
    unfinished = replace(sheet, answers=answers, finished_at=None)
    with Store.open(folder) as store:
        store.save_progress(unfinished, len(bank.main_items) - 1)
    print(f"{folder}: unfinished, at question {len(bank.main_items)} ({last})")


if __name__ == "__main__":
    main()
