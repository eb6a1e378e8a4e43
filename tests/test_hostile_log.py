"""The adversarial suite (issue 11), the hostile data dir and case log: a log that was emptied,
damaged by hand, made read-only, filled up or owned by someone else ends in one true line.

Each test reproduces a failure from ../shared/reviews/untrusted-audit.md; the ownership ones run
as a second OS user (made with useradd when the tests run as root, as CI does).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Backend, OtherUser
from tests.helpers import run


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def _add() -> str:
    added = run("cases", "add", "--channel", "email", "--customer", "Ann")
    assert added.exit_code == 0, added.stderr
    return added.stdout.strip()


def _sql(home: Path, *statements: str) -> None:
    db = sqlite3.connect(home / "cases.db", isolation_level=None)
    for statement in statements:
        db.execute(statement)
    db.close()


COMMANDS = [("cases", "list"), ("cases", "add", "--channel", "email"), ("stats",), ("followups",)]


@pytest.mark.parametrize("command", COMMANDS)
def test_an_emptied_log_is_named_never_recreated(calm_home: Path, command: tuple[str, ...]) -> None:
    _add()
    log = calm_home / "cases.db"
    log.write_bytes(b"")
    for extra in ("-wal", "-shm"):
        Path(f"{log}{extra}").unlink(missing_ok=True)
    result = run(*command)
    assert result.exit_code == 2
    assert one_line(result.stderr) == (
        f"calm: {log} is empty (0 bytes), not a case log: if it held cases, restore it from a "
        "backup; to start a new log, remove it"
    )
    assert log.stat().st_size == 0


def test_a_new_log_is_made_whole_and_leaves_no_temporary(calm_home: Path) -> None:
    _add()
    assert sorted(p.name for p in calm_home.iterdir() if p.name.startswith(".")) == []
    assert (calm_home / "cases.db").stat().st_size > 0


@pytest.mark.parametrize(
    "command", [("cases", "list"), ("cases", "show", "ID"), ("cases", "export"), ("stats",)]
)
def test_a_row_whose_vars_are_not_json_is_one_line(
    calm_home: Path, command: tuple[str, ...]
) -> None:
    case = _add()
    _sql(calm_home, "UPDATE cases SET vars = '{not json'")
    result = run(*(case if arg == "ID" else arg for arg in command))
    if command == ("stats",):  # the figures never read vars: stats still works
        assert result.exit_code == 0, result.stderr
        return
    assert result.exit_code == 1
    assert one_line(result.stderr) == (
        f"calm: {calm_home / 'cases.db'}: case {case}: its stored data is not JSON "
        "('{not json'...): the row is damaged; restore the log from a backup or fix that row"
    )


def test_an_event_whose_data_is_not_json_is_one_line(calm_home: Path) -> None:
    case = _add()
    _sql(calm_home, "UPDATE events SET data = 'nope'")
    result = run("cases", "show", case)
    assert result.exit_code == 1
    assert f"case {case}, event 1: its stored data is not JSON" in one_line(result.stderr)


@pytest.mark.parametrize("command", COMMANDS)
def test_a_foreign_value_in_the_schema_ledger_is_one_line(
    calm_home: Path, command: tuple[str, ...]
) -> None:
    _add()
    _sql(
        calm_home,
        "DROP TABLE schema_migrations",
        "CREATE TABLE schema_migrations (id TEXT, name TEXT, applied_at TEXT)",
        "INSERT INTO schema_migrations VALUES ('x', 'bogus', 'now')",
    )
    result = run(*command)
    assert result.exit_code == 1
    assert one_line(result.stderr) == (
        f"calm: {calm_home / 'cases.db'}: its schema ledger (schema_migrations) holds 'x', "
        "not a version number: not a case log calm can use"
    )


# --- a full disk -------------------------------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 400 KB tmpfs (root only: CI runs as root)."""
    import os

    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs to fill needs root (CI runs as root)")
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_named_and_nothing_is_half_written(tiny_disk: Path) -> None:
    env = {"CALM_HOME": str(tiny_disk / "home")}
    add = ("cases", "add", "--channel", "email", "--summary", "s" * 8000)
    added = 0
    while (result := run(*add, env=env)).exit_code == 0:
        added += 1
        assert added < 100, "the disk never filled"
    log = tiny_disk / "home" / "cases.db"
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"calm: {log}: the disk is full; nothing was written"
    db = sqlite3.connect(log)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM cases").fetchone() == (added,)
    db.close()


TRIAGE = ("triage", "--customer", "Bo", "--fault", "ours", "--channel", "email", "--yes")


def test_triage_out_on_a_full_disk_logs_nothing(tiny_disk: Path) -> None:
    import os

    _add()  # the log exists (a new one is announced on stderr)

    filler = os.open(tiny_disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:  # fill the disk
        while os.write(filler, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(filler)
    out = tiny_disk / "reply.txt"
    result = run(*TRIAGE, "--out", str(out))
    assert result.exit_code == 1
    # Nothing logged, and (issue 14) the agent's work is not lost: the reply is printed and
    # the walk kept for `calm triage --resume`.
    said = one_line(result.stderr)
    assert said.startswith(f"calm: the case was not logged (cannot write {out}: No space left")
    assert said.endswith("`calm triage --resume` logs it")
    assert result.stdout.strip()
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]
    assert len(run("cases", "list").stdout.splitlines()[1:]) == 1  # Ann's: none logged now


def test_triage_out_on_a_full_disk_leaves_no_new_log_behind(
    tiny_disk: Path, calm_home: Path
) -> None:
    import os

    filler = os.open(tiny_disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:  # fill the disk (the log is elsewhere: it is created, then the reply cannot be written)
        while os.write(filler, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(filler)
    result = run(*TRIAGE, "--out", str(tiny_disk / "reply.txt"))
    assert result.exit_code == 1
    assert one_line(result.stderr).startswith("calm: the case was not logged (cannot write")
    assert not (calm_home / "cases.db").exists()  # the log this run opened is gone again
    assert sorted(p.name for p in calm_home.iterdir()) == ["triage-draft.json"]


def _symlinked_template(tmp_path: Path) -> Path:
    """A team folder whose greeting is a symlink to a file outside it (refused, exit 2)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET\n")
    team = tmp_path / "team"
    (team / "en" / "parts").mkdir(parents=True)
    (team / "en" / "parts" / "greeting.j2").symlink_to(secret)
    return team


def _failing(tmp_path: Path, which: str) -> tuple[int, str]:
    """A command that opens the case log, then fails: its exit code and stderr."""
    if which == "triage":  # the walk opens the log for the customer's history, then renders
        result = run(*TRIAGE, "--templates", str(_symlinked_template(tmp_path)))
    else:  # the log is read, then the export cannot be written
        result = run("cases", "export", "-o", "/proc/calm-cannot-write-here.yaml")
    return result.exit_code, result.stderr


@pytest.mark.parametrize("which", ["triage", "export"])
def test_a_command_that_fails_leaves_no_new_log_and_says_nothing_of_it(
    calm_home: Path, tmp_path: Path, which: str
) -> None:
    code, stderr = _failing(tmp_path, which)
    assert code == (2 if which == "triage" else 1)
    assert "created a new case log" not in one_line(stderr)
    assert sorted(p.name for p in calm_home.iterdir()) == []  # no log, no -wal, no -shm


@pytest.mark.parametrize("which", ["triage", "export"])
def test_a_failed_command_never_removes_a_log_that_existed_before(
    calm_home: Path, tmp_path: Path, which: str
) -> None:
    first = run("cases", "list")  # an empty log, made and announced by a command that succeeds
    log = calm_home / "cases.db"
    assert first.exit_code == 0 and first.stderr == f"created a new case log at {log}\n"
    before = log.stat().st_ino
    code, stderr = _failing(tmp_path, which)
    assert code in (1, 2) and "created a new case log" not in one_line(stderr)
    assert log.stat().st_ino == before
    assert run("cases", "list").stdout.splitlines()[1:] == []


def test_a_new_log_is_kept_once_it_holds_a_case_or_another_calm_has_it_open(
    tmp_path: Path,
) -> None:
    from calmcli.storage.sqlite import SqliteStore, discard_new_log, identity

    def fresh(name: str) -> tuple[Path, tuple[int, int]]:
        store = SqliteStore(tmp_path / name)
        assert store.created
        store.close()
        return store.path, identity(store.path)

    log, made = fresh("with-a-case.db")
    assert run("--db", str(log), "cases", "add", "--channel", "email").exit_code == 0
    assert not discard_new_log(log, made) and log.exists()

    log, made = fresh("in-use.db")
    other = sqlite3.connect(log)
    other.execute("SELECT count(*) FROM cases").fetchone()  # another calm, reading it
    assert not discard_new_log(log, made) and log.exists()
    other.close()

    log, made = fresh("replaced.db")
    log.rename(tmp_path / "moved-away.db")  # (kept: its inode cannot be reused)
    SqliteStore(log).close()  # made again meanwhile: another file under the same name
    assert not discard_new_log(log, made) and log.exists()

    log, made = fresh("empty.db")
    assert discard_new_log(log, made)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("empty")) == []


def test_triage_out_is_not_written_when_the_case_cannot_be_logged(
    calm_home: Path, tmp_path: Path
) -> None:
    _add()
    (calm_home / "cases.db").write_bytes(b"")  # emptied: refused when the case is logged
    for extra in ("-wal", "-shm"):
        Path(f"{calm_home / 'cases.db'}{extra}").unlink(missing_ok=True)
    out = tmp_path / "out" / "reply.txt"
    out.parent.mkdir()
    result = run(*TRIAGE, "--out", str(out))
    assert result.exit_code == 2
    assert "is empty (0 bytes)" in one_line(result.stderr)
    assert list(out.parent.iterdir()) == []  # neither the reply nor its temporary file


# --- ownership: a second OS user -----------------------------------------------------------------


def test_a_log_the_agent_may_only_read_is_read_and_a_write_is_one_line(
    other_user: OtherUser, shared_tmp: Path
) -> None:
    home = shared_tmp / "home"
    env = {"CALM_HOME": str(home), "CALM_AGENT": "ann"}
    home.mkdir()
    other_user.own(home)
    assert other_user.calm("cases", "add", "--channel", "email", env=env).returncode == 0
    log = home / "cases.db"
    log.chmod(0o400)
    listed = other_user.calm("cases", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == 2  # the header and the one case
    assert other_user.calm("stats", env=env).returncode == 0
    added = other_user.calm("cases", "add", "--channel", "email", env=env)
    assert added.returncode == 1
    assert one_line(added.stderr) == (
        f"calm: {log} is read-only for you; nothing was written (reading still works)"
    )
    assert log.stat().st_mode & 0o777 == 0o400  # never chmodded


@pytest.mark.parametrize("mode", [0o777, 0o755])
def test_a_calm_home_owned_by_someone_else_is_refused(
    other_user: OtherUser, shared_tmp: Path, mode: int
) -> None:
    home = shared_tmp / "root-owned"
    home.mkdir()
    home.chmod(mode)
    result = other_user.calm("cases", "list", env={"CALM_HOME": str(home)})
    assert result.returncode == 1
    assert one_line(result.stderr) == f"calm: {home} belongs to another user (uid 0); refused"
    assert home.stat().st_mode & 0o777 == mode and list(home.iterdir()) == []


def test_root_never_takes_over_a_calm_home_another_user_owns(
    other_user: OtherUser, shared_tmp: Path
) -> None:
    home = shared_tmp / "theirs"
    home.mkdir()
    home.chmod(0o755)
    other_user.own(home)
    result = run("cases", "add", "--channel", "email", env={"CALM_HOME": str(home)})
    assert result.exit_code == 1
    assert one_line(result.stderr) == (
        f"calm: {home} belongs to another user (uid {other_user.uid}); refused"
    )
    assert home.stat().st_mode & 0o777 == 0o755 and list(home.iterdir()) == []


def test_a_cache_another_user_may_write_to_is_never_read(
    other_user: OtherUser, shared_tmp: Path
) -> None:
    home = shared_tmp / "victim"
    home.mkdir()
    other_user.own(home)
    cache = shared_tmp / "shared-cache"  # root's, open to all, as a careless shared setup
    cache.mkdir()
    cache.chmod(0o1777)
    marker = shared_tmp / "PWNED"
    (cache / "playbook.pickle").write_bytes(
        b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."
    )
    env = {"CALM_HOME": str(home), "CALM_CACHE_DIR": str(cache)}
    result = other_user.calm("reply", "--fault", "ours", "--channel", "email", env=env)
    assert result.returncode == 1
    assert one_line(result.stderr) == f"calm: {cache} belongs to another user (uid 0); refused"
    assert not marker.exists()


# --- PostgreSQL: text it cannot hold, a held lock, a server gone silent -------------------------


@pytest.fixture
def pg_log(backend: Backend) -> str:
    """A migrated case log on the PostgreSQL server, with one case (PostgreSQL only)."""
    if backend.name != "postgresql":
        pytest.skip("PostgreSQL only")
    _add()
    return backend.url


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_nul_in_text_for_postgresql_is_refused_in_one_line(pg_log: str, tmp_path: Path) -> None:
    added = run("cases", "add", input='{"channel": "email", "customer": "A\\u0000B"}')
    assert added.exit_code == 2
    assert one_line(added.stderr).endswith(
        "PostgreSQL text fields cannot contain NUL (0x00) bytes; nothing was written"
    )
    export = tmp_path / "nul.json"
    assert run("cases", "export", "--format", "json", "-o", str(export)).exit_code == 0
    exported = json.loads(export.read_text())
    exported["cases"][0].update(id="C-NUL22", summary="a\u0000b")  # a new case, NUL inside
    export.write_text(json.dumps(exported))
    imported = run("cases", "import", str(export))
    assert imported.exit_code == 2
    assert "cannot contain NUL" in one_line(imported.stderr)
    assert len(run("cases", "list").stdout.splitlines()) == 2  # the header and the one case


def _with_options(url: str, *settings: str) -> str:
    """The URL with more `-c name=value` server settings in its `options` parameter."""
    return url + "".join(f"%20-c{s.replace('=', '%3D')}" for s in settings)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (("lock_timeout=300",), "is busy (another session holds a lock); try again"),
        (
            ("lock_timeout=0", "statement_timeout=300"),
            "the server did not finish within its statement time-out; nothing was written",
        ),
    ],
)
def test_a_held_lock_ends_in_one_line(
    pg_log: str, settings: tuple[str, ...], expected: str
) -> None:
    import psycopg

    calm = [sys.executable, "-m", "calmcli", "--db", _with_options(pg_log, *settings)]
    with psycopg.connect(pg_log) as holder:
        holder.execute("LOCK TABLE cases IN ACCESS EXCLUSIVE MODE")
        # A child with a time-out: without calm's own, this waits for ever
        result = subprocess.run(
            [*calm, "cases", "list"], capture_output=True, text=True, timeout=30
        )
    assert result.returncode == 1
    assert one_line(result.stderr).endswith(expected)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_server_that_stops_answering_ends_in_one_line(pg_log: str) -> None:
    """A stopped backend cancels nothing: calm's own watchdog cuts the connection."""
    import os
    import signal

    import psycopg

    if os.geteuid() != 0:
        pytest.skip("stopping the server's process needs root (CI runs as root)")
    url = _with_options(pg_log, "statement_timeout=1000")
    calm = [sys.executable, "-m", "calmcli", "--db", url, "cases", "list"]
    stopped = []
    with psycopg.connect(pg_log) as holder:
        holder.execute("LOCK TABLE cases IN ACCESS EXCLUSIVE MODE")
        child = subprocess.Popen(calm, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        with psycopg.connect(pg_log, autocommit=True) as admin:
            for _ in range(100):
                stopped = [
                    pid
                    for (pid,) in admin.execute(
                        "SELECT pid FROM pg_stat_activity WHERE %s = any(pg_blocking_pids(pid))",
                        (holder.info.backend_pid,),
                    )
                ]
                if stopped:
                    break
                subprocess.run(["sleep", "0.05"])
        for pid in stopped:  # calm's backend, waiting on the lock: frozen before it times out
            os.kill(pid, signal.SIGSTOP)
    try:
        _, stderr = child.communicate(timeout=30)
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)
        child.kill()  # gone already, unless it waited for ever
    assert stopped, "calm's backend never waited on the lock"
    assert child.returncode == 1
    assert one_line(stderr).endswith("the server stopped answering (nothing for 6 s); calm gave up")


def _blocked_by(holder: object, server: str) -> list[int]:
    """The backends waiting on a lock `holder` (a psycopg connection) holds, within 5 s."""
    import psycopg

    with psycopg.connect(server, autocommit=True) as admin:
        for _ in range(100):
            found = [
                pid
                for (pid,) in admin.execute(
                    "SELECT pid FROM pg_stat_activity WHERE %s = any(pg_blocking_pids(pid))",
                    (holder.info.backend_pid,),  # type: ignore[attr-defined]
                )
            ]
            if found:
                return found
            subprocess.run(["sleep", "0.05"])
    return []


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_server_that_stops_answering_at_commit_ends_in_one_line(pg_log: str) -> None:
    """A COMMIT is a statement like the others: a backend frozen while it commits is cut by
    calm's watchdog too (the write's statements all ran; the server hangs at COMMIT)."""
    import os
    import signal

    import psycopg

    if os.geteuid() != 0:
        pytest.skip("stopping the server's process needs root (CI runs as root)")
    with psycopg.connect(pg_log, autocommit=True) as setup:  # work that runs at COMMIT
        setup.execute(
            "CREATE FUNCTION wait_at_commit() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NULL; END $$"
        )
        setup.execute(
            "CREATE CONSTRAINT TRIGGER wait_at_commit AFTER INSERT ON cases "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION wait_at_commit()"
        )
    url = _with_options(pg_log, "statement_timeout=1000", "lock_timeout=0")
    calm = [sys.executable, "-m", "calmcli", "--db", url, "cases", "add", "--channel", "email"]
    with psycopg.connect(pg_log, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(4242)")
        child = subprocess.Popen(calm, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        stopped = _blocked_by(holder, pg_log)
        for pid in stopped:  # calm's backend, in its COMMIT: frozen before it times out
            os.kill(pid, signal.SIGSTOP)
        try:
            _, stderr = child.communicate(timeout=30)
        finally:
            for pid in stopped:
                os.kill(pid, signal.SIGCONT)
            child.kill()  # gone already, unless it waited for ever
    assert stopped, "calm's backend never waited at COMMIT"
    assert child.returncode == 1
    assert one_line(stderr).endswith(
        "the server stopped answering at COMMIT (nothing for 6 s); calm gave up, and the change "
        "may or may not have been saved: look before doing it again"
    )
