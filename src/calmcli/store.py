"""The case log: typed records, the `CaseStore` interface, and `open_store` that picks a backend.

`CaseStore` is the whole interface the rest of calm uses. The backends live beside it and are
imported only when opened, so an agent on SQLite never pays for the PostgreSQL driver:

- `store_sql.py`: `SqlStore`, every query both backends share (written once, `?` placeholders);
- `store_sqlite.py`: `SqliteStore`, the embedded default (`$CALM_HOME/cases.db`, WAL);
- `store_pg.py`: `PgStore`, a team's shared PostgreSQL server (psycopg 3).

Every write is one short transaction; a change that depends on the case's current state (close,
snooze, ...) is decided inside that transaction by a pure function (`Decide`), with the case's
row locked, so two agents acting at once never lose an event.
"""

from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from calmcli.errors import CalmError, UsageError

STATUSES = ("open", "waiting", "resolved", "closed")
ID_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0/O, 1/I/L, U: read aloud on the phone
ID_LENGTH = 5


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
    agent: str | None = None  # `calm cases list --mine`


# --- figures for `calm stats` and `calm report` (issue 6) ---------------------------------------

FIGURE_GROUPS = ("incident", "channel", "fault", "customer_type", "agent")


@dataclass(frozen=True)
class FigureQuery:
    """Which cases to count (created in [since, until)), split by which case column."""

    by: str  # one of FIGURE_GROUPS
    now: datetime  # a pending follow-up due before this is overdue
    since: datetime | None = None
    until: datetime | None = None
    weeks: tuple[datetime, ...] = ()  # trend week edges, ascending: week i is [i, i+1)


@dataclass(frozen=True)
class FigureRows:
    """Aggregates straight from the log; `calmcli.stats` turns them into figures.

    Durations are histograms in whole minutes, so medians and percentiles stay exact at any size.
    """

    # (group, cases, open, waiting, resolved, closed, compensated, warned cases, warnings given)
    groups: list[tuple[str, int, int, int, int, int, int, int, int]]
    incidents: list[tuple[str, int]]  # (incident, cases)
    compensation: list[tuple[str, int]]  # (compensation given, cases)
    warning_levels: list[tuple[int, int]]  # (highest warning level reached, cases)
    first_response: list[tuple[str, int, int]]  # (group, minutes to the first reply, cases)
    resolution: list[tuple[str, int, int]]  # (group, minutes to resolved/closed, cases)
    reopened: list[tuple[str, int, int]]  # (group, cases resolved or closed, of them reopened)
    followups: list[tuple[str, str, int]]  # (group, state, follow-ups)
    weekly: list[tuple[int, str, int]]  # (week number, incident, cases)


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

    def case_figures(self, query: FigureQuery) -> FigureRows:
        """Aggregate the cases created in the query's period for `calm stats` (see FigureRows)."""
        raise CalmError(f"{type(self).__name__} cannot compute figures yet")

    @abstractmethod
    def close(self) -> None: ...


def db_path() -> Path:
    from calmcli.paths import calm_home

    return calm_home() / "cases.db"


def open_store(target: Path | str | None = None) -> CaseStore:
    """Open (creating and migrating if needed) the case log: `target`, else the one configured
    (`calm --db`, CALM_DB, the config file), else `$CALM_HOME/cases.db`.

    A target is a path, `sqlite:///path` or `postgresql://user@host/db`.
    """
    from calmcli.store_sqlite import SqliteStore

    if target is None:
        from calmcli.config import store_target

        target = store_target()
    if isinstance(target, str) and target.startswith(("postgresql://", "postgres://")):
        from calmcli.store_pg import PgStore  # psycopg is imported only here

        return PgStore(target)
    return SqliteStore(sqlite_path(target) if isinstance(target, str) else target or db_path())


def sqlite_path(target: str) -> Path:
    """`sqlite:///abs/path`, `sqlite://~/x.db` or a plain path; any other URL is refused."""
    if target.startswith("sqlite://"):
        target = target.removeprefix("sqlite://")
    elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", target):
        raise UsageError(
            f"unknown case log {target.split('://')[0]}://...; use a path, sqlite:///PATH "
            "or postgresql://USER@HOST/DB"
        )
    if not target:
        raise UsageError("an empty case log path; use a path, sqlite:///PATH or postgresql://...")
    return Path(target).expanduser()


def __getattr__(name: str) -> Any:
    # `from calmcli.store import SqliteStore` keeps working without importing every backend.
    if name == "SqliteStore":
        from calmcli.store_sqlite import SqliteStore

        return SqliteStore
    raise AttributeError(name)
