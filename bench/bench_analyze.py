"""Benchmark `calm analyze` start-up against a hello-world Typer app, side by side in one run.

Wall time (median of alternating runs) and, with --callgrind, instruction counts under valgrind
(stable on a loaded machine, where wall time is not). Caches are warmed first: this is what an
agent's second and later runs cost. `--src DIR` measures another tree's calm (e.g. main's src/)
with the same interpreter, to compare before and after in one run.

Run: python bench/bench_analyze.py [--runs 20] [--callgrind] [--src OTHER/src ...]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELLO = """
import typer
app = typer.Typer()

@app.command()
def main(name: str = typer.Option("world", "--name")):
    print(f"hello {name}")

if __name__ == "__main__":
    app()
"""
MESSAGE = (
    "Hola, el meu paquet de la comanda 48213 havia d'arribar dijous i encara no en sé res. "
    "Ja us he escrit dues vegades. Si no arriba abans de divendres, demanaré el reemborsament.\n"
)


def timed(cmd: list[str], env: dict[str, str], stdin: Path) -> float:
    start = time.perf_counter()
    with stdin.open("rb") as handle:
        subprocess.run(cmd, env=env, stdin=handle, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def instructions(cmd: list[str], env: dict[str, str], stdin: Path, work: Path) -> int:
    out = work / "callgrind.out"
    with stdin.open("rb") as handle:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
            env=env,
            stdin=handle,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    assert found, done.stderr[-500:]
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--src", action="append", default=[], help="another tree's src/")
    args = parser.parse_args()
    for src in [str(ROOT / "src"), *args.src]:  # every .pyc written first (see bench_reply)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        command = [sys.executable, "-m", "compileall", "-q", src]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "hello.py").write_text(HELLO)
        message = work / "message.txt"
        message.write_text(MESSAGE, encoding="utf-8")
        base_env = {**os.environ, "CALM_HOME": str(work / "home"), "NO_COLOR": "1"}
        commands = {"hello-world Typer app": ([sys.executable, str(work / "hello.py")], base_env)}
        for label, src in [
            ("calm analyze (this tree)", str(ROOT / "src")),
            *[(f"calm analyze ({s})", s) for s in args.src],
        ]:
            env = {**base_env, "PYTHONPATH": src, "CALM_HOME": str(work / label.replace(" ", "_"))}
            commands[label] = ([sys.executable, "-m", "calmcli", "analyze", "-"], env)
        for cmd, env in commands.values():
            timed(cmd, env, message)  # warm the caches and the OS page cache
        times: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(args.runs):  # alternate, so all see the same machine load
            for label, (cmd, env) in commands.items():
                times[label].append(timed(cmd, env, message))
        base = statistics.median(times["hello-world Typer app"])
        for label, values in times.items():
            median = statistics.median(values)
            print(f"wall   {label:<40} median {median * 1000:7.1f} ms  {median / base:.2f}x")
        if args.callgrind:
            counts = {
                label: instructions(cmd, env, message, work)
                for label, (cmd, env) in commands.items()
            }
            first = counts["hello-world Typer app"]
            for label, count in counts.items():
                print(f"instr  {label:<40} {count / 1e6:9.1f} M   {count / first:.2f}x")
        print("target: calm analyze <= 1.30x the hello-world app")


if __name__ == "__main__":
    main()
