"""One sitting of the assessment: which question is current, moving on and back, the tie-breaker round.

The desktop app is a thin view over this class, so the whole flow can be tested without Qt. The session
never stores anything itself; the app saves ``sheet`` and ``position`` after every change.

A session asks the main form in one of three ways (:class:`Form`):

* the full form: every question, in the bank's order;
* the quick form: the questions in the quick order (:func:`pmfit.core.quick_order.quick_order`), ending
  where the verdict is settled (:func:`pmfit.core.settle.settle`, checked at every step forward). The main
  run is then ``order[:cut]``; a too-close result goes on to the tie-breakers as in the full form. The cut
  is never saved: it follows from the sheet and the position (:meth:`Session.resumed`);
* the rest of a quick form: the questions the quick form did not get to, in the quick order, and then the
  full form's end (the tie-breakers when too close), with every earlier answer kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from pmfit.core.answers import AnswerSheet, Respondent
from pmfit.core.bank import Bank
from pmfit.core.items import Item
from pmfit.core.length import minutes_left
from pmfit.core.quick_order import quick_order
from pmfit.core.scoring import Result, score
from pmfit.core.settle import quick_position, settle


class Form(Enum):
    """How a session asks the main form (see the module docstring)."""

    FULL = "full"
    QUICK = "quick"
    REST = "rest"  # the rest of a quick form, which makes it a full one


@dataclass
class Session:
    bank: Bank
    sheet: AnswerSheet
    position: int = 0
    tiebreakers: tuple[str, ...] = field(default=())
    form: Form = Form.FULL
    cut: int | None = None  # the quick form: where the main run ended, its verdict settled; else None

    @classmethod
    def start(cls, bank: Bank, form: Form = Form.FULL) -> Session:
        """A new sitting of the full or the quick form; the sheet says which."""
        sheet = replace(AnswerSheet.new(bank), form="quick" if form is Form.QUICK else "full")
        return cls(bank, sheet, form=Form.QUICK if form is Form.QUICK else Form.FULL)

    @classmethod
    def rest_of(cls, bank: Bank, sheet: AnswerSheet) -> Session:
        """The rest of the finished quick form ``sheet``: from where it stopped, every answer kept. The
        sheet is a full form's from now on, unfinished until the rest is."""
        sheet = replace(sheet, form="full", finished_at=None)
        return cls(bank, sheet, quick_position(bank, sheet), form=Form.REST)

    @classmethod
    def resumed(cls, bank: Bank, sheet: AnswerSheet, position: int, *, rest: bool = False) -> Session:
        """The session of a saved ``sheet`` at its saved ``position``, wherever that is (``rest``: it is
        the rest of a quick form, which only the store knows).

        Only the sheet and the position are saved. A quick form's cut is where its questions passed end,
        if the verdict there is settled (:func:`settle` is a function of the answers, so it is the cut the
        person left). A position past the main run is in the tie-breaker round, and the round is offered
        again: it is decided by the main run's answers alone, so it is the round the person left.
        """
        form = Form.REST if rest else Form.QUICK if sheet.form == "quick" else Form.FULL
        session = cls(bank, sheet, 0, form=form)
        if form is Form.QUICK:
            passed = quick_position(bank, sheet)
            if passed and settle(bank, sheet.answers, passed).settled:
                session.cut = passed
        main = session.main_count
        session.position = min(max(position, 0), main)
        if position >= main:
            session.tiebreakers = session._offered()
            session.position = min(position, main + len(session.tiebreakers))
        return session

    def moved(self, *, bank: Bank | None = None) -> Session:
        """A copy to take a step on (the answer sheet in it is immutable), with another ``bank`` if given:
        a translation of this one, sharing its ids."""
        return replace(self, bank=bank or self.bank)

    @property
    def order(self) -> tuple[str, ...]:
        """The main form's questions in the order this session asks them."""
        if self.form is Form.FULL:
            return tuple(item.id for item in self.bank.main_items)
        return quick_order(self.bank)

    @property
    def quick(self) -> bool:
        """A quick form under way: it ends where the verdict is settled."""
        return self.form is Form.QUICK

    @property
    def sequence(self) -> tuple[str, ...]:
        return self.order[: self.main_count] + self.tiebreakers

    @property
    def main_count(self) -> int:
        """Questions in the main run: the whole form, or the quick form's up to where it settled."""
        if self.form is Form.QUICK and self.cut is not None:
            return self.cut
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
        self._settle()

    def skip(self, seconds: float | None = None) -> None:
        """Move on without changing the answer (an earlier answer, if any, is kept)."""
        item = self.current
        if item is None:
            return
        if seconds is not None:
            self.sheet = self.sheet.with_answer(item.id, self.sheet.answers.get(item.id), seconds)
        self.position += 1
        self._settle()

    def _settle(self) -> None:
        """A quick form, one step further in its main run: it ends here once the verdict is settled, and
        goes on when changed answers unsettle it (the tie-breakers offered for it are withdrawn).

        Decided only at the furthest question reached (:func:`quick_position`): a person going back over
        questions answered before gets to where the form stopped as before, and the decision there is the
        one a resumed session makes from the sheet."""
        if self.form is not Form.QUICK or self.position > self.main_count:
            return
        if self.position < quick_position(self.bank, self.sheet):
            return
        cut = self.position if settle(self.bank, self.sheet.answers, self.position).settled else None
        if cut != self.cut:
            self.cut = cut
            self.tiebreakers = ()

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
        offered = self._offered()
        self.tiebreakers = offered
        self.position = self.main_count
        return offered

    def _offered(self) -> tuple[str, ...]:
        """The tie-breakers the main run's answers ask for: the same round whenever it is asked for, even
        after some tie-breakers were answered (their answers are kept, and shown when asked again)."""
        round_items = {item.id for item in self.bank.tiebreaker_items}
        if not round_items.intersection(self.sheet.answers):
            return self.result().tiebreakers
        main_run = {k: v for k, v in self.sheet.answers.items() if k not in round_items}
        return score(self.bank, replace(self.sheet, answers=main_run)).tiebreakers

    def finish(self) -> AnswerSheet:
        self.sheet = self.sheet.finished()
        return self.sheet
