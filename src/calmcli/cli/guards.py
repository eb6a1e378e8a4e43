"""What calm checks before it parses a command: the standard streams and the text it was given.

A closed stdout leaves nowhere for the data (exit 1: the environment failed). A closed stdin
is only an error for a command that reads it (`read_input`, `stdin_lines`), and a closed
stream's descriptor is held on /dev/null so that no file calm opens later (the case log)
takes its number and receives what was meant for the terminal. Python hands arguments and
environment that are not UTF-8 over with the bad bytes as surrogates, which only fail much
later, when the text is stored or printed: they are refused here, once, in one line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from calmcli.errors import CalmError, UsageError

# Environment calm reads text from: its own variables, and the login name that may name the
# agent (getpass reads these in this order).
_LOGIN_NAMES = ("LOGNAME", "USER", "LNAME", "USERNAME")


def hold_closed_descriptors() -> None:
    """Point a closed 0, 1 or 2 at /dev/null (os.open takes the lowest free number)."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)
    if sys.stderr is None:  # messages about a closed stdout still have to go somewhere
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)


def check_outside(args: Sequence[str]) -> CalmError | None:
    """The first problem with the streams, arguments or environment calm was started with."""
    if sys.stdout is None:
        return CalmError("standard output is closed; nothing was done")  # exit 1
    for number, arg in enumerate(args, start=1):
        if _not_utf8(arg):
            return UsageError(f"argument {number} ({_shown(arg)}) is not UTF-8 text")
    for name, value in sorted(os.environ.items()):
        if (name.startswith("CALM_") or name in _LOGIN_NAMES) and _not_utf8(value):
            return UsageError(f"{name} ({_shown(value)}) is not UTF-8 text; set it in UTF-8")
    return None


def _not_utf8(text: str) -> bool:
    # Python decodes the bytes it cannot read as lone surrogates (PEP 383): look for those.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _shown(text: str) -> str:
    raw = text.encode("utf-8", "surrogateescape")
    return repr(raw[:40]) + ("..." if len(raw) > 40 else "")
