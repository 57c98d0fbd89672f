"""``pmfit bank keying export`` and ``report``: the blind sheet and its key on disk, raters' sheets read
back into a report (text and JSON), and one-line errors for every bad file."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pmfit.core.bank import Bank, load_bank
from pmfit.core.keying import RATINGS, study
from tests.cli.test_cli import run
from tests.conftest import TINY_BANK


def export(folder: Path, *extra: str, name: str = "sheet.tsv") -> tuple[Path, Path, str]:
    code, out, err = run("bank", "keying", "export", "-o", str(folder / name), *extra)
    assert (code, err) == (0, ""), err
    return folder / name, folder / name.replace(".tsv", ".key.tsv"), out


def key_of(key_path: Path) -> dict[int, str]:
    """The key file's column of keys, by statement number, read as a person would: by its columns."""
    keys = {}
    for line in key_path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0].isdigit():
            keys[int(cells[0])] = cells[3]
    return keys


def fill(sheet: Path, target: Path, rate) -> Path:  # type: ignore[no-untyped-def]
    """A rater's copy of ``sheet`` with the rating ``rate(number)`` written on each statement's row."""
    lines = []
    for line in sheet.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if cells[0].isdigit():
            cells[3] = rate(int(cells[0]))
        lines.append("\t".join(cells))
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def test_export_writes_the_sheet_and_its_key(tmp_path: Path, bank: Bank) -> None:
    sheet, key, out = export(tmp_path, "--seed", "31")
    count = len(study(bank, 31).order)
    assert out.splitlines() == [
        f"Wrote the blind sheet {sheet} ({count} statements, seed 31) and its key {key}.",
        "Give raters only the sheet; keep the key for the report.",
    ]
    text = sheet.read_text(encoding="utf-8")
    assert "whose everyday work is this?" in text.splitlines()[0]
    assert "P = Product Manager, J = Project Manager, B = both, N = neither" in text
    assert not any(item.id in text for item in bank.items)
    # The key names the item, option and key of every number, as the bank has them.
    order = study(bank, 31).order
    rows = [line.split("\t") for line in key.read_text(encoding="utf-8").splitlines() if line[:1].isdigit()]
    assert len(rows) == count
    for cells, statement in zip(rows, order, strict=True):
        assert cells[1] == statement.item_id
        assert cells[2] == ("" if statement.option is None else str(statement.option))
        assert cells[3] == statement.key and cells[4] == ",".join(statement.scales)
    # The same seed gives the same files; without --seed a seed is chosen, printed, and reproduces it.
    again, again_key, _ = export(tmp_path, "--seed", "31", name="again.tsv")
    assert again.read_bytes() == sheet.read_bytes()
    assert (
        again_key.read_text(encoding="utf-8").splitlines()[1:]
        == key.read_text(encoding="utf-8").splitlines()[1:]
    )
    _, _, chosen = export(tmp_path, name="random.tsv")
    seed = chosen.split("seed ")[1].split(")")[0]
    replay, _, _ = export(tmp_path, "--seed", seed, name="replay.tsv")
    assert replay.read_bytes() == (tmp_path / "random.tsv").read_bytes()


def test_export_in_ukrainian_and_from_a_bank_file(tmp_path: Path) -> None:
    sheet, _, out = export(tmp_path, "--seed", "5", "--lang", "uk")
    assert f"({len(study(load_bank(language='uk'), 5).order)} " in out  # its own count of statements
    text = sheet.read_text(encoding="utf-8")
    assert "language=uk" in text
    assert load_bank(language="uk").items[0].text in text
    tiny, tiny_key, _ = export(tmp_path, "--bank", str(TINY_BANK), "--seed", "1", name="tiny.tsv")
    assert "bank=tiny" in tiny.read_text(encoding="utf-8") and tiny_key.is_file()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--seed", "-3"], "argument --seed: '-3' is not a whole number from 0"),
        (["--seed", "x"], "argument --seed: 'x' is not a whole number from 0"),
        (["-o", "{folder}/sheet.key.tsv"], "a name ending in .key.tsv is kept for the key"),
        (["-o", "{folder}/absent/sheet.tsv"], "Could not save the keying key as"),
    ],
)
def test_export_errors_are_one_line(tmp_path: Path, argv: list[str], message: str) -> None:
    argv = [a.format(folder=tmp_path) for a in argv]
    if "-o" not in argv:
        argv += ["-o", str(tmp_path / "sheet.tsv")]
    code, out, err = run("bank", "keying", "export", *argv)
    assert (code, out) == (2, "") and message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.fixture
def panel(tmp_path: Path) -> tuple[list[Path], dict[int, str]]:
    """Six raters of one sheet: they give the bank's key, except that all call statement 1 "neither",
    raters 1 and 2 call statement 2 "both", and rater 6 gives every tenth statement another role."""
    sheet, key_path, _ = export(tmp_path, "--seed", "99")
    keys = key_of(key_path)
    other = {"P": "J", "J": "P"}
    raters = []
    for rater in range(1, 7):

        def rate(number: int, rater: int = rater) -> str:
            if number == 1:
                return "N"
            if number == 2 and rater <= 2:
                return "B"
            if rater == 6 and number % 10 == 0:
                return other[keys[number]]
            return keys[number]

        raters.append(fill(sheet, tmp_path / f"rater-{rater}.tsv", rate))
    return raters, keys


def test_report_json(panel: tuple[list[Path], dict[int, str]], bank: Bank) -> None:
    raters, keys = panel
    code, out, err = run("bank", "keying", "report", *map(str, raters), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"bank", "bar", "raters", "overall", "scales", "statements"}
    assert data["bank"] == {"id": "pmfit", "version": bank.version}
    assert data["bar"] == {"agreement": 0.8, "majority": 0.5}
    assert [r["file"] for r in data["raters"]] == list(map(str, raters))
    # Independently: per rater, the share of the statements rated as keyed.
    count = len(study(bank, 99).order)
    wrong = {1: 2, 2: 2, 3: 1, 4: 1, 5: 1, 6: 1 + len(range(10, count + 1, 10))}
    assert [r["agreement"] for r in data["raters"]] == [
        pytest.approx((count - wrong[n]) / count, abs=1e-4) for n in range(1, 7)
    ]
    first, second = study(bank, 99).order[:2]
    by_ref = {(s["item"], s["option"]): s for s in data["statements"]}
    assert len(by_ref) == count
    one = by_ref[first.ref]
    assert one["ratings"] == {"P": 0, "J": 0, "B": 0, "N": 6} and one["key"] == first.key
    assert one["agreement"] == 0.0 and one["cvr"] == -1.0 and one["below_bar"]
    assert one["shortfalls"] == ["agreement", "neither"]
    two = by_ref[second.ref]
    assert two["ratings"][second.key] == 4 and two["ratings"]["B"] == 2
    assert two["agreement"] == pytest.approx(0.6667, abs=1e-4) and two["shortfalls"] == ["agreement"]
    tenth = by_ref[study(bank, 99).order[9].ref]  # 5 of 6: 83%, above the bar
    assert tenth["agreement"] == pytest.approx(0.8333, abs=1e-4) and not tenth["below_bar"]
    overall = data["overall"]
    assert overall["statements"] == count and overall["below_bar"] == 2 and overall["meets_bar"] is False
    assert overall["majority_keyed"] == count - 1  # statement 2 is still keyed by four of six
    agreement = sum(count - w for w in wrong.values()) / (6 * count)
    assert overall["agreement"] == pytest.approx(agreement, abs=1e-4)
    assert isinstance(overall["kappa"], float) and 0.8 < overall["kappa"] < 1
    assert list(data["scales"]) == [s.id for s in bank.scales]
    for scale_id, scale in data["scales"].items():
        mine = [s for s in data["statements"] if scale_id in s["scales"]]
        assert scale["statements"] == len(mine)
        assert scale["below_bar"] == sum(s["below_bar"] for s in mine)
        assert scale["agreement"] == pytest.approx(sum(s["agreement"] for s in mine) / len(mine), abs=1e-4)
    assert {letter for s in data["statements"] for letter in s["ratings"]} == set(RATINGS)
    assert keys  # the fixture's key file was read


def test_report_text(panel: tuple[list[Path], dict[int, str]], bank: Bank) -> None:
    raters, _ = panel
    code, out, err = run("bank", "keying", "report", *map(str, raters))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    count = len(study(bank, 99).order)
    assert lines[0] == f"Blind keying of bank pmfit {bank.version}: 6 raters, {count} statements"
    assert "Not met: 2 statements below the bar." in lines
    assert "Below the bar:" in lines and "Responsibilities:" in lines
    first = study(bank, 99).order[0]
    name = first.item_id if first.option is None else f"{first.item_id} option {first.option}"
    assert any(
        line.startswith(f"  {name} (key {first.key}): P 0, J 0, B 0, N 6; agreement 0%, CVR -1.00")
        for line in lines
    )
    assert f"    {first.text}" in lines or f"    → {first.text}" in lines


def test_report_when_everyone_agrees(tmp_path: Path) -> None:
    sheet, key_path, _ = export(tmp_path, "--seed", "3", "--bank", str(TINY_BANK))
    keys = key_of(key_path)
    raters = [fill(sheet, tmp_path / f"r{n}.tsv", keys.__getitem__) for n in range(6)]
    code, out, err = run("bank", "keying", "report", *map(str, raters), "--bank", str(TINY_BANK))
    assert (code, err) == (0, "")
    assert "Met by every statement." in out and "Below the bar" not in out
    assert "100% of the ratings give the bank's key; mean CVR 1.00; Fleiss' kappa 1.00" in out


def test_report_errors_are_one_line(panel: tuple[list[Path], dict[int, str]], tmp_path: Path) -> None:
    raters, _ = panel
    good = list(map(str, raters[:5]))
    text = raters[5].read_text(encoding="utf-8")
    cases = {
        "letter.tsv": (text.replace("\tN\n", "\tX\n", 1), "is rated 'X'; write P, J, B or N"),
        "empty.tsv": (text.replace("\tN\n", "\t\n", 1), "has no rating (write P, J, B or N)"),
        "version.tsv": (text.replace("version=", "version=0.", 1), "the sheet is for bank version 0."),
        "seed.tsv": (text.replace("seed=99", "seed=98"), "does not match bank pmfit"),
        "key.tsv": (raters[0].with_name("sheet.key.tsv").read_text(encoding="utf-8"), "not a keying sheet"),
        "binary.tsv": ("\udcff", "not UTF-8 text"),
        "language.tsv": (text.replace("language=en", "language=..%2F..%2Ftmp"), "is in language '../../tmp'"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        if content == "\udcff":
            path.write_bytes(b"\xff\x00 not text")
        else:
            path.write_text(content, encoding="utf-8")
        for as_json in ([], ["--json"]):
            code, out, err = run("bank", "keying", "report", *good, str(path), *as_json)
            assert (code, out) == (2, ""), name
            assert message in err and name in err, err
            assert err.count("\n") == 1 and err.startswith("pmfit: "), err
    code, out, err = run("bank", "keying", "report", str(tmp_path / "absent.tsv"))
    assert (code, out) == (2, "") and "absent.tsv: file not found" in err
    code, out, err = run("bank", "keying", "report")
    assert (code, out) == (2, "") and "RATINGS.tsv" in err and err.count("\n") == 1
    code, out, err = run("bank", "keying")
    assert (code, out) == (2, "") and "export or report" in err


def test_report_joins_sheets_of_other_seeds_and_the_other_language(tmp_path: Path) -> None:
    english, english_key, _ = export(tmp_path, "--seed", "1", name="en.tsv")
    ukrainian, ukrainian_key, _ = export(tmp_path, "--seed", "2", "--lang", "uk", name="uk.tsv")
    rng = random.Random(0)
    raters = []
    for n, (sheet, key_path) in enumerate([(english, english_key), (ukrainian, ukrainian_key)] * 3):
        keys = key_of(key_path)
        raters.append(
            fill(sheet, tmp_path / f"r{n}.tsv", lambda k, keys=keys: keys[k] if rng.random() < 0.95 else "B")
        )
    code, out, err = run("bank", "keying", "report", *map(str, raters), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    count = len(study(load_bank(language="en"), 1).order)
    assert len(data["raters"]) == 6 and data["overall"]["statements"] == count
    assert 0.9 < data["overall"]["agreement"] < 1.0


def test_report_reads_a_study_folder_as_its_sheets(panel: tuple[list[Path], dict[int, str]]) -> None:
    """A study's folder stands for its raters' sheets: every *.tsv in it but the keys (*.key.tsv)."""
    raters, _ = panel
    folder = raters[0].parent / "study"  # as a study is kept: the filled sheets and the key, no blank sheet
    folder.mkdir()
    for path in [*raters, *raters[0].parent.glob("*.key.tsv")]:
        (folder / path.name).write_bytes(path.read_bytes())
    assert any(folder.glob("*.key.tsv"))  # the key lies beside the sheets and is left out
    by_files = run("bank", "keying", "report", *map(str, sorted(raters)), "--json")
    by_folder = run("bank", "keying", "report", str(folder), "--json")
    assert by_folder[0] == 0, by_folder[2]
    names = [Path(r["file"]).name for r in json.loads(by_folder[1])["raters"]]
    assert names == [Path(r["file"]).name for r in json.loads(by_files[1])["raters"]]
    assert json.loads(by_folder[1])["overall"] == json.loads(by_files[1])["overall"]
    empty = folder / "empty"
    empty.mkdir()
    code, out, err = run("bank", "keying", "report", str(empty))
    assert (code, out) == (2, "") and "no raters' sheets" in err and err.count("\n") == 1


def test_report_never_rounds_a_shortfall_up_to_100_percent(tmp_path: Path) -> None:
    """998 of 1,000 ratings is 99.8%, not 100%: a share below the whole keeps a decimal."""
    sheet, key_path, _ = export(tmp_path, "--seed", "3", "--bank", str(TINY_BANK))
    keys = key_of(key_path)
    other = {"P": "J", "J": "P"}
    raters = [fill(sheet, tmp_path / f"r{n}.tsv", keys.__getitem__) for n in range(199)]
    raters.append(fill(sheet, tmp_path / "odd.tsv", lambda n: other[keys[n]] if n == 1 else keys[n]))
    code, out, err = run("bank", "keying", "report", *map(str, raters), "--bank", str(TINY_BANK), "--json")
    share = json.loads(out)["overall"]["agreement"]
    assert 0.995 <= share < 1
    code, out, err = run("bank", "keying", "report", *map(str, raters), "--bank", str(TINY_BANK))
    assert (code, err) == (0, "") and f"{100 * share:.1f}% of the ratings give the bank's key" in out
