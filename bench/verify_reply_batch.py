"""Check that `calm reply --jsonl` (planned and checked once per situation, reply/batch.py)
writes byte for byte what rendering and checking each case on its own writes.

Cases: the throughput benchmark's (bench_reply.py: the situation matrix x languages, a new
"Customer N" and "A-N" on every line) and a varied set (every fault, channel, customer type
and incident, language tags with fallbacks, handles, capitals, rule words, sentence ends,
quotes, e-mail addresses, phone numbers, apostrophes, greet_as, zones, facts, bad lines).
The reference is computed here, in-process, one case at a time; calm runs as a subprocess.

Run: python bench/verify_reply_batch.py [--cases 20000] [--varied 20000] [--no-check]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

NOW = "2026-12-11T17:40:00+01:00"  # a Friday after the close: calls wait, promises move
FIRST = ["Jan", "Anna", "María José", "Łukasz", "JOHN", "Siobhan", "Dear", "Zoë", "Pau", "kasia"]
LAST = ["Nowak", "O'Brien", "Solà i Roca", "del Carmen Ruiz", "SMITH", "Customer", "Żółć", "Lee"]
ORDERS = ["A-{n}", "#{n}", "PL-2024/{n}", "{n}", "ORDER-{n}", "a-{n}", "{n}.5", "+48 600 {n}"]
AGENTS = [None, "Ola", "Núria", "TOM", "Agent Smith", "O'Neil", "Eva!"]
TAGS = ["ca", "es", "pl", "en", "es-MX", "pl-PL", "ca-ES-valencia", "de", None]
FACTS: list[dict[str, str]] = [
    {},
    {"amount": "49.90 EUR", "tracking": "1Z999AA10123456784", "restock_date": "2026-12-10"},
    {"warning_level": "2"},
    {"address": "f", "item": "l'abric"},
    {"cause": "the depot was closed by a storm", "policy_quote": "Returns within 30 days."},
    {"amount": "12.00 EUR"},
]


def bench_cases(count: int) -> list[dict[str, Any]]:
    combos = list(
        itertools.product(
            ["ours", "not-ours", "unclear", "troll"],
            ["phone", "email", "chat", "social-public", "social-private"],
            ["none", "indecisive", "meticulous", "distrustful", "rude"],
            ["shipping-delay", "damaged-item", "out-of-stock", "billing"],
            ["ca", "es", "pl", "en"],
        )
    )
    keys = ("fault", "channel", "customer_type", "incident", "lang")
    return [
        dict(zip(keys, combos[i % len(combos)], strict=True))
        | {"customer": f"Customer {i}", "agent": "Ola", "order": f"A-{i}"}
        for i in range(count)
    ]


def varied_cases(count: int, playbook: Any) -> list[Any]:
    """Cases drawn from a pool of varied ones, half as drawn, half with other letters and
    digits in the names and references (the same shape: what the batch shares)."""
    rng = random.Random(15)
    situations = list(
        itertools.product(
            playbook.faults, playbook.channels, playbook.customer_types, playbook.incidents
        )
    )
    pool: list[dict[str, Any]] = []
    for _ in range(max(count // 20, 1)):
        fault, channel, ctype, incident = rng.choice(situations)
        case: dict[str, Any] = {"fault": fault, "channel": channel, "customer_type": ctype}
        case |= {"incident": incident, "lang": rng.choice(TAGS)}
        if rng.random() < 0.85:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            case["customer"] = rng.choice([name, name, f"@{name.split()[0].lower()}_w"])
        if rng.random() < 0.8:
            case["order"] = rng.choice(ORDERS).format(n=rng.randint(1, 99999))
        case["agent"] = rng.choice(AGENTS)
        if rng.random() < 0.1:
            case["greet_as"] = rng.choice(["Juan Carlos", "Sra. Puig", "@x"])
        if rng.random() < 0.1:
            case["customer_tz"] = rng.choice(["America/Mexico_City", "Asia/Tokyo"])
        case["vars"] = rng.choice(FACTS)
        pool.append(case)
    cases: list[Any] = []
    for i in range(count):
        if i % 997 == 5:
            cases.append(rng.choice(['{"fault": "nope", "channel": "email"}', "{not json", "[]"]))
            continue
        case = dict(rng.choice(pool))
        if rng.random() < 0.5:
            for key in ("customer", "order", "agent"):
                if case.get(key):
                    case[key] = _same_shape(case[key], rng)
        cases.append(case)
    return cases


def _same_shape(value: str, rng: random.Random) -> str:
    """Other letters and digits in the same places (capitals where capitals were)."""

    def other(char: str) -> str:
        if char.isdigit():
            return rng.choice("0123456789")
        if char.isalpha():
            letter = rng.choice("abcdefghijklmnopqrstuvwxyzáéłóñç")
            return letter.upper() if char.isupper() else letter
        return char

    return "".join(other(c) for c in value)


def reference(lines: list[str], check: bool) -> list[str]:
    """Each line rendered and checked on its own, as `calm reply --jsonl` did before."""
    from datetime import datetime

    from calmcli.cli.common import signing_agent
    from calmcli.errors import CalmError
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.checking import check_reply
    from calmcli.reply.render import Renderer, template_dirs
    from calmcli.reply.requests import request_from_mapping

    renderer = Renderer(load_playbook(), template_dirs(), datetime.fromisoformat(NOW))
    agent = signing_agent(None)
    out = []
    for number, raw in enumerate(lines, start=1):
        try:
            request = request_from_mapping(json.loads(raw), agent)
            reply = renderer.render(request)
        except json.JSONDecodeError as err:
            out.append(json.dumps({"line": number, "error": f"invalid JSON: {err.msg}"}))
            continue
        except CalmError as err:
            out.append(json.dumps({"line": number, "error": str(err)}, ensure_ascii=False))
            continue
        output: dict[str, Any] = {"line": number, **reply.as_dict()}
        if reply.warnings:
            output["warnings"] = list(reply.warnings)
        if check:
            found = {c.audience: c.findings for c in check_reply(reply, request.fault)}
            for message in output["messages"]:
                message["check"] = [f.as_dict() for f in found.get(message["audience"], [])]
        out.append(json.dumps(output, ensure_ascii=False, default=str))
    return out


def batch_counts(lines: list[str], check: bool) -> dict[str, int]:
    """How the batch took these lines: plain, from stand-ins, messages checked again."""
    from datetime import datetime

    from calmcli.playbook.load import load_playbook
    from calmcli.reply.batch import BatchReplies, reply_lines
    from calmcli.reply.render import template_dirs
    from calmcli.reply.templates_check import SharedRenderer

    renderer = SharedRenderer(load_playbook(), template_dirs(), datetime.fromisoformat(NOW))
    batch = BatchReplies(renderer, check)
    for _ in reply_lines(batch, (line.encode() for line in lines), None):
        pass
    return batch.counts


def compare(label: str, lines: list[str], check: bool, work: Path) -> int:
    path = work / f"{label}.jsonl"
    path.write_text("".join(line + "\n" for line in lines))
    env = dict(os.environ)
    command = [sys.executable, "-m", "calmcli", "reply", "--jsonl", "--now", NOW]
    with path.open("rb") as handle:
        done = subprocess.run(
            command + ([] if check else ["--no-check"]),
            stdin=handle,
            capture_output=True,
            env=env,
            check=False,
        )
    got = done.stdout.decode().splitlines()
    want = reference(lines, check)
    counts = batch_counts(lines, check)
    differ = [i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b]
    if len(got) != len(want):
        differ.append(min(len(got), len(want)))
    print(f"{label:<8} {len(lines):6} lines, check {'on' if check else 'off'}: "
          f"{len(differ)} differ" + (f" (first: line {differ[0] + 1})" if differ else "")
          + f"; batch: {counts}")  # fmt: skip
    return len(differ)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=20_000, help="benchmark cases")
    parser.add_argument("--varied", type=int, default=20_000, help="varied cases")
    parser.add_argument("--no-check", action="store_true", help="also compare --no-check")
    args = parser.parse_args()
    from calmcli.playbook.load import load_playbook

    playbook = load_playbook()
    varied = varied_cases(args.varied, playbook)
    sets = {
        "bench": [json.dumps(c) for c in bench_cases(args.cases)],
        "varied": [c if isinstance(c, str) else json.dumps(c) for c in varied],
    }
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CALM_HOME"] = str(Path(tmp) / "home")
        for label, lines in sets.items():
            for check in (True, False) if args.no_check else (True,):
                failures += compare(label, lines, check, Path(tmp))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
