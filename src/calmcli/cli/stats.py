"""`calm stats`: the case log's figures for team leads, in the terminal or as JSON."""

from __future__ import annotations

import typer

from calmcli.cli.common import gather
from calmcli.cli.help import examples
from calmcli.cli.options import By, JsonOption, PlaybooksOption, Since, Top, Until, Weeks
from calmcli.cli.result import CommandResult, emit

EXAMPLES = examples(
    "calm stats --since 1w",
    "calm stats --since 2026-11-01 --until 2026-11-30 --by agent --json",
)


def stats(
    ctx: typer.Context,
    since: Since = None,
    until: Until = None,
    by: By = "incident",
    weeks: Weeks = 8,
    top: Top = 5,
    as_json: JsonOption = False,
    playbooks: PlaybooksOption = None,
) -> None:
    """Show the case log's figures: cases, response times, follow-ups, reopens, trends."""
    from calmcli.caselog.stats import to_dict
    from calmcli.views.stats import render

    figures = gather(ctx, since, until, by, weeks, top, playbooks)
    emit(CommandResult(to_dict(figures), view=lambda: render(figures)), as_json)
