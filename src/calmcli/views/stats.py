"""Show `calm stats` figures: Rich tables with bar charts in a terminal, plain text in a pipe."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from calmcli.base.clock import local
from calmcli.caselog.stats import Group, Stats

if TYPE_CHECKING:
    from rich.text import Text

BAR_WIDTH = 24
SPARKS = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True)
class Section:
    title: str
    columns: list[str]
    rows: list[list[str]]
    bars: list[float | None] | None = None  # per row, 0..1, drawn as a bar in a terminal
    total_row: bool = False  # the last row sums the others (a rule above it)


def minutes(value: float | None) -> str:
    """42m, 3h 05m, 2d 4h; an em dash when nothing was measured."""
    if value is None:
        return "—"
    whole = int(round(value))
    if whole < 60:
        return f"{value:g}m" if value != whole else f"{whole}m"
    if whole < 24 * 60:
        return f"{whole // 60}h {whole % 60:02}m"
    return f"{whole // 1440}d {whole % 1440 // 60}h"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def period_line(figures: Stats) -> str:
    def day(moment: object) -> str:
        from datetime import datetime

        return local(moment).strftime("%Y-%m-%d %H:%M") if isinstance(moment, datetime) else "…"

    span = (
        "all time"
        if figures.since is None and figures.until is None
        else f"{day(figures.since)} to {day(figures.until)}"
    )
    return f"{figures.total.cases} case(s) created {span} (times in {figures.timezone})"


def sections(figures: Stats) -> list[Section]:
    """Every table of the stats, as plain strings (the terminal and the pipe show the same)."""
    groups, total = figures.groups, figures.total
    top = max((g.cases for g in groups), default=0)
    label = figures.by
    return [
        Section(
            f"Cases by {label}",
            [label, "cases", "share", "open", "waiting", "resolved", "closed"],
            [
                [g.key, str(g.cases), percent(g.share), *map(str, g.status.values())]
                for g in [*groups, total]
            ],
            [g.cases / top if top else 0 for g in groups] + [None],
            True,
        ),
        Section(
            "Response and resolution (median / 90th percentile)",
            [
                label,
                "replied",
                "first response",
                "p90",
                "resolved",
                "resolution",
                "p90",
                "reopen rate",
            ],
            [_times(g) for g in [*groups, total]],
            total_row=True,
        ),
        Section(
            "In business time: the team's opening hours (median / 90th percentile)",
            [label, "first response", "p90", "resolution", "p90", "within target"],
            [_business_times(g) for g in [*groups, total]],
        ),
        Section(
            "Follow-ups",
            [label, "on time", "late", "overdue", "pending", "cancelled", "on-time rate"],
            [
                [
                    g.key,
                    *(
                        str(v)
                        for v in (
                            g.followups.on_time,
                            g.followups.late,
                            g.followups.overdue,
                            g.followups.pending,
                            g.followups.cancelled,
                        )
                    ),
                    percent(g.followups.on_time_rate),
                ]
                for g in [*groups, total]
            ],
            [g.followups.on_time_rate for g in [*groups, total]],
            True,
        ),
        Section(
            "Compensation given",
            ["given", "cases", "share of cases"],
            [
                [given, str(n), percent(n / total.cases if total.cases else None)]
                for given, n in figures.compensation
            ]
            + [
                [
                    "any",
                    str(total.compensated),
                    percent(total.compensated / total.cases if total.cases else None),
                ]
            ],
        ),
        Section(
            "Abusive-customer warnings",
            ["highest level", "cases"],
            [[name, str(n)] for name, n in figures.warning_levels.items()]
            + [["warnings given", str(total.warnings)]],
        ),
        Section(
            "Most recurring incidents, week by week (weeks start Monday, local time)",
            ["incident", "cases", *(d.strftime("%m-%d") for d in figures.weeks), "trend"],
            [
                [t.incident, str(t.cases), *map(str, t.weekly), spark(t.weekly)]
                for t in figures.trend
            ],
        ),
    ]


def _times(g: Group) -> list[str]:
    return [
        g.key,
        str(g.first_response.cases),
        minutes(g.first_response.median_minutes),
        minutes(g.first_response.p90_minutes),
        str(g.resolution.cases),
        minutes(g.resolution.median_minutes),
        minutes(g.resolution.p90_minutes),
        percent(g.reopen_rate),
    ]


def _business_times(g: Group) -> list[str]:
    target = g.first_response_target
    return [
        g.key,
        minutes(g.first_response_business.median_minutes),
        minutes(g.first_response_business.p90_minutes),
        minutes(g.resolution_business.median_minutes),
        minutes(g.resolution_business.p90_minutes),
        f"{percent(target.rate)} of {target.cases}" if target.cases else "-",
    ]


def spark(values: list[int]) -> str:
    high = max(values, default=0)
    if not high:
        return SPARKS[0] * len(values)
    return "".join(SPARKS[min(len(SPARKS) - 1, v * (len(SPARKS) - 1) // high)] for v in values)


def render(figures: Stats) -> None:
    """Print the figures: Rich in a terminal, plain tab-separated sections when piped."""
    if sys.stdout.isatty():
        _rich(figures)
        return
    from calmcli.views.terminal import tsv_field

    out = [period_line(figures)]
    for section in sections(figures):
        out += ["", f"# {section.title}", "\t".join(section.columns)]
        out += ["\t".join(tsv_field(cell) for cell in row) for row in section.rows]
    sys.stdout.write("\n".join(out) + "\n")


def _rich(figures: Stats) -> None:
    from rich.table import Table
    from rich.text import Text

    from calmcli.views.terminal import console, inert

    screen = console()
    screen.print(Text(period_line(figures), style="bold"))
    for section in sections(figures):
        grid = Table(title=section.title, title_justify="left", title_style="bold")
        for n, column in enumerate(section.columns):
            grid.add_column(column, justify="left" if n == 0 else "right")
        if section.bars is not None:
            grid.add_column("")
        for n, row in enumerate(section.rows):
            cells: list[str | Text] = [Text(inert(cell)) for cell in row]
            if section.bars is not None:
                cells.append(_bar(section.bars[n]))
            grid.add_row(*cells, end_section=section.total_row and n == len(section.rows) - 2)
        screen.print(grid)


def _bar(value: float | None) -> Text:
    from rich.text import Text

    if value is None:
        return Text("")
    filled = round(value * BAR_WIDTH)
    return Text("█" * filled + "░" * (BAR_WIDTH - filled), style="cyan")
