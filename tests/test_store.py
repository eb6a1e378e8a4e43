"""The case log on both backends (migrations, records, filters, concurrency), plus what is
SQLite's own (files, permissions, crash safety) and PostgreSQL's own (unreachable servers)."""

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
from typing import Any

import pytest
from conftest import Backend
from hypothesis import given, settings
from hypothesis import strategies as st

from calmcli.base.durations import Delay
from calmcli.caselog import cases
from calmcli.caselog.model import (
    ID_ALPHABET,
    Case,
    CaseFilter,
    Event,
    holds_order,
    order_keys,
    search_keys,
)
from calmcli.errors import CalmError, NotFoundError, UsageError
from calmcli.playbook.calendar import Calendar
from calmcli.storage import db_path, migrations, open_store
from calmcli.storage.sqlite import SqliteStore

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
POLICY = cases.Policy(
    customer_types=("none", "rude"),
    incidents=("other", "billing"),
    incident_follow_up={"billing": Delay(timedelta(hours=4))},
    calendar=Calendar(time_zone="UTC"),  # office hours in UTC, whatever the host's zone
)


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
    open_store().close()  # an empty file is refused as "not a case log" (issue 11)
    path.chmod(0o644)
    open_store().close()
    assert calm_home.stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600


def _old_case_sql(version: int) -> list[str]:
    """Rows as a calm at `version` would have written them."""
    keys = (
        ("", "") if version < 3 else (", customer_key, contact_key", ", 'łukasz nowak', 'l@x.pl'")
    )
    base = (
        f"INSERT INTO cases (id, created_at, updated_at, agent, status, channel, fault, "
        f"customer_type, incident, lang, customer, contact, order_ref, summary, vars{keys[0]}) "
        "VALUES ('C-OLD22', '2026-01-01T10:00:00Z', '2026-01-01T10:00:00Z', 'ann', 'open', "
        f"'email', 'ours', 'none', 'other', 'pl', 'ŁUKASZ Nowak', 'L@X.PL', '#PL-77120', 'old', "
        f"'{{}}'"
        f"{keys[1]})"
    )
    event = (
        "INSERT INTO events (case_id, seq, at, kind, agent) VALUES "
        "('C-OLD22', 1, '2026-01-01T10:00:00Z', 'created', 'ann')"
    )
    followup = (
        "INSERT INTO followups (case_id, seq, kind, due_at, reason, created_at) VALUES "
        "('C-OLD22', 1, 'follow-up', '2026-01-03T10:00:00Z', 'call', "
        "'2026-01-01T10:00:00Z')"
    )
    # From m006 on, calm writes a case's search rows with the case.
    search = [
        f"INSERT INTO case_search (kind, key, case_id) VALUES ('{kind}', '{key}', 'C-OLD22')"
        for kind, key in search_keys("ŁUKASZ Nowak", "L@X.PL", "#PL-77120")
    ]
    return [base, event] + ([followup] if version >= 2 else []) + (search if version >= 6 else [])


@pytest.mark.parametrize("version", range(len(migrations.MIGRATIONS)))
def test_upgrade_from_every_earlier_version(backend: Backend, version: int) -> None:
    if backend.name == "sqlite":
        backend.home.mkdir(mode=0o700)
    raw = backend.raw()
    if backend.name == "sqlite" and version == 0:
        # A blank SQLite database, header and no tables (a 0-byte file is refused: emptied)
        raw.execute("PRAGMA journal_mode = WAL")
    migrations.migrate(raw, target=version, begin=backend.begin)
    assert migrations.schema_version(raw) == version
    if version >= 1:
        for sql in _old_case_sql(version):
            raw.execute(sql)

    store = open_store()
    assert migrations.schema_version(store.db) == len(migrations.MIGRATIONS)  # type: ignore[attr-defined]
    if version >= 1:
        old = store.get_case("C-OLD22")
        assert old.customer == "ŁUKASZ Nowak" and old.lang == "pl"
        assert [e.kind for e in old.events] == ["created"]
        assert len(old.followups) == (1 if version >= 2 else 0)
        # backfilled lookup keys: case-insensitive, non-ASCII included
        assert [c.id for c in store.list_cases(CaseFilter(customer="łukasz nowak"))] == ["C-OLD22"]
        assert [c.id for c in store.list_cases(CaseFilter(customer="l@x.pl"))] == ["C-OLD22"]
        assert [c.id for c in store.list_cases(CaseFilter(agent="ann"))] == ["C-OLD22"]
        # m006's search rows: a first name alone, the contact, the order by its number
        assert [c.id for c in store.list_cases(CaseFilter(customer="Lukasz"))] == ["C-OLD22"]
        assert [c.id for c in store.list_cases(CaseFilter(contact="l@x.pl"))] == ["C-OLD22"]
        assert [c.id for c in store.list_cases(CaseFilter(orders=("77120",)))] == ["C-OLD22"]
    added = store.add_case(new_case(customer="Ann"))
    assert store.get_case(added.id).customer == "Ann"
    store.close()


FIGURES = (
    "id, first_reply_at, resolved_at, first_reply_minutes, resolution_minutes, reopened, "
    "followups_on_time, followups_late, followups_cancelled"
)


def _figure_columns(db: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in db.execute(f"SELECT {FIGURES} FROM cases ORDER BY id")]


def _write_v4(db: Any, log: list[Case], begin: str) -> None:
    """A generated log as calm at schema version 4 wrote it (no figure columns), in one
    transaction (row by row in autocommit, its thousands of commits took 40 s on a busy disk)."""
    db.execute(begin)
    db.executemany(
        "INSERT INTO cases (id, created_at, updated_at, agent, status, channel, fault, "
        "customer_type, incident, lang, compensation, warning_level) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.id,
                c.created_at,
                c.updated_at,
                c.agent,
                c.status,
                c.channel,
                c.fault,
                c.customer_type,
                c.incident,
                c.lang,
                c.compensation,
                c.warning_level,
            )
            for c in log
        ],
    )
    db.executemany(
        "INSERT INTO events (case_id, seq, at, kind, agent, data) VALUES (?, ?, ?, ?, ?, ?)",
        [(c.id, e.seq, e.at, e.kind, e.agent, json.dumps(e.data)) for c in log for e in c.events],
    )
    db.executemany(
        "INSERT INTO followups (case_id, seq, kind, due_at, reason, created_at, done_at, "
        "cancelled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                f.case_id,
                f.seq,
                f.kind,
                f.due_at,
                f.reason,
                f.created_at,
                f.done_at,
                int(f.cancelled),
            )
            for c in log
            for f in c.followups
        ],
    )
    db.execute("COMMIT")


def _odd_case(case_id: str) -> Case:
    """Millisecond times (n.5 s round up: a reply 59.5 s in is one minute), a change to open
    before any resolution (counted as a reopen, as the figures always did)."""
    at = "2026-11-01T09:00:00.250Z"
    events = (
        Event(1, at, "created", "ann"),
        Event(2, "2026-11-01T09:00:59.750Z", "reply", "ann"),
        Event(
            3,
            "2026-11-01T09:30:00.000Z",
            "status-change",
            "ann",
            "",
            {"from": "waiting", "to": "open"},
        ),
        Event(
            4,
            "2026-11-02T09:00:59.750Z",
            "status-change",
            "ann",
            "",
            {"from": "open", "to": "closed", "outcome": "resolved"},
        ),
    )
    return Case(
        case_id, at, at, "ann", "closed", "chat", "ours", "none", "other", "en", events=events
    )


def test_upgrade_from_version_4_back_fills_the_figure_columns(backend: Backend) -> None:
    """m005 derives from old timelines exactly what the store now writes with each case."""
    from test_stats import NOW as STATS_NOW
    from test_stats import check_group, expected, generate

    from calmcli.caselog import stats

    log = [*generate(400, seed=5), _odd_case("C-ODD01")]
    if backend.name == "sqlite":
        backend.home.mkdir(mode=0o700)
    raw = backend.raw()
    migrations.migrate(raw, target=4, begin=backend.begin)
    _write_v4(raw, log, backend.begin)
    store = open_store()  # migrates: m005 back-fills
    upgraded = _figure_columns(store.db)  # type: ignore[attr-defined]
    fresh = open_store(backend.spare)
    fresh.import_cases(log)
    assert upgraded == _figure_columns(fresh.db)  # type: ignore[attr-defined]
    assert upgraded[0][:6] == (
        "C-ODD01",
        "2026-11-01T09:00:59.750Z",
        "2026-11-02T09:00:59.750Z",
        1,
        1441,
        1,
    )
    figures = stats.compute(store, "agent", now=STATS_NOW)
    want = expected(log, "agent")
    for group in [*figures.groups, figures.total]:
        check_group(group, want[group.key], len(log))
    fresh.close()
    store.close()


def test_upgrade_to_version_8_takes_back_resolutions_that_were_not(backend: Backend) -> None:
    """m008: a case closed abandoned was counted as resolved; after the upgrade it is not, and
    a case resolved keeps its time."""
    store = open_store()
    kept = store.add_case(new_case(follow_up="none"))
    dropped = store.add_case(new_case(follow_up="none"))
    store.change(kept.id, cases.close("resolved", POLICY, "ann", NOW + timedelta(hours=2)))
    store.change(dropped.id, cases.close("abandoned", POLICY, "ann", NOW + timedelta(hours=3)))
    store.close()

    def run(*statements: tuple[str, tuple[str, ...]]) -> dict[str, int | None]:
        db = backend.raw()
        try:
            for sql, params in statements:
                db.execute(sql, params)
            return {row[0]: row[4] for row in _figure_columns(db)}
        finally:
            (db.conn if backend.name == "postgresql" else db).close()

    assert run() == {kept.id: 120, dropped.id: None}
    old = run(  # as calm at version 7 wrote it: every close was a resolution
        (
            "UPDATE cases SET resolved_at = updated_at, resolution_minutes = 180 WHERE id = ?",
            (dropped.id,),
        ),
        ("DELETE FROM schema_migrations WHERE id = 8", ()),
    )
    assert old == {kept.id: 120, dropped.id: 180}
    open_store().close()  # migrates: m008
    assert run() == {kept.id: 120, dropped.id: None}


def test_every_write_keeps_the_figure_columns(backend: Backend) -> None:
    """Add, reply, close, reopen, warn, follow-ups done, snoozed, cancelled: each change leaves
    the columns as a back-fill from the whole timeline would."""
    from calmcli.caselog import followups

    store = open_store()
    db = store.db  # type: ignore[attr-defined]
    later = [NOW + timedelta(hours=h) for h in range(1, 9)]
    a = store.add_case(new_case(reply="Dear Ann", follow_up="2026-11-26T00:00+00:00"))
    b = store.add_case(new_case(incident="billing"))
    store.change(b.id, followups.snooze(None, later[7], "bob", later[0]))
    store.change(a.id, followups.done(None, "ann", later[1]))
    store.change(a.id, cases.close("resolved", POLICY, "ann", later[2]))
    store.change(a.id, cases.reopen("ann", later[3], POLICY))
    store.change(a.id, cases.close("abandoned", POLICY, "ann", later[4], force=True))
    store.change(b.id, cases.warn("bob", later[5]))
    store.change(b.id, cases.close("unresolved", POLICY, "bob", later[6], force=True))
    written = _figure_columns(db)
    assert {row[0]: row[3:] for row in written} == {
        # replied at once, resolved after 3 h, reopened (check off, a new follow-up set), then
        # closed with that follow-up cancelled too
        a.id: (0, 180, 1, 1, 0, 2),
        # no reply; closed unresolved after 7 h, not a resolution; its follow-up cancelled
        b.id: (None, None, 0, 0, 0, 1),
    }
    db.execute(backend.begin)
    migrations.fill_case_figures(db)
    db.execute("COMMIT")
    assert _figure_columns(db) == written
    store.close()


def test_migrating_twice_is_a_no_op(backend: Backend) -> None:
    open_store().close()
    store = open_store()
    assert migrations.migrate(store.db, begin=backend.begin) == []  # type: ignore[attr-defined]
    store.close()


def test_a_newer_schema_is_refused(backend: Backend) -> None:
    store = open_store()
    store.db.execute(  # type: ignore[attr-defined]
        "INSERT INTO schema_migrations VALUES (99, 'm099_future', 'x')"
    )
    store.close()
    with pytest.raises(CalmError, match="newer than this calm"):
        open_store()


def test_not_a_database_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(CalmError, match="not a usable case log|file is not a database"):
        SqliteStore(path)


def test_ids_are_short_unambiguous_and_unique(backend: Backend) -> None:
    store = open_store()
    ids = {store.add_case(new_case()).id for _ in range(300)}
    assert len(ids) == 300
    for case_id in ids:
        assert case_id.startswith("C-") and len(case_id) == 7
        assert set(case_id[2:]) <= set(ID_ALPHABET)
        assert not set(case_id[2:]) & set("01OILU")
    store.close()


def test_add_keeps_every_field_and_default_follow_up(backend: Backend) -> None:
    store = open_store()
    case = store.add_case(
        new_case(
            incident="billing",
            customer="Ola",
            contact="ola@x",
            order="A-1",
            summary="double charge",
            message="why?",
            reply="Dear Ola",
            compensation="gift",
        )
    )
    again = store.get_case(case.id)
    assert again == case
    assert again.order == "A-1" and again.agent == "tester" and again.status == "open"
    assert [e.kind for e in again.events] == [
        "created",
        "customer-message",
        "reply",
        "follow-up-set",
    ]
    assert again.events[2].text == "Dear Ola"
    assert again.followups[0].due_at == "2026-11-25T16:00:00.000Z"  # billing: 4h from the policy
    store.close()


def test_change_rolls_back_when_the_decision_refuses(backend: Backend) -> None:
    store = open_store()
    case = store.add_case(new_case())
    with pytest.raises(UsageError, match="pending follow-up"):
        store.change(case.id, cases.close("unresolved", POLICY, "ann", NOW))
    assert store.get_case(case.id) == case
    with pytest.raises(NotFoundError):
        store.change("C-NONE2", cases.note("x", "ann", NOW))
    store.close()


def test_list_filters_and_order(backend: Backend) -> None:
    store = open_store()
    early = store.add_case(new_case(customer="Ann", incident="billing"))
    later = cases.build_case(
        cases.CaseInput(channel="chat", customer="ann "), POLICY, NOW + timedelta(hours=1)
    )
    later = store.add_case(later)
    assert [c.id for c in store.list_cases(CaseFilter())] == [later.id, early.id]
    assert [c.id for c in store.list_cases(CaseFilter(customer="ANN"))] == [later.id, early.id]
    assert [c.id for c in store.list_cases(CaseFilter(channel="chat"))] == [later.id]
    assert [c.id for c in store.list_cases(CaseFilter(incident="billing"))] == [early.id]
    assert [c.id for c in store.list_cases(CaseFilter(since=NOW + timedelta(minutes=1)))] == [
        later.id
    ]
    assert len(store.list_cases(CaseFilter(limit=1))) == 1
    theirs = store.add_case(new_case(agent="bob"))
    assert [c.id for c in store.list_cases(CaseFilter(agent="bob"))] == [theirs.id]
    assert [c.id for c in store.list_cases(CaseFilter(agent="tester"))] == [later.id, early.id]
    store.close()


WRITER = """
import sys
from datetime import UTC, datetime
from calmcli.base.durations import Delay
from calmcli.caselog import cases
from calmcli.storage import open_store
policy = cases.Policy(customer_types=("none",), incidents=("other",))
for n in range(int(sys.argv[1])):
    store = open_store()  # one open per case, like one `calm cases add` per case
    store.add_case(cases.build_case(
        cases.CaseInput(channel="email", summary=f"{sys.argv[2]}-{n}"), policy,
        datetime.now(UTC)))
    store.close()
"""


def test_eight_processes_adding_at_once_lose_nothing(backend: Backend) -> None:
    # On a blank log: the first opens also race to migrate it. A connection to a server costs
    # more than a file open (~4 ms, a forked backend), so fewer rounds there keep the suite quick.
    each = 250 if backend.name == "sqlite" else 100
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(each), f"w{w}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(8)
    ]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in writers]  # type: ignore[union-attr]
    assert results == [(0, "")] * 8
    assert backend.scalar("SELECT count(*) FROM cases") == 8 * each
    assert backend.scalar("SELECT count(DISTINCT id) FROM cases") == 8 * each
    assert backend.scalar("SELECT count(DISTINCT summary) FROM cases") == 8 * each
    assert backend.scalar("SELECT count(*) FROM events") == 16 * each


CHANGER = """
import sys, time
from datetime import UTC, datetime, timedelta
from calmcli.caselog import cases, followups
from calmcli.errors import UsageError
from calmcli.storage import open_store
case_id, who, action, rounds, start = sys.argv[1:6]
policy = cases.Policy(customer_types=("none",), incidents=("other",))
store = open_store()
time.sleep(max(0.0, float(start) - time.time()))  # all processes go at the same moment
for n in range(int(rounds)):
    now = datetime.now(UTC)
    decide = {
        "snooze": lambda: followups.snooze(None, now + timedelta(days=1, seconds=n), who, now),
        "note": lambda: cases.note(f"{who}-{n}", who, now),
        "close": lambda: cases.close("abandoned", policy, who, now, force=True),
    }[action]()
    try:
        store.change(case_id, decide)
        print("ok")
    except UsageError as err:  # refused: already closed, or no pending follow-up left
        print("refused", err)
store.close()
"""


def _race(case_id: str, jobs: list[tuple[str, int]]) -> list[list[str]]:
    """Run one process per (action, rounds) on the same case at once; return their outputs."""
    start = f"{time.time() + 2.0:.3f}"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHANGER, case_id, f"agent{n}", action, str(rounds), start],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, (action, rounds) in enumerate(jobs)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [(p.returncode, err) for p, (_, err) in zip(procs, outputs, strict=True)] == [
        (0, "")
    ] * len(jobs)
    return [out.splitlines() for out, _ in outputs]


def test_agents_changing_one_case_at_once_lose_no_event(backend: Backend) -> None:
    store = open_store()
    case = store.add_case(new_case(follow_up="2030-01-01"))
    _race(case.id, [("snooze", 15)] * 4 + [("note", 15)] * 4)
    after = store.get_case(case.id)
    assert [e.seq for e in after.events] == list(range(1, 2 + 120 + 1))
    snoozes = [e.data for e in after.events if e.kind == "follow-up-snoozed"]
    assert len(snoozes) == 60 and sum(e.kind == "note" for e in after.events) == 60
    # every decision saw the one before it: each snooze moves the due time the last one set
    assert snoozes[0]["from"] == case.followups[0].due_at
    assert all(a["to"] == b["from"] for a, b in zip(snoozes, snoozes[1:], strict=False))
    assert after.followups[0].due_at == snoozes[-1]["to"] and after.status == "open"
    store.close()


def test_agents_closing_and_snoozing_one_case_at_once(backend: Backend) -> None:
    store = open_store()
    case = store.add_case(new_case(follow_up="2030-01-01"))
    outputs = _race(case.id, [("close", 1)] * 4 + [("snooze", 1)] * 4)
    closes = [out[0] for out in outputs[:4]]
    assert sorted(line.split()[0] for line in closes) == ["ok", "refused", "refused", "refused"]
    assert all("already closed" in line for line in closes if line != "ok")
    after = store.get_case(case.id)
    kinds = [e.kind for e in after.events]
    assert after.status == "closed" and kinds.count("status-change") == 1
    assert kinds.count("follow-up-cancelled") == 1 and after.followups[0].cancelled
    # snoozes that won the race come before the close; the others were refused, not lost
    won = sum(out[0] == "ok" for out in outputs[4:])
    assert kinds.count("follow-up-snoozed") == won
    assert kinds[2:] == ["follow-up-snoozed"] * won + ["follow-up-cancelled", "status-change"]
    assert [e.seq for e in after.events] == list(range(1, len(kinds) + 1))
    store.close()


def _export_file(path: Path, count: int) -> None:
    from calmcli.caselog.casefile import case_to_dict

    data = case_to_dict(new_case(summary="imported " + "x" * 400, message="m" * 400))
    for seq, item in enumerate(data["events"], start=1):
        item["seq"] = seq
    data["followups"][0]["seq"] = 1
    body = [json.dumps(data | {"id": f"C-{n:06d}"}) for n in range(count)]
    path.write_text('{"calm_cases": 1, "cases": [\n' + ",\n".join(body) + "\n]}\n")


def test_sigkill_during_a_large_import_leaves_all_or_nothing(
    calm_home: Path, tmp_path: Path
) -> None:
    store = open_store()
    kept = store.add_case(new_case(summary="before the import"))
    store.close()
    source = tmp_path / "big.json"
    _export_file(source, 40_000)
    wal = calm_home / "cases.db-wal"
    proc = subprocess.Popen(
        [sys.executable, "-m", "calmcli", "cases", "import", str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
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


# --- an order reference in a message (issue 14 point 1) -----------------------------------------

_SAID = st.text(alphabet="0123456789 -/.#,\nPEDÉéa", max_size=12)


@settings(max_examples=400, deadline=None)
@given(before=_SAID, ref=st.text(alphabet="0123456789-/PEDé", min_size=1, max_size=8), after=_SAID)
def test_holds_order_cuts_only_the_words_around_a_key_as_order_keys_cuts_the_text(
    before: str, ref: str, after: str
) -> None:
    """The store's token check (it cuts the words around each key's digits) says what cutting
    the whole message would: "80112" in "#80112." and "PED-80112", not in "801123"."""
    keys = order_keys(ref)
    text = before + ref + after
    assert holds_order(text, keys) == bool(set(keys) & set(order_keys(text)))


def test_holds_order_examples() -> None:
    assert holds_order("Where is order #80112? PED-5", order_keys("80112"))
    assert holds_order("pedido PED-80112.", order_keys("80112"))
    assert not holds_order("order 801123 or 180112", order_keys("80112"))
    assert holds_order("Pedido pEd-51449", order_keys("PED-51449"))
