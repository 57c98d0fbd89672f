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
