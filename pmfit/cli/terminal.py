"""What the command line prints is shown, never obeyed, by the terminal.

Bank text, a sheet's fields and file names can hold control characters: ESC starts a terminal escape
sequence (colours, cursor moves, a changed window title), BEL rings. File names and one-line messages go
through :func:`escape`, and the streams the commands write to are wrapped in :class:`EscapingStream`, so
nothing reaches a terminal raw. File names that are not UTF-8 arrive as lone surrogates (Python's
surrogateescape); they are shown as the bytes they stand for (``\\xff``) rather than crash the print.
JSON output keeps to JSON: :func:`dump_json` writes the same characters as ``\\uXXXX`` escapes.
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

# C0 and C1 controls with DEL, lone surrogates, line and paragraph separators, and the bidirectional
# overrides and isolates (they reorder what the terminal shows: "Trojan Source").
_OTHERS = "\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE_RE = re.compile(f"[\x00-\x1f{_OTHERS}]")
_UNSAFE_KEEP_NEWLINE_RE = re.compile(f"[\x00-\x09\x0b-\x1f{_OTHERS}]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a non-UTF-8 file name, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def escape(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character escaped (``\\x1b``, ``\\u202e``); one line unless asked."""
    pattern = _UNSAFE_KEEP_NEWLINE_RE if keep_newlines else _UNSAFE_RE
    return pattern.sub(_shown, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def dump_json(data: Any, out: TextIO) -> None:
    """``data`` as indented JSON, with the characters a terminal would act on written as ``\\uXXXX``."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # json.dumps escapes U+0000-U+001F itself; the rest can only stand inside strings, where \\uXXXX is valid.
    out.write(_UNSAFE_KEEP_NEWLINE_RE.sub(_json_escape, text) + "\n")


class EscapingStream:
    """A text stream that escapes control characters in everything written to it (line breaks pass).

    The last line of defence: whatever a command prints is shown rather than obeyed. It writes ``\\uXXXX``,
    the one escape JSON knows, so JSON written through it (where such characters can only stand inside
    strings) stays valid JSON.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(_UNSAFE_KEEP_NEWLINE_RE.sub(_json_escape, text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
