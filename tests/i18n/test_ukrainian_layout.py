"""Nothing is cut off in Ukrainian either, with a 20 pt font or at 200%: its words run about a fifth longer
than English, so every screen of tests/ui/test_layout.py is walked again with the Ukrainian catalogue and
question bank."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from tests.i18n.conftest import UK_BANK
from tests.ui.a11y_helpers import app_font
from tests.ui.conftest import MakeApp
from tests.ui.test_layout import DOUBLE_SCALE, LARGE_TEXT, clipped, minimum_of, screens, settle


@pytest.fixture(params=[LARGE_TEXT, DOUBLE_SCALE], ids=["20pt-800x600", "200%-1600x900"])
def ukrainian_condition(request: pytest.FixtureRequest, ukrainian: None) -> Iterator[QSize]:
    point_size, size = request.param
    if point_size:
        with app_font(point_size):
            yield size
    else:
        yield size


def test_nothing_is_cut_off_in_ukrainian(ukrainian_condition: QSize, qtbot: QtBot, make_app: MakeApp) -> None:
    app = make_app(bank=UK_BANK)
    assert app.window.windowTitle() == "pmfit — Product Manager чи Project Manager?"
    assert minimum_of(app.window).width() <= ukrainian_condition.width()
    assert minimum_of(app.window).height() <= ukrainian_condition.height()
    app.window.resize(ukrainian_condition)
    problems = []
    pages = 0
    for page in screens(qtbot, app):
        assert app.window.size() == ukrainian_condition
        settle(qtbot, page)
        problems += [f"{page.objectName()}: {problem}" for problem in clipped(page)]
        pages += 1
    assert pages == 8  # every screen, "About you" among them
    assert problems == []


def test_the_result_bar_is_one_row_in_ukrainian_at_800x600(
    ukrainian: None, qtbot: QtBot, make_app: MakeApp
) -> None:
    """Every action of the result, 'Compare with previous' included, on one row under its divider, at
    the normal font in an 800x600 window: the result keeps the window."""
    from PySide6.QtWidgets import QPushButton

    from tests.ui.a11y_helpers import add_two_attempts

    app = make_app(bank=UK_BANK)
    app.window.resize(QSize(800, 600))
    _older, newer = add_two_attempts(app)
    app.flow.past.open_attempt(newer)
    page = app.window.result_page()
    settle(qtbot, page)
    shown = [b for b in page.bar.findChildren(QPushButton) if b.isVisible()]
    assert page.compare in shown and page.export in shown and len(shown) == 4
    tops = {b.mapTo(page, b.rect().topLeft()).y() for b in shown}
    assert len(tops) == 1, [(b.text(), b.geometry()) for b in shown]
    assert page.bar.height() <= 60
