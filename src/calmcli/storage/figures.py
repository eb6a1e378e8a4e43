"""The aggregate SQL behind `calm stats` and `calm report`, written once for every SQL backend.

`case_figures(db, dialect, query)` runs a handful of GROUP BY queries over the cases created in
the query's period and returns their rows (`FigureRows`); `caselog.stats` does the arithmetic.
They read only `cases`: each case keeps what it adds to the figures (first reply, resolution,
reopen, follow-ups kept; see migrations.m005_case_figures), so no query joins a case's events.

At a million cases the cost is SQLite's: it groups by sorting, unless an index already holds the
rows in group order. So every big query streams down a covering index in its order: the case
counts group by all five dimensions and status (`cases_figures`; the few thousand combinations
are then summed by the one asked for), and the time histograms group by minutes
(`cases_first_reply`, `cases_resolution`), collecting each minute's group keys as one string
that Python counts. Everything is standard SQL except four expressions, kept in a `Dialect`.
A backend passes its dialect: `SQLITE` here, `POSTGRES` for a PostgreSQL store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from calmcli.caselog.model import utc_text
from calmcli.caselog.port import FIGURE_GROUPS, FigureQuery, FigureRows


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class Dialect:
    """The only SQL that differs between backends in the figures (and in deriving a case's
    figure columns from its timeline: migrations.fill_case_figures)."""

    seconds_between: Callable[[str, str], str]  # whole seconds from a to b, half away from 0
    json_text: Callable[[str, str], str]  # a text field of a JSON column
    joined: Callable[[str], str]  # an aggregate: a group's values as one string, US-separated
    # A column the planner must not pick an index on: without statistics SQLite takes a period
    # (since and until) for a narrow one and reads the cases' rows through `cases_created`,
    # a random read per case; the covering indexes take a fraction of a second at any period.
    unindexed: Callable[[str], str]
    # The rows of a JSON array of texts given as one parameter (a list of any length: SQLite
    # refuses more than 32,766 parameters, PostgreSQL 65,535).
    texts_of: str
    like: str  # LIKE without regard to the case of ASCII letters


SQLITE = Dialect(
    # to whole milliseconds first, so a difference of n.5 s rounds as exactly as elsewhere
    seconds_between=lambda a, b: (
        f"CAST(round(round((julianday({b}) - julianday({a})) * 86400000) / 1000.0) AS INTEGER)"
    ),
    json_text=lambda column, key: f"json_extract({column}, '$.{key}')",
    joined=lambda column: f"group_concat({column}, char(31))",
    unindexed=lambda column: f"+{column}",
    texts_of="SELECT value FROM json_each(?)",
    like="LIKE",
)
POSTGRES = Dialect(
    seconds_between=lambda a, b: (
        f"CAST(round(extract(epoch FROM (CAST({b} AS timestamptz) - CAST({a} AS timestamptz))))"
        " AS INTEGER)"
    ),
    json_text=lambda column, key: f"(CAST({column} AS json) ->> '{key}')",
    joined=lambda column: f"string_agg({column}, chr(31))",
    unindexed=lambda column: column,
    texts_of="SELECT jsonb_array_elements_text(CAST(? AS jsonb))",
    like="ILIKE",
)


def case_figures(db: Connection, dialect: Dialect, query: FigureQuery) -> FigureRows:
    """Run the figure queries (read-only) and return their rows."""
    if query.by not in FIGURE_GROUPS:
        raise ValueError(f"cannot group figures by {query.by!r}")
    where, params = _period(query, dialect.unindexed("c.created_at"))
    counts = _rows(db, _counts_sql(query.by, where), params)
    compensated = _rows(db, _flagged_sql(query.by, "compensation", where), params)
    warned = _rows(db, _flagged_sql(query.by, "warning_level", where), params)
    resolution = _histogram(db, dialect, query.by, "resolution_minutes", where, params)
    return FigureRows(
        groups=_groups(counts, compensated, warned),
        incidents=_totals((incident, n) for _, incident, n, *_ in counts),
        compensation=_totals((given, n) for _, given, n in compensated),
        warning_levels=_totals((level, n) for _, level, n in warned),
        first_response=_histogram(db, dialect, query.by, "first_reply_minutes", where, params),
        resolution=resolution,
        reopened=_reopened(counts, resolution),
        followups=_followups(
            counts, _rows(db, _pending_sql(query.by, where), [utc_text(query.now), *params])
        ),
        weekly=_weekly(db, query, where, params),
        moments=_rows(db, _moments_sql(query.by, where), params),
    )


def _moments_sql(by: str, where: str) -> str:
    """FigureRows.moments: each replied or resolved case's times, for business time."""
    measured = "(c.first_reply_at IS NOT NULL OR c.resolved_at IS NOT NULL)"
    return (
        f"SELECT c.{by}, c.channel, coalesce(c.received_at, c.created_at), c.created_at, "
        f"c.first_reply_at, c.resolved_at FROM cases c {_and(where, measured)}"
    )


def _rows(db: Connection, sql: str, params: list[Any]) -> list[Any]:
    return [tuple(row) for row in db.execute(sql, params).fetchall()]


def _period(query: FigureQuery, created: str) -> tuple[str, list[Any]]:
    """WHERE over the cases' creation time (alias c); times are fixed-width UTC text."""
    clauses, params = [], []
    if query.since is not None:
        clauses.append(f"{created} >= ?")
        params.append(utc_text(query.since))
    if query.until is not None:
        clauses.append(f"{created} < ?")
        params.append(utc_text(query.until))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _and(where: str, condition: str) -> str:
    return f"{where} AND {condition}" if where else f"WHERE {condition}"


def _count_if(condition: str) -> str:
    return f"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)"


_DIMENSIONS = "c.incident, c.channel, c.fault, c.customer_type, c.agent"  # cases_figures' order
_COUNTS = ("n", "reopened", "on_time", "late", "cancelled")


def _counts_sql(by: str, where: str) -> str:
    """(group, incident, cases, open, waiting, resolved, closed, reopened of the resolved,
    follow-ups on time, late, cancelled): summed from every dimension and status combination."""
    combos = (
        f"SELECT {_DIMENSIONS}, c.status, count(*) AS n, "
        f"{_count_if('c.resolution_minutes IS NOT NULL AND c.reopened = 1')} AS reopened, "
        "sum(c.followups_on_time) AS on_time, sum(c.followups_late) AS late, "
        "sum(c.followups_cancelled) AS cancelled "
        f"FROM cases c {where} GROUP BY {_DIMENSIONS}, c.status"
    )
    statuses = ", ".join(
        f"sum(CASE WHEN status = '{s}' THEN n ELSE 0 END)"
        for s in ("open", "waiting", "resolved", "closed")
    )
    sums = ", ".join(f"sum({name})" for name in _COUNTS[1:])
    return (
        f"SELECT {by}, incident, sum(n), {statuses}, {sums} FROM ({combos}) AS combos "
        f"GROUP BY {by}, incident"
    )


def _flagged_sql(by: str, column: str, where: str) -> str:
    """(group, value, cases) of the few cases given compensation, or warned (partial indexes)."""
    flagged = "c.compensation IS NOT NULL" if column == "compensation" else "c.warning_level > 0"
    # value first: grouped in its partial index's order, not down an index on the group column
    return (
        f"SELECT c.{by}, c.{column}, count(*) FROM cases c {_and(where, flagged)} "
        f"GROUP BY c.{column}, c.{by}"
    )


def _groups(counts: list[Any], compensated: list[Any], warned: list[Any]) -> list[Any]:
    """FigureRows.groups: (group, cases, open, waiting, resolved, closed, compensated, warned
    cases, warnings given)."""
    groups: dict[str, list[int]] = {}
    for group, _incident, n, *statuses_and_more in counts:
        row = groups.setdefault(group, [0] * 8)
        for i, value in enumerate((n, *statuses_and_more[:4])):
            row[i] += int(value or 0)
    for group, _given, n in compensated:
        groups[group][5] += int(n)
    for group, level, n in warned:
        groups[group][6] += int(n)
        groups[group][7] += int(level) * int(n)
    return [(group, *row) for group, row in groups.items()]


def _totals(pairs: Iterable[tuple[Any, Any]]) -> list[tuple[Any, int]]:
    totals: Counter[Any] = Counter()
    for key, n in pairs:
        totals[key] += int(n)
    return list(totals.items())


def _histogram(
    db: Connection, dialect: Dialect, by: str, minutes: str, where: str, params: list[Any]
) -> list[tuple[str, int, int]]:
    """(group, whole minutes, cases) for the cases that have that time; a case without a reply
    (or never resolved) is left out. Grouped by minutes only, down the column's index, with each
    minute's group keys joined into one string and counted here (no sort of a million rows)."""
    sql = (
        f"SELECT c.{minutes}, {dialect.joined(f'c.{by}')} FROM cases c "
        f"{_and(where, f'c.{minutes} IS NOT NULL')} GROUP BY c.{minutes}"
    )
    histogram: list[tuple[str, int, int]] = []
    for value, keys in db.execute(sql, params).fetchall():
        histogram += [(key, int(value), n) for key, n in Counter(keys.split("\x1f")).items()]
    return histogram


def _reopened(counts: list[Any], resolution: list[tuple[str, int, int]]) -> list[Any]:
    """FigureRows.reopened: (group, cases resolved or closed, of them reopened)."""
    resolved = _totals((group, n) for group, _, n in resolution)
    reopened = dict(_totals((row[0], row[7]) for row in counts))
    return [(group, n, reopened.get(group, 0)) for group, n in resolved]


def _pending_sql(by: str, where: str) -> str:
    """(group, overdue or pending, follow-ups) for the follow-ups not done: few, and the only
    state that depends on the time asked, so read from `followups` (its pending index)."""
    state = "CASE WHEN f.due_at < ? THEN 'overdue' ELSE 'pending' END"
    return (
        f"SELECT c.{by}, {state}, count(*) FROM followups f JOIN cases c ON c.id = f.case_id "
        f"{_and(where, 'f.done_at IS NULL AND f.cancelled <> 1')} GROUP BY c.{by}, 2"
    )


def _followups(counts: list[Any], pending: list[Any]) -> list[tuple[str, str, int]]:
    """FigureRows.followups: (group, state, follow-ups): done on time (by its due time, after
    any snooze), late, cancelled (closed with its case), overdue, or pending (not yet due)."""
    done = [
        (row[0], state, int(row[i] or 0))
        for row in counts
        for i, state in ((8, "on_time"), (9, "late"), (10, "cancelled"))
    ]
    return done + [(group, state, int(n)) for group, state, n in pending]


def _weekly(
    db: Connection, query: FigureQuery, where: str, params: list[Any]
) -> list[tuple[int, str, int]]:
    """Cases per trend week and incident; the weeks come in as a CTE over VALUES."""
    edges = [utc_text(moment) for moment in query.weeks]
    if len(edges) < 2:
        return []
    values = ", ".join(f"({n}, ?, ?)" for n in range(len(edges) - 1))
    bounds = [edge for pair in zip(edges, edges[1:], strict=False) for edge in pair]
    sql = (
        f"WITH weeks (n, starts_at, ends_at) AS (VALUES {values}) "
        "SELECT w.n, c.incident, count(*) FROM weeks w JOIN cases c "
        "ON c.created_at >= w.starts_at AND c.created_at < w.ends_at "
        f"{where} GROUP BY w.n, c.incident"
    )
    return _rows(db, sql, [*bounds, *params])
