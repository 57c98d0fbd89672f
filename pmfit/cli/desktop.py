"""``pmfit desktop install`` and ``pmfit desktop uninstall``: pmfit in (or out of) this person's menu.

The work is in :mod:`pmfit.system.desktop`; this turns its lines into output and its failures into the
one-line error every command gives.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pmfit.cli.errors import CommandError, UsageError
from pmfit.cli.words import translate
from pmfit.system.appid import APP_ID

if TYPE_CHECKING:
    from pmfit.system.desktop import Outcome


def run_desktop(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.system import desktop
    from pmfit.system.datadir import data_folder

    if args.desktop_command not in {"install", "uninstall"}:
        raise UsageError(
            translate("Cli", "desktop needs an action: install or uninstall (see 'pmfit desktop --help')")
        )
    try:
        desktop.check_platform()
        share = desktop.data_home()
        manifest = data_folder() / desktop.MANIFEST_NAME
        command = desktop.running_pmfit()
        if args.desktop_command == "install":
            outcome = desktop.install(share, command, manifest, dry_run=args.dry_run, force=args.force)
            closing = _install_closing(share / "applications" / f"{APP_ID}.desktop", command, outcome, args)
        else:
            outcome = desktop.uninstall(share, manifest, command, dry_run=args.dry_run)
            closing = _uninstall_closing(outcome, args)
    except desktop.DesktopError as error:
        raise CommandError(str(error)) from None
    for line in outcome.lines:
        print(line, file=out)
    print(closing, file=out)
    return 0


def _install_closing(entry: Path, command: list[str], outcome: Outcome, args: argparse.Namespace) -> str:
    starts = shlex.join(command)
    dry = translate("Cli", "Dry run: nothing was changed.") + " " if args.dry_run else ""
    if entry in outcome.kept:
        return dry + translate(
            "Cli",
            "The menu entry {entry} is not pmfit's, so it is kept and may not start this pmfit ({starts}); "
            "'pmfit desktop install --force' replaces it.",
        ).format(entry=entry, starts=starts)
    if args.dry_run:
        return dry + translate("Cli", "The menu entry would start: {starts}").format(starts=starts)
    return translate("Cli", "pmfit is in your application menu ({entry}); it starts: {starts}").format(
        entry=entry, starts=starts
    )


def _uninstall_closing(outcome: Outcome, args: argparse.Namespace) -> str:
    if args.dry_run:
        return translate("Cli", "Dry run: nothing was changed.")
    if outcome.kept:
        return translate(
            "Cli",
            "pmfit's own menu entry, icons and metainfo are gone; the files marked 'kept' are not pmfit's "
            "and stay. Your answers and results are kept.",
        )
    return translate(
        "Cli", "pmfit's menu entry, icons and metainfo are gone; your answers and results are kept."
    )
