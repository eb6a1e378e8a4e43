"""Load, layer and validate the playbooks: the policy and guidance team leads own."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

from calmcli.base.durations import Delay
from calmcli.base.problems import Problems, kind_of
from calmcli.errors import UsageError, ValidationError
from calmcli.playbook.layers import playbook_dirs, playbook_files
from calmcli.playbook.model import Compensation, Entry, Guidance, Playbook, Settings
from calmcli.playbook.vocabulary import (
    CHANNELS,
    COMPENSATION_KINDS,
    ENTRY_SECTIONS,
    FAULTS,
    GUIDANCE_KEYS,
    REPLY_STYLES,
    SECTIONS,
)

# --- loading and layering -------------------------------------------------------------------


def load_playbook(
    extra_dirs: Iterable[Path | str] | None = None, use_cache: bool = True
) -> Playbook:
    """Load the bundled playbook layered with the team's folders; raise ValidationError if wrong."""
    dirs = playbook_dirs(extra_dirs)
    if not use_cache:
        return _with_config_language(_build(dirs))
    from calmcli.base.cache import cached

    files = [f for d in dirs for f in playbook_files(d)]
    return _with_config_language(cached("playbook", files, lambda: _build(dirs), Playbook))


def _with_config_language(playbook: Playbook) -> Playbook:
    """The config file's `lang` is this agent's default reply language (over the playbook's)."""
    from dataclasses import replace

    from calmcli.base.config import config_lang

    lang = config_lang()
    if not lang or lang == playbook.settings.default_language:
        return playbook
    return replace(playbook, settings=replace(playbook.settings, default_language=lang))


def _build(dirs: list[Path]) -> Playbook:
    from calmcli.base.yamlfile import load_yaml_file

    problems = Problems()
    layers: list[dict[str, Any]] = []
    sources: list[str] = []
    for folder in dirs:
        layer: dict[str, Any] = {"settings": [], **{s: {} for s in ENTRY_SECTIONS}}
        for path in playbook_files(folder):
            sources.append(str(path))
            try:
                document = load_yaml_file(path, folder)
            except ValidationError as err:
                problems += err.problems
                continue
            _collect(document, str(path), layer, problems)
        layers.append(layer)
    merged = _merge_layers(layers)
    playbook = _validate(merged, problems, tuple(sources))
    problems.raise_if_any()
    return playbook


def _collect(document: Any, path: str, layer: dict[str, Any], problems: Problems) -> None:
    """Sort one file's sections into the layer, flagging duplicate ids within the layer."""
    from calmcli.base.yamlfile import line_of

    if document is None:
        return
    if not isinstance(document, dict):
        problems.append(
            f"{path}:{getattr(document, 'line', 1)}: expected a mapping of sections "
            f"({', '.join(SECTIONS)}) at the top of the file"
        )
        return
    for name, value in document.items():
        line = line_of(document, name)
        if name not in SECTIONS:
            problems.append(
                f"{path}:{line}: unknown section {name!r}; valid: {', '.join(SECTIONS)}"
            )
        elif name == "settings":
            if not isinstance(value, dict):
                problems.append(f"{path}:{line}: settings must be a mapping")
            else:
                layer["settings"].append((path, value))
        elif not isinstance(value, list):
            problems.append(
                f"{path}:{line}: {name} must be a list of entries (each starting with '- id:')"
            )
        else:
            for index, item in enumerate(value):
                _collect_entry(name, item, path, line_of(value, index), layer[name], problems)


def _collect_entry(
    section: str, item: Any, path: str, line: int, seen: dict[str, Any], problems: Problems
) -> None:
    if not isinstance(item, dict):
        problems.append(
            f"{path}:{line}: each {ENTRY_SECTIONS[section]} must be a mapping with an id"
        )
        return
    entry_id = item.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        problems.append(f"{path}:{line}: {ENTRY_SECTIONS[section]} without an 'id' (a short text)")
        return
    if entry_id in seen:
        first_path, first = seen[entry_id]
        problems.append(
            f"{path}:{line}: duplicate {ENTRY_SECTIONS[section]} id {entry_id!r} "
            f"(first at {first_path}:{first.line})"
        )
        return
    seen[entry_id] = (path, item)


def _overlaid(under: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` on top of `under`, keeping where each key stands (a mistake in the team's own
    entry is reported at its own line, not at the top of its file)."""
    from calmcli.base.yamlfile import YamlMap

    merged = YamlMap({**under, **over})
    merged.key_lines = {**getattr(under, "key_lines", {}), **getattr(over, "key_lines", {})}
    merged.line = getattr(over, "line", 0)
    return merged


def _merge_layers(layers: list[dict[str, Any]]) -> dict[str, Any]:
    """Later layers override earlier ones: entries field by field by id, settings key by key."""
    merged: dict[str, Any] = {"settings": {}, "calendar": {}, "calendar_hours": {}}
    merged.update({s: {} for s in ENTRY_SECTIONS})
    for layer in layers:
        for path, settings in layer["settings"]:
            for key, value in settings.items():
                earlier = merged["settings"].get(key)
                overlaid = ("team", "contact_email", "agents")
                if key in overlaid and earlier and isinstance(earlier[2], dict):
                    if isinstance(value, dict):  # a team folder names only what it changes
                        value = _overlaid(earlier[2], value)
                merged["settings"][key] = (path, settings, value)
                if key == "calendar" and isinstance(value, dict):
                    _merge_calendar(path, value, merged)
        for section in ENTRY_SECTIONS:
            for entry_id, (path, item) in layer[section].items():
                fields = merged[section].setdefault(entry_id, {})
                for key, value in item.items():
                    fields[key] = (path, item, value)
    return merged


def _merge_calendar(path: str, calendar: dict[str, Any], merged: dict[str, Any]) -> None:
    """The calendar layers key by key, and its opening hours weekday by weekday."""
    for key, value in calendar.items():
        merged["calendar"][key] = (path, calendar, value)
        if key == "hours" and isinstance(value, dict):
            for day, ranges in value.items():
                merged["calendar_hours"][day] = (path, value, ranges)


# --- validation -------------------------------------------------------------------------------


class _Checker:
    """Collects `FILE:LINE: message` problems while turning raw YAML into typed values."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def fail(self, path: str, container: Any, key: str | int, message: str) -> None:

        self.problems.at(path, container, key, message)

    def text(self, where: tuple[str, Any, Any], key: str) -> str | None:
        path, container, value = where
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.fail(path, container, key, f"{key} must be a non-empty text, got {kind_of(value)}")
        return None

    def text_list(self, where: tuple[str, Any, Any], key: str) -> tuple[str, ...]:
        path, container, value = where
        if not isinstance(value, list):
            self.fail(path, container, key, f"{key} must be a list of texts, got {kind_of(value)}")
            return ()
        good = []
        for index, item in enumerate(value):
            if isinstance(item, str) and item.strip():
                good.append(item.strip())
            else:
                hint = "; put text containing ': ' in quotes" if isinstance(item, dict) else ""
                self.fail(
                    path,
                    value,
                    index,
                    f"each item of {key} must be a text, got {kind_of(item)}{hint}",
                )
        return tuple(good)

    def delay(self, where: tuple[str, Any, Any], key: str) -> Delay | None:
        from calmcli.base.durations import is_delay, parse_delay

        path, container, value = where
        if isinstance(value, str) and is_delay(value):
            try:
                return parse_delay(value)
            except UsageError as err:  # 999999w: longer than calm's longest
                self.fail(path, container, key, f"{key}: {err}")
                return None
        self.fail(
            path,
            container,
            key,
            f"{key} must be a duration like 4h or 2d, or business time like 4 business hours "
            f"or 2 business days, got {value!r}",
        )
        return None

    def duration(self, where: tuple[str, Any, Any], key: str) -> timedelta | None:
        from calmcli.base.durations import is_duration, parse_duration

        path, container, value = where
        if isinstance(value, str) and is_duration(value):
            try:
                return parse_duration(value)
            except UsageError as err:  # 999999w: longer than calm's longest
                self.fail(path, container, key, f"{key}: {err}")
                return None
        self.fail(
            path, container, key, f"{key} must be a duration like 30m, 2h, 3d or 1w, got {value!r}"
        )
        return None

    def integer(self, where: tuple[str, Any, Any], key: str, low: int, high: int) -> int | None:
        path, container, value = where
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        self.fail(
            path,
            container,
            key,
            f"{key} must be a whole number from {low} to {high}, got {value!r}",
        )
        return None

    def boolean(self, where: tuple[str, Any, Any], key: str) -> bool | None:
        path, container, value = where
        if isinstance(value, bool):
            return value
        self.fail(path, container, key, f"{key} must be true or false, got {value!r}")
        return None

    def labels(
        self, where: tuple[str, Any, Any], key: str, languages: tuple[str, ...]
    ) -> dict[str, str]:
        path, container, value = where
        if not isinstance(value, dict):
            self.fail(
                path,
                container,
                key,
                f"{key} must map each language ({', '.join(languages)}) "
                f"to a text, got {kind_of(value)}",
            )
            return {}
        result = {}
        for lang, text in value.items():
            if lang not in languages:
                self.fail(
                    path,
                    value,
                    lang,
                    f"{key} has unknown language {lang!r}; valid: {', '.join(languages)}",
                )
            elif isinstance(text, str) and text.strip():
                result[lang] = text.strip()
            else:
                self.fail(path, value, lang, f"{key}.{lang} must be a non-empty text")
        missing = [lang for lang in languages if lang not in value]
        if missing:
            self.fail(path, container, key, f"{key} is missing language(s): {', '.join(missing)}")
        return result


def _validate(merged: dict[str, Any], problems: Problems, sources: tuple[str, ...]) -> Playbook:
    check = _Checker(problems)
    settings = _validate_settings(merged["settings"], check)
    from calmcli.playbook.calendar_check import parse_calendar

    settings.calendar = parse_calendar(
        merged["calendar"], merged["calendar_hours"], problems, settings.languages
    )
    # Unknown fixed ids first: a typo'd id (`our`) should not also read as an entry missing fields.
    _drop_unknown_ids(merged, "faults", FAULTS, check)
    _drop_unknown_ids(merged, "channels", CHANNELS, check)
    sections = {
        section: {
            entry_id: _validate_entry(section, entry_id, fields, settings, check)
            for entry_id, fields in merged[section].items()
        }
        for section in ENTRY_SECTIONS
    }
    _check_fixed_ids(sections, "faults", FAULTS, check)
    _check_fixed_ids(sections, "channels", CHANNELS, check)
    for section in ("customer_types", "incidents"):
        if not sections[section]:
            problems.append(f"{sources[0] if sources else 'playbooks'}:1: no {section} defined")
    return Playbook(settings=settings, sources=sources, **sections)


def _drop_unknown_ids(
    merged: dict[str, Any], section: str, valid: tuple[str, ...], check: _Checker
) -> None:
    for entry_id in [i for i in merged[section] if i not in valid]:
        path, item, _ = merged[section].pop(entry_id)["id"]
        check.fail(
            path,
            item,
            "id",
            f"unknown {ENTRY_SECTIONS[section]} id {entry_id!r}; valid: {', '.join(valid)}",
        )


def _check_fixed_ids(
    sections: dict[str, dict[str, Entry]], section: str, valid: tuple[str, ...], check: _Checker
) -> None:
    for missing in (v for v in valid if v not in sections[section]):
        check.problems.append(f"playbooks:1: {ENTRY_SECTIONS[section]} {missing!r} is not defined")


_SETTINGS_KEYS = (
    "default_language",
    "languages",
    "follow_up",
    "satisfaction_check",
    "compensation_limits",
    "another_sale",
    "signature",
    "team",
    "contact_email",
    "agents",
    "calendar",
)


def _validate_settings(raw: dict[str, Any], check: _Checker) -> Settings:
    values: dict[str, Any] = {}
    for key, where in raw.items():
        path, container, value = where
        if key not in _SETTINGS_KEYS:
            check.fail(
                path, container, key, f"unknown setting {key!r}; valid: {', '.join(_SETTINGS_KEYS)}"
            )
        elif key == "languages":
            langs = check.text_list(where, key)
            if langs:
                values[key] = langs
        elif key in ("follow_up", "satisfaction_check"):
            values[key] = check.delay(where, key)
        elif key == "calendar":
            if not isinstance(value, dict):
                check.fail(
                    path, container, key, f"calendar must be a mapping, got {kind_of(value)}"
                )
        elif key == "another_sale":
            values[key] = check.boolean(where, key)
        elif key == "compensation_limits":
            values[key] = _validate_limits(where, check)
        elif key == "team":
            values[key] = _validate_team(where, check)
        elif key == "contact_email":
            values[key] = _validate_contact_email(where, check)
        elif key == "agents":
            values[key] = _validate_agents(where, check)
        else:
            values[key] = check.text(where, key)
    settings = Settings(**{k: v for k, v in values.items() if v is not None})
    if "default_language" in raw and settings.default_language not in settings.languages:
        path, container, _ = raw["default_language"]
        check.fail(
            path,
            container,
            "default_language",
            f"default_language {settings.default_language!r} is not one of languages "
            f"({', '.join(settings.languages)})",
        )
    return settings


def _validate_team(where: tuple[str, Any, Any], check: _Checker) -> dict[str, str]:
    """`team: {brand: Oleoshop, ca: Atenció al client, es: ..., en: Customer Care}`."""

    def problem(key: str, name: Any) -> str | None:
        if isinstance(name, str) and name.strip():
            return None
        return f"team.{key} must be a non-empty text, got {kind_of(name)}"

    return _per_language(
        where, check, "team", ("brand", "a language code"),
        "the team's name (e.g. {brand: Oleoshop, es: Atención al cliente})", problem,
    )  # fmt: skip


_EMAIL = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[A-Za-z]{2,}")


def _validate_contact_email(where: tuple[str, Any, Any], check: _Checker) -> dict[str, str]:
    """`contact_email: {default: help@oleoshop.com, es: ayuda@oleoshop.es}`."""

    def problem(key: str, address: Any) -> str | None:
        if isinstance(address, str) and _EMAIL.fullmatch(address.strip()):
            return None
        shown = repr(address) if isinstance(address, str) else kind_of(address)
        return f"contact_email.{key} must be an email address (name@example.com), got {shown}"

    return _per_language(
        where, check, "contact_email", ("default", "a language"),
        "an address (e.g. {default: help@oleoshop.com, es: ayuda@oleoshop.es})", problem,
    )  # fmt: skip


def _validate_agents(where: tuple[str, Any, Any], check: _Checker) -> dict[str, str]:
    """`agents: {Laia: f, Marc: m}`: how each agent is addressed (f or m), so a Catalan call
    or chat names them with their personal article ('Soc la Laia', 'Li escriu en Marc')."""
    path, container, value = where
    if not isinstance(value, dict):
        check.fail(path, container, "agents", f"agents must be a mapping, got {kind_of(value)}")
        return {}
    found = {}
    for name, gender in value.items():
        if isinstance(name, str) and name.strip() and gender in ("f", "m"):
            found[" ".join(name.split())] = str(gender)
        else:
            check.fail(path, value, name, f"agents.{name} must be f or m, got {gender!r}")
    return found


def _per_language(
    where: tuple[str, Any, Any],
    check: _Checker,
    setting: str,
    other: tuple[str, str],
    mapped_to: str,
    problem: Callable[[str, Any], str | None],
) -> dict[str, str]:
    """A setting that maps a language code (or one other key, `other[0]`) to a text; every
    mistake is reported at its own line, the valid entries are kept (stripped)."""
    path, container, value = where
    if not isinstance(value, dict):
        check.fail(
            path,
            container,
            setting,
            f"{setting} must map {other[0]} and each language to {mapped_to}, got {kind_of(value)}",
        )
        return {}
    kept = {}
    for key, text in value.items():
        if not isinstance(key, str) or not re.fullmatch(rf"{other[0]}|[a-z]{{2,3}}", key):
            check.fail(
                path, value, key, f"{setting}: {str(key)!r} is neither {other[0]} nor {other[1]}"
            )
            continue
        found = problem(key, text)
        if found is not None:
            check.fail(path, value, key, found)
        else:
            kept[key] = text.strip()
    return kept


def _validate_limits(where: tuple[str, Any, Any], check: _Checker) -> dict[str, int]:
    path, container, value = where
    if not isinstance(value, dict):
        check.fail(
            path,
            container,
            "compensation_limits",
            "compensation_limits must map a kind to its maximum percent (0 forbids it)",
        )
        return {}
    limits = {}
    for kind, limit in value.items():
        if kind not in COMPENSATION_KINDS:
            check.fail(
                path,
                value,
                kind,
                f"unknown compensation kind {kind!r}; valid: {', '.join(COMPENSATION_KINDS)}",
            )
            continue
        number = check.integer((path, value, limit), kind, 0, 100)
        if number is not None:
            limits[kind] = number
    return limits


_ENTRY_FIELDS: dict[str, tuple[str, ...]] = {
    "faults": ("id", "label", "help", "guidance", "offers_compensation"),
    "channels": ("id", "label", "help", "guidance", "first_response", "max_length"),
    "customer_types": ("id", "label", "help", "guidance", "reply_style"),
    "incidents": ("id", "label", "help", "guidance", "compensation", "options", "follow_up"),
}
_REQUIRED = ("label", "help", "guidance")


def _validate_entry(
    section: str, entry_id: str, fields: dict[str, Any], settings: Settings, check: _Checker
) -> Entry:
    path, item, _ = fields["id"]
    allowed = _ENTRY_FIELDS[section]
    values: dict[str, Any] = {}
    for key, where in fields.items():
        if key not in allowed:
            check.fail(
                where[0],
                where[1],
                key,
                f"unknown field {key!r} in {ENTRY_SECTIONS[section]} "
                f"{entry_id!r}; valid: {', '.join(allowed)}",
            )
            continue
        parse = _FIELD_PARSERS.get(key)
        if parse is not None:
            values[key] = parse(check, where, key, settings)
    for key in _REQUIRED:
        if key not in fields:
            check.fail(path, item, "id", f"{ENTRY_SECTIONS[section]} {entry_id!r} has no {key}")
    return Entry(
        section=section,
        id=entry_id,
        source=f"{path}:{item.line}",
        label=values.get("label") or {},
        help=values.get("help") or {},
        guidance=values.get("guidance") or Guidance(),
        **{
            k: v
            for k, v in values.items()
            if k not in ("label", "help", "guidance") and v is not None
        },
    )


def _parse_guidance(
    check: _Checker, where: tuple[str, Any, Any], key: str, _s: Settings
) -> Guidance:
    path, container, value = where
    if not isinstance(value, dict):
        check.fail(
            path, container, key, f"guidance must be a mapping with {', '.join(GUIDANCE_KEYS)}"
        )
        return Guidance()
    parts = {}
    for name, items in value.items():
        if name not in GUIDANCE_KEYS:
            check.fail(
                path,
                value,
                name,
                f"unknown guidance part {name!r}; valid: {', '.join(GUIDANCE_KEYS)}",
            )
        else:
            parts[name] = check.text_list((path, value, items), name)
    return Guidance(**parts)


def _parse_compensation(
    check: _Checker, where: tuple[str, Any, Any], key: str, settings: Settings
) -> tuple[Compensation, ...]:
    path, container, value = where
    if not isinstance(value, list):
        check.fail(path, container, key, "compensation must be a list of {kind, percent} entries")
        return ()
    offers = []
    for index, offer in enumerate(value):
        if not isinstance(offer, dict) or "kind" not in offer:
            check.fail(
                path,
                value,
                index,
                f"each compensation needs a kind ({', '.join(COMPENSATION_KINDS)})",
            )
            continue
        kind = offer["kind"]
        if kind not in COMPENSATION_KINDS:
            check.fail(
                path,
                offer,
                "kind",
                f"unknown compensation kind {kind!r}; valid: {', '.join(COMPENSATION_KINDS)}",
            )
            continue
        percent = None
        if kind == "discount":
            percent = check.integer((path, offer, offer.get("percent")), "percent", 1, 100)
            limit = settings.compensation_limits.get(kind)
            if percent is not None and limit is not None and percent > limit:
                check.fail(
                    path,
                    offer,
                    "percent",
                    f"discount of {percent}% is over the limit of "
                    f"{limit}% set in settings.compensation_limits",
                )
        elif settings.compensation_limits.get(kind) == 0:
            check.fail(path, offer, "kind", f"{kind} is forbidden by settings.compensation_limits")
        offers.append(Compensation(kind=kind, percent=percent))
    return tuple(offers)


def _parse_reply_style(
    check: _Checker, where: tuple[str, Any, Any], key: str, _s: Settings
) -> tuple[str, ...]:
    styles = check.text_list(where, key)
    path, _, value = where
    for index, style in enumerate(styles):
        if style not in REPLY_STYLES:
            check.fail(
                path,
                value,
                index,
                f"unknown reply_style {style!r}; valid: {', '.join(REPLY_STYLES)}",
            )
    return tuple(s for s in styles if s in REPLY_STYLES)


_Parser = Callable[[_Checker, tuple[str, Any, Any], str, Settings], Any]
_FIELD_PARSERS: dict[str, _Parser] = {
    "label": lambda c, w, k, s: c.labels(w, k, s.languages),
    "help": lambda c, w, k, s: c.labels(w, k, s.languages),
    "guidance": _parse_guidance,
    "offers_compensation": lambda c, w, k, s: c.boolean(w, k),
    "first_response": lambda c, w, k, s: c.delay(w, k),
    "follow_up": lambda c, w, k, s: c.delay(w, k),
    "max_length": lambda c, w, k, s: c.integer(w, k, 20, 100_000),
    "reply_style": _parse_reply_style,
    "compensation": _parse_compensation,
    "options": lambda c, w, k, s: c.text_list(w, k),
}


# --- the guidance for one situation -----------------------------------------------------------
