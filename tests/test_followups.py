"""Follow-ups: due / overdue / upcoming, done, snooze, satisfaction checks and the .ics export."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_cases_cli import add, add_at, calm, count_rows, show

from calmcli.base.durations import parse_delay
from calmcli.caselog import followups
from calmcli.caselog.model import FollowUp, utc_text
from calmcli.playbook.load import load_playbook

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
pytestmark = pytest.mark.usefixtures("backend")  # each test on SQLite and on PostgreSQL


def pending(due: datetime) -> FollowUp:
    return FollowUp("C-AAAAA", 1, "follow-up", utc_text(due), "call", utc_text(NOW))


def test_state_of_a_follow_up() -> None:
    assert followups.state(pending(NOW - timedelta(minutes=1)), NOW) == "overdue"
    assert followups.state(pending(followups.end_of_today(NOW)), NOW) == "due"
    assert (
        followups.state(pending(followups.end_of_today(NOW) + timedelta(seconds=1)), NOW)
        == "upcoming"
    )
    done = FollowUp("C-AAAAA", 1, "follow-up", utc_text(NOW), "", utc_text(NOW), utc_text(NOW))
    assert followups.state(done, NOW) == "done"
    assert followups.parse_id("c-7k3q9.2") == ("C-7K3Q9", 2)
    assert followups.parse_id("7K3Q9") == ("C-7K3Q9", None)


def _listing(*flags: str) -> list[dict[str, object]]:
    result = calm("followups", *flags, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_due_and_overdue_first_then_upcoming() -> None:
    later = add("--follow-up", "1w", "--customer", "Later")
    overdue = add_at("2020-01-01T09:00", "--follow-up", "2020-01-01T10:00", "--customer", "Late")
    soon = add("--follow-up", "1m", "--customer", "Soon")
    add("--follow-up", "none")
    everything = _listing()
    assert [f["case_id"] for f in everything] == [overdue, soon, later]
    states = [f["state"] for f in everything]
    assert states[0] == "overdue" and states[2] == "upcoming"
    assert states[1] in ("due", "upcoming")  # "later today" unless the test runs at 23:59
    assert [f["case_id"] for f in _listing("--overdue")] == [overdue]
    assert [f["case_id"] for f in _listing("--due")][0] == overdue
    assert later not in [f["case_id"] for f in _listing("--due")]
    assert set(everything[0]) == {
        "id",
        "seq",
        "kind",
        "due_at",
        "reason",
        "created_at",
        "done_at",
        "cancelled",
        "suggest_sale",
        "case_id",
        "state",
        "suggestion",
        "customer",
        "channel",
        "incident",
        "case_status",
        "summary",
    }
    assert calm("followups", "--due", "--overdue").exit_code == 2
    plain = calm("followups").stdout.splitlines()
    assert plain[0] == "ID\tDue\tState\tCustomer\tChannel\tReason\tSummary"
    assert plain[1].startswith(f"{overdue}.1\t")


def test_done_and_snooze(calm_home: Path) -> None:
    case_id = add_at("2019-12-31T10:00", "--follow-up", "2020-01-01")
    moved = calm("followups", "snooze", case_id, "2d", "--json")
    assert moved.exit_code == 0, moved.stderr
    due = datetime.fromisoformat(json.loads(moved.stdout)["followups"][0]["due_at"])
    wanted = datetime.now(UTC) + timedelta(days=2)
    calendar = load_playbook().settings.calendar
    assert due == calendar.next_open(due) and wanted - timedelta(minutes=1) < due
    assert due <= calendar.next_open(wanted)  # at 2d, or the next opening after it
    calm("followups", "snooze", f"{case_id}.1", "2030-05-02T09:00")  # a Thursday
    assert show(case_id)["followups"][0]["due_at"] == utc_text(
        datetime(2030, 5, 2, 9, 0).astimezone()
    )
    assert calm("followups", "done", case_id, "--note", "customer happy").exit_code == 0
    case = show(case_id)
    assert case["followups"][0]["done_at"] is not None and case["status"] == "open"
    assert [e["kind"] for e in case["events"]][-3:] == [
        "follow-up-snoozed",
        "follow-up-snoozed",
        "follow-up-done",
    ]
    assert _listing() == [] and len(_listing("--all")) == 1
    assert calm("cases", "close", case_id, "--outcome", "unresolved").exit_code == 0


UTC_TEAM = "settings:\n  calendar:\n    time_zone: UTC\n"


def test_snooze_into_closed_hours_moves_to_the_next_opening(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "settings.yaml").write_text(UTC_TEAM)
    case_id = add("--follow-up", "2030-01-01")
    # Friday 4 December 2026, 16:00 UTC: 2h later is 18:00, the close; Monday 09:00 opens.
    now = ("--now", "2026-12-04T16:00+00:00")
    moved = calm(*now, "followups", "snooze", case_id, "2h", "--playbooks", str(team))
    assert moved.exit_code == 0, moved.stderr
    assert "(the next opening; " in moved.stderr and "is outside opening hours)" in moved.stderr
    assert show(case_id)["followups"][0]["due_at"] == "2026-12-07T09:00:00.000Z"
    # Inside opening hours it stays where it was asked for.
    moved = calm(*now, "followups", "snooze", case_id, "1h", "--playbooks", str(team))
    assert moved.exit_code == 0 and "next opening" not in moved.stderr
    assert show(case_id)["followups"][0]["due_at"] == "2026-12-04T17:00:00.000Z"
    # Business time reads the same calendar: 4 business hours from Friday 16:00.
    moved = calm(*now, "followups", "snooze", case_id, "4 business hours", "--playbooks", str(team))
    assert show(case_id)["followups"][0]["due_at"] == "2026-12-07T11:00:00.000Z"


@pytest.mark.parametrize("until", ["2020-01-01", "2026-12-04T15:59", "0m"])
def test_snooze_to_the_past_is_refused(calm_home: Path, until: str) -> None:
    case_id = add("--follow-up", "2030-01-01")
    before = count_rows(calm_home, "events")
    result = calm("--now", "2026-12-04T16:00+00:00", "followups", "snooze", case_id, until)
    assert result.exit_code == 2
    said = f"calm: cannot snooze to {until!r}: that is not in the future; give a later time"
    assert result.stderr == said + " (2h, 1d, a date)\n"
    assert count_rows(calm_home, "events") == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["snooze", "C-ZZZZZ", "2d"], "no case 'C-ZZZZZ'"),
        (["snooze", "{case}", "2 days"], "bad time '2 days'"),
        (["snooze", "{case}.7", "2d"], "no pending follow-up {case}.7"),
        (["snooze", "{case}.x", "2d"], "bad follow-up id"),
        (["done", "C-ZZZZZ"], "no case 'C-ZZZZZ'"),
    ],
)
def test_bad_follow_up_input_is_exit_2_and_nothing_written(
    calm_home: Path, args: list[str], message: str
) -> None:
    case_id = add()
    before = count_rows(calm_home, "events")
    result = calm("followups", *(a.replace("{case}", case_id) for a in args))
    assert result.exit_code == 2
    assert message.replace("{case}", case_id) in result.stderr
    assert result.stderr.count("\n") == 1
    assert count_rows(calm_home, "events") == before


def test_satisfaction_check_alone_carries_the_sale_hint() -> None:
    case_id = add_at("2019-12-31T10:00", "--follow-up", "2020-01-01")
    assert all(f["suggestion"] is None for f in _listing("--all"))
    calm("followups", "done", case_id)
    calendar = load_playbook().settings.calendar
    before = calendar.promise(datetime.now(UTC), parse_delay("3 business days"))
    calm("cases", "close", case_id, "--outcome", "resolved")
    after = calendar.promise(datetime.now(UTC), parse_delay("3 business days"))
    check = _listing()
    assert [(f["kind"], f["suggestion"]) for f in check] == [("satisfaction", followups.SALE_HINT)]
    due = datetime.fromisoformat(check[0]["due_at"])  # type: ignore[arg-type]
    # The bundled 3 business days: the close of the third working day, in opening hours.
    assert due in (before, after) and calendar.day_end(due)
    assert followups.SALE_HINT in calm("followups").stdout
    assert followups.SALE_HINT not in calm("cases", "list").stdout
    done = json.loads(calm("followups", "done", case_id, "--json").stdout)
    assert done["status"] == "closed"
    assert all(f["suggestion"] is None for f in _listing("--all"))


def test_no_sale_hint_when_the_playbook_forbids_it(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "settings.yaml").write_text(
        "settings:\n  another_sale: false\n  satisfaction_check: 1w\n"
    )
    case_id = add("--follow-up", "none")
    result = calm("cases", "close", case_id, "--outcome", "resolved", "--playbooks", str(team))
    assert result.exit_code == 0, result.stderr
    (check,) = _listing()
    assert check["kind"] == "satisfaction" and check["suggestion"] is None
    due = datetime.fromisoformat(check["due_at"])  # type: ignore[arg-type]
    assert due - datetime.now(UTC) > timedelta(days=6)


ALWAYS_OPEN = "  calendar:\n    time_zone: UTC\n    hours:\n" + "".join(
    f'      {day}: ["00:00-24:00"]\n' for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
)


def test_incident_follow_up_delay_comes_from_the_playbook(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "settings.yaml").write_text("settings:\n  follow_up: 5h\n" + ALWAYS_OPEN)
    result = calm("cases", "add", "--channel", "chat", "--playbooks", str(team), "--json")
    due = datetime.fromisoformat(json.loads(result.stdout)["followups"][0]["due_at"])
    # A team open round the clock: 5 h from now, rounded up to the hour.
    assert timedelta(hours=5) - timedelta(minutes=1) < due - datetime.now(UTC) <= timedelta(hours=6)
    assert due.minute == 0


def test_ics_export_is_a_real_calendar(tmp_path: Path) -> None:
    from icalendar import Calendar

    first = add("--follow-up", "2030-01-02T10:00", "--customer", "Ann", "--summary", "refund")
    add("--follow-up", "none")
    target = tmp_path / "follow-ups.ics"
    result = calm("followups", "export", "--ics", str(target), "--json")
    assert json.loads(result.stdout) == {"file": str(target), "followups": 1}
    assert target.stat().st_mode & 0o777 == 0o600
    calendar = Calendar.from_ical(target.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == f"{first}.1@calm"
    assert str(event["summary"]) == f"{first}.1: follow up (Ann)"
    assert event.decoded("dtstart") == datetime(2030, 1, 2, 10, 0).astimezone().astimezone(UTC)
    assert "refund" in str(event["description"])
    assert len(event.walk("VALARM")) == 1
