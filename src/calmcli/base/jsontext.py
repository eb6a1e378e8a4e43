"""Parse JSON from outside (stdin, `--jsonl` lines, import files) within documented bounds.

`json.loads` alone turns 100,000 nested brackets into a RecursionError and a 5,000-digit
number into a ValueError, and a value nested a few hundred deep parses but breaks the first
`json.dumps` or YAML export that walks it. Here each of those is a `json.JSONDecodeError`
with its line, which every caller already reports as malformed JSON in one line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
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


def load_json_items(text: str, key: str, each: Callable[[Any, int], None]) -> Any:
    """Parse a JSON object whose `key` is a list, handing each item of that list to
    `each(item, line)` as soon as it is decoded instead of keeping the list: a file of 100,000
    cases never exists as one tree of dicts. Returns the object with that list empty. The
    bounds of parse_json hold for every value; a problem is a JSONDecodeError with its place."""
    decoder = json.JSONDecoder(parse_int=_number(int), parse_float=_number(float))
    scan = _Scan(text)
    head: dict[str, Any] = {}
    scan.expect("{")
    while not scan.take("}"):
        if head:
            scan.expect(",")
        name = scan.value(decoder)
        if not isinstance(name, str):
            raise json.JSONDecodeError(
                "Expecting property name enclosed in double quotes", text, scan.at
            )
        scan.expect(":")
        if name == key and scan.peek() == "[":
            head[name] = []
            scan.expect("[")
            while not scan.take("]"):
                if scan.count:
                    scan.expect(",")
                scan.skip()
                line = scan.line()
                each(scan.value(decoder), line)
                scan.count += 1
        else:
            head[name] = scan.value(decoder)
    scan.skip()
    if scan.at != len(text):
        raise json.JSONDecodeError("Extra data", text, scan.at)
    return head


class _Scan:
    """A position in JSON text, with the line it is on counted as it moves forward."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.count = 0  # items of the list being read
        self._line, self._line_at = 1, 0

    def skip(self) -> None:
        while self.at < len(self.text) and self.text[self.at] in " \t\r\n":
            self.at += 1

    def peek(self) -> str:
        self.skip()
        return self.text[self.at : self.at + 1]

    def take(self, mark: str) -> bool:
        if self.peek() == mark:
            self.at += 1
            return True
        return False

    def expect(self, mark: str) -> None:
        if not self.take(mark):
            raise json.JSONDecodeError(f"Expecting '{mark}'", self.text, self.at)

    def line(self) -> int:
        self._line += self.text.count("\n", self._line_at, self.at)
        self._line_at = self.at
        return self._line

    def value(self, decoder: json.JSONDecoder) -> Any:
        self.skip()
        start = self.at
        try:
            data, self.at = decoder.raw_decode(self.text, self.at)
        except _TooLong as err:
            raise json.JSONDecodeError(
                f"a number of more than {MAX_NUMBER} digits", self.text, self.text.find(err.digits)
            ) from None
        except RecursionError:
            data = _TOO_DEEP
        if data is _TOO_DEEP or nested_too_deep(data):
            raise json.JSONDecodeError(
                f"nested more than {MAX_DEPTH} levels deep",
                self.text,
                start + _too_deep_at(self.text[start:]),
            )
        return data
