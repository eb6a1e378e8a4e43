"""`calm report --html`: the stats as one self-contained HTML page for a team meeting.

Inline CSS, inline SVG charts drawn here, no script and nothing fetched when viewed (a
Content-Security-Policy forbids it). Every chart is followed by a table of its numbers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape

from calmcli.base.clock import local
from calmcli.caselog.stats import Durations, Group, Stats

PALETTE = ("#2f6db5", "#e07b39", "#3a9a5b", "#c0392b", "#8e6bbf", "#7f8c8d", "#c9a227")
STATE_COLOURS = {
    "on time": "#3a9a5b",
    "late": "#e0a339",
    "overdue": "#c0392b",
    "pending": "#9db7d5",
    "cancelled": "#b8b8b8",
}
WIDTH = 760
ROW = 26
LABEL = 170

CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2733;
       margin: 0; background: #f5f7fa; }
main { max-width: 960px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
h1 { font-size: 26px; margin: 8px 0 4px; } h2 { font-size: 19px; margin: 36px 0 8px; }
h3 { font-size: 15px; margin: 14px 0 0; }
.meta { color: #5b6775; margin: 0 0 20px; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.tile { border: 1px solid #dde3ea; border-radius: 8px; padding: 10px 12px; }
.tile b { display: block; font-size: 22px; } .tile span { color: #5b6775; font-size: 13px; }
svg { display: block; margin: 8px 0; } svg text { font: 12px system-ui, sans-serif; fill: #1d2733; }
table { border-collapse: collapse; margin: 6px 0 4px; font-size: 13px; }
th, td { border-bottom: 1px solid #e4e8ee; padding: 3px 10px; text-align: right; }
th:first-child, td:first-child { text-align: left; } th { background: #f0f3f7; }
tr.total td { font-weight: 600; border-top: 2px solid #c9d1db; }
details summary { cursor: pointer; color: #2f6db5; font-size: 13px; }
.empty { color: #5b6775; font-style: italic; }
.unmeasured { fill: #5b6775; font-style: italic; }
"""


def render(figures: Stats, title: str = "Customer care: case log report") -> str:
    """The whole page as one string."""
    from calmcli.views.stats import minutes, percent, period_line

    total = figures.total
    tiles = [
        (str(total.cases), "cases"),
        (minutes(total.first_response.median_minutes), "median first response"),
        (minutes(total.resolution.median_minutes), "median time to resolution"),
        (percent(total.reopen_rate), "reopen rate"),
        (percent(total.followups.on_time_rate), "follow-ups done on time"),
        (str(total.followups.overdue), "follow-ups overdue now"),
        (str(total.compensated), "cases with compensation"),
        (str(total.warnings), "abusive-customer warnings"),
    ]
    body = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">{escape(period_line(figures))}. Generated '
        f"{escape(_local(figures.generated_at))}.</p>",
        '<div class="tiles">'
        + "".join(
            f'<div class="tile"><b>{escape(v)}</b><span>{escape(k)}</span></div>' for v, k in tiles
        )
        + "</div>",
        *_cases_section(figures),
        *_times_section(figures),
        *_followups_section(figures),
        *_trend_section(figures),
        *_compensation_section(figures),
        *_warnings_section(figures),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body><main>\n"
        + "\n".join(body)
        + "\n</main></body></html>\n"
    )


def _local(moment: datetime) -> str:
    return local(moment).strftime("%Y-%m-%d %H:%M %Z")


# --- sections ---------------------------------------------------------------------------------


def _cases_section(figures: Stats) -> list[str]:
    from calmcli.views.stats import percent

    groups = figures.groups
    chart = hbar_chart(
        [g.key for g in groups],
        [("cases", [g.cases for g in groups], PALETTE[0])],
        "Cases by " + figures.by,
    )
    rows = [[g.key, g.cases, percent(g.share), *g.status.values()] for g in groups]
    return [
        f"<h2>Cases by {escape(figures.by)}</h2>",
        chart,
        table(
            [figures.by, "cases", "share", "open", "waiting", "resolved", "closed"],
            rows,
            [
                figures.total.key,
                figures.total.cases,
                percent(figures.total.share),
                *figures.total.status.values(),
            ],
        ),
    ]


def _times_section(figures: Stats) -> list[str]:
    from calmcli.views.stats import minutes, percent

    out = [
        "<h2>First response and time to resolution</h2>",
        '<p class="meta">From the case\'s creation to the first reply, and to its '
        "resolution (closed abandoned, unresolved or as a duplicate is not one), in hours: "
        "blue the median, orange the 90th percentile; no bar where nothing was measured.</p>",
    ]
    groups = figures.groups
    for name, attribute in (
        ("First response", "first_response"),
        ("Time to resolution", "resolution"),
    ):

        def pick(g: Group, attribute: str = attribute) -> Durations:
            return getattr(g, attribute)  # type: ignore[no-any-return]

        out.append(f"<h3>{name}</h3>")
        out.append(
            hbar_chart(
                [g.key for g in groups],
                [
                    ("median", [_hours(pick(g).median_minutes) for g in groups], PALETTE[0]),
                    ("90th percentile", [_hours(pick(g).p90_minutes) for g in groups], PALETTE[1]),
                ],
                name + " (hours)",
                number=lambda v: f"{v:.1f} h",
            )
        )

    def row(g: Group) -> list[object]:
        return [
            g.key,
            g.first_response.cases,
            minutes(g.first_response.median_minutes),
            minutes(g.first_response.p90_minutes),
            g.resolution.cases,
            minutes(g.resolution.median_minutes),
            minutes(g.resolution.p90_minutes),
            percent(g.reopen_rate),
        ]

    out.append(
        table(
            [
                figures.by,
                "replied",
                "first response (median)",
                "p90",
                "resolved",
                "resolution (median)",
                "p90",
                "reopen rate",
            ],
            [row(g) for g in groups],
            row(figures.total),
        )
    )
    return out


def _followups_section(figures: Stats) -> list[str]:
    from calmcli.views.stats import percent

    groups = [*figures.groups, figures.total]

    def counts(g: Group) -> list[int]:
        f = g.followups
        return [f.on_time, f.late, f.overdue, f.pending, f.cancelled]

    series = [
        (state, [counts(g)[n] for g in groups], colour)
        for n, (state, colour) in enumerate(STATE_COLOURS.items())
    ]
    chart = hbar_chart([g.key for g in groups], series, "Follow-ups", stacked=True)
    rows = [[g.key, *counts(g), percent(g.followups.on_time_rate)] for g in figures.groups]
    total = [
        figures.total.key,
        *counts(figures.total),
        percent(figures.total.followups.on_time_rate),
    ]
    return [
        "<h2>Follow-ups: done on time, late, still overdue</h2>",
        chart,
        table([figures.by, *STATE_COLOURS, "on-time rate"], rows, total),
    ]


def _trend_section(figures: Stats) -> list[str]:
    weeks = [d.strftime("%d %b") for d in figures.weeks]
    series = [
        (t.incident, t.weekly, PALETTE[n % len(PALETTE)]) for n, t in enumerate(figures.trend)
    ]
    return [
        "<h2>Most recurring incidents, week by week</h2>",
        '<p class="meta">Weeks start on Monday, local time; the last week runs to the end '
        "of the period.</p>",
        line_chart(weeks, series, "Cases per week"),
        table(
            ["incident", "cases", *weeks], [[t.incident, t.cases, *t.weekly] for t in figures.trend]
        ),
    ]


def _compensation_section(figures: Stats) -> list[str]:
    kinds = figures.compensation
    return [
        "<h2>Compensation given</h2>",
        hbar_chart(
            [k for k, _ in kinds],
            [("cases", [n for _, n in kinds], PALETTE[2])],
            "Compensation given",
        ),
        table(["given", "cases"], [list(k) for k in kinds], ["any", figures.total.compensated]),
    ]


def _warnings_section(figures: Stats) -> list[str]:
    levels = list(figures.warning_levels.items())
    return [
        "<h2>Abusive-customer warnings</h2>",
        hbar_chart(
            [k for k, _ in levels],
            [("cases", [n for _, n in levels], PALETTE[3])],
            "Cases by highest warning level",
        ),
        table(
            ["highest level", "cases"],
            [list(k) for k in levels],
            ["warnings given", figures.total.warnings],
        ),
    ]


def _hours(value: float | None) -> float | None:
    return None if value is None else value / 60  # not measured: no bar, not a 0.0 h one


# --- drawing ----------------------------------------------------------------------------------


def table(
    columns: Sequence[str], rows: Sequence[Sequence[object]], total: Sequence[object] | None = None
) -> str:
    """The numbers behind a chart."""
    if not rows:
        return '<p class="empty">No cases in this period.</p>'
    head = "".join(f"<th>{escape(str(c))}</th>" for c in columns)
    lines = ["<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>" for row in rows]
    if total is not None:
        lines.append(
            '<tr class="total">' + "".join(f"<td>{escape(str(v))}</td>" for v in total) + "</tr>"
        )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(lines)}</tbody></table>"


def _svg(height: int, title: str, parts: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{''.join(parts)}</svg>"
    )


Series = Sequence[tuple[str, Sequence[float | None], str]]


def _legend(series: Series, y: int) -> list[str]:
    parts, x = [], LABEL
    for name, _, colour in series:
        parts.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{y + 10}">{escape(name)}</text>'
        )
        x += 24 + 8 * len(name)
    return parts


def hbar_chart(
    labels: Sequence[str],
    series: Series,
    title: str,
    stacked: bool = False,
    number: Callable[[float], str] = lambda v: f"{v:g}",
) -> str:
    """Horizontal bars, one row per label: side by side per series, or stacked. A value that
    was not measured (None: no case resolved, no reply yet) gets no bar, and says so."""
    if not labels:
        return ""
    sums = [sum(s[1][i] or 0 for s in series) for i in range(len(labels))]
    measured = [v for s in series for v in s[1] if v is not None]
    top = max(sums if stacked else measured, default=0) or 1
    span = WIDTH - LABEL - 90
    band = ROW if stacked else max(ROW, 10 + 14 * len(series))
    parts = _legend(series, 4) if len(series) > 1 else []
    y0 = 24 if len(series) > 1 else 4
    for i, label in enumerate(labels):
        y = y0 + i * band
        parts.append(
            f'<text x="{LABEL - 8}" y="{y + band / 2 + 4:.0f}" text-anchor="end">'
            f"{escape(label)}</text>"
        )
        x = float(LABEL)
        for n, (_, values, colour) in enumerate(series):
            value = values[i]
            bar_y, bar_h = (y + 4, band - 8) if stacked else (y + 4 + n * 14, 12)
            if value is None:
                if not stacked:
                    parts.append(
                        f'<text x="{x + 4:.1f}" y="{bar_y + 10}" class="unmeasured">'
                        "not measured</text>"
                    )
                continue
            width = value / top * span
            parts.append(
                f'<rect x="{x:.1f}" y="{bar_y}" width="{width:.1f}" height="{bar_h}" '
                f'fill="{colour}"><title>{escape(label)}: {escape(number(value))}'
                "</title></rect>"
            )
            if stacked:
                x += width
            else:
                parts.append(
                    f'<text x="{x + width + 4:.1f}" y="{bar_y + 10}">{escape(number(value))}</text>'
                )
        if stacked:
            parts.append(
                f'<text x="{x + 4:.1f}" y="{y + band / 2 + 4:.0f}">{escape(number(sums[i]))}</text>'
            )
    return _svg(y0 + len(labels) * band + 4, title, parts)


def line_chart(
    x_labels: Sequence[str], series: Sequence[tuple[str, Sequence[int], str]], title: str
) -> str:
    """One line per series over the x labels, counts on a whole-number y axis from 0, each tick
    a distinct number (0, 1, 2 for a top of 2; never "2, 2, 1, 0, 0")."""
    if not x_labels or not series:
        return ""
    height, left, top_y, bottom = 260, 48, 34, 30
    plot_w, plot_h = WIDTH - left - 40, height - top_y - bottom
    ticks = integer_ticks(max((max(values) for _, values, _ in series), default=0))
    high = ticks[-1]
    step = plot_w / max(len(x_labels) - 1, 1)
    parts = [
        f'<line x1="{left}" y1="{top_y + plot_h}" x2="{left + plot_w}" '
        f'y2="{top_y + plot_h}" stroke="#8a96a3"/>'
    ]
    for value in ticks:
        y = top_y + plot_h - plot_h * value / high
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" '
            f'stroke="#e4e8ee"/><text x="{left - 6}" y="{y + 4:.1f}" '
            f'text-anchor="end">{value}</text>'
        )
    for i, label in enumerate(x_labels):
        parts.append(
            f'<text x="{left + i * step:.1f}" y="{height - 10}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    for name, values, colour in series:
        points = [
            (left + i * step, top_y + plot_h - v / high * plot_h) for i, v in enumerate(values)
        ]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{colour}" '
            f'stroke-width="2.5"><title>{escape(name)}</title></polyline>'
        )
        parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>' for x, y in points]
    legend = [(n, v, c) for n, v, c in series]
    return _svg(height, title, [*parts, *_shift(_legend(legend, 6), left - LABEL)])


def integer_ticks(high: float) -> list[int]:
    """0 up to at least `high` in whole steps of 1, 2, 5, 10, 20, 50..., at most five ticks."""
    top = max(math.ceil(high), 1)
    step = 1
    while math.ceil(top / step) > 4:
        magnitude = 10 ** (len(str(step)) - 1)
        step = {1: 2, 2: 5, 5: 10}[step // magnitude] * magnitude
    return list(range(0, step * math.ceil(top / step) + 1, step))


def _shift(parts: list[str], dx: int) -> list[str]:
    return [f'<g transform="translate({dx},0)">{"".join(parts)}</g>']
