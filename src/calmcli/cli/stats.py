"""`calm stats`: the case log's figures for team leads, in the terminal or as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from calmcli.cli.options import JsonOption

if TYPE_CHECKING:
    from calmcli.stats import Stats

Since = Annotated[str | None, typer.Option(
    help="Cases created since: 3d, 1w (ago) or an ISO date/time (local).", show_default=False)]
Until = Annotated[str | None, typer.Option(
    help="Cases created before: 3d, 1w (ago) or an ISO date (that day included).",
    show_default=False)]
By = Annotated[str, typer.Option(help="Split by incident, channel, fault, customer-type or agent.")]
Weeks = Annotated[int, typer.Option(min=1, max=104, help="Weeks in the incident trend.")]
Top = Annotated[int, typer.Option(min=1, max=50, help="Incidents in the trend.")]


def gather(since: str | None, until: str | None, by: str, weeks: int, top: int) -> Stats:
    """Open the configured case log and compute the figures (shared with `calm report`)."""
    from datetime import UTC, datetime

    from calmcli import stats
    from calmcli.cli.cases import opened

    now = datetime.now(UTC)
    start, end = stats.parse_period(since, until, now)
    with opened() as store:
        return stats.compute(store, by, start, end, now, weeks, top)


def stats(since: Since = None, until: Until = None, by: By = "incident", weeks: Weeks = 8,
          top: Top = 5, as_json: JsonOption = False) -> None:
    """Show the case log's figures: cases, response times, follow-ups, reopens, trends."""
    from calmcli.output import print_json

    figures = gather(since, until, by, weeks, top)
    if as_json:
        from calmcli.stats import to_dict

        print_json(to_dict(figures))
        return
    from calmcli.cli.statsview import render

    render(figures)
