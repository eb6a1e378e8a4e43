"""`calm triage`: the guided walk in the terminal."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from calmcli.base.clock import local
from calmcli.cli.common import db_target, signing_agent
from calmcli.cli.help import examples
from calmcli.cli.options import (
    AgentOption,
    ChannelOption,
    CopyOption,
    CustomerOption,
    CustomerTypeOption,
    FaultOption,
    IncidentOption,
    LangOption,
    NowOption,
    OrderOption,
    PlaybooksOption,
    SetOption,
    TemplatesOption,
    aware_now,
    parse_assignments,
)

EXAMPLES = examples(
    "calm triage",
    "calm triage --message mail.txt --channel email --copy",
    "echo 'Where is it?' | calm triage --message - --fault ours --channel chat -y",
)


def triage(
    ctx: typer.Context,
    message: Annotated[
        str | None, typer.Option(help="The customer's message: a file, or - for stdin.")
    ] = None,
    customer: CustomerOption = None,
    contact: Annotated[str | None, typer.Option(help="Email, phone or handle.")] = None,
    order: OrderOption = None,
    fault: FaultOption = None,
    channel: ChannelOption = None,
    customer_type: CustomerTypeOption = None,
    incident: IncidentOption = None,
    lang: LangOption = None,
    agent: AgentOption = None,
    follow_up: Annotated[
        str | None,
        typer.Option(
            help="Follow-up: 2h, 3d, 4 business hours, 2 business days or a date (default from "
            "the playbook); the reply promises that moment."
        ),
    ] = None,
    summary: Annotated[str | None, typer.Option(help="One-line summary for the case log.")] = None,
    case: Annotated[
        str | None,
        typer.Option(
            "--case",
            metavar="ID",
            help="Continue this open case (message, reply and follow-up go on its timeline).",
        ),
    ] = None,
    set_: SetOption = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Accept the rendered reply.")] = False,
    out: Annotated[Path | None, typer.Option(help="Write the final reply to this file.")] = None,
    copy: CopyOption = False,
    customer_tz: Annotated[
        str | None,
        typer.Option(
            "--customer-tz",
            metavar="ZONE",
            help="The customer's time zone (IANA name): the promise is given in their time.",
        ),
    ] = None,
    received: Annotated[
        str | None,
        typer.Option(
            metavar="TIME",
            help="When the customer wrote: an ISO time, or 2h (ago); default now.",
        ),
    ] = None,
    now: NowOption = None,
    playbooks: PlaybooksOption = None,
    templates: TemplatesOption = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Log the walk whose case could not be logged (its draft)."),
    ] = False,
) -> None:
    """Walk through a case: situation, guidance, reply, log and follow-up."""
    from calmcli.caselog.model import normalise_id
    from calmcli.cli.common import open_case_log
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.render import Renderer, template_dirs
    from calmcli.views.terminal import console, is_interactive
    from calmcli.walk.walk import Answers, NotLogged, Walk, final_text

    if out is not None:  # the case is logged before the reply is written: refuse a bad path first
        from calmcli.base.files import check_writable

        check_writable(out)
    book = load_playbook(playbooks)
    from calmcli.cli.common import now as real_now

    clock = aware_now(now) or real_now()
    renderer = Renderer(book, template_dirs(templates), now=clock)
    given = Answers(
        message=_read_message(message),
        customer=customer,
        contact=contact,
        order=order,
        fault=fault,
        channel=channel,
        customer_type=customer_type,
        incident=incident,
        lang=lang,
        follow_up=follow_up,
        summary=summary,
        agent=signing_agent(agent),
        vars=parse_assignments(set_),
        case_id=normalise_id(case) if case else None,
        customer_tz=customer_tz,
        received=received,
    )
    if resume:  # every answer, the accepted reply included, is the draft's: nothing is asked
        from calmcli.walk.draft import load_draft

        given, yes = load_draft(Answers), True
    _check_values(renderer, given, clock, resumed=resume)
    from calmcli.base.files import staged_private
    from calmcli.walk.prompts import ended_by_signals

    # --out is checked now, and written just before the case is logged (a full disk then
    # logs nothing); it takes the file's name once the case is logged.
    with staged_private(out) if out else nullcontext(None) as write_out, ended_by_signals():
        walk = Walk(
            book,
            renderer,
            given,
            accept=yes,
            interactive=is_interactive() and not resume,
            console=console(stderr=True),
            open_store=lambda: open_case_log(db_target(ctx)),
            before_log=write_out,
            now=clock,
        )
        try:
            result = walk.run()
        except NotLogged as err:
            from calmcli.views.terminal import inert

            sys.stdout.write(inert(err.text))  # the agent's reply is never lost with the log
            raise
    if resume:
        from calmcli.walk.draft import drop_draft

        drop_draft()
    text = final_text(result.reply, result.texts)
    when = (
        local(result.follow_up_due).strftime("%a %d %b %H:%M") if result.follow_up_due else "none"
    )
    if not out:
        from calmcli.views.terminal import inert

        sys.stdout.write(inert(text))
    logged = "Added to case" if given.case_id else "Logged case"
    sys.stderr.write(
        f"{logged} {result.case_id}; follow-up: {when}"
        f"{f'; reply written to {out}' if out else ''}\n"
    )
    if copy:
        from calmcli.views.clipboard import copy_to_clipboard

        # The agent's final words (edits included); of a pair, the public post goes first.
        pasted = dict(zip((m.audience for m in result.reply.messages), result.texts, strict=True))
        chosen = pasted.get("public") or result.texts[0]
        what = "the public message" if len(result.texts) > 1 else "the reply"
        sys.stderr.write(copy_to_clipboard(chosen, what) + "\n")


def _read_message(source: str | None) -> str | None:

    if source is None:
        return None
    from calmcli.base.files import read_input

    return read_input(source, "--message")


def _check_values(
    renderer: object, given: object, now: datetime | None, resumed: bool = False
) -> None:
    """Refuse unknown flag values before asking anything (a resumed walk's follow-up was
    checked when it was given, and the printed reply promised it: it may be past by now)."""
    from calmcli.reply.render import Renderer
    from calmcli.walk.walk import Answers

    assert isinstance(renderer, Renderer) and isinstance(given, Answers)
    book = renderer.playbook
    for section, value in (
        ("faults", given.fault),
        ("channels", given.channel),
        ("customer_types", given.customer_type),
        ("incidents", given.incident),
    ):
        if value is not None:
            book.get(section, value)
    from calmcli.reply.facts import typed_facts

    typed_facts(given.vars)  # a mistyped --set key is refused before the log is even opened
    if given.follow_up and not resumed:
        from calmcli.caselog.followups import upcoming

        upcoming(given.follow_up, now or datetime.now(UTC), book.settings.calendar)
    if given.received:
        from calmcli.caselog.cases import received_at

        received_at(given.received, now or datetime.now(UTC))
    if given.customer_tz:
        from calmcli.playbook.calendar import load_zone

        load_zone(given.customer_tz)
