"""One sitting of the assessment: which question is current, moving on and back, the tie-breaker round.

The desktop app is a thin view over this class, so the whole flow can be tested without Qt. The session
never stores anything itself; the app saves ``sheet`` and ``position`` after every change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pmfit.core.answers import AnswerSheet, Respondent
from pmfit.core.bank import Bank
from pmfit.core.items import Item
from pmfit.core.length import minutes_left
from pmfit.core.scoring import Result, score


@dataclass
class Session:
    bank: Bank
    sheet: AnswerSheet
    position: int = 0
    tiebreakers: tuple[str, ...] = field(default=())

    @classmethod
    def start(cls, bank: Bank) -> Session:
        return cls(bank, AnswerSheet.new(bank))

    def moved(self, *, bank: Bank | None = None) -> Session:
        """A copy to take a step on (the answer sheet in it is immutable), with another ``bank`` if given:
        a translation of this one, sharing its ids."""
        return replace(self, bank=bank or self.bank)

    @property
    def sequence(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.bank.main_items) + self.tiebreakers

    @property
    def main_count(self) -> int:
        return len(self.bank.main_items)

    @property
    def in_tiebreakers(self) -> bool:
        return self.position >= self.main_count and bool(self.tiebreakers)

    @property
    def at_end(self) -> bool:
        """True once every question of the sequence has been passed (answered or skipped)."""
        return self.position >= len(self.sequence)

    @property
    def current(self) -> Item | None:
        return None if self.at_end else self.bank.item_by_id[self.sequence[self.position]]

    @property
    def current_answer(self) -> int | None:
        item = self.current
        return None if item is None else self.sheet.answers.get(item.id)

    def progress(self) -> tuple[int, int]:
        """(number of the current question from 1, questions in this round)."""
        if self.in_tiebreakers:
            return min(self.position - self.main_count + 1, len(self.tiebreakers)), len(self.tiebreakers)
        return min(self.position + 1, self.main_count), self.main_count

    def minutes_left(self) -> float:
        """Estimated minutes for the questions from the current one on (the same estimate as the whole
        form's: :func:`pmfit.core.length.minutes_left`)."""
        return minutes_left(self.bank, self.sequence[self.position :])

    def answer(self, value: int, seconds: float | None = None) -> None:
        """Record an answer for the current question and move to the next one."""
        item = self.current
        if item is None:
            return
        if not item.accepts(value):
            raise ValueError(f"answer {value} out of range for item {item.id}")
        self.sheet = self.sheet.with_answer(item.id, value, seconds)
        self.position += 1

    def skip(self, seconds: float | None = None) -> None:
        """Move on without changing the answer (an earlier answer, if any, is kept)."""
        item = self.current
        if item is None:
            return
        if seconds is not None:
            self.sheet = self.sheet.with_answer(item.id, self.sheet.answers.get(item.id), seconds)
        self.position += 1

    def back(self) -> bool:
        """Go to the previous question; False when already at the first one."""
        if self.position == 0:
            return False
        self.position = min(self.position, len(self.sequence)) - 1
        return True

    def tell(self, respondent: Respondent | None) -> None:
        """Keep what the person said about themselves ("About you", after the last question); None when
        they said nothing. Never scored."""
        self.sheet = replace(self.sheet, respondent=respondent)

    def result(self) -> Result:
        return score(self.bank, self.sheet)

    def offer_tiebreakers(self) -> tuple[str, ...]:
        """At the end of the main run: the tie-breakers the result asks for (empty when it is clear)."""
        if self.tiebreakers:
            return ()
        offered = self.result().tiebreakers
        self.tiebreakers = offered
        self.position = self.main_count
        return offered

    def finish(self) -> AnswerSheet:
        self.sheet = self.sheet.finished()
        return self.sheet
