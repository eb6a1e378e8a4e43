"""Find lexicon words and rule tokens in text, ignoring case and accents, keeping offsets.

Pattern syntax (lexicons and rules): `word` matches the whole word; `stem*` any word that starts
with stem (`*` stands for letters, anywhere in a word: `*pierdol*`, `f*ck*`); words separated by
spaces match a phrase; `/regex/` is a Python regular expression run on the folded text (lower
case, no accents). Text and patterns are folded before matching, so "sąd" also matches "SAD".
A lexicon may also give a plain word the inflected forms of its lemma (see playbook.lemmas).

One compiled matcher: every literal pattern's first word goes into one regular expression, built
as a trie so it runs in C at the speed of one pass; only where it fires (a handful of places in a
reply) does Python look at the patterns that start with that word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

# One character for one: apostrophes, and letters Unicode does not decompose ("zlodzieje" is how
# many write "złodzieje").
_APOSTROPHES = {"’": "'", "ʼ": "'", "`": "'", "´": "'", "ł": "l", "đ": "d", "ø": "o"}
FOLDING = 2  # bumped when fold() changes: cached matchers and forms folded otherwise are stale
_WORDS = re.compile(r"\w+")
_WORD_AT = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"[ \t\n'\-·]+(\w+)")  # what may stand between the words of a phrase

Unit = str | tuple[str, ...] | frozenset[str]  # a word, the pieces around `*`, or a word's forms
Key = tuple[str, ...]  # what a pattern list is filed under: ("words", "insult"), a rule's id
Hit = tuple[int, int]  # start and end offsets


class _FoldTable(dict[int, str]):
    """str.translate's table, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lowered = char.lower()
        base = unicodedata.normalize("NFD", lowered)[:1] if len(lowered) == 1 else char
        folded = _APOSTROPHES.get(base, base) or char
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and strip accents one character for one, so offsets stay those of `text`."""
    return text.translate(_TABLE)


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


def units(pattern: str) -> tuple[Unit, ...]:
    words = re.findall(r"[\w*]+", fold(pattern))
    return tuple(tuple(w.split("*")) if "*" in w else w for w in words)


def _unit_matches(unit: Unit, word: str) -> bool:
    if isinstance(unit, str):
        return word == unit
    if isinstance(unit, frozenset):
        return word in unit
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


Forms = Callable[[str], Iterable[str]]  # a plain word's inflected forms (folded), itself included


class Matcher:
    """Many named pattern lists, matched in one pass over a text. Plain data (annotated slots):
    the cache stores it as JSON (base.plaindata) and uses it as is; the gate (one regex) is
    compiled on first use. Its /regexes/ run under a time limit (`bounded`) unless every one
    comes from calm's own reviewed files."""

    __slots__ = (
        "exact",
        "prefix",
        "inner",
        "regexes",
        "prefix_sizes",
        "starts",
        "pieces",
        "bounded",
        "folding",
    )
    exact: dict[str, list[tuple[Key, tuple[Unit, ...]]]]
    prefix: dict[str, list[tuple[Key, tuple[Unit, ...]]]]
    inner: list[tuple[Key, tuple[Unit, ...]]]  # `*kurw*`, `*emy`
    regexes: list[tuple[Key, str]]
    prefix_sizes: tuple[int, ...]  # the lengths of the indexed stems
    starts: set[str]  # the patterns as the gate reads them (_gate_strings)
    pieces: set[str]  # what a word holding an inner pattern contains
    bounded: bool
    folding: int  # FOLDING when the patterns were folded

    def __init__(self, bounded: bool = True) -> None:
        self.bounded = bounded
        self.folding = FOLDING
        self.exact, self.prefix, self.inner, self.regexes = {}, {}, [], []
        self.prefix_sizes, self.starts, self.pieces = (), set(), set()

    def __plain_check__(self) -> None:
        """Refuse a cached matcher whose words were folded by another fold()."""
        if self.folding != FOLDING:
            raise ValueError("Matcher folded otherwise in the cache")

    def add(self, key: Key, patterns: Iterable[str], forms: Forms | None = None) -> None:
        for pattern in patterns:
            pattern = pattern.strip()
            if is_regex(pattern):
                self.regexes.append((key, pattern[1:-1]))
                continue
            found = units(pattern)
            if not found:
                continue
            if forms is not None:
                found = tuple(_inflected(u, forms) if isinstance(u, str) else u for u in found)
            self._index(key, found)

    def _index(self, key: Key, found: tuple[Unit, ...]) -> None:
        first = found[0]
        if isinstance(first, tuple) and not first[0]:
            self.inner.append((key, found))
            self.pieces.add(max(first, key=len))
            return
        if isinstance(first, tuple):
            self.prefix.setdefault(first[0], []).append((key, found))
            self.prefix_sizes = tuple(sorted({*self.prefix_sizes, len(first[0])}))
        else:
            for word in [first] if isinstance(first, str) else sorted(first):
                # Filed under each form, the entry starts with that form, not all of them: a
                # verb's hundred forms would each carry the hundred (the cache grew quadratic).
                self.exact.setdefault(word, []).append((key, (word, *found[1:])))
        self.starts.update(_gate_strings(found))

    def gate(self) -> re.Pattern[str] | None:
        """One regex that fires at every word that may start a pattern."""
        contains, ends = self.inner_tests()
        return _gate(frozenset(self.starts), frozenset(contains), frozenset(ends))

    def inner_tests(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What a word must contain, or end with, for an inner pattern (`*kurw*`, `*emy`) to
        match it: a pattern whose last piece is letters matches only words ending with them
        (`*re` is a future tense ending, not every word holding 're')."""
        found = _INNER.get(id(self))
        if found is None or found[0] is not self:
            contains: set[str] = set()
            ends: set[str] = set()
            for _, units_found in self.inner:
                first = units_found[0]
                assert isinstance(first, tuple)
                if first[-1]:
                    ends.add(first[-1])
                else:
                    contains.add(max(first, key=len))
            found = _INNER[id(self)] = (self, tuple(sorted(contains)), tuple(sorted(ends)))
        return found[1], found[2]

    def words(self, folded: str) -> Iterator[re.Match[str]]:
        """The words of `folded` where a pattern may start. The first texts a matcher scans
        go word by word: compiling the gate costs more than a reply's worth of dictionary
        lookups (a fifth of `calm reply`'s start-up); a stream of texts (`--jsonl`, `calm
        templates check`) gets the gate from the `GATE_AFTER`th text on. Both let through
        every word a pattern starts at; the patterns themselves are checked after, the same."""
        uses = _GATES.get(id(self))
        if uses is None or uses[0] is not self:
            uses = _GATES[id(self)] = [self, 0, None]
        if uses[2] is None:
            uses[1] += 1
            if uses[1] <= GATE_AFTER:
                yield from _WORD_AT.finditer(folded)
                return
            uses[2] = self.gate() or _NO_GATE
        seen = -1
        for match in uses[2].finditer(folded):
            start = match.start()
            if start <= seen:
                continue
            word_match = _WORD_AT.match(folded, start)
            if word_match is not None:
                seen = word_match.end() - 1
                yield word_match

    def scan(self, folded: str, only: Callable[[Any], bool] | None = None) -> dict[Key, list[Hit]]:
        """Every hit of every key (or those `only` accepts) in already folded text."""
        return {key: _outermost(spans) for key, spans in self._raw(folded, only).items()}

    def scan_pieces(
        self, pieces: list[str], sep: str, only: Callable[[Any], bool] | None, only_key: Any
    ) -> dict[Key, list[Hit]]:
        """scan(sep.join(pieces)), exactly, from each piece's hits (kept for pieces seen
        before: a reply's parts repeat across cases) and what crosses the joints. Exact when
        `sep` is line breaks and no /regex/ can match one (then none crosses a joint, and a
        look-around sees a line break as it sees the text's edge); else one plain scan."""
        if not pieces or sep.strip("\n") or not _newline_free(tuple(s for _, s in self.regexes)):
            return self.scan(sep.join(pieces), only)
        hits: dict[Key, list[Hit]] = {}
        full = sep.join(pieces)
        offset = 0
        for index, piece in enumerate(pieces):
            if index:
                self._joint(full, pieces[index - 1], offset, len(sep), hits)
                offset += len(sep)
            for key, spans in self._cached_raw(piece, only, only_key).items():
                hits.setdefault(key, []).extend((s + offset, e + offset) for s, e in spans)
            offset += len(piece)
        return {key: _outermost(spans) for key, spans in hits.items()}

    def _cached_raw(
        self, piece: str, only: Callable[[Any], bool] | None, only_key: Any
    ) -> dict[Key, list[Hit]]:
        key = (id(self), only_key, piece)
        found = _PIECES.get(key)
        if found is None or found[0] is not self:
            found = (self, self._by_clauses(piece, only))
            if admit(key):
                if len(_PIECES) >= _PIECES_KEPT:
                    _PIECES.clear()
                _PIECES[key] = found
        return found[1]

    def _by_clauses(self, piece: str, only: Callable[[Any], bool] | None) -> dict[Key, list[Hit]]:
        """_raw(piece), with the literal patterns' hits put together from its clauses' (kept
        for clauses met before: a paragraph with a new name repeats all its other clauses).
        Exact: a literal pattern's words are only ever joined by spaces, apostrophes, hyphens
        or line breaks, so none of its hits holds the punctuation a clause ends with; the
        /regexes/ still read the whole piece."""
        cuts = [m.end() for m in _CLAUSE_END.finditer(piece)]
        if len(cuts) < 2:
            return self._raw(piece, only)
        hits = self._raw(piece, only, regex_only=True)
        start = 0
        for end in [*cuts, len(piece)] if cuts[-1] < len(piece) else cuts:
            clause = piece[start:end]
            key = (id(self), "clause", clause)
            found = _PIECES.get(key)
            if found is None or found[0] is not self:
                found = (self, self._raw(clause, None, literal_only=True))
                if admit(key):
                    if len(_PIECES) >= _PIECES_KEPT:
                        _PIECES.clear()
                    _PIECES[key] = found
            for hit_key, spans in found[1].items():
                hits.setdefault(hit_key, []).extend((s + start, e + start) for s, e in spans)
            start = end
        return hits

    def _joint(
        self, full: str, before: str, joint: int, sep: int, hits: dict[Key, list[Hit]]
    ) -> None:
        """The literal patterns' hits that start in `before` (the piece ending at offset
        `joint` of `full`) and go on past the joint (a phrase's words may be line breaks
        apart, over several short pieces): scanned on the words around it."""
        size, continues = self._followers()
        words = _WORDS.finditer(full, joint + sep)
        first = next(words, None)
        last = _last_word(before)
        if size < 2 or first is None or (last and not continues(last, first.group())):
            return  # no pattern has these two words one after the other: none crosses here
        following = [first, *(m for _, m in zip(range(size - 1), words, strict=False))]
        start = joint - len(before) + _tail(before, size)
        window = full[start : following[-1].end()]
        cache_key = (id(self), None, window)
        found = _PIECES.get(cache_key)
        if found is None or found[0] is not self:
            found = (self, self._raw(window, None, literal_only=True))
            if admit(cache_key):  # a window around a new name is met once
                if len(_PIECES) >= _PIECES_KEPT:
                    _PIECES.clear()
                _PIECES[cache_key] = found
        for key, spans in found[1].items():
            for hit_start, hit_end in spans:
                if hit_start + start < joint < hit_end + start:
                    hits.setdefault(key, []).append((hit_start + start, hit_end + start))

    def _followers(self) -> tuple[int, Callable[[str, str], bool]]:
        """The most words a literal pattern has, and whether two words can follow one another
        in one (only then can a phrase cross the joint between them)."""
        found = _FOLLOWERS.get(id(self))
        if found is None or found[0] is not self:
            every = [
                f
                for lists in (self.exact, self.prefix)
                for entries in lists.values()
                for _, f in entries
            ]
            every += [f for _, f in self.inner]
            pairs: set[tuple[str, str]] = set()
            loose: list[tuple[Unit, Unit]] = []
            for found_units in every:
                for one, two in zip(found_units, found_units[1:], strict=False):
                    if isinstance(one, str) and isinstance(two, str):
                        pairs.add((one, two))
                    else:
                        loose.append((one, two))

            known: dict[tuple[str, str], bool] = {}

            def continues(last: str, first: str) -> bool:
                if (last, first) in pairs:
                    return True
                found = known.get((last, first))
                if found is None:  # the same pairs of words meet at the joints, case after case
                    if len(known) >= _PIECES_KEPT:
                        known.clear()
                    found = known[(last, first)] = any(
                        _unit_matches(one, last) and _unit_matches(two, first) for one, two in loose
                    )
                return found

            size = max((len(f) for f in every), default=1)
            found = _FOLLOWERS[id(self)] = (self, size, continues)
        return found[1], found[2]

    def _raw(
        self,
        folded: str,
        only: Callable[[Any], bool] | None,
        literal_only: bool = False,
        regex_only: bool = False,
    ) -> dict[Key, list[Hit]]:
        from calmcli.base.saferegex import finditer_spans

        hits: dict[Key, list[Hit]] = {}
        if (self.starts or self.pieces) and not regex_only:
            exact, prefix, sizes, inner = self.exact, self.prefix, self.prefix_sizes, self.inner
            contains, ends = self.inner_tests() if inner else ((), ())
            for word_match in self.words(folded):
                word = word_match.group()
                candidates = list(exact.get(word, ()))
                for size in sizes:
                    if size > len(word):
                        break
                    candidates += prefix.get(word[:size], ())
                if inner and (word.endswith(ends) or any(piece in word for piece in contains)):
                    candidates += inner
                for key, found in candidates:
                    end = _phrase_end(found, word, word_match.end(), folded)
                    if end is not None:
                        hits.setdefault(key, []).append((word_match.start(), end))
        if literal_only:
            return hits
        for key, source in self.regexes:
            if only is not None and not only(key):
                continue  # compiling a regex costs more than scanning: skip unwanted ones
            if not _may_match(source, folded):
                continue  # a character every match needs is not in the text
            spans = finditer_spans(source, folded, self.bounded)
            if spans:
                hits.setdefault(key, []).extend(spans)
        return hits


_CLAUSE_END = re.compile(r"[.,;:!?]+")  # no literal pattern's hit holds one of these
GATE_AFTER = 16  # texts a matcher scans word by word before it compiles its gate
_NO_GATE = re.compile(r"(?!)")  # a matcher with no word patterns: nothing to let through
_GATES: dict[int, list[Any]] = {}  # id(matcher) -> [matcher, texts scanned, compiled gate]


_INNER: dict[int, tuple[Matcher, tuple[str, ...], tuple[str, ...]]] = {}


def _may_match(source: str, text: str) -> bool:
    """False when the text lacks a character every match of the regex holds (`@` in an
    e-mail address, `%` in a percentage, a digit in a date): then it cannot match there."""
    needed = _needed(source)
    if not needed:
        return True
    for char in needed:
        if char == _DIGIT_NEEDED:
            if _ANY_DIGIT.search(text) is None:
                return False
        elif char not in text:
            return False
    return True


_DIGIT_NEEDED = "\\d"
_ANY_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)
def _needed(source: str) -> frozenset[str]:
    """The characters every match of `source` contains (`\\d` for a digit), read from the
    parsed pattern; conservatively none when it uses a flag or anything unusual."""
    from importlib import import_module

    parser: Any = import_module("re._parser")
    try:
        parsed = parser.parse(source)
    except Exception:  # noqa: BLE001 - not parsed here: the engine will say why; no shortcut
        return frozenset()
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return frozenset()
    return frozenset(_needed_in(parsed))


def _needed_in(items: Any) -> set[str]:
    needed: set[str] = set()
    for op, value in items:
        name = str(op)
        if name == "LITERAL":
            needed.add(chr(value))
        elif name == "IN" and len(value) == 1:
            inner_op, inner_value = value[0]
            if str(inner_op) == "LITERAL":
                needed.add(chr(inner_value))
            elif str(inner_op) == "CATEGORY" and str(inner_value) == "CATEGORY_DIGIT":
                needed.add(_DIGIT_NEEDED)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and value[0] >= 1:
            needed |= _needed_in(value[2])
        elif name == "SUBPATTERN" and not value[1] and not value[2]:
            needed |= _needed_in(value[3])
        elif name == "ATOMIC_GROUP":
            needed |= _needed_in(value)
        elif name == "BRANCH":
            branches = [_needed_in(branch) for branch in value[1]]
            needed |= set.intersection(*branches) if branches else set()
    return needed


# Each piece's hits, by matcher, rule selection and text (bounded: a long --jsonl run meets new
# names and orders on every line).
_PIECES: dict[tuple[int, Any, str], tuple[Matcher, dict[Key, list[Hit]]]] = {}
_PIECES_KEPT = 20_000
_SEEN: dict[Any, None] = {}  # keys met once: only a key met again is kept (see admit)


def admit(key: Any) -> bool:
    """Whether to keep what was worked out for `key`: only when it was met before. A stream
    of replies brings a new name or order in a piece or two on every line: kept too, they
    would fill the caches and push out the pieces that do repeat."""
    if key in _SEEN:
        return True
    if len(_SEEN) >= _PIECES_KEPT:
        _SEEN.clear()
    _SEEN[key] = None
    return False


_FOLLOWERS: dict[int, tuple[Matcher, int, Callable[[str, str], bool]]] = {}


def _last_word(text: str) -> str | None:
    """The last word of `text` (None when it has none: then the joint is scanned)."""
    found = _LAST.get(text)
    if found is None:
        if len(_LAST) >= _PIECES_KEPT:
            _LAST.clear()
        words = _WORDS.findall(text)
        found = _LAST[text] = words[-1] if words else ""
    return found or None


_LAST: dict[str, str] = {}


def _tail(text: str, count: int) -> int:
    """Where the last `count` words of `text` start (0 when it has fewer); kept, as the
    pieces are."""
    key = (text, count)
    found = _TAILS.get(key)
    if found is None:
        if len(_TAILS) >= _PIECES_KEPT:
            _TAILS.clear()
        starts = [m.start() for m in _WORDS.finditer(text)]
        found = _TAILS[key] = starts[-count] if len(starts) >= count else 0
    return found


_TAILS: dict[tuple[str, int], int] = {}


@lru_cache(maxsize=256)
def _newline_free(sources: tuple[str, ...]) -> bool:
    """No pattern can match a line break, nor test for one (^, $, \\A, \\Z): read from the
    parsed pattern, conservatively (any negated class, dot or category other than digits and
    word characters counts as one)."""
    from importlib import import_module

    parser: Any = import_module("re._parser")  # the parser of `re` itself: what the engine runs

    def free(items: Any) -> bool:
        for op, value in items:
            name = str(op)
            if name in ("ANY", "NOT_LITERAL") or (name == "AT" and str(value) not in _EDGES):
                return False
            if name == "LITERAL" and value in (10, 13):
                return False
            if name == "IN":
                for inner_op, inner_value in value:
                    inner = str(inner_op)
                    if inner == "NEGATE" or (inner == "LITERAL" and inner_value in (10, 13)):
                        return False
                    if inner == "RANGE" and inner_value[0] <= 13 and inner_value[1] >= 10:
                        return False
                    if inner == "CATEGORY" and str(inner_value) not in _SAFE_CATEGORIES:
                        return False
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                if not free(value[2]):
                    return False
            elif name == "SUBPATTERN":
                if not free(value[3]):
                    return False
            elif name in ("ASSERT", "ASSERT_NOT"):
                if not free(value[1]):
                    return False
            elif name == "BRANCH":
                if not all(free(branch) for branch in value[1]):
                    return False
            elif name in ("ATOMIC_GROUP",):
                if not free(value):
                    return False
            elif name not in ("LITERAL", "GROUPREF", "AT"):
                return False
        return True

    try:
        return all(free(parser.parse(source)) for source in sources)
    except Exception:  # noqa: BLE001 - anything unexpected: not provably free, scan whole
        return False


_SAFE_CATEGORIES = {"CATEGORY_DIGIT", "CATEGORY_WORD"}
_EDGES = {"AT_BOUNDARY", "AT_NON_BOUNDARY"}  # \\b and \\B: the same at a line break as at an edge


def _inflected(word: str, forms: Forms) -> Unit:
    found = frozenset(forms(word)) | {word}
    return word if len(found) == 1 else found


def _phrase_end(found: tuple[Unit, ...], word: str, end: int, folded: str) -> int | None:
    if not _unit_matches(found[0], word):
        return None
    for unit in found[1:]:
        following = _NEXT_WORD.match(folded, end)
        if following is None or not _unit_matches(unit, following.group(1)):
            return None
        end = following.end()
    return end


def _gate_strings(found: tuple[Unit, ...]) -> list[str]:
    """A pattern spelt for the gate's trie: " " a joiner, "~" any letters from here on, "$" the
    end of a word. A phrase whose later words are wildcards is cut there: the gate only needs to
    let every real hit through; Python checks each one exactly."""
    spelt = [""]
    for index, unit in enumerate(found):
        if index:
            spelt = [s + " " for s in spelt]
        if isinstance(unit, str):
            spelt = [s + unit for s in spelt]
        elif isinstance(unit, frozenset) and len(spelt) * len(unit) <= 64:
            spelt = [s + form for s in spelt for form in sorted(unit)]
        else:
            start = unit[0] if isinstance(unit, tuple) else ""
            return [s + start + "~" for s in spelt]
    return [s + "$" for s in spelt]


@lru_cache(maxsize=64)
def _gate(
    starts: frozenset[str], pieces: frozenset[str], ends: frozenset[str] = frozenset()
) -> re.Pattern[str] | None:
    parts = []
    if starts:
        parts.append(rf"(?<!\w)(?={_trie(sorted(starts))})")  # zero-width: overlaps too
    if pieces:
        # "~": a piece is found whatever follows it, so "ra" is kept beside "ran"
        parts.append(rf"(?<!\w)(?=\w*?{_trie(sorted(p + '~' for p in pieces))})")
    if ends:  # "$": the word ends there
        parts.append(rf"(?<!\w)(?=\w*?{_trie(sorted(e + '$' for e in ends))})")
    return re.compile("|".join(parts)) if parts else None


def _trie(words: list[str]) -> str:
    """One regex for all the spelt patterns, factored by common prefixes: the engine tests one
    character per branch instead of every pattern in turn."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
            if char == "~":
                break

    def render(node: dict[str, Any]) -> str:
        if "~" in node:
            return ""  # a stem or a wildcard: whatever follows may match
        branches = [
            _SPECIAL.get(char, re.escape(char)) + render(child)
            for char, child in sorted(node.items())
        ]
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return render(tree)


_SPECIAL = {" ": r"[ \t\n'\-·]+", "$": r"(?!\w)"}


def _outermost(spans: list[Hit]) -> list[Hit]:
    """Sorted spans without those inside another ("bad" inside "bad review")."""
    result: list[Hit] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if result and start < result[-1][1]:
            continue
        result.append((start, end))
    return result


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def matches_no_unit(matcher: Matcher, word: str) -> bool:
    """No word of any literal pattern (first or later, exact, inflected or wildcard) matches
    `word` (folded): then no literal hit can hold it, wherever it stands."""
    found = _NO_UNIT.get((id(matcher), word))
    if found is None or found[0] is not matcher:
        plain, forms, wild = _units_of(matcher)
        result = word not in plain and word not in forms
        if result and wild:
            # a wildcard with a stem matches only words that start with it: most words skip
            # them all in one test
            stems = _STEMS.get(id(matcher))
            if stems is None or stems[0] is not matcher:
                firsts = tuple(u[0] for u in wild if isinstance(u, tuple) and u[0])
                bare = tuple(u for u in wild if not isinstance(u, tuple) or not u[0])
                stems = _STEMS[id(matcher)] = (matcher, firsts, bare)
            candidates = wild if word.startswith(stems[1]) else stems[2]
            result = not any(_unit_matches(unit, word) for unit in candidates)
        if len(_NO_UNIT) >= _PIECES_KEPT:
            _NO_UNIT.clear()
        found = _NO_UNIT[(id(matcher), word)] = (matcher, result)
    return found[1]


_NO_UNIT: dict[tuple[int, str], tuple[Matcher, bool]] = {}
_STEMS: dict[int, tuple[Matcher, tuple[str, ...], tuple[Unit, ...]]] = {}


def _units_of(matcher: Matcher) -> tuple[frozenset[str], frozenset[str], tuple[Unit, ...]]:
    """Every unit of the matcher's literal patterns: plain words, inflected forms, wildcards."""
    found = _UNITS.get(id(matcher))
    if found is None or found[0] is not matcher:
        plain: set[str] = set()
        forms: set[str] = set()
        wild: set[Unit] = set()
        every = [
            f for lists in (matcher.exact, matcher.prefix) for e in lists.values() for _, f in e
        ]
        for units_found in [*every, *(f for _, f in matcher.inner)]:
            for unit in units_found:
                if isinstance(unit, str):
                    plain.add(unit)
                elif isinstance(unit, frozenset):
                    forms |= unit
                else:
                    wild.add(unit)
        found = _UNITS[id(matcher)] = (matcher, (frozenset(plain), frozenset(forms), tuple(wild)))
    return found[1]


_UNITS: dict[int, tuple[Matcher, tuple[frozenset[str], frozenset[str], tuple[Unit, ...]]]] = {}
