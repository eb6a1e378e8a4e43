"""Benchmark the team case log on PostgreSQL next to SQLite (run on demand, not in the tests).

    python bench/bench_pg.py --url postgresql://USER@HOST/DB [--cases 1000000] [--runs 15]
                             [--agents 8] [--per-agent 1000] [--schema calm_bench]

Needs a server where it may create (and reuse) a schema. Two figures, each on both backends:

1. Concurrent agents: `--agents` processes start together and each adds `--per-agent` cases,
   opening the log once per case like one `calm cases add` does (interpreter start excluded).
   Reports wall time, cases/s, per-add latency (median, p99) and failures, then counts the rows.
2. Reads at `--cases` cases (built once with COPY; same shape as bench/bench_cases.py: 2% open
   with a pending follow-up, about 5 cases per customer): whole-process wall time of
   `calm followups --due --json`, `calm cases list --customer X --json`, `calm cases add`.
   For the SQLite figures at the same size run bench/bench_cases.py in the same session.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

CHANNELS = ("phone", "email", "chat", "social-public", "social-private")
INCIDENTS = (
    "shipping-delay",
    "damaged-item",
    "out-of-stock",
    "policy-misreading",
    "product-defect",
    "billing",
    "other",
)
COLUMNS = (
    "id, created_at, updated_at, agent, status, channel, fault, customer_type, incident, "
    "lang, customer, contact, order_ref, summary, outcome, compensation, warning_level, "
    "vars, customer_key, contact_key"
)
AGENT = """
import json, sys, time
from datetime import UTC, datetime
from calmcli.caselog import cases
from calmcli.storage import open_store
count, name, start = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
policy = cases.Policy(customer_types=("none",), incidents=("other", "billing"))
open_store().close()  # connect once before the start line: the driver import is not timed
time.sleep(max(0.0, start - time.time()))
latencies, failures = [], []
for n in range(count):
    began = time.perf_counter()
    try:
        store = open_store()  # one open per case, like one `calm cases add` per case
        store.add_case(cases.build_case(cases.CaseInput(
            channel="email", incident="billing", customer=f"{name} customer {n}",
            agent=name, summary=f"{name}-{n}"), policy, datetime.now(UTC)))
        store.close()
    except Exception as err:
        failures.append(str(err))
    latencies.append((time.perf_counter() - began) * 1000)
print(json.dumps({"latencies": latencies, "failures": failures, "end": time.time()}))
"""


def with_schema(url: str, schema: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def reset_schema(url: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")  # type: ignore[arg-type]
        db.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]


def concurrent_adds(target: str, agents: int, per_agent: int) -> dict[str, float]:
    """Start `agents` processes at one moment against `target`; return the figures."""
    env = dict(os.environ, CALM_DB=target)
    start = time.time() + 3.0
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", AGENT, str(per_agent), f"agent{n}", str(start)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(agents)
    ]
    reports = [json.loads(p.communicate()[0]) for p in procs]
    wall = max(r["end"] for r in reports) - start
    latencies = sorted(ms for r in reports for ms in r["latencies"])
    failures = [f for r in reports for f in r["failures"]]
    return {
        "wall_s": wall,
        "per_s": len(latencies) / wall,
        "median_ms": statistics.median(latencies),
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1],
        "failures": len(failures),
    }


def count_cases(target: str) -> int:
    from calmcli.storage import open_store

    store = open_store(target)
    try:
        return int(store.db.execute("SELECT count(*) FROM cases").fetchone()[0])  # type: ignore[attr-defined]
    finally:
        store.close()


def generate(count: int, rng: random.Random) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Rows for `count` cases (the distribution of bench/bench_cases.py)."""
    from calmcli.caselog.model import lookup_key, new_case_id, utc_text

    now = datetime.now(UTC)
    customers = max(1, count // 5)
    ids: set[str] = set()
    cases, events, followups = [], [], []
    for n in range(count):
        while (case_id := new_case_id(6)) in ids:
            pass
        ids.add(case_id)
        created = now - timedelta(days=3 * 365 * (1 - n / count), minutes=rng.random())
        is_open = (rng.random() < 0.02 and created > now - timedelta(days=60)) or (
            n >= count - count // 50
        )
        who, contact = f"Customer {rng.randrange(customers)}", f"c{rng.randrange(customers)}@x.com"
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
    return cases, events, followups


def build(target: str, count: int) -> None:
    """Fill the PostgreSQL log with `count` cases through the real schema, with COPY."""
    from calmcli.storage import open_store

    store = open_store(target)  # creates the schema through the migrations
    conn = store.db.conn  # type: ignore[attr-defined]
    if conn.execute("SELECT count(*) FROM cases").fetchone()[0] >= count:
        store.close()
        return
    conn.execute("TRUNCATE cases, events, followups")  # a smaller log from an earlier run
    started = time.perf_counter()
    cases, events, followups = generate(count, random.Random(7))
    with conn.transaction():
        for table, columns, rows in (
            ("cases", COLUMNS, cases),
            ("events", "case_id, seq, at, kind, agent, text, data", events),
            (
                "followups",
                "case_id, seq, kind, due_at, reason, created_at, done_at, cancelled, suggest_sale",
                followups,
            ),
        ):
            with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
    conn.execute("VACUUM ANALYZE cases")
    conn.execute("VACUUM ANALYZE followups")
    print(f"  built {count:,} cases in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    store.close()


def wall(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def reads(target: str, runs: int) -> dict[str, list[float]]:
    env = dict(os.environ, CALM_DB=target)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    calm = [sys.executable, "-m", "calmcli"]
    commands = {
        "calm followups --due --json": [*calm, "followups", "--due", "--json"],
        "calm cases list --customer X --json": [
            *calm,
            "cases",
            "list",
            "--customer",
            "Customer 4242",
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
    for argv in commands.values():  # warm caches (page cache, playbook cache, server buffers)
        wall(argv, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            times[name].append(wall(argv, env))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("CALM_BENCH_PG_URL"))
    parser.add_argument("--schema", default="calm_bench")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--agents", type=int, default=8)
    parser.add_argument("--per-agent", type=int, default=1000)
    options = parser.parse_args()
    if not options.url:
        parser.error("give --url postgresql://USER@HOST/DB (or CALM_BENCH_PG_URL)")
    os.environ.setdefault("CALM_AGENT", "bench")
    os.environ["CALM_HOME"] = tempfile.mkdtemp(prefix="calm-bench-pg-")

    print(f"\n{options.agents} agents x {options.per_agent:,} cases at once (one open per case)")
    print(
        f"  {'backend':12} {'wall s':>7} {'cases/s':>8} {'median ms':>10} {'p99 ms':>8} "
        f"{'failed':>7} {'rows':>7}"
    )
    adds_schema = f"{options.schema}_adds"
    reset_schema(options.url, adds_schema)
    sqlite_target = str(Path(os.environ["CALM_HOME"]) / "adds" / "cases.db")
    for name, target in (
        ("sqlite", sqlite_target),
        ("postgresql", with_schema(options.url, adds_schema)),
    ):
        figures = concurrent_adds(target, options.agents, options.per_agent)
        print(
            f"  {name:12} {figures['wall_s']:7.1f} {figures['per_s']:8.0f} "
            f"{figures['median_ms']:10.1f} {figures['p99_ms']:8.1f} "
            f"{figures['failures']:7.0f} {count_cases(target):7,}"
        )

    import psycopg

    with psycopg.connect(options.url, autocommit=True) as db:  # kept between runs: built once
        db.execute(f"CREATE SCHEMA IF NOT EXISTS {options.schema}")  # type: ignore[arg-type]
    target = with_schema(options.url, options.schema)
    print(f"\nbuilding/reusing {options.cases:,} cases in schema {options.schema}", file=sys.stderr)
    build(target, options.cases)
    times = reads(target, options.runs)
    print(
        f"\nPostgreSQL, {options.cases:,} cases, median of {options.runs} interleaved runs, wall ms"
    )
    for name, samples in times.items():
        print(f"  {name:40} {statistics.median(samples):7.1f}   min {min(samples):6.1f}")


if __name__ == "__main__":
    main()
