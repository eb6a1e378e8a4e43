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
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

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
    received_at: str | None = None  # when the customer wrote (first response counts from it)

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
    contact: str | None = None  # an email, phone or handle, matched whole
    orders: tuple[str, ...] = ()  # order references, any of them
    # "all": a case must match every customer/contact/order given (`cases list`); "any": one
    # of them is enough (the walk, looking for a returning customer by what it knows).
    match: str = "all"


# --- figures for `calm stats` and `calm report` (issue 6) ---------------------------------------


def normalise_id(text: str) -> str:
    """Accept `c-7k3q9`, `7K3Q9` or `C-7K3Q9` for the same case."""
    text = text.strip().upper()
    return text if text.startswith("C-") else f"C-{text}"


def lookup_key(value: str | None) -> str | None:
    """Normalise a customer name or contact for matching: trimmed, casefolded, spaces collapsed."""
    if value is None:
        return None
    return " ".join(value.casefold().split()) or None


# --- finding a returning customer (issue 14) ----------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_ORDER_PART = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")
_DIGITS = re.compile(r"\d+")


def name_words(name: str | None) -> tuple[str, ...]:
    """A name's words, lower-cased without accents: "Jordi Puig" and "jordi" share "jordi"."""
    from calmcli.base.textmatch import fold

    # fold keeps "ł" (a letter of its own, not an accented l); agents type "Lukasz" anyway
    return tuple(dict.fromkeys(_WORD.findall(fold(name or "").replace("ł", "l"))))


def contact_keys(contact: str | None) -> tuple[str, ...]:
    """How a contact is matched: whole and case-folded; a phone number by its digits alone."""
    key = lookup_key(contact)
    if key is None:
        return ()
    digits = "".join(ch for ch in key if ch.isdigit())
    phone = len(digits) >= 7 and not re.search(r"[^\d\s+().-]", key)
    return (digits,) if phone else (key,)


def order_keys(order: str | None) -> tuple[str, ...]:
    """How an order reference is matched: `#UK-55821`, `uk-55821` and `55821` all find it."""
    from calmcli.base.textmatch import fold

    keys: list[str] = []
    for part in _ORDER_PART.findall(fold(order or "")):
        keys.append(part)
        keys += [run for run in re.findall(r"\d{3,}", part) if run != part]
    return tuple(dict.fromkeys(keys))


def holds_order(text: str, keys: Collection[str]) -> bool:
    """Whether `text` holds one of the order `keys` (from `order_keys`) as `order_keys` would
    cut it out of the text: "80112" is in "order #80112." and "PED-80112", not in "801123".
    Only the words around the places where a key's digits stand are cut (no word spans a
    space), so a long message costs a search, not a fold of it all."""
    for key in keys:
        anchor = max(_DIGITS.findall(key), key=len, default="")
        if not anchor:
            if key in order_keys(text):
                return True
            continue
        at = text.find(anchor)
        while at >= 0:
            start, end = at, at + len(anchor)
            while start and not text[start - 1].isspace():
                start -= 1
            while end < len(text) and not text[end].isspace():
                end += 1
            if key in order_keys(text[start:end]):
                return True
            at = text.find(anchor, end)
    return False


def search_keys(
    customer: str | None, contact: str | None, order: str | None
) -> list[tuple[str, str]]:
    """The (kind, key) rows a case is found by: its name's words, its contact, its order."""
    return [
        *(("name", word) for word in name_words(customer)),
        *(("contact", key) for key in contact_keys(contact)),
        *(("order", key) for key in order_keys(order)),
    ]
