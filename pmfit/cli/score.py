"""``pmfit score`` and ``pmfit export``: a sheet's result as readable text, JSON or the PDF summary."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from pmfit.cli.errors import UsageError
from pmfit.cli.terminal import escape
from pmfit.cli.words import translate

if TYPE_CHECKING:
    from pmfit.core.answers import AnswerSheet
    from pmfit.core.bank import Bank
    from pmfit.core.scoring import Result
    from pmfit.core.settle import FormStatus

EXIT_OK = 0


def print_result(bank: Bank, result: Result, out: TextIO, form: FormStatus | None = None) -> None:
    """The readable summary, in the words the result screen and the PDF use (in the language installed by
    the command: see ``pmfit.cli.commands``); a quick form's says so, and whether it settled."""
    from pmfit.cli.text_report import print_content
    from pmfit.render.content import result_content

    print_content(result_content(bank, result, form=form), out)


def run_score(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.core.scoring import result_json

    bank, sheet, result = _load_scored(args.sheet, args.bank, args.language)
    form = _form(bank, sheet)
    if args.json:
        data = result_json(result) | {"form": form.form, "settled": form.settled}
        json.dump(data, out, ensure_ascii=False, indent=2)
        print(file=out)
    else:
        print_result(bank, result, out, form)
    return EXIT_OK


def _form(bank: Bank, sheet: AnswerSheet) -> FormStatus:
    """Which form the sheet answered, and whether its verdict is settled (a full form: by being one)."""
    from pmfit.core.settle import form_status

    return form_status(bank, sheet)


def _load_scored(sheet_path: str, bank_path: str | None, language: str) -> tuple[Bank, AnswerSheet, Result]:
    """The sheet scored with the bank it answers: ``--bank``, else the bundled one in ``language``, or, for
    a sheet of an earlier bundled version, that version (kept in questions/*/archive/)."""
    from pmfit.core.answers import SheetError, check_against_bank, read_sheet
    from pmfit.core.attempts import bundled_versions, scoring_bank
    from pmfit.core.bank import load_bank
    from pmfit.core.scoring import score

    current = load_bank(bank_path, language=language)
    sheet = read_sheet(sheet_path)
    earlier = bundled_versions(current) if bank_path is None else None  # a bank named is the one used
    bank = scoring_bank(sheet, current, earlier)
    try:
        check_against_bank(sheet, bank)
    except SheetError as error:
        raise error.at(sheet_path) from None
    return bank, sheet, score(bank, sheet)


def prepare_export() -> None:
    """Make the GUI application the PDF needs (headless unless a display is there): before anything else,
    since Qt allows one application, and the translations go into it."""
    import os

    # Headless by default: the PDF needs Qt's fonts, never a window.
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pmfit.report import ensure_gui_app

    ensure_gui_app()


def run_export(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.render.content import result_content
    from pmfit.report import ExportError, export_pdf

    prepare_export()  # done already when the command line chose its language (commands._speak)
    bank, sheet, result = _load_scored(args.sheet, args.bank, args.language)
    content = result_content(bank, result, form=_form(bank, sheet))
    try:
        written = export_pdf(bank, result, args.output, name=args.name, content=content)
    except ExportError as error:
        raise UsageError(str(error)) from None
    print(translate("Cli", "Wrote {path}").format(path=escape(str(written))), file=out)
    return EXIT_OK
