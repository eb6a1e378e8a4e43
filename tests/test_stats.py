"""calm stats: every figure checked against an independent computation on a generated log."""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import run

from calmcli.base.clock import team_clock
from calmcli.caselog import stats
from calmcli.caselog.model import Case, Event, FollowUp, utc_text
from calmcli.caselog.port import CaseStore
from calmcli.storage import open_store
from calmcli.views.report_html import render as render_html

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
INCIDENTS = ("shipping-delay", "damaged-item", "billing", "other")
CHANNELS = ("phone", "email", "chat")
AGENTS = ("ann", "bob", "eve")


def generate(count: int, seed: int = 6) -> list[Case]:
    """A log over the ten weeks before NOW, at whole seconds, with every kind of event."""
    rng = random.Random(seed)
    cases = []
    for n in range(count):
        created = NOW - timedelta(seconds=rng.randrange(70 * 86400))
        agent = rng.choice(AGENTS)
        events = [(created, "created", {})]
        if rng.random() < 0.85:
            events.append((created + timedelta(seconds=rng.randrange(3 * 86400)), "reply", {}))
        status, warning = rng.choice(("open", "waiting")), 0
        if rng.random() < 0.6:
            status = rng.choice(("resolved", "closed"))
            resolved = created + timedelta(seconds=rng.randrange(1, 9 * 86400))
            move = {"from": "open", "to": status}
            if status == "closed":  # closed resolved (as an import may hold), or not resolved
                move["outcome"] = rng.choice(("resolved", "abandoned", "unresolved", "duplicate"))
            events.append((resolved, "status-change", move))
            if rng.random() < 0.15:
                events.append(
                    (resolved + timedelta(hours=5), "status-change", {"from": status, "to": "open"})
                )
                status = "open"
        for level in range(1, rng.choice((1, 1, 1, 1, 2, 3, 4))):
            events.append((created + timedelta(minutes=level), "warning", {"level": level}))
            warning = level
        followups = []
        for seq in range(1, rng.choice((0, 1, 1, 2)) + 1):
            due = created + timedelta(seconds=rng.randrange(6 * 86400))
            done = rng.choice((None, due - timedelta(hours=1), due + timedelta(hours=2), due))
            cancelled = done is not None and rng.random() < 0.1
            followups.append(
                FollowUp(
                    "",
                    seq,
                    rng.choice(("follow-up", "satisfaction")),
                    utc_text(due),
                    "call",
                    utc_text(created),
                    None if done is None else utc_text(done),
                    cancelled,
                )
            )
        case_id = f"C-T{n:05d}"
        cases.append(
            Case(
                id=case_id,
                created_at=utc_text(created),
                updated_at=utc_text(created),
                agent=agent,
                status=status,
                channel=rng.choice(CHANNELS),
                fault="ours",
                customer_type="none",
                incident=rng.choice(INCIDENTS),
                lang="en",
                compensation=rng.choice((None,) * 8 + ("refund", "discount 10%")),
                warning_level=warning,
                events=tuple(
                    Event(seq, utc_text(at), kind, agent, "", data)
                    for seq, (at, kind, data) in enumerate(events, start=1)
                ),
                followups=tuple(FollowUp(case_id, *vars_of(f)[1:]) for f in followups),
            )
        )
    return cases


def vars_of(item: FollowUp) -> tuple[object, ...]:
    return (
        item.case_id,
        item.seq,
        item.kind,
        item.due_at,
        item.reason,
        item.created_at,
        item.done_at,
        item.cancelled,
        item.suggest_sale,
    )


@pytest.fixture(scope="module")
def log() -> list[Case]:
    return generate(3000)


@pytest.fixture
def store(log: list[Case], calm_home: Path, backend: object) -> Iterator[CaseStore]:
    opened = open_store()  # on each backend (conftest's `backend`: SQLite, PostgreSQL)
    opened.import_cases(log)
    yield opened
    opened.close()


# --- the independent computation ------------------------------------------------------------


def t(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def p90(values: list[int]) -> float:
    return (
        values[0]
        if len(values) == 1
        else statistics.quantiles(values, n=10, method="inclusive")[-1]
    )


def expected(cases: list[Case], key: str) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        groups[getattr(case, key)].append(case)
    groups["all"] = list(cases)
    for name, members in groups.items():
        replies, resolutions, resolved, reopened = [], [], 0, 0
        states: Counter[str] = Counter()
        for case in members:
            created = t(case.created_at)
            reply = [t(e.at) for e in case.events if e.kind == "reply"]
            if reply:
                replies.append(int((min(reply) - created).total_seconds()) // 60)
            ends = [  # abandoned, unresolved or a duplicate: closed, not resolved
                t(e.at)
                for e in case.events
                if e.kind == "status-change"
                and (
                    e.data["to"] == "resolved"
                    or (e.data["to"] == "closed" and e.data.get("outcome") == "resolved")
                )
            ]
            if ends:
                resolutions.append(int((min(ends) - created).total_seconds()) // 60)
                resolved += 1
                reopened += any(
                    e.kind == "status-change" and e.data["to"] == "open" for e in case.events
                )
            for f in case.followups:
                if f.cancelled:
                    states["cancelled"] += 1
                elif f.done_at is None:
                    states["overdue" if t(f.due_at) < NOW else "pending"] += 1
                else:
                    states["on_time" if t(f.done_at) <= t(f.due_at) else "late"] += 1
        out[name] = {
            "cases": len(members),
            "status": Counter(c.status for c in members),
            "first_response": (len(replies), statistics.median(replies), p90(replies)),
            "resolution": (len(resolutions), statistics.median(resolutions), p90(resolutions)),
            "reopen": (resolved, reopened),
            "followups": states,
            "compensated": sum(c.compensation is not None for c in members),
            "warnings": sum(c.warning_level for c in members),
        }
    return out


def check_group(group: stats.Group, want: dict[str, object], total: int) -> None:
    assert group.cases == want["cases"]
    assert group.share == round(group.cases / total, 4)
    status = want["status"]
    assert isinstance(status, Counter)
    assert group.status == {s: status[s] for s in ("open", "waiting", "resolved", "closed")}
    for name in ("first_response", "resolution"):
        measured: stats.Durations = getattr(group, name)
        count, median, ninetieth = want[name]  # type: ignore[misc]
        assert measured.cases == count
        assert measured.median_minutes == pytest.approx(median, abs=0.01)
        assert measured.p90_minutes == pytest.approx(ninetieth, abs=0.01)
    assert (group.resolved_cases, group.reopened_cases) == want["reopen"]
    states = want["followups"]
    assert isinstance(states, Counter)
    assert {s: getattr(group.followups, s) for s in stats.FOLLOWUP_STATES} == {
        s: states[s] for s in stats.FOLLOWUP_STATES
    }
    assert group.compensated == want["compensated"]
    assert group.warnings == want["warnings"]


# --- tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "by, key", [("incident", "incident"), ("agent", "agent"), ("channel", "channel")]
)
def test_figures_match_an_independent_computation(
    store: CaseStore, log: list[Case], by: str, key: str
) -> None:
    figures = stats.compute(store, by, now=NOW)
    want = expected(log, key)
    assert {g.key for g in figures.groups} == set(want) - {"all"}
    for group in [*figures.groups, figures.total]:
        check_group(group, want[group.key], len(log))
    assert [g.cases for g in figures.groups] == sorted(
        (g.cases for g in figures.groups), reverse=True
    )
    kinds = Counter(c.compensation for c in log if c.compensation)
    assert dict(figures.compensation) == dict(kinds)
    levels = Counter(c.warning_level for c in log if c.warning_level)
    assert figures.warning_levels == {stats.WARNING_NAMES[k]: v for k, v in levels.items()}


def test_a_period_selects_cases_by_creation_time(store: CaseStore, log: list[Case]) -> None:
    since, until = NOW - timedelta(days=30), NOW - timedelta(days=9)
    figures = stats.compute(store, "incident", since, until, now=NOW)
    chosen = [c for c in log if since <= t(c.created_at) < until]
    want = expected(chosen, "incident")
    for group in [*figures.groups, figures.total]:
        check_group(group, want[group.key], len(chosen))


def test_weekly_trend_of_the_top_incidents(store: CaseStore, log: list[Case]) -> None:
    with team_clock("UTC"):  # the team's weeks are UTC weeks here, whatever the host's zone
        figures = stats.compute(store, "channel", now=NOW, weeks=6, top=3)
    mondays = [date(2026, 10, 19) + timedelta(weeks=k) for k in range(6)]
    assert figures.weeks == mondays
    totals = Counter(c.incident for c in log)
    top = sorted(totals, key=lambda name: (-totals[name], name))[:3]
    assert [tr.incident for tr in figures.trend] == top
    for trend in figures.trend:
        weekly = [
            sum(
                1
                for c in log
                if c.incident == trend.incident
                and datetime.combine(day, datetime.min.time(), UTC)
                <= t(c.created_at)
                < min(NOW, datetime.combine(day + timedelta(weeks=1), datetime.min.time(), UTC))
            )
            for day in mondays
        ]
        assert trend.weekly == weekly
        assert trend.cases == totals[trend.incident]


@pytest.fixture
def auckland(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_weeks_are_local_weeks(auckland: None, calm_home: Path) -> None:
    # Sunday 2026-11-22 13:30 UTC is already Monday 02:30 in Auckland (UTC+13, summer time).
    store = open_store()
    monday_local = datetime(2026, 11, 22, 13, 30, tzinfo=UTC)
    store.import_cases(
        [_case("C-TZ001", monday_local), _case("C-TZ002", monday_local - timedelta(hours=3))]
    )
    figures = stats.compute(store, now=NOW, weeks=2)
    store.close()
    assert figures.weeks == [date(2026, 11, 16), date(2026, 11, 23)]
    assert figures.trend[0].weekly == [1, 1]
    assert "UTC+13:00" in figures.timezone
    # and a bare --until date means the end of that local day
    _, until = stats.parse_period(None, "2026-11-23", NOW)
    assert until == datetime(2026, 11, 23, 11, 0, tzinfo=UTC)


def _case(case_id: str, created: datetime, **extra: object) -> Case:
    at = utc_text(created)
    case = Case(
        case_id,
        at,
        at,
        "ann",
        "open",
        "email",
        "ours",
        "none",
        "billing",
        "en",
        events=(Event(1, at, "created", "ann"),),
    )
    return replace(case, **extra)  # type: ignore[arg-type]


def test_empty_log(calm_home: Path) -> None:
    result = run("stats", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total"]["cases"] == 0 and data["groups"] == []
    assert data["total"]["first_response"] == {
        "cases": 0,
        "median_minutes": None,
        "p90_minutes": None,
    }
    assert data["total"]["reopen_rate"] is None
    assert data["total"]["followups"]["on_time_rate"] is None
    assert data["trend"]["incidents"] == [] and len(data["trend"]["weeks"]) == 8
    assert run("stats").exit_code == 0
    html = render_html(stats.compute(open_store(), now=NOW))
    assert "No cases in this period." in html


def test_one_case_without_follow_ups(calm_home: Path) -> None:
    store = open_store()
    created = NOW - timedelta(days=1)
    case = _case(
        "C-ONE01",
        created,
        status="resolved",
        events=(
            Event(1, utc_text(created), "created", "ann"),
            Event(2, utc_text(created + timedelta(minutes=42)), "reply", "ann"),
            Event(
                3,
                utc_text(created + timedelta(hours=5)),
                "status-change",
                "ann",
                "",
                {"from": "open", "to": "resolved"},
            ),
        ),
    )
    store.import_cases([case])
    figures = stats.compute(store, now=NOW)
    store.close()
    total = figures.total
    assert (total.cases, total.share) == (1, 1.0)
    assert total.first_response == stats.Durations(1, 42, 42)
    assert total.resolution == stats.Durations(1, 300, 300)
    assert total.reopen_rate == 0 and total.followups == stats.FollowUps()
    assert total.followups.on_time_rate is None


def test_cli_json_text_and_errors(store: CaseStore, log: list[Case]) -> None:
    result = run("stats", "--json", "--by", "customer-type", "--since", "2026-01-01")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["by"] == "customer-type" and data["total"]["cases"] == len(log)
    assert [g["key"] for g in data["groups"]] == ["none"]
    assert set(data) == {
        "schema",
        "period",
        "generated_at",
        "timezone",
        "by",
        "total",
        "groups",
        "compensation",
        "warnings",
        "trend",
    }
    text = run("stats", "--by", "agent")
    assert text.exit_code == 0
    lines = text.stdout.splitlines()
    assert lines[0].startswith(f"{len(log)} case(s) created all time")
    assert "# Cases by agent" in lines and "# Follow-ups" in lines
    assert "\x1b[" not in text.stdout  # plain when piped
    bad = run("stats", "--by", "colour")
    assert bad.exit_code == 2 and "unknown --by 'colour'" in bad.stderr
    backwards = run("stats", "--since", "1d", "--until", "2w")
    assert backwards.exit_code == 2 and "--since must be before --until" in backwards.stderr
    assert run("stats", "--until", "yesterday").exit_code == 2


def test_terminal_view_draws_bars(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from calmcli.views import stats as statsview

    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    statsview.render(stats.compute(store, now=NOW))
    out = capsys.readouterr().out
    assert "█" in out and "Follow-ups" in out and "Most recurring incidents" in out


def test_html_report_is_self_contained(store: CaseStore, log: list[Case], tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = run("report", "--html", str(target), "--by", "agent")
    assert result.exit_code == 0, result.stderr
    html = target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o600
    assert html.count("<svg") == 7 and html.count("<table>") == 6
    assert "<script" not in html and "Content-Security-Policy" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html
    assert f"<b>{len(log)}</b><span>cases</span>" in html


def test_html_escapes_values(calm_home: Path) -> None:
    store = open_store()
    store.import_cases(
        [_case("C-ESC01", NOW - timedelta(hours=1), compensation="<script>alert(1)</script>")]
    )
    html = render_html(stats.compute(store, now=NOW))
    store.close()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_case_closed_unresolved_is_not_a_resolution_and_draws_no_bar(calm_home: Path) -> None:
    """Issue 14 point 10: abandoned, unresolved or a duplicate closed is not a resolution; a
    group with nothing resolved shows no time to resolution (no "0.0 h" bar)."""
    store = open_store()
    start = NOW - timedelta(days=2)
    closes = {"C-RES01": "resolved", "C-ABA01": "abandoned", "C-DUP01": "duplicate"}
    store.import_cases(
        [
            _case(
                case_id,
                start,
                status="resolved" if outcome == "resolved" else "closed",
                incident="billing" if outcome == "resolved" else "other",
                events=(
                    Event(1, utc_text(start), "created", "ann"),
                    Event(
                        2,
                        utc_text(start + timedelta(hours=5)),
                        "status-change",
                        "ann",
                        "",
                        {
                            "from": "open",
                            "to": "resolved" if outcome == "resolved" else "closed",
                            "outcome": outcome,
                        },
                    ),
                ),
            )
            for case_id, outcome in closes.items()
        ]
    )
    figures = stats.compute(store, now=NOW)
    store.close()
    assert figures.total.resolution == stats.Durations(1, 300, 300)
    other = next(g for g in figures.groups if g.key == "other")
    assert other.resolution == stats.Durations(0, None, None)
    html = render_html(figures)
    times = html[html.index("<h3>Time to resolution</h3>") :]
    times = times[: times.index("</svg>")]
    assert "0.0 h" not in times and "not measured" in times
    assert "billing: 5.0 h" in times


@pytest.mark.parametrize("high", [*range(0, 60), 99, 100, 101, 999, 12345])
def test_integer_axes_have_distinct_ticks(high: int) -> None:
    from calmcli.views.report_html import integer_ticks

    ticks = integer_ticks(high)
    assert ticks[0] == 0 and ticks[-1] >= high and 2 <= len(ticks) <= 5
    assert all(isinstance(t, int) for t in ticks) and len(set(ticks)) == len(ticks)
    assert ticks == sorted(ticks) and ticks[-2] < max(high, 1)  # no idle tick above the top


def test_the_trend_axis_of_small_counts_is_0_1_2() -> None:
    from calmcli.views.report_html import line_chart

    svg = line_chart(["w1", "w2", "w3"], [("billing", [2, 1, 0], "#000")], "Cases per week")
    labels = re.findall(r'text-anchor="end">(\d+)</text>', svg)
    assert labels == ["0", "1", "2"]
