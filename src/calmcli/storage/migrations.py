"""The case log's schema, as numbered migrations that run, in order and once, on every open.

Each migration is a function named `mNNN_what`, appended to `MIGRATIONS` and never edited once
released: a later change is a new function. The SQL sticks to what SQLite and PostgreSQL share
(TEXT times in UTC ISO-8601, partial indexes, ALTER TABLE ADD COLUMN) so a second backend can
run the same list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from calmcli.base.progress import Progress
from calmcli.caselog.model import lookup_key, search_keys
from calmcli.errors import CalmError

if TYPE_CHECKING:
    from calmcli.storage.figures import Dialect


class Connection(Protocol):
    """The part of a DB-API connection the migrations use (sqlite3 and psycopg both have it)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


def m001_cases(db: Connection) -> None:
    """Cases and their timeline."""
    db.execute(
        """CREATE TABLE cases (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            agent TEXT NOT NULL,
            status TEXT NOT NULL,
            outcome TEXT,
            customer TEXT,
            contact TEXT,
            channel TEXT NOT NULL,
            fault TEXT NOT NULL,
            customer_type TEXT NOT NULL,
            incident TEXT NOT NULL,
            lang TEXT NOT NULL,
            order_ref TEXT,
            summary TEXT NOT NULL DEFAULT '',
            compensation TEXT,
            warning_level INTEGER NOT NULL DEFAULT 0,
            vars TEXT NOT NULL DEFAULT '{}'
        )"""
    )
    db.execute("CREATE INDEX cases_created ON cases (created_at)")
    db.execute("CREATE INDEX cases_status ON cases (status, created_at)")
    db.execute(
        """CREATE TABLE events (
            case_id TEXT NOT NULL REFERENCES cases (id),
            seq INTEGER NOT NULL,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            agent TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (case_id, seq)
        )"""
    )


def m002_followups(db: Connection) -> None:
    """Follow-ups, with an index over the pending ones only (what `calm followups` reads)."""
    db.execute(
        """CREATE TABLE followups (
            case_id TEXT NOT NULL REFERENCES cases (id),
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            due_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            done_at TEXT,
            cancelled INTEGER NOT NULL DEFAULT 0,
            suggest_sale INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (case_id, seq)
        )"""
    )
    db.execute("CREATE INDEX followups_pending ON followups (due_at) WHERE done_at IS NULL")


def m003_customer_lookup(db: Connection) -> None:
    """Case-insensitive lookup by customer name or contact (`calm cases list --customer`)."""
    db.execute("ALTER TABLE cases ADD COLUMN customer_key TEXT")
    db.execute("ALTER TABLE cases ADD COLUMN contact_key TEXT")
    # SQL's lower() is ASCII-only in SQLite; casefold in Python so "ŁUKASZ" finds "Łukasz".
    rows = db.execute("SELECT id, customer, contact FROM cases").fetchall()
    db.executemany(  # type: ignore[attr-defined]
        "UPDATE cases SET customer_key = ?, contact_key = ? WHERE id = ?",
        [(lookup_key(name), lookup_key(contact), case_id) for case_id, name, contact in rows],
    )
    db.execute("CREATE INDEX cases_customer ON cases (customer_key, created_at)")
    db.execute("CREATE INDEX cases_contact ON cases (contact_key, created_at)")


def m004_cases_by_agent(db: Connection) -> None:
    """`calm cases list --mine`: an agent's cases, newest first, in a shared team log."""
    db.execute("CREATE INDEX cases_agent ON cases (agent, created_at)")


_FIGURE_COUNTS = ("reopened", "followups_on_time", "followups_late", "followups_cancelled")


def m005_case_figures(db: Connection) -> None:
    """`calm stats` at a million cases: each case keeps what it adds to the figures (its first
    reply and resolution, in whole minutes too, any reopen, its follow-ups kept), written with
    its timeline (store_sql.figure_columns) and back-filled here; covering indexes let SQLite
    group without sorting (see store_figures)."""
    for column in (
        "first_reply_at TEXT",
        "resolved_at TEXT",
        "first_reply_minutes INTEGER",
        "resolution_minutes INTEGER",
        *(f"{name} INTEGER NOT NULL DEFAULT 0" for name in _FIGURE_COUNTS),
    ):
        db.execute(f"ALTER TABLE cases ADD COLUMN {column}")
    fill_case_figures(db)
    dims = "incident, channel, fault, customer_type, agent"
    db.execute(
        f"CREATE INDEX cases_figures ON cases ({dims}, status, created_at, "
        "resolution_minutes, reopened, followups_on_time, followups_late, "
        "followups_cancelled)"
    )
    for name, column, only in (
        ("cases_first_reply", "first_reply_minutes", "first_reply_minutes IS NOT NULL"),
        ("cases_resolution", "resolution_minutes", "resolution_minutes IS NOT NULL"),
        ("cases_compensated", "compensation", "compensation IS NOT NULL"),
        ("cases_warned", "warning_level", "warning_level > 0"),
    ):
        db.execute(f"CREATE INDEX {name} ON cases ({column}, {dims}, created_at) WHERE {only}")


def m006_customer_search(db: Connection) -> None:
    """Finding a returning customer by any word of the name, contact or order (issue 14): one
    row per (kind, key, case), keys folded in Python as `search_keys` folds them, back-filled
    here and kept by store_sql with every case write. Binary order ("C" in PostgreSQL) so a
    name prefix ("jor") is an index range on both backends."""
    from calmcli.storage.figures import SQLITE

    collate = "" if dialect_of(db) is SQLITE else ' COLLATE "C"'
    db.execute(
        f"""CREATE TABLE case_search (
            kind TEXT NOT NULL,
            key TEXT{collate} NOT NULL,
            case_id TEXT NOT NULL REFERENCES cases (id),
            PRIMARY KEY (kind, key, case_id)
        )"""
    )
    db.execute("CREATE INDEX case_search_case ON case_search (case_id)")
    rows = db.execute("SELECT id, customer, contact, order_ref FROM cases").fetchall()
    keys = [
        (kind, key, case_id)
        for case_id, name, contact, order in rows
        for kind, key in search_keys(name, contact, order)
    ]
    if keys:
        db.executemany(  # type: ignore[attr-defined]
            "INSERT INTO case_search (kind, key, case_id) VALUES (?, ?, ?)", keys
        )


def m007_received(db: Connection) -> None:
    """When the customer wrote (issue 12): first response counts from it, not from logging
    the case. Earlier cases had no such time; they keep their creation time."""
    db.execute("ALTER TABLE cases ADD COLUMN received_at TEXT")
    db.execute("UPDATE cases SET received_at = created_at")


def m008_resolutions(db: Connection) -> None:
    """An abandoned, unresolved or duplicate case closed is not a resolution (issue 14): the
    time to resolution and the reopen rate count only cases resolved; re-derived from the
    timeline for every case."""
    dialect = dialect_of(db)
    db.execute(
        "UPDATE cases SET resolved_at = (SELECT min(e.at) FROM events e WHERE e.case_id = "
        f"cases.id AND e.kind = 'status-change' AND {_resolution(dialect)})"
    )
    minutes = f"{dialect.seconds_between('created_at', 'resolved_at')} / 60"
    db.execute(f"UPDATE cases SET resolution_minutes = {minutes}")


MIGRATIONS: list[Callable[[Connection], None]] = [
    m001_cases,
    m002_followups,
    m003_customer_lookup,
    m004_cases_by_agent,
    m005_case_figures,
    m006_customer_search,
    m007_received,
    m008_resolutions,
]

_LEDGER = """CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"""


def fill_case_figures(db: Connection) -> None:
    """Derive every case's figure columns from its events and follow-ups, set-wise (m005's
    back-fill; also for logs written around the store, like the benchmarks'). The same rules
    as store_sql.figure_columns, which keeps them as cases change."""
    dialect = dialect_of(db)
    to = dialect.json_text("data", "to")
    db.execute(
        "UPDATE cases SET first_reply_at = m.replied, resolved_at = m.resolved, "
        "reopened = m.reopened FROM (SELECT case_id, "
        "min(CASE WHEN kind = 'reply' THEN at END) AS replied, "
        f"min(CASE WHEN kind = 'status-change' AND {_resolution(dialect)} THEN at END) "
        "AS resolved, "
        f"max(CASE WHEN kind = 'status-change' AND {to} = 'open' THEN 1 ELSE 0 END) AS reopened "
        "FROM events WHERE kind IN ('reply', 'status-change') GROUP BY case_id) AS m "
        "WHERE cases.id = m.case_id"
    )
    minutes = {
        name: f"{dialect.seconds_between('created_at', name)} / 60"
        for name in ("first_reply_at", "resolved_at")
    }
    db.execute(
        f"UPDATE cases SET first_reply_minutes = {minutes['first_reply_at']}, "
        f"resolution_minutes = {minutes['resolved_at']}"
    )
    done = "cancelled <> 1 AND done_at IS NOT NULL AND done_at"
    db.execute(
        "UPDATE cases SET followups_on_time = m.on_time, followups_late = m.late, "
        "followups_cancelled = m.cancelled FROM (SELECT case_id, "
        f"sum(CASE WHEN {done} <= due_at THEN 1 ELSE 0 END) AS on_time, "
        f"sum(CASE WHEN {done} > due_at THEN 1 ELSE 0 END) AS late, "
        "sum(CASE WHEN cancelled = 1 THEN 1 ELSE 0 END) AS cancelled "
        "FROM followups GROUP BY case_id) AS m WHERE cases.id = m.case_id"
    )


def _resolution(dialect: Dialect) -> str:
    """store_sql.is_resolution in SQL: to resolved, or closed with the outcome resolved."""
    to, outcome = dialect.json_text("data", "to"), dialect.json_text("data", "outcome")
    return f"({to} = 'resolved' OR ({to} = 'closed' AND {outcome} = 'resolved'))"


def dialect_of(db: Connection) -> Dialect:
    """The few SQL expressions that differ by backend (store_figures keeps them)."""
    import sqlite3

    from calmcli.storage.figures import POSTGRES, SQLITE

    return SQLITE if isinstance(db, sqlite3.Connection) else POSTGRES


def schema_version(db: Connection) -> int:
    """Return the number of the last migration applied (0 for a blank file)."""
    try:
        row = db.execute("SELECT max(id) FROM schema_migrations").fetchone()
    except Exception as err:  # no ledger yet: a blank file (SQLite) or schema (PostgreSQL)
        if "no such table" in str(err) or "does not exist" in str(err):
            return 0
        raise
    try:
        return int(row[0] or 0)
    except (TypeError, ValueError):
        raise DamagedLog(
            f"its schema ledger (schema_migrations) holds {str(row[0])[:40]!r}, not a version "
            "number: not a case log calm can use"
        ) from None


class DamagedLog(CalmError):
    """What the log holds is not what calm wrote: a foreign ledger value, a corrupt row."""


def migrate(
    db: Connection,
    target: int | None = None,
    begin: str = "BEGIN IMMEDIATE",
    progress: Progress | None = None,
) -> list[str]:
    """Apply the missing migrations (up to `target`) in one transaction; return their names.
    Upgrading a log that has data (its back-fills can take long) is reported to `progress`."""
    target = len(MIGRATIONS) if target is None else target
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise CalmError(
            f"the case log has schema version {current}, newer than this calm knows "
            f"({len(MIGRATIONS)}); upgrade calm"
        )
    if current >= target:
        return []
    db.execute(begin)  # another process may be migrating too: take the write lock, then re-check
    try:
        db.execute(_LEDGER)
        current = schema_version(db)
        applied = _apply(db, current, target, progress if current else None)
        db.execute("COMMIT")
    except BaseException:
        if getattr(db, "in_transaction", True):  # SQLite rolls back a full disk itself
            db.execute("ROLLBACK")
        raise
    return applied


def _apply(db: Connection, current: int, target: int, progress: Progress | None) -> list[str]:
    applied = []
    for number, migration in enumerate(MIGRATIONS[current:target], start=current + 1):
        if progress is not None:
            progress(number - current - 1, target - current)
        migration(db)
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        db.execute(
            "INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)",
            (number, migration.__name__, now),
        )
        applied.append(migration.__name__)
    return applied
