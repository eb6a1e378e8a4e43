"""Benchmark `calm templates check` on the bundled set against a hello-world Typer app, side by
side in one run (issue 16 point 4: within 40 times the hello-world's wall time).

The two run in turn, so both see the same machine load; medians are compared.

Run: python bench/bench_templates.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_reply import HELLO, ROOT


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "src")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "CALM_HOME": str(work / "home"), "PYTHONDONTWRITEBYTECODE": "1"}
        hello = work / "hello.py"
        hello.write_text(HELLO)
        calm = [sys.executable, "-m", "calmcli", "templates", "check"]
        base = [sys.executable, str(hello), "--name", "Ola"]
        timed(calm, env), timed(base, env)  # warm calm's cache and the OS page cache
        calm_times, base_times = [], []
        for _ in range(args.runs):  # alternate, so both see the same machine load
            base_times.append(timed(base, env))
            calm_times.append(timed(calm, env))
    c, b = statistics.median(calm_times), statistics.median(base_times)
    ratios = sorted(ct / bt for ct, bt in zip(calm_times, base_times, strict=True))
    for name, value, times in (
        ("hello-world Typer app", b, base_times),
        ("calm templates check", c, calm_times),
    ):
        print(f"{name:25} median {value * 1000:8.1f} ms  (min {min(times) * 1000:.1f})")
    print(
        f"ratio calm/hello          {c / b:.1f}x of medians; pair by pair "
        f"{ratios[0]:.1f}x-{ratios[-1]:.1f}x   (target <= 40x)"
    )


if __name__ == "__main__":
    main()
