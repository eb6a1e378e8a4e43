"""Parse JSON from outside (stdin, `--jsonl` lines, import files) within documented bounds.

`json.loads` alone turns 100,000 nested brackets into a RecursionError and a 5,000-digit
number into a ValueError, and a value nested a few hundred deep parses but breaks the first
`json.dumps` or YAML export that walks it. Here each of those is a `json.JSONDecodeError`
with its line, which every caller already reports as malformed JSON in one line.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64  # arrays and objects inside each other; a case's values are flat
MAX_NUMBER = 100  # characters in one number
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def parse_json(text: str) -> Any:
    """`json.loads(text)`, refusing values nested over MAX_DEPTH or numbers over MAX_NUMBER."""
    try:
        data = json.loads(text, parse_int=_number(int), parse_float=_number(float))
    except _TooLong as err:
        raise json.JSONDecodeError(
            f"a number of more than {MAX_NUMBER} digits", text, text.find(err.digits)
        ) from None
    except RecursionError:
        data = _TOO_DEEP
    if data is _TOO_DEEP or nested_too_deep(data):
        raise json.JSONDecodeError(
            f"nested more than {MAX_DEPTH} levels deep", text, _too_deep_at(text)
        )
    return data


_TOO_DEEP = object()


class _TooLong(ValueError):
    def __init__(self, digits: str) -> None:
        self.digits = digits


def _number(kind: type[int] | type[float]) -> Any:
    def parse(digits: str) -> int | float:
        if len(digits) > MAX_NUMBER:
            raise _TooLong(digits)
        return kind(digits)

    return parse


def nested_too_deep(data: Any) -> bool:
    """Whether `data` holds containers more than MAX_DEPTH deep (walked without recursion;
    also for what YAML built)."""
    level = [data]
    for _ in range(MAX_DEPTH):
        level = [
            child
            for item in level
            if isinstance(item, (dict, list))
            for child in (item.values() if isinstance(item, dict) else item)
        ]
        if not level:
            return False
    return any(isinstance(item, (dict, list)) for item in level)


def _too_deep_at(text: str) -> int:
    """Where the nesting first passes MAX_DEPTH (only run once a value is known too deep)."""
    depth = 0
    for token in _TOKENS.finditer(text):
        mark = token.group()
        if mark in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                return token.start()
        elif mark in ("]", "}"):
            depth -= 1
    return 0
