"""Options shared by several commands, so they read and behave the same everywhere."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from calmcli.cli import completion

PlaybooksOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--playbooks",
        metavar="DIR",
        file_okay=False,
        autocompletion=completion.folders,
        help="Team playbook folder layered over the bundled one (repeatable; also CALM_PLAYBOOKS).",
        show_default=False,
    ),
]
TemplatesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--templates",
        metavar="DIR",
        file_okay=False,
        autocompletion=completion.folders,
        help="Team reply-template folder layered over the bundled one "
        "(repeatable; also CALM_TEMPLATES).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]

# The situation and the people, named the same in `calm reply` and `calm triage`.
FaultOption = Annotated[
    str | None,
    typer.Option(autocompletion=completion.faults, help="ours, not-ours, unclear or troll."),
]
ChannelOption = Annotated[
    str | None,
    typer.Option(
        autocompletion=completion.channels,
        help="phone, email, chat, social-public or social-private.",
    ),
]
CustomerTypeOption = Annotated[
    str | None,
    typer.Option(
        metavar="TYPE",
        autocompletion=completion.customer_types,
        help="Customer type id (see `calm playbook list`).",
    ),
]
IncidentOption = Annotated[
    str | None,
    typer.Option(
        autocompletion=completion.incidents, help="Incident id (see `calm playbook list`)."
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        metavar="TAG",
        autocompletion=completion.languages,
        help="Customer's language tag, e.g. ca, es-MX, pl.",
    ),
]
CustomerOption = Annotated[
    str | None, typer.Option(metavar="NAME", help="Customer's name or handle.")
]
AgentOption = Annotated[
    str | None,
    typer.Option(
        metavar="NAME",
        help="Your name, as it signs the reply (default: CALM_AGENT, then `agent` in the "
        "config file).",
        show_default=False,
    ),
]
OrderOption = Annotated[str | None, typer.Option(metavar="REF", help="Order or ticket reference.")]
SetOption = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="KEY=VALUE",
        help="A fact for the reply (item, amount, overcharge, delivery_date, carrier_status, "
        "pickup_point, pickup_until, restock_date, alternative, tracking, policy_quote, cause, "
        "address, "
        "compensation, warning_level); repeatable.",
    ),
]


def parse_assignments(pairs: list[str] | None) -> dict[str, str]:
    """Turn repeated `--set KEY=VALUE` into a dict; a pair without '=' is a usage error."""
    from calmcli.errors import UsageError

    values: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--set expects KEY=VALUE, got {pair!r}")
        values[key.strip()] = value
    return values


FileArgument = Annotated[
    str, typer.Argument(help="File to read, or - for stdin.", show_default=False)
]


Since = Annotated[
    str | None,
    typer.Option(
        metavar="WHEN",
        help="Cases created since: 3d, 1w (ago) or an ISO date/time (local).",
        show_default=False,
    ),
]


Until = Annotated[
    str | None,
    typer.Option(
        metavar="WHEN",
        help="Cases created before: 3d, 1w (ago) or an ISO date (that day included).",
        show_default=False,
    ),
]


By = Annotated[str, typer.Option(help="Split by incident, channel, fault, customer-type or agent.")]


Weeks = Annotated[int, typer.Option(min=1, max=104, help="Weeks in the incident trend.")]


Top = Annotated[int, typer.Option(min=1, max=50, help="Incidents in the trend.")]


CopyOption = Annotated[
    bool,
    typer.Option(
        "--copy",
        help="Also put the reply on the clipboard (with two messages, the public one unless "
        "--only says which); one line says so where there is no clipboard.",
    ),
]


NowOption = Annotated[
    str | None,
    typer.Option(
        "--now",
        metavar="TIME",
        help="Take this as the current time (ISO, e.g. 2026-12-03T17:55 in local time, or "
        "with an offset): for scripts, tests and replays.",
    ),
]


def aware_now(text: str | None) -> datetime | None:
    """`--now` as an aware UTC time (a naive one is local time); None when not given."""
    if text is None:
        return None
    from calmcli.base.clock import assume_local
    from calmcli.base.durations import in_range
    from calmcli.errors import UsageError

    try:
        moment = datetime.fromisoformat(text.strip())
        moment = assume_local(moment)  # a naive time is the team's local time
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise UsageError(
            f"bad --now {text!r}; use an ISO time such as 2026-12-03T17:55 or "
            "2026-12-03T17:55+01:00"
        ) from None
    if not in_range(moment):
        raise UsageError(f"--now {text!r} is out of range: calm takes years 1000 to 9998")
    return moment
