"""Load, layer and validate the lexicons of `calm analyze` (playbooks/lexicons/<lang>.yaml).

A `common.yaml` holds what every language shares (personal-data patterns, shouting thresholds,
which signals suggest which customer type); `<lang>.yaml` adds a language's words. A team folder
with the same layout extends every list and overrides the thresholds.

Sections: `words` (a list per category: signal words and the context words the signals are read
with: target, intent, contact, past-time, marker), `threats` (families of names that become a
threat only with intent), `incidents` (what suggests each incident of the playbook),
`customer_types`, `personal_data`, `shouting`, `type_signals`, `private_signals`, `letters` (the
characters only this language writes, which tell short texts apart). A plain word in
an inflecting list (INFLECTED) also matches the forms of its lemma (see playbook.lemmas).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calmcli.base.problems import Problems
from calmcli.base.textmatch import Matcher, check_pattern
from calmcli.playbook.layers import COMMON, documents, layer_files

WORD_CATEGORIES = (
    "insult",  # an insult wherever it stands
    "insult-context",  # an insult only when aimed at us (a target in the same sentence)
    "profanity",  # swearing; aimed at us ("you are a ...") it reads as an insult
    "target",  # words that aim a sentence at us or the agent: "you lot", "sois", "jesteście"
    "threat",  # a threat on its own: "I'll sue", "pozwę", "us denunciaré"
    "intent",  # a condition or a future act: "if", "or I'll", "voy a", "jeśli"
    "urgency",
    "repeat-contact",  # a past contact on its own: "we spoke", "your colleague promised"
    "count",  # a count or a frequency: "third time", "dos veces", "trzeci raz", "every day"
    "contact",  # a contact verb in the past: "I called", "llamé", "dzwoniłem"
    "contacting",  # a contact verb in the present: "I write", "escribo", "piszę"
    "past-time",  # when it happened: "on Tuesday", "ayer", "last week"
    "deadline",  # what starts the customer's own deadline: "by", "antes del", "do", "per a"
    "deadline-day",  # the day it names: "Friday", "viernes", "piątku", "the 15th", "Nadal"
    "closing",  # how a message closes ("Gracias,", "Pozdrawiam,"): a name after it signs it
    "sarcasm",
    "troll",
    "complaint",
    "marker",  # words only this language has: short texts are told apart by them
)
THREAT_FAMILIES = ("legal", "money", "reputation", "authorities")
# The lists whose plain words also match their inflected forms.
INFLECTED = ("insult", "insult-context", "profanity", "complaint", "threats", "incidents")
SIGNALS = (
    "insult",
    "profanity",
    "threat",
    "urgency",
    "repeat-contact",
    "shouting",
    "sarcasm",
    "personal-data",
)
_SECTIONS = (
    "words",
    "threats",
    "incidents",
    "customer_types",
    "personal_data",
    "shouting",
    "type_signals",
    "private_signals",
    "letters",
)
_LAYOUT = 7  # bumped when the cached Lexicon's shape changes
_SHOUTING_KEYS = ("min_letters", "min_words", "exclamations", "exceptions")


@dataclass(frozen=True)
class Shouting:
    min_letters: int = 3
    min_words: int = 2
    exclamations: int = 3
    exceptions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """One language's lexicon with the common entries merged in. The matcher holds every list
    under ("words", category), ("type", customer type) and ("data", kind)."""

    matcher: Matcher
    shouting: Shouting
    incidents: tuple[str, ...]  # the incidents it has words for, in the playbook's order
    type_signals: dict[str, tuple[str, ...]]
    private_signals: tuple[str, ...]
    letters: str = ""  # characters only this language writes ("ł", "ñ", "·")
    # What tells this language apart on a short text (calmcli.text.language): its markers and
    # signal words as folded forms, stems (before a `*`) and /regexes/; no matcher needed.
    marker_words: frozenset[str] = frozenset()
    marker_stems: tuple[str, ...] = ()
    marker_regexes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicons:
    languages: dict[str, Lexicon]

    def get(self, lang: str | None) -> Lexicon:
        return self.languages.get(lang or COMMON) or self.languages[COMMON]


@dataclass(frozen=True)
class Markers:
    """What tells one language apart on a short text (calmcli.text.language): a Lexicon's
    letters and markers without its matcher."""

    letters: str = ""
    marker_words: frozenset[str] = frozenset()
    marker_stems: tuple[str, ...] = ()
    marker_regexes: tuple[str, ...] = ()


@dataclass(frozen=True)
class LexiconIndex:
    """Every language's markers, cached apart from the lexicons: the language guess reads
    them alone, and then only the lexicons of the languages the message is read in are
    decoded (the Polish one alone is half of all four)."""

    languages: dict[str, Markers]


def load_lexicon_index(
    extra_dirs: Iterable[Path | str] | None = None,
    customer_types: Iterable[str] = (),
    incidents: Iterable[str] = (),
) -> LexiconIndex:
    """Every language's markers, parsed once with the lexicons and then read from the cache."""
    return _Shelf(extra_dirs, customer_types, incidents).index()


def load_lexicons(
    extra_dirs: Iterable[Path | str] | None = None,
    customer_types: Iterable[str] = (),
    incidents: Iterable[str] = (),
    languages: Iterable[str] | None = None,
) -> Lexicons:
    """The layered lexicons, parsed once and then read from the cache: every language's, or
    only those of `languages` (and the common one) that the files have."""
    return _Shelf(extra_dirs, customer_types, incidents).lexicons(languages)


class _Shelf:
    """The cache of one set of lexicon files: an index entry (every language's markers) and an
    entry per language, all keyed by the files' versions; any entry missing, stale or invalid
    rebuilds them all."""

    def __init__(
        self,
        extra_dirs: Iterable[Path | str] | None,
        customer_types: Iterable[str],
        incidents: Iterable[str],
    ) -> None:
        import zlib

        from calmcli.base.cache import files_key
        from calmcli.base.paths import cache_dir
        from calmcli.playbook.layers import playbook_dirs

        self.files = layer_files(playbook_dirs(extra_dirs), "lexicons")
        self.types, self.known = tuple(customer_types), tuple(incidents)
        names = " ".join(self.types) + "|" + " ".join(self.known)  # valid names differ by team
        self.stem = cache_dir() / f"lexicons{_LAYOUT}-{zlib.crc32(names.encode()):08x}"
        from calmcli.playbook.lemmas import FORMS_FILE

        self.key = files_key([*self.files, FORMS_FILE])  # the forms shipped for bundled words
        self.built: Lexicons | None = None

    def _path(self, scope: str | None) -> Path:
        return self.stem.with_name(self.stem.name + (f"-{scope}" if scope else "") + ".json")

    def index(self) -> LexiconIndex:
        from calmcli.base.cache import load_entry

        found = load_entry(self._path(None), self.key, LexiconIndex)
        return found if isinstance(found, LexiconIndex) else _index(self.build())

    def lexicons(self, languages: Iterable[str] | None) -> Lexicons:
        from calmcli.base.cache import load_entry

        scopes = list(self.index().languages)
        if languages is not None:
            scopes = [s for s in scopes if s in {*languages, COMMON}]
        if self.built is None:
            found = {scope: load_entry(self._path(scope), self.key, Lexicon) for scope in scopes}
            read = {scope: value for scope, value in found.items() if isinstance(value, Lexicon)}
            if len(read) == len(found):
                return Lexicons(read)
        built = self.built or self.build()
        return Lexicons({scope: built.languages[scope] for scope in scopes})

    def build(self) -> Lexicons:
        from calmcli.base.cache import store_entry

        built = build_lexicons(self.files, self.types, self.known)
        for scope, lexicon in built.languages.items():
            store_entry(self._path(scope), self.key, lexicon, Lexicon)
        store_entry(self._path(None), self.key, _index(built), LexiconIndex)  # last: complete
        self.built = built
        return built


def _index(lexicons: Lexicons) -> LexiconIndex:
    return LexiconIndex(
        {
            scope: Markers(x.letters, x.marker_words, x.marker_stems, x.marker_regexes)
            for scope, x in lexicons.languages.items()
        }
    )


def build_lexicons(
    files: list[Path], customer_types: tuple[str, ...] = (), incidents: tuple[str, ...] = ()
) -> Lexicons:
    problems = Problems()
    scopes: dict[str, dict[str, Any]] = {}
    for path, scope, document in documents(files, _SECTIONS, problems):
        into = scopes.setdefault(scope, _empty())
        _merge(path, document, into, customer_types, incidents, problems)
    problems.raise_if_any()
    common = scopes.pop(COMMON, _empty())
    from calmcli.base.paths import all_bundled

    bounded = not all_bundled(files)  # a team's regexes run under a time limit
    languages = {
        scope: _finish(scope, common, raw, incidents, bounded) for scope, raw in scopes.items()
    }
    languages[COMMON] = _finish(COMMON, common, _empty(), incidents, bounded)
    return Lexicons(languages)


def _empty() -> dict[str, Any]:
    return {
        "words": {},
        "threats": {},
        "incidents": {},
        "customer_types": {},
        "personal_data": {},
        "shouting": {},
        "type_signals": {},
        "private_signals": [],
        "letters": "",
    }


def _merge(
    path: str,
    document: Any,
    into: dict[str, Any],
    customer_types: tuple[str, ...],
    incidents: tuple[str, ...],
    problems: Problems,
) -> None:
    def fail(container: Any, key: str | int, message: str) -> None:
        problems.at(path, container, key, message)

    for section in (
        "words",
        "threats",
        "incidents",
        "customer_types",
        "personal_data",
        "type_signals",
    ):
        value = document.get(section)
        if value is None:
            continue
        if not isinstance(value, dict):
            fail(document, section, f"{section} must be a mapping of names to lists")
            continue
        valid = {
            "words": WORD_CATEGORIES,
            "threats": THREAT_FAMILIES,
            "incidents": incidents or None,
            "customer_types": customer_types or None,
            "type_signals": customer_types or None,
            "personal_data": None,
        }[section]
        for name, items in value.items():
            if valid is not None and name not in valid:
                fail(value, name, f"unknown {section} name {name!r}; valid: {', '.join(valid)}")
            elif not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                fail(
                    value,
                    name,
                    f"{section}.{name} must be a list of texts (quote a text containing ': ')",
                )
            else:
                for index, item in enumerate(items):
                    problem = (
                        f"unknown signal {item!r}; valid: {', '.join(SIGNALS)}"
                        if section == "type_signals" and item not in SIGNALS
                        else None
                        if section == "type_signals"
                        else check_pattern(item)
                    )
                    if problem:
                        fail(items, index, problem)
                into[section].setdefault(name, []).extend(items)
    _merge_shouting(document, into, fail)
    letters = document.get("letters")
    if letters is not None:
        if not isinstance(letters, str):
            fail(document, "letters", 'letters must be a text of characters, e.g. "ñ¿¡"')
        else:
            into["letters"] += letters.lower()
    signals = document.get("private_signals")
    if signals is not None:
        if not isinstance(signals, list) or any(s not in SIGNALS for s in signals):
            fail(
                document,
                "private_signals",
                f"private_signals must list signals from: {', '.join(SIGNALS)}",
            )
        else:
            into["private_signals"] = list(signals)


def _merge_shouting(document: Any, into: dict[str, Any], fail: Any) -> None:
    value = document.get("shouting")
    if value is None:
        return
    if not isinstance(value, dict):
        fail(document, "shouting", f"shouting must be a mapping with {', '.join(_SHOUTING_KEYS)}")
        return
    for key, setting in value.items():
        if key not in _SHOUTING_KEYS:
            fail(
                value, key, f"unknown shouting setting {key!r}; valid: {', '.join(_SHOUTING_KEYS)}"
            )
        elif key == "exceptions":
            if not isinstance(setting, list):
                fail(value, key, "shouting.exceptions must be a list of words")
            else:
                into["shouting"].setdefault("exceptions", []).extend(str(s) for s in setting)
        elif not isinstance(setting, int) or isinstance(setting, bool) or setting < 1:
            fail(value, key, f"shouting.{key} must be a whole number of 1 or more")
        else:
            into["shouting"][key] = setting


def _finish(
    lang: str,
    common: dict[str, Any],
    raw: dict[str, Any],
    incidents: tuple[str, ...],
    bounded: bool = True,
) -> Lexicon:
    from calmcli.playbook.lemmas import inflect

    def lists(section: str) -> dict[str, list[str]]:
        names = {**common[section], **raw[section]}
        return {n: common[section].get(n, []) + raw[section].get(n, []) for n in names}

    sections = {
        ("words", "words"): lists("words"),
        ("threats", "threat"): lists("threats"),
        ("incidents", "incident"): lists("incidents"),
        ("customer_types", "type"): lists("customer_types"),
        ("personal_data", "data"): lists("personal_data"),
    }
    table = inflect(lang, _inflectable(sections)) if lang != COMMON else {}
    matcher = Matcher(bounded)
    for (section, prefix), named in sections.items():
        for name, patterns in named.items():
            inflected = section in INFLECTED or (section == "words" and name in INFLECTED)
            matcher.add(
                (prefix, name),
                patterns,
                (lambda word: table.get(word, ())) if inflected and table else None,
            )
    shouting = {**common["shouting"], **raw["shouting"]}
    shouting["exceptions"] = frozenset(
        common["shouting"].get("exceptions", []) + raw["shouting"].get("exceptions", [])
    )
    types = {
        name: tuple(common["type_signals"].get(name, []) + raw["type_signals"].get(name, []))
        for name in {**common["type_signals"], **raw["type_signals"]}
    }
    known = sections[("incidents", "incident")]
    words, stems, regexes = _markers(raw, table)
    return Lexicon(
        matcher=matcher,
        shouting=Shouting(**shouting),
        incidents=tuple(i for i in incidents or tuple(known) if i in known),
        type_signals=types,
        private_signals=tuple(raw["private_signals"] or common["private_signals"]),
        letters=raw["letters"],
        marker_words=words,
        marker_stems=stems,
        marker_regexes=regexes,
    )


MARKER_LISTS = ("marker", "insult", "insult-context", "profanity", "threat")


def _markers(
    raw: dict[str, Any], table: dict[str, frozenset[str]]
) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """One language's own words (not the common ones): one-word patterns only."""
    from calmcli.base.textmatch import fold, is_regex

    patterns = [p.strip() for n in MARKER_LISTS for p in raw["words"].get(n, [])]
    patterns += [p.strip() for family in raw["threats"].values() for p in family]
    words: set[str] = set()
    stems: set[str] = set()
    regexes = [p[1:-1] for p in patterns if is_regex(p)]
    for pattern in (fold(p) for p in patterns if not is_regex(p) and " " not in p.strip()):
        if pattern.endswith("*") and "*" not in pattern[:-1]:
            stems.add(pattern[:-1])
        elif "*" not in pattern:
            words.add(pattern)
            words.update(table.get(pattern, ()))
    return frozenset(words), tuple(sorted(stems)), tuple(regexes)


def _inflectable(sections: dict[tuple[str, str], dict[str, list[str]]]) -> list[str]:
    """The plain words of the inflecting lists: those whose forms are looked up."""
    return [
        pattern
        for (section, _), named in sections.items()
        for name, patterns in named.items()
        if section in INFLECTED or (section == "words" and name in INFLECTED)
        for pattern in patterns
        if _is_plain_word(pattern)
    ]


def bundled_inflectable() -> dict[str, list[str]]:
    """Each language's inflectable words in the bundled lexicons (calmcli.playbook.compile_forms
    ships their forms)."""
    from calmcli.playbook.layers import bundled_playbooks

    problems = Problems()
    scopes: dict[str, dict[str, Any]] = {}
    for path, scope, document in documents(
        layer_files([bundled_playbooks()], "lexicons"), _SECTIONS, problems
    ):
        _merge(path, document, scopes.setdefault(scope, _empty()), (), (), problems)
    problems.raise_if_any()
    common = scopes.pop(COMMON, _empty())
    found = {}
    for scope, raw in scopes.items():
        sections = {
            (section, section): {
                n: common[section].get(n, []) + raw[section].get(n, [])
                for n in {**common[section], **raw[section]}
            }
            for section in ("words", "threats", "incidents")
        }
        found[scope] = sorted({w.strip().lower() for w in _inflectable(sections)})
    return found


def _is_plain_word(pattern: str) -> bool:
    """One word, no wildcard, no regex: what a lemmatiser can inflect."""
    return pattern.strip().replace("-", "").replace("'", "").isalpha()
