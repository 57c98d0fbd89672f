"""``pmfit bank check``, ``show`` and ``analyze``: validate a question bank, print it, or pilot it."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from pmfit.cli.errors import LintFailed, UsageError
from pmfit.cli.terminal import dump_json
from pmfit.cli.words import translate

if TYPE_CHECKING:
    from pmfit.core.bank import Bank

EXIT_OK = 0


def _print_bank_summary(bank: Bank, out: TextIO) -> None:
    from pmfit.core.length import asked_items, estimated_minutes

    asked, held = len(asked_items(bank)), len(bank.tiebreaker_items)
    minutes = estimated_minutes(bank)  # a plain name: lupdate reads only that as a count
    print(
        translate("Cli", "{title}: bank {id} {version} ({language})").format(
            title=bank.bank.title, id=bank.id, version=bank.version, language=bank.language
        ),
        file=out,
    )
    print(
        translate("Cli", "%n question(s) asked", "", asked)
        + "; "
        + translate("Cli", "%n tie-breaker(s) held back", "", held)
        + "; "
        + translate("Cli", "about %n minute(s)", "", minutes),
        file=out,
    )
    for role in bank.roles:
        titles = ", ".join(s.title for s in bank.scales_of_role(role.id))
        print(f"  {role.title}: {titles}", file=out)


def run_bank(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from pmfit.core.bank import load_bank, neighbour_clashes

    if args.bank_command == "check":
        from pmfit.core.lint import lint_bank

        bank = load_bank(args.path, language=args.language)
        name = args.path or translate("Cli", "bundled bank")
        findings = lint_bank(bank)
        if args.strict and findings:
            for finding in findings:
                print(f"lint: {finding}", file=out)
            count = len(findings)
            raise LintFailed(
                translate("Cli", "{name}: %n lint problem(s), listed above (--strict)", "", count).format(
                    name=name
                )
            )
        print(translate("Cli", "OK: {name}").format(name=name), file=out)
        _print_bank_summary(bank, out)
        for before, after, shared in neighbour_clashes(bank):
            print(
                "  "
                + translate(
                    "Cli", "note: items '{before}' and '{after}' follow each other and both measure {scales}"
                ).format(before=before, after=after, scales=", ".join(sorted(shared))),
                file=out,
            )
        for finding in findings:
            print("  " + translate("Cli", "warning: {finding}").format(finding=finding), file=out)
        count = len(findings)
        if count:
            print(translate("Cli", "%n lint warning(s); --strict makes them errors", "", count), file=out)
        return EXIT_OK
    if args.bank_command == "show":
        bank = load_bank(args.bank, language=args.language)
        if args.json:
            json.dump(bank_as_json(bank), out, ensure_ascii=False, indent=2)
            print(file=out)
        else:
            _print_bank_summary(bank, out)
            for number, item in enumerate(bank.main_items, start=1):
                print(f"{number:3}. [{item.kind}] {item.text}", file=out)
        return EXIT_OK
    if args.bank_command == "analyze":
        return run_analyze(args, out, err)
    if args.bank_command == "keying":
        from pmfit.cli.keying import run_keying

        return run_keying(args, out)
    raise UsageError(
        translate("Cli", "bank needs an action: analyze, check, keying or show (see 'pmfit bank --help')")
    )


# ------------------------------------------------------------------------------------- analyze


def run_analyze(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``pmfit bank analyze SHEET.json...``: the pilot report of many answer sheets of one bank (sheets of
    its earlier versions scored with their own, for the known groups; see ``pmfit.core.pilot``)."""
    from pmfit.cli.pilot import analysis_json, print_analysis
    from pmfit.cli.pilot_validity import duplicate_warnings, notes, print_validity, validity_json
    from pmfit.core.answers import read_sheet
    from pmfit.core.bank import earlier_version, load_bank
    from pmfit.core.pilot import run_pilot

    bank = load_bank(args.bank, language=args.language)
    named = [(path, read_sheet(path)) for path in args.sheets]  # its errors already name the file
    pilot = run_pilot(bank, named, lambda version: earlier_version(bank, version))
    for warning in duplicate_warnings(pilot):
        print(f"pmfit: {warning}", file=err)
    if args.json:
        dump_json({**analysis_json(pilot.report), **validity_json(pilot)}, out)
    else:
        print_analysis(bank, pilot.report, out, notes(pilot))
        print_validity(bank, pilot, out)
    return EXIT_OK


# --------------------------------------------------------------------------------------- bank show


def bank_as_json(bank: Bank) -> dict[str, Any]:
    """The public JSON shape of a bank (the ``pmfit bank show --json`` contract)."""
    from pmfit.core.length import estimated_seconds
    from pmfit.core.quick_order import quick_minutes, quick_order

    return {
        "id": bank.id,
        "version": bank.version,
        "language": bank.language,
        "title": bank.bank.title,
        "estimated_minutes": round(estimated_seconds(bank) / 60, 1),
        "quick_minutes": round(quick_minutes(bank), 1),
        "facts_as_of": "{:04d}-{:02d}".format(*bank.facts_as_of) if bank.facts_as_of else None,
        "roles": [{"id": r.id, "title": r.title, "weights": dict(r.weights)} for r in bank.roles],
        "scales": [{"id": s.id, "title": s.title, "role": s.role} for s in bank.scales],
        "items": [item.as_json() for item in bank.items],
        "quick_order": list(quick_order(bank)),
    }
