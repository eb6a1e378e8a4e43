"""Benchmark `calm reply` against its baselines, side by side in one run.

1. Start-up: one `calm reply` (text mode) vs a hello-world Typer app with one option.
2. Throughput: `calm reply --jsonl` on N cases vs a bare loop rendering the same templates
   with jinja2 directly (same parts, same context, no calm code around them).

Run: python bench/bench_reply.py [--runs 30] [--cases 100000] [--callgrind] [--src OTHER/src ...]
(`--cases 0` measures the start-up alone; `--src` adds another tree's calm, e.g. main's src/, run
with the same interpreter, to compare before and after in one run: start-up and CPU time.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
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

REPLY_ARGS = [
    "reply",
    "--fault",
    "ours",
    "--channel",
    "email",
    "--customer-type",
    "meticulous",
    "--incident",
    "damaged-item",
    "--lang",
    "pl",
    "--customer",
    "Jan Nowak",
    "--agent",
    "Ola",
    "--order",
    "A-1042",
]

BARE_LOOP = r"""
import json, sys, time
from datetime import datetime, timedelta, timezone
from collections.abc import Sequence
from pathlib import Path
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from calmcli.reply import locales
from calmcli.playbook.load import load_playbook
from calmcli.reply.render import Renderer, template_dirs, ReplyRequest

# Build the exact contexts calm uses, once, outside the timed loop.
renderer = Renderer(load_playbook(), template_dirs())
layouts = renderer.layouts
cases = [json.loads(line) for line in open(sys.argv[1])]
env = SandboxedEnvironment(loader=FileSystemLoader([str(d) for d in template_dirs()]),
                           undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
from jinja2 import pass_context
for name, fn in (("day", locales.format_day), ("date", locales.format_date),
                 ("time", locales.format_time), ("relative", locales.format_relative)):
    env.filters[name] = pass_context(lambda ctx, v, fn=fn: fn(v, ctx["lang"]))
contexts = []
for case in cases:
    req = ReplyRequest(case["fault"], case["channel"], case["customer_type"], case["incident"],
                       case["lang"], case.get("customer"), case.get("agent"), case.get("order"))
    contexts.append((case["lang"], case["channel"], renderer.context(req, case["lang"])))
start, cpu = time.perf_counter(), time.process_time()
out = sys.stdout
for lang, channel, ctx in contexts:
    for layout in layouts[channel]:
        c = dict(ctx, audience=layout.audience)
        text = "\n\n".join(env.get_template(f"{lang}/parts/{p}.j2").render(c).strip()
                           for p in layout.parts)
        out.write(json.dumps({"text": text}) + "\n")
print(time.perf_counter() - start, time.process_time() - cpu, file=sys.stderr)
"""


def timed(cmd: list[str], env: dict[str, str], stdin: Path | None = None) -> float:
    return timed_cpu(cmd, env, stdin)[0]


def timed_cpu(
    cmd: list[str], env: dict[str, str], stdin: Path | None = None
) -> tuple[float, float]:
    """Wall time and the CPU time (user + system) the command used: on a shared machine the
    CPU time is what does not depend on how many others run."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(stdin or os.devnull, "rb") as handle:
        subprocess.run(
            cmd,
            env=env,
            stdin=handle,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def startup(
    runs: int, env: dict[str, str], work: Path, sources: list[str], callgrind: bool
) -> None:
    """Wall time (median of alternating runs) and, with `callgrind`, instruction counts (stable
    on a loaded machine, where wall time is not); `sources` are other trees' src/ folders run
    with the same interpreter, to compare before and after in one run."""
    hello = work / "hello.py"
    hello.write_text(HELLO)
    commands = {"hello-world Typer app": ([sys.executable, str(hello), "--name", "Ola"], env)}
    for label, src in [("this tree", str(ROOT / "src")), *[(s, s) for s in sources]]:
        home = str(work / f"home-{len(commands)}")
        commands[f"calm reply ({label})"] = (
            [sys.executable, "-m", "calmcli", *REPLY_ARGS],
            {**env, "PYTHONPATH": src, "CALM_HOME": home},
        )
    for cmd, cmd_env in commands.values():
        timed(cmd, cmd_env)  # warm the caches and the OS page cache
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):  # alternate, so all see the same machine load
        for label, (cmd, cmd_env) in commands.items():
            times[label].append(timed(cmd, cmd_env))
    base = statistics.median(times["hello-world Typer app"])
    for label, values in times.items():
        median = statistics.median(values)
        print(
            f"start-up  {label:<40} median {median * 1000:7.1f} ms  "
            f"(min {min(values) * 1000:.1f})  {median / base:.2f}x"
        )
    if callgrind:
        counts = {
            label: instructions(cmd, cmd_env, work) for label, (cmd, cmd_env) in commands.items()
        }
        first = counts["hello-world Typer app"]
        for label, count in counts.items():
            print(f"instr     {label:<40} {count / 1e6:9.1f} M   {count / first:.2f}x")
    print("start-up  target: calm reply <= 1.30x the hello-world app")


def instructions(cmd: list[str], env: dict[str, str], work: Path) -> int:
    """Instructions the command runs, counted by valgrind's callgrind."""
    import re

    out = work / "callgrind.out"
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    assert found, done.stderr[-500:]
    return int(found.group(1))


def throughput(count: int, env: dict[str, str], work: Path, sources: Sequence[str] = ()) -> None:
    import itertools

    combos = list(
        itertools.product(
            ["ours", "not-ours", "unclear", "troll"],
            ["phone", "email", "chat", "social-public", "social-private"],
            ["none", "indecisive", "meticulous", "distrustful", "rude"],
            ["shipping-delay", "damaged-item", "out-of-stock", "billing"],
            ["ca", "es", "pl", "en"],
        )
    )
    cases = work / "cases.jsonl"
    with cases.open("w") as handle:
        for i in range(count):
            fault, channel, ctype, incident, lang = combos[i % len(combos)]
            handle.write(
                json.dumps(
                    {
                        "fault": fault,
                        "channel": channel,
                        "customer_type": ctype,
                        "incident": incident,
                        "lang": lang,
                        "customer": f"Customer {i}",
                        "agent": "Ola",
                        "order": f"A-{i}",
                    }
                )
                + "\n"
            )
    calm, calm_cpu = timed_cpu([sys.executable, "-m", "calmcli", "reply", "--jsonl"], env, cases)
    unchecked, unchecked_cpu = timed_cpu(
        [sys.executable, "-m", "calmcli", "reply", "--jsonl", "--no-check"], env, cases
    )
    bare_script = work / "bare.py"
    bare_script.write_text(BARE_LOOP)
    # The bare loop's own timing covers only its render loop (contexts prepared beforehand),
    # while calm's covers the whole process: the comparison is tilted against calm.
    proc = subprocess.run(
        [sys.executable, str(bare_script), str(cases)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    bare, bare_cpu = map(float, proc.stderr.strip().splitlines()[-1].split())
    print(
        f"jsonl     bare jinja2 render loop {count / bare:9.0f} cases/s  ({bare:.1f} s for {count})"
    )
    print(
        f"jsonl     calm reply --jsonl      {count / calm:9.0f} cases/s  ({calm:.1f} s for {count})"
    )
    print(f"jsonl     ratio calm/bare         {bare / calm:.2f}x   (target >= 0.70x)")
    print(
        f"jsonl     calm reply --jsonl --no-check {count / unchecked:7.0f} cases/s  "
        f"({unchecked:.1f} s for {count})"
    )
    print(f"jsonl     ratio --no-check/bare   {bare / unchecked:.2f}x   (target >= 0.70x)")
    print(
        f"cpu       bare loop {bare_cpu:.1f} s, calm reply --jsonl {calm_cpu:.1f} s, "
        f"--no-check {unchecked_cpu:.1f} s (user + system; the machine's load does not count)"
    )
    print(f"cpu       ratio calm/bare         {bare_cpu / calm_cpu:.2f}x   (target >= 0.70x)")
    print(f"cpu       ratio --no-check/bare   {bare_cpu / unchecked_cpu:.2f}x")
    for src in sources:  # another tree's calm on the same cases, after this one's
        other = {**env, "PYTHONPATH": src}
        for flags in (["--jsonl"], ["--jsonl", "--no-check"]):
            _, cpu = timed_cpu([sys.executable, "-m", "calmcli", "reply", *flags], other, cases)
            print(
                f"cpu       {src}: calm reply {' '.join(flags)} {cpu:.1f} s, "
                f"ratio {bare_cpu / cpu:.2f}x"
            )


def compile_sources(sources: list[str]) -> None:
    """Write every .pyc first: with PYTHONDONTWRITEBYTECODE set (it is, on this machine) nothing
    would be cached and each run would compile calm again (2.0x instead of the real figure)."""
    for src in sources:
        command = [sys.executable, "-m", "compileall", "-q", src]
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--lang", default="pl", help="language of the start-up reply")
    parser.add_argument("--callgrind", action="store_true", help="count start-up instructions")
    parser.add_argument("--src", action="append", default=[], help="another tree's src/")
    args = parser.parse_args()
    REPLY_ARGS[REPLY_ARGS.index("--lang") + 1] = args.lang
    compile_sources([str(ROOT / "src"), *args.src])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "CALM_HOME": str(work / "home"), "PYTHONDONTWRITEBYTECODE": "1"}
        startup(args.runs, env, work, args.src, args.callgrind)
        if args.cases:
            throughput(args.cases, env, work, args.src)


if __name__ == "__main__":
    main()
