"""When the quick form stops: the verdict is settled once the rest of the questions would not change it.

``settle(bank, answers, position)`` is pure: the bank, the answers given, and how far the person has come
in the quick form's order (:func:`pmfit.core.quick_order.quick_order`) decide it; nothing random happens
at run time. The words (docs/ARCHITECTURE.md, "The quick form"):

* **The verdict's category** is what ``score`` says of it: its label (clear lean, slight lean, too close,
  both strong, neither strong, not enough answers) and its lean (which role, or none).
* **A completion** of the form answers every main-form question still ahead in the quick order; the
  questions the person passed without an answer stay skipped (skipping is their choice), and answers given
  are kept as they are.
* **Settled** means the category of the answers given is the category of the completed form, by the rule
  the bank's ``[scoring] quick_rule`` names:

  - ``"curtail"``: under *every* completion. Computing the least and the largest gap over all completions
    is exponential, so the rule uses bounds that are never too narrow: the completed form's role fits and
    their gap are linear in the remaining answers (each scale's weights are fixed once every question is
    answered), so their ranges are exact, item by item; the standard error of the gap is bounded through
    each scale's spread of contributions, between the spread of the answers given alone and the most a
    spread can be given its range of means (the Bhatia-Davis bound). A bound that is too wide only stops
    later; the rule never stops on a category some completion would change.
  - ``"predictive"``: a completion is *plausible* when it answers like the answers given: per scale, the
    person's level is the mean of their answers there, with the uncertainty ``score`` already gives it
    (the spread of the answers shrunk to the bank's prior, over the effective number of answers); each
    remaining statement adds that level plus the same noise (cut to 0..1); a choice picks each option as
    often as the levels of its scales say. The completed fits are then about normal, and the chance that
    their category differs from the one given is bounded by the chance of crossing each line that bounds
    the category (the threshold of a lean, the clear margin, the strong and weak lines). Settled when that
    chance is below ``quick_error``, and, for a clear lean, when the chance that the completed form is too
    close to call is below the far smaller ``quick_clear_error``.

Either rule waits for ``quick_min_per_scale`` answers on every responsibility and ``quick_min_share`` of the
main form first. The last question of the quick order always ends it: with nothing ahead, it is settled.

The rules live in :mod:`pmfit.core.curtail` and :mod:`pmfit.core.predict`; what every completion shares
(the completed form's weights, the category of the answers given) in :mod:`pmfit.core.completion`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from pmfit.core.answers import AnswerSheet
from pmfit.core.bank import Bank
from pmfit.core.completion import (
    Category,
    category_of,
    enough_at_end,
    form_ahead,
    role_weights,
)
from pmfit.core.curtail import curtailed, given_contributions
from pmfit.core.model import Compiled, Sums, aggregate, compiled_bank
from pmfit.core.predict import moments_of, person_of, predicted
from pmfit.core.quick_order import quick_order

__all__ = ["Category", "FormStatus", "Settling", "form_status", "predicted_gap", "quick_position", "settle"]


@dataclass(frozen=True)
class Settling:
    """Whether the verdict of the answers given is settled, by which rule, and how sure."""

    settled: bool
    rule: str  # "curtail" or "predictive"
    chance: float  # the estimated chance that the completed form's category differs (0 under "curtail")
    category: Category  # the category of the answers given
    remaining: int  # scored questions still ahead


@dataclass(frozen=True)
class FormStatus:
    """How a sheet was answered: which form, how far, and whether its verdict was settled."""

    form: str  # "quick" or "full"
    asked: int  # main-form questions passed (answered or skipped)
    total: int  # main-form questions
    settled: bool  # a full form is settled by being complete
    rule: str
    error: float  # the bound the rule keeps to: 0 for "curtail", quick_error for "predictive"


def settle(bank: Bank, answers: Mapping[str, int], position: int) -> Settling:
    """Is the verdict of ``answers`` settled, with the quick form at ``position`` (the number of questions
    of its order passed)? See the module docstring."""
    compiled = compiled_bank(bank)
    rules = bank.scoring
    order = quick_order(bank)
    position = min(max(position, 0), len(order))
    given = {k: v for k, v in answers.items() if k in compiled.keys and v in compiled.keys[k].by_answer}
    known, _experience = aggregate(compiled, given)
    category = category_of(bank, compiled, known, answers)
    ahead = [item_id for item_id in order[position:] if item_id in compiled.keys and item_id not in answers]
    rule = rules.quick_rule
    if not ahead:
        return Settling(True, rule, 0.0, category, 0)
    if not _minimums_met(bank, compiled, known, answers):
        return Settling(False, rule, 1.0, category, len(ahead))
    remaining = form_ahead(compiled, known, ahead)
    enough = enough_at_end(compiled, answers, len(ahead), rules.min_answered_share)
    normalised = role_weights(compiled, remaining.weight)
    if not enough or normalised is None:
        done = category[0] == "not_enough_answers"
        return Settling(done, rule, 0.0 if done else 1.0, category, len(ahead))
    if category[0] == "not_enough_answers":
        return Settling(False, rule, 1.0, category, len(ahead))
    if rule == "curtail":
        settled = curtailed(
            bank, known, given_contributions(compiled, given), remaining, normalised, category
        )
        return Settling(settled, rule, 0.0 if settled else 1.0, category, len(ahead))
    person = person_of(bank, compiled, given, known)
    chance, too_close = predicted(bank, person, known, remaining, normalised, category)
    settled = chance < rules.quick_error and (
        category[0] != "clear_lean" or too_close < rules.quick_clear_error
    )
    return Settling(settled, rule, chance, category, len(ahead))


def predicted_gap(bank: Bank, answers: Mapping[str, int], position: int) -> tuple[float, float, float] | None:
    """The predictive rule's view of the completed form's gap (product minus project fit): its mean, its
    standard deviation and the threshold a lean must pass; None when nothing is ahead or a role would have
    no fit. For checking the normal approximation against simulation (benchmarks/quick.py)."""
    compiled = compiled_bank(bank)
    order = quick_order(bank)
    position = min(max(position, 0), len(order))
    given = {k: v for k, v in answers.items() if k in compiled.keys and v in compiled.keys[k].by_answer}
    known, _experience = aggregate(compiled, given)
    ahead = [item_id for item_id in order[position:] if item_id in compiled.keys and item_id not in answers]
    remaining = form_ahead(compiled, known, ahead)
    normalised = role_weights(compiled, remaining.weight)
    if not ahead or normalised is None:
        return None
    moments = moments_of(bank, person_of(bank, compiled, given, known), known, remaining, normalised)
    return moments.difference, math.sqrt(moments.var_difference), moments.threshold


def _minimums_met(bank: Bank, compiled: Compiled, known: Sums, answers: Mapping[str, int]) -> bool:
    rules = bank.scoring
    if compiled.asked:
        answered = sum(1 for item_id in compiled.asked if item_id in answers)
        if answered / len(compiled.asked) < rules.quick_min_share:
            return False
    measured = _interest_scales(compiled)
    return all(known.n[i] >= rules.quick_min_per_scale for i in measured)


_MEASURED: dict[int, tuple[Compiled, tuple[int, ...]]] = {}


def _interest_scales(compiled: Compiled) -> tuple[int, ...]:
    """The scales the main form measures interest on (a scale no question measures waits for nothing)."""
    entry = _MEASURED.get(id(compiled))
    if entry is None or entry[0] is not compiled:
        scales = {
            i
            for item_id in compiled.asked
            for i, _w in compiled.keys[item_id].slots
            if compiled.keys[item_id].interest
        }
        if len(_MEASURED) >= 8:
            _MEASURED.clear()
        entry = (compiled, tuple(sorted(scales)))
        _MEASURED[id(compiled)] = entry
    return entry[1]


def quick_position(bank: Bank, sheet: AnswerSheet) -> int:
    """How far a quick form got, from its sheet alone: just past the last main-form question of the quick
    order the person answered or spent time on (a skipped question has its time kept)."""
    order = quick_order(bank)
    passed = set(sheet.answers) | set(sheet.seconds)
    return max((n + 1 for n, item_id in enumerate(order) if item_id in passed), default=0)


def form_status(bank: Bank, sheet: AnswerSheet) -> FormStatus:
    """Which form ``sheet`` answered and whether its verdict is settled (a full form: by being complete)."""
    rules = bank.scoring
    total = len(bank.main_items)
    error = 0.0 if rules.quick_rule == "curtail" else rules.quick_error
    if sheet.form != "quick":
        return FormStatus("full", total, total, True, rules.quick_rule, error)
    position = quick_position(bank, sheet)
    settled = settle(bank, sheet.answers, position).settled
    return FormStatus("quick", position, total, settled, rules.quick_rule, error)
