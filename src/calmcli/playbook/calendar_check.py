"""Validate `settings.calendar` into a Calendar, every mistake as `FILE:LINE: message`.

The calendar layers key by key, and its hours weekday by weekday: a team folder that says only
`time_zone` and `holidays` keeps the opening hours of the layers below it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from calmcli.base.problems import Problems, kind_of
from calmcli.playbook.calendar import WEEKDAYS, Calendar

CALENDAR_KEYS = ("time_zone", "hours", "holidays", "closed", "customer_time_zones")
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
Where = tuple[str, Any, Any]  # (file, the YAML container, the value at the key)


def parse_calendar(
    keys: dict[str, Where], hours: dict[str, Where], problems: Problems, languages: tuple[str, ...]
) -> Calendar:
    """The layered `settings.calendar` keys (and `hours` per weekday) as a Calendar."""
    calendar = Calendar()
    for key, (path, container, _) in keys.items():
        if key not in CALENDAR_KEYS:
            problems.at(
                path,
                container,
                key,
                f"unknown calendar key {key!r}; valid: " + ", ".join(CALENDAR_KEYS),
            )
    if "hours" in keys and not isinstance(keys["hours"][2], dict):
        path, container, value = keys["hours"]
        problems.at(
            path,
            container,
            "hours",
            f"hours must map each weekday (mon..sun) to its opening ranges, got {kind_of(value)}",
        )
    if "time_zone" in keys:
        calendar.time_zone = _zone(keys["time_zone"], "time_zone", problems)
    for day, where in hours.items():
        ranges = _hours(day, where, problems)
        if ranges is not None:
            calendar.hours[day] = ranges
    if "holidays" in keys:
        calendar.country, calendar.subdivision = _holidays(keys["holidays"], problems)
    if "closed" in keys:
        calendar.closed = _closed(keys["closed"], problems)
    if "customer_time_zones" in keys:
        calendar.customer_time_zones = _customer_zones(
            keys["customer_time_zones"], languages, problems
        )
    if not any(calendar.hours.values()) and "hours" in keys:
        path, container, _ = keys["hours"]
        problems.at(path, container, "hours", "hours: the team must open on at least one weekday")
    return calendar


def _zone(where: Where, key: str, problems: Problems) -> str | None:
    path, container, value = where
    if value in (None, "local"):
        return None
    if isinstance(value, str) and _known_zone(value.strip()):
        return value.strip()
    problems.at(
        path,
        container,
        key,
        f"{key}: unknown time zone {str(value)[:60]!r}; use an IANA name like Europe/Madrid "
        "(or local)",
    )
    return None


def _known_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return bool(name)


def _hours(day: str, where: Where, problems: Problems) -> tuple[tuple[int, int], ...] | None:
    path, container, value = where
    if day not in WEEKDAYS:
        problems.at(
            path, container, day, f"hours: unknown weekday {day!r}; valid: " + ", ".join(WEEKDAYS)
        )
        return None
    if value is None:
        value = []
    if not isinstance(value, list):
        problems.at(
            path,
            container,
            day,
            f'hours.{day} must be a list of ranges like "09:00-14:00" ([] = closed), '
            f"got {kind_of(value)}",
        )
        return None
    ranges: list[tuple[int, int]] = []
    for index, item in enumerate(value):
        parsed = _range(item)
        if parsed is None:
            problems.at(
                path,
                value,
                index,
                f'hours.{day}: {str(item)[:40]!r} is not a range like "09:00-14:00" '
                "(HH:MM-HH:MM, opening before closing, 24:00 at the latest)",
            )
            return None
        ranges.append(parsed)
    ranges.sort()
    for (_, first_end), (second_start, _) in zip(ranges, ranges[1:], strict=False):
        if second_start < first_end:
            problems.at(path, container, day, f"hours.{day}: the ranges overlap")
            return None
    return tuple(ranges)


def _range(item: Any) -> tuple[int, int] | None:
    match = _RANGE.match(item) if isinstance(item, str) else None
    if not match:
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if m1 > 59 or m2 > 59 or h1 > 23 or end > 24 * 60 or end <= start:
        return None
    return start, end


def _holidays(where: Where, problems: Problems) -> tuple[str | None, str | None]:
    path, container, value = where
    if value in (None, "none", {}):
        return None, None
    if not isinstance(value, dict) or not isinstance(value.get("country"), str):
        problems.at(
            path,
            container,
            "holidays",
            f"holidays must be {{country: ES, subdivision: CT}} (or none), got {kind_of(value)}",
        )
        return None, None
    for key in value:
        if key not in ("country", "subdivision"):
            problems.at(
                path, value, key, f"holidays: unknown key {key!r}; valid: country, subdivision"
            )
    from holidays import list_supported_countries

    supported = list_supported_countries()
    country = value["country"].strip().upper()
    if country not in supported:
        problems.at(
            path,
            value,
            "country",
            f"holidays: unknown country {value['country']!r}; use an ISO 3166 code such as "
            "ES, PL, GB or MX",
        )
        return None, None
    subdivision = value.get("subdivision")
    if subdivision is None:
        return country, None
    valid = [str(s) for s in supported[country]]
    match = next((s for s in valid if s.upper() == str(subdivision).strip().upper()), None)
    if match is None:
        shown = ", ".join(valid[:40]) + (", ..." if len(valid) > 40 else "")
        problems.at(
            path,
            value,
            "subdivision",
            f"holidays: unknown subdivision {str(subdivision)[:40]!r} of {country}; valid: "
            f"{shown or '(none)'}",
        )
        return country, None
    return country, match


def _closed(where: Where, problems: Problems) -> tuple[str, ...]:
    path, container, value = where
    if value is None:
        return ()
    if not isinstance(value, list):
        problems.at(
            path,
            container,
            "closed",
            f"closed must be a list of dates like 2026-12-24, got {kind_of(value)}",
        )
        return ()
    days = []
    for index, item in enumerate(value):
        day = _date(item)
        if day is None:
            problems.at(
                path, value, index, f"closed: {str(item)[:40]!r} is not a date like 2026-12-24"
            )
        else:
            days.append(day.isoformat())
    return tuple(sorted(set(days)))


def _date(item: Any) -> date | None:
    if isinstance(item, date) and not hasattr(item, "hour"):
        return item
    if isinstance(item, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.strip()):
        try:
            return date.fromisoformat(item.strip())
        except ValueError:
            return None
    return None


def _customer_zones(where: Where, languages: tuple[str, ...], problems: Problems) -> dict[str, str]:
    path, container, value = where
    if not isinstance(value, dict):
        problems.at(
            path,
            container,
            "customer_time_zones",
            "customer_time_zones must map a language to a time zone (pl: Europe/Warsaw)",
        )
        return {}
    zones = {}
    for lang, zone in value.items():
        if lang not in languages:
            problems.at(
                path,
                value,
                lang,
                f"customer_time_zones: unknown language {lang!r}; valid: {', '.join(languages)}",
            )
            continue
        name = _zone((path, value, zone), f"customer_time_zones.{lang}", problems)
        if name:
            zones[str(lang)] = name
    return zones
