"""Figures for team leads, from the case log: counts and shares, response and resolution times,
follow-ups kept, reopens, compensation, warnings, and the incidents that keep coming back.

`compute()` asks the store for aggregates once (`CaseStore.case_figures`) and does the
arithmetic here; it never prints. Cases are chosen by creation time in [since, until); every
figure describes those cases (their follow-ups, their replies), whenever those happened.

Durations are whole minutes. Medians and 90th percentiles interpolate linearly between the two
nearest cases (as `statistics.quantiles(method="inclusive")`). Times are stored in UTC; trend
weeks are the user's local weeks, Monday 00:00 to Monday 00:00 in the local time zone (DST
included), because a team meeting talks about "last week" as the team lived it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from calmcli.base.clock import assume_local, local
from calmcli.caselog.model import parse_utc
from calmcli.caselog.port import FigureQuery, FigureRows
from calmcli.errors import unknown_value

if TYPE_CHECKING:
    from calmcli.base.durations import Delay
    from calmcli.caselog.port import CaseStore
    from calmcli.playbook.calendar import Calendar

BY = {
    "incident": "incident",
    "channel": "channel",
    "fault": "fault",
    "customer-type": "customer_type",
    "agent": "agent",
}
FOLLOWUP_STATES = ("on_time", "late", "overdue", "pending", "cancelled")
WARNING_NAMES = {1: "first-warning", 2: "final-notice", 3: "block-recommended"}
SCHEMA = 1  # bump when a --json key changes meaning


@dataclass(frozen=True)
class Durations:
    cases: int  # cases measured (those with a reply / a resolution)
    median_minutes: float | None
    p90_minutes: float | None


@dataclass(frozen=True)
class FollowUps:
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    pending: int = 0  # not done, not yet due
    cancelled: int = 0

    @property
    def done(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_rate(self) -> float | None:
        return _rate(self.on_time, self.done)


@dataclass(frozen=True)
class Target:
    """First replies within their channel's `first_response_target`."""

    cases: int = 0  # first replies with a target to meet
    within: int = 0

    @property
    def rate(self) -> float | None:
        return _rate(self.within, self.cases)


@dataclass(frozen=True)
class Group:
    """The figures for one group of cases (or all of them)."""

    key: str
    cases: int
    share: float | None
    status: dict[str, int]
    first_response: Durations
    resolution: Durations
    resolved_cases: int  # resolved or closed at least once
    reopened_cases: int
    compensated: int
    warned_cases: int
    warnings: int
    followups: FollowUps
    # The same times counted in the team's opening hours (settings.calendar), and the share
    # of first replies within each channel's target.
    first_response_business: Durations = Durations(0, None, None)
    resolution_business: Durations = Durations(0, None, None)
    first_response_target: Target = Target()

    @property
    def reopen_rate(self) -> float | None:
        return _rate(self.reopened_cases, self.resolved_cases)


@dataclass(frozen=True)
class IncidentTrend:
    incident: str
    cases: int
    weekly: list[int]


@dataclass(frozen=True)
class Stats:
    since: datetime | None
    until: datetime | None
    generated_at: datetime
    by: str
    timezone: str
    total: Group
    groups: list[Group]
    compensation: list[tuple[str, int]]
    warning_levels: dict[str, int]
    weeks: list[date]  # local Monday of each trend week
    trend: list[IncidentTrend] = field(default_factory=list)


def compute(
    store: CaseStore,
    by: str = "incident",
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
    weeks: int = 8,
    top: int = 5,
    calendar: Calendar | None = None,
    targets: dict[str, Delay] | None = None,
) -> Stats:
    """Compute every figure for the cases created in [since, until); with the team's calendar,
    also in business time and against each channel's first-response target (`targets`)."""
    if by not in BY:
        raise unknown_value("--by", by, tuple(BY))
    now = now or datetime.now(UTC)
    mondays, edges = trend_weeks(until or now, weeks, since)
    rows = store.case_figures(FigureQuery(BY[by], now, since, until, tuple(edges)))
    groups = _groups(rows)
    total = sum(g.cases for g in groups)
    split = _split(rows)
    everyone: _Tables = {name: getattr(rows, name) for name in _PER_GROUP}
    if calendar is not None:
        everyone.update(_business(rows.moments, calendar, targets or {}, split))
    return Stats(
        since=since,
        until=until,
        generated_at=now,
        by=by,
        timezone=_zone_name(now),
        total=_merge("all", everyone, total),
        groups=[
            _merge(g.key, split[g.key], total)
            for g in sorted(groups, key=lambda g: (-g.cases, g.key))
        ],
        compensation=sorted(rows.compensation, key=lambda kv: (-kv[1], kv[0])),
        warning_levels={
            WARNING_NAMES.get(level, str(level)): n
            for level, n in sorted(rows.warning_levels)
            if level > 0
        },
        weeks=mondays,
        trend=_trend(rows, len(mondays), top),
    )


@dataclass(frozen=True)
class _Count:
    key: str
    cases: int


def _groups(rows: FigureRows) -> list[_Count]:
    return [_Count(str(row[0]), int(row[1])) for row in rows.groups]


_PER_GROUP = ("groups", "reopened", "followups", "first_response", "resolution")
_Tables = dict[str, list[tuple[Any, ...]]]


def _split(rows: FigureRows) -> dict[str, _Tables]:
    """Each per-group table's rows by group, in one pass (histograms run to 10^5 rows)."""
    split: dict[str, _Tables] = defaultdict(lambda: {name: [] for name in _PER_GROUP})
    for name in _PER_GROUP:
        for row in getattr(rows, name):
            split[str(row[0])][name].append(row)
    return split


def _merge(key: str, tables: _Tables, total: int) -> Group:
    """Build one group's figures from its rows (or all groups' rows, for the total)."""
    counts = [sum(int(row[i] or 0) for row in tables["groups"]) for i in range(1, 9)]
    cases, opened, waiting, resolved, closed, compensated, warned, warnings = counts
    reopen = tables["reopened"]
    states: Counter[str] = Counter()
    for _, state, n in tables["followups"]:
        states[state] += int(n)
    return Group(
        key=key,
        cases=cases,
        share=_rate(cases, total),
        status={"open": opened, "waiting": waiting, "resolved": resolved, "closed": closed},
        first_response=durations(tables["first_response"]),
        resolution=durations(tables["resolution"]),
        resolved_cases=sum(int(r[1]) for r in reopen),
        reopened_cases=sum(int(r[2]) for r in reopen),
        compensated=compensated,
        warned_cases=warned,
        warnings=warnings,
        followups=FollowUps(**{s: states[s] for s in FOLLOWUP_STATES}),
        first_response_business=durations(tables.get("first_response_business", [])),
        resolution_business=durations(tables.get("resolution_business", [])),
        first_response_target=Target(
            sum(int(r[1]) for r in tables.get("target", [])),
            sum(int(r[2]) for r in tables.get("target", [])),
        ),
    )


def _business(
    moments: Iterable[tuple[Any, ...]],
    calendar: Calendar,
    targets: dict[str, Delay],
    split: dict[str, _Tables],
) -> _Tables:
    """Add each group's business-time histograms and target counts to `split`; return the
    same tables for all the cases. Counted per case with the calendar."""
    from calmcli.playbook.calendar import BusinessClock

    everyone: _Tables = {}
    rows = [
        (group, channel, parse_utc(received), parse_utc(created), _utc(replied), _utc(resolved))
        for group, channel, received, created, replied, resolved in moments
    ]
    if not rows:
        return everyone
    seen = [m for row in rows for m in row[2:] if m is not None]
    clock = BusinessClock(calendar, min(seen), max(seen))
    for group, channel, start, created, reply, resolved_at in rows:
        tables = split[str(group)]
        if reply is not None:
            open_time = clock.between(start, reply)
            minutes = _whole_minutes(open_time)
            for where in (tables, everyone):
                where.setdefault("first_response_business", []).append((group, minutes, 1))
            target = targets.get(str(channel))
            if target is not None:
                if target.business == "hours":  # within iff no more open time passed
                    within = int(open_time <= target.span)
                else:
                    within = int(reply <= _deadline(calendar, start, target))
                for where in (tables, everyone):
                    where.setdefault("target", []).append((group, 1, within))
        if resolved_at is not None:
            minutes = _whole_minutes(clock.between(created, resolved_at))
            for where in (tables, everyone):
                where.setdefault("resolution_business", []).append((group, minutes, 1))
    return everyone


def _utc(text: str | None) -> datetime | None:
    return parse_utc(text) if text is not None else None


def _deadline(calendar: Calendar, start: datetime, target: Delay) -> datetime:
    """The latest first reply that meets a target counted from `start` (not rounded)."""
    if target.business == "days":
        return calendar.close_of_working_day(start, target.span.days)
    if target.business:
        return calendar.add_business(start, target.span)
    return start + target.span


def _whole_minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


def durations(histogram: Iterable[tuple[Any, ...]]) -> Durations:
    """Median and 90th percentile of a (group, minutes, cases) histogram."""
    merged: Counter[int] = Counter()
    for _, minutes, n in histogram:
        merged[int(minutes)] += int(n)
    values = sorted(merged.items())
    count = sum(merged.values())
    return Durations(count, quantile(values, count, 0.5), quantile(values, count, 0.9))


def quantile(values: list[tuple[int, int]], count: int, q: float) -> float | None:
    """The q-quantile of sorted (value, times) pairs, interpolating between order statistics."""
    if count == 0:
        return None
    position = (count - 1) * q
    low = int(position)
    below = _order_statistic(values, low)
    above = _order_statistic(values, min(low + 1, count - 1))
    return round(below + (above - below) * (position - low), 2)


def _order_statistic(values: list[tuple[int, int]], index: int) -> int:
    seen = 0
    for value, times in values:
        seen += times
        if index < seen:
            return value
    raise IndexError(index)


def _trend(rows: FigureRows, weeks: int, top: int) -> list[IncidentTrend]:
    totals = sorted(rows.incidents, key=lambda kv: (-int(kv[1]), str(kv[0])))[:top]
    weekly: dict[str, list[int]] = defaultdict(lambda: [0] * weeks)
    for n, incident, cases in rows.weekly:
        weekly[str(incident)][int(n)] += int(cases)
    return [IncidentTrend(str(name), int(cases), weekly[str(name)]) for name, cases in totals]


def trend_weeks(
    end: datetime, weeks: int, since: datetime | None
) -> tuple[list[date], list[datetime]]:
    """The last `weeks` local weeks up to `end` (the last one cut at `end`), none before `since`.

    Returns each week's local Monday and the UTC edges between them (one more than the weeks).
    """
    last = local(end - timedelta(microseconds=1))
    monday = last.date() - timedelta(days=last.weekday())
    mondays = [monday - timedelta(weeks=k) for k in reversed(range(max(weeks, 0)))]
    edges = [local_midnight(day) for day in mondays] + [end.astimezone(UTC)]
    keep = [i for i, day in enumerate(mondays) if since is None or edges[i + 1] > since]
    if not keep:
        return [], []
    edges = edges[keep[0] :]
    if since is not None and edges[0] < since:
        edges[0] = since.astimezone(UTC)
    return mondays[keep[0] :], edges


def local_midnight(day: date) -> datetime:
    """00:00 of a local calendar day, as a UTC instant (the OS applies DST for that day)."""
    return assume_local(datetime(day.year, day.month, day.day)).astimezone(UTC)


def _zone_name(now: datetime) -> str:
    here = local(now)
    return f"{here.tzname()} (UTC{here.strftime('%z')[:3]}:{here.strftime('%z')[3:]})"


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def to_dict(stats: Stats) -> dict[str, Any]:
    """The `--json` document; its keys are stable (see SCHEMA)."""
    from calmcli.caselog.cases import compensation_parts as parts

    def group(g: Group) -> dict[str, Any]:
        data = asdict(g)
        data["reopen_rate"] = g.reopen_rate
        data["first_response_target"]["rate"] = g.first_response_target.rate
        data["followups"] = {
            **asdict(g.followups),
            "done": g.followups.done,
            "on_time_rate": g.followups.on_time_rate,
        }
        return data

    return {
        "schema": SCHEMA,
        "period": {"since": _iso(stats.since), "until": _iso(stats.until)},
        "generated_at": _iso(stats.generated_at),
        "timezone": stats.timezone,
        "by": stats.by,
        "total": group(stats.total),
        "groups": [group(g) for g in stats.groups],
        "compensation": [
            dict(zip(("given", "kind", "value", "cases"), (given, *parts(given), n), strict=True))
            for given, n in stats.compensation
        ],
        "warnings": {
            "given": stats.total.warnings,
            "cases": stats.total.warned_cases,
            "highest_level": stats.warning_levels,
        },
        "trend": {
            "weeks": [day.isoformat() for day in stats.weeks],
            "incidents": [asdict(t) for t in stats.trend],
        },
    }


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def parse_period(
    since: str | None, until: str | None, now: datetime
) -> tuple[datetime | None, datetime | None]:
    """`--since` and `--until`: a duration ago (3d, 1w) or an ISO date or time (local if naive).

    A bare date for --until means the end of that day, so `--until 2026-11-30` includes it.
    """
    from calmcli.errors import UsageError

    start = _moment(since, now, end_of_day=False)
    end = _moment(until, now, end_of_day=True)
    if start is not None and end is not None and start >= end:
        raise UsageError("--since must be before --until")
    return start, end


def _moment(text: str | None, now: datetime, end_of_day: bool) -> datetime | None:
    from calmcli.base.durations import is_duration, parse_duration, parse_when

    if text is None:
        return None
    if is_duration(text):
        return now - parse_duration(text)
    moment = parse_when(text, now)
    if end_of_day and len(text.strip()) == 10:  # YYYY-MM-DD
        return local_midnight(date.fromisoformat(text.strip()) + timedelta(days=1))
    return moment
