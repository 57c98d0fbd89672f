"""A result's sections as data, built once: the result screen, the PDF and ``pmfit score`` render this.

``result_content(bank, result)`` decides every sentence a person reads about a result, in the user's
language: pmfit's own words come from :mod:`pmfit.render.words` (the translation catalogue), the roles'
and responsibilities' words from the bank. The renderers only lay the pieces out, so the three outputs
cannot drift apart (they did, when each assembled its own sentences).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale

from pmfit.core.bank import Bank, Role
from pmfit.core.explain import (
    FLIP_SHOWN,
    adjacent_roles,
    band,
    leading_role,
    matching_scales,
    next_steps,
    other_role,
    shown_flip,
)
from pmfit.core.scoring import PRODUCT, PROJECT, Change, Driver, Result
from pmfit.core.settle import FormStatus
from pmfit.render import words
from pmfit.render.form import FormWords, form_words
from pmfit.render.words import translate


@dataclass(frozen=True)
class Fit:
    role_id: str
    title: str
    fit: str  # '68', or a dash when the role has no answers
    noise: str  # '9': the ± of the role's fit (z standard errors), in points
    leads: bool

    @property
    def line(self) -> str:
        if self.fit == words.NO_NUMBER:
            return translate("Result", "{role}: not answered").format(role=self.title)
        return translate("Result", "{role}: {fit} ± {noise}").format(
            role=self.title, fit=self.fit, noise=self.noise
        )


@dataclass(frozen=True)
class Responsibility:
    """One row of the table of the 12 responsibilities (and the text form of the charts)."""

    number: int  # its number on the interest x experience map
    scale_id: str
    role_id: str
    title: str
    role_title: str
    description: str
    score: str  # interest 0-100, or a dash
    noise: str  # ± of the interest score, in points
    interest: str  # '72 ± 9', or 'not answered'
    band: str  # high / middle / low / not answered
    experience: str  # 0-100, or a dash
    quadrant_id: str | None
    quadrant: str  # its name, or a dash when not placed


@dataclass(frozen=True)
class Match:
    title: str
    score: str
    band: str
    description: str

    @property
    def heading(self) -> str:
        return f"{self.title} — {self.score} ({self.band})"


@dataclass(frozen=True)
class Step:
    title: str
    reason: str
    actions: tuple[str, ...]


@dataclass(frozen=True)
class LadderStep:
    level: str
    years: str
    scope: str
    certifications: tuple[str, ...]


@dataclass(frozen=True)
class CareerPath:
    role_id: str
    role_title: str
    heading: str  # 'Career path: Product Manager'
    career: str
    ladder: tuple[LadderStep, ...]
    certifications: tuple[str, ...]  # 'PMP (PMI): ...', one per line
    reading: tuple[str, ...]


@dataclass(frozen=True)
class Titles:
    """Section headings and captions, the same on every output."""

    result: str
    fits: str
    profile: str
    profile_caption: str
    table: str
    table_caption: str
    quadrants: str
    matches: str
    career: str
    certifications: str
    reading: str
    ladder_columns: tuple[str, str, str, str]  # level, experience, what you own, certifications
    table_columns: tuple[str, str, str, str, str, str]  # responsibility .. quadrant
    fits_columns: tuple[str, str, str]  # role, fit, uncertainty: the fits chart as a table
    steps: str
    why: str
    drivers: str
    neighbours: str
    quality: str


@dataclass(frozen=True)
class ResultContent:
    titles: Titles
    enough: bool  # False for "not enough answers": then only the verdict, the quality notes and the note
    headline: str
    profile: str  # the profile's words from the bank, or ''
    fits: tuple[Fit, Fit]
    verdict_line: str  # the line under the two fits: who leads by how much, or why nobody does
    note: str  # a note on how the result was made (an older version of the questions), or ''
    responsibilities: tuple[Responsibility, ...]
    not_placed: str  # which responsibilities the map cannot place, or ''
    quadrant_key: tuple[tuple[str, str], ...]  # (name, meaning) of the four quadrants
    matches: tuple[Match, ...]
    careers: tuple[CareerPath, CareerPath]  # the leading role's first
    both_paths: bool  # too close to call: both paths belong to the result
    facts_as_of: str  # 'Facts as of November 2026', or ''
    steps: tuple[Step, ...]
    drivers: tuple[str, ...]
    flip_summary: str
    flip: tuple[str, ...]
    neighbours: tuple[tuple[str, str], ...]  # (title, how it differs)
    quality: tuple[str, ...]  # one line per flag; the all-clear sentence when there is none
    tiebreakers: str  # what the tie-breaker questions could do, or ''
    competence: str
    form: FormWords | None = None  # the quick form's words about the result; None for the full form's

    @property
    def verdict_name(self) -> str:
        """The verdict as a screen reader says it: the headline, and the form it came from if quick."""
        return f"{self.headline} {self.form.verdict}" if self.form else self.headline

    @property
    def fits_line(self) -> str:
        return "   ".join(fit.line for fit in self.fits)


def titles(role: Role) -> Titles:
    return Titles(
        result=translate("Result", "Your result"),
        fits=translate("Result", "How the two roles fit you"),
        profile=translate("Result", "Your 12 responsibilities"),
        profile_caption=translate(
            "Result",
            "How much you would enjoy each part of the two roles, from 0 to 100. "
            "The whisker at each bar's end shows how sure that number is.",
        ),
        table=translate("Result", "All 12 responsibilities"),
        table_caption=translate(
            "Result",
            "Interest: how much you would enjoy it, 0-100, ± how sure. Experience: how much of it you have "
            "done. The quadrant puts the two together; the numbers match the map.",
        ),
        quadrants=translate("Result", "What you enjoy against what you have done"),
        matches=translate("Result", "What matches you best as {role}").format(role=role.title),
        career=translate("Result", "Career path"),
        certifications=translate("Result", "Certifications"),
        reading=translate("Result", "To read"),
        ladder_columns=(
            translate("Result", "Level"),
            translate("Result", "Experience"),
            translate("Result", "What you own"),
            translate("Result", "Certifications"),
        ),
        table_columns=(
            translate("Result", "Responsibility"),
            translate("Result", "Role"),
            translate("Result", "Interest"),
            translate("Result", "Band"),
            translate("Result", "Experience"),
            translate("Result", "Quadrant"),
        ),
        fits_columns=(
            translate("Result", "Role"),
            translate("Result", "Fit, 0–100"),
            translate("Result", "Uncertainty (±)"),
        ),
        steps=translate("Result", "Next steps"),
        why=translate("Result", "Why this result"),
        drivers=translate("Result", "The answers that weighed most:"),
        neighbours=translate("Result", "Neighbouring roles worth a look"),
        quality=translate("Result", "About your answers"),
    )


# ------------------------------------------------------------------------------------- sentences


def headline(bank: Bank, result: Result) -> str:
    """The verdict in one plain sentence, with how sure it is."""
    v = result.verdict
    product, project = bank.role_by_id[PRODUCT].title, bank.role_by_id[PROJECT].title
    p_fit, j_fit = words.number(result.role(PRODUCT).fit), words.number(result.role(PROJECT).fit)
    if v.label == "not_enough_answers":
        return translate(
            "Result",
            "Not enough answers to say yet: you answered {answered} of {asked} questions. "
            "Answer more of them for a result you can trust.",
        ).format(answered=result.answered, asked=result.asked)
    if v.lean is not None:
        other = PROJECT if v.lean == PRODUCT else PRODUCT
        values = {
            "role": bank.role_by_id[v.lean].title,
            "lead": words.number(result.role(v.lean).fit),
            "trail": words.number(result.role(other).fit),
            "sure": words.confidence(v.confidence),
            "gap": words.points(v.margin),
        }
        if v.label == "clear_lean":
            sentence = translate(
                "Result",
                "You lean clearly toward {role}: {lead} against {trail} out of 100. "
                "{sure}: the gap of {gap} is beyond the noise in your answers.",
            )
        else:
            sentence = translate(
                "Result",
                "You lean slightly toward {role}: {lead} against {trail} out of 100. "
                "{sure}: the gap of {gap} is beyond the noise in your answers.",
            )
        return sentence.format(**values)
    fits = translate("Result", "{product} {p_fit}, {project} {j_fit} out of 100").format(
        product=product, p_fit=p_fit, project=project, j_fit=j_fit
    )
    if v.label == "both_strong":
        return translate(
            "Result",
            "Both roles suit you, and too evenly to pick one ({fits}): look at roles that combine them.",
        ).format(fits=fits)
    if v.label == "neither_strong":
        return translate(
            "Result",
            "Neither role stands out for you yet ({fits}): it is worth looking at neighbouring roles too.",
        ).format(fits=fits)
    return translate(
        "Result", "Too close to call ({fits}): the gap of {gap} is within the noise in your answers."
    ).format(fits=fits, gap=words.points(v.margin))


def verdict_line(bank: Bank, result: Result) -> str:
    """The line under the two fits: who leads and by how much, or why nobody does."""
    v = result.verdict
    if v.label == "not_enough_answers":
        return translate("Result", "Not enough answers yet to compare the two roles.")
    if v.lean is None:
        return translate(
            "Result", "Too close to call: {gap} points apart, within the uncertainty (±{noise})."
        ).format(gap=f"{v.margin:.0f}", noise=f"{v.threshold:.0f}")
    return translate("Result", "{role} leads by {gap} points, more than the uncertainty (±{noise}).").format(
        role=bank.role_by_id[v.lean].title, gap=f"{v.margin:.0f}", noise=f"{v.threshold:.0f}"
    )


def driver_line(bank: Bank, driver: Driver) -> str:
    item = bank.item_by_id[driver.item_id]
    pull = translate("Result", "{points} points toward {role}").format(
        points=QLocale().toString(driver.points, "f", 1),  # '1.5', '1,5': the decimal mark of the language
        role=bank.role_by_id[driver.toward].title,
    )
    answer = words.answer_phrase(bank, item.id, driver.answer)
    if item.answer_text(driver.answer) is not None:  # a picked option: its words are the whole answer
        return translate("Result", "You chose {answer} ({pull})").format(answer=answer, pull=pull)
    return translate("Result", "“{question}”: you said {answer} ({pull})").format(
        question=item.text, answer=answer, pull=pull
    )


def change_line(bank: Bank, change: Change) -> str:
    item = bank.item_by_id[change.item_id]
    return translate("Result", "“{question}”: {instead} instead of {now}").format(
        question=item.text,
        instead=words.answer_phrase(bank, item.id, change.instead),
        now=words.answer_phrase(bank, item.id, change.answer),
    )


def flip_summary(result: Result) -> str:
    """One sentence on how fragile the verdict is; the changes it lists follow it."""
    count = len(result.flip)
    if result.verdict.label == "not_enough_answers":
        return translate("Result", "There are too few answers to say what would change the result.")
    if count == 0:
        return translate(
            "Result",
            "No small set of changed answers would change this result: it rests on many answers at once.",
        )
    if count > FLIP_SHOWN:
        if result.verdict.lean:
            sentence = translate(
                "Result",
                "It would take %n changed answers to change this lean, so it rests on many of your answers, "
                "not on a few. The ones that would count most:",
                "",
                count,
            )
        else:
            sentence = translate(
                "Result",
                "It would take %n changed answers to change the tie, so it rests on many of your answers, "
                "not on a few. The ones that would count most:",
                "",
                count,
            )
        return sentence
    if result.verdict.lean:
        return translate("Result", "Changing %n answer(s) would be enough to change this lean:", "", count)
    return translate("Result", "Changing %n answer(s) would be enough to change the tie:", "", count)


def competence_note() -> str:
    return translate(
        "Result",
        "This measures your preferences and how you see yourself, not your competence. "
        "Use it to explore a career, never to screen candidates.",
    )


# -------------------------------------------------------------------------------------- sections


def _fits(bank: Bank, result: Result) -> tuple[Fit, Fit]:
    z = bank.scoring.z
    out = []
    for role_id in (PRODUCT, PROJECT):
        fit = result.role(role_id)
        out.append(
            Fit(
                role_id,
                bank.role_by_id[role_id].title,
                words.number(fit.fit),
                f"{z * fit.se:.0f}",
                result.verdict.lean == role_id,
            )
        )
    return out[0], out[1]


def _responsibilities(bank: Bank, result: Result) -> tuple[Responsibility, ...]:
    z = bank.scoring.z
    rows = []
    for number, scale in enumerate(bank.scales, start=1):
        s = result.scale(scale.id)
        noise = f"{z * s.se:.0f}"
        interest = (
            translate("Result", "{score} ± {noise}").format(score=words.number(s.score), noise=noise)
            if s.score is not None
            else translate("Result", "not answered")
        )
        rows.append(
            Responsibility(
                number=number,
                scale_id=scale.id,
                role_id=scale.role,
                title=scale.title,
                role_title=bank.role_by_id[scale.role].title,
                description=scale.description,
                score=words.number(s.score),
                noise=noise,
                interest=interest,
                band=words.band_name(band(bank, s.score)),
                experience=words.number(s.experience),
                quadrant_id=s.quadrant,
                quadrant=words.quadrant_title(s.quadrant),
            )
        )
    return tuple(rows)


def not_placed(bank: Bank, result: Result, form: FormWords | None = None) -> str:
    if form is not None and all(s.experience is None for s in result.scales):
        return form.not_placed  # the quick form asked about no experience at all
    missing = [bank.scale_by_id[s.id].title for s in result.scales if s.score is None or s.experience is None]
    if not missing:
        return ""
    return translate("Result", "Not placed (needs both interest and experience answers): {titles}.").format(
        titles=", ".join(missing)
    )


def career_path(role: Role) -> CareerPath:
    ladder = tuple(
        LadderStep(f"{n}. {step.level}", words.years(step.years), step.scope, tuple(step.certifications))
        for n, step in enumerate(role.ladder, start=1)
    )
    certifications = tuple(
        translate("Result", "{name} ({body}): {note}").format(name=c.name, body=c.body, note=c.note)
        for c in role.certifications
    )
    return CareerPath(
        role_id=role.id,
        role_title=role.title,
        heading=translate("Result", "Career path: {role}").format(role=role.title),
        career=role.career,
        ladder=ladder,
        certifications=certifications,
        reading=tuple(role.learning),
    )


def _facts_as_of(bank: Bank) -> str:
    when = bank.facts_as_of
    if when is None:
        return ""
    year, month = when
    return translate("Result", "Facts as of {month_year}").format(month_year=words.month_year(year, month))


def result_content(
    bank: Bank, result: Result, note: str = "", form: FormStatus | None = None
) -> ResultContent:
    """Everything a person reads about ``result``, in the user's language (see the module docstring);
    ``form``: which form the sheet answered (a quick form's result says so), None for a full one."""
    lead = bank.role_by_id[leading_role(result)]
    other = bank.role_by_id[other_role(lead.id)]
    profile = bank.profile_text(result.verdict.label)
    steps = tuple(
        Step(
            bank.scale_by_id[plan.scale_id].title,
            words.step_reason(plan.reason),
            tuple(bank.scale_by_id[plan.scale_id].next_steps),
        )
        for plan in next_steps(result)
    )
    matches = tuple(
        Match(
            bank.scale_by_id[s.id].title,
            words.number(s.score),
            words.band_name(band(bank, s.score)),
            bank.scale_by_id[s.id].description,
        )
        for s in matching_scales(bank, result, lead.id)
    )
    flags = tuple(bank.flag_text(flag) for flag in result.flags) or (
        translate(
            "Result", "Nothing unusual stood out in how you answered, so no caution is needed on that score."
        ),
    )
    offered = len(result.tiebreakers)
    tiebreakers = (
        translate(
            "Result", "%n tie-breaker question(s) can settle it; the desktop app offers them.", "", offered
        )
        if offered
        else ""
    )
    quick = form_words(form)
    return ResultContent(
        titles=titles(lead),
        enough=result.verdict.label != "not_enough_answers",
        headline=headline(bank, result),
        profile=profile.text if profile is not None else "",
        fits=_fits(bank, result),
        verdict_line=verdict_line(bank, result),
        note=note,
        responsibilities=_responsibilities(bank, result),
        not_placed=not_placed(bank, result, quick),
        quadrant_key=tuple((words.quadrant_title(q), words.quadrant_meaning(q)) for q in words.QUADRANT_IDS),
        matches=matches,
        careers=(career_path(lead), career_path(other)),
        both_paths=result.verdict.lean is None,
        facts_as_of=_facts_as_of(bank),
        steps=steps,
        drivers=tuple(driver_line(bank, d) for d in result.drivers),
        flip_summary=flip_summary(result),
        flip=tuple(change_line(bank, c) for c in shown_flip(result)),
        neighbours=tuple((a.title, a.distinction) for a in adjacent_roles(bank, result)),
        quality=flags,
        tiebreakers=tiebreakers,
        competence=competence_note(),
        form=quick,
    )
