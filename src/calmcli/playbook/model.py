"""The playbook's typed records (what `load_playbook` returns) and one situation's guidance."""

from __future__ import annotations

from dataclasses import field
from datetime import timedelta
from typing import Any

from calmcli.base.durations import Delay
from calmcli.base.records import record
from calmcli.errors import unknown_value
from calmcli.playbook.calendar import Calendar
from calmcli.playbook.vocabulary import ENTRY_SECTIONS, GUIDANCE_KEYS


@record
class Guidance:
    key_ideas: tuple[str, ...] = ()
    do: tuple[str, ...] = ()
    dont: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, list[str]]:
        return {key: list(getattr(self, key)) for key in GUIDANCE_KEYS}


@record
class Compensation:
    kind: str
    percent: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "percent": self.percent}


@record
class Entry:
    """One fault, channel, customer type or incident, with its guidance and knobs."""

    section: str
    id: str
    label: dict[str, str]
    help: dict[str, str]
    guidance: Guidance
    source: str
    compensation: tuple[Compensation, ...] = ()  # incidents: what may be offered
    offers_compensation: bool = False  # faults: whether a gesture is offered at all
    options: tuple[str, ...] = ()  # incidents: resolutions to lay out for the customer
    follow_up: Delay | None = None
    first_response: Delay | None = None  # channels: the first-response target
    max_length: int | None = None  # channels: a reply longer than this is flagged
    reply_style: tuple[str, ...] = ()  # customer types: how the reply adapts


@record
class Settings:
    default_language: str = "en"
    languages: tuple[str, ...] = ("ca", "es", "pl", "en")
    follow_up: Delay = field(default_factory=lambda: Delay(timedelta(days=2), "days"))
    satisfaction_check: Delay = field(default_factory=lambda: Delay(timedelta(days=3), "days"))
    compensation_limits: dict[str, int] = field(default_factory=dict)  # kind -> max percent
    another_sale: bool = True
    signature: str = ""  # kept for old team settings: the team name when `team` gives none
    # The team's name per language (ca, es, pl, en...) and its brand: signatures, spoken greetings.
    team: dict[str, str] = field(default_factory=dict)
    # The address a customer writes to, per language (and `default`): named wherever a reply
    # sends the customer to email ('email us at ayuda@oleoshop.es').
    contact_email: dict[str, str] = field(default_factory=dict)
    # How each agent is addressed, f or m: a Catalan call or chat names them with their
    # personal article ('Soc la Laia'); a name not given here is looked up in a list of ours.
    agents: dict[str, str] = field(default_factory=dict)
    calendar: Calendar = field(default_factory=Calendar)

    def team_name(self, lang: str) -> str:
        """The team's name in a language: its own entry, else the old signature, else empty."""
        return self.team.get(lang) or self.signature

    def contact_email_for(self, lang: str) -> str | None:
        """The address for customers writing in `lang`, else the default one, else None."""
        return self.contact_email.get(lang) or self.contact_email.get("default") or None


@record
class Playbook:
    settings: Settings
    faults: dict[str, Entry]
    channels: dict[str, Entry]
    customer_types: dict[str, Entry]
    incidents: dict[str, Entry]
    sources: tuple[str, ...]

    def section(self, name: str) -> dict[str, Entry]:
        return dict(getattr(self, name))

    def get(self, section: str, entry_id: str) -> Entry:
        entries: dict[str, Entry] = getattr(self, section)
        if entry_id not in entries:
            raise unknown_value(ENTRY_SECTIONS[section], entry_id, list(entries))
        return entries[entry_id]


@record
class Situation:
    fault: str
    channel: str
    customer_type: str
    incident: str

    def entries(self, playbook: Playbook) -> list[Entry]:
        return [
            playbook.get("faults", self.fault),
            playbook.get("channels", self.channel),
            playbook.get("customer_types", self.customer_type),
            playbook.get("incidents", self.incident),
        ]


def situation_guidance(playbook: Playbook, situation: Situation) -> dict[str, Any]:
    """Merge the guidance of the four entries and add the policy knobs that apply."""
    entries = situation.entries(playbook)
    merged = {
        key: [line for e in entries for line in getattr(e.guidance, key)] for key in GUIDANCE_KEYS
    }
    fault, channel, _, incident = entries
    offers = [c.as_dict() for c in incident.compensation] if fault.offers_compensation else []
    follow_up = incident.follow_up or playbook.settings.follow_up
    return {
        **merged,
        "compensation": offers,
        "another_sale": "only in the satisfaction check, once resolved and the customer satisfied"
        if playbook.settings.another_sale
        else "never",
        "first_response_target": _fmt(channel.first_response),
        "follow_up_delay": _fmt(follow_up),
    }


def _fmt(delay: Delay | None) -> str | None:
    return delay.text if delay is not None else None
