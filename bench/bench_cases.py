"""Benchmark the case log at 1,000,000 cases (run on demand, not in the tests).

    python bench/bench_cases.py [--cases 1000000] [--runs 15] [--home DIR]

Builds (once; reused from --home) a log of N cases: most closed with their follow-up done,
2% still open with a pending follow-up between 30 days ago and 2 weeks ahead, about 5 cases per
customer. Then times, side by side and interleaved, the wall time of whole processes:

    calm followups --due --json
    calm cases list --customer X --json
    calm cases add ...             vs a hello-world Typer app with one option

and, for reference, the same two reads in-process (open + query + JSON, no interpreter start).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stdout
from datetime import UTC, datetime, timedelta
from pathlib import Path

HELLO = """import typer
app = typer.Typer()
@app.command()
def main(name: str = typer.Option("world", "--name")) -> None:
    print(f"hello {name}")
app()
"""
CHANNELS = ("phone", "email", "chat", "social-public", "social-private")
COLUMNS = (
    "id, created_at, updated_at, agent, status, channel, fault, customer_type, incident, "
    "lang, customer, contact, order_ref, summary, outcome, compensation, warning_level, "
    "vars, customer_key, contact_key"
)
INCIDENTS = (
    "shipping-delay",
    "damaged-item",
    "out-of-stock",
    "policy-misreading",
    "product-defect",
    "billing",
    "other",
)


def build(home: Path, count: int) -> None:
    """Fill $home/cases.db with `count` generated cases through the real schema."""
    from calmcli.caselog.model import lookup_key, new_case_id, search_keys, utc_text
    from calmcli.storage.sqlite import SqliteStore

    store = SqliteStore(home / "cases.db")
    db = store.db
    have = db.execute("SELECT count(*) FROM cases").fetchone()[0]
    if have >= count:
        store.close()
        return
    rng = random.Random(7)
    now = datetime.now(UTC)
    customers = max(1, count // 5)
    ids: set[str] = set()
    batch = 50_000
    started = time.perf_counter()
    for start in range(have, count, batch):
        cases, events, followups, keys = [], [], [], []
        for n in range(start, min(start + batch, count)):
            while (case_id := new_case_id(6)) in ids:
                pass
            ids.add(case_id)
            created = now - timedelta(days=3 * 365 * (1 - n / count), minutes=rng.random())
            is_open = rng.random() < 0.02 and created > now - timedelta(days=60)
            is_open = is_open or n >= count - count // 50
            who = f"Customer {rng.randrange(customers)}"
            contact = f"c{rng.randrange(customers)}@example.com"
            at = utc_text(created)
            cases.append(
                (
                    case_id,
                    at,
                    at,
                    "bench",
                    "open" if is_open else "closed",
                    rng.choice(CHANNELS),
                    "ours",
                    "none",
                    rng.choice(INCIDENTS),
                    "en",
                    who,
                    contact,
                    None,
                    "generated case",
                    None if is_open else "resolved",
                    None,
                    0,
                    "{}",
                    lookup_key(who),
                    lookup_key(contact),
                )
            )
            events.append((case_id, 1, at, "created", "bench", "generated case", "{}"))
            # the customer search rows (m006) the store writes with every case
            keys += [(kind, key, case_id) for kind, key in search_keys(who, contact, None)]
            due = (
                now + timedelta(hours=rng.uniform(-30 * 24, 14 * 24))
                if is_open
                else created + timedelta(days=2)
            )
            followups.append(
                (
                    case_id,
                    1,
                    "follow-up",
                    utc_text(due),
                    "follow up",
                    at,
                    None if is_open else utc_text(created + timedelta(days=1)),
                    0,
                    0,
                )
            )
        db.execute("BEGIN")
        db.executemany(f"INSERT INTO cases ({COLUMNS}) VALUES ({', '.join('?' * 20)})", cases)
        db.executemany(
            "INSERT INTO events (case_id, seq, at, kind, agent, text, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            events,
        )
        db.executemany("INSERT INTO followups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", followups)
        db.executemany("INSERT INTO case_search (kind, key, case_id) VALUES (?, ?, ?)", keys)
        db.execute("COMMIT")
        print(
            f"  built {min(start + batch, count):,} cases ({time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
        )
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def wall(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def in_process(args: list[str]) -> float:
    from typer.testing import CliRunner

    from calmcli.cli import app

    started = time.perf_counter()
    result = CliRunner().invoke(app, args)
    elapsed = (time.perf_counter() - started) * 1000
    assert result.exit_code == 0, result.stderr
    return elapsed


def query_only(kind: str, customer: str) -> float:
    """Open the store, run the query, render JSON: what a command adds over process start."""
    from calmcli.caselog.casefile import case_to_dict
    from calmcli.caselog.followups import list_followups
    from calmcli.caselog.model import CaseFilter
    from calmcli.cli.followups import view_to_dict
    from calmcli.storage import open_store

    started = time.perf_counter()
    store = open_store()
    if kind == "due":
        rows = [view_to_dict(v) for v in list_followups(store, "due", datetime.now(UTC), 101)]
    else:
        found = store.list_cases(CaseFilter(customer=customer, limit=51))
        rows = [case_to_dict(c, timeline=False) for c in found]
    with redirect_stdout(io.StringIO()):
        print(json.dumps(rows, default=str))
    store.close()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--home", type=Path, default=Path(tempfile.gettempdir()) / "calm-bench")
    options = parser.parse_args()
    home = options.home
    os.environ["CALM_HOME"] = str(home)
    os.environ.setdefault("CALM_AGENT", "bench")
    print(f"building/reusing {options.cases:,} cases in {home}", file=sys.stderr)
    build(home, options.cases)
    env = dict(os.environ)
    # Time what an installed calm does: with bytecode (pip compiles it), not a compile per run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import calmcli

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(calmcli.__file__).parent)],
        env=env,
        check=True,
    )
    hello = home / "hello.py"
    hello.write_text(HELLO)
    calm = [sys.executable, "-m", "calmcli"]
    customer = "Customer 4242"
    commands = {
        "hello-world Typer app (--name x)": [sys.executable, str(hello), "--name", "x"],
        "calm followups --due --json": [*calm, "followups", "--due", "--json"],
        "calm cases list --customer X --json": [
            *calm,
            "cases",
            "list",
            "--customer",
            customer,
            "--json",
        ],
        "calm cases add --channel email ...": [
            *calm,
            "cases",
            "add",
            "--channel",
            "email",
            "--customer",
            "Bench",
            "--incident",
            "billing",
            "--summary",
            "bench",
        ],
    }
    for argv in commands.values():  # warm the page cache and the playbook cache
        wall(argv, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(options.runs):
        for name, argv in commands.items():
            times[name].append(wall(argv, env))
    base = statistics.median(times["hello-world Typer app (--name x)"])
    print(f"\n{options.cases:,} cases, median of {options.runs} interleaved runs, wall ms")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"  {name:40} {median:7.1f}   min {min(samples):6.1f}   x{median / base:.2f}")
    print("\nin-process (no interpreter start), median ms")
    for label, kind in (
        ("followups --due: open+query+JSON", "due"),
        ("cases list --customer: open+query+JSON", "customer"),
    ):
        samples = [query_only(kind, customer) for _ in range(options.runs)]
        print(f"  {label:40} {statistics.median(samples):7.1f}")
    for label, args in (
        ("CliRunner followups --due --json", ["followups", "--due", "--json"]),
        (
            "CliRunner cases list --customer --json",
            ["cases", "list", "--customer", customer, "--json"],
        ),
    ):
        samples = [in_process(args) for _ in range(options.runs)]
        print(f"  {label:40} {statistics.median(samples):7.1f}")


if __name__ == "__main__":
    main()
