"""The aggregate SQL behind `calm stats` and `calm report`, written once for every SQL backend.

`case_figures(db, dialect, query)` runs a handful of GROUP BY queries over the cases created in
the query's period and returns their rows (`FigureRows`); `calmcli.stats` does the arithmetic.
Everything is standard SQL (CASE, GROUP BY, a CTE over VALUES) except two expressions, kept in a
`Dialect`: the seconds between two stored times, and one text field of an event's JSON data.
A backend passes its dialect: `SQLITE` here, `POSTGRES` for a PostgreSQL store.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from calmcli.store import FIGURE_GROUPS, FigureQuery, FigureRows, utc_text


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True)
class Dialect:
    """The only SQL that differs between backends in the figures."""

    seconds_between: Callable[[str, str], str]  # whole seconds from time a to time b
    json_text: Callable[[str, str], str]  # a text field of a JSON column


SQLITE = Dialect(
    seconds_between=lambda a, b: (
        f"CAST(round((julianday({b}) - julianday({a})) * 86400) AS INTEGER)"
    ),
    json_text=lambda column, key: f"json_extract({column}, '$.{key}')",
)
POSTGRES = Dialect(
    seconds_between=lambda a, b: (
        f"CAST(round(extract(epoch FROM (CAST({b} AS timestamptz) - CAST({a} AS timestamptz))))"
        " AS INTEGER)"
    ),
    json_text=lambda column, key: f"(CAST({column} AS json) ->> '{key}')",
)


def case_figures(db: Connection, dialect: Dialect, query: FigureQuery) -> FigureRows:
    """Run the figure queries (read-only) and return their rows."""
    if query.by not in FIGURE_GROUPS:
        raise ValueError(f"cannot group figures by {query.by!r}")
    where, params = _period(query)
    return FigureRows(
        groups=_rows(db, _groups_sql(query.by, where), params),
        incidents=_rows(db, f"SELECT c.incident, count(*) FROM cases c {where} "
                            "GROUP BY c.incident", params),
        compensation=_rows(db, f"SELECT c.compensation, count(*) FROM cases c {where} "
                               f"{'AND' if where else 'WHERE'} c.compensation IS NOT NULL "
                               "GROUP BY c.compensation", params),
        warning_levels=_rows(db, f"SELECT c.warning_level, count(*) FROM cases c {where} "
                                 "GROUP BY c.warning_level", params),
        **_milestones(db, dialect, query.by, where, params),
        followups=_rows(db, _followups_sql(query.by, where), [utc_text(query.now), *params]),
        weekly=_weekly(db, query, where, params),
    )


def _rows(db: Connection, sql: str, params: list[Any]) -> list[Any]:
    return [tuple(row) for row in db.execute(sql, params).fetchall()]


def _period(query: FigureQuery) -> tuple[str, list[Any]]:
    """WHERE over the cases' creation time (alias c); times are fixed-width UTC text."""
    clauses, params = [], []
    if query.since is not None:
        clauses.append("c.created_at >= ?")
        params.append(utc_text(query.since))
    if query.until is not None:
        clauses.append("c.created_at < ?")
        params.append(utc_text(query.until))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _count_if(condition: str) -> str:
    return f"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def _groups_sql(by: str, where: str) -> str:
    statuses = ", ".join(_count_if(f"c.status = '{s}'")
                         for s in ("open", "waiting", "resolved", "closed"))
    return (
        f"SELECT c.{by}, count(*), {statuses}, {_count_if('c.compensation IS NOT NULL')}, "
        f"{_count_if('c.warning_level > 0')}, sum(c.warning_level) "
        f"FROM cases c {where} GROUP BY c.{by}"
    )


def _milestones(db: Connection, dialect: Dialect, by: str, where: str,
                params: list[Any]) -> dict[str, list[Any]]:
    """First reply, first resolution (resolved or closed) and any reopen, per case, then
    histograms per group. A case without a reply (or never resolved) is left out of that one."""
    to = dialect.json_text("e.data", "to")
    done = f"e.kind = 'status-change' AND {to} IN ('resolved', 'closed')"
    per_case = (
        f"SELECT c.{by} AS grp, c.created_at AS created_at, "
        f"min(CASE WHEN e.kind = 'reply' THEN e.at END) AS replied_at, "
        f"min(CASE WHEN {done} THEN e.at END) AS resolved_at, "
        f"max(CASE WHEN e.kind = 'status-change' AND {to} = 'open' THEN 1 ELSE 0 END) AS reopened "
        f"FROM cases c JOIN events e ON e.case_id = c.id {where} "
        f"{'AND' if where else 'WHERE'} e.kind IN ('reply', 'status-change') "
        f"GROUP BY c.id, c.{by}, c.created_at"
    )
    minutes = {name: f"{dialect.seconds_between('created_at', name)} / 60"
               for name in ("replied_at", "resolved_at")}
    sql = (
        f"WITH per_case AS ({per_case}) "
        f"SELECT 1, grp, {minutes['replied_at']}, count(*) FROM per_case "
        "WHERE replied_at IS NOT NULL GROUP BY grp, 3 "
        f"UNION ALL SELECT 2, grp, {minutes['resolved_at']}, count(*) FROM per_case "
        "WHERE resolved_at IS NOT NULL GROUP BY grp, 3 "
        "UNION ALL SELECT 3, grp, count(*), sum(reopened) FROM per_case "
        "WHERE resolved_at IS NOT NULL GROUP BY grp"
    )
    parts: dict[int, list[Any]] = {1: [], 2: [], 3: []}
    for part, *row in db.execute(sql, params).fetchall():
        parts[part].append(tuple(row))
    return {"first_response": parts[1], "resolution": parts[2], "reopened": parts[3]}


def _followups_sql(by: str, where: str) -> str:
    """Each follow-up of a case in the period, by state: done on time (by its due time, after
    any snooze), late, cancelled (closed with its case), overdue, or pending (not yet due)."""
    state = ("CASE WHEN f.cancelled = 1 THEN 'cancelled' "
             "WHEN f.done_at IS NULL AND f.due_at < ? THEN 'overdue' "
             "WHEN f.done_at IS NULL THEN 'pending' "
             "WHEN f.done_at <= f.due_at THEN 'on_time' ELSE 'late' END")
    return (f"SELECT c.{by}, f.kind, {state}, count(*) "
            f"FROM followups f JOIN cases c ON c.id = f.case_id {where} GROUP BY c.{by}, f.kind, 3")


def _weekly(db: Connection, query: FigureQuery, where: str,
            params: list[Any]) -> list[tuple[int, str, int]]:
    """Cases per trend week and incident; the weeks come in as a CTE over VALUES."""
    edges = [utc_text(moment) for moment in query.weeks]
    if len(edges) < 2:
        return []
    values = ", ".join(f"({n}, ?, ?)" for n in range(len(edges) - 1))
    bounds = [edge for pair in zip(edges, edges[1:], strict=False) for edge in pair]
    sql = (f"WITH weeks (n, starts_at, ends_at) AS (VALUES {values}) "
           "SELECT w.n, c.incident, count(*) FROM weeks w JOIN cases c "
           "ON c.created_at >= w.starts_at AND c.created_at < w.ends_at "
           f"{where} GROUP BY w.n, c.incident")
    return _rows(db, sql, [*bounds, *params])
