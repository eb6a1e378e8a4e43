"""Load, layer and validate the lexicons of `calm analyze` (playbooks/lexicons/<lang>.yaml).

A `common.yaml` holds what every language shares (personal-data patterns, shouting thresholds,
which signals suggest which customer type); `<lang>.yaml` adds a language's words. A team folder
with the same layout extends every list and overrides the thresholds.
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
    "insult",
    "profanity",
    "threat",
    "urgency",
    "repeat-contact",
    "sarcasm",
    "troll",
    "complaint",
)
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
    "customer_types",
    "personal_data",
    "shouting",
    "type_signals",
    "private_signals",
)
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
    type_signals: dict[str, tuple[str, ...]]
    private_signals: tuple[str, ...]


@dataclass(frozen=True)
class Lexicons:
    languages: dict[str, Lexicon]

    def get(self, lang: str | None) -> Lexicon:
        return self.languages.get(lang or COMMON) or self.languages[COMMON]


def load_lexicons(
    extra_dirs: Iterable[Path | str] | None = None, customer_types: Iterable[str] = ()
) -> Lexicons:
    """The layered lexicons, parsed once and then read from the cache."""
    from calmcli.base.cache import cached
    from calmcli.playbook.layers import playbook_dirs

    files = layer_files(playbook_dirs(extra_dirs), "lexicons")
    import zlib

    types = tuple(customer_types)
    name = f"lexicons-{zlib.crc32(' '.join(types).encode()):08x}"  # valid type names differ
    return cached(name, files, lambda: build_lexicons(files, types), Lexicons)


def build_lexicons(files: list[Path], customer_types: tuple[str, ...] = ()) -> Lexicons:
    problems = Problems()
    scopes: dict[str, dict[str, Any]] = {}
    for path, scope, document in documents(files, _SECTIONS, problems):
        _merge(path, document, scopes.setdefault(scope, _empty()), customer_types, problems)
    problems.raise_if_any()
    common = scopes.pop(COMMON, _empty())
    from calmcli.base.paths import all_bundled

    bounded = not all_bundled(files)  # a team's regexes run under a time limit
    languages = {scope: _finish(common, raw, bounded) for scope, raw in scopes.items()}
    languages[COMMON] = _finish(common, _empty(), bounded)
    return Lexicons(languages)


def _empty() -> dict[str, Any]:
    return {
        "words": {},
        "customer_types": {},
        "personal_data": {},
        "shouting": {},
        "type_signals": {},
        "private_signals": [],
    }


def _merge(
    path: str,
    document: Any,
    into: dict[str, Any],
    customer_types: tuple[str, ...],
    problems: Problems,
) -> None:

    def fail(container: Any, key: str | int, message: str) -> None:
        problems.at(path, container, key, message)

    for section in ("words", "customer_types", "personal_data", "type_signals"):
        value = document.get(section)
        if value is None:
            continue
        if not isinstance(value, dict):
            fail(document, section, f"{section} must be a mapping of names to lists")
            continue
        valid = {
            "words": WORD_CATEGORIES,
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


def _finish(common: dict[str, Any], raw: dict[str, Any], bounded: bool) -> Lexicon:
    matcher = Matcher(bounded)
    for section, prefix in (
        ("words", "words"),
        ("customer_types", "type"),
        ("personal_data", "data"),
    ):
        for name in {**common[section], **raw[section]}:
            matcher.add((prefix, name), common[section].get(name, []) + raw[section].get(name, []))
    shouting = {**common["shouting"], **raw["shouting"]}
    shouting["exceptions"] = frozenset(
        common["shouting"].get("exceptions", []) + raw["shouting"].get("exceptions", [])
    )
    types = {
        name: tuple(common["type_signals"].get(name, []) + raw["type_signals"].get(name, []))
        for name in {**common["type_signals"], **raw["type_signals"]}
    }
    return Lexicon(
        matcher=matcher,
        shouting=Shouting(**shouting),
        type_signals=types,
        private_signals=tuple(raw["private_signals"] or common["private_signals"]),
    )
