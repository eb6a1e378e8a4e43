"""The rules of a case: what a new case needs, and what note, close, reopen and warn do to it.

Functions here take plain values and return records or `Decide` functions that the store runs
inside one transaction; they never print, prompt or exit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calmcli.base.durations import Delay
from calmcli.caselog import followups
from calmcli.caselog.history import CustomerHistory
from calmcli.caselog.model import Case, Change, Decide, Event, utc_text
from calmcli.errors import UsageError, unknown_value
from calmcli.playbook.calendar import Calendar
from calmcli.playbook.vocabulary import CHANNELS, FAULTS, WARNING_LEVELS

if TYPE_CHECKING:
    from calmcli.caselog.port import CaseStore
    from calmcli.playbook.model import Playbook

# Only `resolved` is a resolution in the figures; a duplicate is closed for a case that goes
# on elsewhere (its contact continued with `--case`).
OUTCOMES = ("resolved", "unresolved", "abandoned", "duplicate")
NEW_STATUSES = ("open", "waiting")
INPUT_KEYS = (
    "fault",
    "channel",
    "customer_type",
    "incident",
    "lang",
    "customer",
    "contact",
    "agent",
    "order",
    "vars",
    "summary",
    "follow_up",
    "message",
    "reply",
    "status",
    "compensation",
    "received",
)
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Policy:
    """The playbook knobs the case log needs, as plain values."""

    customer_types: tuple[str, ...]
    incidents: tuple[str, ...]
    default_lang: str = "en"
    follow_up: Delay = field(default_factory=lambda: Delay(timedelta(days=2), "days"))
    incident_follow_up: dict[str, Delay] = field(default_factory=dict)
    satisfaction_check: Delay = field(default_factory=lambda: Delay(timedelta(days=3), "days"))
    another_sale: bool = False
    calendar: Calendar = field(default_factory=Calendar)
    compensation_limits: dict[str, int] = field(default_factory=dict)  # kind -> max %; 0 forbids

    @classmethod
    def from_playbook(cls, playbook: Playbook) -> Policy:
        settings = playbook.settings
        return cls(
            customer_types=tuple(playbook.customer_types),
            incidents=tuple(playbook.incidents),
            default_lang=settings.default_language,
            follow_up=settings.follow_up,
            incident_follow_up={
                key: entry.follow_up for key, entry in playbook.incidents.items() if entry.follow_up
            },
            satisfaction_check=settings.satisfaction_check,
            another_sale=settings.another_sale,
            calendar=settings.calendar,
            compensation_limits=dict(settings.compensation_limits),
        )

    def follow_up_delay(self, incident: str) -> Delay:
        return self.incident_follow_up.get(incident, self.follow_up)

    def follow_up_due(self, incident: str, now: datetime) -> datetime:
        """The playbook's follow-up for an incident: the calendar's promise (what a reply says)."""
        return self.calendar.promise(now, self.follow_up_delay(incident))

    def satisfaction_due(self, now: datetime) -> datetime:
        """The satisfaction check lands in opening hours, like every promise."""
        return self.calendar.promise(now, self.satisfaction_check)


def load_policy(extra_dirs: Iterable[str | Path] | None = None) -> Policy:
    """Load the layered playbooks and keep what the case log needs."""
    from calmcli.playbook.load import load_playbook

    return Policy.from_playbook(load_playbook(extra_dirs))


def current_agent() -> str:
    """The agent acting (see `resolve_agent`: CALM_AGENT, the config file, the OS user)."""
    from calmcli.base.config import resolve_agent

    return resolve_agent().name


@dataclass(frozen=True)
class CaseInput:
    """A new case as given on the command line or as a JSON object on stdin."""

    channel: str
    fault: str = "unclear"
    customer_type: str = "none"
    incident: str = "other"
    lang: str | None = None
    customer: str | None = None
    contact: str | None = None
    agent: str | None = None
    order: str | None = None
    vars: dict[str, Any] = field(default_factory=dict)
    summary: str = ""
    follow_up: str | None = None  # a duration or date; "none" for no follow-up
    message: str | None = None  # what the customer said
    reply: str | None = None  # what we replied, in full
    status: str = "open"
    compensation: str | None = None
    received: str | None = None  # when the customer wrote: an ISO time, or 2h (ago); default now


def input_from_mapping(data: Any) -> CaseInput:
    """Check a JSON object's keys and value types and turn it into a CaseInput."""
    if not isinstance(data, dict):
        raise UsageError("stdin must hold one JSON object with the case's keys")
    unknown = sorted(set(data) - set(INPUT_KEYS))
    if unknown:
        raise unknown_value("key", unknown[0], INPUT_KEYS)
    if "channel" not in data:
        raise UsageError("missing key 'channel'")
    values = {key: value for key, value in data.items() if value is not None}
    if values.get("follow_up") is False:
        values["follow_up"] = "none"
    if not isinstance(values.get("vars", {}), dict):
        raise UsageError("'vars' must be an object of names to values")
    for key, value in values.items():
        if key != "vars" and not isinstance(value, str):
            raise UsageError(f"{key!r} must be a string, not {type(value).__name__}")
    return CaseInput(**values)


def build_case(given: CaseInput, policy: Policy, now: datetime, offered: str | None = None) -> Case:
    """Validate a new case against the policy and build it with its first events and follow-up
    (`offered`: the compensation kind the reply offered, kept on the reply's event)."""
    _check(given, policy)
    agent = given.agent or current_agent()
    at = utc_text(now)
    received = utc_text(received_at(given.received, now)) if given.received else at
    events = [
        Event(
            0,
            at,
            "created",
            agent,
            given.summary,
            {"status": given.status, "channel": given.channel},
        )
    ]
    if given.message:
        events.append(Event(0, at, "customer-message", agent, given.message))
    if given.reply:
        events.append(Event(0, at, "reply", agent, given.reply, _offered(offered)))
    pending = []
    if (given.follow_up or "").strip().lower() not in ("none", "no", "false"):
        due = followups.when(given.follow_up, now, policy.calendar) if given.follow_up else None
        item, event = followups.schedule(
            due or policy.follow_up_due(given.incident, now), "follow up", now, agent
        )
        pending.append(item)
        events.append(event)
    return Case(
        id="",
        created_at=at,
        updated_at=at,
        agent=agent,
        status=given.status,
        channel=given.channel,
        fault=given.fault,
        customer_type=given.customer_type,
        incident=given.incident,
        lang=given.lang or policy.default_lang,
        customer=given.customer or None,
        contact=given.contact or None,
        order=given.order or None,
        summary=given.summary,
        compensation=compensation_given(given.compensation, policy) if given.compensation else None,
        vars=dict(given.vars),
        events=tuple(events),
        followups=tuple(pending),
        received_at=received,
    )


def received_at(text: str, now: datetime) -> datetime:
    """When the customer wrote: an ISO time (local if naive), or a duration that long ago;
    never after now."""
    from calmcli.base.durations import is_duration, parse_duration, parse_when

    moment = now - parse_duration(text) if is_duration(text) else parse_when(text, now)
    if moment > now:
        raise UsageError(f"received {text!r} is in the future; the customer wrote before now")
    return moment


def _offered(kind: str | None) -> dict[str, Any]:
    return {"offered": kind} if kind else {}


def add_to_case(
    given: CaseInput, policy: Policy, now: datetime, offered: str | None = None
) -> Decide:
    """The customer wrote again about an open case: their message, our reply and the new
    follow-up go on that case's timeline (no duplicate case). The new reply's promise replaces
    a pending follow-up; a resolved case is open again."""
    _check(given, policy)
    agent = given.agent or current_agent()
    at = utc_text(now)

    def decide(case: Case) -> Change:
        if case.status == "closed":
            raise UsageError(f"case {case.id} is closed; `calm cases reopen {case.id}` first")
        change = Change({"updated_at": at})
        if case.status == "resolved":
            checks = [f for f in case.pending_followups() if f.kind == "satisfaction"]
            change = followups.cancel(checks, agent, now, "the customer wrote again")
            change.fields.update(status="open", outcome=None, updated_at=at)
            change.events.append(_status_event(case, "open", agent, now))
        for name in ("customer", "contact"):
            if getattr(given, name) and not getattr(case, name):
                change.fields[name] = getattr(given, name)
        if given.message:
            change.events.append(Event(0, at, "customer-message", agent, given.message))
        if given.reply:
            change.events.append(Event(0, at, "reply", agent, given.reply, _offered(offered)))
        if (given.follow_up or "").strip().lower() not in ("none", "no", "false"):
            due = followups.when(given.follow_up, now, policy.calendar) if given.follow_up else None
            earlier = [f for f in case.pending_followups() if f.kind == "follow-up"]
            replaced = followups.cancel(earlier, agent, now, "replaced by the new reply's promise")
            change.followup_updates.update(replaced.followup_updates)
            change.events += replaced.events
            item, event = followups.schedule(
                due or policy.follow_up_due(case.incident, now), "follow up", now, agent
            )
            change.new_followups.append(item)
            change.events.append(event)
        return change

    return decide


def customer_history(store: CaseStore, cases: list[Case]) -> CustomerHistory:
    """The CustomerHistory of these (listed) cases, read with their timelines."""
    return CustomerHistory.of([store.get_case(c.id) for c in cases])


def _check(given: CaseInput, policy: Policy) -> None:
    for name, value, valid in (
        ("fault", given.fault, FAULTS),
        ("channel", given.channel, CHANNELS),
        ("customer type", given.customer_type, policy.customer_types),
        ("incident", given.incident, policy.incidents),
        ("status", given.status, NEW_STATUSES),
    ):
        if value not in valid:
            raise unknown_value(name, value, tuple(valid))
    if given.lang is not None and not _LANG.match(given.lang):
        raise UsageError(f"bad language tag {given.lang!r}; use e.g. en, es, pl-PL")


def note(text: str, agent: str, now: datetime) -> Decide:
    """Add a note to the timeline."""
    if not text.strip():
        raise UsageError("a note needs some text")

    def decide(case: Case) -> Change:
        return Change({"updated_at": utc_text(now)}, [Event(0, utc_text(now), "note", agent, text)])

    return decide


def close(
    outcome: str,
    policy: Policy,
    agent: str,
    now: datetime,
    force: bool = False,
    compensation: str | None = None,
) -> Decide:
    """Close with an outcome; `resolved` schedules the satisfaction check instead of closing."""
    if outcome not in OUTCOMES:
        raise unknown_value("outcome", outcome, OUTCOMES)
    if compensation:
        compensation = compensation_given(compensation, policy)

    def decide(case: Case) -> Change:
        if case.status == "closed" or (case.status == "resolved" and outcome == "resolved"):
            raise UsageError(f"case {case.id} is already {case.status}; `calm cases reopen` first")
        pending = case.pending_followups()
        if pending and not force:
            raise UsageError(
                f"case {case.id} has {len(pending)} pending follow-up(s), first {pending[0].id}; "
                "do them (`calm followups done`) or close with --force"
            )
        change = followups.cancel(pending, agent, now, "closed with the case")
        status = "resolved" if outcome == "resolved" else "closed"
        change.fields.update(status=status, outcome=outcome, updated_at=utc_text(now))
        if compensation:
            change.fields["compensation"] = compensation
        change.events.append(
            _status_event(case, status, agent, now, outcome=outcome, compensation=compensation)
        )
        if status == "resolved":
            item, event = followups.schedule(
                policy.satisfaction_due(now),
                "satisfaction check",
                now,
                agent,
                kind="satisfaction",
                suggest_sale=policy.another_sale,
            )
            change.new_followups.append(item)
            change.events.append(event)
        return change

    return decide


def compensation_given(text: str, policy: Policy) -> str:
    """`discount:5`, `free-shipping`: a kind the playbook allows and its whole percent, checked
    against `settings.compensation_limits`, kept in this one spelling ("discount: 5%" is
    `discount:5`) so the figures group it exactly."""
    from calmcli.playbook.vocabulary import COMPENSATION_KINDS

    kind, _, value = text.strip().lower().partition(":")
    kind, value = kind.strip(), value.strip().removesuffix("%").strip()
    if kind not in COMPENSATION_KINDS:
        raise UsageError(
            f"unknown compensation {text.strip()!r}; give a kind and its percent: "
            f"{', '.join(COMPENSATION_KINDS)} (e.g. discount:5, free-shipping)"
        )
    limit = policy.compensation_limits.get(kind)
    if limit == 0:
        raise UsageError(f"compensation {kind} is forbidden by settings.compensation_limits")
    if not value:
        if kind == "discount":
            raise UsageError("a discount needs its percent: --compensation discount:5")
        return kind
    if not value.isdigit() or not 0 < int(value) <= 100:
        raise UsageError(f"compensation {text.strip()!r}: the value is a whole percent, 1-100")
    if limit is not None and int(value) > limit:
        raise UsageError(
            f"compensation {kind}:{int(value)} is over the playbook's limit of {limit}% "
            "(settings.compensation_limits)"
        )
    return f"{kind}:{int(value)}"


def compensation_parts(given: str) -> tuple[str | None, int | None]:
    """The kind and percent of a stored compensation; (None, None) for free text written
    before compensation was structured ("10% discount"), which still reads as it was."""
    from calmcli.playbook.vocabulary import COMPENSATION_KINDS

    kind, _, value = given.partition(":")
    if kind not in COMPENSATION_KINDS or (value and not value.isdigit()):
        return None, None
    return kind, int(value) if value else None


def reopen(agent: str, now: datetime, policy: Policy) -> Decide:
    """Reopen a resolved or closed case: its satisfaction check no longer applies, and a new
    follow-up is set at the playbook's delay for its incident, so it never drops off the list."""

    def decide(case: Case) -> Change:
        if case.status not in ("resolved", "closed"):
            raise UsageError(f"case {case.id} is {case.status}, not resolved or closed")
        checks = [f for f in case.pending_followups() if f.kind == "satisfaction"]
        change = followups.cancel(checks, agent, now, "case reopened")
        change.fields.update(status="open", outcome=None, updated_at=utc_text(now))
        change.events.append(_status_event(case, "open", agent, now))
        if not any(f.kind == "follow-up" for f in case.pending_followups()):
            due = policy.follow_up_due(case.incident, now)
            item, event = followups.schedule(due, "follow up (reopened)", now, agent)
            change.new_followups.append(item)
            change.events.append(event)
        return change

    return decide


def same_customer(case: Case, customer: str | None, contact: str | None) -> bool:
    """Whether a case is this customer's: the same name (case and spacing aside) or contact.
    Stricter than the walk's search ("Jordi" also lists Jordina): warnings are pooled only
    for the very same person."""
    from calmcli.caselog.model import contact_keys, lookup_key

    if contact and set(contact_keys(contact)) & set(contact_keys(case.contact)):
        return True
    return bool(customer) and lookup_key(customer) == lookup_key(case.customer)


def customer_cases(store: CaseStore, case: Case) -> list[Case]:
    """Every case of this case's customer (itself included), newest first."""
    from calmcli.caselog.model import CaseFilter

    if not (case.customer or case.contact):
        return [case]
    where = CaseFilter(customer=case.customer, contact=case.contact, match="any")
    theirs = [c for c in store.list_cases(where) if same_customer(c, case.customer, case.contact)]
    return theirs if any(c.id == case.id for c in theirs) else [case, *theirs]


def warn(agent: str, now: datetime, reason: str = "", reached: int = 0) -> Decide:
    """Raise an abusive customer's warning level: first warning, final notice, block. The
    ladder is the customer's (issue 14): `reached` is the level they got on any of their
    cases, so a troll's next post does not start again at a first warning."""

    def decide(case: Case) -> Change:
        level = max(case.warning_level, reached) + 1
        if level >= len(WARNING_LEVELS):
            who = f"the customer of case {case.id}" if reached > case.warning_level else ""
            raise UsageError(f"{who or f'case {case.id}'} is already at {WARNING_LEVELS[-1]}")
        event = Event(
            0,
            utc_text(now),
            "warning",
            agent,
            reason,
            {"level": level, "name": WARNING_LEVELS[level]},
        )
        return Change({"warning_level": level, "updated_at": utc_text(now)}, [event])

    return decide


def _status_event(case: Case, status: str, agent: str, now: datetime, **extra: Any) -> Event:
    data = {"from": case.status, "to": status, **{k: v for k, v in extra.items() if v}}
    return Event(0, utc_text(now), "status-change", agent, "", data)
