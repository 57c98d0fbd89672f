"""``pmfit desktop install`` and ``pmfit desktop uninstall``: pmfit in (or out of) this person's menu.

The work is in :mod:`pmfit.system.desktop`; this turns its lines into output and its failures into the
one-line error every command gives.
"""

from __future__ import annotations

import argparse
import shlex
from typing import TextIO

from pmfit.cli.history import CommandError
from pmfit.cli.parser import UsageError
from pmfit.system.appid import APP_ID


def run_desktop(args: argparse.Namespace, out: TextIO) -> int:
    from pmfit.system import desktop
    from pmfit.system.datadir import data_folder

    if args.desktop_command not in {"install", "uninstall"}:
        raise UsageError("desktop needs an action: install or uninstall (see 'pmfit desktop --help')")
    try:
        desktop.check_platform()
        share = desktop.data_home()
        manifest = data_folder() / desktop.MANIFEST_NAME
        if args.desktop_command == "install":
            command = desktop.running_pmfit()
            lines = desktop.install(share, command, manifest, dry_run=args.dry_run)
            entry = share / "applications" / f"{APP_ID}.desktop"
            closing = (
                f"Dry run: nothing was changed. The menu entry would start: {shlex.join(command)}"
                if args.dry_run
                else f"pmfit is in your application menu ({entry}); it starts: {shlex.join(command)}"
            )
        else:
            lines = desktop.uninstall(share, manifest, dry_run=args.dry_run)
            closing = (
                "Dry run: nothing was changed."
                if args.dry_run
                else "pmfit's menu entry, icons and metainfo are gone; your answers and results are kept."
            )
    except desktop.DesktopError as error:
        raise CommandError(str(error)) from None
    for line in lines:
        print(line, file=out)
    print(closing, file=out)
    return 0
