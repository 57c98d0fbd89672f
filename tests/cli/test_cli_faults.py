"""The command line under hostile conditions: odd paths, devices, terminal escapes in the data, a broken bank.

Each case ends in exactly one line on stderr and exit status 2 (or works), never a traceback, never a
replaced device, never a raw control character on the terminal.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

import pmfit
from pmfit.cli import main
from tests.cli.test_cli import run
from tests.conftest import TINY_BANK
from tests.mounts import append_only, needs_root

EXAMPLE = Path(__file__).parents[2] / "examples" / "answers-product-leaning.json"
ROOT = Path(pmfit.__file__).resolve().parent.parent
LONG = "a" * 300  # more than the 255 bytes a file name may have


def one_line_error(code: int, out: str, err: str) -> str:
    assert code == 2, err
    assert out == ""
    assert err.startswith("pmfit: ") and err.endswith("\n") and err.count("\n") == 1, repr(err)
    assert "Traceback" not in err and "unexpected error" not in err, err
    return err


def no_controls(text: str) -> None:
    """Nothing a terminal would act on: no control characters but line breaks, no bidi overrides."""
    odd = [ch for ch in text if ch != "\n" and unicodedata.category(ch) in {"Cc", "Cs", "Zl", "Zp"}]
    odd += [ch for ch in text if "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069"]
    assert not odd, f"raw {odd!r} in {text!r}"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    return folder


# -- targets that are not regular files ---------------------------------------------------------------------


def make_odd_targets(tmp_path: Path) -> dict[str, Path]:
    """A FIFO and a socket anyone can make; device nodes (like /dev/full, /dev/null) only as root."""
    import socket

    targets = {"fifo": tmp_path / "fifo.pdf"}
    os.mkfifo(targets["fifo"])
    targets["socket"] = tmp_path / "socket.pdf"
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(targets["socket"]))
    listening.close()
    if os.geteuid() == 0:  # our own nodes: a bug must never get to replace the system's /dev/null
        for name, minor in (("null", 3), ("full", 7)):
            targets[name] = tmp_path / f"dev-{name}.pdf"
            os.mknod(targets[name], stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return targets


def test_export_never_replaces_a_device_a_fifo_or_a_socket(tmp_path: Path, data: Path) -> None:
    assert run("import", str(EXAMPLE))[0] == 0
    for name, target in make_odd_targets(tmp_path).items():
        kind = stat.S_IFMT(target.lstat().st_mode)
        for argv in (
            ("export", str(EXAMPLE), "-o", str(target)),
            ("history", "export", "1", "-o", str(target)),
        ):
            err = one_line_error(*run(*argv))
            assert "not a file" in err and "never replaces" in err, (name, err)
            assert stat.S_IFMT(target.lstat().st_mode) == kind, f"{name} was replaced"
    assert not list(tmp_path.glob(".pmfit-*"))


def test_export_through_a_link_to_a_fifo_or_device_is_refused(tmp_path: Path) -> None:
    for name, odd in make_odd_targets(tmp_path).items():
        link = tmp_path / f"link-to-{name}.pdf"
        link.symlink_to(odd)
        kind = stat.S_IFMT(odd.lstat().st_mode)
        err = one_line_error(*run("export", str(EXAMPLE), "-o", str(link)))
        assert str(odd) in err and "not a file" in err
        assert stat.S_IFMT(odd.lstat().st_mode) == kind and link.is_symlink()


@needs_root
def test_an_append_only_folder_leaves_no_temporary_file(tmp_path: Path, data: Path) -> None:
    folder = tmp_path / "append-only"
    folder.mkdir()
    assert run("import", str(EXAMPLE))[0] == 0
    with append_only(folder):
        for argv in (
            ("export", str(EXAMPLE), "-o", str(folder / "me.pdf")),
            ("history", "export", "1", "-o", str(folder / "me.json")),
        ):
            err = one_line_error(*run(*argv))
            assert "append-only" in err
        assert list(folder.iterdir()) == []


# -- paths the system refuses -------------------------------------------------------------------------------


def test_names_too_long_and_loops_of_links_are_one_line(tmp_path: Path, data: Path) -> None:
    assert run("import", str(EXAMPLE))[0] == 0
    (tmp_path / "loop1").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop1")
    for bad in (str(tmp_path / f"{LONG}.json"), str(tmp_path / "loop1"), str(tmp_path / "loop1" / "x.json")):
        for argv in (
            ("score", bad),
            ("import", bad),
            ("bank", "check", bad),
            ("score", str(EXAMPLE), "--bank", bad),
            ("export", str(EXAMPLE), "-o", bad),
            ("history", "export", "1", "-o", bad),
        ):
            one_line_error(*run(*argv))
    assert not list(tmp_path.glob(".pmfit-*"))


def test_an_attempt_id_beyond_any_integer(data: Path, tmp_path: Path) -> None:
    err = one_line_error(*run("history", "export", "99999999999999999999999", "-o", str(tmp_path / "x.json")))
    assert "no attempt with id 99999999999999999999999" in err


def test_a_finish_time_before_the_first_moment_python_holds(data: Path, tmp_path: Path) -> None:
    sheet = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    sheet["finished_at"] = "0001-01-01T00:00:00+14:00"
    path = tmp_path / "year1.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    for argv in (
        ("import", str(path)),
        ("score", str(path)),
        ("export", str(path), "-o", str(tmp_path / "y.pdf")),
    ):
        err = one_line_error(*run(*argv))
        assert "'finished_at' is out of range" in err
    assert run("history", "--json")[1] == "[]\n"


def test_a_data_folder_that_is_a_fifo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.mkfifo(tmp_path / "data")
    monkeypatch.setenv("PMFIT_DATA_DIR", str(tmp_path / "data"))
    err = one_line_error(*run("history"))
    assert "not a folder" in err


# -- file names that are not UTF-8, on a terminal that insists on UTF-8 ------------------------------------


def test_non_utf8_names_are_shown_as_bytes_and_never_crash_the_message(tmp_path: Path, data: Path) -> None:
    """Like LANG=en_US.UTF-8: stdout encodes strictly; before, the PDF was written and then the message
    failed with UnicodeEncodeError (exit 1)."""
    odd = os.fsencode(tmp_path) + b"/r\xe9sum\xe9"
    sheet = odd + b".json"
    with open(sheet, "wb") as stream:
        stream.write(EXAMPLE.read_bytes())
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "PMFIT_DATA_DIR": str(data)}
    cases = [
        ([b"export", sheet, b"-o", odd + b".pdf"], 0, b"Wrote "),
        ([b"import", sheet], 0, b"Imported "),
        ([b"score", odd + b"-missing.json"], 2, b"pmfit: "),
        ([b"bank", b"check", odd + b".toml"], 2, b"pmfit: "),
    ]
    for argv, expected, starts in cases:
        done = subprocess.run(
            [sys.executable, "-m", "pmfit", *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=120,
            check=False,
        )
        shown = done.stdout if expected == 0 else done.stderr
        assert done.returncode == expected, done.stderr
        assert shown.startswith(starts) and b"r\\xe9sum\\xe9" in shown, shown
        assert b"Traceback" not in done.stderr and done.stderr.count(b"\n") == (expected != 0)
    assert os.path.exists(odd + b".pdf")


def test_a_strict_stream_in_process_gets_escapes_too(tmp_path: Path) -> None:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict")
    name = os.fsdecode(os.fsencode(tmp_path) + b"/\xff.pdf")
    assert main(["export", str(EXAMPLE), "-o", name], out, err) == 0
    out.seek(0)
    assert out.read().endswith("\\xff.pdf\n")


# -- control characters from a bank, a sheet or a path ------------------------------------------------------

ESC, BEL = "\x1b", "\x07"


def hostile_bank(tmp_path: Path) -> Path:
    text = TINY_BANK.read_text(encoding="utf-8")
    text = text.replace('title = "Tiny test bank"', 'title = "Tiny \\u001b]0;pwned\\u0007 bank"', 1)
    text = text.replace('version = "1"', 'version = "1\\u001b[2J"', 1)
    text = text.replace('title = "Product Manager"', 'title = "Product \\u001b[31mManager\\u0085"', 1)
    text = text.replace('title = "Vision"', 'title = "Vi\\u202esion"', 1)
    text = text.replace('text = "Vision two."', 'text = "Vision\\ntwo.\\u009b6n"', 1)
    path = tmp_path / "hostile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def hostile_sheet(tmp_path: Path, version: str, name: str = "sheet") -> Path:
    answers = {"v1": 5, "p1": 1, "v2": 5, "p2": 1, "v3": 5, "p3": 2, "fc1": 0, "v4": 1, "p4": 1, "chk": 4}
    sheet = {
        "format": "pmfit.answers/1",
        "bank": {"id": "tiny", "version": version, "language": "en"},
        "answers": answers,
        "started_at": "2026-01-01T09:00:00+00:00",
        "finished_at": "2026-01-01T09:10:00+00:00",
    }
    path = tmp_path / f"{name}{ESC}[1m.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    return path


def test_terminal_escapes_from_bank_sheet_and_path_are_shown_escaped(tmp_path: Path, data: Path) -> None:
    bank = hostile_bank(tmp_path)
    sheet = hostile_sheet(tmp_path, "1\x1b[2J")
    old = hostile_sheet(tmp_path, f"0.9{ESC}]0;x{BEL}", name="old")
    readable = [
        ("bank", "show", "--bank", str(bank)),
        ("bank", "check", str(bank)),
        ("score", str(sheet), "--bank", str(bank)),
        ("import", str(old), "--bank", str(bank)),
        ("history",),
        ("score", str(tmp_path / f"missing{ESC}[31m{BEL}.json")),
    ]
    for argv in readable:
        code, out, err = run(*argv)
        assert code in (0, 2), err
        no_controls(out + err)
        if argv != ("history",):
            assert "\\u001b" in out + err or "\\x1b" in out + err, (argv, out, err)
        if argv[0] == "import":
            assert "version 0.9\\x1b]0;x\\x07" in out and "old\\x1b[1m.json" in out


def test_json_output_stays_json_and_keeps_the_text(tmp_path: Path, data: Path) -> None:
    bank = hostile_bank(tmp_path)
    sheet = hostile_sheet(tmp_path, "1\x1b[2J")
    for argv in (
        ("bank", "show", "--bank", str(bank), "--json"),
        ("score", str(sheet), "--bank", str(bank), "--json"),
    ):
        code, out, err = run(*argv)
        assert (code, err) == (0, "")
        no_controls(out)
        json.loads(out)
    shown = json.loads(run("bank", "show", "--bank", str(bank), "--json")[1])
    assert shown["version"] == "1\x1b[2J" and shown["title"] == "Tiny \x1b]0;pwned\x07 bank"
    assert run("import", str(sheet), "--bank", str(bank))[0] == 0
    code, out, _ = run("history", "--json")
    no_controls(out)
    assert json.loads(out)[0]["bank"]["version"] == "1\x1b[2J"


# -- a bank with several problems, used by a command other than bank check ---------------------------------


def test_a_broken_bank_is_one_line_with_the_count_outside_bank_check(tmp_path: Path, data: Path) -> None:
    broken = tmp_path / "broken bank.toml"
    broken.write_text(
        TINY_BANK.read_text(encoding="utf-8")
        .replace('id = "p2"', 'id = "p1"', 1)
        .replace("weights = { vision = 1.0, planning = 0.0 }", "", 1),
        encoding="utf-8",
    )
    for argv in (
        ("score", str(EXAMPLE), "--bank", str(broken)),
        ("import", str(EXAMPLE), "--bank", str(broken)),
        ("export", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"), "--bank", str(broken)),
        ("bank", "show", "--bank", str(broken)),
    ):
        err = one_line_error(*run(*argv))
        assert "the question bank has 2 problems, the first: " in err, err
        assert f"see 'pmfit bank check '{broken}'' for all of them" in err
    code, out, err = run("bank", "check", str(broken))
    assert code == 2 and out == "" and len(err.splitlines()) == 3  # bank check still lists every one


def test_a_reader_that_stops_early_gets_no_complaint(tmp_path: Path) -> None:
    """`pmfit bank show | head -1`: the closed pipe ends pmfit quietly, status 0, nothing on stderr. The
    reader is gone before pmfit writes, and pmfit writes more than a pipe holds (64 KiB), so its writes
    meet the closed pipe while the command runs."""
    from tests.conftest import TINY_BANK

    big = tmp_path / "big.toml"
    extra = "".join(
        f'\n[[items]]\nid = "x{n}"\nkind = "likert"\ntext = "I would enjoy task number {n}."\n'
        'framework = "x"\nscales = { vision = 1.0 }\n'
        for n in range(3000)
    )
    big.write_text(TINY_BANK.read_text(encoding="utf-8") + extra, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "pmfit", "bank", "show", "--bank", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert errors == b""
