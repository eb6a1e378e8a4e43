"""The inflected forms of a lexicon's plain words, so "gnida" also finds "gnido" and "ladrón"
finds "ladrones": Polish from Morfeusz 2 (its generator), the other languages from simplemma's
dictionaries (inverted: every form whose lemma is the word's lemma).

Used only while a lexicon is built (the result lives in the lexicon cache), never while a message
is read: loading simplemma's Polish dictionary takes seconds, Morfeusz 0.1 s. What was found is
kept in `forms-<lang>.json` in the cache folder, so an edited lexicon only looks up new words.
Without either library, plain words match as written and the `*` wildcards do the rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from calmcli.base.textmatch import FOLDING, fold

Forms = dict[str, frozenset[str]]  # a folded word -> its folded forms (itself included)
_MEMO = 2  # bumped when a backend's reading changes: forms memoised the old way are not read


def backend(lang: str) -> str | None:
    """Which library inflects this language here ("morfeusz2", "simplemma"), or None."""
    from importlib.util import find_spec

    if lang == "pl" and find_spec("morfeusz2") is not None:
        return "morfeusz2"
    # simplemma (ca/es/en) only when asked for: its dictionaries take 0.2-0.9 s to load at
    # every lexicon build (8 s for Polish), which a fresh cache pays each time.
    if os.environ.get("CALM_LEMMAS") == "simplemma" and find_spec("simplemma") is not None:
        return "simplemma"
    return None


def inflect(lang: str, words: Iterable[str], prefer: str | None = None) -> Forms:
    """The forms of every word (each given as the lexicon spells it, accents and all)."""
    wanted = sorted({w.strip().lower() for w in words if w.strip()})
    name = prefer or backend(lang)
    if not wanted or name is None:
        return {}
    memo_path = _memo_path(f"{name}-{lang}-f{FOLDING}-{_MEMO}")
    memo = _read_memo(memo_path)
    missing = [w for w in wanted if w not in memo]
    if missing:
        found = _morfeusz(missing) if name == "morfeusz2" else _simplemma(lang, missing)
        memo.update(found)
        _write_memo(memo_path, memo)
    return {fold(w): memo[w] for w in wanted if w in memo}


def _morfeusz(words: list[str]) -> dict[str, frozenset[str]]:
    import morfeusz2  # type: ignore[import-untyped,import-not-found,unused-ignore]

    analyser = morfeusz2.Morfeusz(generate=False)
    generator = morfeusz2.Morfeusz(analyse=False)
    result = {}
    for word in words:
        # A past form with a person ending ("zapłaciłem") is two segments, the second "być":
        # agglutinates are no lemma of the word.
        lemmas = {
            a[2][1].split(":")[0]
            for a in analyser.analyse(word)
            if a[2][2] != "ign" and not a[2][2].startswith("aglt")
        }
        if word in lemmas or not lemmas:  # the word is a lemma itself: not its homographs
            lemmas = {word}
        forms = {word}
        for lemma in lemmas:
            forms |= {g[0].lower() for g in generator.generate(lemma)}
        result[word] = frozenset(fold(f) for f in forms)
    return result


def _simplemma(lang: str, words: list[str]) -> dict[str, frozenset[str]]:
    import simplemma  # type: ignore[import-not-found,unused-ignore]
    from simplemma.strategies.dictionaries import (  # type: ignore[import-not-found,unused-ignore]
        DefaultDictionaryFactory,
    )

    table: Any = DefaultDictionaryFactory().get_dictionary(lang)
    lemma_of = {w: simplemma.lemmatize(w, lang=lang).lower() for w in words}
    wanted = set(lemma_of.values())
    forms_of: dict[str, set[str]] = {lemma: {lemma} for lemma in wanted}
    for form, lemma in table.items():
        lemma = lemma.lower()
        if lemma in wanted:
            forms_of[lemma].add(form.lower())
    return {w: frozenset(fold(f) for f in forms_of[lemma_of[w]] | {w}) for w in words}


def _memo_path(name: str) -> Path:
    from calmcli.base.paths import cache_dir

    return cache_dir() / f"forms-{name}.json"


def _read_memo(path: Path) -> dict[str, frozenset[str]]:
    from calmcli.base.cache import load_entry

    found = load_entry(path, path.stem, Forms)
    return found if found is not None else {}  # missing or not valid: looked up again


def _write_memo(path: Path, memo: dict[str, frozenset[str]]) -> None:
    from calmcli.base.cache import store_entry

    store_entry(path, path.stem, memo, Forms)
