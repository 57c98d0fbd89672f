"""What a person did wrong, told so that it can be said in their language: phrases, not finished strings.

The core never imports Qt, yet what it tells a person (a sheet that cannot be used, a file that cannot be
read) must reach them in the language they chose. So a message here is a :class:`Phrase`: an English
template marked with :func:`QT_TRANSLATE_NOOP` (the marker Qt's ``lupdate`` collects into the catalogues,
context :data:`CONTEXT`) and the values that fill it. ``str()`` gives the English line; the command line
and the app say it in the person's language (``pmfit.system.problems.spoken``). A value may be a phrase
itself ("is {kind}, not {what}"), said in the same language.

Values from a file go in through :func:`shown`: quoted, on one printable line, and cut to a readable
length, so a 4,200-digit answer or a megabyte of text never floods a message.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

CONTEXT = "Problems"

#: How many characters of a value from a file a message shows before it cuts it short.
SHOWN_LIMIT = 40


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the translation catalogue (under ``context``) and return it unchanged.

    Named as Qt names it: that is the name lupdate looks for."""
    return text


class Phrase:
    """An English template with ``{named}`` places, and what fills them (text, numbers or phrases)."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values

    def say(self, translate: Callable[[str], str]) -> str:
        """The phrase in the words ``translate`` gives for each template (the identity: English)."""
        template = translate(self.template)
        if not self.values:
            return template
        filled = {name: _said(value, translate) for name, value in self.values.items()}
        for text in (template, self.template):  # a translation that lost a place: the English, complete
            try:
                return text.format(**filled)
            except (KeyError, IndexError, ValueError):
                continue
        return self.template

    def __str__(self) -> str:
        return self.say(_english)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"


def _english(template: str) -> str:
    return template


def _said(value: object, translate: Callable[[str], str]) -> str:
    if isinstance(value, Phrase):
        return value.say(translate)
    if isinstance(value, Problem):
        return value.phrase.say(translate)
    return str(value)


class Problem(Exception):
    """An exception whose message is a :class:`Phrase`; ``str()`` is its English line."""

    def __init__(self, template: str | Phrase, /, **values: object) -> None:
        self.phrase = template if isinstance(template, Phrase) else Phrase(template, **values)
        super().__init__(str(self.phrase))

    def __reduce__(self) -> tuple[Any, ...]:  # pickled with its phrase (a worker process may raise one)
        return (type(self), (self.phrase,))

    def at(self, place: object) -> Problem:
        """The same problem, of the same kind, said after ``place`` (a file's name): "sheet.json: ..."."""
        return type(self)(QT_TRANSLATE_NOOP("Problems", "{place}: {problem}"), place=place, problem=self)


def shown(value: Any, limit: int = SHOWN_LIMIT) -> str:
    """A value from a file as it goes into a message: quoted, escaped to one printable line, cut short."""
    if isinstance(value, str):
        text = repr(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        text = _int_text(value)
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            text = repr(value)
    text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _int_text(value: int) -> str:
    """A whole number as digits; one past Python's limit for that (more than 4,300 digits), as its size."""
    try:
        return str(value)
    except ValueError:
        return f"{'-' if value < 0 else ''}~1e{int(value.bit_length() * 0.30103)}"
