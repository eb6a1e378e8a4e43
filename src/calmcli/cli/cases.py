"""`calm cases`: log cases and read, annotate, close, export and import them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from calmcli.caselog.model import normalise_id, utc_text
from calmcli.cli import completion
from calmcli.cli.common import case_result, moved_note, now, opened
from calmcli.cli.help import examples
from calmcli.cli.options import JsonOption, PlaybooksOption, parse_assignments
from calmcli.cli.result import CommandResult, emit
from calmcli.playbook.vocabulary import WARNING_LEVELS
from calmcli.views.formats import local_time

if TYPE_CHECKING:
    from collections.abc import Iterable

    from calmcli.caselog.model import Case, CaseFilter
    from calmcli.playbook.calendar import Calendar

app = typer.Typer(
    help="Log cases and read, annotate, close, export or import them.", no_args_is_help=True
)

CaseId = Annotated[
    str, typer.Argument(help="Case id, e.g. C-7K3Q9.", autocompletion=completion.case_ids)
]
Status = Annotated[str | None, typer.Option(help="open, waiting, resolved or closed.")]
Customer = Annotated[
    str | None,
    typer.Option(
        help="Customer name (any case or accent; a first name or the start of a word does) "
        "or contact."
    ),
]
ContactFilter = Annotated[
    str | None, typer.Option("--contact", help="Email, phone or handle, matched whole.")
]
OrderFilter = Annotated[
    str | None, typer.Option("--order", help="Order reference: #UK-55821, uk-55821 or 55821.")
]
Channel = Annotated[
    str | None,
    typer.Option(autocompletion=completion.channels, help="phone, email, chat, social-public, ..."),
]
Incident = Annotated[
    str | None,
    typer.Option(autocompletion=completion.incidents, help="An incident id from the playbook."),
]
Since = Annotated[str | None, typer.Option(help="Created since: 3d, 1w or an ISO date.")]


@app.command(
    "add",
    epilog=examples(
        "calm cases add --channel chat --fault ours --customer Ann --follow-up 4h",
        'echo \'{"channel": "email", "fault": "unclear"}\' | calm cases add',
        'calm cases add --case C-7K3Q9 --message "Third time I write" --reply "..."',
    ),
)
def add(
    ctx: typer.Context,
    case_id: Annotated[
        str | None,
        typer.Option(
            "--case",
            metavar="ID",
            help="Add this contact (message, reply, follow-up) to an open case instead.",
        ),
    ] = None,
    channel: Channel = None,
    fault: Annotated[str | None, typer.Option(help="ours, not-ours, unclear or troll.")] = None,
    customer_type: Annotated[str | None, typer.Option(help="From the playbook.")] = None,
    incident: Incident = None,
    lang: Annotated[str | None, typer.Option(help="Language of the exchange.")] = None,
    customer: Annotated[str | None, typer.Option(help="Customer name.")] = None,
    contact: Annotated[str | None, typer.Option(help="Email, phone or handle.")] = None,
    agent: Annotated[str | None, typer.Option(help="Default: CALM_AGENT or your user.")] = None,
    order: Annotated[str | None, typer.Option(help="Order reference.")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="KEY=VALUE template var.")] = None,
    summary: Annotated[str | None, typer.Option(help="One line about the case.")] = None,
    follow_up: Annotated[str | None, typer.Option(help="2h, 3d, ISO date, or none.")] = None,
    message: Annotated[str | None, typer.Option(help="What the customer said.")] = None,
    reply: Annotated[str | None, typer.Option(help="What we replied, in full.")] = None,
    status: Annotated[str | None, typer.Option(help="open (default) or waiting.")] = None,
    compensation: Annotated[
        str | None, typer.Option(help="Kind and percent: discount:10, free-shipping.")
    ] = None,
    received: Annotated[
        str | None,
        typer.Option(
            metavar="TIME",
            help="When the customer wrote: an ISO time, or 2h (ago); default now. First "
            "response counts from it.",
        ),
    ] = None,
    playbooks: PlaybooksOption = None,
    as_json: JsonOption = False,
) -> None:
    """Log a case from flags or from a JSON object on stdin; print its id."""
    from calmcli.caselog.casefile import case_to_dict
    from calmcli.caselog.cases import add_to_case, build_case, input_from_mapping, load_policy

    flags = {
        "channel": channel,
        "fault": fault,
        "customer_type": customer_type,
        "incident": incident,
        "lang": lang,
        "customer": customer,
        "contact": contact,
        "agent": agent,
        "order": order,
        "summary": summary,
        "follow_up": follow_up,
        "message": message,
        "reply": reply,
        "status": status,
        "compensation": compensation,
        "received": received,
    }
    if follow_up is not None and not follow_up.strip():  # was the default delay, silently
        from calmcli.errors import UsageError

        raise UsageError("an empty --follow-up; give 2h, 3d, a date, or none")
    data = _stdin_object() if channel is None and case_id is None else {}
    data.update({key: value for key, value in flags.items() if value is not None})
    if set_:
        data["vars"] = {**(data.get("vars") or {}), **parse_assignments(set_)}
    if isinstance(data.get("vars"), dict):  # a typo such as trakcing=: one line, exit 2
        from calmcli.reply.facts import check_fact_keys

        check_fact_keys(data["vars"])
    policy = load_policy(playbooks)
    landed = _follow_up_in_hours(data, policy.calendar)
    if case_id is None:  # checked in full before the log is opened (or created)
        new = build_case(input_from_mapping(data), policy, now())
        with opened(ctx) as store:
            case = store.add_case(new)
    else:
        with opened(ctx) as store:
            earlier = store.get_case(normalise_id(case_id))
            for key in ("channel", "fault", "customer_type", "incident", "lang"):
                data.setdefault(key, getattr(earlier, key))
            given = input_from_mapping(data)
            decide = add_to_case(given, policy, now())
            case = store.change(earlier.id, decide)
    said = () if not landed else (f"{case.id}: follow-up set for {landed}",)
    emit(CommandResult(case_to_dict(case), lines=[case.id], messages=said), as_json)


def _follow_up_in_hours(data: dict[str, Any], calendar: Calendar) -> str:
    """Land the follow-up asked for in the team's opening hours, as `followups add` and
    `snooze` do: one already past is refused (one line, exit 2); one in closed hours moves to
    the next opening, and what is returned says so ("" when nothing moved)."""
    text = data.get("follow_up")
    if not isinstance(text, str) or text.strip().lower() in ("none", "no", "false"):
        return ""
    from calmcli.caselog.followups import upcoming

    wanted = upcoming(text, now(), calendar)
    due = calendar.next_open(wanted)
    if due == wanted:
        return ""
    data["follow_up"] = due.isoformat()
    return local_time(utc_text(due)) + moved_note(wanted, due)


def _stdin_object() -> dict[str, Any]:
    import json

    from calmcli.errors import UsageError

    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("give --channel (and the other flags) or pipe a JSON object on stdin")
    from calmcli.base.files import read_input
    from calmcli.base.jsontext import parse_json

    text = read_input("-")
    try:
        data = parse_json(text)
    except json.JSONDecodeError as err:
        raise UsageError(f"stdin:{err.lineno}: malformed JSON: {err.msg}") from None
    if not isinstance(data, dict):
        raise UsageError("stdin must hold one JSON object with the case's keys")
    return data


def _filter(
    status: str | None,
    customer: str | None,
    channel: str | None,
    incident: str | None,
    since: str | None,
    limit: int | None,
    contact: str | None = None,
    order: str | None = None,
) -> CaseFilter:
    from calmcli.base.durations import is_duration, parse_duration, parse_when
    from calmcli.caselog.model import STATUSES, CaseFilter
    from calmcli.errors import unknown_value
    from calmcli.playbook.vocabulary import CHANNELS

    if status is not None and status not in STATUSES:
        raise unknown_value("status", status, STATUSES)
    if channel is not None and channel not in CHANNELS:
        raise unknown_value("channel", channel, CHANNELS)
    start = None
    if since is not None:
        start = now() - parse_duration(since) if is_duration(since) else parse_when(since)
    return CaseFilter(
        status,
        customer,
        channel,
        incident,
        start,
        limit or None,
        contact=contact,
        orders=(order,) if order is not None else (),
    )


@app.command(
    "list",
    epilog=examples(
        "calm cases list --status open --mine",
        "calm cases list --customer jordi --json",
        "calm cases list --order 48213",
    ),
)
def list_(
    ctx: typer.Context,
    status: Status = None,
    customer: Customer = None,
    contact: ContactFilter = None,
    order: OrderFilter = None,
    channel: Channel = None,
    incident: Incident = None,
    since: Since = None,
    mine: Annotated[
        bool,
        typer.Option(
            "--mine",
            help="Only cases you logged (your agent "
            "name: CALM_AGENT, the config file or your user).",
        ),
    ] = False,
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0: all).")] = 50,
    as_json: JsonOption = False,
) -> None:
    """List cases, newest first."""
    from dataclasses import replace

    from calmcli.caselog.casefile import case_to_dict
    from calmcli.caselog.cases import current_agent
    from calmcli.views.terminal import info, table

    where = _filter(
        status, customer, channel, incident, since, limit + 1 if limit else None, contact, order
    )
    if mine:
        where = replace(where, agent=current_agent())
    with opened(ctx) as store:
        cases = store.list_cases(where)
    if limit and len(cases) > limit:
        cases = cases[:limit]
        info(f"showing the newest {limit}; use --limit 0 for all")
    rows = [
        [
            c.id,
            local_time(c.created_at),
            c.status,
            c.customer or "",
            c.channel,
            c.incident,
            c.summary,
        ]
        for c in cases
    ]
    columns = ["ID", "Created", "Status", "Customer", "Channel", "Incident", "Summary"]
    emit(
        CommandResult(
            [case_to_dict(case, timeline=False) for case in cases],
            view=lambda: table("Cases", columns, rows),
        ),
        as_json,
    )


@app.command(
    "show",
    epilog=examples(
        "calm cases show C-7K3Q9",
        "calm cases show c-7k3q9 --json | jq .events",
    ),
)
def show(ctx: typer.Context, case_id: CaseId, as_json: JsonOption = False) -> None:
    """Show a case's whole timeline: what the customer said, what we replied, what is pending."""
    from calmcli.caselog.casefile import case_to_dict
    from calmcli.views.case import render_case

    with opened(ctx) as store:
        case = store.get_case(normalise_id(case_id))
    emit(CommandResult(case_to_dict(case), view=lambda: render_case(case, now())), as_json)


@app.command(
    "note",
    epilog=examples(
        "calm cases note C-7K3Q9 'Customer called: the parcel arrived'",
    ),
)
def note(
    ctx: typer.Context,
    case_id: CaseId,
    text: Annotated[str, typer.Argument(help="The note.")],
    as_json: JsonOption = False,
) -> None:
    """Add a note to a case's timeline."""
    from calmcli.caselog import cases

    decide = cases.note(text, cases.current_agent(), now())
    with opened(ctx) as store:
        case = store.change(normalise_id(case_id), decide)
    emit(case_result(case, f"{case.id}: note added"), as_json)


@app.command(
    "close",
    epilog=examples(
        "calm cases close C-7K3Q9 --outcome resolved --compensation discount",
        "calm cases close C-7K3Q9 --outcome abandoned --force",
    ),
)
def close(
    ctx: typer.Context,
    case_id: CaseId,
    outcome: Annotated[str, typer.Option(help="resolved, unresolved, abandoned or duplicate.")],
    force: Annotated[bool, typer.Option(help="Cancel pending follow-ups and close.")] = False,
    compensation: Annotated[
        str | None, typer.Option(help="Kind and percent: discount:10, free-shipping.")
    ] = None,
    playbooks: PlaybooksOption = None,
    as_json: JsonOption = False,
) -> None:
    """Close a case (resolved schedules the satisfaction check); refused while follow-ups wait."""
    from calmcli.caselog import cases

    policy = cases.load_policy(playbooks)
    decide = cases.close(outcome, policy, cases.current_agent(), now(), force, compensation)
    with opened(ctx) as store:
        case = store.change(normalise_id(case_id), decide)
    checks = [f for f in case.pending_followups() if f.kind == "satisfaction"]
    when = f"; satisfaction check {local_time(checks[0].due_at)}" if checks else ""
    emit(case_result(case, f"{case.id}: {case.status} ({outcome}){when}"), as_json)


@app.command(
    "reopen",
    epilog=examples(
        "calm cases reopen C-7K3Q9",
    ),
)
def reopen(
    ctx: typer.Context,
    case_id: CaseId,
    playbooks: PlaybooksOption = None,
    as_json: JsonOption = False,
) -> None:
    """Reopen a resolved or closed case, with a follow-up at the playbook's delay."""
    from calmcli.caselog import cases

    decide = cases.reopen(cases.current_agent(), now(), cases.load_policy(playbooks))
    with opened(ctx) as store:
        case = store.change(normalise_id(case_id), decide)
    pending = case.pending_followups()
    when = f"; follow-up {pending[0].id} {local_time(pending[0].due_at)}" if pending else ""
    emit(case_result(case, f"{case.id}: reopened{when}"), as_json)


@app.command(
    "warn",
    epilog=examples(
        "calm cases warn C-7K3Q9 --reason 'insults in the second post'",
    ),
)
def warn(
    ctx: typer.Context,
    case_id: CaseId,
    reason: Annotated[str, typer.Option(help="What the customer did.")] = "",
    as_json: JsonOption = False,
) -> None:
    """Warn an abusive customer: first warning, then final notice, then block recommended.

    The ladder is the customer's: a warning on their new case goes on from the level they
    reached on any earlier one (same name or contact)."""
    from dataclasses import replace

    from calmcli.caselog import cases

    with opened(ctx) as store:
        target = store.get_case(normalise_id(case_id))
        theirs = cases.customer_cases(store, target)
        reached = max(c.warning_level for c in theirs)
        case = store.change(target.id, cases.warn(cases.current_agent(), now(), reason, reached))
    result = case_result(case, f"{case.id}: {WARNING_LEVELS[case.warning_level]}")
    if len(theirs) > 1:  # where the customer stands, across their cases
        others = ", ".join(
            f"{c.id} {WARNING_LEVELS[c.warning_level]}" for c in theirs if c.id != case.id
        )
        who = case.customer or case.contact
        line = f"{who}: {WARNING_LEVELS[case.warning_level]} across {len(theirs)} cases ({others})"
        result = replace(result, messages=(*result.messages, line))
    emit(result, as_json)


@app.command(
    "export",
    epilog=examples(
        "calm cases export -o cases.yaml --since 4w",
        "calm cases export --format json --status open",
    ),
)
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help="yaml or json.")] = "yaml",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default stdout).")
    ] = None,
    status: Status = None,
    customer: Customer = None,
    channel: Channel = None,
    incident: Incident = None,
    since: Since = None,
) -> None:
    """Export the case log (or a selection) with timelines, as YAML or JSON."""
    from calmcli.base.progress import counted
    from calmcli.caselog.casefile import write_export
    from calmcli.views.progress import progress_bar
    from calmcli.views.terminal import info

    where = _filter(status, customer, channel, incident, since, None)
    with opened(ctx) as store, progress_bar("Exporting cases") as advance:
        cases = counted(store.iter_cases(where), advance)
        if output is None:
            count = write_export(cases, sys.stdout, fmt)
        else:
            count = _export_file(cases, output, fmt)
    info(f"exported {count} case(s)")


def _export_file(cases: Iterable[Case], output: Path, fmt: str) -> int:
    """Write beside the target and rename, so a failure never leaves half a file; 0600."""
    from calmcli.base.files import private_writer
    from calmcli.caselog.casefile import write_export

    with private_writer(output) as handle:
        return write_export(cases, handle, fmt)


@app.command(
    "import",
    epilog=examples(
        "calm cases import cases.yaml",
        "calm cases import cases.yaml --skip-existing",
    ),
)
def import_(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="A file written by `calm cases export`.")],
    skip_existing: Annotated[bool, typer.Option(help="Skip ids already in the log.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Import an export file: validate everything first, then write all of it or nothing."""
    from calmcli.caselog.casefile import read_import
    from calmcli.views.progress import progress_bar

    with progress_bar(f"Reading {file.name}") as advance:
        cases = read_import(file, advance)
    with opened(ctx) as store, progress_bar("Importing cases") as advance:
        added = store.import_cases(cases, skip_existing, advance)
    skipped = len(cases) - added
    outcome = f"imported {added} case(s)" + (f", skipped {skipped}" if skipped else "")
    emit(
        CommandResult(
            {"read": len(cases), "imported": added, "skipped": skipped}, messages=(outcome,)
        ),
        as_json,
    )
