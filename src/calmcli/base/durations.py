"""Parse the durations and dates that every command accepts: 30m, 2h, 3d, 1w or an ISO date."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from calmcli.errors import UsageError

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta:
    """Turn `30m`, `2h`, `3d` or `1w` into a timedelta."""
    match = _DURATION.match(str(text))
    if not match:
        raise UsageError(f"bad duration {text!r}; use e.g. 30m, 2h, 3d or 1w")
    amount, unit = int(match.group(1)), match.group(2)
    return timedelta(**{_UNITS[unit]: amount})


def is_duration(text: str) -> bool:
    return bool(_DURATION.match(str(text)))


def parse_when(text: str, now: datetime | None = None) -> datetime:
    """Turn a duration (from now) or an ISO date/datetime (local time if naive) into UTC."""
    now = now or datetime.now(UTC)
    if is_duration(text):
        return now + parse_duration(text)
    try:
        moment = datetime.fromisoformat(str(text).strip())
    except ValueError:
        raise UsageError(
            f"bad time {text!r}; use a duration (30m, 2h, 3d, 1w) or an ISO date (2026-12-01)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is the user's local time
    return moment.astimezone(UTC)


def format_duration(delta: timedelta) -> str:
    """Render a timedelta in the largest whole unit: 2d, 3h, 45m."""
    minutes = int(delta.total_seconds() // 60)
    for unit, size in (("w", 7 * 24 * 60), ("d", 24 * 60), ("h", 60)):
        if minutes and minutes % size == 0:
            return f"{minutes // size}{unit}"
    return f"{minutes}m"
