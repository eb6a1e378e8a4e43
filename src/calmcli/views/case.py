"""Render one case for a person: Rich in a terminal, plain text when piped."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmcli.caselog.model import Case, Event

_LABELS = {
    "created": "created",
    "customer-message": "customer said",
    "reply": "we replied",
    "note": "note",
    "follow-up-set": "follow-up set",
    "follow-up-done": "follow-up done",
    "follow-up-snoozed": "follow-up snoozed",
    "follow-up-cancelled": "follow-up cancelled",
    "warning": "warning",
    "status-change": "status",
}


def header_lines(case: Case) -> list[tuple[str, str]]:
    from calmcli.playbook.vocabulary import WARNING_LEVELS

    who = " ".join(
        part for part in (case.customer, f"<{case.contact}>" if case.contact else "") if part
    )
    rows = [
        ("Case", f"{case.id}  {case.status}" + (f" ({case.outcome})" if case.outcome else "")),
        ("Customer", who),
        ("Channel", case.channel),
        ("Situation", f"fault {case.fault}, {case.customer_type}, {case.incident}, {case.lang}"),
        ("Order", case.order or ""),
        ("Summary", case.summary),
        ("Agent", case.agent),
        ("Compensation", case.compensation or ""),
        ("Warning", WARNING_LEVELS[case.warning_level] if case.warning_level else ""),
    ]
    return [(label, value) for label, value in rows if value]


def event_detail(event: Event) -> str:
    from calmcli.views.formats import local_time

    data = event.data
    extra = {
        "status-change": lambda: (
            f"{data.get('from')} -> {data.get('to')}"
            + (f" ({data['outcome']})" if data.get("outcome") not in (None, data.get("to")) else "")
        ),
        "follow-up-set": lambda: f"{data.get('kind')} due {local_time(data.get('due_at'))}",
        "follow-up-snoozed": lambda: f"{data.get('followup')} to {local_time(data.get('to'))}",
        "follow-up-done": lambda: str(data.get("followup", "")),
        "follow-up-cancelled": lambda: str(data.get("followup", "")),
        "warning": lambda: str(data.get("name", "")),
    }.get(event.kind, lambda: "")()
    return "  ".join(part for part in (extra, event.text) if part)


def render_case(case: Case, now: datetime) -> None:
    """Print the header, the timeline and what is pending."""
    from calmcli.caselog.followups import state, suggestion
    from calmcli.views.formats import local_time

    timeline = [
        [local_time(e.at), _LABELS.get(e.kind, e.kind), e.agent, event_detail(e)]
        for e in case.events
    ]
    pending = [
        [
            f.id,
            local_time(f.due_at),
            state(f, now),
            f.reason + (f" ({suggestion(f)})" if suggestion(f) else ""),
        ]
        for f in case.pending_followups()
    ]
    if sys.stdout.isatty():
        _rich(case, timeline, pending)
        return
    out = [f"{label}: {value}" for label, value in header_lines(case)]
    out += ["", "Timeline:"]
    for when, kind, agent, detail in timeline:
        first, *rest = detail.splitlines() or [""]
        out.append(f"  {when}  {kind}  {agent}  {first}".rstrip())
        out += [f"      {line}" for line in rest]
    out += ["", "Pending:"] + [f"  {' '.join(row)}" for row in pending] if pending else []
    from calmcli.views.terminal import inert

    sys.stdout.write(inert("\n".join(out)) + "\n")


def _rich(case: Case, timeline: list[list[str]], pending: list[list[str]]) -> None:
    from rich.table import Table
    from rich.text import Text  # customer text is data, never Rich markup

    from calmcli.views.terminal import console, inert

    term = console()
    head = Table.grid(padding=(0, 2))
    for label, value in header_lines(case):
        head.add_row(Text(label, style="bold"), Text(inert(value)))
    term.print(head)
    grid = Table(title="Timeline", title_justify="left")
    for column in ("When", "What", "Agent", "Detail"):
        grid.add_column(column, no_wrap=column != "Detail")  # dates and names whole
    for row in timeline:
        grid.add_row(*(Text(inert(cell)) for cell in row))
    term.print(grid)
    if pending:
        todo = Table(title="Pending follow-ups", title_justify="left")
        for column in ("ID", "Due", "State", "Reason"):
            todo.add_column(column, no_wrap=column != "Reason")  # ids to copy, whole
        for row in pending:
            todo.add_row(*(Text(inert(cell)) for cell in row))
        term.print(todo)
