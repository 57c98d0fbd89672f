"""A bank's own answer words: an experience statement is answered on its frequency labels under its question,
an interest statement on the interest labels, and a bank that names none keeps the app's words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pmfit.core.bank import LikertItem, load_bank
from pmfit.render.words import answer_phrase
from pmfit.ui.answers import AnswerButton
from tests.ui.conftest import App, MakeApp, key

ENGLISH = load_bank(language="en")


def skip_to(qtbot: QtBot, app: App, facet: str) -> LikertItem:
    """Skip (Right arrow) until a likert item of ``facet`` is on screen."""
    page = app.window.question_page()
    qtbot.waitUntil(lambda: not page.busy)  # a pick shows for a moment before the next question
    while True:
        session = app.flow.assessment.session
        assert session is not None and session.current is not None
        item = session.current
        if isinstance(item, LikertItem) and item.facet == facet:
            return item
        key(qtbot, app, Qt.Key.Key_Right)
        qtbot.waitUntil(lambda was=session: app.flow.assessment.session not in (None, was))


def shown_answers(app: App) -> list[str]:
    buttons = app.window.question_page().answers.findChildren(AnswerButton)
    return [button.words for button in sorted(buttons, key=lambda b: b.number)]


def test_experience_is_answered_on_its_frequency_labels_under_its_question(
    qtbot: QtBot, make_app: MakeApp
) -> None:
    experience = ENGLISH.facets.experience
    assert experience is not None and experience.prompt
    app = make_app(bank=None)  # the bundled English bank
    key(qtbot, app, Qt.Key.Key_Return)
    item = skip_to(qtbot, app, "experience")
    page = app.window.question_page()
    assert page.prompt.isVisible() and page.prompt.text() == experience.prompt
    assert page.question.text() == item.text
    assert shown_answers(app) == list(experience.labels)
    assert page.answers.accessibleName() == f"{experience.prompt} {item.text}"
    key(qtbot, app, Qt.Key.Key_5)
    qtbot.waitUntil(
        lambda: (
            app.flow.assessment.session is not None and item.id in app.flow.assessment.session.sheet.answers
        )
    )
    assert app.flow.assessment.session is not None and app.flow.assessment.session.sheet.answers[item.id] == 5

    skip_to(qtbot, app, "interest")
    assert not page.prompt.isVisible()
    assert ENGLISH.facets.interest is not None
    assert shown_answers(app) == list(ENGLISH.facets.interest.labels)


def test_a_bank_without_facets_keeps_the_apps_words(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app()  # the tiny bank names no answer words
    key(qtbot, app, Qt.Key.Key_Return)
    skip_to(qtbot, app, "experience")
    assert not app.window.question_page().prompt.isVisible()
    assert shown_answers(app)[0] == "Strongly disagree" and shown_answers(app)[4] == "Strongly agree"


def test_the_result_quotes_the_answer_as_it_was_offered() -> None:
    interest = next(i for i in ENGLISH.main_items if isinstance(i, LikertItem) and i.facet == "interest")
    assert answer_phrase(ENGLISH, interest.id, 5) == "“Strongly agree”"
    experience = next(i for i in ENGLISH.main_items if isinstance(i, LikertItem) and i.facet == "experience")
    assert answer_phrase(ENGLISH, experience.id, 2) == "“Once or twice”"
