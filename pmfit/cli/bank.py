"""``pmfit bank check`` and ``pmfit bank show``: validate a question bank, or print it."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from pmfit.cli.parser import UsageError

if TYPE_CHECKING:
    from pmfit.core.bank import Bank

EXIT_OK = 0


def _print_bank_summary(bank: Bank, out: TextIO) -> None:
    tiebreakers = len(bank.tiebreaker_items)
    print(f"{bank.bank.title}: bank {bank.id} {bank.version} ({bank.language})", file=out)
    print(
        f"{len(bank.main_items)} questions asked, {tiebreakers} tie-breakers held back; "
        f"estimated completion {bank.estimated_minutes():.1f} minutes",
        file=out,
    )
    for role in bank.roles:
        titles = ", ".join(s.title for s in bank.scales_of_role(role.id))
        print(f"  {role.title}: {titles}", file=out)


def run_bank(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.core.bank import bank_as_json, load_bank, neighbour_clashes

    if args.bank_command == "check":
        bank = load_bank(args.path)
        print(f"OK: {args.path or 'bundled bank'}", file=out)
        _print_bank_summary(bank, out)
        for before, after, shared in neighbour_clashes(bank):
            print(
                f"  note: items '{before}' and '{after}' follow each other and both measure "
                f"{', '.join(sorted(shared))}",
                file=out,
            )
        return EXIT_OK
    if args.bank_command == "show":
        bank = load_bank(args.bank)
        if args.json:
            json.dump(bank_as_json(bank), out, ensure_ascii=False, indent=2)
            print(file=out)
        else:
            _print_bank_summary(bank, out)
            for number, item in enumerate(bank.main_items, start=1):
                print(f"{number:3}. [{item.kind}] {item.text}", file=out)
        return EXIT_OK
    raise UsageError("bank needs an action: check or show (see 'pmfit bank --help')")
