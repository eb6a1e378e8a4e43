"""The SQLite case log: files, permissions, migrations, concurrency and crash safety."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from calmcli import cases, migrations
from calmcli.errors import CalmError, NotFoundError, UsageError
from calmcli.store import ID_ALPHABET, CaseFilter, SqliteStore, db_path, open_store

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
POLICY = cases.Policy(customer_types=("none", "rude"), incidents=("other", "billing"),
                      incident_follow_up={"billing": timedelta(hours=4)})


def new_case(**given: str) -> cases.Case:
    return cases.build_case(cases.CaseInput(**{"channel": "email", **given}), POLICY, NOW)


def test_blank_file_is_private_wal_and_fully_migrated(calm_home: Path) -> None:
    store = open_store()
    store.add_case(new_case())
    path = db_path()
    assert path == calm_home / "cases.db"
    assert calm_home.stat().st_mode & 0o777 == 0o700
    for name in ("cases.db", "cases.db-wal", "cases.db-shm"):
        if (calm_home / name).exists():
            assert (calm_home / name).stat().st_mode & 0o777 == 0o600, name
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = raw.execute("SELECT id, name FROM schema_migrations ORDER BY id").fetchall()
    assert applied == [(n, m.__name__) for n, m in enumerate(migrations.MIGRATIONS, start=1)]
    store.close()


def test_loose_permissions_are_tightened(calm_home: Path) -> None:
    calm_home.mkdir(mode=0o755)
    calm_home.chmod(0o755)
    path = calm_home / "cases.db"
    path.touch()
    path.chmod(0o644)
    open_store().close()
    assert calm_home.stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600


def _old_case_sql(version: int) -> list[str]:
    """Rows as a calm at `version` would have written them."""
    base = ("INSERT INTO cases (id, created_at, updated_at, agent, status, channel, fault, "
            "customer_type, incident, lang, customer, contact, summary, vars) VALUES "
            "('C-OLD22', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z', 'ann', 'open', "
            "'email', 'ours', 'none', 'other', 'pl', 'ŁUKASZ Nowak', 'L@X.PL', 'old', '{}')")
    event = ("INSERT INTO events (case_id, seq, at, kind, agent) VALUES "
             "('C-OLD22', 1, '2026-01-01T10:00:00Z', 'created', 'ann')")
    followup = ("INSERT INTO followups (case_id, seq, kind, due_at, reason, created_at) VALUES "
                "('C-OLD22', 1, 'follow-up', '2026-01-03T10:00:00Z', 'call', "
                "'2026-01-01T10:00:00Z')")
    return [base, event] + ([followup] if version >= 2 else [])


@pytest.mark.parametrize("version", range(len(migrations.MIGRATIONS)))
def test_upgrade_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "cases.db"
    raw = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(raw, target=version)
    assert migrations.schema_version(raw) == version
    if version >= 1:
        for sql in _old_case_sql(version):
            raw.execute(sql)
    raw.close()

    store = SqliteStore(path)
    assert migrations.schema_version(store.db) == len(migrations.MIGRATIONS)
    if version >= 1:
        old = store.get_case("C-OLD22")
        assert old.customer == "ŁUKASZ Nowak" and old.lang == "pl"
        assert [e.kind for e in old.events] == ["created"]
        assert len(old.followups) == (1 if version >= 2 else 0)
        # backfilled lookup keys: case-insensitive, non-ASCII included
        assert [c.id for c in store.list_cases(CaseFilter(customer="łukasz nowak"))] == ["C-OLD22"]
        assert [c.id for c in store.list_cases(CaseFilter(customer="l@x.pl"))] == ["C-OLD22"]
    added = store.add_case(new_case(customer="Ann"))
    assert store.get_case(added.id).customer == "Ann"
    store.close()


def test_migrating_twice_is_a_no_op(tmp_path: Path) -> None:
    SqliteStore(tmp_path / "cases.db").close()
    store = SqliteStore(tmp_path / "cases.db")
    assert migrations.migrate(store.db) == []
    store.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "cases.db")
    store.db.execute("INSERT INTO schema_migrations VALUES (99, 'm099_future', 'x')")
    store.close()
    with pytest.raises(CalmError, match="newer than this calm"):
        SqliteStore(tmp_path / "cases.db")


def test_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(CalmError, match="not a usable case log|file is not a database"):
        SqliteStore(path)


def test_ids_are_short_unambiguous_and_unique() -> None:
    store = open_store()
    ids = {store.add_case(new_case()).id for _ in range(300)}
    assert len(ids) == 300
    for case_id in ids:
        assert case_id.startswith("C-") and len(case_id) == 7
        assert set(case_id[2:]) <= set(ID_ALPHABET)
        assert not set(case_id[2:]) & set("01OILU")
    store.close()


def test_add_keeps_every_field_and_default_follow_up() -> None:
    store = open_store()
    case = store.add_case(new_case(incident="billing", customer="Ola", contact="ola@x",
                                   order="A-1", summary="double charge", message="why?",
                                   reply="Dear Ola", compensation="refund"))
    again = store.get_case(case.id)
    assert again == case
    assert again.order == "A-1" and again.agent == "tester" and again.status == "open"
    assert [e.kind for e in again.events] == ["created", "customer-message", "reply",
                                              "follow-up-set"]
    assert again.events[2].text == "Dear Ola"
    assert again.followups[0].due_at == "2026-11-25T16:00:00.000Z"  # billing: 4h from the policy
    store.close()


def test_change_rolls_back_when_the_decision_refuses() -> None:
    store = open_store()
    case = store.add_case(new_case())
    with pytest.raises(UsageError, match="pending follow-up"):
        store.change(case.id, cases.close("unresolved", POLICY, "ann", NOW))
    assert store.get_case(case.id) == case
    with pytest.raises(NotFoundError):
        store.change("C-NONE2", cases.note("x", "ann", NOW))
    store.close()


def test_list_filters_and_order() -> None:
    store = open_store()
    early = store.add_case(new_case(customer="Ann", incident="billing"))
    later = cases.build_case(cases.CaseInput(channel="chat", customer="ann "), POLICY,
                             NOW + timedelta(hours=1))
    later = store.add_case(later)
    assert [c.id for c in store.list_cases(CaseFilter())] == [later.id, early.id]
    assert [c.id for c in store.list_cases(CaseFilter(customer="ANN"))] == [later.id, early.id]
    assert [c.id for c in store.list_cases(CaseFilter(channel="chat"))] == [later.id]
    assert [c.id for c in store.list_cases(CaseFilter(incident="billing"))] == [early.id]
    assert [c.id for c in store.list_cases(CaseFilter(since=NOW + timedelta(minutes=1)))] == [
        later.id]
    assert len(store.list_cases(CaseFilter(limit=1))) == 1
    store.close()


WRITER = """
import sys
from datetime import UTC, datetime
from calmcli import cases
from calmcli.store import open_store
policy = cases.Policy(customer_types=("none",), incidents=("other",))
for n in range(int(sys.argv[1])):
    store = open_store()  # one open per case, like one `calm cases add` per case
    store.add_case(cases.build_case(
        cases.CaseInput(channel="email", summary=f"{sys.argv[2]}-{n}"), policy,
        datetime.now(UTC)))
    store.close()
"""


def test_eight_processes_adding_at_once_lose_nothing(calm_home: Path) -> None:
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, "250", f"w{w}"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in range(8)
    ]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in writers]  # type: ignore[union-attr]
    assert results == [(0, "")] * 8
    raw = sqlite3.connect(calm_home / "cases.db")
    assert raw.execute("SELECT count(*), count(DISTINCT id) FROM cases").fetchone() == (2000, 2000)
    assert raw.execute("SELECT count(DISTINCT summary) FROM cases").fetchone() == (2000,)
    assert raw.execute("SELECT count(*) FROM events").fetchone() == (4000,)


def _export_file(path: Path, count: int) -> None:
    from calmcli.casefile import case_to_dict

    data = case_to_dict(new_case(summary="imported " + "x" * 400, message="m" * 400))
    for seq, item in enumerate(data["events"], start=1):
        item["seq"] = seq
    data["followups"][0]["seq"] = 1
    body = [json.dumps(data | {"id": f"C-{n:06d}"}) for n in range(count)]
    path.write_text('{"calm_cases": 1, "cases": [\n' + ",\n".join(body) + "\n]}\n")


def test_sigkill_during_a_large_import_leaves_all_or_nothing(calm_home: Path,
                                                              tmp_path: Path) -> None:
    store = open_store()
    kept = store.add_case(new_case(summary="before the import"))
    store.close()
    source = tmp_path / "big.json"
    _export_file(source, 40_000)
    wal = calm_home / "cases.db-wal"
    proc = subprocess.Popen([sys.executable, "-m", "calmcli", "cases", "import", str(source)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 4_000_000:  # writing, well before commit
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the import finished before it could be killed; grow it"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    raw = sqlite3.connect(calm_home / "cases.db")
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert raw.execute("SELECT count(*) FROM cases").fetchone()[0] in (1, 40_001)
    raw.close()
    store = open_store()
    assert store.get_case(kept.id).summary == "before the import"
    store.close()
