"""What a returning customer already had from us: its own module, because `calm reply` needs
it and must not pay for importing the whole case-log domain (its start-up budget, issue 10)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmcli.caselog.model import Case


@dataclass(frozen=True)
class CustomerHistory:
    """What a returning customer already had from us, for the next reply (issue 14): how
    many times they wrote before, the gestures (compensation kinds) they were offered or given,
    and the abuse-warning level they reached on any of their cases."""

    contacts: int = 0
    gestures: tuple[str, ...] = ()
    warning_level: int = 0
    cases: tuple[str, ...] = ()  # their case ids, newest first

    @classmethod
    def of(cls, cases: list[Case]) -> CustomerHistory:
        """Summarise a customer's cases (with their timelines)."""
        contacts = sum(
            max(1, sum(e.kind == "customer-message" for e in case.events)) for case in cases
        )
        gestures: list[str] = []
        for case in sorted(cases, key=lambda c: c.created_at):
            offered = [str(e.data["offered"]) for e in case.events if e.data.get("offered")]
            gestures += [*offered, *([case.compensation] if case.compensation else [])]
        return cls(
            contacts=contacts,
            gestures=tuple(dict.fromkeys(gestures)),
            warning_level=max((c.warning_level for c in cases), default=0),
            cases=tuple(c.id for c in cases),
        )
