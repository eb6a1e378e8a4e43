"""Find lexicon words and rule tokens in text, ignoring case and accents, keeping offsets.

Pattern syntax (lexicons and rules): `word` matches the whole word; `stem*` any word that starts
with stem (`*` stands for letters, anywhere in a word: `*pierdol*`, `f*ck*`); words separated by
spaces match a phrase; `/regex/` is a Python regular expression run on the folded text (lower
case, no accents). Text and patterns are folded before matching, so "sąd" also matches "SAD".

Literal patterns are indexed by their first word and matched word by word, without `re`:
compiling a few hundred alternatives costs milliseconds, which `calm reply` cannot spare.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from typing import Any

_APOSTROPHES = {"’": "'", "ʼ": "'", "`": "'", "´": "'"}
_FOLDED: dict[str, str] = {}
_WORDS = re.compile(r"\w+")
_JOINERS = frozenset(" \t\n'-·")  # what may stand between the words of a phrase

Unit = str | tuple[str, ...]  # a plain word, or the pieces of a word with `*` between them
Hit = tuple[int, int]  # start and end offsets


def _fold(char: str) -> str:
    lowered = char.lower()
    base = unicodedata.normalize("NFD", lowered)[:1] if len(lowered) == 1 else char
    folded = _APOSTROPHES.get(base, base) or char
    _FOLDED[char] = folded
    return folded


def fold(text: str) -> str:
    """Lower-case and strip accents one character for one, so offsets stay those of `text`."""
    get = _FOLDED.get
    return "".join([get(c) or _fold(c) for c in text])


def is_regex(pattern: str) -> bool:
    return len(pattern) > 2 and pattern.startswith("/") and pattern.endswith("/")


def check_pattern(pattern: str) -> str | None:
    """Return why a pattern is unusable, or None."""
    if is_regex(pattern):
        from calmcli.base.saferegex import check_regex

        return check_regex(pattern[1:-1])
    if not _WORDS.search(fold(pattern).replace("*", "")):
        return f"pattern {pattern!r} has no letters; write symbols as a /regex/"
    return None


def _units(pattern: str) -> tuple[Unit, ...]:
    words = re.findall(r"[\w*]+", fold(pattern))
    return tuple(tuple(w.split("*")) if "*" in w else w for w in words)


def _unit_matches(unit: Unit, word: str) -> bool:
    if isinstance(unit, str):
        return word == unit
    first, last = unit[0], unit[-1]
    if len(word) < len(first) + len(last) or not word.startswith(first) or not word.endswith(last):
        return False
    position, end = len(first), len(word) - len(last)
    for piece in unit[1:-1]:
        found = word.find(piece, position, end)
        if found < 0:
            return False
        position = found + len(piece)
    return True


class Matcher:
    """Many named pattern lists, matched in one pass over the words of a text. Plain data:
    it is kept in the cache and used as is. Its regexes run under a time limit (`bounded`)
    unless every one of them comes from calm's own reviewed files."""

    __slots__ = (
        "exact",
        "prefix",
        "suffix",
        "other",
        "regexes",
        "prefix_sizes",
        "suffix_sizes",
        "bounded",
    )

    def __init__(self, bounded: bool = True) -> None:
        self.bounded = bounded
        self.exact: dict[str, list[tuple[Hashable, tuple[Unit, ...]]]] = {}
        self.prefix: dict[str, list[tuple[Hashable, tuple[Unit, ...]]]] = {}
        self.suffix: dict[str, list[tuple[Hashable, tuple[Unit, ...]]]] = {}
        self.other: list[tuple[Hashable, tuple[Unit, ...]]] = []
        self.regexes: list[tuple[Hashable, str]] = []
        self.prefix_sizes: tuple[int, ...] = ()  # the lengths of the indexed stems
        self.suffix_sizes: tuple[int, ...] = ()

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state: dict[str, Any]) -> None:
        restore(self, state)

    def add(self, key: Hashable, patterns: Iterable[str]) -> None:
        for pattern in patterns:
            pattern = pattern.strip()
            if is_regex(pattern):
                self.regexes.append((key, pattern[1:-1]))
                continue
            units = _units(pattern)
            if not units:
                continue
            first = units[0]
            if isinstance(first, str):
                self.exact.setdefault(first, []).append((key, units))
            elif first[0]:
                self.prefix.setdefault(first[0], []).append((key, units))
                self.prefix_sizes = tuple(sorted({*self.prefix_sizes, len(first[0])}))
            elif len(first) == 2 and first[1]:  # "*emy": index by the ending
                self.suffix.setdefault(first[1], []).append((key, units))
                self.suffix_sizes = tuple(sorted({*self.suffix_sizes, len(first[1])}))
            else:
                self.other.append((key, units))

    def scan(
        self, folded: str, only: Callable[[Any], bool] | None = None
    ) -> dict[Hashable, list[Hit]]:
        """Every hit of every key (or those `only` accepts) in already folded text."""
        words = [(m.start(), m.end(), m.group()) for m in _WORDS.finditer(folded)]
        from calmcli.base.saferegex import finditer_spans

        hits: dict[Hashable, list[Hit]] = {}
        exact, prefix, suffix = self.exact, self.prefix, self.suffix
        for index, (start, _, word) in enumerate(words):
            candidates = list(exact.get(word, ()))
            for size in self.prefix_sizes:
                if size > len(word):
                    break
                candidates += prefix.get(word[:size], ())
            for size in self.suffix_sizes:
                if size > len(word):
                    break
                candidates += suffix.get(word[-size:], ())
            for key, units in candidates + self.other:
                end = _phrase_end(units, words, index, folded)
                if end is not None:
                    hits.setdefault(key, []).append((start, end))
        for key, source in self.regexes:
            if only is not None and not only(key):
                continue  # compiling a regex costs more than scanning: skip unwanted ones
            found = finditer_spans(source, folded, self.bounded)
            if found:
                hits.setdefault(key, []).extend(found)
        return {key: _outermost(spans) for key, spans in hits.items()}


def _phrase_end(
    units: tuple[Unit, ...], words: list[tuple[int, int, str]], index: int, folded: str
) -> int | None:
    if index + len(units) > len(words):
        return None
    previous_end = words[index][0]
    for offset, unit in enumerate(units):
        start, end, word = words[index + offset]
        if not _unit_matches(unit, word):
            return None
        if offset and not _JOINERS.issuperset(folded[previous_end:start]):
            return None
        previous_end = end
    return previous_end


def _outermost(spans: list[Hit]) -> list[Hit]:
    """Sorted spans without those inside another ("bad" inside "bad review")."""
    result: list[Hit] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if result and start < result[-1][1]:
            continue
        result.append((start, end))
    return result


def restore(instance: Any, state: dict[str, Any]) -> None:
    """Unpickle a slotted object; a cache written by an older layout is refused (and rebuilt)."""
    if set(state) != set(instance.__slots__):
        raise ValueError(f"stale {type(instance).__name__} in the cache")
    for name, value in state.items():
        setattr(instance, name, value)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
