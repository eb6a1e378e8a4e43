"""The case log's schema, as numbered migrations that run, in order and once, on every open.

Each migration is a function named `mNNN_what`, appended to `MIGRATIONS` and never edited once
released: a later change is a new function. The SQL sticks to what SQLite and PostgreSQL share
(TEXT times in UTC ISO-8601, partial indexes, ALTER TABLE ADD COLUMN) so a second backend can
run the same list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from calmcli.errors import CalmError


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


MIGRATIONS: list[Callable[[Connection], None]] = [
    m001_cases,
    m002_followups,
    m003_customer_lookup,
    m004_cases_by_agent,
]

_LEDGER = """CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"""


def lookup_key(value: str | None) -> str | None:
    """Normalise a customer name or contact for matching: trimmed, casefolded, spaces collapsed."""
    if value is None:
        return None
    return " ".join(value.casefold().split()) or None


def schema_version(db: Connection) -> int:
    """Return the number of the last migration applied (0 for a blank file)."""
    try:
        row = db.execute("SELECT max(id) FROM schema_migrations").fetchone()
    except Exception as err:  # no ledger yet: a blank file (SQLite) or schema (PostgreSQL)
        if "no such table" in str(err) or "does not exist" in str(err):
            return 0
        raise
    return int(row[0] or 0)


def migrate(db: Connection, target: int | None = None, begin: str = "BEGIN IMMEDIATE") -> list[str]:
    """Apply the missing migrations (up to `target`) in one transaction; return their names."""
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
        applied = _apply(db, schema_version(db), target)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return applied


def _apply(db: Connection, current: int, target: int) -> list[str]:
    applied = []
    for number, migration in enumerate(MIGRATIONS[current:target], start=current + 1):
        migration(db)
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        db.execute(
            "INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)",
            (number, migration.__name__, now),
        )
        applied.append(migration.__name__)
    return applied
