"""Choosing the case log (`--db`, CALM_DB, the config file), the agent, and what is PostgreSQL's
own: unreachable servers, moving a SQLite log into the team's server, psycopg kept off SQLite."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Backend
from test_cases_cli import add, add_at, calm

from calmcli.base.config import config_path


def write_config(text: str) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def ids(*args: str) -> list[str]:
    result = calm(*args, "cases", "list", "--json")
    assert result.exit_code == 0, result.stderr
    return [case["id"] for case in json.loads(result.stdout)]


def test_db_option_beats_calm_db_beats_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs = {name: tmp_path / name / "cases.db" for name in ("flag", "env", "config")}
    for log in logs.values():
        log.parent.mkdir()  # a named log's folder must exist (a missing one is a typo)
    write_config(f'db = "{logs["config"]}"\n')
    in_config = add()
    monkeypatch.setenv("CALM_DB", f"sqlite://{logs['env']}")
    in_env = add()
    in_flag = calm("--db", str(logs["flag"]), "cases", "add", "--channel", "chat").stdout.strip()
    assert ids("--db", str(logs["flag"])) == [in_flag]
    assert ids() == [in_env]  # --db applied to its own run only
    monkeypatch.delenv("CALM_DB")
    assert ids() == [in_config]
    assert all(path.exists() for path in logs.values())


def test_agent_from_env_then_config_file(monkeypatch: pytest.MonkeyPatch) -> None:
    mine = add()
    monkeypatch.delenv("CALM_AGENT")
    write_config('agent = "Ola"\n')
    olas = add()
    assert calm("cases", "note", olas, "called back").exit_code == 0
    theirs = add("--agent", "Bob")
    listed = json.loads(calm("cases", "list", "--mine", "--json").stdout)
    assert [case["id"] for case in listed] == [olas]
    shown = json.loads(calm("cases", "show", olas, "--json").stdout)
    assert shown["agent"] == "Ola" and {e["agent"] for e in shown["events"]} == {"Ola"}
    monkeypatch.setenv("CALM_AGENT", "tester")
    assert [c["id"] for c in json.loads(calm("cases", "list", "--mine", "--json").stdout)] == [mine]
    assert theirs not in [
        c["id"] for c in json.loads(calm("cases", "list", "--mine", "--json").stdout)
    ]


def test_the_reply_is_signed_by_the_same_agent_as_the_case_log(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One resolver: the config file's `agent` signs `calm reply` (text and --jsonl) as it
    names the case's agent; a bare OS login name never signs a letter to a customer."""
    import getpass

    situation = ("reply", "--fault", "ours", "--channel", "email", "--lang", "en", "--no-check")
    monkeypatch.delenv("CALM_AGENT")
    write_config('agent = "Ola Nowak"\n')
    assert "Ola Nowak" in calm(*situation).stdout
    line = json.dumps({"fault": "ours", "channel": "email", "lang": "en"})
    streamed = json.loads(calm("reply", "--jsonl", "--no-check", input=line + "\n").stdout)
    assert "Ola Nowak" in streamed["messages"][0]["text"]
    assert "Bob" in calm(*situation, "--agent", "Bob").stdout  # the flag beats the file
    monkeypatch.setenv("CALM_AGENT", "Marta")
    assert "Marta" in calm(*situation).stdout  # the environment beats the file
    monkeypatch.delenv("CALM_AGENT")
    write_config("")
    unsigned = calm(*situation).stdout
    assert "Ola Nowak" not in unsigned and f" {getpass.getuser()}" not in unsigned


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('db = "x"\ncolour = "red"\n', ":2: unknown key 'colour'; valid: db, agent"),
        ("agent = 3\n", ":1: 'agent' must be a non-empty string"),
        ('db = "x\n', ":1: "),
    ],
)
def test_a_broken_config_file_is_file_line_exit_2(text: str, message: str) -> None:
    path = write_config(text)
    result = calm("cases", "list")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"calm: {path}{message}") and result.stderr.count("\n") == 1


def test_unknown_kind_of_url_is_exit_2() -> None:
    result = calm("--db", "mysql://ola@db/support", "cases", "list")
    assert result.exit_code == 2
    assert result.stderr == (
        "calm: unknown case log mysql://...; use a path, sqlite:///PATH or "
        "postgresql://USER@HOST/DB\n"
    )


def test_unreachable_server_is_one_line_naming_the_host_exit_1() -> None:
    pytest.importorskip("psycopg")
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = calm("--db", f"postgresql://ola:secret@127.0.0.1:{port}/support", "cases", "list")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        f"calm: cannot reach the case log at 127.0.0.1:{port}/support: Connection refused\n"
    )


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts TCP connections and never answers (a hung server, a firewall)."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        yield server.getsockname()[1]


def test_a_server_that_never_answers_times_out(silent_server: int) -> None:
    pytest.importorskip("psycopg")
    started = time.monotonic()
    result = calm(
        "--db",
        f"postgresql://ola@127.0.0.1:{silent_server}/support?connect_timeout=2",
        "followups",
        "--due",
    )
    assert time.monotonic() - started < 6
    assert result.exit_code == 1
    assert (
        result.stderr.startswith(
            f"calm: cannot reach the case log at 127.0.0.1:{silent_server}/support: "
        )
        and result.stderr.count("\n") == 1
    )
    assert "timeout" in result.stderr


def test_a_missing_database_names_the_cause(pg_server: str) -> None:
    from psycopg.conninfo import conninfo_to_dict

    host = conninfo_to_dict(pg_server).get("host", "localhost")
    base, _, query = pg_server.partition("?")  # postgresql://USER@HOST:PORT/DB?host=...
    url = base.rsplit("/", 1)[0] + "/calm_no_such_db" + (f"?{query}" if query else "")
    result = calm("--db", url, "cases", "list")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"calm: cannot reach the case log at {host}")
    assert result.stderr.endswith('calm_no_such_db: database "calm_no_such_db" does not exist\n')


def test_a_missing_schema_is_one_line_exit_1(pg_server: str) -> None:
    from conftest import with_search_path

    result = calm("--db", with_search_path(pg_server, "calm_no_such_schema"), "cases", "list")
    assert result.exit_code == 1
    assert result.stderr.startswith("calm: case log at ")
    assert result.stderr.endswith(": no schema has been selected to create in\n")


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_sqlite_log_moves_into_postgresql_without_loss(
    backend: Backend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ola").mkdir()
    own = f"sqlite://{tmp_path / 'ola' / 'cases.db'}"
    monkeypatch.setenv("CALM_DB", own)
    first = add(
        "--customer",
        "Łucja Żak",
        "--summary",
        'ąę "quoted": yes',
        "--set",
        "tracking=1Z999",
        "--message",
        "line 1\nline 2",
        "--reply",
        "Dzień dobry,\n...",
    )
    second = add_at(
        "2026-11-30T10:00",
        "--incident",
        "billing",
        "--follow-up",
        "2026-12-01T09:30",
        "--agent",
        "Ola",
    )
    calm("cases", "warn", first, "--reason", "insults")
    calm("followups", "snooze", second, "3d")
    calm(
        "cases",
        "close",
        second,
        "--outcome",
        "resolved",
        "--force",
        "--compensation",
        "discount:10",
    )
    calm("cases", "note", second, "2026-01-01: looks like a date")
    exported = calm("cases", "export")
    assert exported.exit_code == 0, exported.stderr
    path = tmp_path / "ola.yaml"
    path.write_text(exported.stdout, encoding="utf-8")

    imported = calm("--db", backend.url, "cases", "import", str(path), "--json")
    assert json.loads(imported.stdout) == {"read": 2, "imported": 2, "skipped": 0}
    assert calm("--db", backend.url, "cases", "export").stdout == exported.stdout
    for args in (
        ["cases", "list", "--json", "--limit", "0"],
        ["followups", "--all", "--json"],
        ["cases", "show", second, "--json"],
    ):
        assert calm("--db", backend.url, *args).stdout == calm(*args).stdout, args
    again = calm("--db", backend.url, "cases", "import", str(path))
    assert again.exit_code == 2 and "already in the log" in again.stderr


def test_the_sqlite_path_never_imports_psycopg(tmp_path: Path) -> None:
    env = {
        "CALM_HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "no-config"),
        "CALM_AGENT": "tester",
        "PATH": "/usr/bin:/bin",
    }
    for args in (["cases", "add", "--channel", "email"], ["followups", "--due", "--json"]):
        run = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "calmcli", *args],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()}
        assert not {name for name in imported if name.startswith("psycopg")}, args
        assert "calmcli.storage.sqlite" in imported and "calmcli.storage.postgres" not in imported
