"""``pmfit history export --all -o FOLDER``: every finished attempt as a sheet for a pilot to pool, with what
the person said about themselves and nothing that tells who they are; names that sort and never collide;
nothing replaced, everything or nothing written; and the folder feeds ``pmfit bank analyze``."""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from pmfit.core.answers import AnswerSheet, BankRef, Respondent, read_sheet
from pmfit.core.attempts import record_of
from pmfit.core.bank import Bank
from pmfit.core.scoring import score
from pmfit.storage.store import Store
from tests.cli.test_cli import run
from tests.conftest import every_item_answered, sheet_of
from tests.core.simulate import respondents, role_means

NAME = re.compile(r"pmfit-(\d{4}-\d\d-\d\d)-(\d{6})-[0-9a-f]{8}\.json")


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    return folder


def finish(data: Path, bank: Bank, sheet: AnswerSheet) -> int:
    """Store ``sheet`` as the app does when a person sees their result; returns the attempt's id."""
    with Store.open(data) as store:
        return store.finish_attempt(sheet, record_of(score(bank, sheet)))


def taken(bank: Bank, finished: str, said: Respondent | None, first: int = 1) -> AnswerSheet:
    sheet = every_item_answered(bank).with_answer(bank.main_items[0].id, first, 3.5)
    return replace(sheet, started_at=finished.replace(":59", ":40"), finished_at=finished, respondent=said)


def exported(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_one_sheet_per_attempt_with_what_the_person_said_and_no_time_of_day(
    data: Path, tmp_path: Path, bank: Bank
) -> None:
    first = finish(data, bank, taken(bank, "2026-11-26T09:14:59+02:00", Respondent("product_manager", 3)))
    second = finish(data, bank, taken(bank, "2026-11-25T18:02:59+00:00", None, first=2))
    folder = tmp_path / "pilot" / "laptop-7"  # neither exists yet
    code, out, err = run("history", "export", "--all", "-o", str(folder))
    assert (code, err) == (0, "") and out == f"Wrote 2 answer sheets to {folder}.\n"
    names = exported(folder)
    assert [NAME.fullmatch(name).groups() for name in names] == [  # type: ignore[union-attr]
        ("2026-11-25", f"{second:06d}"),  # sorted by the day finished, in UTC
        ("2026-11-26", f"{first:06d}"),
    ]
    with_role, without = (json.loads((folder / name).read_text(encoding="utf-8")) for name in names[::-1])
    assert with_role["respondent"] == {"current_role": "product_manager", "years": 3}
    assert "respondent" not in without
    for sheet in (with_role, without):
        # What a sheet can hold, and no more (the format refuses any other field: there is no name).
        assert set(sheet) == {"format", "bank", "answers", "started_at", "finished_at", "seconds"} | (
            {"respondent"} if "respondent" in sheet else set()
        )
        assert sheet["started_at"].endswith("T00:00:00+00:00")
        assert sheet["finished_at"].endswith("T00:00:00+00:00")
        assert sheet["seconds"] == {bank.main_items[0].id: 3.5}  # what the quality flags read is kept
    assert with_role["finished_at"] == "2026-11-26T00:00:00+00:00"  # 07:14 UTC that day
    assert with_role["answers"] == taken(bank, "2026-11-26T09:14:59+02:00", None).answers
    # Each file is a sheet pmfit reads back, and imports, as any other.
    for name in names:
        assert read_sheet(folder / name).respondent in (None, Respondent("product_manager", 3))


def test_run_again_adds_only_what_is_new(data: Path, tmp_path: Path, bank: Bank) -> None:
    finish(data, bank, taken(bank, "2026-11-26T09:14:59+00:00", Respondent("both", None)))
    folder = tmp_path / "out"
    assert run("history", "export", "--all", "-o", str(folder))[0] == 0
    before = {name: (folder / name).stat().st_mtime_ns for name in exported(folder)}
    code, out, _ = run("history", "export", "--all", "-o", str(folder))
    assert code == 0 and out == "1 sheet already there with the same contents, left as they are.\n"
    finish(data, bank, taken(bank, "2026-11-27T10:00:59+00:00", Respondent("other", 1)))
    code, out, _ = run("history", "export", "--all", "-o", str(folder))
    assert code == 0 and out.splitlines() == [
        f"Wrote 1 answer sheet to {folder}.",
        "1 sheet already there with the same contents, left as they are.",
    ]
    assert len(exported(folder)) == 2
    assert {name: (folder / name).stat().st_mtime_ns for name in before} == before  # untouched


def test_two_computers_pool_into_one_folder_without_a_clash(
    data: Path, tmp_path: Path, bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Everyone's first attempt of a pilot day has the same id and day: the names still differ."""
    pooled = tmp_path / "pooled"
    for laptop, first in (("a", 1), ("b", 2)):
        monkeypatch.setenv("PMFIT_DATA_DIR", str(tmp_path / laptop))
        attempt = finish(tmp_path / laptop, bank, taken(bank, "2026-11-26T09:00:59+00:00", None, first))
        assert attempt == 1
        assert run("history", "export", "--all", "-o", str(pooled))[0] == 0
    assert len(exported(pooled)) == 2


def test_a_file_with_other_contents_is_never_replaced_and_nothing_is_written(
    data: Path, tmp_path: Path, bank: Bank
) -> None:
    for day in (24, 25, 26):
        finish(data, bank, taken(bank, f"2026-11-{day}T09:00:59+00:00", None, first=day % 5 + 1))
    folder = tmp_path / "out"
    assert run("history", "export", "--all", "-o", str(folder))[0] == 0
    names = exported(folder)
    for name in names:
        os.remove(folder / name)
    (folder / names[0]).write_text("a note someone kept here\n", encoding="utf-8")
    (folder / names[2]).write_text("{}", encoding="utf-8")
    code, out, err = run("history", "export", "--all", "-o", str(folder))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"pmfit: {folder / name} is there with other contents; nothing was replaced or written "
        "(move it away first)"
        for name in (names[0], names[2])
    ]  # one line per problem
    assert exported(folder) == [names[0], names[2]]  # not even the file that had its place free
    assert (folder / names[0]).read_text(encoding="utf-8") == "a note someone kept here\n"


def test_a_link_or_a_folder_in_the_way_is_refused(data: Path, tmp_path: Path, bank: Bank) -> None:
    finish(data, bank, taken(bank, "2026-11-26T09:00:59+00:00", None))
    folder = tmp_path / "out"
    assert run("history", "export", "--all", "-o", str(folder))[0] == 0
    (name,) = exported(folder)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes((folder / name).read_bytes())  # even with the same bytes behind it
    os.remove(folder / name)
    (folder / name).symlink_to(elsewhere)
    code, _, err = run("history", "export", "--all", "-o", str(folder))
    assert code == 2 and "is a symbolic link; pmfit never writes through one" in err
    os.remove(folder / name)
    (folder / name).mkdir()
    code, _, err = run("history", "export", "--all", "-o", str(folder))
    assert (
        code == 2 and err == f"pmfit: {folder / name} is a folder, not an answer sheet; nothing was written\n"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["history", "export", "-o", "x"], "give an attempt ID, or --all for every finished attempt"),
        (["history", "export", "1", "--all", "-o", "x"], "give an attempt ID or --all, not both"),
        (["history", "export", "--all"], "the following arguments are required: -o/--output"),
    ],
)
def test_usage_mistakes_are_one_line(data: Path, argv: list[str], message: str) -> None:
    code, out, err = run(*argv)
    assert (code, out) == (2, "") and err.startswith(f"pmfit: {message}") and err.count("\n") == 1


def test_a_file_where_the_folder_should_be(data: Path, tmp_path: Path, bank: Bank) -> None:
    finish(data, bank, taken(bank, "2026-11-26T09:00:59+00:00", None))
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    assert run("history", "export", "--all", "-o", str(blocker)) == (
        2,
        "",
        f"pmfit: {blocker} is not a folder\n",
    )
    assert run("history", "export", "--all", "-o", str(blocker / "sub")) == (
        2,
        "",
        f"pmfit: cannot make the folder {blocker / 'sub'}: {blocker} is not a folder\n",
    )


def test_no_attempts_writes_nothing(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    assert run("history", "export", "--all", "-o", str(folder)) == (
        0,
        "No finished attempts to export.\n",
        "",
    )
    assert not folder.exists()


def test_a_full_disk_leaves_nothing_behind(
    data: Path, tmp_path: Path, bank: Bank, small_disk: Callable[[str], Path]
) -> None:
    for day in range(1, 29):
        finish(data, bank, taken(bank, f"2026-11-{day:02d}T09:00:59+00:00", None, first=day % 5 + 1))
    disk = small_disk("16k")  # room for a few sheets of a few kilobytes, not for 28
    code, out, err = run("history", "export", "--all", "-o", str(disk / "new" / "folder"))
    assert (code, out) == (2, "")
    assert err.startswith("pmfit: cannot write ") and err.rstrip().endswith("; nothing was written")
    assert list(disk.iterdir()) == []  # no sheet, no temporary file, not even the folders it made


def test_the_single_export_keeps_the_sheet_as_it_was_with_its_respondent(
    data: Path, tmp_path: Path, bank: Bank
) -> None:
    sheet = taken(bank, "2026-11-26T09:14:59+02:00", Respondent("project_manager", 12))
    attempt = finish(data, bank, sheet)
    path = tmp_path / "moved.json"
    assert run("history", "export", str(attempt), "-o", str(path))[0] == 0
    assert read_sheet(path) == sheet  # to the second: this one moves an attempt, it is not pooled
    assert run("import", str(path))[1].startswith("Already in your history")


# --------------------------------------------------------------------------------------- into analyze


def cohort(bank: Bank, role: str | None, count: int, rng: random.Random, day: int) -> list[AnswerSheet]:
    answers = respondents(
        bank, count, rng, {s.id: 1.0 for s in bank.scales}, means=role_means(bank, role or "x", 1.2)
    )
    return [
        replace(
            sheet_of(bank, given),
            bank=BankRef(bank.id, bank.version, "en"),
            started_at=f"2026-03-{day:02d}T09:{n % 60:02d}:00+00:00",
            finished_at=f"2026-03-{day:02d}T10:{n % 60:02d}:00+00:00",
            respondent=Respondent(role, n % 7) if role else None,
        )
        for n, given in enumerate(answers)
    ]


def test_exported_sheets_feed_the_known_groups_as_the_sheets_themselves_would(
    data: Path, tmp_path: Path, bank: Bank
) -> None:
    rng = random.Random(17)
    sheets = cohort(bank, "product_manager", 22, rng, 2) + cohort(bank, "project_manager", 21, rng, 3)
    sheets += cohort(bank, "other", 3, rng, 3) + cohort(bank, None, 2, rng, 4)
    direct = tmp_path / "direct"
    direct.mkdir()
    for number, sheet in enumerate(sheets):
        finish(data, bank, sheet)
        (direct / f"{number:03d}.json").write_text(sheet.dumps(), encoding="utf-8")
    folder = tmp_path / "pooled"
    assert run("history", "export", "--all", "-o", str(folder))[0] == 0
    assert len(exported(folder)) == 48

    def analyze(paths: list[Path]) -> dict[str, object]:
        code, out, err = run("bank", "analyze", *map(str, paths), "--json")
        assert (code, err) == (0, "")
        return dict(json.loads(out))

    pooled = analyze(sorted(folder.iterdir()))
    groups = pooled["known_groups"]
    assert isinstance(groups, dict)
    assert groups["n"] == {"product_manager": 22, "project_manager": 21}
    assert isinstance(groups["auc"], float) and groups["auc"] > 0.75  # the groups were made apart
    assert all(isinstance(scale["d"], float) for scale in groups["scales"].values())
    # Pooling keeps every figure: the same report as the sheets as they were taken.
    assert pooled == analyze(sorted(direct.iterdir()))
    code, out, _ = run("bank", "analyze", *map(str, sorted(folder.iterdir())))
    assert code == 0 and "Product Managers 22, Project Managers 21" in out
