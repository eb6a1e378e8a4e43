"""The two ways a matcher finds where patterns may start give the same hits.

A matcher's first texts are scanned word by word (no regex to compile: `calm reply`'s start-up),
later ones through the compiled trie gate (throughput). Both must find exactly the same hits."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from calmcli.base import textmatch
from calmcli.base.textmatch import Matcher, fold
from calmcli.playbook.lexicons import load_lexicons
from calmcli.playbook.rules import load_rules
from tests.helpers import LANGS

CORPUS = Path(__file__).parent / "corpus"


@cache
def _matchers() -> list[tuple[str, Matcher]]:
    lexicons = load_lexicons()
    found = [(f"lexicon {lang}", lexicons.get(lang).matcher) for lang in LANGS]
    return found + [(f"rules {lang}", load_rules(lang).matcher) for lang in LANGS]


def _corpus_texts() -> list[str]:
    texts = []
    for name in ("messages.yaml", "heldout.yaml", "replies.yaml"):
        document = yaml.safe_load((CORPUS / name).read_text("utf-8"))
        for entries in document.values():
            texts += [entry["text"] for entry in entries if isinstance(entry, dict)]
    return texts


def _both_ways(matcher: Matcher, folded: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    textmatch._GATES.pop(id(matcher), None)
    monkeypatch.setattr(textmatch, "GATE_AFTER", 10**9)
    by_word = matcher.scan(folded)
    monkeypatch.setattr(textmatch, "GATE_AFTER", 0)
    textmatch._GATES.pop(id(matcher), None)
    by_gate = matcher.scan(folded)
    assert textmatch._GATES[id(matcher)][2] is not None  # the gate was compiled and used
    return by_word, by_gate


def test_word_by_word_and_the_gate_find_the_same_hits_in_the_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _corpus_texts()
    assert len(texts) > 100
    found = 0
    for _, matcher in _matchers():
        for text in texts:
            by_word, by_gate = _both_ways(matcher, fold(text), monkeypatch)
            assert by_word == by_gate, text
            found += bool(by_word)
    assert found > 100  # the corpus does hit patterns: the comparison is not of empty results


def _pattern_words() -> list[str]:
    words: set[str] = set()
    for _, matcher in _matchers():
        for entries in (*matcher.exact.values(), *matcher.prefix.values(), [*matcher.inner]):
            for _, units in entries:
                for unit in units:
                    pieces = [unit] if isinstance(unit, str) else sorted(unit)
                    words.update(p for p in pieces if p)
    return sorted(words)


WORDS = _pattern_words()
JOINS = [" ", "  ", "\n", "-", "'", ", ", "·", "!"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(alphabet="abcłóxyz'-", max_size=6)),
        max_size=14,
    ),
    st.lists(st.sampled_from(JOINS), min_size=14, max_size=14),
)
def test_word_by_word_and_the_gate_agree_on_texts_made_of_pattern_words(
    words: list[str], joins: list[str]
) -> None:
    text = "".join(word + join for word, join in zip(words, joins, strict=False))
    with pytest.MonkeyPatch.context() as monkeypatch:
        for _, matcher in _matchers():
            by_word, by_gate = _both_ways(matcher, fold(text), monkeypatch)
            assert by_word == by_gate


def _every_regex() -> list[str]:
    sources = {source for _, m in _matchers() for _, source in m.regexes}
    return sorted(sources | {r"a|b", r"(?i)x", r"[@]x?", r"(?:ab)+c", r"a{0,2}z", r"[^@]"})


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab@%-.:!1z#x 'fotlm*ABX", max_size=24))
def test_a_regex_is_skipped_only_where_it_cannot_match(text: str) -> None:
    """The characters a regex needs (`@`, `%`, a digit) let the scan skip it on a text that
    lacks one; it must never skip a regex that matches."""
    import re

    for source in _every_regex():
        if re.search(source, text) is not None:
            assert textmatch._may_match(source, text), (source, text)


def test_a_suffix_pattern_lets_only_words_ending_with_it_through_the_gate() -> None:
    matcher = Matcher()
    matcher.add(("t", "future"), ["*rem", "*pierdol*"])
    assert matcher.inner_tests() == (("pierdol",), ("rem",))
    hits = matcher.scan(fold("farem, remenem, rempujar, spierdolić, krem"))
    assert [fold("farem, remenem, rempujar, spierdolić, krem")[s:e] for s, e in
            hits[("t", "future")]] == ["farem", "spierdolic", "krem"]  # fmt: skip
    textmatch._GATES.pop(id(matcher), None)
    gate = matcher.gate()
    assert gate is not None
    assert [m.start() for m in gate.finditer("remenem farem")] == [8]


def _reference_scan(matcher: Matcher, folded: str) -> dict:  # type: ignore[type-arg]
    """What a matcher must find, the slow way: every pattern tried at every word, every
    /regex/ run on the whole text (no gate, no index, nothing skipped)."""
    from calmcli.base.saferegex import finditer_spans

    entries = [e for lists in (matcher.exact, matcher.prefix) for es in lists.values() for e in es]
    entries += matcher.inner
    hits: dict = {}  # type: ignore[type-arg]
    for word in textmatch._WORD_AT.finditer(folded):
        for key, units in entries:
            end = textmatch._phrase_end(units, word.group(), word.end(), folded)
            if end is not None:
                hits.setdefault(key, []).append((word.start(), end))
    for key, source in matcher.regexes:
        spans = finditer_spans(source, folded, matcher.bounded)
        if spans:
            hits.setdefault(key, []).extend(spans)
    return {key: textmatch._outermost(spans) for key, spans in hits.items()}


def test_the_scan_finds_what_trying_every_pattern_everywhere_finds() -> None:
    """The gate, the index and the regexes skipped for a missing character only save work:
    over the corpus, every matcher finds exactly what the slow reference finds."""
    texts = [fold(text) for text in _corpus_texts()]
    for _, matcher in _matchers():
        textmatch._GATES.pop(id(matcher), None)
        wanted = [_reference_scan(matcher, text) for text in texts]  # once: it is the slow part
        for _ in range(2):  # the second round through the compiled gate
            for text, found in zip(texts, wanted, strict=True):
                assert matcher.scan(text) == found, text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(alphabet="abcłóxyz'-@%.:12", max_size=6)),
        max_size=14,
    ),
    st.lists(st.sampled_from(JOINS), min_size=14, max_size=14),
)
def test_the_scan_agrees_with_the_reference_on_texts_made_of_pattern_words(
    words: list[str], joins: list[str]
) -> None:
    text = fold("".join(word + join for word, join in zip(words, joins, strict=False)))
    for _, matcher in _matchers():
        assert matcher.scan(text) == _reference_scan(matcher, text)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(WORDS), st.text(alphabet="abcłóxyz'-12", max_size=6)),
        max_size=16,
    ),
    st.lists(
        st.sampled_from([*JOINS, ". ", ", ", "; ", "? ", ":", "...", ".\n"]),
        min_size=16,
        max_size=16,
    ),  # fmt: skip
)
def test_a_piece_read_clause_by_clause_gives_the_scan_of_the_whole(
    words: list[str], joins: list[str]
) -> None:
    """A piece not met before is read clause by clause (its other clauses kept from the
    pieces before it): the same hits as one scan of the whole, the first time and the next."""
    text = fold("".join(word + join for word, join in zip(words, joins, strict=False)))
    for _, matcher in _matchers():
        whole = matcher.scan(text)
        for _ in range(2):
            textmatch._PIECES.clear()
            assert matcher.scan_pieces([text], "\n", None, None) == whole
            assert matcher.scan_pieces([text, text], "\n", None, None) == matcher.scan(
                text + "\n" + text
            )


def test_corpus_texts_read_clause_by_clause_give_the_scan_of_the_whole() -> None:
    texts = [fold(text) for text in _corpus_texts()]
    found = 0
    for _, matcher in _matchers():
        for text in texts:
            textmatch._PIECES.clear()
            whole = matcher.scan(text)
            assert matcher.scan_pieces([text], "\n", None, None) == whole, text
            found += sum(len(spans) for spans in whole.values())
    assert found > 500
