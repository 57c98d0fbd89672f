"""What pmfit accepts of a bank before parsing it: a regular file of a bounded size, keys of a bounded depth.

A bank path can name a FIFO or /dev/zero (see :mod:`pmfit.core.files`), and TOML can nest a dotted key
thousands of parts deep, over which tomllib takes quadratic time (64,000 parts: 88 s). Both are refused in
one line before any parsing; a real bank is about 50 KB and nests three levels.
"""

from __future__ import annotations

import os
import re

from pmfit.core.errors import BankError
from pmfit.core.files import UnreadableFile, read_regular_file

#: A bank file is read only up to this size: a file that never ends or a huge one must fail at once rather
#: than fill the memory and the validation.
MAX_BANK_BYTES = 4_000_000
#: A dotted key (``a.b.c``, in a header or before ``=``) of more parts than this is refused.
MAX_KEY_DEPTH = 32
# A dotted key of more than MAX_KEY_DEPTH parts: bare or quoted parts joined by dots. It starts only where a
# bare key cannot continue to the left, so a long run of letters is scanned once, never once per letter.
_DEEP_KEY = re.compile(
    r"""(?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]++|"[^"\n]*+"|'[^'\n]*+')"""
    rf"""(?:[ \t]*+\.[ \t]*+(?:[A-Za-z0-9_-]++|"[^"\n]*+"|'[^'\n]*+')){{{MAX_KEY_DEPTH}}}"""
)


def read_bank_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the bank file at ``path``; BankError (one problem, one line) for anything else."""
    try:
        return read_regular_file(path, MAX_BANK_BYTES, "a bank file")
    except UnreadableFile as error:
        raise BankError(os.fspath(path), [str(error)]) from None


def check_key_depth(text: str, path: str) -> None:
    """Raise BankError when ``text`` holds a key nested deeper than :data:`MAX_KEY_DEPTH`."""
    if _DEEP_KEY.search(text):
        raise BankError(path, [f"TOML keys nested more than {MAX_KEY_DEPTH} levels deep"])
