"""Choosing the language: the system's at first start, a chooser on the welcome screen that switches on
Enter and is remembered, an assessment that goes on in the other language, results shown in either."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from pmfit.core.bank import load_bank
from pmfit.system.i18n import ensure_translations
from pmfit.ui.app import compose
from pmfit.ui.settings import Settings
from tests.storage.helpers import add_attempt
from tests.ui.conftest import App, MakeApp, answer_by_key, key

UK_BANK = load_bank(language="uk")
EN_BANK = load_bank(language="en")


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """The test session speaks English (tests/conftest.py); these tests switch, then switch back."""
    yield
    ensure_translations("en")


def choose_language(qtbot: QtBot, app: App, name: str) -> None:
    """Pick a language in the welcome screen's chooser with the keyboard, as a person would: arrows to its
    name, then Enter."""
    chooser = app.window.findChild(QComboBox, "languageChooser")
    assert chooser is not None
    qtbot.waitUntil(chooser.isVisible)
    chooser.setFocus()
    index = chooser.findText(name)
    while chooser.currentIndex() != index:
        qtbot.keyClick(chooser, Qt.Key.Key_Down if chooser.currentIndex() < index else Qt.Key.Key_Up)
    qtbot.keyClick(chooser, Qt.Key.Key_Return)


def test_the_chooser_switches_and_is_remembered(qtbot: QtBot, make_app: MakeApp, data_dir: Path) -> None:
    app = make_app(bank=None)
    assert app.flow.language == "en" and app.flow.bank is not None and app.flow.bank.language == "en"
    choose_language(qtbot, app, "Українська")
    assert app.flow.language == "uk" and app.flow.bank is not None and app.flow.bank.language == "uk"
    assert Settings(data_dir).language == "uk"
    label = app.window.welcome.language_label
    assert label is not None
    assert label.text() == QCoreApplication.translate("WelcomePage", "Language:")
    # The next start speaks Ukrainian too, whatever the system says.
    window, flow, _jobs = compose(app.store, data_dir, None)
    qtbot.addWidget(window)
    assert flow.language == "uk"
    choose_language(qtbot, app, "English")
    assert app.flow.language == "en" and Settings(data_dir).language == "en"


def test_first_start_follows_the_system_language(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, make_app: MakeApp
) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    app = make_app(bank=None)
    assert app.flow.language == "uk" and app.flow.bank is not None and app.flow.bank.language == "uk"
    assert Settings(data_dir).language is None  # nothing chosen yet: the system decides each start


def test_an_assessment_goes_on_in_the_other_language(qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=None)
    key(qtbot, app, Qt.Key.Key_Return)
    answer_by_key(qtbot, app, 4)
    answer_by_key(qtbot, app, 2)
    on_screen = app.current_id()
    key(qtbot, app, Qt.Key.Key_Escape)
    choose_language(qtbot, app, "Українська")
    key(qtbot, app, Qt.Key.Key_Return)  # resume
    assert app.current_id() == on_screen
    question = app.window.question_page().findChild(QLabel, "questionText")
    assert question is not None and question.text() == UK_BANK.item_by_id[on_screen].text
    assert question.text() != EN_BANK.item_by_id[on_screen].text
    session = app.flow.assessment.session
    assert session is not None and len(session.sheet.answers) == 2
    assert session.sheet.bank.language == "en"  # the sheet keeps the language it was begun in


def test_an_english_attempt_opens_in_ukrainian(qtbot: QtBot, make_app: MakeApp) -> None:
    from pmfit.core.scoring import score
    from tests.conftest import every_item_answered

    app = make_app(bank=None)
    sheet = every_item_answered(EN_BANK)
    result = score(EN_BANK, sheet)
    fits = {r.id: r.fit for r in result.roles if r.fit is not None}
    attempt_id = add_attempt(app.store, sheet.finished(), result.verdict.lean, result.verdict.label, fits)
    app.flow.past.open_attempt(attempt_id)
    app.flow.set_language("uk")  # what the welcome screen's chooser asks for (tested above)
    shown = app.flow.past.shown_result
    assert shown is not None and shown.bank.language == "uk" and shown.attempt_id == attempt_id
    assert shown.result.roles == result.roles  # the same numbers, in the other words
    profile = UK_BANK.profile_text(result.verdict.label)
    assert profile is not None and shown.content.profile == profile.text
    assert app.page() == "resultPage"
