"""One language per output: every command of pmfit run under ``--lang uk`` (and under a Ukrainian locale)
says everything in Ukrainian, its help, its frame around the bank's words and its errors included.

A line is flagged when it has no Cyrillic letter at all and still has a Latin word once the names (role
titles and what else the Ukrainian bank itself writes in Latin letters, pmfit, SQLite), ids (item and scale
ids, option names like product_manager), numbers and paths are taken out. The bank-author lints of
``bank check --strict`` stay English (README, "Languages"), so they are not run here; JSON output is for
programs, and it is not read here either.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pmfit.cli import main
from pmfit.core.bank import load_bank
from pmfit.system.i18n import ensure_translations
from tests.i18n.conftest import UK_BANK, bank_latin_words

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "answers-product-leaning.json"

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z][A-Za-z'’-]*")
PATH_LIKE = re.compile(r"\S*[/\\]\S*|\S+\.(?:json|pdf|toml|tsv|sqlite3|desktop|xml|svg|png)\b")
ID_LIKE = re.compile(r"\b[a-z]+[0-9_][a-z0-9_]*\b|--?[a-z][a-z-]*")
# Names that are the same in a Ukrainian text: the program, the file format, the database engine, the
# statistics' own names, and the abbreviation of the standard a scale cites.
NAMES = {"pmfit", "pdf", "json", "sqlite", "utf", "auc", "youden", "cohen", "mantel", "haenszel", "xdg"}
# What a person types: the commands and actions, and the languages' codes (as in "--lang {en,uk}").
NAMES |= {"score", "export", "bank", "check", "show", "analyze", "keying", "report", "history", "import"}
NAMES |= {"desktop", "install", "uninstall", "en", "uk"}


def latin_leftovers(line: str, names: frozenset[str]) -> list[str]:
    """The Latin words of a line without a Cyrillic letter, once paths, ids and names are taken out."""
    if CYRILLIC.search(line):
        return []
    text = ID_LIKE.sub(" ", PATH_LIKE.sub(" ", line))
    words = [word.strip("'’-") for word in LATIN.findall(text)]
    return [word for word in words if len(word) > 1 and word.lower() not in names]


@pytest.fixture(scope="module")
def names() -> frozenset[str]:
    bank = load_bank(UK_BANK)
    words = {word for text in [*bank_latin_words(bank)] for word in text.split()}
    words |= {item.id for item in bank.items} | {scale.id for scale in bank.scales}
    return frozenset(w.lower() for w in words) | NAMES


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    data = tmp_path / "data"
    monkeypatch.setenv("PMFIT_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    (tmp_path / "home").mkdir()
    yield tmp_path
    ensure_translations("en")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def sheets(folder: Path) -> dict[str, Path]:
    """The sheets the commands read: the example, a second one, and broken ones of each kind."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    made = {"example": EXAMPLE}

    def write(name: str, change: Callable[[dict], None] | None = None, text: str | None = None) -> None:
        copy = json.loads(json.dumps(data))
        if change is not None:
            change(copy)
        path = folder / f"{name}.json"
        path.write_text(text if text is not None else json.dumps(copy), encoding="utf-8")
        made[name] = path

    write("second", lambda d: d.update(started_at="2026-11-20T09:00:00+00:00"))
    write("unfinished", lambda d: d.update(finished_at=None))
    write("not_json", text="{ not json")
    write("bad_answer", lambda d: d["answers"].update({next(iter(d["answers"])): 9}))
    write("unknown_item", lambda d: d["answers"].update({"zz99": 3}))
    write("other_version", lambda d: d["bank"].update(version="9.9.9"))
    write("surrogate", lambda d: d["bank"].update(language="\ud800"))
    write("no_format", lambda d: d.pop("format"))
    return made


def commands(folder: Path, sheet: dict[str, Path]) -> list[list[str]]:
    out = folder / "out"
    out.mkdir()
    keying = out / "raters.tsv"
    return [
        ["score", "--help"],
        ["export", "--help"],
        ["bank", "--help"],
        ["bank", "check", "--help"],
        ["bank", "show", "--help"],
        ["bank", "analyze", "--help"],
        ["bank", "keying", "--help"],
        ["bank", "keying", "export", "--help"],
        ["bank", "keying", "report", "--help"],
        ["history", "--help"],
        ["history", "export", "--help"],
        ["import", "--help"],
        ["desktop", "--help"],
        ["desktop", "install", "--help"],
        ["desktop", "uninstall", "--help"],
        ["score", str(sheet["example"])],
        ["export", str(sheet["example"]), "-o", str(out / "summary.pdf")],
        ["bank", "check"],
        ["bank", "show"],
        ["bank", "analyze", str(sheet["example"]), str(sheet["second"]), str(sheet["example"])],
        ["bank", "keying", "export", "-o", str(keying), "--seed", "7"],
        ["history"],
        ["import", str(sheet["example"])],
        ["import", str(sheet["example"])],
        ["history"],
        ["history", "export", "1", "-o", str(out / "again.json")],
        ["desktop", "install", "--dry-run"],
        ["desktop", "uninstall", "--dry-run"],
        # What a person gets wrong: each ends in one line, in Ukrainian.
        ["score", str(folder / "missing.json")],
        ["score", str(folder)],
        *(["score", str(sheet[name])] for name in ("not_json", "bad_answer", "unknown_item", "no_format")),
        ["score", str(sheet["other_version"])],
        ["score", str(sheet["surrogate"])],
        ["import", str(sheet["unfinished"])],
        ["history", "export", "77", "-o", str(out / "none.json")],
        ["history", "export", "x" * 300, "-o", str(out / "none.json")],
        ["bank", "analyze", str(sheet["bad_answer"])],
        ["export", str(sheet["example"]), "-o", str(folder / "no-such-folder" / "x.pdf")],
        ["score"],
        ["score", str(sheet["example"]), "--frobnicate"],
    ]


def with_lang(argv: list[str]) -> list[str]:
    """``--lang uk`` where the command takes it: after the last word that names the command."""
    words = 1
    while words < len(argv) and argv[words] in {
        "check",
        "show",
        "analyze",
        "keying",
        "export",
        "report",
        "install",
        "uninstall",
    }:
        words += 1
    if argv[:2] == ["history", "export"] or argv[:1] == ["desktop"]:
        words = min(len(argv), 2)
    return [*argv[:words], "--lang", "uk", *argv[words:]]


def test_every_command_speaks_ukrainian(home: Path, names: frozenset[str]) -> None:
    sheet = sheets(home)
    flagged: dict[str, list[str]] = {}
    ran = 0
    for argv in commands(home, sheet):
        code, out, err = run(*with_lang(argv))
        ran += 1
        assert code in (0, 2), (argv, code, err)
        if code == 2:
            assert len(err.splitlines()) == 1, (argv, err)
        for line in (out + err).splitlines():
            left = latin_leftovers(line, names)
            if left:
                flagged.setdefault(" ".join(argv[:3]), []).append(line)
    assert ran >= 40
    assert flagged == {}


def test_the_locale_decides_the_help_too(
    home: Path, monkeypatch: pytest.MonkeyPatch, names: frozenset[str]
) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    for argv in (["--help"], ["score", "--help"], ["bank", "analyze", "--help"]):
        code, out, err = run(*argv)
        assert (code, err) == (0, "")
        assert [line for line in out.splitlines() if latin_leftovers(line, names)] == []


def test_lc_all_wins_over_lang(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    monkeypatch.setenv("LC_ALL", "C")
    code, out, _err = run("history")
    assert code == 0 and out == "No finished attempts yet.\n"
    monkeypatch.setenv("LC_ALL", "uk_UA.UTF-8")
    monkeypatch.setenv("LANG", "C")
    code, out, _err = run("history")
    assert code == 0 and out == "Завершених спроб поки немає.\n"


def test_a_store_problem_is_said_in_ukrainian(home: Path) -> None:
    (home / "data").write_text("a file where the data folder should be", encoding="utf-8")
    code, _out, err = run("history", "--lang", "uk")
    assert code == 2 and len(err.splitlines()) == 1 and CYRILLIC.search(err), err
    assert "це не папка" in err


@pytest.mark.parametrize("locale", ["C", "POSIX"])
def test_no_qt_locale_lines_under_the_c_locale(tmp_path: Path, locale: str) -> None:
    """Qt switches a non-UTF-8 locale to C.UTF-8 and used to say so in four lines before every command's
    own output; under LC_ALL=C with LANG Ukrainian, the C locale (English) wins."""
    env = {**os.environ, "LC_ALL": locale, "LANG": "uk_UA.UTF-8", "PMFIT_DATA_DIR": str(tmp_path / "data")}
    env.pop("QT_QPA_PLATFORM", None)
    for argv, stream in ((["score", str(tmp_path / "missing.json")], "stderr"), (["history"], "stdout")):
        done = subprocess.run(
            [sys.executable, "-m", "pmfit", *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert "Detected locale" not in done.stderr, done.stderr
        shown = done.stderr if stream == "stderr" else done.stdout
        assert len(shown.splitlines()) == 1 and not CYRILLIC.search(shown), (argv, done.stdout, done.stderr)
        if stream == "stdout":
            assert done.stderr == "" and shown == "No finished attempts yet.\n"
