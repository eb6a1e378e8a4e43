"""Regular expressions written by team leads, run so that no text can make them hang.

A team's `/regex/` runs on the `regex` engine with a time limit per pattern per text
(`TEAM_REGEX_TIMEOUT`): a pattern that backtracks catastrophically on a customer's message
(`(a|aa)+$`, `(x+x+)+y`) is stopped and named in one line, exit 2. Validation runs each pattern
on short probes built from its own characters and refuses one that already blows up there.
calm's bundled patterns are reviewed to run in linear time (tests/test_untrusted.py) and stay
on the standard `re`: importing `regex` costs about 25 ms, which `calm reply` cannot spare.
Callers (the text matchers) use `finditer_spans` and `check_regex`; nothing else needs to know.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from calmcli.errors import UsageError

TEAM_REGEX_TIMEOUT = 1.0  # seconds for one pattern over one text
_PROBE_TIMEOUT = 0.05
_PROBE_LENGTH = 32  # exponential backtracking shows well before 32 repeats, even on a fast machine
_PROBE_ENDINGS = ("", "\x00", "!")


class RegexTimeout(UsageError):
    """A team pattern ran past its time limit on one text."""


def _engine() -> Any:
    import regex  # type: ignore[import-untyped]  # only for team patterns (module docstring)

    return regex


@lru_cache(maxsize=512)
def _compiled_team(source: str) -> Any:
    return _engine().compile(source, _engine().VERSION0)


@lru_cache(maxsize=512)
def _compiled_bundled(source: str) -> re.Pattern[str]:
    return re.compile(source)


def finditer_spans(source: str, text: str, bounded: bool = True) -> list[tuple[int, int]]:
    """The spans of every non-empty match; a team pattern (`bounded`) runs under a time limit."""
    if not bounded:
        return [m.span() for m in _compiled_bundled(source).finditer(text) if m.end() > m.start()]
    try:
        found = _compiled_team(source).finditer(text, timeout=TEAM_REGEX_TIMEOUT)
        return [m.span() for m in found if m.end() > m.start()]
    except TimeoutError:
        raise RegexTimeout(
            f"the pattern /{source}/ ran over {TEAM_REGEX_TIMEOUT:g} s on this text and was "
            "stopped; rewrite it without nested repetition such as (a+)+"
        ) from None


def check_regex(source: str) -> str | None:
    """Why a team's regular expression cannot be used (invalid, or backtracks), or None."""
    try:
        re.compile(source)  # bundled patterns run on re: keep both engines' syntax valid
        pattern = _compiled_team(source)
    except (re.error, _engine().error, OverflowError, RecursionError) as err:
        return f"invalid regular expression /{source}/: {err}"
    for probe in _probes(source):
        try:
            for _ in pattern.finditer(probe, timeout=_PROBE_TIMEOUT):
                pass
        except TimeoutError:
            return (
                f"the regular expression /{source}/ backtracks catastrophically (it stalls on "
                f"{probe[:8]!r}...); rewrite it without nested repetition such as (a+)+"
            )
    return None


def _probes(source: str) -> list[str]:
    letters = {c for c in source if c.isalnum() or c in " .,-_@#"} | {"a", "1", " "}
    runs = [c * _PROBE_LENGTH for c in sorted(letters)[:40]]
    runs += ["a1 " * (_PROBE_LENGTH // 3), "ab" * (_PROBE_LENGTH // 2)]
    return [run + end for run in runs for end in _PROBE_ENDINGS]
