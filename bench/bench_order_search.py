"""Benchmark finding a case by an order reference that stands only in a customer's message.

    python bench/bench_order_search.py [--cases 100000] [--runs 15] [--home DIR] [--url PG_URL]

Builds (once; reused from --home, or a `calm_bench_orders` schema with --url) a log of N cases,
each with one or two customer messages of a few hundred characters in four languages: a third
name an order reference (`order 4NNNNN`, `PED-NNNNN`), most hold other numbers (amounts, dates,
phone numbers). About 5 cases per customer; no case has its order in the `order` column. Then
times in-process (open + query, no interpreter start), median of --runs:

    cases list --order REF      a reference one case's message holds; one nobody wrote;
                                a number in many messages (`2026`, in every dated message)
    the walk's search           customer OR contact OR the message's orders (match "any")
    cases list --customer X     for reference (no order given: the messages are not read)

Run it on the code before a change with PYTHONPATH=/path/to/old/src to compare.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CASE_COLUMNS = (
    "id, created_at, updated_at, agent, status, channel, fault, customer_type, incident, "
    "lang, customer, contact, order_ref, summary, outcome, compensation, warning_level, "
    "vars, customer_key, contact_key, received_at"
)
SAYINGS = (
    "Hello, I paid {amount} EUR on {date} and my parcel has still not arrived. {order}"
    "Could you please tell me where it is? You can call me on 600 {phone}.",
    "Hola, el paquete llegó roto el {date}. {order}He pagado {amount} euros y quiero una "
    "solución cuanto antes, por favor.",
    "Bon dia, fa dues setmanes que espero. {order}Em vau cobrar {amount} € el {date}. "
    "Ningú no em respon al telèfon 93 {phone}.",
    "Dzień dobry, zamówiłem {date} i nadal nic. {order}Zapłaciłem {amount} zł. "
    "Proszę o kontakt pod numerem 601 {phone}.",
)
ORDERS = ("order {n} ", "pedido PED-{n}. ", "comanda #{n}, ", "zamówienie nr {n}. ")
FOUND = "80112"  # stands in exactly one case's message


def messages(rng: random.Random, n: int) -> list[str]:
    said = []
    for _ in range(1 + (rng.random() < 0.3)):
        order = rng.choice(ORDERS).format(n=rng.randrange(400_000, 500_000))
        said.append(
            rng.choice(SAYINGS).format(
                amount=f"{rng.randrange(5, 500)}.{rng.randrange(100):02d}",
                date=f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                phone=f"{rng.randrange(100, 999)} {rng.randrange(100, 999)}",
                order=order if n == 7 or rng.random() < 0.33 else "",
            )
        )
    if n == 7:
        said[0] = f"Where is my order {FOUND}? {said[0]}"
    return said


def build(store: Any, count: int) -> None:
    """Fill the (migrated, empty) log with `count` generated cases through the real schema."""
    from calmcli.caselog.model import lookup_key, search_keys, utc_text

    db = store.db
    if db.execute("SELECT count(*) FROM cases").fetchone()[0] >= count:
        return
    rng = random.Random(14)
    now = datetime.now(UTC)
    cases, events, keys = [], [], []
    for n in range(count):
        case_id = f"C-{n:07d}"
        at = utc_text(now - timedelta(days=365 * (1 - n / count)))
        who, contact = f"Customer {rng.randrange(count // 5)}", f"c{rng.randrange(count)}@ex.com"
        cases.append(
            (case_id, at, at, "bench", "closed", "email", "ours", "none", "other", "en")
            + (who, contact, None, "generated", "resolved", None, 0, "{}")
            + (lookup_key(who), lookup_key(contact), at)
        )
        events.append((case_id, 1, at, "created", "bench", "generated", "{}"))
        for seq, text in enumerate(messages(rng, n), start=2):
            events.append((case_id, seq, at, "customer-message", "bench", text, "{}"))
        keys += [(kind, key, case_id) for kind, key in search_keys(who, contact, None)]
    db.execute("BEGIN")
    db.executemany(f"INSERT INTO cases ({CASE_COLUMNS}) VALUES ({', '.join('?' * 21)})", cases)
    db.executemany(
        "INSERT INTO events (case_id, seq, at, kind, agent, text, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        events,
    )
    db.executemany("INSERT INTO case_search (kind, key, case_id) VALUES (?, ?, ?)", keys)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    print(f"  built {count:,} cases, {len(events) - count:,} messages", file=sys.stderr)


def timed(open_store: Any, where: Any) -> tuple[float, int]:
    started = time.perf_counter()
    store = open_store()
    found = store.list_cases(where)
    store.close()
    return (time.perf_counter() - started) * 1000, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--home", type=Path, default=Path(tempfile.gettempdir()) / "calm-bench-orders"
    )
    parser.add_argument("--url", help="a PostgreSQL server to run on instead of SQLite")
    options = parser.parse_args()
    options.home.mkdir(parents=True, exist_ok=True)
    os.environ["CALM_HOME"] = str(options.home)
    from calmcli.caselog.model import CaseFilter
    from calmcli.storage import open_store

    if options.url:
        import psycopg

        with psycopg.connect(options.url, autocommit=True) as admin:
            admin.execute("CREATE SCHEMA IF NOT EXISTS calm_bench_orders")
        sep = "&" if "?" in options.url else "?"
        os.environ["CALM_DB"] = f"{options.url}{sep}options=-csearch_path%3Dcalm_bench_orders"
    store = open_store()
    build(store, options.cases)
    store.close()
    queries = {
        f"--order {FOUND} (in one message)": CaseFilter(orders=(FOUND,), limit=50),
        "--order PED-999999 (nowhere)": CaseFilter(orders=("PED-999999",), limit=50),
        "--order 2026 (in most messages)": CaseFilter(orders=("2026",), limit=50),
        "walk: name OR contact OR orders": CaseFilter(
            customer="Customer 42", contact="c42@ex.com", orders=(FOUND,), match="any", limit=20
        ),
        "--customer 'Customer 42' (no order)": CaseFilter(customer="Customer 42", limit=50),
    }
    backend = "PostgreSQL" if options.url else "SQLite"
    print(f"\n{backend}, {options.cases:,} cases, median of {options.runs} runs, ms (found)")
    for label, where in queries.items():
        runs = [timed(open_store, where) for _ in range(options.runs)]
        median = statistics.median(ms for ms, _ in runs)
        print(f"  {label:40} {median:8.1f}   ({runs[0][1]} found)")


if __name__ == "__main__":
    main()
