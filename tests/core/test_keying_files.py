"""The keying study's files (pmfit.core.keying_files): a sheet hides the keys, survives a spreadsheet, and a
filled sheet that is wrong in any way is refused with one line naming the file and the line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pmfit.core.bank import Bank
from pmfit.core.keying import Study, study
from pmfit.core.keying_files import (
    KeyingError,
    join_ratings,
    key_path_for,
    key_problem,
    key_text,
    parse_key,
    parse_ratings,
    read_ratings,
    report_of,
    sheet_text,
)

HEADINGS = ["number", "question", "statement", "rating"]
INSTRUCTIONS = ['Whose everyday work is this? Write P, J, B or N in the "rating" column.', ""]


def blank(sheet: Study) -> str:
    return sheet_text(sheet, INSTRUCTIONS, HEADINGS)


def filled(sheet: Study, rate: dict[int, str] | None = None) -> str:
    """The blank sheet with every rating written: the bank's key, unless ``rate`` says otherwise."""
    lines = []
    for line in blank(sheet).splitlines():
        cells = line.split("\t")
        if cells[0].isdigit():
            number = int(cells[0])
            cells[3] = (rate or {}).get(number, sheet.order[number - 1].key)
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def sheet(bank: Bank) -> Study:
    return study(bank, 4711)


def test_the_sheet_shows_no_ids_keys_or_tags(sheet: Study, bank: Bank) -> None:
    text = blank(sheet)
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body[0].split("\t") == HEADINGS
    rows = [line.split("\t") for line in body[1:]]
    assert [row[0] for row in rows] == [str(n) for n in range(1, len(sheet.order) + 1)]
    assert all(row[3] == "" for row in rows)  # nothing rated yet
    words = set(re.findall(r"[a-z0-9_]+", text.lower()))
    ids = {item.id for item in bank.items} | {scale.id for scale in bank.scales}
    assert not words & ids  # no item or scale id anywhere
    assert not {item.framework.lower() for item in bank.items} & {row[2].lower() for row in rows}
    identity = next(line for line in text.splitlines() if "pmfit-keying/1" in line)
    assert identity == (
        f"# pmfit-keying/1 sheet bank=pmfit version={bank.version} language=en seed=4711 "
        f"statements={len(sheet.order)} "
        f"check={sheet.check}"
    )
    # The question sits beside each option; a self-description has none.
    for row, statement in zip(rows, sheet.order, strict=True):
        assert row[1] == (statement.question or "") and row[2] == statement.text


def test_the_key_joins_numbers_to_items_options_and_keys(sheet: Study) -> None:
    key = parse_key(key_text(sheet, ["The key: never show it to a rater."]), "sheet.key.tsv")
    assert key.identity.kind == "key" and key.identity.check == sheet.check
    for number, statement in enumerate(sheet.order, start=1):
        assert key.rows[number] == (statement.item_id, statement.option, statement.key, statement.scales)
    assert key_problem(key, sheet) is None
    assert key_path_for("study/sheet.tsv") == "study/sheet.key.tsv"
    assert key_path_for("study/sheet.TSV") == "study/sheet.key.tsv"
    assert key_path_for("sheet") == "sheet.key.tsv"


def test_a_filled_sheet_reads_back(sheet: Study) -> None:
    ratings = parse_ratings(filled(sheet, {1: "n", 2: " B "}), "rater-1.tsv")
    assert ratings.identity.seed == 4711 and ratings.identity.check == sheet.check
    assert ratings.ratings[1] == "N" and ratings.ratings[2] == "B"
    assert len(ratings.ratings) == len(sheet.order)
    joined = join_ratings(ratings, sheet)
    assert joined[sheet.order[0].ref] == "N"
    assert joined[sheet.order[10].ref] == sheet.order[10].key


def test_what_a_spreadsheet_does_to_it_is_fine(sheet: Study, tmp_path: Path) -> None:
    """Saved from a spreadsheet: CRLF, a byte order mark (or UTF-16), quoted cells, the rows sorted
    differently, a notes column, trailing tabs, blank lines, Cyrillic letters that look like P and B."""
    lines = filled(sheet, {3: "\u0420", 4: "\u0432"}).splitlines()
    comments = [f'"{line}"' if '"' in line else line for line in lines if line.startswith("#")]
    comments = [line.replace('"rating"', '""rating""') for line in comments]
    rows = [line for line in lines if not line.startswith("#")]
    heading, body = rows[0], rows[1:]
    body = [line + "\tmy note, with a comma" if n % 7 == 0 else line + "\t\t" for n, line in enumerate(body)]
    body.reverse()
    text = "\r\n".join([*comments, "", heading, *body, "", ""])
    for encoded in (b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16")):
        path = tmp_path / "from-a-spreadsheet.tsv"
        path.write_bytes(encoded)
        ratings = read_ratings(path)
        assert ratings.ratings[3] == "P" and ratings.ratings[4] == "B"
        assert len(join_ratings(ratings, sheet)) == len(sheet.order)


def error_of(text: str, sheet: Study | None = None, name: str = "rater-2.tsv") -> str:
    with pytest.raises(KeyingError) as caught:
        ratings = parse_ratings(text, name)
        if sheet is not None:
            join_ratings(ratings, sheet)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(name), message
    return message


def test_bad_sheets_are_one_line_naming_the_line(sheet: Study) -> None:
    good = filled(sheet)
    lines = good.splitlines()
    first_row = next(n for n, line in enumerate(lines) if line.startswith("1\t"))
    line_no = first_row + 1

    def with_row(cells: str) -> str:
        return "\n".join([*lines[:first_row], cells, *lines[first_row + 1 :]])

    row = lines[first_row].split("\t")
    unrated = with_row("\t".join([*row[:3], ""]))
    assert error_of(unrated) == f"rater-2.tsv, line {line_no}: statement 1 has no rating (write P, J, B or N)"
    other = with_row("\t".join([*row[:3], "X"]))
    assert error_of(other) == f"rater-2.tsv, line {line_no}: statement 1 is rated 'X'; write P, J, B or N"
    assert "is rated 'PJ'" in error_of(with_row("\t".join([*row[:3], "PJ"])))
    missing = "\n".join([*lines[:first_row], *lines[first_row + 1 :]])
    assert error_of(missing) == "rater-2.tsv: statement 1 is missing"
    twice = good + lines[first_row] + "\n"
    assert "statement 1 appears twice (also on line" in error_of(twice)
    count = len(sheet.order)
    beyond = f"there is no statement {count + 1} (the sheet has {count})"
    assert beyond in error_of(good + f"{count + 1}\t\tExtra.\tP\n")
    assert "'one' is not a statement number" in error_of(good + "one\t\tExtra.\tP\n")
    no_identity = "\n".join(line for line in lines if "pmfit-keying/1" not in line)
    assert "not a pmfit keying sheet" in error_of(no_identity)
    assert "a keying key, not a keying sheet" in error_of(key_text(sheet, []))
    damaged = good.replace("seed=4711", "seed=many")
    assert "the 'pmfit-keying/1' line is damaged" in error_of(damaged)
    assert "a keying file of format pmfit-keying/2" in error_of(
        good.replace("pmfit-keying/1", "pmfit-keying/2")
    )
    huge = good.replace(f"statements={count}", "statements=" + "9" * 18)  # never counts up to it
    assert error_of(huge) == f"rater-2.tsv: statement {count + 1} is missing"
    edited = with_row("\t".join([row[0], row[1], row[2] + " Or not.", "P"]))
    assert "statement 1 does not read as on the sheet pmfit wrote" in error_of(edited, sheet)


def test_a_sheet_of_another_version_or_seed_is_refused(sheet: Study, bank: Bank) -> None:
    text = filled(sheet)
    newer = text.replace(f"version={bank.version}", "version=9.0.0")
    assert error_of(newer, sheet) == (
        f"rater-2.tsv: the sheet is for bank version 9.0.0, but this bank is version {bank.version}"
    )
    reseeded = text.replace("seed=4711", "seed=4712")
    message = error_of(reseeded, sheet)
    assert "does not match bank pmfit" in message and "seed 4712" in message
    assert "its statements or keys changed since the sheet was written" in message
    other_bank = text.replace("bank=pmfit", "bank=tiny")
    assert "the sheet is for bank 'tiny', not 'pmfit'" in error_of(other_bank, sheet)
    # The key file is checked the same way.
    key = parse_key(key_text(study(bank, 1), []), "old.key.tsv")
    assert "does not match bank pmfit" in (key_problem(key, sheet) or "")


def test_sheets_of_several_seeds_and_both_languages_join(bank: Bank) -> None:
    from pmfit.core.bank import load_bank

    ukrainian = load_bank(language="uk")
    studies = {
        ("en", 1): study(bank, 1),
        ("en", 2): study(bank, 2),
        ("uk", 3): study(ukrainian, 3),
    }
    sheets = [parse_ratings(filled(s), f"{lang}-{seed}.tsv") for (lang, seed), s in studies.items()]
    report = report_of(
        sheets, lambda identity: studies[(identity.language, identity.seed)], [s.id for s in bank.scales]
    )
    assert len(report.raters) == 3 and report.meets_bar and report.agreement == 1.0
    assert [r.statement.ref for r in report.statements] == [s.ref for s in study(bank, 1).statements]
    assert report.statements[0].statement.text == bank.items[0].text  # the first sheet's words
    with pytest.raises(KeyingError, match="no rating sheets"):
        report_of([], lambda identity: studies[("en", 1)], [])
