"""The SQL both backends share: one `SqlStore` over a DB-API connection with `?` placeholders.

A backend subclass opens the connection, runs the migrations and supplies `_errors` (driver
errors -> one-line `CalmError`s), `_write` (one transaction) and `_lock_case` (hold the case's
row for the rest of a `change`). The SQL sticks to what SQLite and PostgreSQL both run.
"""

from __future__ import annotations

import json
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from calmcli.base.progress import Progress, counted
from calmcli.caselog.model import (
    ID_LENGTH,
    Case,
    CaseFilter,
    Change,
    Decide,
    Event,
    FollowUp,
    FollowUpRow,
    contact_keys,
    holds_order,
    lookup_key,
    name_words,
    new_case_id,
    order_keys,
    parse_utc,
    search_keys,
    utc_text,
)
from calmcli.caselog.port import CaseStore
from calmcli.errors import NotFoundError, UsageError
from calmcli.storage.migrations import DamagedLog, dialect_of


class Connection(Protocol):
    """What the shared SQL needs of a connection (sqlite3's, or store_pg's wrapper of psycopg)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


_CASE_COLUMNS = (
    "id, created_at, updated_at, agent, status, channel, fault, customer_type, incident, lang, "
    "customer, contact, order_ref, summary, outcome, compensation, warning_level, vars, "
    "received_at"
)
_FOLLOWUP_COLUMNS = (
    "case_id, seq, kind, due_at, reason, created_at, done_at, cancelled, suggest_sale"
)
# Kept on each case for `calm stats` (see `figure_columns`), written with its events/follow-ups.
_FIGURE_COLUMNS = (
    "first_reply_at, resolved_at, first_reply_minutes, resolution_minutes, reopened, "
    "followups_on_time, followups_late, followups_cancelled"
)
_CASE_FIELDS = {
    "status",
    "outcome",
    "customer",
    "contact",
    "summary",
    "compensation",
    "warning_level",
    "updated_at",
}


class SqlStore(CaseStore):
    """The case log over SQL; subclasses connect and map their driver's errors."""

    db: Connection

    @abstractmethod
    def _errors(self) -> AbstractContextManager[None]:
        """Turn the driver's errors into one-line CalmErrors."""

    @abstractmethod
    def _write(self) -> AbstractContextManager[Connection]:
        """Run the block in one transaction: commit at the end, roll back on any error."""

    def _lock_case(self, db: Connection, case_id: str) -> None:
        """Hold the case's row until the transaction ends (SQLite's write lock already does)."""

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

    def import_cases(
        self, cases: Sequence[Case], skip_existing: bool = False, progress: Progress | None = None
    ) -> int:
        added = 0
        with self._write() as db:
            for case in counted(cases, progress, len(cases)):
                if db.execute("SELECT 1 FROM cases WHERE id = ?", (case.id,)).fetchone():
                    if skip_existing:
                        continue
                    raise UsageError(f"case {case.id} is already in the log; nothing imported")
                _insert_case(db, case)
                added += 1
        return added

    def change(self, case_id: str, decide: Decide) -> Case:
        with self._write() as db:
            self._lock_case(db, case_id)
            current = _load_case(db, case_id)
            result = decide(current)
            _apply_change(db, current, result)
            return _load_case(db, case_id)

    # --- reads ----------------------------------------------------------------------------

    def get_case(self, case_id: str) -> Case:
        with self._errors():
            return _load_case(self.db, case_id)

    def list_cases(self, where: CaseFilter) -> list[Case]:
        with self._errors():
            sql, params = _case_query(where, newest_first=True, db=self.db)
            return [_case_from_row(row) for row in self.db.execute(sql, params)]

    def iter_cases(self, where: CaseFilter) -> Iterator[Case]:
        with self._errors():
            sql, params = _case_query(where, newest_first=False, db=self.db)
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


def _case_query(
    where: CaseFilter, newest_first: bool, db: Connection | None = None
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("status", where.status),
        ("channel", where.channel),
        ("incident", where.incident),
        ("agent", where.agent),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    who, who_params = _who_clauses(where, db)
    if who:
        clauses.append("(" + (" OR " if where.match == "any" else " AND ").join(who) + ")")
        params += who_params
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


# The last character there is: a key starting with a prefix sorts below prefix + this one.
_PAST_PREFIX = "\U0010ffff"


# How far a name word's index range is counted to find the rarest word of a name.
_COUNT_UP_TO = 500


def _rarest_first(db: Connection | None, words: tuple[str, ...]) -> list[str]:
    """The name's words, the one with the fewest cases first (counted up to a bound), so a
    common word ("maria", "customer") is checked per candidate, never scanned whole."""
    if db is None or len(words) < 2:
        return list(words)
    counts = {
        word: db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM case_search WHERE kind = 'name' "
            f"AND key >= ? AND key < ? LIMIT {_COUNT_UP_TO}) AS hits",
            (word, word + _PAST_PREFIX),
        ).fetchone()[0]
        for word in words
    }
    return sorted(words, key=lambda word: counts[word])


def _who_clauses(where: CaseFilter, db: Connection | None) -> tuple[list[str], list[Any]]:
    """Which customer, through the case_search index (m006): every word of the name as a word
    or the start of one ("jor" finds "Jordi Puig"), the contact whole, any order reference."""
    clauses: list[str] = []
    params: list[Any] = []
    found = "id IN (SELECT case_id FROM case_search WHERE kind = '{}' AND {})"
    if where.customer is not None:
        words = _rarest_first(db, name_words(where.customer))
        # Driven by the rarest word; each other word is an index probe on that case's rows.
        also = "".join(
            " AND EXISTS (SELECT 1 FROM case_search o WHERE o.case_id = s.case_id "
            "AND o.kind = 'name' AND o.key >= ? AND o.key < ?)"
            for _ in words[1:]
        )
        by_name = (
            "id IN (SELECT s.case_id FROM case_search s WHERE s.kind = 'name' "
            f"AND s.key >= ? AND s.key < ?{also})"
        )
        by_contact = found.format("contact", "key = ?")
        clauses.append(f"({by_name} OR {by_contact})" if words else by_contact)
        for word in words:
            params += [word, word + _PAST_PREFIX]
        params.append((contact_keys(where.customer) or ("",))[0])
    if where.contact is not None:
        keys = contact_keys(where.contact) or ("",)
        clauses.append(found.format("contact", f"key IN ({', '.join('?' * len(keys))})"))
        params += keys
    orders = [key for order in where.orders for key in order_keys(order)]
    if where.orders:
        keys = tuple(dict.fromkeys(orders)) or ("",)
        marks = ", ".join("?" * len(keys))
        by_order = f"SELECT case_id FROM case_search WHERE kind = 'order' AND key IN ({marks})"
        params += keys
        # and the cases whose customer wrote it (issue 14): their ids as one JSON parameter, in
        # the same subquery (an OR of two would have PostgreSQL scan every case)
        said = _said_orders(db, keys) if db is not None else []
        if db is not None and said:
            by_order += f" UNION ALL {dialect_of(db).texts_of}"
            params.append(json.dumps(said))
        clauses.append(f"id IN ({by_order})")
    return clauses, params


def _said_orders(db: Connection, keys: tuple[str, ...]) -> list[str]:
    """The cases whose customer wrote one of the order `keys` in a message, as a whole token
    (`holds_order`). LIKE finds the candidates: a scan of the messages, as no index holds their
    words (bench/bench_order_search.py). A key's ASCII letters, digits and separators narrow
    it without regard to case; any other letter is LIKE's `_`, as fold keeps one character
    for one. A key with three digits or more also stands for its digits alone (`order_keys`),
    so a reference is found however its letters were written."""
    numbers = [key for key in keys if key.isdigit()]
    # "ped-51449" is a candidate wherever "51449" is; letters need the slower ILIKE
    wider = [key for key in keys if key and not any(n in key for n in numbers if n != key)]
    likes = [f"text {'LIKE' if key.isdigit() else dialect_of(db).like} ?" for key in wider]
    if not likes:
        return []
    rows = db.execute(
        "SELECT case_id, text FROM events WHERE kind = 'customer-message' "
        f"AND ({' OR '.join(likes)})",
        ["%" + "".join(ch if ch.isascii() else "_" for ch in key) + "%" for key in wider],
    ).fetchall()
    return list(dict.fromkeys(case_id for case_id, text in rows if holds_order(text, keys)))


def _insert_search_keys(db: Connection, case_id: str, case: Case | dict[str, Any]) -> None:
    get = case.get if isinstance(case, dict) else lambda name: getattr(case, name)
    db.executemany(
        "INSERT INTO case_search (kind, key, case_id) VALUES (?, ?, ?)",
        [
            (kind, key, case_id)
            for kind, key in search_keys(get("customer"), get("contact"), get("order"))
        ],
    )


def figure_columns(case: Case) -> dict[str, Any]:
    """What one case adds to `calm stats`, kept on its row so the figures need no join (the
    same rules as migrations.fill_case_figures): its first reply and first resolution
    (`is_resolution`; times, and whole minutes after creation), whether it was ever changed back to
    open, and its follow-ups done on time, late or cancelled (a pending one's state depends
    on when the figures are asked for)."""
    replies = [e.at for e in case.events if e.kind == "reply"]
    moves = [(e.at, e.data.get("to")) for e in case.events if e.kind == "status-change"]
    resolved = [e.at for e in case.events if is_resolution(e)]
    on_time = [
        f.done_at <= f.due_at for f in case.followups if f.done_at is not None and not f.cancelled
    ]
    first_reply, resolved_at = min(replies, default=None), min(resolved, default=None)
    return {
        "first_reply_at": first_reply,
        "resolved_at": resolved_at,
        "first_reply_minutes": _minutes(case.received_at or case.created_at, first_reply),
        "resolution_minutes": _minutes(case.created_at, resolved_at),
        "reopened": int(any(to == "open" for _, to in moves)),
        "followups_on_time": sum(on_time),
        "followups_late": len(on_time) - sum(on_time),
        "followups_cancelled": sum(bool(f.cancelled) for f in case.followups),
    }


def is_resolution(event: Event) -> bool:
    """A change to resolved, or a close whose outcome was resolved: an abandoned, unresolved or
    duplicate case closed is not a resolution (issue 14)."""
    if event.kind != "status-change":
        return False
    to, outcome = event.data.get("to"), event.data.get("outcome")
    return to == "resolved" or (to == "closed" and outcome == "resolved")


def _minutes(start: str, end: str | None) -> int | None:
    """Whole minutes between two stored times, as the SQL figures had them: seconds rounded
    half away from zero, then minutes truncated toward zero."""
    if end is None:
        return None
    micro = (parse_utc(end) - parse_utc(start)) // timedelta(microseconds=1)
    seconds = (abs(micro) + 500_000) // 1_000_000
    return (seconds // 60) * (1 if micro >= 0 else -1)


def _insert_case(db: Connection, case: Case) -> None:
    figures = figure_columns(case)
    db.execute(
        f"INSERT INTO cases ({_CASE_COLUMNS}, customer_key, contact_key, {_FIGURE_COLUMNS}) "
        f"VALUES ({', '.join('?' * (21 + len(figures)))})",
        (
            case.id,
            case.created_at,
            case.updated_at,
            case.agent,
            case.status,
            case.channel,
            case.fault,
            case.customer_type,
            case.incident,
            case.lang,
            case.customer,
            case.contact,
            case.order,
            case.summary,
            case.outcome,
            case.compensation,
            case.warning_level,
            json.dumps(case.vars, ensure_ascii=False),
            case.received_at or case.created_at,
            lookup_key(case.customer),
            lookup_key(case.contact),
            *figures.values(),
        ),
    )
    _insert_search_keys(db, case.id, case)
    _insert_events(db, case.id, 0, case.events)
    _insert_followups(db, case.id, 0, case.followups)


def _insert_events(db: Connection, case_id: str, last: int, events: Sequence[Event]) -> None:
    db.executemany(
        "INSERT INTO events (case_id, seq, at, kind, agent, text, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                case_id,
                e.seq or last + n,
                e.at,
                e.kind,
                e.agent,
                e.text,
                json.dumps(e.data, ensure_ascii=False),
            )
            for n, e in enumerate(events, start=1)
        ],
    )


def _insert_followups(
    db: Connection, case_id: str, last: int, followups: Sequence[FollowUp]
) -> None:
    db.executemany(
        f"INSERT INTO followups ({_FOLLOWUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                case_id,
                f.seq or last + n,
                f.kind,
                f.due_at,
                f.reason,
                f.created_at,
                f.done_at,
                int(f.cancelled),
                int(f.suggest_sale),
            )
            for n, f in enumerate(followups, start=1)
        ],
    )


def _apply_change(db: Connection, case: Case, change: Change) -> None:
    fields = dict(change.fields)
    unknown = set(fields) - _CASE_FIELDS
    if unknown:
        raise ValueError(f"cannot change case fields {sorted(unknown)}")
    if change.events or change.new_followups or change.followup_updates:
        fields |= figure_columns(_after(case, change))
    if fields:
        for name in ("customer", "contact"):
            if name in fields:
                fields[f"{name}_key"] = lookup_key(fields[name])
        assignments = ", ".join(f"{name} = ?" for name in fields)
        db.execute(f"UPDATE cases SET {assignments} WHERE id = ?", (*fields.values(), case.id))
        if {"customer", "contact"} & set(fields):
            db.execute("DELETE FROM case_search WHERE case_id = ?", (case.id,))
            who = {"customer": case.customer, "contact": case.contact, "order": case.order}
            _insert_search_keys(db, case.id, who | {k: fields[k] for k in who if k in fields})
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


def _after(case: Case, change: Change) -> Case:
    """The case's timeline and follow-ups as `change` leaves them (its figure columns' input)."""
    followups = [replace(f, **change.followup_updates.get(f.seq, {})) for f in case.followups]
    return replace(
        case, events=(*case.events, *change.events), followups=(*followups, *change.new_followups)
    )


def _load_case(db: Connection, case_id: str) -> Case:
    row = db.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no case {case_id!r}; see `calm cases list`")
    events = tuple(
        Event(seq, at, kind, agent, text, _stored_json(data, f"case {case_id}, event {seq}"))
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
    (
        case_id,
        created,
        updated,
        agent,
        status,
        channel,
        fault,
        customer_type,
        incident,
        lang,
        customer,
        contact,
        order,
        summary,
        outcome,
        compensation,
        warning_level,
        variables,
        received,
    ) = row
    return Case(
        case_id,
        created,
        updated,
        agent,
        status,
        channel,
        fault,
        customer_type,
        incident,
        lang,
        customer,
        contact,
        order,
        summary,
        outcome,
        compensation,
        warning_level,
        _stored_json(variables, f"case {case_id}"),
        received_at=received,
    )


def _stored_json(text: str, where: str) -> Any:
    """A JSON column as calm wrote it; anything else is a damaged row, named in one line."""
    try:
        return json.loads(text)
    except (TypeError, ValueError, RecursionError):
        raise DamagedLog(
            f"{where}: its stored data is not JSON ({str(text)[:30]!r}...): the row is damaged; "
            "restore the log from a backup or fix that row"
        ) from None


def _followup_from_row(row: Sequence[Any]) -> FollowUp:
    case_id, seq, kind, due, reason, created, done, cancelled, sale = row
    return FollowUp(case_id, seq, kind, due, reason, created, done, bool(cancelled), bool(sale))
