"""What ``pmfit desktop install`` and ``uninstall`` say, in the person's language: each line of what they
did (or, in a dry run, would do), why a file is left alone, and why a run failed.

Kept apart from :mod:`pmfit.system.desktop`, which decides what to do; every sentence is whole here, so
that a translator sees it whole (a sentence glued from pieces cannot be translated well).
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def unchanged(path: Path) -> str:
    return translate("Desktop", "unchanged {path}").format(path=path)


def written(path: Path, dry_run: bool) -> str:
    text = translate("Desktop", "would write {path}") if dry_run else translate("Desktop", "wrote {path}")
    return text.format(path=path)


def replaced(path: Path, why: str, dry_run: bool) -> str:
    text = (
        translate("Desktop", "would replace {path} (--force: {why})")
        if dry_run
        else translate("Desktop", "replaced {path} (--force: {why})")
    )
    return text.format(path=path, why=why)


def kept(path: Path, why: str, *, force_replaces: bool = False) -> str:
    if force_replaces:
        return translate(
            "Desktop", "kept {path}: {why} ('pmfit desktop install --force' replaces it)"
        ).format(path=path, why=why)
    return translate("Desktop", "kept {path}: {why}").format(path=path, why=why)


def made_folder(folder: Path, dry_run: bool) -> str:
    text = (
        translate("Desktop", "would make folder {path}")
        if dry_run
        else translate("Desktop", "made folder {path}")
    )
    return text.format(path=folder)


def recorded(path: Path, dry_run: bool) -> str:
    text = (
        translate("Desktop", "would record what is installed in {path}")
        if dry_run
        else translate("Desktop", "recorded what is installed in {path}")
    )
    return text.format(path=path)


def ran(command: str, dry_run: bool) -> str:
    text = translate("Desktop", "would run {command}") if dry_run else translate("Desktop", "ran {command}")
    return text.format(command=command)


def removed(path: Path, dry_run: bool) -> str:
    text = translate("Desktop", "would remove {path}") if dry_run else translate("Desktop", "removed {path}")
    return text.format(path=path)


def removed_folder(folder: Path, dry_run: bool) -> str:
    text = (
        translate("Desktop", "would remove the empty folder {path}")
        if dry_run
        else translate("Desktop", "removed the empty folder {path}")
    )
    return text.format(path=folder)


def nothing_in_menu() -> str:
    return translate("Desktop", "nothing of pmfit's was in the menu")


# --- why a file is left alone ------------------------------------------------------------------------------


def changed_since() -> str:
    return translate("Desktop", "it changed after pmfit wrote it")


def no_hash_to_tell() -> str:
    return translate(
        "Desktop", "it is not what pmfit writes there, and pmfit's older record has no hash to tell"
    )


def not_written_by_pmfit() -> str:
    return translate("Desktop", "pmfit did not write it")


def a_link() -> str:
    return translate("Desktop", "it is a symbolic link, which pmfit never makes")


def not_a_file_pmfit_wrote(kind: str) -> str:
    """``kind`` is :func:`pmfit.core.files.file_kind`'s English words ("a folder")."""
    return translate("Desktop", "it is {what}, not a file pmfit wrote").format(
        what=translate("Problems", kind)
    )


# --- why nothing was changed ----------------------------------------------------------------------------


def not_here() -> str:
    return translate(
        "Desktop",
        "'pmfit desktop' puts pmfit into a Linux (freedesktop.org) menu; on Windows and macOS install the "
        "bundle instead (see README.md, 'Install')",
    )


def in_the_way(folder: Path, candidate: Path) -> str:
    return translate(
        "Desktop",
        "cannot make the folder {folder}: {path} is in the way (it is not a folder), so nothing was changed; "
        "move it away and run 'pmfit desktop install' again",
    ).format(folder=folder, path=candidate)


def through_a_link(path: Path, target: str | None) -> str:
    if target is None:
        return translate(
            "Desktop",
            "{path} is a symbolic link; pmfit never writes through a link, so nothing was changed: remove "
            "the link and run 'pmfit desktop install' again",
        ).format(path=path)
    return translate(
        "Desktop",
        "{path} is a symbolic link (to {target}); pmfit never writes through a link, so nothing was changed: "
        "remove the link and run 'pmfit desktop install' again",
    ).format(path=path, target=target)


def not_replaceable(path: Path, kind: str) -> str:
    return translate(
        "Desktop",
        "{path} is {what}, not a file pmfit can replace, so nothing was changed: move it away and run "
        "'pmfit desktop install' again",
    ).format(path=path, what=translate("Problems", kind))


def failed(action: str, path: Path, error: OSError, owner: str | None, installing: bool, command: str) -> str:
    """Why a batch failed, that nothing changed, and what the person can do before running ``command``
    again. ``action`` is the batch's own word for the step (file_batch: "make the folder", "write",
    "remove")."""
    where = path.parent
    step = {
        "make the folder": translate("Desktop", "cannot make the folder {path}"),
        "write": translate("Desktop", "cannot write {path}"),
        "remove": translate("Desktop", "cannot remove {path}"),
    }.get(action, translate("Desktop", "cannot change {path}"))
    head = step.format(path=path)
    nothing = (
        translate("Desktop", "nothing was installed")
        if installing
        else translate("Desktop", "nothing was removed")
    )
    values = {"head": head, "nothing": nothing, "where": where, "command": command, "owner": owner}
    code = error.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        text = translate(
            "Desktop",
            "{head}: the disk is full, so {nothing}; free some space on it and run '{command}' again",
        )
    elif code == errno.EACCES and owner is not None:
        text = translate(
            "Desktop",
            "{head}: {where} belongs to {owner}, not to you, so {nothing}; make it yours and run "
            "'{command}' again",
        )
    elif code == errno.EACCES:
        text = translate(
            "Desktop",
            "{head}: you have no write permission in {where}, so {nothing}; give yourself write permission "
            "there (chmod u+w) and run '{command}' again",
        )
    elif code == errno.EPERM:
        text = translate(
            "Desktop",
            "{head}: the system does not allow it (is it or {where} append-only or immutable? see 'lsattr -d "
            "{where}'), so {nothing}; lift that and run '{command}' again",
        )
    elif code == errno.EROFS:
        text = translate("Desktop", "{head}: {where} is on a read-only disk, so {nothing}")
    else:
        text = translate("Desktop", "{head}: {reason}, so {nothing}")
        values["reason"] = error.strerror or str(error)
    return text.format(**values)
