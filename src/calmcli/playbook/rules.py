"""Load, layer and validate the style rules of `calm check` (playbooks/rules/<lang>.yaml).

Rules live in playbook folders: `rules/<lang>.yaml` plus a language-independent `common.yaml`.
A team folder layered over the bundled one overrides a rule field by field by id, adds rules, or
turns one off with `level: off`. This module is on `calm reply`'s path: plain classes, no
dataclasses, and the YAML parser is only imported when the cache is stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from calmcli.base.problems import Problems
from calmcli.base.textmatch import Matcher
from calmcli.playbook.layers import COMMON, documents, layer_files, playbook_dirs
from calmcli.playbook.vocabulary import AUDIENCES, CHANNELS, FAULTS

LEVELS = ("error", "warning", "off")
RULE_KINDS = ("existence", "substitution", "occurrence", "capitalization", "require", "only")
_RULE_KEYS = {
    "existence": ("tokens",),
    "substitution": ("swap",),
    "occurrence": ("tokens", "max", "scope"),
    "capitalization": ("min_letters", "exceptions"),
    "require": ("tokens", "with"),
    "only": ("tokens", "ignore"),
}
_COMMON_RULE_KEYS = ("id", "kind", "level", "message", "when")
WARNING_LEVELS = ("0", "1", "2", "3")  # abuse warnings already given (when: {warning: [...]})
# pending: whether the message's plan promises a next step with its time (a draft checked on
# its own is taken to: `calm check` cannot know). The next-step rule applies only then.
_WHEN = {
    "fault": FAULTS,
    "channel": CHANNELS,
    "audience": AUDIENCES,
    "warning": WARNING_LEVELS,
    "pending": ("true", "false"),
}


class Rule:
    """One rule. Its tokens live in the language's Matcher under (id, "tokens"), (id, "with")
    and, for substitutions, (id, "swap", index)."""

    __slots__ = (
        "id",
        "scope",
        "kind",
        "level",
        "message",
        "source",
        "swap",
        "max",
        "max_channel",
        "characters",
        "min_letters",
        "exceptions",
        "when",
        "tokens",
    )
    id: str
    scope: str
    kind: str
    level: str
    message: str
    source: str
    swap: tuple[str, ...]  # substitutions: the better wording, by index
    max: int | None
    max_channel: bool
    characters: bool
    min_letters: int
    exceptions: frozenset[str]
    when: tuple[tuple[str, tuple[str, ...]], ...]
    tokens: dict[str, tuple[str, ...]]
    _DEFAULTS: dict[str, Any] = {
        "swap": (),
        "max": None,
        "max_channel": False,
        "characters": False,
        "min_letters": 4,
        "exceptions": frozenset(),
        "when": (),
        "tokens": {},
    }

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            setattr(self, name, values[name] if name in values else self._DEFAULTS[name])

    def __repr__(self) -> str:
        return f"Rule({self.scope}:{self.id}, {self.kind}, {self.level})"

    def applies(self, facts: dict[str, str | None]) -> bool:
        return all(facts.get(key) in values for key, values in self.when)


class RuleSet:
    """The rules that apply to one language (common ones first) and one Matcher for all their
    tokens, so a text is scanned once."""

    __slots__ = ("lang", "rules", "matcher")
    lang: str
    rules: tuple[Rule, ...]
    matcher: Matcher

    def __init__(self, lang: str, rules: tuple[Rule, ...], bounded: bool = True) -> None:
        self.lang, self.rules = lang, rules
        self.matcher = Matcher(bounded)
        for rule in rules:
            for key, patterns in rule.tokens.items():
                self.matcher.add((rule.scope, rule.id, key), patterns)


# --- reading the layered files ----------------------------------------------------------------


def load_rules(lang: str, extra_dirs: Iterable[Path | str] | None = None) -> RuleSet:
    """The layered rules for one language, parsed once and then read from the cache."""
    import os

    # A stream of replies (`calm reply --jsonl`) asks for the same rules again and again.
    key = (lang, tuple(str(d) for d in extra_dirs or ()), os.environ.get("CALM_PLAYBOOKS"))
    return _load_rules_once(*key)


@lru_cache(maxsize=32)
def _load_rules_once(lang: str, extra_dirs: tuple[str, ...], _env: str | None) -> RuleSet:
    from calmcli.base.cache import cached

    files = layer_files(playbook_dirs(extra_dirs), "rules")
    safe = "".join(c for c in lang if c.isalnum() or c == "-") or COMMON
    return cached(f"rules-{safe}", files, lambda: build_rules(files).get(lang), RuleSet)


# --- rules ------------------------------------------------------------------------------------


class AllRules:
    """Every scope's rules, as validated (what `build_rules` returns)."""

    def __init__(self, rules: dict[str, tuple[Rule, ...]], bounded: bool = True) -> None:
        self.rules = rules
        self.bounded = bounded  # some rule comes from a team's file: its regexes are timed

    def get(self, lang: str) -> RuleSet:
        own = () if lang == COMMON else self.rules.get(lang, ())
        return RuleSet(lang, self.rules.get(COMMON, ()) + own, self.bounded)

    def has_language(self, lang: str) -> bool:
        return lang in self.rules


def build_rules(files: list[Path]) -> AllRules:
    problems = Problems()
    merged: dict[tuple[str, str], dict[str, tuple[str, Any, Any]]] = {}
    for path, scope, document in documents(files, ("rules",), problems):
        _collect_rules(path, scope, document.get("rules"), document, merged, problems)
    by_scope: dict[str, list[Rule]] = {}
    for (scope, _), fields in merged.items():
        rule = _validate_rule(scope, fields, problems)
        if rule is not None and rule.level != "off":
            by_scope.setdefault(scope, []).append(rule)
    problems.raise_if_any()
    from calmcli.base.paths import all_bundled

    rules = {scope: tuple(rules) for scope, rules in by_scope.items()}
    return AllRules(rules, bounded=not all_bundled(files))


def _collect_rules(
    path: str,
    scope: str,
    rules: Any,
    document: Any,
    merged: dict[tuple[str, str], dict[str, tuple[str, Any, Any]]],
    problems: Problems,
) -> None:
    from calmcli.base.yamlfile import line_of

    if rules is None:
        return
    if not isinstance(rules, list):
        problems.append(
            f"{path}:{line_of(document, 'rules')}: rules must be a list of rules "
            "(each starting with '- id:')"
        )
        return
    seen: set[str] = set()
    for index, item in enumerate(rules):
        line = line_of(rules, index)
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            problems.append(f"{path}:{line}: each rule must be a mapping with an 'id'")
            continue
        if item["id"] in seen:
            problems.append(f"{path}:{line}: duplicate rule id {item['id']!r}")
            continue
        seen.add(item["id"])
        fields = merged.setdefault((scope, item["id"]), {})
        for key, value in item.items():
            fields[key] = (path, item, value)


def _validate_rule(
    scope: str, fields: dict[str, tuple[str, Any, Any]], problems: Problems
) -> Rule | None:
    from calmcli.base.yamlfile import line_of

    path, item, rule_id = fields["id"]
    where = f"{path}:{line_of(item, 'id')}"
    start = len(problems)

    def fail(key: str, message: str) -> None:
        p, container, _ = fields[key]
        problems.append(f"{p}:{line_of(container, key)}: rule {rule_id!r}: {message}")

    kind = fields.get("kind", (path, item, None))[2]
    if kind not in RULE_KINDS:
        valid = f"kind must be one of {', '.join(RULE_KINDS)}, got {kind!r}"
        if "kind" in fields:
            fail("kind", valid)  # point at the kind line itself
        else:
            problems.append(f"{where}: rule {rule_id!r}: {valid}")
        return None
    for key in fields:
        if key not in _COMMON_RULE_KEYS + _RULE_KEYS[kind]:
            fail(
                key,
                f"unknown key {key!r} for a {kind} rule; valid: "
                f"{', '.join(_COMMON_RULE_KEYS + _RULE_KEYS[kind])}",
            )
    values: dict[str, Any] = {"level": _value(fields, "level", "warning")}
    if values["level"] not in LEVELS:
        fail("level", f"level must be one of {', '.join(LEVELS)}, got {values['level']!r}")
    message = _value(fields, "message", None)
    if not isinstance(message, str) or not message.strip():
        problems.append(f"{where}: rule {rule_id!r}: message must be a non-empty text")
    values["when"] = _when(fields, fail)
    values.update(_KIND_PARSERS[kind](fields, fail))
    if len(problems) > start:
        return None
    return Rule(
        id=rule_id, scope=scope, kind=kind, message=str(message).strip(), source=where, **values
    )


def _value(fields: dict[str, tuple[str, Any, Any]], key: str, default: Any) -> Any:
    return fields[key][2] if key in fields else default


def _tokens(
    fields: dict[str, tuple[str, Any, Any]], key: str, fail: Any, required: bool = True
) -> dict[str, tuple[str, ...]]:
    from calmcli.base.textmatch import check_pattern

    if key not in fields:
        if required:
            fail("id", f"needs {key} (a list of words or /regexes/)")
        return {}
    value = fields[key][2]
    if not isinstance(value, list) or not value or not all(isinstance(t, str) for t in value):
        fail(key, f"{key} must be a non-empty list of texts")
        return {}
    for token in value:
        problem = check_pattern(token)
        if problem:
            fail(key, problem)
    return {key: tuple(value)}


def _when(
    fields: dict[str, tuple[str, Any, Any]], fail: Any
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    raw = _value(fields, "when", None)
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        fail("when", f"when must map {', '.join(_WHEN)} to lists of values")
        return ()
    result = []
    for key, values in raw.items():
        values = [values] if isinstance(values, (str, int)) else values
        if key == "warning" and isinstance(values, list):
            values = [str(v) for v in values]  # YAML reads 0..3 as numbers
        if isinstance(values, list):  # YAML reads true/yes as a boolean
            values = [str(v).lower() if isinstance(v, bool) else v for v in values]
        if key not in _WHEN:
            fail("when", f"unknown condition {key!r}; valid: {', '.join(_WHEN)}")
        elif not isinstance(values, list) or any(v not in _WHEN[key] for v in values):
            fail("when", f"when.{key} must list values from: {', '.join(_WHEN[key])}")
        else:
            result.append((key, tuple(values)))
    return tuple(result)


def _parse_existence(fields: dict[str, tuple[str, Any, Any]], fail: Any) -> dict[str, Any]:
    return {"tokens": _tokens(fields, "tokens", fail)}


def _parse_require(fields: dict[str, tuple[str, Any, Any]], fail: Any) -> dict[str, Any]:
    return {
        "tokens": {
            **_tokens(fields, "tokens", fail),
            **_tokens(fields, "with", fail, required=False),
        }
    }


def _parse_substitution(fields: dict[str, tuple[str, Any, Any]], fail: Any) -> dict[str, Any]:
    from calmcli.base.textmatch import check_pattern

    swap = _value(fields, "swap", None)
    if not isinstance(swap, dict) or not swap:
        fail("swap" if "swap" in fields else "id", "swap must map phrases to their replacement")
        return {}
    suggestions: list[str] = []
    tokens: dict[Any, Any] = {}
    for phrase, better in swap.items():
        problem = check_pattern(phrase)
        if problem or not isinstance(better, str):
            fail("swap", problem or f"swap: the replacement for {phrase!r} must be a text")
        else:
            tokens[f"swap{len(suggestions)}"] = (phrase,)
            suggestions.append(better)
    return {"swap": tuple(suggestions), "tokens": tokens}


def _parse_occurrence(fields: dict[str, tuple[str, Any, Any]], fail: Any) -> dict[str, Any]:
    scope = _value(fields, "scope", "tokens")
    if scope not in ("tokens", "characters"):
        fail("scope", f"scope must be tokens or characters, got {scope!r}")
    limit = _value(fields, "max", None)
    if limit != "channel" and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        fail(
            "max" if "max" in fields else "id",
            "max must be a whole number, or 'channel' for the channel's max_length",
        )
    values: dict[str, Any] = {
        "characters": scope == "characters",
        "max_channel": limit == "channel",
        "max": limit if isinstance(limit, int) else None,
    }
    if scope != "characters":
        values["tokens"] = _tokens(fields, "tokens", fail)
    return values


def _parse_capitalization(fields: dict[str, tuple[str, Any, Any]], fail: Any) -> dict[str, Any]:
    letters = _value(fields, "min_letters", 4)
    exceptions = _value(fields, "exceptions", [])
    if not isinstance(letters, int) or isinstance(letters, bool) or letters < 2:
        fail("min_letters", "min_letters must be a whole number of 2 or more")
        letters = 4
    if not isinstance(exceptions, list) or not all(isinstance(e, str) for e in exceptions):
        fail("exceptions", "exceptions must be a list of words")
        exceptions = []
    return {"min_letters": letters, "exceptions": frozenset(exceptions)}


def _parse_only(fields: dict[str, tuple[str, Any, Any]], fail: Any) -> dict[str, Any]:
    return {
        "tokens": {
            **_tokens(fields, "tokens", fail),
            **_tokens(fields, "ignore", fail, required=False),
        }
    }


_KIND_PARSERS = {
    "existence": _parse_existence,
    "require": _parse_require,
    "only": _parse_only,
    "substitution": _parse_substitution,
    "occurrence": _parse_occurrence,
    "capitalization": _parse_capitalization,
}
