"""Follow-ups: scheduling, due / overdue / upcoming, done, snooze, and the iCalendar export.

A follow-up's id is its case id and its number in that case (`C-7K3Q9.2`); where one is
expected, a bare case id means that case's earliest pending follow-up. The "another sale" hint
is decided when a satisfaction check is scheduled and is shown on that follow-up only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from calmcli.base.clock import local
from calmcli.base.durations import is_delay, is_duration, parse_when
from calmcli.caselog.model import (
    Case,
    Change,
    Decide,
    Event,
    FollowUp,
    FollowUpRow,
    parse_utc,
    utc_text,
)
from calmcli.errors import NotFoundError, UsageError

if TYPE_CHECKING:
    from calmcli.caselog.port import CaseStore
    from calmcli.playbook.calendar import Calendar

KINDS = ("follow-up", "satisfaction")
WHICH = ("pending", "due", "overdue", "all")
SALE_HINT = "if the customer is satisfied, you may suggest another purchase"


def when(text: str, now: datetime, calendar: Calendar | None = None) -> datetime:
    """A duration from now (30m, 2h, 3d, 1w) or an ISO date, as UTC; with the team's calendar,
    also business time (`2 business days`: the moment the calendar promises)."""
    from calmcli.base.durations import parse_delay

    if calendar is not None and is_delay(text) and not is_duration(text):
        return calendar.promise(now, parse_delay(text))
    return parse_when(text, now)


def promised(text: str, now: datetime, calendar: Calendar) -> datetime:
    """The moment an agent's follow-up promises the customer, inside the team's opening hours:
    a delay (2h, 3d, 4 business hours, 2 business days) as the calendar promises it, a date
    (2026-12-10) as the close of that working day (or the next), a time (2026-12-10T11:20)
    rounded up to the hour while open, else the close of the next working day."""
    from calmcli.base.durations import parse_delay

    if is_delay(text):
        return calendar.promise(now, parse_delay(text))
    moment = parse_when(text, now)
    if ":" not in text:  # a bare date: by the end of that (working) day
        midnight = moment.astimezone(calendar.zone).replace(hour=0, minute=0)
        return calendar.close_of_working_day(midnight, 1)
    return calendar.inside(moment)


def upcoming(text: str, now: datetime, calendar: Calendar | None = None) -> datetime:
    """`when`, refusing a time that is already past (a follow-up would be overdue when set)."""
    due = when(text, now, calendar)
    refuse_past(due, now, "a follow-up at")
    return due


def schedule(
    due: datetime,
    reason: str,
    now: datetime,
    agent: str,
    kind: str = "follow-up",
    suggest_sale: bool = False,
) -> tuple[FollowUp, Event]:
    """Build a new follow-up and the timeline event that records it."""
    item = FollowUp(
        "",
        0,
        kind,
        utc_text(due),
        reason,
        utc_text(now),
        suggest_sale=suggest_sale and kind == "satisfaction",
    )
    event = Event(
        0, utc_text(now), "follow-up-set", agent, reason, {"due_at": item.due_at, "kind": kind}
    )
    return item, event


def cancel(items: list[FollowUp], agent: str, now: datetime, why: str) -> Change:
    """Mark pending follow-ups cancelled (closed with the case, or the case reopened)."""
    change = Change()
    for item in items:
        change.followup_updates[item.seq] = {"done_at": utc_text(now), "cancelled": 1}
        change.events.append(
            Event(0, utc_text(now), "follow-up-cancelled", agent, why, {"followup": item.id})
        )
    return change


def parse_id(text: str) -> tuple[str, int | None]:
    """Split `C-7K3Q9.2` into the case id and follow-up number (None: the earliest pending)."""
    from calmcli.caselog.model import normalise_id

    case_part, _, number = text.strip().partition(".")
    if number and not number.isdigit():
        raise UsageError(f"bad follow-up id {text!r}; use e.g. C-7K3Q9 or C-7K3Q9.2")
    return normalise_id(case_part), int(number) if number else None


def _pick(case: Case, seq: int | None) -> FollowUp:
    pending = case.pending_followups()
    if seq is None:
        if not pending:
            raise NotFoundError(f"case {case.id} has no pending follow-up")
        return pending[0]
    for item in pending:
        if item.seq == seq:
            return item
    raise NotFoundError(f"no pending follow-up {case.id}.{seq}; see `calm cases show {case.id}`")


def done(seq: int | None, agent: str, now: datetime, text: str = "") -> Decide:
    """Mark a follow-up done; a finished satisfaction check closes a resolved case."""

    def decide(case: Case) -> Change:
        item = _pick(case, seq)
        at = utc_text(now)
        change = Change({"updated_at": at})
        change.followup_updates[item.seq] = {"done_at": at}
        change.events.append(Event(0, at, "follow-up-done", agent, text, {"followup": item.id}))
        if item.kind == "satisfaction" and case.status == "resolved":
            change.fields["status"] = "closed"
            change.events.append(
                Event(0, at, "status-change", agent, "", {"from": case.status, "to": "closed"})
            )
        return change

    return decide


def snooze_time(text: str, now: datetime, calendar: Calendar) -> tuple[datetime, datetime]:
    """When a snooze asks for (`2d`, `4 business hours`, a date) and when it lands: the same
    moment while the team is open, else the next opening. A moment not after now is refused."""
    wanted = when(text, now, calendar)
    if wanted <= now:
        raise UsageError(
            f"cannot snooze to {text!r}: that is not in the future; give a later time "
            "(2h, 1d, a date)"
        )
    return wanted, calendar.next_open(wanted)


def refuse_past(due: datetime, now: datetime, what: str) -> None:
    """A reminder in the past would be overdue the moment it is set: refuse it."""
    if due <= now:
        shown = local(due).strftime("%Y-%m-%d %H:%M")
        raise UsageError(f"{what} {shown} is in the past; give a later time")


def add(due: datetime, reason: str, agent: str, now: datetime) -> Decide:
    """Schedule one more follow-up on a case that is not closed (`calm followups add`)."""
    refuse_past(due, now, "a follow-up at")

    def decide(case: Case) -> Change:
        if case.status == "closed":
            raise UsageError(f"case {case.id} is closed; `calm cases reopen {case.id}` first")
        item, event = schedule(due, reason.strip() or "follow up", now, agent)
        return Change({"updated_at": utc_text(now)}, [event], [item])

    return decide


def snooze(seq: int | None, until: datetime, agent: str, now: datetime) -> Decide:
    """Move a pending follow-up to a new due time (later than now)."""
    refuse_past(until, now, "snoozing to")

    def decide(case: Case) -> Change:
        item = _pick(case, seq)
        at = utc_text(now)
        change = Change({"updated_at": at})
        change.followup_updates[item.seq] = {"due_at": utc_text(until)}
        change.events.append(
            Event(
                0,
                at,
                "follow-up-snoozed",
                agent,
                "",
                {"followup": item.id, "from": item.due_at, "to": utc_text(until)},
            )
        )
        return change

    return decide


def end_of_today(now: datetime) -> datetime:
    """The last second of the user's local day."""
    here = local(now)
    return here.replace(hour=23, minute=59, second=59, microsecond=0)


def state(item: FollowUp, now: datetime) -> str:
    """One of overdue, due (later today), upcoming, done, cancelled."""
    if item.done_at is not None:
        return "cancelled" if item.cancelled else "done"
    due = parse_utc(item.due_at)
    if due < now:
        return "overdue"
    return "due" if due <= end_of_today(now) else "upcoming"


def suggestion(item: FollowUp) -> str | None:
    """The another-sale hint: on a pending satisfaction check whose policy allowed it."""
    if item.kind == "satisfaction" and item.suggest_sale and item.pending:
        return SALE_HINT
    return None


@dataclass(frozen=True)
class FollowUpView:
    row: FollowUpRow
    state: str
    suggestion: str | None


def list_followups(
    store: CaseStore, which: str, now: datetime, limit: int | None
) -> list[FollowUpView]:
    """Pending follow-ups by due time (overdue first), or only due / overdue ones, or all."""
    if which not in WHICH:
        raise UsageError(f"unknown selection {which!r}")
    cutoff = {"due": end_of_today(now), "overdue": now - timedelta(seconds=1)}.get(which)
    rows = store.list_followups(cutoff, pending=which != "all", limit=limit)
    return [FollowUpView(r, state(r.followup, now), suggestion(r.followup)) for r in rows]


# RFC 5545 TEXT admits no control character but HTAB (newlines are escaped by icalendar).
_ICS_CONTROLS = dict.fromkeys(c for c in (*range(0x20), 0x7F) if c not in (9, 10))


def _ics_text(text: str) -> str:
    return text.translate(_ICS_CONTROLS)


def to_ics(views: list[FollowUpView], now: datetime) -> bytes:
    """Render follow-ups as an iCalendar file: one 15-minute event with a reminder each."""
    from icalendar import Alarm, Calendar
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", "-//calm//case log follow-ups//EN")
    calendar.add("version", "2.0")
    for view in views:
        item, row = view.row.followup, view.row
        entry = CalendarEvent()
        entry.add("uid", f"{item.id}@calm")
        entry.add("dtstamp", now)
        entry.add("dtstart", parse_utc(item.due_at))
        entry.add("duration", timedelta(minutes=15))
        who = f" ({row.customer})" if row.customer else ""
        entry.add("summary", _ics_text(f"{item.id}: {item.reason}{who}"))
        details = [row.summary, f"{row.channel}, {row.incident}", view.suggestion or ""]
        entry.add("description", _ics_text("\n".join(part for part in details if part)))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _ics_text(f"{item.id}: {item.reason}"))
        alarm.add("trigger", timedelta(0))
        entry.add_component(alarm)
        calendar.add_component(entry)
    ical: bytes = calendar.to_ical()
    return ical
