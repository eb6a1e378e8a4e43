"""The inflected forms of a lexicon's plain words, so "gnida" also finds "gnido" and "ladrón"
finds "ladrones": Polish from Morfeusz 2 (its generator), the other languages from simplemma's
dictionaries (inverted: the forms whose lemma is the word's lemma, pruned, see `_simplemma`).

Used only while a lexicon is built (the result lives in the lexicon cache), never while a message
is read. The bundled lexicons' words come with their forms (`bundled_forms.json`, written by
`python -m calmcli.playbook.compile_forms`), so a fresh cache loads neither library: loading
simplemma's dictionaries takes 0.2-0.9 s a language, Morfeusz 0.1 s. Only the words a team adds
are looked up, and what was found is kept in `forms-<backend>-<lang>.json` in the cache folder,
so an edited lexicon only looks up its new words. Without the library, plain words match as
written and the `*` wildcards do the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from calmcli.base.textmatch import FOLDING, fold

Forms = dict[str, frozenset[str]]  # a word -> its folded forms (itself included)
Shipped = dict[str, dict[str, list[str]]]  # language -> word -> its folded forms, sorted
FORMS_FILE = Path(__file__).with_name("bundled_forms.json")
_MEMO = 4  # bumped when a backend's reading changes: forms memoised the old way are not read
# What a gender or number changes at the end of a Catalan, Spanish or English word:
# "tonta"/"tontos", "ladrones"/"ladrona", "inepta"/"ineptes", "scam"/"scams".
_ENDING = re.compile(r"(?:[aeo]?s|[aeo])$")


def backend(lang: str) -> str | None:
    """Which library inflects this language's own words here, or None: "morfeusz2" for
    Polish, "simplemma" for the others it has a dictionary of."""
    from importlib.util import find_spec

    if lang == "pl":
        return "morfeusz2" if find_spec("morfeusz2") is not None else None
    if find_spec("simplemma") is None:
        return None
    from simplemma.strategies.dictionaries.dictionary_factory import (  # type: ignore[import-not-found,unused-ignore]
        SUPPORTED_LANGUAGES,
    )

    return "simplemma" if lang in SUPPORTED_LANGUAGES else None


def inflect(lang: str, words: Iterable[str], prefer: str | None = None) -> Forms:
    """The forms of every word (each given as the lexicon spells it, accents and all), keyed by
    the folded word: the shipped forms of the bundled words, the backend's for the others
    (`prefer` names a backend to ask for every word, ignoring the shipped forms)."""
    wanted = sorted({w.strip().lower() for w in words if w.strip()})
    shipped = {} if prefer else shipped_forms(lang)
    found = {w: frozenset(shipped[w]) for w in wanted if w in shipped}
    missing = [w for w in wanted if w not in shipped]
    name = (prefer or backend(lang)) if missing else None  # no import for bundled words
    if name is not None:
        found.update(_memoised(name, lang, missing))
    return {fold(w): forms for w, forms in found.items()}


def lookup(name: str, lang: str, words: list[str]) -> Forms:
    """Ask the backend `name` for the forms of `words` (lower case, as written)."""
    return _morfeusz(words) if name == "morfeusz2" else _simplemma(lang, words)


@cache
def _shipped() -> Shipped:
    import json

    try:
        data = json.loads(FORMS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a broken install: every word is looked up (or matched as written)
    forms = data.get("forms") if isinstance(data, dict) else None
    return forms if isinstance(forms, dict) else {}


def shipped_forms(lang: str) -> dict[str, list[str]]:
    """The forms shipped for the bundled lexicon's words of `lang` (word -> folded forms)."""
    return _shipped().get(lang, {})


def _memoised(name: str, lang: str, words: list[str]) -> Forms:
    memo_path = _memo_path(f"{name}-{lang}-f{FOLDING}-{_MEMO}")
    memo = _read_memo(memo_path)
    missing = [w for w in words if w not in memo]
    if missing:
        memo.update(lookup(name, lang, missing))
        _write_memo(memo_path, memo)
    return {w: memo[w] for w in words if w in memo}


def _morfeusz(words: list[str]) -> Forms:
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


def _simplemma(lang: str, words: list[str]) -> Forms:
    """simplemma's dictionary maps each form to one lemma; inverted, it gives a lemma's forms,
    some of which are other words. Pruned three ways (measured on tests/corpus):
    - a word that is a lemma itself keeps its own forms, not a homograph's ("lladre", thief,
      is not a form of "lladrar", to bark; "factura" not of "facturar");
    - a word written inflected keeps only its gender and number variants ("llegaría" does not
      find "llegó", "salía" not "salían"), and a plural only plurals ("ladrones" finds
      "ladronas", not "ladrón"; "conditions", "condiciones", "existencias" are no state, no
      existence);
    - a form that is a lemma of its own is another word and dropped ("later" of "late",
      "tornada" of "tornar"), and so is an abbreviation ("fra." of "factura", "cts" of
      "court")."""
    from simplemma.strategies.dictionaries import (  # type: ignore[import-not-found,unused-ignore]
        DefaultDictionaryFactory,
    )

    table: Any = DefaultDictionaryFactory().get_dictionary(lang)
    # simplemma 2 keeps bytes behind its str mapping: read them raw when there (10x faster).
    raw: dict[bytes, bytes] = getattr(table, "_dict", None) or {
        form.encode(): lemma.encode() for form, lemma in table.items()
    }
    heads = set(raw.values())
    lemma_of = {w: b if (b := w.encode()) in heads else raw.get(b, b) for w in words}
    forms_of: dict[bytes, set[bytes]] = {lemma: {lemma} for lemma in lemma_of.values()}
    for form, lemma in raw.items():
        if lemma in forms_of:
            forms_of[lemma].add(form)
    result = {}
    for word, lemma in lemma_of.items():
        forms = {
            f.decode()
            for f in forms_of[lemma]
            if f == lemma or (f not in heads and _spelt_out(fold(f.decode()), fold(lemma.decode())))
        }
        if lemma != word.encode():
            stem, plural = _ENDING.sub("", fold(word)), word.endswith("s")
            forms = {
                f
                for f in forms
                if _ENDING.sub("", fold(f)) == stem and (f.endswith("s") or not plural)
            }
        result[word] = frozenset(fold(f.lower()) for f in forms | {word})
    return result


def _spelt_out(form: str, lemma: str) -> bool:
    """Not an abbreviation ("fra." of "factura", "cts" of "court"): letters only, and the
    lemma's first two."""
    return form.replace("-", "").replace("'", "").isalpha() and form[:2] == lemma[:2]


def _memo_path(name: str) -> Path:
    from calmcli.base.paths import cache_dir

    return cache_dir() / f"forms-{name}.json"


def _read_memo(path: Path) -> Forms:
    from calmcli.base.cache import load_entry

    found = load_entry(path, path.stem, Forms)
    return found if found is not None else {}  # missing or not valid: looked up again


def _write_memo(path: Path, memo: Forms) -> None:
    from calmcli.base.cache import store_entry

    store_entry(path, path.stem, memo, Forms)
