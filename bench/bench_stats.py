"""Benchmark `calm stats --json` at 1,000,000 cases (run on demand, not in the tests).

    python bench/bench_stats.py [--cases 1000000] [--runs 7] [--home DIR]

Builds (once; reused from --home) a log with full timelines, unlike bench_cases.py's log whose
cases only have a `created` event: most cases get a reply after minutes to hours, a status
change to resolved or closed after hours to days, a follow-up done on time or late (2% still
pending), and a few reopens, compensations and warnings. Then times whole processes:

    calm stats --json
    calm stats --json --by agent --since 12w
    calm stats --json --by incident --until <a year ago>
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cases import CHANNELS, COLUMNS, INCIDENTS  # noqa: E402  (shared shapes)

FAULTS = ("ours", "not-ours", "unclear", "troll")
CUSTOMER_TYPES = ("none", "demanding", "rude", "troll", "vip")
AGENTS = tuple(f"agent{n:02}" for n in range(20))
COMPENSATIONS = ("free-shipping", "discount 10%", "free-return", "gift")
EVENT_SQL = (
    "INSERT INTO events (case_id, seq, at, kind, agent, text, data) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _timeline(
    rng: random.Random, case_id: str, created: datetime, now: datetime, agent: str
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], str, int, str | None]:
    """Events and follow-ups of one generated case; also its status and warning level."""
    from calmcli.caselog.model import utc_text

    events: list[tuple[str, str, str, dict[str, object]]] = [
        (utc_text(created), "created", "", {"status": "open"})
    ]
    status, warning, compensation = "open", 0, None
    if rng.random() < 0.92:
        replied = created + timedelta(minutes=rng.lognormvariate(4, 1.2))
        events.append((utc_text(replied), "reply", "Dear customer, ...", {}))
    due = created + timedelta(days=2)
    events.append((utc_text(created), "follow-up-set", "follow up", {"due_at": utc_text(due)}))
    roll = rng.random()
    done = (
        None
        if due > now or roll < 0.02
        else due - timedelta(hours=rng.uniform(1, 40))
        if roll < 0.8
        else due + timedelta(hours=rng.uniform(1, 72))
    )
    followups = [
        (
            case_id,
            1,
            "follow-up",
            utc_text(due),
            "follow up",
            utc_text(created),
            None if done is None else utc_text(done),
            0,
            0,
        )
    ]
    if done is not None:
        events.append((utc_text(done), "follow-up-done", "", {"followup": f"{case_id}.1"}))
        if rng.random() < 0.08:
            compensation = rng.choice(COMPENSATIONS)
        resolved = done + timedelta(hours=rng.uniform(0, 30))
        if resolved < now:
            status = "resolved" if rng.random() < 0.7 else "closed"
            events.append(
                (
                    utc_text(resolved),
                    "status-change",
                    "",
                    {"from": "open", "to": status, "outcome": "resolved"},
                )
            )
            if rng.random() < 0.04:
                back = resolved + timedelta(days=1)
                events.append((utc_text(back), "status-change", "", {"from": status, "to": "open"}))
                status = "open"
    for level in range(1, 4 if rng.random() < 0.01 else 1):
        warning = level
        events.append((utc_text(created), "warning", "", {"level": level}))
    rows = [
        (case_id, seq, at, kind, agent, text, json.dumps(data))
        for seq, (at, kind, text, data) in enumerate(events, start=1)
    ]
    return rows, followups, status, warning, compensation


def build(home: Path, count: int) -> None:
    """Fill $home/cases.db with `count` generated cases through the real schema."""
    from calmcli.caselog.model import lookup_key, new_case_id, utc_text
    from calmcli.storage.migrations import fill_case_figures
    from calmcli.storage.sqlite import SqliteStore

    store = SqliteStore(home / "cases.db")
    db = store.db
    have = db.execute("SELECT count(*) FROM cases").fetchone()[0]
    if have >= count:
        store.close()
        return
    rng = random.Random(11)
    now = datetime.now(UTC)
    ids: set[str] = set()
    started = time.perf_counter()
    for start in range(have, count, 50_000):
        cases, events, followups = [], [], []
        for n in range(start, min(start + 50_000, count)):
            while (case_id := new_case_id(6)) in ids:
                pass
            ids.add(case_id)
            created = now - timedelta(days=3 * 365 * (1 - n / count), minutes=rng.random())
            agent = rng.choice(AGENTS)
            rows, items, status, warning, compensation = _timeline(
                rng, case_id, created, now, agent
            )
            who = f"Customer {rng.randrange(count // 5 + 1)}"
            at = utc_text(created)
            cases.append(
                (
                    case_id,
                    at,
                    rows[-1][2],
                    agent,
                    status,
                    rng.choice(CHANNELS),
                    rng.choice(FAULTS),
                    rng.choice(CUSTOMER_TYPES),
                    rng.choice(INCIDENTS),
                    "en",
                    who,
                    None,
                    None,
                    "generated case",
                    "resolved" if status != "open" else None,
                    compensation,
                    warning,
                    "{}",
                    lookup_key(who),
                    None,
                )
            )
            events += rows
            followups += items
        db.execute("BEGIN")
        db.executemany(f"INSERT INTO cases ({COLUMNS}) VALUES ({', '.join('?' * 20)})", cases)
        db.executemany(EVENT_SQL, events)
        db.executemany("INSERT INTO followups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", followups)
        db.execute("COMMIT")
        print(
            f"  built {min(start + 50_000, count):,} cases ({time.perf_counter() - started:.0f} s)",
            file=sys.stderr,
        )
    db.execute("BEGIN")
    fill_case_figures(db)  # rows written around the store: derive what `calm stats` reads
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def wall(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--home", type=Path, default=Path(tempfile.gettempdir()) / "calm-bench-stats"
    )
    options = parser.parse_args()
    home = options.home
    os.environ["CALM_HOME"] = str(home)
    print(f"building/reusing {options.cases:,} cases in {home}", file=sys.stderr)
    build(home, options.cases)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # time calm as installed: with bytecode
    import calmcli

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(calmcli.__file__).parent)],
        env=env,
        check=True,
    )
    calm = [sys.executable, "-m", "calmcli", "stats", "--json"]
    year_ago = (datetime.now(UTC) - timedelta(days=365)).date().isoformat()
    commands = {
        "calm stats --json": calm,
        "calm stats --json --by agent --since 12w": [*calm, "--by", "agent", "--since", "12w"],
        f"calm stats --json --until {year_ago}": [*calm, "--until", year_ago],
    }
    for argv in commands.values():  # warm the page cache
        wall(argv, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(options.runs):
        for name, argv in commands.items():
            times[name].append(wall(argv, env))
    print(f"\n{options.cases:,} cases, median of {options.runs} interleaved runs, wall ms")
    for name, samples in times.items():
        print(
            f"  {name:48} {statistics.median(samples):7.1f}   min {min(samples):6.1f}"
            f"   max {max(samples):6.1f}"
        )


if __name__ == "__main__":
    main()
