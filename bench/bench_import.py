"""Benchmark `calm cases import` of a large export, YAML beside JSON (run on demand).

    python bench/bench_import.py [--cases 100000]

Writes N cases (each with a follow-up and two events, as `calm cases export` would) once as
YAML and once as JSON, then imports each into a fresh log in its own process and prints the
wall time and the peak resident memory (wait4's ru_maxrss). JSON is the baseline: it never
built a YAML node tree. The issue's bound is a few hundred MB for 100,000 cases.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CALM = shutil.which("calm", path=str(Path(sys.executable).parent)) or "calm"


def case(n: int) -> dict[str, object]:
    at = "2026-11-01T10:00:00Z"
    return {
        "id": f"C-{n:07d}",
        "created_at": at,
        "updated_at": at,
        "agent": "ann",
        "status": "open",
        "outcome": None,
        "customer": f"Customer {n}",
        "contact": f"c{n}@example.com",
        "channel": "email",
        "fault": "ours",
        "customer_type": "none",
        "incident": "damaged-item",
        "lang": "en",
        "order": f"A-{n}",
        "summary": "The parcel arrived broken",
        "compensation": None,
        "warning_level": 0,
        "vars": {"tracking": f"TRK{n}"},
        "followups": [
            {
                "id": f"C-{n:07d}.1",
                "seq": 1,
                "kind": "follow-up",
                "due_at": "2026-11-03T10:00:00Z",
                "reason": "follow up",
                "created_at": at,
                "done_at": None,
                "cancelled": False,
                "suggest_sale": False,
            }
        ],
        "events": [
            {"seq": 1, "at": at, "kind": "created", "agent": "ann", "text": None, "data": {}},
            {"seq": 2, "at": at, "kind": "note", "agent": "ann", "text": "called", "data": {}},
        ],
    }


def write(folder: Path, count: int) -> dict[str, Path]:
    import yaml

    cases = [case(n) for n in range(count)]
    files = {"json": folder / "cases.json", "yaml": folder / "cases.yaml"}
    files["json"].write_text(json.dumps({"calm_cases": 1, "cases": cases}))
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with files["yaml"].open("w") as out:
        yaml.dump({"calm_cases": 1, "cases": cases}, out, Dumper=dumper, sort_keys=False)
    return files


def measure(path: Path, folder: Path) -> tuple[float, float]:
    home = Path(tempfile.mkdtemp(dir=folder))
    env = {**os.environ, "CALM_HOME": str(home), "CALM_CACHE_DIR": str(home / "cache")}
    started = time.monotonic()
    proc = subprocess.Popen(
        [CALM, "cases", "import", str(path)], env=env, stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"import of {path} failed")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--write", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write:
        write(Path(args.write), args.cases)
        return
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        # Written by a child: Linux carries a process's peak RSS across fork and exec, so
        # calm started from a bench that built the cases would report the bench's peak.
        command = [sys.executable, __file__, "--cases", str(args.cases), "--write", scratch]
        subprocess.run(command, check=True)
        files = {"json": folder / "cases.json", "yaml": folder / "cases.yaml"}
        for fmt, path in files.items():
            seconds, peak = measure(path, folder)
            size = path.stat().st_size / 2**20
            print(
                f"{fmt:4} {args.cases:,} cases, {size:.0f} MB: {seconds:.1f} s, peak {peak:.0f} MB"
            )


if __name__ == "__main__":
    main()
