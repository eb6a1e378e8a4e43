"""`calm stats`: the case log's figures for team leads, in the terminal or as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from calmcli.cli.common import gather
from calmcli.cli.help import examples
from calmcli.cli.options import By, JsonOption, Since, Top, Until, Weeks

if TYPE_CHECKING:
    pass


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
) -> None:
    """Show the case log's figures: cases, response times, follow-ups, reopens, trends."""
    from calmcli.views.terminal import print_json

    figures = gather(ctx, since, until, by, weeks, top)
    if as_json:
        from calmcli.caselog.stats import to_dict

        print_json(to_dict(figures))
        return
    from calmcli.views.stats import render

    render(figures)
