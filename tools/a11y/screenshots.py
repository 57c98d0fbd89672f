"""Screenshots of every screen, for looking at large text, 200% scaling and the dark palette by eye.

    .venv/bin/python tools/a11y/screenshots.py OUT_DIR [--size 800x600] [--dark] [--point-size 20]

Run it under the conditions to check, for example:

    QT_QPA_PLATFORM=offscreen QT_FONT_DPI=192 .venv/bin/python tools/a11y/screenshots.py /tmp/shots/dpi192
    xvfb-run -s '-screen 0 1600x900x24' env QT_SCALE_FACTOR=2 .venv/bin/python tools/a11y/screenshots.py \\
        /tmp/shots/scale2 --size 800x430

Writes one PNG per screen (and per scroll position of the long ones) with ``QWidget.grab()``: the welcome
screen, a statement, a statement answered (with focus on another answer), a scenario with four long options,
"About you", the tie-breaker note, the result from top to bottom with every chart's table open, past results
(three attempts, two of them on one day), the menu of "Compare with…", a comparison of the two attempts of
one day, the "Delete result" question and the "PDF saved" notice.

    --lang uk   speak Ukrainian (the app's catalogue and the Ukrainian questions)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from pmfit.core.answers import read_sheet
from pmfit.core.bank import ChoiceItem
from pmfit.core.scoring import score
from pmfit.storage.store import Store
from pmfit.system.i18n import ensure_translations
from pmfit.ui.app import compose, ensure_application
from pmfit.ui.view import Action

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the test suite's dark palette: the pictures show what the tests check

from tests.conftest import sheet_of  # noqa: E402
from tests.storage.helpers import add_attempt  # noqa: E402
from tests.ui.a11y_helpers import dark_palette, known_answers  # noqa: E402


def settle(ms: int = 60) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="800x600")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--point-size", type=float, default=0.0, help="the application font's size")
    parser.add_argument("--lang", default="", help="the language to speak (default: the system's)")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    app = ensure_application([])
    ensure_translations(args.lang or None)
    if args.dark:
        app.setPalette(dark_palette())
    if args.point_size:
        font = QFont(app.font())
        font.setPointSizeF(args.point_size)
        app.setFont(font)
    folder = Path(tempfile.mkdtemp())
    store = Store.open(folder)
    if args.lang:
        from pmfit.ui.settings import Settings

        Settings(folder).language = args.lang
    window, flow, _jobs = compose(store, folder, None)
    window.resize(width, height)
    window.show()
    settle(200)
    flow.after_first_paint()
    settle()
    shots: list[str] = []

    def shot(name: str, widget: QWidget | None = None) -> None:
        settle(220)  # past the question's fade and the progress bar's slide (pmfit.ui.motion)
        path = out / f"{len(shots):02d}-{name}.png"
        (widget or window).grab().save(str(path))
        shots.append(path.name)

    def scroll_through(name: str, page: QWidget) -> None:
        bar = page.scroll_area.verticalScrollBar()  # type: ignore[attr-defined]
        bar.setValue(0)
        step = 0
        while True:
            shot(f"{name}-{step}")
            if bar.value() >= bar.maximum():
                break
            bar.setValue(bar.value() + bar.pageStep())
            step += 1

    minimum = window.minimumSize().expandedTo(window.minimumSizeHint())
    print(f"window {window.width()}x{window.height()}, minimum {minimum.width()}x{minimum.height()}")
    shot("welcome")
    flow.assessment.start()
    shot("question-likert")
    # A question answered and come back to: the pick filled with the accent, Next the accent button, and
    # the keyboard's focus ring on another answer, to see that focus and selection look different.
    flow.assessment.answer(4)
    settle(300)
    flow.assessment.back()
    settle(300)
    question = window.question_page()
    question.group.button(1).setFocus()
    shot("question-answered-focus-elsewhere")
    bank = flow.bank
    assert bank is not None
    longest = max(
        (i for i in bank.main_items if isinstance(i, ChoiceItem)),
        key=lambda i: sum(len(o.text) for o in i.options),
    )
    session = flow.assessment.session
    assert session is not None
    while session.current is not None and session.current.id != longest.id:
        flow.assessment.forward()
        settle(5)
        session = flow.assessment.session
        assert session is not None
    shot("question-longest-choice")
    page = window.question_page()
    scroll_through("question-longest-choice-scrolled", page)
    # Past the last question (skipping the rest): "About you", with a role chosen so that all of it shows.
    while session.current is not None:
        flow.assessment.forward()
        settle(5)
        session = flow.assessment.session
        assert session is not None
    about_you = window.about_you_page()
    about_you.roles.buttons.button(0).click()
    shot("about-you")
    flow.assessment.leave()
    shot("welcome-resume")
    sheet = read_sheet(ROOT / "examples" / "answers-product-leaning.json")

    def finished(answers: dict[str, int], when: str) -> int:
        done = replace(sheet_of(bank, answers), finished_at=when)
        result = score(bank, done)
        fits = {r.id: r.fit for r in result.roles if r.fit is not None}
        return add_attempt(store, done, result.verdict.lean, result.verdict.label, fits)

    finished(known_answers(bank, flipped=True), "2026-01-05T10:00:00+00:00")
    morning = finished(dict(sheet.answers), "2026-12-06T09:12:00+00:00")
    mixed = {**dict(sheet.answers), **dict(list(known_answers(bank, flipped=True).items())[::3])}
    newer = finished(mixed, "2026-12-06T16:40:00+00:00")
    flow.past.open_attempt(newer)
    result_page = window.result_page()
    scroll_through("result", result_page)
    for toggle in result_page.findChildren(QPushButton):
        if toggle.objectName().endswith("Toggle"):
            toggle.click()
    scroll_through("result-tables", result_page)
    flow.past.show_history()
    history = window.history_page()
    history.list.setCurrentRow(0)
    shot("history")
    history.compare_button.click()
    settle()
    shot("history-compare-menu", history.compare_menu)
    history.compare_menu.close()
    history.delete_button.click()
    settle()
    dialog = next(d for d in window.findChildren(QDialog, "confirmBox") if d.isVisible())
    shot("delete-question", dialog)
    dialog.reject()
    flow.past.compare_attempts(morning, newer)
    scroll_through("compare", window.compare_page())
    flow.past.open_attempt(newer)
    window.notify(
        QCoreApplication.translate("Flow", "PDF saved"),
        QCoreApplication.translate("Flow", "Your summary is saved as {path}.").format(
            path="/home/olena.kovalchuk/Documents/pmfit results/pmfit-result-2026-12-06.pdf"
        ),
        action=Action(QCoreApplication.translate("Flow", "Open folder"), lambda: None),
    )
    shot("pdf-saved")
    flow.show_welcome()
    shot("welcome-with-past-results")
    print("\n".join(shots))
    window.close()
    store.close()
    sys.exit(0)


if __name__ == "__main__":
    main()
