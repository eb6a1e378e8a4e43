"""The case log: typed records and the store that keeps them (SQLite, `$CALM_HOME/cases.db`).

`CaseStore` is the whole interface the rest of calm uses; `SqliteStore` is the embedded backend.
All SQL lives here and in `migrations.py`. Every write is one short transaction; a change that
depends on the case's current state (close, snooze, ...) is decided inside that transaction by
a pure function (`Decide`), so two agents acting at once never lose an event.
"""

from __future__ import annotations

import json
import os
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from calmcli.errors import CalmError, NotFoundError, UsageError
from calmcli.migrations import lookup_key, migrate

STATUSES = ("open", "waiting", "resolved", "closed")
ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0/O, 1/I/L, U: read aloud on the phone
ID_LENGTH = 5
BUSY_TIMEOUT_MS = 10_000


def utc_text(moment: datetime) -> str:
    """Render a time the way the store keeps it: UTC, ISO-8601, milliseconds, `Z`.

    Fixed width, so text order is time order (in SQL too).
    """
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_utc(text: str) -> datetime:
    """Read a stored time back (any ISO-8601 form; naive means UTC)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def new_case_id(length: int = ID_LENGTH) -> str:
    """A random id from the OS's generator (not `secrets`: its hashlib import costs ~5 ms)."""
    chars: list[str] = []
    while len(chars) < length:
        # keep bytes below 240 (8 x 30) so every character is equally likely
        chars += [ID_ALPHABET[b % 30] for b in os.urandom(length * 2) if b < 240]
    return "C-" + "".join(chars[:length])


@dataclass(frozen=True)
class Event:
    seq: int
    at: str
    kind: str
    agent: str
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FollowUp:
    case_id: str
    seq: int
    kind: str  # "follow-up" or "satisfaction"
    due_at: str
    reason: str
    created_at: str
    done_at: str | None = None
    cancelled: bool = False
    suggest_sale: bool = False

    @property
    def id(self) -> str:
        return f"{self.case_id}.{self.seq}"

    @property
    def pending(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True)
class Case:
    id: str
    created_at: str
    updated_at: str
    agent: str
    status: str
    channel: str
    fault: str
    customer_type: str
    incident: str
    lang: str
    customer: str | None = None
    contact: str | None = None
    order: str | None = None
    summary: str = ""
    outcome: str | None = None
    compensation: str | None = None
    warning_level: int = 0
    vars: dict[str, Any] = field(default_factory=dict)
    events: tuple[Event, ...] = ()
    followups: tuple[FollowUp, ...] = ()

    def pending_followups(self) -> list[FollowUp]:
        return sorted((f for f in self.followups if f.pending), key=lambda f: f.due_at)


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up with the case fields a follow-up list shows."""

    followup: FollowUp
    customer: str | None
    channel: str
    incident: str
    status: str
    summary: str


@dataclass
class Change:
    """What a decision does to one case: new field values, new events, follow-up changes."""

    fields: dict[str, Any] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)  # seq is assigned by the store
    new_followups: list[FollowUp] = field(default_factory=list)  # seq assigned by the store
    followup_updates: dict[int, dict[str, Any]] = field(default_factory=dict)  # seq -> fields


Decide = Callable[[Case], Change]


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    customer: str | None = None
    channel: str | None = None
    incident: str | None = None
    since: datetime | None = None
    limit: int | None = None


class CaseStore(ABC):
    """Everything calm asks of a case log, whatever keeps it."""

    @abstractmethod
    def add_case(self, case: Case) -> Case:
        """Insert a new case (its id is chosen here) with its events and follow-ups."""

    @abstractmethod
    def get_case(self, case_id: str) -> Case:
        """Return one case with its timeline and follow-ups; NotFoundError if unknown."""

    @abstractmethod
    def list_cases(self, where: CaseFilter) -> list[Case]:
        """Return matching cases, newest first, without timelines."""

    @abstractmethod
    def change(self, case_id: str, decide: Decide) -> Case:
        """Apply `decide(current case)` atomically and return the case as it now stands."""

    @abstractmethod
    def list_followups(
        self, due_before: datetime | None, pending: bool, limit: int | None
    ) -> list[FollowUpRow]:
        """Follow-ups by due time: pending only (optionally due before a time), or all."""

    @abstractmethod
    def iter_cases(self, where: CaseFilter) -> Iterator[Case]:
        """Yield whole cases (timeline included), oldest first, for export."""

    @abstractmethod
    def import_cases(self, cases: Sequence[Case], skip_existing: bool = False) -> int:
        """Insert whole cases keeping their ids, all or nothing; return how many were added."""

    @abstractmethod
    def close(self) -> None: ...


def db_path() -> Path:
    from calmcli.paths import calm_home

    return calm_home() / "cases.db"


def open_store(path: Path | None = None) -> CaseStore:
    """Open (creating and migrating if needed) the case log."""
    return SqliteStore(path or db_path())


_CASE_COLUMNS = (
    "id, created_at, updated_at, agent, status, channel, fault, customer_type, incident, lang, "
    "customer, contact, order_ref, summary, outcome, compensation, warning_level, vars"
)
_FOLLOWUP_COLUMNS = (
    "case_id, seq, kind, due_at, reason, created_at, done_at, cancelled, suggest_sale"
)
_CASE_FIELDS = {
    "status", "outcome", "customer", "contact", "summary", "compensation", "warning_level",
    "updated_at",
}


class SqliteStore(CaseStore):
    """The embedded case log: one SQLite file in WAL mode, private to its owner."""

    def __init__(self, path: Path) -> None:
        self.path = path
        _create_private(path)
        with self._errors():
            self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable across crashes
            self.db.execute("PRAGMA foreign_keys = ON")
            migrate(self.db)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as err:
            if "locked" in str(err) or "busy" in str(err):
                raise CalmError("the case log is busy (another calm is writing); try again") from None
            raise CalmError(f"{self.path}: {err}") from None
        except sqlite3.DatabaseError as err:
            raise CalmError(f"{self.path}: not a usable case log ({err})") from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._errors():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    # --- writes ---------------------------------------------------------------------------

    def add_case(self, case: Case) -> Case:
        with self._write() as db:
            for attempt in range(20):
                # Five characters give 24 million ids; grow only if the log is filling up.
                candidate = replace(case, id=new_case_id(ID_LENGTH + attempt // 8))
                if not db.execute("SELECT 1 FROM cases WHERE id = ?", (candidate.id,)).fetchone():
                    break
            _insert_case(db, candidate)
            return _load_case(db, candidate.id)

    def import_cases(self, cases: Sequence[Case], skip_existing: bool = False) -> int:
        added = 0
        with self._write() as db:
            for case in cases:
                if db.execute("SELECT 1 FROM cases WHERE id = ?", (case.id,)).fetchone():
                    if skip_existing:
                        continue
                    raise UsageError(f"case {case.id} is already in the log; nothing imported")
                _insert_case(db, case)
                added += 1
        return added

    def change(self, case_id: str, decide: Decide) -> Case:
        with self._write() as db:
            current = _load_case(db, case_id)
            result = decide(current)
            _apply_change(db, current, result)
            return _load_case(db, case_id)

    # --- reads ----------------------------------------------------------------------------

    def get_case(self, case_id: str) -> Case:
        with self._errors():
            return _load_case(self.db, case_id)

    def list_cases(self, where: CaseFilter) -> list[Case]:
        sql, params = _case_query(where, newest_first=True)
        with self._errors():
            return [_case_from_row(row) for row in self.db.execute(sql, params)]

    def iter_cases(self, where: CaseFilter) -> Iterator[Case]:
        sql, params = _case_query(where, newest_first=False)
        with self._errors():
            ids = [row[0] for row in self.db.execute(sql, params)]
            for case_id in ids:
                yield _load_case(self.db, case_id)

    def list_followups(
        self, due_before: datetime | None, pending: bool, limit: int | None
    ) -> list[FollowUpRow]:
        clauses, params = [], []
        if pending:
            clauses.append("f.done_at IS NULL")
        if due_before is not None:
            clauses.append("f.due_at <= ?")
            params.append(utc_text(due_before))
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        cols = ", ".join(f"f.{c.strip()}" for c in _FOLLOWUP_COLUMNS.split(","))
        sql = (
            f"SELECT {cols}, c.customer, c.channel, c.incident, c.status, c.summary "
            f"FROM followups f JOIN cases c ON c.id = f.case_id {where} "
            "ORDER BY f.due_at, f.case_id, f.seq"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        with self._errors():
            rows = self.db.execute(sql, params).fetchall()
        return [FollowUpRow(_followup_from_row(r[:9]), *r[9:]) for r in rows]


# --- SQL helpers (module level so a second backend can reuse the shapes) --------------------


def _create_private(path: Path) -> None:
    """Create the file 0600 before SQLite does (its -wal and -shm files copy the mode)."""
    from calmcli.paths import ensure_private_dir

    ensure_private_dir(path.parent)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)


def _case_query(where: CaseFilter, newest_first: bool) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (("status", where.status), ("channel", where.channel),
                          ("incident", where.incident)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if where.customer is not None:
        clauses.append("(customer_key = ? OR contact_key = ?)")
        params += [lookup_key(where.customer)] * 2
    if where.since is not None:
        clauses.append("created_at >= ?")
        params.append(utc_text(where.since))
    sql = f"SELECT {_CASE_COLUMNS} FROM cases"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY created_at DESC, id DESC" if newest_first else " ORDER BY created_at, id"
    if where.limit:
        sql += f" LIMIT {int(where.limit)}"
    return sql, params


def _insert_case(db: sqlite3.Connection, case: Case) -> None:
    db.execute(
        f"INSERT INTO cases ({_CASE_COLUMNS}, customer_key, contact_key) "
        f"VALUES ({', '.join('?' * 20)})",
        (case.id, case.created_at, case.updated_at, case.agent, case.status, case.channel,
         case.fault, case.customer_type, case.incident, case.lang, case.customer, case.contact,
         case.order, case.summary, case.outcome, case.compensation, case.warning_level,
         json.dumps(case.vars, ensure_ascii=False), lookup_key(case.customer),
         lookup_key(case.contact)),
    )
    _insert_events(db, case.id, 0, case.events)
    _insert_followups(db, case.id, 0, case.followups)


def _insert_events(db: sqlite3.Connection, case_id: str, last: int, events: Sequence[Event]) -> None:
    db.executemany(
        "INSERT INTO events (case_id, seq, at, kind, agent, text, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(case_id, e.seq or last + n, e.at, e.kind, e.agent, e.text,
          json.dumps(e.data, ensure_ascii=False)) for n, e in enumerate(events, start=1)],
    )


def _insert_followups(
    db: sqlite3.Connection, case_id: str, last: int, followups: Sequence[FollowUp]
) -> None:
    db.executemany(
        f"INSERT INTO followups ({_FOLLOWUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(case_id, f.seq or last + n, f.kind, f.due_at, f.reason, f.created_at, f.done_at,
          int(f.cancelled), int(f.suggest_sale)) for n, f in enumerate(followups, start=1)],
    )


def _apply_change(db: sqlite3.Connection, case: Case, change: Change) -> None:
    fields = dict(change.fields)
    unknown = set(fields) - _CASE_FIELDS
    if unknown:
        raise ValueError(f"cannot change case fields {sorted(unknown)}")
    if fields:
        for name in ("customer", "contact"):
            if name in fields:
                fields[f"{name}_key"] = lookup_key(fields[name])
        assignments = ", ".join(f"{name} = ?" for name in fields)
        db.execute(f"UPDATE cases SET {assignments} WHERE id = ?", (*fields.values(), case.id))
    last_event = max((e.seq for e in case.events), default=0)
    _insert_events(db, case.id, last_event, [replace(e, seq=0) for e in change.events])
    last_followup = max((f.seq for f in case.followups), default=0)
    _insert_followups(db, case.id, last_followup, [replace(f, seq=0) for f in change.new_followups])
    for seq, updates in change.followup_updates.items():
        assignments = ", ".join(f"{name} = ?" for name in updates)
        db.execute(
            f"UPDATE followups SET {assignments} WHERE case_id = ? AND seq = ?",
            (*updates.values(), case.id, seq),
        )


def _load_case(db: sqlite3.Connection, case_id: str) -> Case:
    row = db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no case {case_id!r}; see `calm cases list`")
    events = tuple(
        Event(seq, at, kind, agent, text, json.loads(data))
        for seq, at, kind, agent, text, data in db.execute(
            "SELECT seq, at, kind, agent, text, data FROM events WHERE case_id = ? ORDER BY seq",
            (case_id,),
        )
    )
    followups = tuple(
        _followup_from_row(r)
        for r in db.execute(
            f"SELECT {_FOLLOWUP_COLUMNS} FROM followups WHERE case_id = ? ORDER BY seq", (case_id,)
        )
    )
    return replace(_case_from_row(row), events=events, followups=followups)


def _case_from_row(row: Sequence[Any]) -> Case:
    (case_id, created, updated, agent, status, channel, fault, customer_type, incident, lang,
     customer, contact, order, summary, outcome, compensation, warning_level, variables) = row
    return Case(case_id, created, updated, agent, status, channel, fault, customer_type, incident,
                lang, customer, contact, order, summary, outcome, compensation, warning_level,
                json.loads(variables))


def _followup_from_row(row: Sequence[Any]) -> FollowUp:
    case_id, seq, kind, due, reason, created, done, cancelled, sale = row
    return FollowUp(case_id, seq, kind, due, reason, created, done, bool(cancelled), bool(sale))
