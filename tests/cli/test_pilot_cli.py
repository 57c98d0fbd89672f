"""``pmfit bank analyze`` as a pilot kit: known groups and the two languages in the JSON contract and the
readable report, copies of a sheet counted once with a warning, sheets of an earlier bank version, and
what it says when there are too few sheets for its figures to mean anything."""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from pmfit.core.answers import BankRef, Respondent
from pmfit.core.bank import Bank
from tests.cli.test_cli import run
from tests.conftest import TINY_BANK, archived_bank, sheet_of
from tests.core.simulate import respondents, role_means


def write_cohort(
    folder: Path,
    bank: Bank,
    role: str | None,
    count: int,
    rng: random.Random,
    language: str = "en",
    separation: float = 1.0,
    tag: str = "",
) -> list[Path]:
    means = role_means(bank, role, separation) if role else {}
    paths = []
    for n, given in enumerate(
        respondents(bank, count, rng, {s.id: 1.0 for s in bank.scales}, means=means, choice_noise=1.0)
    ):
        sheet = replace(
            sheet_of(bank, given),
            bank=BankRef(bank.id, bank.version, language),
            started_at=f"2026-03-01T{n // 60:02d}:{n % 60:02d}:00+00:00",
            respondent=Respondent(role, 2) if role else None,
        ).finished()
        path = folder / f"{tag}{role}-{language}-{n:03}.json"
        path.write_text(sheet.dumps(), encoding="utf-8")
        paths.append(path)
    return paths


def analyze(*paths: Path, json_out: bool = True, lang: str = "en") -> tuple[dict | str, str]:
    code, out, err = run(
        "bank", "analyze", *map(str, paths), "--lang", lang, *(["--json"] if json_out else [])
    )
    assert code == 0, err
    return (json.loads(out) if json_out else out), err


@pytest.fixture(scope="module")
def pilot(tmp_path_factory: pytest.TempPathFactory, bank: Bank) -> list[Path]:
    """A pilot of the bundled bank: 25 Product and 22 Project Managers in English, 8 more in Ukrainian, 6
    who did not say, and 5 Product Managers who answered the earlier version 1.0.0."""
    folder = tmp_path_factory.mktemp("pilot")
    rng = random.Random(21)
    paths = write_cohort(folder, bank, "product_manager", 25, rng)
    paths += write_cohort(folder, bank, "project_manager", 22, rng)
    paths += write_cohort(folder, bank, "project_manager", 8, rng, language="uk")
    paths += write_cohort(folder, bank, None, 6, rng)
    paths += write_cohort(folder, archived_bank("1.0.0"), "product_manager", 5, rng, tag="old-")
    return paths


def test_json_carries_known_groups_and_languages_in_the_contract_shape(pilot: list[Path], bank: Bank) -> None:
    data, err = analyze(*pilot)
    assert err == ""
    assert data["sheets"] == 61 and data["earlier_versions"] == {"1.0.0": 5} and data["duplicates"] == []
    assert data["minimum"] == {"sheets": 30, "group": 20, "language": 30}
    groups = data["known_groups"]
    assert set(groups) == {"n", "auc", "hit_rate", "scales", "cutoff"}
    assert groups["n"] == {"product_manager": 30, "project_manager": 30}
    assert isinstance(groups["auc"], float) and groups["auc"] > 0.8
    assert isinstance(groups["hit_rate"], float) and 0 <= groups["hit_rate"] <= 1
    assert isinstance(groups["cutoff"], float)
    assert list(groups["scales"]) == [s.id for s in bank.scales]
    assert all(set(v) == {"d"} and isinstance(v["d"], float) for v in groups["scales"].values())
    (languages,) = data["languages"]
    assert languages["reference"] == "en" and languages["focal"] == "uk"
    assert languages["n"] == {"en": 53, "uk": 8}
    assert languages["items"] is None and languages["flagged"] == []


def test_the_readable_report_says_what_is_too_small(pilot: list[Path]) -> None:
    out, _ = analyze(*pilot, json_out=False)
    lines = out.splitlines()
    assert (
        "  5 sheets of earlier version 1.0.0: scored with that version, for the known groups only." in lines
    )
    assert (
        "Known groups (people who said what they do now): Product Managers 30, Project Managers 30" in lines
    )
    assert any(re.match(r"  AUC [01]\.\d\d: in \d+% of pairs", line) for line in lines)
    assert any(line.startswith("  Hit rate ") for line in lines)
    assert "Languages compared, uk against en: sheets in uk 8, in en 53" in lines
    assert (
        "  Too few to say anything yet: at least 30 sheets in each language are needed "
        "(22 more in uk, 0 more in en)." in lines
    )


def test_groups_too_small_say_how_many_more(tmp_path: Path, bank: Bank) -> None:
    rng = random.Random(2)
    paths = write_cohort(tmp_path, bank, "product_manager", 4, rng) + write_cohort(
        tmp_path, bank, "project_manager", 19, rng
    )
    data, _ = analyze(*paths)
    assert data["known_groups"] == {
        "n": {"product_manager": 4, "project_manager": 19},
        "auc": None,
        "hit_rate": None,
        "scales": {s.id: {"d": None} for s in bank.scales},
        "cutoff": None,
    }
    out, _ = analyze(*paths, json_out=False)
    assert (
        "  Too few to say anything yet: at least 20 from each group are needed "
        "(16 more from Product Managers, 1 more from Project Managers)." in out.splitlines()
    )


def test_the_same_sheet_given_twice_is_counted_once_with_a_warning(tmp_path: Path, bank: Bank) -> None:
    paths = write_cohort(tmp_path, bank, None, 3, random.Random(4))
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(json.loads(paths[0].read_text(encoding="utf-8")), indent=4), encoding="utf-8")
    data, err = analyze(*paths, paths[0], copy)
    assert data["sheets"] == 3
    assert data["duplicates"] == [
        {"file": str(paths[0]), "same_as": str(paths[0])},
        {"file": str(copy), "same_as": str(paths[0])},
    ]
    assert err.splitlines() == [
        f"pmfit: warning: {paths[0]} is the same answer sheet as {paths[0]}; it is counted once",
        f"pmfit: warning: {copy} is the same answer sheet as {paths[0]}; it is counted once",
    ]
    out, _ = analyze(*paths, copy, json_out=False)
    assert "  1 file repeating a sheet already given, counted once." in out.splitlines()


def test_one_sheet_flags_nothing_and_says_why(tmp_path: Path, bank: Bank) -> None:
    (path,) = write_cohort(tmp_path, bank, None, 1, random.Random(6))
    data, _ = analyze(path)
    assert data["sheets"] == 1 and data["flags"] == []  # was 56 option flags
    out, _ = analyze(path, json_out=False)
    assert (
        "  With 1 sheet, alpha, item-total r and option shares are not meaningful yet, "
        "so nothing is flagged: at least 30 are needed." in out.splitlines()
    )
    assert "No flags: every figure is within its limit." not in out


def test_in_ukrainian(pilot: list[Path]) -> None:
    out, _ = analyze(*pilot, json_out=False, lang="uk")
    assert (
        "Відомі групи (ті, хто вказав, ким працює зараз): Product Manager — 30, Project Manager — 30" in out
    )
    assert "  5 файлів відповідей попередньої версії 1.0.0: пораховано за нею, лише для відомих груп." in out


def test_a_sheet_of_an_unknown_version_is_one_line(tmp_path: Path, bank: Bank) -> None:
    paths = write_cohort(tmp_path, bank, None, 2, random.Random(7))
    data = json.loads(paths[1].read_text(encoding="utf-8"))
    data["bank"]["version"] = "9.9.9"
    paths[1].write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run("bank", "analyze", *map(str, paths))
    assert (code, out) == (2, "")
    assert err == (
        f"pmfit: {paths[1]}: the sheet answers bank version '9.9.9', "
        f"but this bank is version '{bank.version}'\n"
    )
    code, _, err = run("bank", "analyze", str(paths[0]), "--bank", str(TINY_BANK))
    assert code == 2 and "the sheet answers bank 'pmfit', not 'tiny'" in err
