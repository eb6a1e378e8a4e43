"""Check a draft reply against the style and situation rules in playbooks/rules (like Vale)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calmcli.base.textmatch import Hit, admit, fold, position
from calmcli.playbook.rules import Rule, RuleSet, load_rules

if TYPE_CHECKING:
    pass

_SENTENCE_END = re.compile(r"[.!?;\n]+")
_WORD = re.compile(r"\w+")


class Finding:
    """One problem found in a reply. A plain class: `calm reply` cannot pay for dataclasses."""

    __slots__ = ("rule", "level", "line", "column", "message", "match")

    def __init__(
        self, rule: str, level: str, line: int, column: int, message: str, match: str = ""
    ) -> None:
        self.rule, self.level, self.line, self.column = rule, level, line, column
        self.message, self.match = message, match

    def __repr__(self) -> str:
        return f"Finding({self.format('-')!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Finding) and self.as_dict() == other.as_dict()

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": self.level,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "match": self.match,
        }

    def format(self, path: str) -> str:
        return f"{path}:{self.line}:{self.column}: {self.level}: {self.rule}: {self.message}"


class Facts:
    """What the situation rules depend on."""

    __slots__ = ("lang", "fault", "channel", "audience", "max_length", "warning", "pending")

    def __init__(
        self,
        lang: str,
        fault: str | None = None,
        channel: str | None = None,
        audience: str | None = None,
        max_length: int | None = None,
        warning: int = 0,
        pending: bool = True,
    ) -> None:
        self.lang, self.fault, self.channel, self.audience = lang, fault, channel, audience
        self.max_length = max_length  # the channel's, for `max: channel`
        self.warning = str(min(max(warning, 0), 3))  # abuse warnings already given
        # The reply's plan promises a next step (a draft on its own is taken to).
        self.pending = pending

    def as_conditions(self) -> dict[str, str | None]:
        return {
            "fault": self.fault,
            "channel": self.channel,
            "audience": self.audience,
            "warning": self.warning,
            "pending": "true" if self.pending else "false",
        }


def default_audience(channel: str | None) -> str:
    return {"social-public": "public", "phone": "script"}.get(channel or "", "direct")


def check_text(
    text: str, facts: Facts, ruleset: RuleSet, pieces: tuple[str, ...] = (), sep: str = ""
) -> list[Finding]:
    """Every finding of the rules that apply to this situation, in text order. The text is read
    paragraph by paragraph (or as the `pieces` joined by `sep` given): each paragraph's hits
    are kept for the next text with the same paragraph, as replies repeat theirs; the findings
    are those of the whole text all the same."""
    conditions = facts.as_conditions()
    rules, wanted = _applying(ruleset, conditions)
    only = wanted.__contains__
    matcher = ruleset.matcher
    if not pieces and _PARAGRAPH in text:  # a reply's paragraphs repeat from one to the next
        pieces, sep = tuple(text.split(_PARAGRAPH)), _PARAGRAPH
    elif not pieces and "\n" in text:  # so do a phone script's lines
        pieces, sep = tuple(text.split("\n")), "\n"
    if pieces and sep and not sep.strip("\n") and sep.join(pieces) == text:
        folded, folded_pieces = _from_pieces(pieces, sep)
        hits = matcher.scan_pieces(folded_pieces, sep, lambda k: only(k[:2]), wanted)
    else:
        folded = fold(text)
        hits = matcher.scan(folded, lambda key: only(key[:2]))
    findings: list[Finding] = []
    for rule in rules:
        findings += _KINDS[rule.kind](rule, text, folded, _Hits(hits, rule), facts)
    return sorted(findings, key=lambda f: (f.line, f.column, f.rule))


_PIECES: dict[str, tuple[str, tuple[list[int], list[int]] | None, list[str]]] = {}
_KEPT = 20_000


def _piece(piece: str) -> tuple[str, tuple[list[int], list[int]] | None, list[str]]:
    """A rendered part's folded text, sentences (None when it starts with a sentence end, so
    that it would not start a sentence of its own in the whole text) and upper-case words."""
    found = _PIECES.get(piece)
    if found is None:
        folded = fold(piece)
        starts = None if not piece or piece[0] in _ENDS else _sentences(folded)
        found = (folded, starts, [w for w in _WORD.findall(piece) if w.isupper()])
        if admit(("check", piece)):  # a piece met once (a new name's) is not kept
            if len(_PIECES) >= _KEPT:
                _PIECES.clear()
            _PIECES[piece] = found
    return found


def _from_pieces(pieces: tuple[str, ...], sep: str) -> tuple[str, list[str]]:
    """The whole text's folded form (and its parts'), with its sentences and upper-case words
    put together from its parts' (a line break ends a sentence, and no word spans one)."""
    info = [_piece(p) for p in pieces]
    folded = sep.join(i[0] for i in info)
    if all(i[1] is not None for i in info):
        starts: list[int] = []
        words: list[int] = []
        offset = 0
        for piece, (_, sentences, _upper) in zip(pieces, info, strict=True):
            assert sentences is not None
            starts += [s + offset for s in sentences[0]]
            words += sentences[1]
            offset += len(piece) + len(sep)
        _remember(_STARTS, folded, (starts, words))
    _remember(_UPPER, sep.join(pieces), [w for i in info for w in i[2]])
    return folded, [i[0] for i in info]


def _remember(cache: dict[str, Any], key: str, value: Any) -> None:
    if len(cache) >= 8:
        cache.clear()
    cache[key] = value


_ENDS = frozenset(".!?;\n")
_PARAGRAPH = "\n\n"
_APPLYING: dict[tuple[int, tuple[Any, ...]], tuple[RuleSet, list[Rule], frozenset[Any]]] = {}


def _applying(
    ruleset: RuleSet, conditions: dict[str, str | None]
) -> tuple[list[Rule], frozenset[Any]]:
    """The rules that apply in this situation and their (scope, id) keys, kept per rule set."""
    key = (id(ruleset), tuple(conditions.items()))
    found = _APPLYING.get(key)
    if found is None or found[0] is not ruleset:
        rules = [rule for rule in ruleset.rules if rule.applies(conditions)]
        found = _APPLYING[key] = (ruleset, rules, frozenset((r.scope, r.id) for r in rules))
    return found[1], found[2]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.level == "error" for f in findings)


class _Hits:
    """The hits of one rule's token lists."""

    __slots__ = ("hits", "rule")

    def __init__(self, hits: dict[Any, list[Hit]], rule: Rule) -> None:
        self.hits, self.rule = hits, rule

    def __call__(self, key: str = "tokens") -> list[Hit]:
        return self.hits.get((self.rule.scope, self.rule.id, key), [])


def _finding(rule: Rule, text: str, offset: int, *values: str) -> Finding:
    message = rule.message
    for value in values:
        message = message.replace("%s", value, 1)
    line, column = position(text, offset)
    return Finding(rule.id, rule.level, line, column, message, values[0] if values else "")


def _existence(rule: Rule, text: str, _folded: str, hits: _Hits, _f: Facts) -> list[Finding]:
    return [_finding(rule, text, start, text[start:end]) for start, end in hits()]


def _substitution(rule: Rule, text: str, _folded: str, hits: _Hits, _f: Facts) -> list[Finding]:
    found = sorted(
        (
            (start, -end, better)
            for index, better in enumerate(rule.swap)
            for start, end in hits(f"swap{index}")
        )
    )
    findings, covered = [], -1
    for start, negative_end, better in found:  # "as per our policy" hides "per our policy"
        if start >= covered:
            findings.append(_finding(rule, text, start, text[start:-negative_end], better))
            covered = -negative_end
    return findings


def _occurrence(rule: Rule, text: str, _folded: str, hits: _Hits, facts: Facts) -> list[Finding]:
    limit = facts.max_length if rule.max_channel else rule.max
    if limit is None:
        return []
    if rule.characters:
        return [_finding(rule, text, limit, str(limit))] if len(text.strip()) > limit else []
    found = hits()
    return [_finding(rule, text, found[limit][0], str(limit))] if len(found) > limit else []


def _capitalization(rule: Rule, text: str, _folded: str, _h: _Hits, _f: Facts) -> list[Finding]:
    upper = _UPPER.get(text)
    if upper is None:
        upper = [word for word in _WORD.findall(text) if word.isupper()]  # few, found in C
    if not any(len(w) >= rule.min_letters and w.isalpha() and w not in rule.exceptions
               for w in upper):  # fmt: skip
        return []  # the usual case: positions only for a text that has a finding
    return [
        _finding(rule, text, m.start(), m.group(0))
        for m in _WORD.finditer(text)
        if len(m.group(0)) >= rule.min_letters
        and m.group(0).isupper()
        and m.group(0).isalpha()
        and m.group(0) not in rule.exceptions
    ]


_STARTS: dict[str, tuple[list[int], list[int]]] = {}
_UPPER: dict[str, list[str]] = {}


def _sentence_starts(folded: str) -> tuple[list[int], list[int]]:
    """Sentence start offsets and word counts, to place hits in sentences (several rules of
    one check ask for the same text's: computed once, or put together from its parts')."""
    found = _STARTS.get(folded)
    if found is None:
        found = _sentences(folded)
        _remember(_STARTS, folded, found)
    return found


def _sentences(folded: str) -> tuple[list[int], list[int]]:
    starts, words, start = [], [], 0
    for match in _SENTENCE_END.finditer(folded + "\n"):
        starts.append(start)
        words.append(len(_WORD.findall(folded, start, match.start())))
        start = match.end()
    return starts, words


def _in_sentences(found: list[Hit], starts: list[int]) -> set[int]:
    from bisect import bisect_right

    return {bisect_right(starts, start) - 1 for start, _ in found}


def _require(rule: Rule, text: str, folded: str, hits: _Hits, _f: Facts) -> list[Finding]:
    starts, _ = _sentence_starts(folded)
    sentences = _in_sentences(hits(), starts)
    if sentences and "with" in rule.tokens:
        sentences &= _in_sentences(hits("with"), starts)
    return [] if sentences else [_finding(rule, text, 0)]


def _only(rule: Rule, text: str, folded: str, hits: _Hits, _f: Facts) -> list[Finding]:
    """Flag a message whose every real sentence is a token sentence. Not real: under 4 words,
    or under 6 with an `ignore` token (a greeting, thanks, a bare apology)."""
    starts, words = _sentence_starts(folded)
    tokens = _in_sentences(hits(), starts)
    ignored = _in_sentences(hits("ignore"), starts) - tokens
    real = {i for i, count in enumerate(words) if count >= 4 and not (i in ignored and count < 6)}
    return [_finding(rule, text, 0)] if real and real <= tokens else []


_KINDS = {
    "existence": _existence,
    "substitution": _substitution,
    "occurrence": _occurrence,
    "capitalization": _capitalization,
    "require": _require,
    "only": _only,
}


# --- entry points -----------------------------------------------------------------------------


class CheckResult:
    """The findings of `calm check` on one draft, with the language they were checked in."""

    __slots__ = ("lang", "lang_detected", "audience", "findings", "has_rules")

    def __init__(
        self,
        lang: str,
        lang_detected: bool,
        audience: str,
        findings: tuple[Finding, ...],
        has_rules: bool,
    ) -> None:
        self.lang, self.lang_detected, self.audience = lang, lang_detected, audience
        self.findings = findings
        self.has_rules = has_rules  # False: no rules for this language, only the common ones

    @property
    def failed(self) -> bool:
        return has_errors(self.findings)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "lang_detected": self.lang_detected,
            "audience": self.audience,
            "errors": sum(f.level == "error" for f in self.findings),
            "warnings": sum(f.level == "warning" for f in self.findings),
            "findings": [f.as_dict() for f in self.findings],
        }


def check_draft(
    text: str,
    fault: str,
    channel: str,
    lang: str | None = None,
    audience: str | None = None,
    extra_dirs: Iterable[Path | str] | None = None,
    warning: int = 0,
) -> CheckResult:
    """Check one draft; detect its language when not given."""
    from calmcli.playbook.load import load_playbook

    playbook = load_playbook(extra_dirs)
    playbook.get("faults", fault)
    channel_entry = playbook.get("channels", channel)
    detected = lang is None
    if lang is None:
        from calmcli.text.analyze import detect_language

        lang = (
            detect_language(text, playbook.settings.languages).lang
            or playbook.settings.default_language
        )
    audience = audience or default_audience(channel)
    ruleset = load_rules(lang, extra_dirs)
    facts = Facts(lang, fault, channel, audience, channel_entry.max_length, warning)
    findings = check_text(text, facts, ruleset)
    return CheckResult(
        lang, detected, audience, tuple(findings), any(rule.scope == lang for rule in ruleset.rules)
    )


# --- a value standing in a text (reply/batch.py) ------------------------------------------------

_NOT_IN_VALUE = frozenset(".!?;\n")  # sentence ends
_CLAUSE_ENDS = ".,;:!?"  # no literal hit holds one (base.textmatch)


def value_words(value: str, ruleset: RuleSet) -> tuple[list[tuple[int, int]], list[bool]] | None:
    """The words of `value` (spans) and which of them a literal pattern holds (at any place
    in it), or None when the value holds a sentence end or folding changes its words."""
    if not _NOT_IN_VALUE.isdisjoint(value):
        return None
    folded = fold(value)
    words = [m.span() for m in _WORD.finditer(value)]
    if words != [m.span() for m in _WORD.finditer(folded)]:
        return None
    from calmcli.base.textmatch import matches_no_unit

    matcher = ruleset.matcher
    return words, [not matches_no_unit(matcher, folded[a:b]) for a, b in words]


def capital_rules(facts: Facts, ruleset: RuleSet) -> tuple[tuple[int, frozenset[str]], ...]:
    """The capitalization rules of this situation: (min_letters, exceptions)."""
    rules, _ = _applying(ruleset, facts.as_conditions())
    return tuple((r.min_letters, r.exceptions) for r in rules if r.kind == "capitalization")


def shouts(
    value: str, words: list[tuple[int, int]], rules: tuple[tuple[int, frozenset[str]], ...]
) -> bool:
    """Whether a capitalization rule flags one of the value's words."""
    return any(
        len(word) >= letters and word.isupper() and word.isalpha() and word not in exceptions
        for letters, exceptions in rules
        for word in (value[a:b] for a, b in words)
    )


def literal_hit_into(text: str, spans: list[tuple[int, int]], ruleset: RuleSet) -> bool:
    """Whether a literal pattern's hit in `text` reaches into one of `spans`: found in the
    clause around each span (a literal hit holds no clause end, so one that reaches into the
    span lies in that clause, and is found there as in the whole text)."""
    folded = fold(text)
    for start, end in spans:
        left = max(folded.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1
        right = min((at for c in _CLAUSE_ENDS if (at := folded.find(c, end)) >= 0), default=None)
        window = folded[left:right]
        found = ruleset.matcher._raw(window, None, literal_only=True)
        for hits in found.values():
            if any(a + left < end and start < b + left for a, b in hits):
                return True
    return False


def regex_lines(ruleset: RuleSet) -> bool:
    """No rule /regex/ can match or test a line break: each line's hits are its own."""
    from calmcli.base.textmatch import _newline_free

    return _newline_free(tuple(source for _, source in ruleset.matcher.regexes))


def situation_regexes(facts: Facts, ruleset: RuleSet) -> tuple[tuple[Any, str], ...]:
    """The rule /regexes/ of this situation: (rule key, source)."""
    _, wanted = _applying(ruleset, facts.as_conditions())
    return tuple((key, source) for key, source in ruleset.matcher.regexes if key[:2] in wanted)


def regex_spans(
    text: str, regexes: tuple[tuple[Any, str], ...], ruleset: RuleSet
) -> dict[Any, list[Hit]]:
    """The hits of these rule /regexes/ in the text (folded), by rule key, as the check's
    scan finds them (base.textmatch.Matcher._raw)."""
    from calmcli.base.saferegex import finditer_spans
    from calmcli.base.textmatch import _may_match

    folded = fold(text)
    bounded = ruleset.matcher.bounded
    hits: dict[Any, list[Hit]] = {}
    for key, source in regexes:
        if _may_match(source, folded):
            spans = finditer_spans(source, folded, bounded)
            if spans:
                hits.setdefault(key, []).extend(spans)
    return hits
