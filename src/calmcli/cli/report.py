"""`calm report --html FILE`: the figures as one self-contained HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from calmcli.cli.help import examples
from calmcli.cli.options import By, Since, Top, Until, Weeks

EXAMPLES = examples(
    "calm report --html team-meeting.html --since 4w",
)


def report(
    ctx: typer.Context,
    html: Annotated[
        Path,
        typer.Option("--html", help="The HTML file to write.", dir_okay=False, show_default=False),
    ],
    since: Since = None,
    until: Until = None,
    by: By = "incident",
    weeks: Weeks = 8,
    top: Top = 5,
) -> None:
    """Write the case log's figures as one self-contained HTML file (charts and tables)."""
    from calmcli.base.files import check_writable, write_private
    from calmcli.cli.common import gather
    from calmcli.views import report_html as page
    from calmcli.views.terminal import info

    check_writable(html)  # before the figures are gathered
    text = page.render(gather(ctx, since, until, by, weeks, top))
    write_private(html, text)  # never half a file; 0600, it names agents
    info(f"wrote {html}")
