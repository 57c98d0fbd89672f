"""How a result says which form it came from: the quick form's words, once for the screen, the PDF and the
command line (a full form's result says nothing about its form).

A quick result says that it came from the quick form, how many questions it took, that the rest would not
have changed the verdict (with the rule's bound in words), and that the profile over the responsibilities
is rougher. Its words come from here and nowhere else, so the three outputs cannot tell it differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from pmfit.core.settle import FormStatus
from pmfit.render.words import translate


@dataclass(frozen=True)
class FormWords:
    """What a result of the quick form says about it."""

    label: str  # 'Quick form': in the history and the comparison
    meta: str  # 'quick form, 27 of 72 questions': the PDF's line under its title
    verdict: str  # 'From the quick form (27 of 72 questions).': what a screen reader adds to the verdict
    note: str  # the paragraph under the verdict: how it was made and how far it can be trusted
    not_placed: str  # the map of interest against experience: what the quick form leaves out


def form_label(form: str | None) -> str:
    """'Quick form' for a quick form's attempt, '' for a full one (or one that does not say)."""
    return translate("Result", "Quick form") if form == "quick" else ""


def form_words(status: FormStatus | None) -> FormWords | None:
    """The quick form's words about a result; None for a full form's."""
    if status is None or status.form != "quick":
        return None
    asked, total = status.asked, status.total
    left = max(total - asked, 0)
    meta = translate("Result", "quick form, {asked} of {total} questions").format(asked=asked, total=total)
    verdict = translate("Result", "From the quick form ({asked} of {total} questions).").format(
        asked=asked, total=total
    )
    taken = translate(
        "Result", "This result comes from the quick form: %n question(s) of {total}.", "", asked
    )
    taken = taken.format(total=total)
    if not status.settled:
        settled = translate(
            "Result",
            "It stopped before your verdict was settled, so the other %n question(s) could still change it.",
            "",
            left,
        )
    elif left == 0:
        settled = translate("Result", "It took every question, so your verdict is the full form's.")
    elif status.rule == "curtail":
        settled = translate(
            "Result",
            "Your answers settled the verdict: no answers to the other %n question(s) could have changed it.",
            "",
            left,
        )
    else:
        odds = max(round(1 / status.error), 2) if status.error > 0 else 0
        settled = translate(
            "Result",
            "Your answers settled the verdict: the chance that the other %n question(s) would have changed "
            "it is less than 1 in {odds}.",
            "",
            left,
        ).format(odds=odds)
    rougher = translate(
        "Result",
        "Your profile over the responsibilities rests on fewer answers, so it is rougher: the wider "
        "bands show how much less sure each score is. Answer the rest for the full picture.",
    )
    not_placed = translate(
        "Result",
        "The quick form asks what decides your verdict, not what you have done: answer the rest to place "
        "your responsibilities on this map.",
    )
    return FormWords(form_label("quick"), meta, verdict, f"{taken} {settled} {rougher}", not_placed)


def result_meta(finished_at: str, answered: int, asked: int, form: FormWords | None) -> tuple[str, ...]:
    """The facts under a result's verdict, as the PDF has them under its title: when it was finished,
    how many questions were answered (counted as the question screen counts them) and which form.

    ``finished_at`` is the stored ISO time ('' when unknown: the line then starts with the count)."""
    from pmfit.render.words import moment

    count = translate("Result", "answered {answered} of {asked} questions").format(
        answered=answered, asked=asked
    )
    which = form.label if form is not None else translate("Result", "Full form")
    return tuple(part for part in (moment(finished_at) if finished_at else "", count, which) if part)
