"""`calm followups`: what to do now, done, snooze, and an iCalendar export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from calmcli.caselog.model import utc_text
from calmcli.cli import completion
from calmcli.cli.common import case_result, moved_note, now, opened
from calmcli.cli.help import examples
from calmcli.cli.options import JsonOption, PlaybooksOption
from calmcli.cli.result import CommandResult, emit
from calmcli.views.formats import local_time

if TYPE_CHECKING:
    from calmcli.caselog.followups import FollowUpView

app = typer.Typer(
    help="Follow-ups: due now and overdue first, then upcoming.", invoke_without_command=True
)

FollowUpId = Annotated[
    str,
    typer.Argument(
        help="C-7K3Q9.2, or a case id for its next one.", autocompletion=completion.case_ids
    ),
]
Limit = Annotated[int, typer.Option(min=0, help="At most this many (0: all).")]


def view_to_dict(view: FollowUpView) -> dict[str, Any]:
    from calmcli.caselog.casefile import followup_to_dict

    row = view.row
    return {
        **followup_to_dict(row.followup),
        "case_id": row.followup.case_id,
        "state": view.state,
        "suggestion": view.suggestion,
        "customer": row.customer,
        "channel": row.channel,
        "incident": row.incident,
        "case_status": row.status,
        "summary": row.summary,
    }


@app.callback(epilog=examples("calm followups --due", "calm followups --all --json --limit 0"))
def followups(
    ctx: typer.Context,
    due: Annotated[bool, typer.Option("--due", help="Only those due today or overdue.")] = False,
    overdue: Annotated[bool, typer.Option("--overdue", help="Only overdue ones.")] = False,
    all_: Annotated[bool, typer.Option("--all", help="Done and cancelled ones too.")] = False,
    limit: Limit = 100,
    as_json: JsonOption = False,
) -> None:
    """List follow-ups: due now and overdue first, then upcoming."""
    if ctx.invoked_subcommand is not None:
        return
    from calmcli.caselog.followups import list_followups
    from calmcli.errors import UsageError
    from calmcli.views.terminal import info, table

    if due + overdue + all_ > 1:
        raise UsageError("give at most one of --due, --overdue, --all")
    which = "due" if due else "overdue" if overdue else "all" if all_ else "pending"
    with opened(ctx) as store:
        views = list_followups(store, which, now(), limit + 1 if limit else None)
    if limit and len(views) > limit:
        views = views[:limit]
        info(f"showing the first {limit}; use --limit 0 for all")
    columns = ["ID", "Due", "State", "Customer", "Channel", "Reason", "Summary"]
    rows = [
        [
            v.row.followup.id,
            local_time(v.row.followup.due_at),
            v.state,
            v.row.customer or "",
            v.row.channel,
            _reason(v),
            v.row.summary,
        ]
        for v in views
    ]
    emit(
        CommandResult(
            [view_to_dict(v) for v in views], view=lambda: table("Follow-ups", columns, rows)
        ),
        as_json,
    )


def _reason(view: FollowUpView) -> str:
    reason = view.row.followup.reason
    return f"{reason} ({view.suggestion})" if view.suggestion else reason


@app.command(
    "done",
    epilog=examples(
        "calm followups done C-7K3Q9.1 --note 'refund confirmed'",
        "calm followups done C-7K3Q9",
    ),
)
def done(
    ctx: typer.Context,
    followup_id: FollowUpId,
    note: Annotated[str, typer.Option(help="What came of it.")] = "",
    as_json: JsonOption = False,
) -> None:
    """Mark a follow-up done (a satisfaction check done closes its resolved case)."""
    from calmcli.caselog import followups as core
    from calmcli.caselog.cases import current_agent
    from calmcli.cli.common import case_result

    case_id, seq = core.parse_id(followup_id)
    with opened(ctx) as store:
        case = store.change(case_id, core.done(seq, current_agent(), now(), note))
    emit(case_result(case, f"{case.id}: follow-up done; case {case.status}"), as_json)


@app.command("add")
def add(
    ctx: typer.Context,
    case_id: Annotated[str, typer.Argument(help="Case id, e.g. C-7K3Q9.")],
    when: Annotated[str, typer.Argument(help="30m, 2h, 3d, 1w or an ISO date (not past).")],
    reason: Annotated[str, typer.Option(help="What to do then.")] = "follow up",
    as_json: JsonOption = False,
    playbooks: PlaybooksOption = None,
) -> None:
    """Schedule a follow-up on a case (any open, waiting or resolved one), in opening hours."""
    from calmcli.caselog import followups as core
    from calmcli.caselog.cases import current_agent, load_policy
    from calmcli.caselog.model import normalise_id

    moment = now()
    calendar = load_policy(playbooks).calendar
    wanted = core.when(when, moment, calendar)
    core.refuse_past(wanted, moment, "a follow-up at")
    due = calendar.next_open(wanted)  # a reminder is worked on only while the team is open
    with opened(ctx) as store:
        case = store.change(normalise_id(case_id), core.add(due, reason, current_agent(), moment))
    item = max(case.followups, key=lambda f: f.seq)
    said = f"{item.id}: follow-up set for {local_time(item.due_at)}"
    emit(case_result(case, said + moved_note(wanted, due)), as_json)


@app.command(
    "snooze",
    epilog=examples(
        "calm followups snooze C-7K3Q9 2d",
        "calm followups snooze C-7K3Q9.2 2026-12-07T10:00",
    ),
)
def snooze(
    ctx: typer.Context,
    followup_id: FollowUpId,
    until: Annotated[
        str, typer.Argument(help="30m, 2h, 3d, 1w, 4 business hours, 2 business days or a date.")
    ],
    as_json: JsonOption = False,
    playbooks: PlaybooksOption = None,
) -> None:
    """Move a pending follow-up to later (into the team's opening hours)."""
    from calmcli.caselog import followups as core
    from calmcli.caselog.cases import current_agent, load_policy
    from calmcli.cli.common import case_result

    case_id, seq = core.parse_id(followup_id)
    moment = now()
    calendar = load_policy(playbooks).calendar
    wanted, due = core.snooze_time(until, moment, calendar)
    with opened(ctx) as store:
        case = store.change(case_id, core.snooze(seq, due, current_agent(), moment))
    said = f"{case.id}: follow-up moved to {local_time(utc_text(due))}"
    emit(case_result(case, said + moved_note(wanted, due)), as_json)


@app.command(
    "export",
    epilog=examples(
        "calm followups export --ics followups.ics",
    ),
)
def export(
    ctx: typer.Context,
    ics: Annotated[Path, typer.Option("--ics", help="The .ics file to write.")],
    as_json: JsonOption = False,
) -> None:
    """Write the pending follow-ups as an iCalendar file any calendar imports."""
    from calmcli.base.files import write_private
    from calmcli.caselog.followups import list_followups, to_ics

    moment = now()
    with opened(ctx) as store:
        views = list_followups(store, "pending", moment, None)
    write_private(ics, to_ics(views, moment))  # 0600: customer names inside
    outcome = f"wrote {len(views)} follow-up(s) to {ics}"
    emit(CommandResult({"file": str(ics), "followups": len(views)}, messages=(outcome,)), as_json)
