"""The team's clock: the time zone every local time calm shows or reads is in.

The config file's `timezone` applies to one command (`team_clock`, set where the CLI runs a
command), held in a context variable: never written into `TZ` or the C library's zone, so no
process state outlives the command (tests run many commands in one process).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, tzinfo

# None: the system's zone (TZ, /etc/localtime), as datetime.astimezone() reads it.
_ZONE: ContextVar[tzinfo | None] = ContextVar("calm_team_zone", default=None)


def team_zone() -> tzinfo | None:
    """The config file's zone for this command, or None for the system's."""
    return _ZONE.get()


def local(moment: datetime) -> datetime:
    """An aware time in the team's zone."""
    return moment.astimezone(_ZONE.get())


def assume_local(moment: datetime) -> datetime:
    """A naive time read as the team's local time (an aware one is kept)."""
    if moment.tzinfo is not None:
        return moment
    zone = _ZONE.get()
    return moment.replace(tzinfo=zone) if zone is not None else moment.astimezone()


@contextmanager
def team_clock(zone_name: str | None) -> Iterator[None]:
    """Show and read local times in `zone_name` (None: the system's) until the block ends."""
    zone = None
    if zone_name:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(zone_name)
    token = _ZONE.set(zone)
    try:
        yield
    finally:
        _ZONE.reset(token)
