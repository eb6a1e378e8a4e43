"""`calm cases ...` through the real command line (CliRunner), then the rows in the database."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import Backend
from typer.testing import CliRunner, Result

from calmcli.cli import app

runner = CliRunner()
# Every command here runs against each backend (PostgreSQL when CALM_TEST_PG_URL is set).
pytestmark = pytest.mark.usefixtures("backend")


def calm(*args: str, input: str | None = None) -> Result:
    return runner.invoke(app, list(args), input=input)


def add(*flags: str) -> str:
    result = calm("cases", "add", "--channel", "email", *flags)
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def add_at(moment: str, *flags: str) -> str:
    """A case logged at `moment` (`calm --now`), e.g. with a follow-up that is past by now."""
    result = calm("--now", moment, "cases", "add", "--channel", "email", *flags)
    assert result.exit_code == 0, result.stderr
    return result.stdout.strip()


def show(case_id: str) -> dict[str, Any]:
    result = calm("cases", "show", case_id, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def count_rows(home: Path, table: str = "cases") -> int:
    if os.environ.get("CALM_DB"):  # the `backend` fixture's PostgreSQL schema
        from calmcli.storage.postgres import connect

        db = connect(os.environ["CALM_DB"])
        try:
            return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        except Exception:  # no table yet: nothing was ever opened
            return 0
        finally:
            db.conn.close()
    path = home / "cases.db"
    if not path.exists():
        return 0
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        raw.close()


def test_add_from_flags_prints_only_the_id(calm_home: Path) -> None:
    result = calm(
        "cases",
        "add",
        "--channel",
        "phone",
        "--fault",
        "ours",
        "--incident",
        "damaged-item",
        "--customer-type",
        "meticulous",
        "--lang",
        "pl",
        "--customer",
        "Jan Nowak",
        "--contact",
        "jan@example.pl",
        "--order",
        "A-1042",
        "--summary",
        "box crushed",
        "--set",
        "tracking=XY1",
        "--follow-up",
        "3d",
        "--message",
        "It arrived broken!",
        "--reply",
        "Dzień dobry...",
    )
    assert result.exit_code == 0, result.stderr
    case_id = result.stdout.strip()
    assert result.stdout == f"{case_id}\n" and case_id.startswith("C-")
    case = show(case_id)
    assert {
        k: case[k]
        for k in (
            "channel",
            "fault",
            "incident",
            "customer_type",
            "lang",
            "customer",
            "contact",
            "order",
            "summary",
            "vars",
            "status",
            "agent",
        )
    } == {
        "channel": "phone",
        "fault": "ours",
        "incident": "damaged-item",
        "customer_type": "meticulous",
        "lang": "pl",
        "customer": "Jan Nowak",
        "contact": "jan@example.pl",
        "order": "A-1042",
        "summary": "box crushed",
        "vars": {"tracking": "XY1"},
        "status": "open",
        "agent": "tester",
    }
    assert [e["kind"] for e in case["events"]] == [
        "created",
        "customer-message",
        "reply",
        "follow-up-set",
    ]
    assert case["events"][2]["text"] == "Dzień dobry..."
    assert count_rows(calm_home) == 1


def test_add_from_a_json_object_on_stdin() -> None:
    payload = {
        "fault": "troll",
        "channel": "social-public",
        "customer_type": "rude",
        "incident": "other",
        "lang": "es",
        "customer": "@angry",
        "agent": "Ola",
        "order": None,
        "vars": {"tracking": "1Z999"},
        "summary": "public insults",
        "follow_up": "none",
    }
    result = calm("cases", "add", input=json.dumps(payload))
    assert result.exit_code == 0, result.stderr
    case = show(result.stdout.strip())
    assert case["agent"] == "Ola" and case["fault"] == "troll" and case["followups"] == []
    assert case["vars"] == {"tracking": "1Z999"}


def test_add_json_output_has_the_whole_case() -> None:
    result = calm("cases", "add", "--channel", "chat", "--json")
    case = json.loads(result.stdout)
    assert case["channel"] == "chat" and case["lang"] == "en" and case["fault"] == "unclear"
    assert case["followups"][0]["id"] == f"{case['id']}.1"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--channel", "fax"], None, "unknown channel 'fax'; valid: phone, email"),
        (["--channel", "email", "--fault", "yours"], None, "unknown fault 'yours'"),
        (["--channel", "email", "--incident", "alien"], None, "unknown incident 'alien'"),
        (["--channel", "email", "--follow-up", "3 days"], None, "bad time '3 days'"),
        (["--channel", "email", "--set", "novalue"], None, "KEY=VALUE"),
        ([], '{"channel": "email",', "malformed JSON"),
        ([], '["email"]', "one JSON object"),
        ([], '{"channel": "email", "colour": "red"}', "unknown key 'colour'"),
        ([], '{"channel": "email", "summary": 3}', "'summary' must be a string"),
        ([], '{"fault": "ours"}', "missing key 'channel'"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    calm_home: Path, args: list[str], stdin: str | None, message: str
) -> None:
    result = calm("cases", "add", *args, input=stdin)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert count_rows(calm_home) == 0


def test_unknown_id_is_exit_2(calm_home: Path) -> None:
    add()
    for args in (
        ["show", "C-ZZZZZ"],
        ["note", "C-ZZZZZ", "hi"],
        ["warn", "C-ZZZZZ"],
        ["close", "C-ZZZZZ", "--outcome", "resolved"],
        ["reopen", "C-ZZZZZ"],
    ):
        result = calm("cases", *args)
        assert result.exit_code == 2, args
        assert result.stderr == "calm: no case 'C-ZZZZZ'; see `calm cases list`\n"
    assert count_rows(calm_home, "events") == 2


def test_list_newest_first_with_filters() -> None:
    first = add("--customer", "Ann Lee", "--incident", "billing")
    second = add("--customer", "Bob", "--contact", "ann.lee@example.com")
    third = calm("cases", "add", "--channel", "chat", "--customer", "ANN LEE").stdout.strip()
    listed = json.loads(calm("cases", "list", "--json").stdout)
    assert [c["id"] for c in listed] == [third, second, first]
    assert "events" not in listed[0]
    by_customer = json.loads(calm("cases", "list", "--customer", "ann lee", "--json").stdout)
    assert [c["id"] for c in by_customer] == [third, first]
    by_contact = json.loads(
        calm("cases", "list", "--customer", "Ann.Lee@Example.com", "--json").stdout
    )
    assert [c["id"] for c in by_contact] == [second]
    assert [
        c["id"] for c in json.loads(calm("cases", "list", "--channel", "chat", "--json").stdout)
    ] == [third]
    assert [
        c["id"] for c in json.loads(calm("cases", "list", "--incident", "billing", "--json").stdout)
    ] == [first]
    assert json.loads(calm("cases", "list", "--status", "closed", "--json").stdout) == []
    assert len(json.loads(calm("cases", "list", "--since", "1h", "--json").stdout)) == 3
    assert json.loads(calm("cases", "list", "--since", "2999-01-01", "--json").stdout) == []
    limited = calm("cases", "list", "--limit", "2", "--json")
    assert len(json.loads(limited.stdout)) == 2 and "--limit 0" in limited.stderr


def test_list_plain_text_when_piped() -> None:
    case_id = add("--customer", "Ann", "--summary", "late parcel")
    lines = calm("cases", "list").stdout.splitlines()
    assert lines[0] == "ID\tCreated\tStatus\tCustomer\tChannel\tIncident\tSummary"
    assert lines[1].startswith(f"{case_id}\t") and lines[1].endswith(
        "\tAnn\temail\tother\tlate parcel"
    )
    assert calm("cases", "list", "--status", "lost").exit_code == 2


def test_show_plain_text_timeline() -> None:
    case_id = add("--customer", "Ann", "--message", "Where is it?", "--reply", "Hello Ann,\nsoon.")
    out = calm("cases", "show", case_id.lower()).stdout
    assert out.startswith(f"Case: {case_id}  open\nCustomer: Ann\n")
    assert "customer said  tester  Where is it?" in out
    assert "we replied  tester  Hello Ann,\n      soon." in out
    assert f"Pending:\n  {case_id}.1 " in out


def test_note_close_reopen_lifecycle(calm_home: Path) -> None:
    case_id = add()
    assert calm("cases", "note", case_id, "called, no answer").stderr == f"{case_id}: note added\n"
    refused = calm("cases", "close", case_id, "--outcome", "resolved")
    assert refused.exit_code == 2 and "pending follow-up" in refused.stderr
    assert show(case_id)["status"] == "open"
    assert calm("cases", "close", case_id, "--outcome", "won").exit_code == 2
    closed = calm(
        "cases",
        "close",
        case_id,
        "--outcome",
        "resolved",
        "--force",
        "--compensation",
        "Discount: 10%",
        "--json",
    )
    case = json.loads(closed.stdout)
    assert case["status"] == "resolved" and case["outcome"] == "resolved"
    assert case["compensation"] == "discount:10"  # one spelling (issue 14)
    follow, check = case["followups"]
    assert follow["cancelled"] is True and check["kind"] == "satisfaction"
    assert check["done_at"] is None and check["suggest_sale"] is True
    assert calm("cases", "close", case_id, "--outcome", "resolved").exit_code == 2
    reopened = json.loads(calm("cases", "reopen", case_id, "--json").stdout)
    assert reopened["status"] == "open" and reopened["outcome"] is None
    assert reopened["followups"][1]["cancelled"] is True
    assert calm("cases", "reopen", case_id).exit_code == 2
    # Reopening set a new follow-up at the playbook's delay: closing now needs --force.
    assert calm("cases", "close", case_id, "--outcome", "abandoned").exit_code == 2
    closed = json.loads(
        calm("cases", "close", case_id, "--outcome", "abandoned", "--force", "--json").stdout
    )
    assert closed["status"] == "closed"
    kinds = [e["kind"] for e in closed["events"]]
    assert kinds == [
        "created",
        "follow-up-set",
        "note",
        "follow-up-cancelled",
        "status-change",
        "follow-up-set",
        "follow-up-cancelled",
        "status-change",
        "follow-up-set",
        "follow-up-cancelled",
        "status-change",
    ]


def test_warn_escalates_then_refuses() -> None:
    case_id = add("--fault", "troll")
    levels = [calm("cases", "warn", case_id, "--reason", "insults").stderr for _ in range(3)]
    assert levels == [
        f"{case_id}: first-warning\n",
        f"{case_id}: final-notice\n",
        f"{case_id}: block-recommended\n",
    ]
    again = calm("cases", "warn", case_id)
    assert again.exit_code == 2 and "already at block-recommended" in again.stderr
    case = show(case_id)
    assert case["warning_level"] == 3
    assert [e["data"]["name"] for e in case["events"] if e["kind"] == "warning"] == [
        "first-warning",
        "final-notice",
        "block-recommended",
    ]


def _populate() -> list[str]:
    ids = [
        add(
            "--customer",
            "Łucja Żak",
            "--summary",
            'ąę "quoted": yes',
            "--set",
            "tracking=1Z999",
            "--message",
            "line 1\nline 2",
        ),
        add_at("2026-11-30T10:00", "--incident", "billing", "--follow-up", "2026-12-01T09:30"),
    ]
    calm("cases", "warn", ids[0])
    calm("cases", "close", ids[1], "--outcome", "resolved", "--force")
    calm("cases", "note", ids[1], "2026-01-01: looks like a date")
    return ids


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_export_import_round_trip_is_lossless(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: Backend, fmt: str
) -> None:
    _populate()
    exported = calm("cases", "export", "--format", fmt)
    assert exported.exit_code == 0 and exported.stderr == "exported 2 case(s)\n"
    path = tmp_path / f"log.{fmt}"
    path.write_text(exported.stdout)
    monkeypatch.setenv("CALM_DB", backend.spare)  # another, empty log
    imported = calm("cases", "import", str(path), "--json")
    assert json.loads(imported.stdout) == {"read": 2, "imported": 2, "skipped": 0}
    assert calm("cases", "export", "--format", fmt).stdout == exported.stdout
    again = calm("cases", "import", str(path))
    assert again.exit_code == 2 and "already in the log" in again.stderr
    skipped = calm("cases", "import", str(path), "--skip-existing", "--json")
    assert json.loads(skipped.stdout) == {"read": 2, "imported": 0, "skipped": 2}


def test_export_to_a_private_file_with_a_selection(tmp_path: Path) -> None:
    ids = _populate()
    target = tmp_path / "billing.yaml"
    result = calm("cases", "export", "--incident", "billing", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.stat().st_mode & 0o777 == 0o600
    text = target.read_text()
    assert ids[1] in text and ids[0] not in text
    assert list(tmp_path.glob(".*tmp")) == []


BROKEN = {
    "yaml_syntax": ("calm_cases: 1\ncases:\n  - id: C-AAAAA\n    status: [open\n", ": YAML syntax"),
    "tab": ("calm_cases: 1\ncases:\n\t- id: C-AAAAA\n", ":3:"),
    "json_syntax": ('{"calm_cases": 1, "cases": [}', ":1: JSON syntax"),
    "not_export": ("- just\n- a list\n", "not a calm case export"),
    "version": ("calm_cases: 7\ncases: []\n", "unsupported calm_cases version 7"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_malformed_import_is_one_line_exit_2(tmp_path: Path, calm_home: Path, name: str) -> None:
    add()
    text, message = BROKEN[name]
    path = tmp_path / "broken.yaml"
    path.write_text(text)
    result = calm("cases", "import", str(path))
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1
    assert result.stderr.startswith(str(path))
    assert count_rows(calm_home) == 1


def test_import_validates_every_case_before_writing(tmp_path: Path, calm_home: Path) -> None:
    _populate()
    document = json.loads(calm("cases", "export", "--format", "json").stdout)
    good, other = document["cases"]
    bad_status = dict(other, id="C-BBBBB", status="lost")
    bad_time = dict(other, id="C-CCCCC", created_at="yesterday")
    document["cases"] = [dict(good, id="C-AAAAA"), bad_status, bad_time]
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(document))
    result = calm("cases", "import", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"{path}:1: case 2: unknown status 'lost'; valid: open, waiting, "
        "resolved, closed (and 1 more)\n"
    )
    assert count_rows(calm_home) == 2
    assert calm("cases", "import", str(tmp_path / "missing.yaml")).exit_code == 2


def test_yaml_import_errors_name_the_line(tmp_path: Path) -> None:
    _populate()
    text = calm("cases", "export").stdout
    second = text.index("\n- id:", text.index("- id:")) + 1
    line = text[:second].count("\n") + 1
    path = tmp_path / "log.yaml"
    path.write_text(text[:second] + text[second:].replace("fault: unclear", "fault: maybe", 1))
    result = calm("cases", "import", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{path}:{line}: case 2: unknown fault 'maybe'")


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_an_empty_log_exports_and_imports_back(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"empty.{fmt}"
    exported = calm("cases", "export", "--format", fmt, "-o", str(path))
    assert exported.exit_code == 0, exported.stderr
    imported = calm("cases", "import", str(path))
    assert imported.exit_code == 0, imported.stderr


# --- finding a returning customer (issue 14) -------------------------------------------------


def test_cases_list_finds_the_customer_by_first_name_contact_and_order() -> None:
    jordi = add(
        "--customer", "Jordi Puig i Solà", "--contact", "Jordi.Puig@Example.cat",
        "--order", "48213",
    )  # fmt: skip
    lukasz = add(
        "--customer", "ŁUKASZ Żółć", "--contact", "+48 601 234 567", "--order", "#UK-55821"
    )
    add("--customer", "Jordina Vidal")

    def found(*flags: str) -> list[str]:
        result = calm("cases", "list", "--json", *flags)
        assert result.exit_code == 0, result.stderr
        return sorted(c["id"] for c in json.loads(result.stdout))

    jordina = found("--customer", "Jordina")
    assert len(jordina) == 1 and jordi not in jordina
    assert found("--customer", "JORDI") == sorted([jordi, *jordina])  # the start of a word
    assert found("--customer", "jordi puig") == [jordi]  # every word must match
    assert found("--customer", "sola puig") == [jordi]  # accents, any order, every word
    assert found("--customer", "lukasz zolc") == [lukasz]
    assert found("--customer", "jordi.puig@example.cat") == [jordi]
    assert found("--contact", "JORDI.PUIG@example.cat") == [jordi]
    assert found("--contact", "+48601234567") == [lukasz]  # a phone by its digits
    assert found("--order", "48213") == [jordi]
    assert found("--order", "uk-55821") == [lukasz]
    assert found("--order", "55821") == [lukasz]  # the number alone
    assert found("--customer", "jordi", "--order", "55821") == []  # all given must match
    assert found("--contact", "nobody@example.cat") == []


def test_cases_list_finds_an_order_that_stands_only_in_a_message() -> None:
    """Issue 14 point 1: logged with --message and no --order, the case is still found by the
    reference in what the customer wrote, as a whole token, without regard to case."""
    lost = add("--customer", "Ana", "--message", "Where is my order 80112? It is late.")
    ped = add("--customer", "Pau", "--message", "pedido ped-51449, llegó roto")
    later = add("--customer", "Eva", "--message", "Hello")
    assert calm("cases", "add", "--case", later, "--message", "It was #80112/80113").exit_code == 0
    add("--customer", "Max", "--message", "order 801123, 180112 or 8011-2")
    ola = add("--customer", "Ola", "--order", "A-1", "--message", "order 5144 only")

    def found(*flags: str) -> list[str]:
        result = calm("cases", "list", "--json", *flags)
        assert result.exit_code == 0, result.stderr
        return sorted(c["id"] for c in json.loads(result.stdout))

    assert found("--order", "80112") == sorted([lost, later])  # not 801123 nor 180112
    assert found("--order", "#80113") == [later]  # a later message of the case counts too
    assert found("--order", "PED-51449") == [ped]  # the case as the customer wrote it
    assert found("--order", "51449") == [ped]  # the number alone, as with --order
    assert found("--order", "ped-5144") == [ola]  # its number 5144, not the start of 51449
    assert found("--customer", "pau", "--order", "ped-51449") == [ped]
    assert found("--customer", "ana", "--order", "ped-51449") == []  # all given must match


def test_a_changed_contact_is_found_by_the_new_one_only() -> None:
    case_id = add("--customer", "Ana", "--contact", "old@example.com")
    from calmcli.caselog.model import CaseFilter, Change
    from calmcli.storage import open_store

    store = open_store()
    try:
        store.change(case_id, lambda case: Change({"contact": "new@example.com"}))
        assert [c.id for c in store.list_cases(CaseFilter(contact="new@example.com"))] == [case_id]
        assert store.list_cases(CaseFilter(contact="old@example.com")) == []
        assert [c.id for c in store.list_cases(CaseFilter(customer="ana"))] == [case_id]
    finally:
        store.close()


def test_cases_add_to_an_open_case_leaves_one_case_with_both_messages(calm_home: Path) -> None:
    first = add(
        "--customer", "Jordi Puig", "--incident", "shipping-delay", "--message", "Where is 48213?",
        "--reply", "We are on it.",
    )  # fmt: skip
    again = calm(
        "cases", "add", "--case", first.lower(), "--message", "Third time I write!",
        "--reply", "Sorry, this is the third time: here is what we did.", "--follow-up", "1d",
    )  # fmt: skip
    assert again.exit_code == 0, again.stderr
    assert again.stdout.strip() == first
    assert count_rows(calm_home) == 1
    case = show(first)
    said = [e["text"] for e in case["events"] if e["kind"] == "customer-message"]
    assert said == ["Where is 48213?", "Third time I write!"]
    assert [e["kind"] for e in case["events"]].count("reply") == 2
    pending = [f for f in case["followups"] if f["done_at"] is None]
    assert len(pending) == 1  # the new promise replaces the old one
    assert any(e["kind"] == "follow-up-cancelled" for e in case["events"])


def test_cases_add_to_a_closed_or_unknown_case_is_refused() -> None:
    closed = add("--customer", "Ana")
    assert calm("cases", "close", closed, "--outcome", "abandoned", "--force").exit_code == 0
    refused = calm("cases", "add", "--case", closed, "--message", "hello")
    assert refused.exit_code == 2 and "reopen" in refused.stderr
    unknown = calm("cases", "add", "--case", "C-ZZZZZ", "--message", "hello")
    assert unknown.exit_code != 0 and "C-ZZZZZ" in unknown.stderr
    before = len(show(closed)["events"])
    assert calm("cases", "add", "--case", closed, "--message", "again").exit_code == 2
    assert len(show(closed)["events"]) == before  # nothing added


def test_the_warning_ladder_is_the_customers_across_cases() -> None:
    first = add("--fault", "troll", "--customer", "@pepe_trol", "--channel", "social-public")
    assert calm("cases", "warn", first).exit_code == 0
    assert calm("cases", "warn", first).exit_code == 0  # final notice on his first post
    second = add("--fault", "troll", "--customer", "@Pepe_Trol")
    add("--fault", "troll", "--customer", "@pepe_trol2")  # another person: not pooled
    warned = calm("cases", "warn", second, "--reason", "insults again")
    assert warned.exit_code == 0, warned.stderr
    assert warned.stderr.splitlines() == [
        f"{second}: block-recommended",  # goes on from final-notice, not back to a first warning
        f"@Pepe_Trol: block-recommended across 2 cases ({first} final-notice)",
    ]
    assert show(second)["warning_level"] == 3
    again = calm("cases", "warn", second)
    assert again.exit_code == 2 and "already at block-recommended" in again.stderr


def _log_at_version(path: Path, version: int) -> Path:
    import sqlite3

    from calmcli.storage import migrations

    raw = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(raw, target=version)
    raw.close()
    path.chmod(0o600)
    return path


def test_upgrading_a_log_shows_a_progress_bar_only_in_a_terminal(tmp_path: Path) -> None:
    """Opening a log that needs a back-fill says so on stderr in a terminal, and nothing when
    stderr is piped."""
    import pexpect

    piped = calm("--db", str(_log_at_version(tmp_path / "piped.db", 5)), "cases", "list")
    assert piped.exit_code == 0, piped.output
    assert piped.stderr == ""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "calmcli", "--db", str(_log_at_version(tmp_path / "tty.db", 5)), "cases", "list"],
        env={**os.environ, "TERM": "xterm-256color"},
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=30,
    )
    child.expect("Upgrading the case log")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
