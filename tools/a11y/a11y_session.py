"""A throw-away accessible X desktop for listening to an app: Xvfb, a D-Bus session bus, the AT-SPI bus,
a window manager and (optionally) the Orca screen reader, all isolated in one temporary folder.

Used by `orca-transcript` (what Orca says after each key) and `atspi-tree` (what the app exposes on AT-SPI,
without Orca). Runs on Debian's own python3 (/usr/bin/python3), which has Orca's modules and pyatspi.

Every process started here carries a marker in its environment; `Session.close()` ends them by that marker,
so processes that D-Bus starts on its own (at-spi2-registryd, dconf) go too, and nothing else is touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

MARKER = "A11Y_SESSION_RUN"
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_APP = [str(REPO / ".venv" / "bin" / "pmfit")]
TOOLS = ["Xvfb", "dbus-daemon", "dbus-send", "openbox", "xdotool", "orca", "/usr/libexec/at-spi-bus-launcher"]
APT_LINE = (
    "apt-get install -y --no-install-recommends orca at-spi2-core dbus-daemon dbus-bin xvfb openbox xdotool "
    "python3-pyatspi libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
)

# Orca runs inside this wrapper: it copies every line Orca logs as spoken, the moment it is spoken, into a
# file (one JSON object a line, with the wall-clock time). Orca's --debug-file holds the same lines, but
# block-buffered, so it cannot tell which key a line followed until Orca exits. The "speech" logger is the
# one Orca itself keeps for its regression tests (orca/logger.py); every path to the speech server logs to it.
ORCA_WRAPPER = """
import json, logging, runpy, sys, time
out = open(sys.argv[1], "a", buffering=1, encoding="utf-8")
class Copy(logging.Handler):
    def emit(self, record):
        out.write(json.dumps({"t": time.time(), "line": record.getMessage()}) + "\\n")
logging.getLogger("speech").addHandler(Copy())
sys.argv = ["/usr/bin/orca", *sys.argv[2:]]
runpy.run_path("/usr/bin/orca", run_name="__main__")
"""

_SPEECH = re.compile(r"^SPEECH OUTPUT: '(?P<text>.*?)'(?: voice=\w+)?(?: ?\{.*\})?\s*$", re.DOTALL)


def spoken_text(logged: str) -> str | None:
    """The words of one line Orca logged as spoken, cleaned up; None when the line is not speech.

    Orca logs "SPEECH OUTPUT: 'words'", sometimes followed by " voice=uppercase" or the voice settings
    ("{'established': False}"); a key echo keeps a trailing space inside the quotes.
    """
    match = _SPEECH.match(logged.strip())
    if match is None:
        return None
    return " ".join(match.group("text").split())


class SessionError(Exception):
    """Something the desktop needs did not start; the message says what and why."""


@dataclass
class Step:
    """One line of a key script."""

    verb: str  # key | type | wait-for | sleep | note | dump
    arg: str = ""
    timeout: float | None = None

    def label(self) -> str:
        return f"{self.verb} {self.arg}".strip()


VERBS = ("key", "type", "wait-for", "sleep", "note", "dump")


def parse_steps(lines: Sequence[str]) -> list[Step]:
    """Steps from script lines or command-line arguments.

    `key A B` sends A then B as two steps (each gets its own speech); `type TEXT` types text;
    `wait-for TEXT [--timeout S]` waits until something spoken since the last key contains TEXT;
    `sleep S` waits; `note TEXT` writes a heading into the transcript; `dump` prints the app's AT-SPI tree.
    Blank lines and lines starting with # are skipped. A bare word counts as `key WORD`.
    """
    steps: list[Step] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        verb, _, rest = line.partition(" ")
        rest = rest.strip()
        if verb not in VERBS:
            if " " in line:
                raise ValueError(f"line {number}: unknown step {verb!r} (use one of {', '.join(VERBS)})")
            verb, rest = "key", line
        if verb == "key":
            if not rest:
                raise ValueError(f"line {number}: 'key' needs at least one key name")
            steps.extend(Step("key", name) for name in rest.split())
        elif verb == "wait-for":
            words = shlex.split(rest)
            timeout = None
            if len(words) >= 2 and words[-2] == "--timeout":
                timeout = float(words[-1])
                words = words[:-2]
            if not words:
                raise ValueError(f"line {number}: 'wait-for' needs the text to wait for")
            steps.append(Step("wait-for", " ".join(words), timeout))
        elif verb == "sleep":
            try:
                steps.append(Step("sleep", rest, float(rest)))
            except ValueError:
                raise ValueError(f"line {number}: 'sleep' needs seconds, got {rest!r}") from None
        elif verb in ("type", "note"):
            if not rest:
                raise ValueError(f"line {number}: {verb!r} needs text")
            steps.append(Step(verb, rest))
        else:
            steps.append(Step(verb, rest))
    return steps


@dataclass
class Utterance:
    t: float
    text: str


@dataclass
class SpeechLog:
    """Follows the file the Orca wrapper writes, as Orca speaks."""

    path: Path
    heard: list[Utterance] = field(default_factory=list)
    _offset: int = 0

    def poll(self) -> None:
        if not self.path.exists():
            return
        with self.path.open("rb") as stream:
            stream.seek(self._offset)
            chunk = stream.read()
        complete = chunk[: chunk.rfind(b"\n") + 1]  # a line still being written waits for the next poll
        self._offset += len(complete)
        for raw in complete.decode("utf-8").splitlines():
            record = json.loads(raw)
            text = spoken_text(record["line"])
            if text:
                self.heard.append(Utterance(record["t"], text))

    def since(self, start: float, end: float = float("inf")) -> list[Utterance]:
        return [u for u in self.heard if start <= u.t < end]

    def last_time(self) -> float:
        return self.heard[-1].t if self.heard else 0.0


class Session:
    """The desktop and the processes in it; use as a context manager so it is always taken down."""

    def __init__(self, *, width: int = 1280, height: int = 1024, keep: bool = False) -> None:
        missing = [tool for tool in TOOLS if shutil.which(tool) is None]
        if missing:
            raise SessionError(f"missing {', '.join(missing)}; install with: {APT_LINE}")
        self.size = f"{width}x{height}x24"
        self.keep = keep
        self.token = uuid.uuid4().hex
        self.tmp = Path(tempfile.mkdtemp(prefix="a11y-session-"))
        self.env = self._base_env()
        self.procs: list[tuple[str, subprocess.Popen[bytes]]] = []
        self.app: subprocess.Popen[bytes] | None = None
        self.speech: SpeechLog | None = None

    # -- set-up -------------------------------------------------------------------------------------------

    def _base_env(self) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS")
            and not key.startswith(("XDG_", "SESSION_MANAGER", "GNOME_", "QT_", "GTK_", "NO_AT_BRIDGE"))
        }
        home = self.tmp / "home"
        runtime = self.tmp / "run"
        for folder in (home, runtime):
            folder.mkdir(mode=0o700)
        env.update(
            {
                MARKER: self.token,
                "HOME": str(home),
                "XDG_RUNTIME_DIR": str(runtime),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "XDG_SESSION_TYPE": "x11",
                "LANG": os.environ.get("LANG") or "C.UTF-8",
            }
        )
        return env

    def _start(self, name: str, argv: Sequence[str], pass_fds: Sequence[int] = ()) -> subprocess.Popen[bytes]:
        with (self.tmp / f"{name}.log").open("wb") as log:
            # A session of its own: Ctrl+C in the terminal reaches only this script, which then takes
            # everything down in order and still writes what it heard.
            proc = subprocess.Popen(
                list(argv),
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                pass_fds=tuple(pass_fds),
                start_new_session=True,
            )
        self.procs.append((name, proc))
        return proc

    def log_tail(self, name: str, lines: int = 15) -> str:
        path = self.tmp / f"{name}.log"
        if not path.exists():
            return "(no output)"
        text = path.read_text(errors="replace").strip().splitlines()
        return "\n".join(text[-lines:]) or "(no output)"

    def _read_fd_line(self, read_fd: int, name: str, proc: subprocess.Popen[bytes], timeout: float) -> str:
        os.set_blocking(read_fd, False)
        buffer = b""
        deadline = time.monotonic() + timeout
        while b"\n" not in buffer:
            if proc.poll() is not None:
                raise SessionError(f"{name} exited with status {proc.returncode}:\n{self.log_tail(name)}")
            if time.monotonic() > deadline:
                raise SessionError(f"{name} did not start within {timeout:.0f} s:\n{self.log_tail(name)}")
            try:
                buffer += os.read(read_fd, 4096)
            except BlockingIOError:
                time.sleep(0.02)
        os.close(read_fd)
        return buffer.decode().strip()

    def start_desktop(self) -> None:
        """Xvfb on a free display, a session bus, the AT-SPI bus and a window manager."""
        read_fd, write_fd = os.pipe()
        xvfb = self._start(
            "xvfb",
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.size, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        self.env["DISPLAY"] = ":" + self._read_fd_line(read_fd, "xvfb", xvfb, 15)

        read_fd, write_fd = os.pipe()
        bus = self._start(
            "dbus",
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write_fd}"],
            pass_fds=(write_fd,),
        )
        os.close(write_fd)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self._read_fd_line(read_fd, "dbus", bus, 15)

        self._start("at-spi-bus-launcher", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        self.env["AT_SPI_BUS_ADDRESS"] = self._wait_for_a11y_bus(15)
        self._start("openbox", ["openbox", "--sm-disable"])
        time.sleep(0.5)  # openbox takes over focus handling within this; no client needs to wait longer

    def _wait_for_a11y_bus(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        query = [
            "dbus-send",
            "--session",
            "--print-reply=literal",
            "--dest=org.a11y.Bus",
            "/org/a11y/bus",
            "org.a11y.Bus.GetAddress",
        ]
        while time.monotonic() < deadline:
            done = subprocess.run(query, env=self.env, capture_output=True, text=True, timeout=10)
            if done.returncode == 0 and done.stdout.strip():
                return done.stdout.strip()
            time.sleep(0.1)
        raise SessionError(f"the AT-SPI bus did not come up:\n{self.log_tail('at-spi-bus-launcher')}")

    def start_orca(self, timeout: float = 30, debug_file: Path | None = None) -> float:
        """Start Orca with fresh settings; returns the seconds until it first spoke."""
        others = subprocess.run(
            ["pgrep", "-u", str(os.getuid()), "-x", "orca"], capture_output=True, text=True
        )
        if others.stdout.strip():
            # Orca refuses to start while its user runs another Orca (it checks with pgrep), and its
            # --replace would kill that one: never do that to someone else's session.
            raise SessionError(
                "another Orca runs for this user (pid " + ", ".join(others.stdout.split()) + "); "
                "Orca allows one per user, so wait for it to end"
            )
        prefs = self.tmp / "orca-prefs"
        prefs.mkdir()
        self.speech = SpeechLog(self.tmp / "speech.jsonl")
        args = ["-u", str(prefs)]
        if debug_file is not None:
            args += ["--debug-file", str(debug_file)]
        started = time.time()
        orca = self._start("orca", ["/usr/bin/python3", "-c", ORCA_WRAPPER, str(self.speech.path), *args])
        deadline = time.monotonic() + timeout
        while not self.speech.heard:
            if orca.poll() is not None:
                raise SessionError(f"Orca exited with status {orca.returncode}:\n{self.log_tail('orca')}")
            if time.monotonic() > deadline:
                raise SessionError(f"Orca said nothing within {timeout:.0f} s:\n{self.log_tail('orca')}")
            time.sleep(0.05)
            self.speech.poll()
        return self.speech.heard[0].t - started

    def launch(self, argv: Sequence[str], extra_env: dict[str, str]) -> subprocess.Popen[bytes]:
        """Start the app with Qt's AT-SPI bridge forced on."""
        self.env.update({"QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", **extra_env})
        try:
            self.app = self._start("app", argv)
        except OSError as error:
            raise SessionError(f"cannot run {argv[0]}: {error.strerror}") from None
        return self.app

    # -- driving ------------------------------------------------------------------------------------------

    def send(self, step: Step) -> None:
        if step.verb == "key":
            argv = ["xdotool", "key", "--delay", "0", step.arg]
        elif step.verb == "type":
            argv = ["xdotool", "type", "--delay", "40", step.arg]
        else:
            raise ValueError(step.verb)
        done = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=20)
        if done.returncode != 0:
            raise SessionError(f"xdotool failed for {step.label()!r}: {done.stderr.strip()}")

    def wait_quiet(self, since: float, quiet: float, max_wait: float) -> None:
        """Wait until nothing was spoken for `quiet` seconds (counted from `since` while all stays silent)."""
        assert self.speech is not None
        deadline = since + max_wait
        while time.time() < deadline:
            self.speech.poll()
            if time.time() - max(since, self.speech.last_time()) >= quiet:
                return
            time.sleep(0.05)

    def wait_for_speech(self, text: str, since: float, timeout: float) -> bool:
        assert self.speech is not None
        wanted = text.casefold()
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.speech.poll()
            if any(wanted in u.text.casefold() for u in self.speech.since(since)):
                return True
            if self.app_exit_status() is not None:
                return False
            time.sleep(0.05)
        return False

    def app_exit_status(self) -> int | None:
        return None if self.app is None else self.app.poll()

    def dump_tree(self, out: Callable[[str], None]) -> None:
        """Print the app's AT-SPI tree (a fresh process, so pyatspi connects to this session's bus)."""
        if self.app is None:
            raise SessionError("'dump' needs a running app")
        done = subprocess.run(
            ["/usr/bin/python3", str(HERE / "atspi-tree"), "--dump", str(self.app.pid)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0:
            raise SessionError(f"atspi-tree --dump failed: {done.stderr.strip()}")
        out(done.stdout.rstrip("\n"))

    # -- take-down ----------------------------------------------------------------------------------------

    def _marked_pids(self) -> list[int]:
        needle = f"{MARKER}={self.token}".encode() + b"\0"
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                if needle in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
        return found

    def close(self) -> None:
        """End the app, then Orca, then the desktop in reverse order; then anything left with our marker."""
        for _name, proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    # Orca 43 takes more than 5 s to act on SIGTERM; it keeps no state worth saving here.
                    proc.wait(timeout=1)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=3)
        for attempt in (signal.SIGTERM, signal.SIGKILL):
            left = self._marked_pids()
            for pid in left:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, attempt)
            deadline = time.monotonic() + 2
            while left and time.monotonic() < deadline:
                time.sleep(0.05)
                left = self._marked_pids()
            if not left:
                break
        if self.keep:
            print(f"kept the session folder {self.tmp}", file=sys.stderr)
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> Session:
        # SIGTERM and SIGHUP end the run like Ctrl+C does, so close() still runs.
        for sig in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, _raise_interrupt)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def read_script(path: str) -> list[str]:
    return (sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")).splitlines()


def split_command(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Arguments before `--` and the command after it."""
    if "--" in argv:
        cut = list(argv).index("--")
        return list(argv[:cut]), list(argv[cut + 1 :])
    return list(argv), []
