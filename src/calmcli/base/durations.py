"""Parse the durations and dates that every command accepts: 30m, 2h, 3d, 1w or an ISO date,
and the playbook's delays, which may also count business time: `2 business days`."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from calmcli.base.clock import assume_local
from calmcli.base.records import record
from calmcli.errors import UsageError

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
# Every time calm takes lies in these years, and every duration is at most LONGEST: a time
# plus or minus a duration, or plus the day `--until` includes, then never leaves what
# `datetime` can hold (years 1 to 9999), so no later sum can overflow.
EARLIEST = datetime(1000, 1, 1, tzinfo=UTC)
LATEST = datetime(9999, 1, 1, tzinfo=UTC)
LONGEST = timedelta(days=1000 * 365)
_RANGE = "calm takes times from year 1000 to 9998"


def parse_duration(text: str) -> timedelta:
    """Turn `30m`, `2h`, `3d` or `1w` into a timedelta."""
    match = _DURATION.match(str(text))
    if not match:
        raise UsageError(f"bad duration {text!r}; use e.g. 30m, 2h, 3d or 1w")
    digits, unit = match.group(1).lstrip("0") or "0", match.group(2)
    too_long = UsageError(f"bad duration {text!r}: longer than 1000 years")
    if len(digits) > 9:  # also spares int() a 5,000-digit number
        raise too_long
    try:
        delta = timedelta(**{_UNITS[unit]: int(digits)})
    except OverflowError:
        raise too_long from None
    if delta > LONGEST:
        raise too_long
    return delta


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
    try:
        if moment.tzinfo is None:
            moment = assume_local(moment)  # a naive time is the team's local time
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError):  # 0001-01-01 east of UTC, 9999-12-31 west of it
        moment = LATEST
    if not in_range(moment):
        raise UsageError(f"time {text!r} out of range: {_RANGE}")
    return moment


def in_range(moment: datetime) -> bool:
    """Whether an aware time lies in the years calm takes (see EARLIEST, LATEST)."""
    return EARLIEST <= moment < LATEST


def format_duration(delta: timedelta) -> str:
    """Render a timedelta in the largest whole unit: 2d, 3h, 45m."""
    minutes = int(delta.total_seconds() // 60)
    for unit, size in (("w", 7 * 24 * 60), ("d", 24 * 60), ("h", 60)):
        if minutes and minutes % size == 0:
            return f"{minutes // size}{unit}"
    return f"{minutes}m"


_BUSINESS = re.compile(r"^\s*(\d+)\s+business\s+(minute|hour|day)s?\s*$", re.IGNORECASE)
_BUSINESS_UNITS = {"minute": "m", "hour": "h", "day": "d"}


@record
class Delay:
    """A playbook delay: `span` of wall-clock time (`2d`), or business time (`business`):
    `"hours"` counts the time the team is open (`4 business hours`, `30 business minutes`),
    `"days"` counts working days (`2 business days`: by the close of the second). The team's
    calendar (playbook/calendar.py) turns a delay into a moment."""

    span: timedelta
    business: str = ""  # "", "hours" or "days"

    @property
    def text(self) -> str:
        """How a playbook says it: `2d`, `4 business hours`, `2 business days`."""
        if not self.business:
            return format_duration(self.span)
        minutes = int(self.span.total_seconds() // 60)
        if self.business == "days":
            amount, word = minutes // (24 * 60), "day"
        elif minutes % 60 == 0:
            amount, word = minutes // 60, "hour"
        else:
            amount, word = minutes, "minute"
        return f"{amount} business {word}{'s' if amount != 1 else ''}"


def parse_delay(text: str) -> Delay:
    """Turn `2d`, `4h` or `2 business days`, `4 business hours`, `30 business minutes` into a
    Delay; raise UsageError for anything else."""
    match = _BUSINESS.match(str(text))
    if match:
        unit = _BUSINESS_UNITS[match.group(2).lower()]
        span = parse_duration(match.group(1) + unit)
        return Delay(span, business="days" if unit == "d" else "hours")
    if is_duration(text):
        return Delay(parse_duration(text))
    raise UsageError(
        f"bad delay {text!r}; use e.g. 2h, 3d, 1w, 4 business hours or 2 business days"
    )


def is_delay(text: str) -> bool:
    return bool(_BUSINESS.match(str(text))) or is_duration(text)
