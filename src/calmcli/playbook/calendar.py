"""The team's calendar (`settings.calendar`): time zone, opening hours, public holidays and
closing days, and the business-time arithmetic that every promise, follow-up and figure reads.

The API the rest of calm uses, small on purpose (all moments are aware datetimes; results are
in UTC):

- `Calendar.promise(now, delay) -> datetime`: the one moment a reply promises and its
  follow-up is due. Inside opening hours on a working day (never at night, on a weekend, a
  public holiday or a closing day) and at or after `now + delay`, counted in business time for
  a business delay: `4 business hours` is four hours of opening time, then rounded up to the
  hour (never past the close); `2 business days` is the close of the second working day (the
  current day counts when it has not opened yet). A wall-clock delay (`2d`) that lands while
  the team is open is rounded up the same way; one that lands while closed becomes the close
  of the next working day.
- `Calendar.day_end(moment) -> bool`: the moment is its day's last closing, so a reply may say
  "by the end of Thursday" instead of a time.
- `Calendar.next_open(moment) -> datetime`: the moment itself while open, else the next opening
  (a snooze into closed hours moves there).
- `Calendar.is_open(moment)`, `Calendar.business_time(start, end) -> timedelta`,
  `Calendar.add_business(start, span) -> datetime`, `Calendar.zone` (the team's tzinfo) and
  `Calendar.customer_zone(lang)` (the calendar's default zone for a language's customers).

How a moment is worded per language lives in reply/when.py. Public holidays come from the
`holidays` package, imported only when the calendar names a country (it costs ~110 ms).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from calmcli.base.durations import Delay
from calmcli.base.records import record
from calmcli.errors import CalmError, UsageError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NINE_TO_SIX = ((9 * 60, 18 * 60),)
# A calendar that opens less than once in ten years cannot hold a promise.
_HORIZON_DAYS = 3700


def _office_hours() -> dict[str, tuple[tuple[int, int], ...]]:
    return {day: _NINE_TO_SIX if day not in ("sat", "sun") else () for day in WEEKDAYS}


class CalendarError(CalmError):
    """The calendar never opens in the period a moment needs."""


@record
class Calendar:
    """What `settings.calendar` says; the bundled default is Monday to Friday 09:00-18:00 in
    the machine's local zone, with no holidays."""

    time_zone: str | None = None  # an IANA name; None: the machine's local zone
    # weekday (mon..sun) -> opening ranges in minutes after local midnight, sorted, disjoint
    hours: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=_office_hours)
    country: str | None = None  # public holidays of this country (ISO 3166 code) ...
    subdivision: str | None = None  # ... and subdivision (ES: CT, MD; MX: CMX)
    closed: tuple[str, ...] = ()  # the team's own closing days, ISO dates
    customer_time_zones: dict[str, str] = field(default_factory=dict)  # language -> IANA name

    # --- the zone and the working days ------------------------------------------------------

    @property
    def zone(self) -> tzinfo:
        cached: tzinfo | None = self.__dict__.get("_zone")
        if cached is None:
            cached = load_zone(self.time_zone) if self.time_zone else local_zone()
            self.__dict__["_zone"] = cached
        return cached

    def customer_zone(self, lang: str | None) -> tzinfo | None:
        """The calendar's default zone for customers writing in `lang`, if it names one."""
        name = self.customer_time_zones.get((lang or "").split("-")[0].lower())
        return load_zone(name) if name else None

    def is_working_day(self, day: date) -> bool:
        return bool(self.hours.get(WEEKDAYS[day.weekday()])) and not self.is_closed(day)

    def is_closed(self, day: date) -> bool:
        """A public holiday or one of the team's closing days."""
        return day.isoformat() in self._closed_days() or day in self._holidays(day.year)

    def _closed_days(self) -> frozenset[str]:
        days: frozenset[str] | None = self.__dict__.get("_closed")
        if days is None:
            days = self.__dict__["_closed"] = frozenset(self.closed)
        return days

    def _holidays(self, year: int) -> Any:
        if not self.country:
            return ()
        by_year: dict[int, Any] = self.__dict__.setdefault("_holidays_by_year", {})
        if year not in by_year:
            by_year[year] = public_holidays(self.country, self.subdivision, year)
        return by_year[year]

    def openings(self, day: date) -> list[tuple[datetime, datetime]]:
        """The day's opening ranges as UTC moments (none on a closed day); remembered per day,
        since figures over many cases ask for the same days again and again."""
        known: dict[date, list[tuple[datetime, datetime]]] = self.__dict__.setdefault("_days", {})
        ranges = known.get(day)
        if ranges is None:
            ranges = known[day] = self._openings(day)
        return ranges

    def _openings(self, day: date) -> list[tuple[datetime, datetime]]:
        if not self.is_working_day(day):
            return []
        ranges = []
        for start, end in self.hours[WEEKDAYS[day.weekday()]]:
            opens, closes = self._moment(day, start), self._moment(day, end)
            if closes > opens:  # a range swallowed by a DST change is no range
                ranges.append((opens, closes))
        return ranges

    def _moment(self, day: date, minute: int) -> datetime:
        if minute >= 24 * 60:  # 24:00, the end of the day
            day, minute = day + timedelta(days=1), minute - 24 * 60
        local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.zone)
        return local.astimezone(UTC)

    def _intervals(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        """Opening ranges that end after `start`, the first one clipped to begin at `start`."""
        first = start.astimezone(self.zone).date()
        for offset in range(_HORIZON_DAYS):
            for opens, closes in self.openings(first + timedelta(days=offset)):
                if closes > start:
                    yield max(opens, start), closes
        raise CalendarError(
            f"the team's calendar does not open in the ten years after {start:%Y-%m-%d}; "
            "check settings.calendar hours and closed days"
        )

    # --- business time ----------------------------------------------------------------------

    def is_open(self, moment: datetime) -> bool:
        """Open at this moment (from an opening up to, not including, its close)."""
        opens, _ = next(self._intervals(moment))
        return opens == moment

    def next_open(self, moment: datetime) -> datetime:
        """The moment itself while the team is open, else its next opening."""
        opens, _ = next(self._intervals(moment))
        return opens

    def next_closed(self, moment: datetime) -> datetime | None:
        """A moment the team is closed, at or soon after `moment`: itself when closed, else
        some way into the gap after the current opening (None for a team that never closes)."""
        end = None
        for count, (opens, closes) in enumerate(self._intervals(moment)):
            if opens > moment and (end is None or opens > end):
                break  # a gap before this range: the team closes at `end`
            if count > 14:
                return None
            end = closes
        if end is None or end == moment:
            return moment
        gap = self.next_open(end) - end
        return end + min(timedelta(hours=4), gap / 2)

    def add_business(self, start: datetime, span: timedelta) -> datetime:
        """The earliest moment by which `span` of opening time has passed since `start`."""
        remaining = span
        for opens, closes in self._intervals(start):
            if closes - opens >= remaining:
                return opens + remaining
            remaining -= closes - opens
        raise AssertionError("unreachable: _intervals ends by raising")  # pragma: no cover

    def business_time(self, start: datetime, end: datetime) -> timedelta:
        """How much of the time from `start` to `end` the team was open."""
        total = timedelta()
        if end <= start:
            return total
        for opens, closes in self._intervals(start):
            if opens >= end:
                break
            total += min(closes, end) - opens
        return total

    def day_end(self, moment: datetime) -> bool:
        """Whether `moment` is its working day's last closing ("by the end of Thursday")."""
        ranges = self.openings(moment.astimezone(self.zone).date())
        return bool(ranges) and ranges[-1][1] == moment

    def day_close_from(self, day: date, now: datetime) -> datetime:
        """The last closing of the first working day on or after `day` that is still ahead of
        `now` (when we write about something due that day: a restock on a Sunday is Monday's)."""
        for offset in range(_HORIZON_DAYS):
            ranges = self.openings(day + timedelta(days=offset))
            if ranges and ranges[-1][1] > now:
                return ranges[-1][1]
        raise CalendarError(
            f"the team's calendar does not open in the ten years after {day:%Y-%m-%d}; "
            "check settings.calendar hours and closed days"
        )

    def close_of_working_day(self, start: datetime, days: int) -> datetime:
        """The last closing of the `days`-th working day from `start`; the day of `start` counts
        when it has not opened yet. With `days` 0, the next opening."""
        if days <= 0:
            return self.next_open(start)
        today = start.astimezone(self.zone).date()
        counted = 0
        for offset in range(_HORIZON_DAYS):
            ranges = self.openings(today + timedelta(days=offset))
            if ranges and (offset > 0 or start <= ranges[0][0]):
                counted += 1
                if counted == days:
                    return ranges[-1][1]
        raise CalendarError(
            f"the team's calendar does not have {days} working days in the ten years after "
            f"{start:%Y-%m-%d}; check settings.calendar"
        )

    def promise(self, now: datetime, delay: Delay) -> datetime:
        """The moment a reply promises for `delay` from `now` (see the module's docstring)."""
        now = now.astimezone(UTC)
        if delay.business == "days":
            return self.close_of_working_day(now, delay.span.days)
        target = self.add_business(now, delay.span) if delay.business else now + delay.span
        return self.inside(target)

    def inside(self, target: datetime) -> datetime:
        """`target` rounded up to the hour while open (never past the close); a closed moment
        becomes the close of the next working day."""
        day = target.astimezone(self.zone).date()
        for when in (day - timedelta(days=1), day):  # a range may close at 24:00
            for opens, closes in self.openings(when):
                if opens <= target <= closes:
                    return min(self._hour_up(target), closes)
        opens, _ = next(self._intervals(target))
        return self.openings(opens.astimezone(self.zone).date())[-1][1]

    def _hour_up(self, moment: datetime) -> datetime:
        """A promise reads better as 'by 15:00' than 'by 14:57' (hours of the team's clock)."""
        local = moment.astimezone(self.zone)
        floor = local.replace(minute=0, second=0, microsecond=0)
        if floor == local:
            return moment
        return (floor.astimezone(UTC) + timedelta(hours=1)).astimezone(UTC)


class BusinessClock:
    """Business time between many pairs of moments at once (the figures of `calm stats`): the
    opening ranges from `first` to `last` laid out once, with the open seconds before each, so
    each pair costs two binary searches instead of a walk through its days. Moments outside
    the laid-out days are counted by the calendar itself."""

    def __init__(self, calendar: Calendar, first: datetime, last: datetime) -> None:
        self.calendar = calendar
        day = first.astimezone(calendar.zone).date() - timedelta(days=1)
        end = last.astimezone(calendar.zone).date() + timedelta(days=1)
        self.starts: list[float] = []
        self.ends: list[float] = []
        self.before: list[float] = []  # open seconds before each range starts
        total = 0.0
        while day <= end:
            for opens, closes in calendar.openings(day):
                self.starts.append(opens.timestamp())
                self.ends.append(closes.timestamp())
                self.before.append(total)
                total += closes.timestamp() - opens.timestamp()
            day += timedelta(days=1)
        low = datetime.combine(first.astimezone(calendar.zone).date(), time(), calendar.zone)
        self.low, self.high = (
            low.timestamp(),
            datetime.combine(end, time(), calendar.zone).timestamp(),
        )

    def _open_until(self, stamp: float) -> float:
        from bisect import bisect_right

        index = bisect_right(self.starts, stamp) - 1
        if index < 0:
            return 0.0
        return self.before[index] + min(stamp, self.ends[index]) - self.starts[index]

    def between(self, start: datetime, end: datetime) -> timedelta:
        """The same as Calendar.business_time(start, end)."""
        begin, finish = start.timestamp(), end.timestamp()  # UTC moments: no zone lookups
        if not (self.low <= begin and finish < self.high):
            return self.calendar.business_time(start, end)
        if finish <= begin:
            return timedelta()
        return timedelta(seconds=self._open_until(finish) - self._open_until(begin))


def load_zone(name: str) -> tzinfo:
    """An IANA zone by name; UsageError naming it if this machine does not know it."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            f"unknown time zone {name!r}; use an IANA name like Europe/Madrid"
        ) from None


def local_zone() -> tzinfo:
    """The machine's own zone, with its DST rules: $TZ when it names an IANA zone, else the C
    library's local time (no zoneinfo import on calm reply's start-up path). The config file's
    `timezone` (base/clock.py, for this command) comes before both."""
    from calmcli.base.clock import team_zone

    configured = team_zone()
    if configured is not None:
        return configured
    name = os.environ.get("TZ", "").lstrip(":")
    if name and "/" in name:
        try:
            return load_zone(name)
        except UsageError:
            pass
    return LocalZone()


class LocalZone(tzinfo):
    """The machine's local time as the C library keeps it (the tzinfo of Python's docs)."""

    def utcoffset(self, moment: datetime | None) -> timedelta:
        return self._local(moment).utcoffset() or timedelta()

    def dst(self, moment: datetime | None) -> timedelta:
        return timedelta()  # only utcoffset matters for calm's arithmetic

    def tzname(self, moment: datetime | None) -> str:
        return self._local(moment).tzname() or "local"

    def fromutc(self, moment: datetime) -> datetime:
        stamp = (moment.replace(tzinfo=None) - datetime(1970, 1, 1)).total_seconds()
        offset = datetime.fromtimestamp(stamp, UTC).astimezone().utcoffset() or timedelta()
        return (moment + offset).replace(tzinfo=self)

    def _local(self, moment: datetime | None) -> datetime:
        """The aware local time for a wall-clock time of this zone (folds resolved first)."""
        if moment is None:
            return datetime.now().astimezone()
        return moment.replace(tzinfo=None).astimezone()

    def __repr__(self) -> str:
        return "LocalZone()"

    def __str__(self) -> str:
        return "local"


def public_holidays(country: str, subdivision: str | None, year: int) -> Any:
    """The public holidays of a country (and subdivision) in a year: a mapping date -> name."""
    import holidays

    return holidays.country_holidays(country, subdiv=subdivision, years=year)
