"""`calm reply`: render a reply from flags, or a JSONL stream of cases from stdin."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from calmcli.cli.common import now as clock
from calmcli.cli.common import signing_agent
from calmcli.cli.help import examples
from calmcli.cli.options import (
    AgentOption,
    ChannelOption,
    CopyOption,
    CustomerOption,
    CustomerTypeOption,
    FaultOption,
    IncidentOption,
    JsonOption,
    LangOption,
    NowOption,
    OrderOption,
    PlaybooksOption,
    SetOption,
    TemplatesOption,
    aware_now,
    parse_assignments,
)
from calmcli.cli.result import CommandResult, emit

if TYPE_CHECKING:
    from calmcli.reply.render import Renderer, Reply


EXAMPLES = examples(
    "calm reply --fault ours --channel email --lang ca --customer 'Jordi Puig'",
    "calm reply --fault troll --channel social-public --only public --copy",
    'echo \'{"fault": "unclear", "channel": "chat"}\' | calm reply --jsonl',
)


def reply(
    fault: FaultOption = None,
    channel: ChannelOption = None,
    customer_type: CustomerTypeOption = "none",
    incident: IncidentOption = "other",
    lang: LangOption = None,
    customer: CustomerOption = None,
    agent: AgentOption = None,
    order: OrderOption = None,
    greet_as: Annotated[
        str | None,
        typer.Option(
            "--greet-as",
            help="How to address the customer (default: from --customer, compound first "
            "names kept whole: 'Juan Carlos').",
        ),
    ] = None,
    set_: SetOption = None,
    only: Annotated[
        str | None, typer.Option(help="Print only the public or private message.")
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            help="reply (default), update (the 'still checking' follow-up) or satisfaction "
            "(the check once the case is resolved).",
        ),
    ] = "reply",
    json_: JsonOption = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Print each message's plan next to its words: every move, its variant and "
            "the playbook entry or fact that put it there.",
        ),
    ] = False,
    copy: CopyOption = False,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl", help="Read one case object per stdin line; write one result per line."
        ),
    ] = False,
    no_check: Annotated[
        bool,
        typer.Option(
            "--no-check",
            help="Skip calm check on each reply (bulk runs on templates that "
            "`calm templates check` has already proven clean).",
        ),
    ] = False,
    customer_tz: Annotated[
        str | None,
        typer.Option(
            "--customer-tz",
            metavar="ZONE",
            help="The customer's time zone (IANA name, e.g. America/Mexico_City): the "
            "promise is given in their local time.",
        ),
    ] = None,
    now: NowOption = None,
    playbooks: PlaybooksOption = None,
    templates: TemplatesOption = None,
) -> None:
    """Render a reply for a situation, in the customer's language."""
    from calmcli.errors import UsageError
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.render import Renderer, ReplyRequest, template_dirs

    if jsonl:
        from calmcli.reply.templates_check import SharedRenderer

        # Many lines share a situation: each part is rendered once per distinct value of what
        # it reads (the name and order parts on every line, the others once per situation).
        shared = SharedRenderer(
            load_playbook(playbooks),
            template_dirs(templates),
            aware_now(now) or clock(),
            kept=50_000,
        )
        _reply_jsonl(shared, playbooks, check=not no_check)
        return
    renderer = Renderer(
        load_playbook(playbooks), template_dirs(templates), now=aware_now(now) or clock()
    )
    missing = [flag for flag, value in (("--fault", fault), ("--channel", channel)) if not value]
    if missing:
        raise UsageError(f"missing {' and '.join(missing)} (or use --jsonl with cases on stdin)")
    if kind not in ("reply", "update", "satisfaction"):
        raise UsageError(f"unknown --kind {kind!r}; valid: reply, update, satisfaction")
    if only not in (None, "public", "private"):
        raise UsageError(f"unknown --only {only!r}; valid: public, private")
    request = ReplyRequest(
        fault=fault or "",
        channel=channel or "",
        customer_type=customer_type or "none",
        incident=incident or "other",
        lang=lang,
        customer=customer,
        agent=signing_agent(agent),
        order=order,
        greet_as=greet_as,
        customer_tz=customer_tz,
        vars=parse_assignments(set_),
    )
    result = renderer.render(request, kind)
    for warning in result.warnings:
        from calmcli.views.terminal import warn

        warn(warning)
    checks = None if no_check else _check(result, request.fault, renderer, playbooks)
    emit(_as_result(result, only, checks, explain and not json_), json_)
    if copy:
        _copy(result, only)


def _check(reply: Reply, fault: str, renderer: Renderer, playbooks: Any) -> dict[str, list[Any]]:
    """Run `calm check` on every rendered message: audience -> findings (about 2 ms)."""
    from calmcli.reply.checking import check_reply

    checks = check_reply(reply, fault, playbook=renderer.playbook, extra_dirs=playbooks)
    return {c.audience: list(c.findings) for c in checks}


def _as_result(
    result: Reply, only: str | None, checks: dict[str, list[Any]] | None, explain: bool = False
) -> CommandResult:
    """The reply's messages (all, or the one --only names) with what `calm check` found."""
    from calmcli.errors import UsageError
    from calmcli.views.terminal import inert

    messages = [m for m in result.messages if only is None or m.audience == only]
    if only and not messages:
        raise UsageError(
            f"--only {only}: this channel has no {only} message "
            f"(only social-public replies have two)"
        )
    data = result.as_dict()
    data["messages"] = [
        m.as_dict()
        # No "check" key at all with --no-check: an empty list would claim a clean check.
        | ({} if checks is None else {"check": [f.as_dict() for f in checks.get(m.audience, [])]})
        for m in messages
    ]
    found = [
        f"check: {finding.format(m.audience)}"
        for m in messages
        for finding in (checks or {}).get(m.audience, [])
    ]
    if explain:
        text = "\n\n".join(_explained(m) for m in messages)
    elif len(messages) == 1:
        text = inert(messages[0].text)
    else:  # blocks one blank line apart
        text = "\n\n".join(f"--- {m.audience} message ---\n{inert(m.text)}" for m in messages)
    return CommandResult(data, lines=[text], warnings=found)


def _explained(message: Any) -> str:
    """A message's plan, move by move: `[move/variant] because`, then the move's words."""
    from calmcli.views.terminal import inert

    lines = [f"--- {message.audience} message ({message.register or 'parts'}) ---"]
    if not message.plan:
        return "\n".join([*lines, "(rendered from parts: no plan)", inert(message.text)])
    for move, words in zip(message.plan, message.words, strict=True):
        turn = f" turn {move['turn']}" if "turn" in move else ""
        lines.append(f"[{move['move']}/{move['variant']}{turn}] {move['because']}")
        lines += [f"    {line}" for line in inert(words).splitlines()] or ["    (no words)"]
    return "\n".join(lines)


def _copy(result: Reply, only: str | None) -> None:
    """The message the agent pastes: the only one, the one --only names, else the public."""
    from calmcli.views.clipboard import copy_to_clipboard
    from calmcli.views.terminal import info

    messages = [m for m in result.messages if only in (None, m.audience)]
    chosen = next((m for m in messages if m.audience == "public"), messages[0])
    what = f"the {chosen.audience} message" if len(result.messages) > 1 else "the reply"
    info(copy_to_clipboard(chosen.text, what))


def _reply_jsonl(renderer: object, playbooks: Any, check: bool = True) -> None:
    from calmcli.base.files import stdin_lines
    from calmcli.reply.batch import BatchReplies, reply_lines
    from calmcli.reply.render import Renderer
    from calmcli.reply.sandbox import kept_time_limits

    assert isinstance(renderer, Renderer)
    batch = BatchReplies(renderer, check, playbooks)
    failed = 0
    write = sys.stdout.write
    with kept_time_limits():
        for line, ok in reply_lines(batch, stdin_lines(), default_agent=signing_agent(None)):
            write(line + "\n")
            failed += not ok
    if failed:
        sys.stderr.write(f"calm: {failed} line(s) failed; see their error objects\n")
        from calmcli.errors import EXIT_FAILURE

        raise typer.Exit(EXIT_FAILURE)
