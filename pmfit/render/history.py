"""A finished attempt in a few words: when, which verdict, and both fits.

Built once here, so that the history screen, the comparison's "then" and "now" and ``pmfit history`` name
an attempt's verdict the same way; each only lays the words out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from pmfit.render.form import form_label
from pmfit.render.words import moment, number, translate


class Said(Protocol):
    """What an attempt said when it was finished (a stored attempt, or a comparison's snapshot)."""

    @property
    def lean(self) -> str | None: ...
    @property
    def label(self) -> str: ...
    @property
    def fits(self) -> Mapping[str, float]: ...
    @property
    def finished_at(self) -> str: ...


@dataclass(frozen=True)
class AttemptSummary:
    when: str  # '5 November 2026, 10:00', in the person's time zone
    verdict: str  # 'Product Manager', 'Too close to call', 'Not enough answers'
    verdict_in_sentence: str  # the same inside a sentence: 'too close to call'
    fits: tuple[tuple[str, str, str], ...]  # (role id, its name, the fit as a whole number), as stored
    form: str = ""  # 'Quick form' for a quick form's attempt, '' for a full one

    def fits_text(self, separator: str) -> str:
        """'Product Manager 66 · Project Manager 27'."""
        return separator.join(f"{name} {fit}" for _role, name, fit in self.fits)


def attempt_summary(attempt: Said, role_names: Mapping[str, str], form: str | None = None) -> AttemptSummary:
    """``attempt`` in words; ``role_names`` names the roles (their titles, or the command line's short
    names); ``form``: the form its sheet says it answered. A lean toward a role it does not name reads as
    too close to call."""
    if attempt.label == "not_enough_answers":
        verdict = translate("Result", "Not enough answers")
        in_sentence = translate("Result", "not enough answers")
    elif attempt.lean is not None and attempt.lean in role_names:
        verdict = in_sentence = role_names[attempt.lean]
    else:
        verdict = translate("Result", "Too close to call")
        in_sentence = translate("Result", "too close to call")
    fits = tuple((role, role_names.get(role, role), number(fit)) for role, fit in attempt.fits.items())
    return AttemptSummary(moment(attempt.finished_at), verdict, in_sentence, fits, form_label(form))


def attempt_numbers(ids_newest_first: Sequence[int]) -> dict[int, int]:
    """Each attempt's number, counted from the first one finished (1) to the latest: the history's and the
    comparison's "Attempt 3". ``ids_newest_first`` is the history's order."""
    count = len(ids_newest_first)
    return {attempt_id: count - index for index, attempt_id in enumerate(ids_newest_first)}
