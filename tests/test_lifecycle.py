"""The case lifecycle from the command line (issue 14): follow-ups under the agent's control,
reopening, and every refusal of wrong input (one line, exit 2, nothing written). Each test runs
on SQLite and, with CALM_TEST_PG_URL, on PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Backend
from test_cases_cli import add, calm, count_rows, show

from calmcli.base.config import config_path
from calmcli.caselog.model import utc_text

pytestmark = pytest.mark.usefixtures("backend")


def one_line_exit_2(result: object, *fragments: str) -> str:
    stderr = result.stderr.strip()  # type: ignore[attr-defined]
    assert result.exit_code == 2, stderr  # type: ignore[attr-defined]
    assert len(stderr.splitlines()) == 1 and "Traceback" not in stderr, stderr
    for fragment in fragments:
        assert fragment in stderr, stderr
    return stderr


def test_followups_add_schedules_one_more_on_the_case() -> None:
    case_id = add("--follow-up", "none")
    result = calm("followups", "add", case_id, "2030-05-02T10:00", "--reason", "call back")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"{case_id}.1: follow-up set for 2030-05-02 10:00")
    (item,) = show(case_id)["followups"]
    assert (item["reason"], item["done_at"]) == ("call back", None)
    assert [f["case_id"] for f in json.loads(calm("followups", "--json").stdout)] == [case_id]


def test_followups_add_lands_in_opening_hours() -> None:
    # Saturday 4 May 2030 at noon: the bundled calendar opens again on Monday at 09:00.
    case_id = add("--follow-up", "none")
    result = calm("followups", "add", case_id, "2030-05-04T12:00")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"{case_id}.1: follow-up set for 2030-05-06 09:00")
    assert "(the next opening; 2030-05-04 12:00 is outside opening hours)" in result.stderr


def test_cases_add_lands_its_follow_up_in_opening_hours() -> None:
    # Saturday 4 May 2030 at noon: the bundled calendar opens again on Monday at 09:00.
    moved = "follow-up set for 2030-05-06 09:00 (the next opening; 2030-05-04 12:00 is outside"
    result = calm("cases", "add", "--channel", "email", "--follow-up", "2030-05-04T12:00")
    assert result.exit_code == 0, result.stderr
    case_id = result.stdout.strip()
    assert result.stderr.startswith(f"{case_id}: {moved}")
    again = calm("cases", "add", "--case", case_id, "--message", "hi", "--follow-up", "2030-05-11")
    assert again.exit_code == 0, again.stderr  # a bare date: its midnight, closed too
    assert "follow-up set for 2030-05-13 09:00 (the next opening" in again.stderr
    dues = [(f["due_at"], f["cancelled"]) for f in show(case_id)["followups"]]
    monday = utc_text(datetime(2030, 5, 6, 9).astimezone())
    assert dues == [(monday, True), (utc_text(datetime(2030, 5, 13, 9).astimezone()), False)]
    inside = calm("cases", "add", "--channel", "email", "--follow-up", "2030-05-06T10:00")
    assert inside.exit_code == 0 and inside.stderr == ""  # open then: nothing to say


def test_a_follow_up_or_snooze_in_the_past_is_refused(calm_home: Path) -> None:
    case_id = add()
    before = show(case_id)
    one_line_exit_2(calm("followups", "add", case_id, "2020-01-01"), "in the past")
    one_line_exit_2(calm("followups", "snooze", case_id, "2020-01-01"), "not in the future")
    assert show(case_id) == before  # nothing written


@pytest.mark.parametrize("when", ["2020-01-01", "2026-12-03T09:59", "2026-12-03T10:00"])
def test_cases_add_refuses_a_follow_up_in_the_past(calm_home: Path, when: str) -> None:
    case_id = add()
    before = show(case_id)
    at = ("--now", "2026-12-03T10:00")
    refused = f"a follow-up at {when.replace('T', ' ')[:16]}"
    for command in (
        ("cases", "add", "--channel", "email", "--follow-up", when),
        ("cases", "add", "--case", case_id, "--message", "again", "--follow-up", when),
    ):
        stderr = one_line_exit_2(calm(*at, *command), "is in the past; give a later time")
        assert stderr.startswith(f"calm: {refused}"), stderr
    piped = calm(*at, "cases", "add", input=json.dumps({"channel": "email", "follow_up": when}))
    one_line_exit_2(piped, "is in the past")
    assert [c["id"] for c in json.loads(calm("cases", "list", "--json").stdout)] == [case_id]
    assert show(case_id) == before  # nothing written
    assert calm(*at, "cases", "add", "--channel", "email", "--follow-up", "2h").exit_code == 0


def test_a_closed_case_takes_no_follow_up_until_reopened() -> None:
    case_id = add("--follow-up", "none")
    assert calm("cases", "close", case_id, "--outcome", "unresolved").exit_code == 0
    one_line_exit_2(calm("followups", "add", case_id, "2d"), "is closed", "reopen")


def test_reopening_sets_a_follow_up_at_the_playbook_delay() -> None:
    case_id = add("--follow-up", "none", "--incident", "shipping-delay")
    closed = calm("cases", "close", case_id, "--outcome", "resolved")
    assert closed.exit_code == 0, closed.stderr
    reopened = calm("cases", "reopen", case_id)
    assert reopened.exit_code == 0, reopened.stderr
    assert f"{case_id}: reopened; follow-up {case_id}.2 " in reopened.stderr
    case = show(case_id)
    check, follow_up = case["followups"]
    assert check["kind"] == "satisfaction" and check["cancelled"]
    assert follow_up["kind"] == "follow-up" and follow_up["done_at"] is None
    reopened_at = next(
        e["at"]
        for e in case["events"]
        if e["kind"] == "status-change" and e["data"]["to"] == "open"
    )
    from calmcli.caselog.cases import load_policy
    from calmcli.caselog.model import parse_utc

    # the playbook's delay, as the team's calendar promises it (inside opening hours)
    due = load_policy().follow_up_due("shipping-delay", parse_utc(reopened_at))
    assert parse_utc(follow_up["due_at"]) == due
    listed = [f["id"] for f in json.loads(calm("followups", "--json").stdout)]
    assert listed == [f"{case_id}.2"]


def test_a_mistyped_set_key_is_refused_with_the_valid_ones() -> None:
    result = calm(
        "reply",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--incident",
        "shipping-delay",
        "--set",
        "trakcing=1Z999",
    )
    stderr = one_line_exit_2(result, "unknown --set key(s) trakcing")
    assert "valid: address, alternative, amount," in stderr and "tracking" in stderr
    triage = calm(
        "triage",
        "--customer",
        "Jan",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--yes",
        "--message",
        "-",
        "--set",
        "trakcing=1Z999",
        input="Where is it?\n",
    )
    one_line_exit_2(triage, "unknown --set key(s) trakcing")
    added = calm("cases", "add", "--channel", "email", "--set", "trakcing=1Z999")
    assert "valid: address, alternative, amount," in one_line_exit_2(
        added, "unknown --set key(s) trakcing"
    )
    piped = {"channel": "email", "vars": {"trakcing": "1Z999"}}
    one_line_exit_2(calm("cases", "add", input=json.dumps(piped)), "unknown --set key(s) trakcing")
    assert calm("cases", "list", "--json").stdout.strip() == "[]"
    case_id = add()
    again = calm("cases", "add", "--case", case_id, "--message", "hi", "--set", "trakcing=1")
    one_line_exit_2(again, "unknown --set key(s) trakcing")
    assert [e["kind"] for e in show(case_id)["events"]] == ["created", "follow-up-set"]


def test_an_output_file_in_a_missing_folder_is_refused_before_anything_is_logged(
    tmp_path: Path, calm_home: Path, backend: Backend
) -> None:
    missing = tmp_path / "no-such-dir"
    triage = calm(
        "triage",
        "--customer",
        "Z",
        "--fault",
        "ours",
        "--channel",
        "chat",
        "--yes",
        "--message",
        "-",
        "--out",
        str(missing / "x.txt"),
        input="hi\n",
    )
    one_line_exit_2(triage, f"cannot write {missing / 'x.txt'}: folder {missing} does not exist")
    assert count_rows(calm_home) == 0
    add()
    for args in (
        ["report", "--html", str(missing / "r.html")],
        ["cases", "export", "-o", str(missing / "x.yaml")],
        ["followups", "export", "--ics", str(missing / "x.ics")],
    ):
        one_line_exit_2(calm(*args), "does not exist")
    assert not missing.exists()


def test_a_config_file_that_does_not_exist_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CALM_CONFIG", str(tmp_path / "nonexist.toml"))
    one_line_exit_2(calm("cases", "list"), "CALM_CONFIG names", "does not exist")


def test_the_config_file_takes_team_folders_language_and_time_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = tmp_path / "team-pb"
    assert calm("playbook", "init", str(team)).exit_code == 0
    text = (team / "settings.yaml").read_text()
    text = text.replace("pl: Obsługa Klienta", "pl: Zespół Calm")
    # Open round the clock, so the follow-ups below keep the moment asked in any of the zones.
    text = re.sub(r"(mon|tue|wed|thu|fri|sat|sun): \[[^]]*\]", r'\1: ["00:00-23:59"]', text)
    (team / "settings.yaml").write_text(text)
    config = config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        f'playbooks = ["{team}"]\nlang = "pl"\ntimezone = "Pacific/Kiritimati"\n', "utf-8"
    )
    shown = calm("playbook", "validate")
    assert shown.exit_code == 0, shown.stderr
    zone_before = time.localtime(0)
    monkeypatch.delenv("TZ", raising=False)
    reply = calm("reply", "--fault", "ours", "--channel", "email", "--json")
    assert reply.exit_code == 0, reply.stderr
    assert json.loads(reply.stdout)["lang"] == "pl"
    assert "Zespół Calm" in json.loads(reply.stdout)["messages"][0]["text"]
    # The team's clock reads and shows local times (UTC+14 in Kiritimati, all year round)...
    case_id = add("--follow-up", "none")
    added = calm("followups", "add", case_id, "2030-05-02T10:00")
    assert added.exit_code == 0, added.stderr
    assert "follow-up set for 2030-05-02 10:00" in added.stderr
    assert show(case_id)["followups"][0]["due_at"] == "2030-05-01T20:00:00.000Z"
    # ...for that command only: nothing of it is left in this process's environment or clock.
    assert "TZ" not in os.environ
    assert time.localtime(0) == zone_before
    config.write_text('timezone = "Mars/Olympus"\n', "utf-8")
    one_line_exit_2(calm("cases", "list"), "unknown time zone 'Mars/Olympus'")
    # TZ outweighs the file: the process's own zone reads the naive time, not the file's.
    monkeypatch.setenv("TZ", "Etc/GMT+12")
    config.write_text('timezone = "Pacific/Kiritimati"\n', "utf-8")
    again = calm(
        "followups", "add", case_id, "2030-05-02T10:00", "--json", "--playbooks", str(team)
    )
    assert again.exit_code == 0, again.stderr
    expected = datetime(2030, 5, 2, 10).astimezone().astimezone(UTC)
    assert json.loads(again.stdout)["followups"][1]["due_at"] == utc_text(expected)


def test_a_db_path_in_a_missing_folder_is_refused_and_a_new_log_is_announced(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "nonexistent" / "x.db"
    one_line_exit_2(calm("--db", str(missing), "cases", "list"), "folder", "does not exist")
    assert not missing.parent.exists()
    fresh = tmp_path / "fresh.db"
    first = calm("--db", str(fresh), "cases", "list")
    assert first.exit_code == 0, first.stderr
    assert f"created a new case log at {fresh}" in first.stderr
    assert "created a new case log" not in calm("--db", str(fresh), "cases", "list").stderr


def test_the_walk_refuses_a_follow_up_in_the_past(calm_home: Path) -> None:
    triage = calm(
        "triage",
        "--customer",
        "Jan",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--yes",
        "--follow-up",
        "2020-01-01",
        "--message",
        "-",
        input="Where is it?\n",
    )
    one_line_exit_2(triage, "in the past")
    assert calm("cases", "list", "--json").stdout.strip() == "[]"


def test_compensation_is_a_kind_and_its_value_grouped_exactly_in_stats() -> None:
    spellings = ["discount:5", "Discount: 5%", "discount:5%", "free-shipping", "discount:10"]
    for given in spellings:
        case_id = add("--follow-up", "none")
        closed = calm("cases", "close", case_id, "--outcome", "resolved", "--compensation", given)
        assert closed.exit_code == 0, closed.stderr
    before = show(case_id)
    for wrong, why in (
        ("discount:50", "over the playbook's limit of 15%"),
        ("5% discount", "unknown compensation '5% discount'"),
        ("discount", "a discount needs its percent"),
        ("gift:abc", "whole percent"),
    ):
        one_line_exit_2(
            calm("cases", "close", case_id, "--outcome", "unresolved", "--compensation", wrong),
            why,
        )
    assert show(case_id) == before  # nothing written
    # A case logged before compensation was structured still reads, as it was written.
    from test_stats import _case

    from calmcli.storage import open_store

    store = open_store()
    store.import_cases([_case("C-OLD01", datetime.now(UTC), compensation="10% off")])
    store.close()
    figures = json.loads(calm("stats", "--json").stdout)["compensation"]
    assert {(c["given"], c["kind"], c["value"]): c["cases"] for c in figures} == {
        ("discount:5", "discount", 5): 3,
        ("free-shipping", "free-shipping", None): 1,
        ("discount:10", "discount", 10): 1,
        ("10% off", None, None): 1,
    }
