"""pmfit's own words about a result, in the user's language: one place for the screen, the PDF and the CLI.

Every phrase is a ``translate("Result", "...")`` call with literal arguments, so that ``pyside6-lupdate``
finds it and the catalogue (``assets/translations/pmfit_<lang>.ts``) holds it under the context the code
asks for at run time. Counted phrases use ``%n`` with Qt's numerus forms (Ukrainian has three).
The bank's own texts (role and scale titles, descriptions, steps) are content and come from the bank.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from pmfit.core.bank import Bank
from pmfit.core.compare import ScaleChange, noteworthy
from pmfit.core.explain import Band, StepReason
from pmfit.core.items import Item

translate = QCoreApplication.translate

NO_NUMBER = "–"


def number(value: float | None) -> str:
    """A 0-100 score as a whole number, or a dash when there is none."""
    return NO_NUMBER if value is None else f"{value:.0f}"


def signed(delta: float | None) -> str:
    """A change in points with its sign: '+18', '−7', '±0' (a real minus sign), or a dash."""
    if delta is None:
        return NO_NUMBER
    rounded = round(delta)
    return f"+{rounded}" if rounded > 0 else f"−{abs(rounded)}" if rounded < 0 else "±0"


def points(value: float) -> str:
    count = round(value)  # lupdate reads only a plain name (or literal) as the count
    return translate("Result", "%n point(s)", "", count)


def month_year(year: int, month: int) -> str:
    """'November 2026' in the user's language (the stand-alone month name, as a date line needs it)."""
    locale = QLocale()
    return f"{locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)} {year}"


def long_date(year: int, month: int, day: int) -> str:
    """A date spelled out, so it cannot be misread as month/day or day/month."""
    return QLocale().toString(QDate(year, month, day), "d MMMM yyyy")


def moment(iso_time: str) -> str:
    """A stored ISO time in the person's language and time zone ('5 November 2026, 10:00')."""
    when = QDateTime.fromString(iso_time, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        return iso_time
    return QLocale().toString(when.toLocalTime(), "d MMMM yyyy, HH:mm")


def day(iso_time: str, *, with_time: bool = False) -> str:
    """The day of a stored ISO time, short ('5 Nov 2026'), in the person's language and time zone; with its
    time ('5 Nov 2026, 10:00') where two moments of one day need telling apart."""
    when = QDateTime.fromString(iso_time, Qt.DateFormat.ISODateWithMs)
    if not when.isValid():
        return iso_time[:16] if with_time else iso_time[:10]
    return QLocale().toString(when.toLocalTime(), "d MMM yyyy, HH:mm" if with_time else "d MMM yyyy")


# ------------------------------------------------------------------------------------- answers


def likert_label(value: int) -> str:
    """The answer as offered on the question screen ('Strongly agree')."""
    labels = (
        translate("Result", "Strongly disagree"),
        translate("Result", "Disagree"),
        translate("Result", "Neither agree nor disagree"),
        translate("Result", "Agree"),
        translate("Result", "Strongly agree"),
    )
    return labels[value - 1] if 1 <= value <= 5 else str(value)


def likert_phrase(value: int) -> str:
    """The answer inside a sentence ('you said strongly agree')."""
    phrases = (
        translate("Result", "strongly disagree"),
        translate("Result", "disagree"),
        translate("Result", "neither agree nor disagree"),
        translate("Result", "agree"),
        translate("Result", "strongly agree"),
    )
    return phrases[value - 1] if 1 <= value <= 5 else str(value)


def facet_label(labels: tuple[str, ...] | None, item: Item, value: int) -> str | None:
    """The bank's word for ``value`` among its facet's ``labels`` (one per answer the item offers, in
    order), or None when the bank gives none."""
    if not labels or len(labels) != len(item.values) or value not in item.values:
        return None
    return labels[item.values.index(value)]


def answer_label(item: Item, value: int, labels: tuple[str, ...] | None = None) -> str:
    """The answer as the question screen offers it: the bank's words (an option, or its facet's
    ``labels``), or pmfit's own ('Strongly agree')."""
    text = item.answer_text(value)
    if text is None:
        text = facet_label(labels, item, value)
    return text if text is not None else likert_label(value)


def answer_phrase(bank: Bank, item_id: str, answer: int) -> str:
    """An answer as the person saw it: an option's words or the bank's label in quotes, or the app's own
    phrase ('strongly agree')."""
    item = bank.item_by_id[item_id]
    if not item.accepts(answer):
        return str(answer)
    text = item.answer_text(answer)
    if text is None:
        words = bank.facet_words(item)
        text = facet_label(words.labels if words else None, item, answer)
    if text is not None:
        return translate("Result", "“{option}”").format(option=text)
    return likert_phrase(answer)


# ------------------------------------------------------------------------------- bands, quadrants


def band_name(band: Band | None) -> str:
    if band == "high":
        return translate("Result", "high")
    if band == "middle":
        return translate("Result", "middle")
    if band == "low":
        return translate("Result", "low")
    return translate("Result", "not answered")


QUADRANT_IDS = ("strength", "growth_area", "untapped", "not_for_you")


def quadrant_title(quadrant: str | None) -> str:
    titles = {
        "strength": translate("Result", "Strength"),
        "growth_area": translate("Result", "Growth area"),
        "untapped": translate("Result", "Untapped"),
        "not_for_you": translate("Result", "Not for you"),
    }
    return titles.get(quadrant or "", NO_NUMBER)


def quadrant_meaning(quadrant: str) -> str:
    meanings = {
        "strength": translate("Result", "you would enjoy it and you have done it: build on it"),
        "growth_area": translate(
            "Result", "you would enjoy it but have little experience yet: the best place to learn"
        ),
        "untapped": translate(
            "Result", "you have done it but it does not energise you: useful, but not a reason to choose"
        ),
        "not_for_you": translate(
            "Result", "neither drawn to it nor practised in it: fine to leave to others"
        ),
    }
    return meanings[quadrant]


def confidence(confidence_id: str) -> str:
    if confidence_id == "very_sure":
        return translate("Result", "Very sure")
    if confidence_id == "fairly_sure":
        return translate("Result", "Fairly sure")
    return translate("Result", "Not sure")


def step_reason(reason: StepReason) -> str:
    if reason == "growth_area":
        return translate("Result", "You would enjoy this but have little experience in it yet.")
    if reason == "unrated":
        return translate("Result", "A core part of the role you have not rated your experience in.")
    return translate("Result", "A core part of the role where more practice will count.")


def years(text: str) -> str:
    """A ladder step's experience ('2-5' becomes '2-5 years'); words from the bank stay as they are."""
    return translate("Result", "{years} years").format(years=text) if text[:1].isdigit() else text


UP, DOWN, LEVEL = "▲", "▼", "–"  # a change's direction, beside its size: up, down, about the same


def change_mark(bank: Bank, change: ScaleChange) -> str:
    """▲ or ▼ for a change beyond the noise of one scale (``scoring.noteworthy_change``), – for one within
    it or none: the direction a person reads at a glance, next to the size in points."""
    if change.delta is None or not noteworthy(bank, change):
        return LEVEL
    return UP if change.delta > 0 else DOWN


def scale_change(bank: Bank, change: ScaleChange) -> str:
    """'Market research: 40 → 58 (+18)', 'Project closure: about the same, 30 → 32 (+2)'; the title first,
    so a list can set it in bold."""
    title = bank.scale_by_id[change.scale_id].title
    if change.delta is None:
        return translate("Result", "{title}: not answered in both").format(title=title)
    values = {"title": title, "before": number(change.before), "after": number(change.after)}
    if not noteworthy(bank, change):
        return translate("Result", "{title}: about the same, {before} → {after} ({change})").format(
            change=signed(change.delta), **values
        )
    return translate("Result", "{title}: {before} → {after} ({change})").format(
        change=signed(change.delta), **values
    )
