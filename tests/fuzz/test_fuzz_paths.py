"""Fuzzing the files a person names: whatever sits at a path, and whatever its name holds, the command line
ends in one line (exit 2) or does its work, never waits, never replaces what is not a regular file, never
leaves a temporary file, and never prints a raw control character.

One generator, 400 examples: a file kind (a good sheet or bank, an empty file, a FIFO, a folder, a socket,
a loop of links, a dangling link, a file over the size cap, a name over 255 bytes, and as root a device
node) under a name built from nasty pieces (escape sequences, BEL, line breaks, bytes that are not UTF-8,
bidirectional overrides), given to a command that reads it (score, import, bank check, --bank) or writes
it (history export -o, and one in eight export -o).
"""

from __future__ import annotations

import io
import os
import socket
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pmfit import cli
from pmfit.core.answers import MAX_SHEET_BYTES
from tests.conftest import TINY_BANK
from tests.fuzz.common import FUZZ_COUNTS, assert_one_line, assert_shown_not_obeyed, fuzz_settings

pytestmark = pytest.mark.slow

EXAMPLES = 400
EXAMPLE_SHEET = Path(__file__).parents[2] / "examples" / "answers-product-leaning.json"
IS_ROOT = os.geteuid() == 0
KINDS = [
    "good",
    "empty",
    "fifo",
    "folder",
    "socket",
    "loop",
    "dangling",
    "over_cap",
    "long_name",
    *(["null_device", "zero_device"] if IS_ROOT else []),
]
NAME_PIECES = st.sampled_from(
    [
        "sheet",
        "\x1b[31m",
        "\x1b]0;title\x07",
        "\x07",
        "\n",
        "\t",
        "\x7f",
        "\x9b",
        "\u202e",
        "\u2028",
        " ",
        "é",
        "😀",
        os.fsdecode(b"\xff"),
        os.fsdecode(b"\xc3"),
        "-",
        "'",
    ]
)
NAMES = st.lists(NAME_PIECES, min_size=1, max_size=4).map("".join)
READERS = ["score", "import", "bank check", "score --bank"]
WRITERS = ["history export", "export"]
COMMANDS = st.sampled_from(READERS + WRITERS + ["history export"] * 3)  # export renders a PDF: rarer
# What a reader must refuse (all but a good file), and what a writer must (a regular file is replaced).
NOT_WRITABLE = {"fifo", "folder", "socket", "loop", "dangling", "long_name", "null_device", "zero_device"}


def make(kind: str, folder: Path, name: str, for_bank: bool) -> Path:
    """A file of ``kind`` named ``name`` (never starting with '-', which argparse would take as an option)."""
    path = folder / f"x{name}"
    if kind == "long_name":
        return folder / ("x" * 300)
    if kind == "good":
        path.write_bytes((TINY_BANK if for_bank else EXAMPLE_SHEET).read_bytes())
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "socket":
        with socket.socket(socket.AF_UNIX) as listening:
            listening.bind(os.fsencode(path))
    elif kind == "loop":
        path.symlink_to(path.name)
    elif kind == "dangling":
        path.symlink_to(folder / "nowhere" / "at-all")
    elif kind == "over_cap":
        with open(path, "wb") as stream:  # sparse: no disk is filled to make it
            stream.truncate(MAX_SHEET_BYTES + 1)
    else:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3 if kind == "null_device" else 5))
    return path


def argv_for(command: str, path: Path, folder: Path) -> list[str]:
    target = os.fsdecode(path)
    if command == "score --bank":
        return ["score", str(EXAMPLE_SHEET), "--bank", target]
    if command == "bank check":
        return ["bank", "check", target]
    if command == "history export":
        return ["history", "export", "1", "-o", target]
    if command == "export":
        return ["export", str(EXAMPLE_SHEET), "-o", target]
    return [command, target]


def kind_of(path: Path) -> int | None:
    try:
        return stat.S_IFMT(path.lstat().st_mode)
    except OSError:
        return None


@pytest.fixture
def data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-paths-data")
    monkeypatch.setenv("PMFIT_DATA_DIR", str(folder))
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["import", str(EXAMPLE_SHEET)], out, err) == 0, err.getvalue()
    return folder


def test_whatever_sits_at_a_path_the_command_line_keeps_its_contract(
    data: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("fuzz-paths")
    counter = iter(range(10**9))

    @fuzz_settings(EXAMPLES)
    @given(kind=st.sampled_from(KINDS), name=NAMES, command=COMMANDS)
    def check(kind: str, name: str, command: str) -> None:
        FUZZ_COUNTS["paths"] += 1
        FUZZ_COUNTS[f"paths/{command}"] += 1
        folder = root / str(next(counter))
        folder.mkdir()
        path = make(kind, folder, name, for_bank=command in {"bank check", "score --bank"})
        before = kind_of(path)
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(argv_for(command, path, folder), out, err)
        said = out.getvalue() + err.getvalue()
        assert "Traceback" not in said and code in (0, 2), (kind, command, said)
        assert_shown_not_obeyed(said)
        if kind != "good" if command in READERS else kind in NOT_WRITABLE:
            assert code == 2, (kind, command, said)
        if code == 2:  # one line; bank check lists every problem of a bank, each on a line of its own
            lines = err.getvalue().split("\n")
            assert lines[0].startswith("pmfit: ") and lines[-1] == "", repr(lines)
            assert len(lines) == 2 or command == "bank check", repr(lines)
            for line in lines[:-1]:
                assert_one_line(line)
        if command in WRITERS and kind in NOT_WRITABLE:
            assert kind_of(path) == before, f"{kind} at the target was replaced"
        assert not [p for p in os.listdir(folder) if p.startswith(".pmfit-")], "a temporary file was left"

    before = FUZZ_COUNTS["paths"]
    check()
    assert FUZZ_COUNTS["paths"] - before >= EXAMPLES
