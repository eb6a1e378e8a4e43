"""Issue 12 point 5: cases record when the customer wrote (`--received`, `received` in JSON),
first response counts from it, and `calm stats` gives response and resolution times in the
team's opening hours and the share of first replies within each channel's target. Run on a
real SQLite log and on the real PostgreSQL server (the `backend` fixture)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run, write_tree

TEAM = {
    "settings.yaml": "settings:\n  calendar:\n    time_zone: UTC\n",
    "channels.yaml": "channels:\n  - id: email\n    first_response: 4 business hours\n",
}


def calm(*args: str, input: str | None = None) -> str:
    result = run(*args, input=input)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def add(now: str, received: str, *flags: str) -> str:
    return calm(
        "--now", now, "cases", "add", "--channel", "email", "--received", received,
        "--reply", "We are on it.", "--follow-up", "none", *flags,
    ).strip()  # fmt: skip


@pytest.mark.usefixtures("backend")
def test_first_response_and_resolution_in_business_time(tmp_path: Path) -> None:
    team = str(write_tree(tmp_path / "team", TEAM))
    # Friday 4 December 2026: written 17:00, answered 17:30 (30 min either way).
    first = add("2026-12-04T17:30+00:00", "2026-12-04T17:00+00:00")
    # Written Friday 17:50, answered Monday 09:20: 2 days 15 h 30 min, but 30 min of opening.
    add("2026-12-07T09:20+00:00", "2026-12-04T17:50+00:00")
    # Written Monday 09:00, answered 15:00: six business hours, over the 4-hour target.
    add("2026-12-07T15:00+00:00", "2026-12-07T09:00+00:00")
    # The first is resolved Monday 10:00: 30 min on Friday and 60 on Monday after its creation.
    calm("--now", "2026-12-07T10:00+00:00", "cases", "close", first, "--outcome", "resolved")
    figures = json.loads(
        calm("--now", "2026-12-08T12:00+00:00", "stats", "--json", "--playbooks", team)
    )
    total = figures["total"]
    assert total["first_response"]["cases"] == 3
    # Wall-clock minutes from when they wrote: 30, 3810, 360 (p90 interpolated: 360 + 0.8 x 3450)
    assert total["first_response"]["median_minutes"] == 360
    assert total["first_response"]["p90_minutes"] == 3120
    # In opening hours: 30, 30, 360 (p90: 30 + 0.8 x 330)
    assert total["first_response_business"] == {
        "cases": 3,
        "median_minutes": 30,
        "p90_minutes": 294,
    }
    assert total["resolution_business"]["median_minutes"] == 90
    assert total["first_response_target"] == {"cases": 3, "within": 2, "rate": round(2 / 3, 4)}
    text = calm("--now", "2026-12-08T12:00+00:00", "stats", "--playbooks", team)
    assert "# In business time: the team's opening hours" in text
    assert "66.7% of 3" in text


def test_received_is_kept_and_defaults_to_now(calm_home: Path) -> None:
    given = add("2026-12-04T17:30+00:00", "2h")
    case = json.loads(calm("cases", "show", given, "--json"))
    assert case["received_at"] == "2026-12-04T15:30:00.000Z"
    data = json.dumps({"channel": "chat", "received": "2026-12-04T16:00:00+00:00"})
    from_json = calm("--now", "2026-12-04T17:00+00:00", "cases", "add", input=data).strip()
    case = json.loads(calm("cases", "show", from_json, "--json"))
    assert case["received_at"] == "2026-12-04T16:00:00.000Z"
    plain = calm("--now", "2026-12-04T17:00+00:00", "cases", "add", "--channel", "chat").strip()
    case = json.loads(calm("cases", "show", plain, "--json"))
    assert case["received_at"] == case["created_at"] == "2026-12-04T17:00:00.000Z"


def test_received_in_the_future_is_refused(calm_home: Path) -> None:
    result = run(
        "--now", "2026-12-04T17:00+00:00", "cases", "add", "--channel", "chat",
        "--received", "2026-12-05T09:00+00:00",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "is in the future; the customer wrote before now" in result.stderr
