"""A file a person names is read only when it is a regular file, and only up to a cap: a FIFO, a device, a
socket or a folder is one clear line at once, never a wait or a read that fills the memory."""

from __future__ import annotations

import os
import resource
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path

import pytest

import pmfit
from pmfit.core.answers import MAX_SHEET_BYTES, SheetError, read_sheet
from pmfit.core.bank import BankError, load_bank
from pmfit.core.bank_limits import MAX_BANK_BYTES
from pmfit.core.files import UnreadableFile, read_regular_file
from tests.fuzz.common import assert_one_line

ROOT = Path(pmfit.__file__).resolve().parent.parent


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    yield path
    # A reader that did open the FIFO (the bug) gets its end of file, so no thread is left waiting.
    with suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def within_seconds(call: Callable[[], object], seconds: float = 20) -> BaseException | object:
    """What ``call`` returned or raised, failing the test if it did not end in ``seconds``."""
    outcome: list[object] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still waiting after {seconds} s"
    return outcome[0]


def test_a_fifo_sheet_or_bank_is_refused_without_waiting(fifo: Path) -> None:
    error = within_seconds(lambda: read_sheet(fifo))
    assert isinstance(error, SheetError), error
    assert str(error) == f"{fifo}: is a named pipe (FIFO), not an answer sheet"
    error = within_seconds(lambda: load_bank(fifo))
    assert isinstance(error, BankError), error
    assert error.problems == ("is a named pipe (FIFO), not a bank file",)


def test_a_socket_or_a_device_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        with pytest.raises(SheetError, match="is a socket, not an answer sheet"):
            read_sheet(path)
    with pytest.raises(BankError, match="is a device, not a bank file"):
        load_bank("/dev/null")


def test_a_file_over_the_cap_is_refused_and_says_the_cap(tmp_path: Path) -> None:
    sheet = tmp_path / "big.json"
    sheet.write_bytes(b" " * (MAX_SHEET_BYTES + 1))
    with pytest.raises(
        SheetError, match=r"big\.json: is too large to be an answer sheet \(the limit is 5 MB\)"
    ):
        read_sheet(sheet)
    bank = tmp_path / "big.toml"
    bank.write_bytes(b"#" * (MAX_BANK_BYTES + 1))
    with pytest.raises(BankError, match=r"too large to be a bank file \(the limit is 4 MB\)"):
        load_bank(bank)


def test_a_file_that_grows_while_read_stops_at_the_cap(tmp_path: Path) -> None:
    # The cap holds for what is read, whatever the size said at the start (a log being written, /proc).
    with pytest.raises(UnreadableFile, match="too large"):
        read_regular_file("/proc/self/maps", 10, "a small file")
    assert read_regular_file(Path("/proc/self/stat"), 100_000, "a small file").startswith(
        str(os.getpid()).encode()
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_in_a_real_process(device: str) -> None:
    """In a process with 1 GiB of address space: before the fix, it read until memory ran out."""
    script = (
        "import sys\n"
        "from pmfit.cli import main\n"
        f"sys.exit(main(['score', '{device}']) + 10 * main(['bank', 'check', '{device}']))\n"
    )

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit_memory,
        check=False,
    )
    assert done.returncode == 22, done.stderr[-2000:]
    lines = done.stderr.splitlines()
    assert lines == [
        f"pmfit: {device}: is a device, not an answer sheet",
        f"pmfit: {device}: is a device, not a bank file",
    ]


def test_messages_are_one_line(tmp_path: Path, fifo: Path) -> None:
    for path in (fifo, tmp_path, tmp_path / "missing", Path("/dev/zero")):
        with pytest.raises(UnreadableFile) as raised:
            read_regular_file(path, 1000, "an answer sheet")
        assert_one_line(str(raised.value))
