"""Replay the failed attempts of ../shared/reviews/untrusted-audit.md against the installed calm.

    .venv/bin/python tests/replay_audit.py            # every attempt that runs in seconds
    .venv/bin/python tests/replay_audit.py --slow     # also the 100,000-case YAML import
    .venv/bin/python tests/replay_audit.py -k utf8    # only attempts whose name has 'utf8'

One line per attempt (`ok`, `FAIL` with what was seen, or `skip` with why), then the totals;
exit 1 if any attempt failed. Each attempt is the audit's reproduction, run as a fresh `calm`
process with its own CALM_HOME, judged the way the audit judged it: the documented exit code,
no traceback, one line on stderr on failure, nothing written or lost, no hang, no leak. The
PostgreSQL attempts need CALM_TEST_PG_URL; the second-user ones need root (a user is made
with useradd); disk-full needs root to mount a small tmpfs.

This script is the audit's list replayed as a whole, not collected by pytest: every fix has its
own test in the adversarial suite (tests/test_untrusted.py, test_edges.py, test_hostile_*.py).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pwd
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

CALM = shutil.which("calm", path=str(Path(sys.executable).parent)) or "calm"
REPLY = ["reply", "--fault", "ours", "--channel", "email"]
TIMEOUT = 20.0  # the audit waited 30-90 s; a bounded calm ends far sooner
OTHER_USER = "calm-audit-other"


class Skip(Exception):
    """The attempt cannot run here (no server, not root, ...)."""


@dataclass
class Run:
    code: int | None  # None: killed at the time-out
    out: bytes
    err: bytes
    seconds: float

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8", "replace")

    @property
    def stdout(self) -> str:
        return self.out.decode("utf-8", "replace")


@dataclass
class Ctx:
    """One attempt's scratch folder, CALM_HOME and environment."""

    work: Path
    env: dict[str, str] = field(default_factory=dict)
    mounts: list[Path] = field(default_factory=list)

    @property
    def home(self) -> Path:
        return Path(self.env["CALM_HOME"])

    def calm(
        self,
        *args: str,
        stdin: bytes | None = b"",
        env: dict[str, str] | None = None,
        timeout: float = TIMEOUT,
        close: str = "",
        user: str | None = None,
        umask: int | None = None,
    ) -> Run:
        """Run calm; `close` names the streams to close ('0', '1'), `user` runs it as another."""
        full_env = {**self.env, **(env or {})}
        command = [CALM, *args]
        if user is not None:
            command = [
                "runuser",
                "-u",
                user,
                "--",
                "env",
                *_env_list(full_env),
                *other_calm(),
                *args,
            ]
        if close:
            redirect = " ".join(f"{fd}<&-" if fd == "0" else f"{fd}>&-" for fd in close)
            command = ["sh", "-c", f'exec "$@" {redirect}', "sh", *command]
        started = time.monotonic()
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=full_env,
            cwd=self.work,
            start_new_session=True,
            preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,  # noqa: PLW1509
        )
        try:
            out, err = proc.communicate(stdin, timeout=timeout)
            code: int | None = proc.returncode
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            code = None
        return Run(code, out, err, time.monotonic() - started)

    def case_id(self, *flags: str, stdin: bytes | None = b"") -> str:
        done = self.calm("cases", "add", *(flags or ("--channel", "email")), stdin=stdin)
        assert done.code == 0, done.stderr
        return done.stdout.strip().splitlines()[-1]

    def count(self, db: Path | None = None) -> int:
        path = db or self.home / "cases.db"
        if not path.exists() or path.stat().st_size == 0:
            return 0
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(conn.execute("select count(*) from cases").fetchone()[0])
        finally:
            conn.close()

    def tree(self, name: str, files: dict[str, str | bytes]) -> Path:
        root = self.work / name
        for relative, text in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode() if isinstance(text, str) else text)
        return root

    def tmpfs(self, name: str, size: str) -> Path:
        if os.geteuid() != 0:
            raise Skip("mounting a small tmpfs for disk-full needs root")
        path = self.work / name
        path.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)])
        if done.returncode != 0:
            raise Skip("cannot mount a tmpfs here")
        self.mounts.append(path)
        return path


def _env_list(env: dict[str, str]) -> list[str]:
    keep = ("CALM_", "PATH", "LANG", "LC_", "TZ", "HOME", "TMPDIR")
    return [f"{k}={v}" for k, v in env.items() if k.startswith(keep)]


def other_calm() -> list[str]:
    """How another user runs this calm: our interpreter may sit under /root, so a system
    Python of the same version with our site-packages added."""
    import sysconfig

    packages = sysconfig.get_paths()["purelib"]
    for python in (
        sys.executable,
        f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}",
    ):
        probe = subprocess.run(
            ["runuser", "-u", OTHER_USER, "--", python, "-c", "pass"], capture_output=True
        )
        if probe.returncode == 0:
            code = (
                f"import site; site.addsitedir({packages!r}); from calmcli.cli import main; main()"
            )
            return [python, "-c", code]
    raise Skip(f"no Python that {OTHER_USER} may run")


def other_user() -> str:
    if os.geteuid() != 0:
        raise Skip("a second OS user needs root (useradd, runuser)")
    try:
        pwd.getpwnam(OTHER_USER)
    except KeyError:
        made = subprocess.run(["useradd", "--no-create-home", OTHER_USER], capture_output=True)
        if made.returncode != 0:
            raise Skip(f"useradd failed: {made.stderr.decode().strip()}") from None
    return OTHER_USER


def pg_url() -> str:
    url = os.environ.get("CALM_TEST_PG_URL", "").strip()
    if not url:
        raise Skip("no PostgreSQL: set CALM_TEST_PG_URL")
    return url


@contextlib.contextmanager
def pg_schema() -> Iterator[str]:
    import psycopg

    server = pg_url()
    schema = f"calm_replay_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]
        try:
            yield f"{server}{'&' if '?' in server else '?'}options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")  # type: ignore[arg-type]


# --- judging ---------------------------------------------------------------------------------


def problems(run: Run, want: tuple[int, ...] = (2,), lines: int | None = None) -> list[str]:
    """What is wrong with a run that should end with one of `want`, in one line on failure."""
    found = []
    if run.code is None:
        return [f"hang: killed after {run.seconds:.0f} s"]
    if run.code not in want:
        found.append(f"exit {run.code} (want {'/'.join(map(str, want))})")
    if "Traceback" in run.stderr or "Traceback" in run.stdout:
        found.append("traceback")
    shown = [line for line in run.stderr.splitlines() if line.strip()]
    limit = lines if lines is not None else (1 if run.code != 0 else 99)
    if len(shown) > limit:
        found.append(f"{len(shown)} stderr lines")
    return found


def verdict(found: list[str], run: Run | None = None) -> str | None:
    if not found:
        return None
    tail = ""
    if run is not None and run.stderr.strip():
        tail = " | " + run.stderr.strip().splitlines()[-1][:140]
    return "; ".join(found) + tail


def expect(run: Run, want: tuple[int, ...] = (2,), **more: object) -> str | None:
    return verdict(problems(run, want), run)


# --- the attempts ----------------------------------------------------------------------------

Attempt = Callable[[Ctx], str | None]
ATTEMPTS: list[tuple[str, str, Attempt, bool]] = []  # family, name, check, slow


def attempt(family: str, name: str, slow: bool = False) -> Callable[[Attempt], Attempt]:
    def add(check: Attempt) -> Attempt:
        ATTEMPTS.append((family, name, check, slow))
        return check

    return add


def simple(family: str, name: str, *args: str, want: tuple[int, ...] = (2,), **kw: object) -> None:
    """An attempt that is one command judged on its exit code and stderr alone."""

    def check(ctx: Ctx) -> str | None:
        return expect(ctx.calm(*args, **kw), want)  # type: ignore[arg-type]

    attempt(family, name)(check)


def written_nothing(family: str, name: str, *args: str, setup: bool = True) -> None:
    """An attempt on a log with one case: exit 2, one line, and still one case after."""

    def check(ctx: Ctx) -> str | None:
        case = ctx.case_id() if setup else ""
        before = ctx.count()
        run = ctx.calm(*(a.replace("ID", case) for a in args))
        found = problems(run, (2,))
        if ctx.count() != before:
            found.append(f"log changed: {before} -> {ctx.count()} cases")
        return verdict(found, run)

    attempt(family, name)(check)


# Family 1: bad input -------------------------------------------------------------------------

F1 = "1 bad input"
for _args in (
    ["reply", "--fault", "ours", "--channel", "email", "--bogus"],
    ["cases", "list", "--limit", "x"],
    ["followups", "export"],
    ["stats", "--weeks", "0"],
    ["stats", "--top", "999"],
    ["check", "/etc/hostname", "--channel", "email"],
    ["bogus"],
    ["analyze", "/etc/hostname", "--lang", "xx"],
    ["playbook", "list", "--lang", "xx"],
    ["--db", "", "cases", "list"],
    ["cases", "list", "--limit", "-1"],
    ["followups", "--limit", "-1"],
):
    simple(F1, "usage: calm " + " ".join(repr(a) if not a else a for a in _args), *_args)
simple(F1, "usage: report --html onto a folder", "report", "--html", "/tmp")
written_nothing(F1, "usage: cases close without --outcome", "cases", "close", "ID")
written_nothing(F1, "usage: followups snooze ID -3d", "followups", "snooze", "ID", "-3d")
written_nothing(
    F1, "usage: cases add --follow-up ''", "cases", "add", "--channel", "email", "--follow-up", ""
)

for _when in ("999999w", "99999999999w", "9999-12-31T23:59-05:00"):
    written_nothing(
        F1,
        f"time: cases add --follow-up {_when}",
        "cases",
        "add",
        "--channel",
        "email",
        "--follow-up",
        _when,
    )
for _when in ("999999w", "99999999999w", "0001-01-01", "9999-12-31T23:59-05:00"):
    simple(F1, f"time: cases list --since {_when}", "cases", "list", "--since", _when)
for _flag, _when in (
    ("--until", "9999-12-31"),
    ("--since", "999999w"),
    ("--since", "0001-01-01"),
    ("--until", "0001-01-01"),
):
    simple(F1, f"time: stats {_flag} {_when}", "stats", _flag, _when)
for _when in ("999999w", "99999999999w", "0001-01-01"):
    written_nothing(F1, f"time: followups snooze ID {_when}", "followups", "snooze", "ID", _when)
written_nothing(
    F1,
    "time: triage --follow-up 999999w",
    "triage",
    "--customer",
    "x",
    "--fault",
    "ours",
    "--channel",
    "email",
    "--yes",
    "--follow-up",
    "999999w",
    setup=False,
)

BAD = b"caf\xe9"
for _lang in ("C.UTF-8", "C"):
    _e = {"LANG": _lang, "LC_ALL": _lang}

    def _stdin_utf8(
        ctx: Ctx, args: tuple[str, ...], data: bytes, want: tuple[int, ...], e: dict[str, str] = _e
    ) -> str | None:
        return expect(ctx.calm(*args, stdin=data, env=e), want)

    for _args, _data, _want in (
        (("analyze",), BAD, (2,)),
        (("check", "-", "--fault", "ours", "--channel", "email"), BAD, (2,)),
        (("cases", "add"), b'{"channel":"email","customer":"' + BAD + b'"}', (2,)),
        (
            ("reply", "--jsonl"),
            b'{"fault":"ours","channel":"email","customer":"' + BAD + b'"}\n',
            (1,),
        ),
    ):
        attempt(F1, f"utf8 ({_lang}): stdin to {' '.join(_args)}")(
            lambda ctx, a=_args, d=_data, w=_want: _stdin_utf8(ctx, a, d, w)
        )

    def _argv_utf8(ctx: Ctx, e: dict[str, str] = _e) -> str | None:
        bad = BAD.decode("utf-8", "surrogateescape")
        case = ctx.case_id()
        found = []
        for args in (
            ("cases", "add", "--channel", "email", "--customer", bad),
            ("cases", "note", case, bad),
            ("cases", "list", "--customer", bad),
        ):
            run = ctx.calm(*args, env=e)
            found += [f"{args[1]}: {p}" for p in problems(run, (2,))]
        run = ctx.calm("cases", "add", "--channel", "email", env={**e, "CALM_AGENT": bad})
        found += [f"CALM_AGENT: {p}" for p in problems(run, (2,))]
        if ctx.count() != 1:
            found.append(f"{ctx.count()} cases, want 1")
        return verdict(found)

    attempt(F1, f"utf8 ({_lang}): arguments and CALM_AGENT")(_argv_utf8)

DEEP = b'{"channel":"email","vars":{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}}"
HUGE = b'{"channel":"email","vars":{"a":' + b"9" * 5000 + b"}}"
for _what, _data in (("deep nesting 100k", DEEP), ("5000-digit number", HUGE)):

    def _json_add(ctx: Ctx, data: bytes = _data) -> str | None:
        return expect(ctx.calm("cases", "add", stdin=data), (2,))

    def _json_lines(ctx: Ctx, data: bytes = _data) -> str | None:
        ok = b'{"fault":"ours","channel":"email"}\n'
        run = ctx.calm(
            "reply",
            "--jsonl",
            "--no-check",
            stdin=ok
            + data.replace(b'"channel":"email",', b'"fault":"ours","channel":"email",')
            + b"\n"
            + ok,
        )
        found = problems(run, (1,))  # one summary line: the errors are in the output
        results = [line for line in run.stdout.splitlines() if line.strip()]
        if len(results) != 3:
            found.append(f"{len(results)} of 3 result lines")
        return verdict(found, run)

    attempt(F1, f"json: cases add stdin, {_what}")(_json_add)
    attempt(F1, f"json: reply --jsonl line, {_what}")(_json_lines)


@attempt(F1, "size: analyze of 50 MB of prose (a documented limit, one line)")
def _analyze_50mb(ctx: Ctx) -> str | None:
    prose = (b"My order arrived broken and nobody answers my emails. " * 1_000_000)[: 50 * 2**20]
    return expect(ctx.calm("analyze", stdin=prose, timeout=60), (2,))


ESC_NAME = "Ann\x1b]0;PWNED-TITLE\x07\x1b[2J\x1b[31mFAKE: payment approved\x1b[0m"
OSC8_NAME = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"
HOSTILE = {
    "esc": ESC_NAME,
    "osc8": OSC8_NAME,
    "markup_break": "[/]Ann",
    "markup_link": "[link=https://evil.example]Ann[/link]",
}
RAW = (b"\x1b]0;PWNED", b"\x1b[2J", b"\x1b]8;;https://evil", b"\x1b[31mFAKE")


def on_tty(ctx: Ctx, *args: str, env: dict[str, str] | None = None) -> tuple[int | None, bytes]:
    import pexpect

    child = pexpect.spawn(
        CALM,
        list(args),
        env={**ctx.env, "TERM": "xterm-256color", "COLUMNS": "200", **(env or {})},
        dimensions=(50, 200),
        timeout=TIMEOUT,
        cwd=str(ctx.work),
    )
    data = b""
    with contextlib.suppress(pexpect.TIMEOUT):
        child.expect(pexpect.EOF)
    data = child.before or b""
    child.close(force=True)
    return child.exitstatus, data


for _kind, _name in HOSTILE.items():
    for _view in (
        ("cases", "list"),
        ("followups",),
        ("cases", "show", "ID"),
        ("stats", "--by", "agent"),
    ):

        def _tty_view(ctx: Ctx, name: str = _name, view: tuple[str, ...] = _view) -> str | None:
            case = ctx.case_id(
                stdin=json.dumps({"channel": "email", "customer": name, "summary": name}).encode()
            )
            ctx.calm("cases", "add", "--channel", "email", env={"CALM_AGENT": name})
            code, shown = on_tty(ctx, *(case if a == "ID" else a for a in view))
            found = [] if code == 0 else [f"exit {code}"]
            if b"Traceback" in shown:
                found.append("traceback")
            found += [f"raw {r!r} on the terminal" for r in RAW if r in shown]
            if name.startswith("[link") and b"\x1b]8;" in shown:
                found.append("markup became a hyperlink")
            return verdict(found)

        attempt(F1, f"tty: calm {' '.join(_view)} with {_kind} in customer/agent")(_tty_view)

for _kind in ("esc", "osc8"):

    def _tty_reply(ctx: Ctx, name: str = HOSTILE[_kind]) -> str | None:
        code, shown = on_tty(ctx, *REPLY, "--customer", name)
        found = [] if code == 0 else [f"exit {code}"]
        found += [f"raw {r!r} on the terminal" for r in RAW if r in shown]
        return verdict(found)

    attempt(F1, f"tty: calm reply --customer with {_kind}")(_tty_reply)

for _view in (("cases", "list"), ("followups",)):

    def _forged(ctx: Ctx, view: tuple[str, ...] = _view) -> str | None:
        ctx.case_id(stdin=b'{"channel":"email","summary":"ok\\nC-FAKE1\\t2026-01-01\\tclosed"}')
        run = ctx.calm(*view)
        rows = [line for line in run.stdout.splitlines()[1:] if line]
        return None if len(rows) == 1 and run.code == 0 else f"{len(rows)} rows for 1 case: {rows}"

    attempt(F1, f"pipe: newline+TAB in a summary forges a row in {' '.join(_view)}")(_forged)

CASE = (
    "{{id: {id}, created_at: {created}, updated_at: '2026-11-01T10:00:00Z', agent: a, "
    "status: {status}, channel: email, fault: ours, customer_type: none, incident: other, "
    "lang: en{more}}}"
)


def import_file(cases: list[dict[str, str]], head: str = "calm_cases: 1\n") -> str:
    rows = []
    for c in cases:
        values = {
            "id": "C-AAAA1",
            "created": "'2026-11-01T10:00:00Z'",
            "status": "open",
            "more": "",
            **c,
        }
        rows.append("- " + CASE.format(**values))
    return head + "cases:\n" + "\n".join(rows) + "\n"


BOMB = '  l0: &l0 "lol"\n' + "".join(
    f"  l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]\n" for n in range(1, 10)
)
for _what, _text in (
    ("unquoted created_at 2026-02-30 10:00:00", import_file([{"created": "2026-02-30 10:00:00"}])),
    ("unquoted created_at 2026-13-01", import_file([{"created": "2026-13-01"}])),
    (
        "created_at 9999-12-31T23:59:59-05:00",
        import_file([{"created": "'9999-12-31T23:59:59-05:00'"}]),
    ),
    (
        "created_at 0001-01-01T00:00:00+05:00",
        import_file([{"created": "'0001-01-01T00:00:00+05:00'"}]),
    ),
    ("case id with a trailing newline", import_file([{"id": '"C-ABCD\\n"'}])),
    ("calm_cases: true", import_file([{}], head="calm_cases: true\n")),
    (
        "deep nesting in vars",
        import_file([{"more": ", vars: {a: " + "[" * 2000 + "]" * 2000 + "}"}]),
    ),
    ("5000-digit number in vars", import_file([{"more": ", vars: {a: " + "9" * 5000 + "}"}])),
    ("NUL byte in the YAML", import_file([{}]).replace("agent: a", "agent: a\x00")),
    ("billion laughs in vars", "bomb:\n" + BOMB + import_file([{"more": ", vars: {x: *l9}"}])),
    ("billion laughs in status", "bomb:\n" + BOMB + import_file([{"status": "*l9"}])),
    ("billion laughs in created_at", "bomb:\n" + BOMB + import_file([{"created": "*l9"}])),
    (
        "billion laughs in an event's data",
        "bomb:\n"
        + BOMB
        + import_file(
            [
                {
                    "more": ", events: [{seq: 1, kind: note, at: '2026-11-01T10:00:00Z', "
                    "agent: a, text: x, data: *l9}]"
                }
            ]
        ),
    ),
):

    def _import(ctx: Ctx, text: str = _text) -> str | None:
        path = ctx.work / "import.yaml"
        path.write_text(text)
        run = ctx.calm("cases", "import", str(path))
        found = problems(run, (2,))
        if ctx.count():
            found.append(f"log changed: {ctx.count()} cases imported")
        return verdict(found, run)

    attempt(F1, f"import: {_what}")(_import)


@attempt(
    F1,
    "import: 100,000 cases as YAML, peak memory (audit: 2.78 GB; target a few hundred MB)",
    slow=True,
)
def _import_100k(ctx: Ctx) -> str | None:
    path = ctx.work / "100k.yaml"
    with path.open("w") as out:
        out.write("calm_cases: 1\ncases:\n")
        for n in range(100_000):
            out.write(
                f"- id: C-{n:07d}\n  created_at: '2026-11-01T10:00:00Z'\n"
                "  updated_at: '2026-11-01T10:00:00Z'\n  agent: a\n  status: open\n"
                "  customer: Customer {n}\n  channel: email\n  fault: ours\n"
                "  customer_type: none\n  incident: other\n  lang: en\n"
                "  summary: a summary of the case\n"
                "  vars: {}\n  events: []\n  followups: []\n".replace("{n}", str(n))
            )
    command = ["/usr/bin/time", "-f", "%M", CALM, "cases", "import", str(path)]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, env=ctx.env, timeout=900)
    peak_mb = int(done.stderr.decode().strip().splitlines()[-1]) / 1024
    seconds = time.monotonic() - started
    print(
        f"    100k YAML import: exit {done.returncode}, {seconds:.0f} s, peak RSS {peak_mb:.0f} MB",
        flush=True,
    )
    if done.returncode != 0:
        return f"exit {done.returncode}: {done.stderr.decode()[-300:]}"
    return None if peak_mb < 500 else f"peak RSS {peak_mb:.0f} MB ({seconds:.0f} s)"


# Family 2: team files ------------------------------------------------------------------------

F2 = "2 team files"
TEMPLATE_WORK = {
    "range(100000) nested x2": "{% for i in range(100000) %}{% for j in range(100000) %}"
    "{% endfor %}{% endfor %}",
    "'x' * 10**9": "{{ ('x' * 10**9)|length }}",
    "10**(10**8)": "{{ 10**(10**8) }}",
    "2**(2**34)": "{{ 2**(2**34) }}",
    "'x' * 10**10": "{{ ('x' * 10**10)|length }}",
    "[0] * 10**9": "{{ ([0] * 10**9)|length }}",
    "'x'|center(10**9)": "{{ 'x'|center(10**9)|length }}",
    "lipsum(10**6)": "{{ lipsum(10**6)|length }}",
    "'%s'|format width 10**9": "{{ ('%1000000000s'|format('x'))|length }}",
}
for _what, _body in TEMPLATE_WORK.items():

    def _template(ctx: Ctx, body: str = _body) -> str | None:
        team = ctx.tree("team", {"en/parts/greeting.j2": body + "\n"})
        return expect(ctx.calm(*REPLY, "--customer", "Ann", "--templates", str(team)), (2,))

    attempt(F2, f"template: {_what}")(_template)


@attempt(F2, "templates check over a range(10**5) x2 template")
def _templates_check(ctx: Ctx) -> str | None:
    team = ctx.tree(
        "team", {"en/parts/greeting.j2": TEMPLATE_WORK["range(100000) nested x2"] + "\n"}
    )
    # It renders the whole matrix (some 10,000 replies, 5 s of CPU): more time than one reply.
    return expect(ctx.calm("templates", "check", "--templates", str(team), timeout=90), (2,))


SECRET = "TOP-SECRET-TOKEN-4242"


def _secret(ctx: Ctx) -> Path:
    path = ctx.work / "secret.txt"
    path.write_text(SECRET + "\naws_secret_access_key: " + SECRET + "\n")
    return path


@attempt(F2, "template symlink -> a private file outside the folder")
def _tpl_symlink(ctx: Ctx) -> str | None:
    team = ctx.tree("team", {})
    (team / "en/parts").mkdir(parents=True)
    (team / "en/parts/greeting.j2").symlink_to(_secret(ctx))
    run = ctx.calm(*REPLY, "--customer", "Ann", "--templates", str(team))
    found = problems(run, (2,))
    if SECRET in run.stdout + run.stderr:
        found.append("the secret was shown")
    return verdict(found, run)


@attempt(F2, "template includes through a symlinked folder -> outside")
def _tpl_symlink_dir(ctx: Ctx) -> str | None:
    _secret(ctx)
    team = ctx.tree("team", {"en/parts/greeting.j2": "{% include 'en/leak/secret.txt' %}\n"})
    (team / "en/leak").symlink_to(ctx.work)
    run = ctx.calm(*REPLY, "--customer", "Ann", "--templates", str(team))
    found = problems(run, (2,))
    if SECRET in run.stdout + run.stderr:
        found.append("the secret was shown")
    return verdict(found, run)


@attempt(F2, "template symlink -> private file via triage --yes: stored in the log?")
def _tpl_symlink_triage(ctx: Ctx) -> str | None:
    team = ctx.tree("team", {})
    (team / "en/parts").mkdir(parents=True)
    (team / "en/parts/greeting.j2").symlink_to(_secret(ctx))
    run = ctx.calm(
        "triage",
        "--customer",
        "Ann",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--yes",
        "--templates",
        str(team),
    )
    found = problems(run, (2,))
    db = ctx.home / "cases.db"
    if db.exists() and SECRET.encode() in db.read_bytes():
        found.append("the secret is in the case log")
    return verdict(found, run)


@attempt(F2, "layouts.yaml symlink -> a private file")
def _layouts_symlink(ctx: Ctx) -> str | None:
    team = ctx.tree("team", {"en/parts/x.j2": "x\n"})
    (team / "layouts.yaml").symlink_to(_secret(ctx))
    run = ctx.calm(*REPLY, "--customer", "Ann", "--templates", str(team))
    found = problems(run, (2,))
    if SECRET in run.stdout + run.stderr:
        found.append("the secret was shown")
    return verdict(found, run)


for _what, _text in (
    ("email: 5", "layouts:\n  email: 5\n"),
    ("layouts a list", "layouts: [1, 2]\n"),
    ("a message not a mapping", "layouts:\n  email:\n    - greeting\n    - 5\n"),
):

    def _layouts(ctx: Ctx, text: str = _text) -> str | None:
        team = ctx.tree("team", {"layouts.yaml": text, "en/parts/x.j2": "x\n"})
        run = ctx.calm(*REPLY, "--customer", "Ann", "--templates", str(team))
        found = problems(run, (2,), lines=99)  # a validation: one FILE:LINE line per problem
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        found += [f"not FILE:LINE: {line[:80]}" for line in lines if not line.startswith(str(team))]
        return verdict(found, run)

    attempt(F2, f"layouts.yaml {_what}")(_layouts)

for _where, _yaml in (
    ("settings.follow_up", "bomb:\n" + BOMB + "settings:\n  follow_up: *l9\n"),
    ("settings.another_sale", "bomb:\n" + BOMB + "settings:\n  another_sale: *l9\n"),
    ("settings.signature", "bomb:\n" + BOMB + "settings:\n  signature: *l9\n"),
    ("settings.languages", "bomb:\n" + BOMB + "settings:\n  languages: *l9\n"),
):

    def _bomb(ctx: Ctx, text: str = _yaml) -> str | None:
        team = ctx.tree("pb", {"settings.yaml": text})
        return expect(ctx.calm("playbook", "list", "--playbooks", str(team)), (2,))

    attempt(F2, f"playbook billion laughs in {_where}")(_bomb)

for _what, _yaml in (
    ("follow_up: 2026-02-30 (unquoted)", "settings:\n  follow_up: 2026-02-30\n"),
    ("signature: 2026-13-45 10:00:00", "settings:\n  signature: 2026-13-45 10:00:00\n"),
):

    def _pb_date(ctx: Ctx, text: str = _yaml) -> str | None:
        team = ctx.tree("pb", {"settings.yaml": text})
        return expect(ctx.calm("playbook", "list", "--playbooks", str(team)), (2,))

    attempt(F2, f"playbook {_what}")(_pb_date)


@attempt(F2, "playbook symlink -> a YAML secrets file")
def _pb_symlink(ctx: Ctx) -> str | None:
    team = ctx.tree("pb", {})
    team.mkdir(exist_ok=True)
    (team / "settings.yaml").symlink_to(_secret(ctx))
    run = ctx.calm("playbook", "list", "--playbooks", str(team))
    found = problems(run, (2,))
    if "aws_secret_access_key" in run.stderr + run.stdout or SECRET in run.stderr + run.stdout:
        found.append("content of the outside file shown")
    return verdict(found, run)


REDOS_RULE = "rules:\n- id: redos\n  severity: warn\n  message: x\n  match: ['/(x+x+)+y/']\n"


@attempt(F2, "team rule /(x+x+)+y/ on a customer-controlled draft (check)")
def _redos_check(ctx: Ctx) -> str | None:
    team = ctx.tree("pb", {"rules/en.yaml": REDOS_RULE})
    run = ctx.calm(
        "check",
        "-",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--lang",
        "en",
        "--playbooks",
        str(team),
        stdin=b"x" * 40,
    )
    return expect(run, (0, 1, 2))


@attempt(F2, "team lexicon /(a|aa)+$/ on a customer message (analyze)")
def _redos_lexicon(ctx: Ctx) -> str | None:
    team = ctx.tree("pb", {"lexicons/en.yaml": "words:\n  insult: ['/(a|aa)+$/']\n"})
    run = ctx.calm("analyze", "-", "--lang", "en", "--playbooks", str(team), stdin=b"a" * 60 + b"!")
    return expect(run, (0, 2))


for _key, _value in (
    ("follow_up", "99999999999w"),
    ("follow_up", "999999w"),
    ("satisfaction_check", "999999w"),
):

    def _pb_duration(ctx: Ctx, key: str = _key, value: str = _value) -> str | None:
        team = ctx.tree("pb", {"settings.yaml": f"settings:\n  {key}: {value}\n"})
        found = []
        validate = ctx.calm("playbook", "validate", str(team))
        found += [f"validate: {p}" for p in problems(validate, (2,))]
        for args in (["cases", "add", "--channel", "email"], REPLY):
            run = ctx.calm(*args, "--playbooks", str(team))
            found += [f"{args[0]}: {p}" for p in problems(run, (2,))]
        return verdict(found)

    attempt(F2, f"playbook settings.{_key}: {_value}, then validate, cases add, reply")(
        _pb_duration
    )


# Family 3: customer text ---------------------------------------------------------------------

F3 = "3 customer text"


@attempt(F3, "followups export --ics with NUL/VT/FF in a name")
def _ics(ctx: Ctx) -> str | None:
    ctx.case_id(stdin=b'{"channel":"email","customer":"A\\u0000B\\u000bC\\u000cD"}')
    run = ctx.calm("followups", "export", "--ics", str(ctx.work / "f.ics"))
    raw = (ctx.work / "f.ics").read_bytes() if (ctx.work / "f.ics").exists() else b""
    found = problems(run, (0,))
    found += [f"raw {c!r} in the .ics" for c in (b"\x00", b"\x0b", b"\x0c") if c in raw]
    return verdict(found, run)


@attempt(F3, "bundled troll-compensation regex on 60,000 digits (check)")
def _troll_digits(ctx: Ctx) -> str | None:
    run = ctx.calm(
        "check", "-", "--fault", "troll", "--channel", "email", "--lang", "en", stdin=b"1" * 60_000
    )
    found = problems(run, (0, 1))
    if run.seconds > 5:
        found.append(f"{run.seconds:.1f} s")
    return verdict(found, run)


@attempt(F3, "bundled regex on a troll reply to '@' + 30,000 digits (reply)")
def _troll_handle(ctx: Ctx) -> str | None:
    run = ctx.calm(
        "reply", "--fault", "troll", "--channel", "chat", "--customer", "@" + "1" * 30_000
    )
    found = problems(run, (0, 2))
    if run.seconds > 5:
        found.append(f"{run.seconds:.1f} s")
    return verdict(found, run)


# Family 4: files and permissions -------------------------------------------------------------

F4 = "4 files"


@attempt(F4, "umask 000: the parents calm creates for a deep CALM_HOME are 0700")
def _umask(ctx: Ctx) -> str | None:
    home = ctx.work / "x/team/agent/home"
    run = ctx.calm(
        "cases",
        "add",
        "--channel",
        "email",
        env={"CALM_HOME": str(home), "CALM_CACHE_DIR": ""},
        umask=0,
    )
    modes = [
        oct(p.stat().st_mode & 0o777)
        for p in (ctx.work / "x", ctx.work / "x/team", ctx.work / "x/team/agent")
    ]
    found = problems(run, (0,)) + [f"parent mode {m}" for m in modes if m != "0o700"]
    return verdict(found, run)


def _targets(ctx: Ctx) -> dict[str, Path]:
    folder = ctx.work / "targets"
    (folder / "dir").mkdir(parents=True)
    return {"a folder": folder / "dir", "a missing folder": folder / "no/such/dir/x.out"}


for _what in ("a folder", "a missing folder"):
    for _cmd in (["cases", "export", "-o"], ["followups", "export", "--ics"], ["report", "--html"]):

        def _out(ctx: Ctx, cmd: list[str] = _cmd, what: str = _what) -> str | None:
            ctx.case_id()
            return expect(ctx.calm(*cmd, str(_targets(ctx)[what])), (1, 2))

        attempt(F4, f"{' '.join(_cmd)} onto {_what}")(_out)

    def _triage_out(ctx: Ctx, what: str = _what) -> str | None:
        run = ctx.calm(
            "triage",
            "--customer",
            "Bo",
            "--fault",
            "ours",
            "--channel",
            "email",
            "--yes",
            "--out",
            str(_targets(ctx)[what]),
        )
        found = problems(run, (1, 2))
        if ctx.count():
            found.append("the case was logged although its reply was not written")
        return verdict(found, run)

    attempt(F4, f"triage --out onto {_what}")(_triage_out)


@attempt(F4, "triage --out onto an existing 0644 file leaves it 0600")
def _triage_0644(ctx: Ctx) -> str | None:
    target = ctx.work / "existing.txt"
    target.write_text("old\n")
    target.chmod(0o644)
    run = ctx.calm(
        "triage",
        "--customer",
        "Bo",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--yes",
        "--out",
        str(target),
    )
    mode = target.stat().st_mode & 0o777
    return verdict(problems(run, (0,)) + ([f"mode {oct(mode)}"] if mode != 0o600 else []), run)


@attempt(F4, "triage --out onto a symlink does not write through it")
def _triage_symlink(ctx: Ctx) -> str | None:
    notes = ctx.work / "notes.txt"
    notes.write_text("my notes\n")
    link = ctx.work / "r.txt"
    link.symlink_to(notes)
    run = ctx.calm(
        "triage",
        "--customer",
        "Bo",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--yes",
        "--out",
        str(link),
    )
    found = problems(run, (1, 2))
    if notes.read_text() != "my notes\n":
        found.append("written through the symlink")
    if ctx.count():
        found.append("the case was logged")
    return verdict(found, run)


for _cmd, _name in (
    (["report", "--html"], "report.html"),
    (["cases", "export", "-o"], "cases.yaml"),
    (["followups", "export", "--ics"], "f.ics"),
):

    def _race(ctx: Ctx, cmd: list[str] = _cmd, name: str = _name) -> str | None:
        share = ctx.work / "share"
        share.mkdir()
        share.chmod(0o777)
        notes = ctx.work / "victim-notes.txt"
        notes.write_text("notes\n")
        ctx.case_id()
        last = int(Path("/proc/sys/kernel/ns_last_pid").read_text())
        for pid in range(last, last + 400):
            (share / f".{name}.{pid}.tmp").symlink_to(notes)
        run = ctx.calm(*cmd, str(share / name))
        found = problems(run, (0,))
        if notes.read_text() != "notes\n":
            found.append("the victim's file was overwritten through a planted link")
        return verdict(found, run)

    attempt(F4, f"{' '.join(_cmd)} into a shared folder with planted .{_name}.PID.tmp links")(_race)


@attempt(F4, "--db in a shared 1777 folder leaves the folder's mode")
def _db_1777(ctx: Ctx) -> str | None:
    shared = ctx.work / "sharedtmp"
    shared.mkdir()
    shared.chmod(0o1777)
    run = ctx.calm("--db", str(shared / "cases.db"), "cases", "list")
    mode = shared.stat().st_mode & 0o7777
    return verdict(
        problems(run, (0, 1, 2)) + ([f"folder mode {oct(mode)}"] if mode != 0o1777 else []), run
    )


@attempt(F4, "--db at a text file, a folder, a device, another app's SQLite: refused, untouched")
def _db_not_ours(ctx: Ctx) -> str | None:
    project = ctx.work / "project"
    (project / "sub").mkdir(parents=True)
    project.chmod(0o755)
    (project / "notes.txt").write_text("text\n")
    (project / "notes.txt").chmod(0o644)
    other = sqlite3.connect(project / "other.sqlite")
    other.execute("create table bookmarks (url text)")
    other.commit()
    other.close()
    targets = {
        "text": project / "notes.txt",
        "folder": project / "sub",
        "sqlite": project / "other.sqlite",
    }
    if os.geteuid() == 0:
        os.mknod(project / "null", 0o666 | 0o020000, os.makedev(1, 3))
        os.chmod(project / "null", 0o666)
        targets["device"] = project / "null"
    found = []
    for what, path in targets.items():
        before = (path.stat().st_mode, path.read_bytes() if path.is_file() else b"")
        run = ctx.calm("--db", str(path), "cases", "list")
        found += [f"{what}: {p}" for p in problems(run, (1, 2))]
        after = (path.stat().st_mode, path.read_bytes() if path.is_file() else b"")
        if after != before:
            found.append(f"{what}: changed")
    if project.stat().st_mode & 0o777 != 0o755:
        found.append("the folder was chmodded")
    return verdict(found)


for _cmd in (
    ["cases", "list"],
    ["cases", "add", "--channel", "email"],
    ["stats", "--json"],
    ["followups"],
):

    def _empty(ctx: Ctx, cmd: list[str] = _cmd) -> str | None:
        ctx.case_id()
        (ctx.home / "cases.db").write_bytes(b"")
        for extra in ("-wal", "-shm"):
            (ctx.home / f"cases.db{extra}").unlink(missing_ok=True)
        run = ctx.calm(*cmd)
        found = problems(run, (1, 2))
        if (ctx.home / "cases.db").stat().st_size:
            found.append("the empty file was replaced by a new log")
        return verdict(found, run)

    attempt(F4, f"zero-length cases.db: calm {' '.join(_cmd)} names it, never re-creates it")(
        _empty
    )


@attempt(F4, "a planted file in a group/world-writable cache is never loaded")
def _planted_cache(ctx: Ctx) -> str | None:
    ctx.case_id()
    cache = Path(ctx.env["CALM_CACHE_DIR"])
    cache.chmod(0o777)
    marker = ctx.work / "PWNED"
    (cache / "playbook.pickle").write_bytes(
        b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR."
    )
    run = ctx.calm("cases", "add", "--channel", "email")
    found = problems(run, (1, 2))
    if marker.exists():
        found.append("CODE EXECUTED")
    return verdict(found, run)


@attempt(F4, "schema ledger with a text id: one line")
def _ledger(ctx: Ctx) -> str | None:
    ctx.case_id()
    db = sqlite3.connect(ctx.home / "cases.db")
    db.executescript(
        "drop table schema_migrations;"
        "create table schema_migrations (id text, name text, applied_at text);"
        "insert into schema_migrations values ('x','bogus','now');"
    )
    db.close()
    found = []
    for cmd in (
        ["cases", "list"],
        ["cases", "add", "--channel", "email"],
        ["stats", "--json"],
        ["followups"],
    ):
        found += [f"{cmd[-1]}: {p}" for p in problems(ctx.calm(*cmd), (1, 2))]
    return verdict(found)


@attempt(F4, "a case whose vars column is not JSON: one line")
def _vars(ctx: Ctx) -> str | None:
    case = ctx.case_id()
    db = sqlite3.connect(ctx.home / "cases.db")
    db.execute("update cases set vars='{not json' where rowid=1")
    db.commit()
    db.close()
    found = []
    for cmd in (["cases", "list"], ["cases", "show", case], ["cases", "export"], ["stats"]):
        found += [f"{' '.join(cmd[:2])}: {p}" for p in problems(ctx.calm(*cmd), (0, 1))]
    return verdict(found)


def as_other(ctx: Ctx) -> str:
    user = other_user()
    ctx.work.chmod(0o755)
    return user


def _own(path: Path, user: str) -> None:
    info = pwd.getpwnam(user)
    os.chown(path, info.pw_uid, info.pw_gid)


@attempt(F4, "second user: read-only cases.db (0400): list and stats work, add is one line")
def _read_only(ctx: Ctx) -> str | None:
    user = as_other(ctx)
    home = ctx.work / "ro"
    env = {"CALM_HOME": str(home), "CALM_CACHE_DIR": str(home / "cache")}
    home.mkdir()
    _own(home, user)
    made = ctx.calm("cases", "add", "--channel", "email", env=env, user=user)
    if made.code != 0:
        return f"setup: {made.stderr}"
    (home / "cases.db").chmod(0o400)
    found = []
    for cmd, want in (
        (["cases", "list"], (0,)),
        (["stats"], (0,)),
        (["cases", "add", "--channel", "email"], (1,)),
    ):
        found += [f"{cmd[-1]}: {p}" for p in problems(ctx.calm(*cmd, env=env, user=user), want)]
    return verdict(found)


@attempt(F4, "second user: CALM_HOME owned by another user (0777, 0755): one line")
def _home_other(ctx: Ctx) -> str | None:
    user = as_other(ctx)
    found = []
    for mode in (0o777, 0o755):
        home = ctx.work / f"home-{mode:o}"
        home.mkdir()
        home.chmod(mode)
        run = ctx.calm(
            "cases", "list", env={"CALM_HOME": str(home), "CALM_CACHE_DIR": ""}, user=user
        )
        found += [f"{mode:o}: {p}" for p in problems(run, (1,))]
    return verdict(found)


@attempt(F4, "root: CALM_HOME owned by another user is refused, not chmodded")
def _root_home(ctx: Ctx) -> str | None:
    user = as_other(ctx)
    home = ctx.work / "theirs"
    home.mkdir()
    home.chmod(0o755)
    _own(home, user)
    run = ctx.calm(
        "cases", "add", "--channel", "email", env={"CALM_HOME": str(home), "CALM_CACHE_DIR": ""}
    )
    found = problems(run, (1,))
    if home.stat().st_mode & 0o777 != 0o755:
        found.append("chmodded")
    return verdict(found, run)


@attempt(F4, "second user: CALM_CACHE_DIR a shared 1777 folder: one line")
def _shared_cache(ctx: Ctx) -> str | None:
    user = as_other(ctx)
    shared = ctx.work / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    home = ctx.work / "h"
    home.mkdir()
    _own(home, user)
    run = ctx.calm(*REPLY, env={"CALM_HOME": str(home), "CALM_CACHE_DIR": str(shared)}, user=user)
    return expect(run, (0, 1))


@attempt(F4, "second user: output paths it may not write: one line each")
def _unwritable(ctx: Ctx) -> str | None:
    user = as_other(ctx)
    home = ctx.work / "h"
    home.mkdir()
    _own(home, user)
    env = {"CALM_HOME": str(home), "CALM_CACHE_DIR": str(home / "cache")}
    closed = ctx.work / "closed"
    closed.mkdir(mode=0o700)
    found = []
    for cmd in (
        ["cases", "export", "-o"],
        ["followups", "export", "--ics"],
        ["report", "--html"],
        ["triage", "--customer", "Bo", "--fault", "ours", "--channel", "email", "--yes", "--out"],
    ):
        run = ctx.calm(*cmd, str(closed / "x.out"), env=env, user=user)
        found += [f"{cmd[0]}: {p}" for p in problems(run, (1, 2))]
    return verdict(found)


# Family 5: faults and load -------------------------------------------------------------------

F5 = "5 faults"


def _fill(folder: Path) -> None:
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as out:
        while True:
            out.write(b"\0" * 4096)
            out.flush()


@attempt(F5, "disk full: cases add, note and import say the disk is full (not 'cannot rollback')")
def _disk_full_log(ctx: Ctx) -> str | None:
    tiny = ctx.tmpfs("tiny", "400k")
    env = {"CALM_HOME": str(tiny / "home"), "CALM_CACHE_DIR": str(ctx.work / "cache")}
    case = ""
    for n in range(80):
        run = ctx.calm(
            "cases",
            "add",
            "--channel",
            "email",
            "--customer",
            f"f{n}",
            "--summary",
            "s" * 8000,
            env=env,
        )
        if run.code != 0:
            break
        case = run.stdout.strip()
    else:
        return "the disk never filled"
    found = problems(run, (1,))
    if "cannot rollback" in run.stderr or "full" not in run.stderr:
        found.append(f"wrong line: {run.stderr.strip()[:120]}")
    note = ctx.calm("cases", "note", case, "x" * 60_000, env=env)
    found += [f"note: {p}" for p in problems(note, (1,))]
    if "cannot rollback" in note.stderr:
        found.append("note: says 'cannot rollback'")
    return verdict(found)


for _cmd in (["cases", "export", "-o"], ["followups", "export", "--ics"], ["report", "--html"]):

    def _full_out(ctx: Ctx, cmd: list[str] = _cmd) -> str | None:
        tiny = ctx.tmpfs("tiny", "64k")
        for n in range(3):
            ctx.case_id("--channel", "email", "--summary", "s" * 2000, "--customer", f"c{n}")
        _fill(tiny)
        return expect(ctx.calm(*cmd, str(tiny / "x.out")), (1,))

    attempt(F5, f"disk full: {' '.join(_cmd)}")(_full_out)


@attempt(F5, "disk full: triage --out onto a full disk logs nothing")
def _full_triage(ctx: Ctx) -> str | None:
    tiny = ctx.tmpfs("tiny", "64k")
    _fill(tiny)
    run = ctx.calm(
        "triage",
        "--customer",
        "z",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--yes",
        "--out",
        str(tiny / "reply.txt"),
    )
    found = problems(run, (1,))
    if ctx.count():
        found.append("the case was logged although its reply was not written")
    return verdict(found, run)


@attempt(F5, "disk full: calm reply with the cache on the full disk still replies")
def _full_cache(ctx: Ctx) -> str | None:
    tiny = ctx.tmpfs("tiny", "64k")
    (tiny / "cache").mkdir(mode=0o700)
    _fill(tiny)
    return expect(ctx.calm(*REPLY, env={"CALM_CACHE_DIR": str(tiny / "cache")}), (0,))


@attempt(F5, "PostgreSQL: a malformed URL never prints the password")
def _pg_password(ctx: Ctx) -> str | None:
    run = ctx.calm("--db", "postgresql://pwuser:S3cr3t-PW@[127.0.0.1/postgres", "cases", "list")
    found = problems(run, (1, 2))
    if "S3cr3t" in run.stderr + run.stdout:
        found.append("the password was printed")
    return verdict(found, run)


@attempt(F5, "PostgreSQL: NUL in a customer name and in an imported summary")
def _pg_nul(ctx: Ctx) -> str | None:
    with pg_schema() as url:
        found = []
        run = ctx.calm(
            "--db", url, "cases", "add", stdin=b'{"channel":"email","customer":"A\\u0000B"}'
        )
        found += [f"add: {p}" for p in problems(run, (0, 2))]
        path = ctx.work / "nul.json"
        path.write_text(
            json.dumps(
                {
                    "calm_cases": 1,
                    "cases": [
                        {
                            "id": "C-NUL01",
                            "created_at": "2026-11-01T10:00:00Z",
                            "updated_at": "2026-11-01T10:00:00Z",
                            "agent": "a",
                            "status": "open",
                            "channel": "email",
                            "fault": "ours",
                            "customer_type": "none",
                            "incident": "other",
                            "lang": "en",
                            "summary": "a\u0000b",
                        }
                    ],
                }
            )
        )
        run = ctx.calm("--db", url, "cases", "import", str(path))
        found += [f"import: {p}" for p in problems(run, (0, 2))]
        return verdict(found)


@attempt(F5, "PostgreSQL: a table lock held by another session ends in one line")
def _pg_lock(ctx: Ctx) -> str | None:
    import psycopg

    with pg_schema() as url:
        made = ctx.calm("--db", url, "cases", "add", "--channel", "email")
        if made.code != 0:
            return f"setup: {made.stderr}"
        with psycopg.connect(url) as holder:
            holder.execute("LOCK TABLE cases IN ACCESS EXCLUSIVE MODE")
            run = ctx.calm("--db", url, "cases", "list", timeout=60)
            holder.rollback()
        found = problems(run, (1,))
        if run.code is not None and run.seconds > 40:
            found.append(f"{run.seconds:.0f} s")
        return verdict(found, run)


@attempt(F5, "PostgreSQL: a server that stops answering mid-command ends in one line")
def _pg_stopped(ctx: Ctx) -> str | None:
    import psycopg

    if os.geteuid() != 0:
        raise Skip("stopping a server process needs root")
    with pg_schema() as url:
        made = ctx.calm("--db", url, "cases", "add", "--channel", "email")
        if made.code != 0:
            return f"setup: {made.stderr}"
        proc = subprocess.Popen(
            [CALM, "--db", url, "cases", "list"],
            env={**ctx.env, "PGAPPNAME": "calm-replay-stop"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        stopped: list[int] = []
        with psycopg.connect(pg_url(), autocommit=True) as admin:
            holder = psycopg.connect(url)
            holder.execute("LOCK TABLE cases IN ACCESS EXCLUSIVE MODE")
            for _ in range(50):
                rows = admin.execute(  # calm's backend, waiting on this holder alone
                    "select pid from pg_stat_activity where %s = any(pg_blocking_pids(pid))",
                    (holder.info.backend_pid,),
                ).fetchall()
                if rows:
                    for (pid,) in rows:
                        os.kill(pid, signal.SIGSTOP)
                        stopped.append(pid)
                    break
                time.sleep(0.1)
            holder.rollback()
            holder.close()
        try:
            out, err = proc.communicate(timeout=60)
            run = Run(proc.returncode, out, err, 0)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            run = Run(None, out, err, 60)
        finally:
            for pid in stopped:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGCONT)
        if not stopped:
            return "setup: calm's backend never waited on the lock"
        return expect(run, (1,))


# Family 6: the walk and the standard streams ---------------------------------------------------

F6 = "6 walk and streams"
for _args, _want in (
    (["triage"], (2,)),
    (["triage", "--customer", "A", "--fault", "ours", "--channel", "chat", "--yes"], (0,)),
    (
        [
            "triage",
            "--message",
            "-",
            "--customer",
            "A",
            "--fault",
            "ours",
            "--channel",
            "chat",
            "--yes",
        ],
        (2,),
    ),
    (["analyze"], (2,)),
    (["check", "-", "--fault", "ours", "--channel", "email"], (2,)),
    (["reply", "--jsonl"], (2,)),
):
    attempt(F6, f"stdin closed: calm {' '.join(_args)}")(
        lambda ctx, a=_args, w=_want: expect(ctx.calm(*a, stdin=None, close="0"), w)
    )
for _args in (["cases", "list"], REPLY):
    attempt(F6, f"stdout closed: calm {' '.join(_args)}")(
        lambda ctx, a=_args: expect(ctx.calm(*a, close="1"), (1,))
    )

ENTER, ESC_KEY, CTRL_C, CTRL_D, DOWN = "\r", "\x1b", "\x03", "\x04", "\x1b[B"


class Walk:
    """calm triage in a pseudo-terminal."""

    def __init__(self, ctx: Ctx, args: list[str], env: dict[str, str] | None = None) -> None:
        import pexpect

        self.child = pexpect.spawn(
            CALM,
            ["triage", *args],
            encoding="utf-8",
            timeout=TIMEOUT,
            dimensions=(24, 80),
            env={
                **ctx.env,
                "TERM": "xterm-256color",
                "PROMPT_TOOLKIT_NO_CPR": "1",
                "NO_COLOR": "1",
                **(env or {}),
            },
            cwd=str(ctx.work),
        )
        self.seen = ""

    def answer(self, prompt: str, keys: str) -> None:
        self.child.expect(prompt)
        self.seen += self.child.before + self.child.after
        self.child.send(keys)

    def to_fault(self, name: str = "Jan") -> None:
        self.answer("Customer's message", ESC_KEY + ENTER)
        self.answer("name or handle", name + ENTER)
        self.answer("Contact", ENTER)
        self.answer("Order or ticket", ENTER)

    def end(self, timeout: float = 10) -> int | None:
        import pexpect

        try:
            self.child.expect(pexpect.EOF, timeout=timeout)
        except pexpect.TIMEOUT:
            self.child.close(force=True)
            return None
        self.seen += self.child.before
        self.child.close()
        return (
            self.child.exitstatus if self.child.exitstatus is not None else -self.child.signalstatus
        )


for _where in ("name", "fault"):

    def _ctrl_d(ctx: Ctx, where: str = _where) -> str | None:
        walk = Walk(ctx, [])
        walk.answer("Customer's message", ESC_KEY + ENTER)
        if where == "name":
            walk.answer("name or handle", CTRL_D)
        else:
            walk.answer("name or handle", "Jan" + ENTER)
            walk.answer("Contact", ENTER)
            walk.answer("Order or ticket", ENTER)
            walk.answer("Was it our fault", CTRL_D)
        code = walk.end()
        if code is None:
            return "hang: Ctrl-D did not end the walk"
        found = [] if code == 130 else [f"exit {code} (want 130)"]
        if "Traceback" in walk.seen:
            found.append("traceback")
        if ctx.count():
            found.append("a case was saved")
        return verdict(found)

    attempt(F6, f"Ctrl-D at the {_where} question ends the walk like Ctrl-C")(_ctrl_d)


@attempt(F6, "SIGTERM halfway through the walk restores the terminal")
def _sigterm_tty(ctx: Ctx) -> str | None:
    import pexpect

    script = f'"{CALM}" triage; stty -a | tr " " "\\n" | grep -x -e -icanon -e -echo; echo DONE'
    child = pexpect.spawn(
        "bash",
        ["-c", script],
        env={**ctx.env, "TERM": "xterm-256color", "PROMPT_TOOLKIT_NO_CPR": "1"},
        encoding="utf-8",
        timeout=TIMEOUT,
        cwd=str(ctx.work),
    )
    child.expect("Customer's message")
    child.send(ESC_KEY + ENTER)
    child.expect("name or handle")
    time.sleep(0.3)
    calm_pids = subprocess.run(
        ["pgrep", "-P", str(child.pid)], capture_output=True, text=True
    ).stdout.split()
    for pid in calm_pids:
        os.kill(int(pid), signal.SIGTERM)
    child.expect("DONE")
    after = child.before
    child.close(force=True)
    left = [flag for flag in ("-icanon", "-echo") if re.search(rf"^{flag}\r?$", after, re.M)]
    return f"terminal left with {' '.join(left)}" if left else None


for _sig in (signal.SIGTERM, signal.SIGHUP):

    def _editor_signal(ctx: Ctx, sig: signal.Signals = _sig) -> str | None:
        editor = ctx.work / "slow-editor.sh"
        editor.write_text('#!/bin/sh\necho "$1" > "$(dirname "$0")/opened"\nsleep 30\n')
        editor.chmod(0o755)
        tmp = ctx.work / "tmp"
        tmp.mkdir()
        walk = Walk(
            ctx,
            [
                "--customer",
                "Ann",
                "--fault",
                "ours",
                "--channel",
                "email",
                "--customer-type",
                "none",
                "--incident",
                "other",
                "--lang",
                "en",
                "--message",
                os.devnull,
            ],
            env={"EDITOR": str(editor), "VISUAL": str(editor), "TMPDIR": str(tmp)},
        )
        walk.child.expect("The reply")
        walk.child.expect("back")
        walk.child.send(DOWN + ENTER)  # the choice after "Accept": edit it
        for _ in range(50):
            if (ctx.work / "opened").exists():
                break
            time.sleep(0.1)
        else:
            walk.child.close(force=True)
            return "setup: the editor never opened"
        os.kill(walk.child.pid, sig)
        walk.end()
        left = [p.name for p in tmp.iterdir()]
        return f"left behind in TMPDIR: {left}" if left else None

    attempt(F6, f"{_sig.name} while the reply is open in $EDITOR removes the temp file")(
        _editor_signal
    )


@attempt(F6, "$EDITOR that does not exist: one line, no traceback")
def _no_editor(ctx: Ctx) -> str | None:
    walk = Walk(
        ctx,
        [
            "--customer",
            "Ann",
            "--fault",
            "ours",
            "--channel",
            "email",
            "--customer-type",
            "none",
            "--incident",
            "other",
            "--lang",
            "en",
            "--message",
            os.devnull,
        ],
        env={"EDITOR": "/nonexistent/editor", "VISUAL": "/nonexistent/editor"},
    )
    walk.child.expect("The reply")
    walk.child.expect("back")
    walk.child.send(DOWN + ENTER)
    time.sleep(1.5)
    walk.child.send(CTRL_C)
    walk.end()
    return "traceback" if "Traceback" in walk.seen else None


for _what, _case, _name in (
    ("[/] in the customer name", {"customer": "[/]Ann"}, "[/]Ann"),
    ("[/] in an earlier case's summary", {"customer": "Bea", "summary": "[/] refund"}, "Bea"),
    (
        "ESC sequences in an earlier case",
        {"customer": "Cid", "summary": "\x1b[2J\x1b[31mFAKE\x1b[0m"},
        "Cid",
    ),
):

    def _earlier(ctx: Ctx, case: dict[str, str] = _case, name: str = _name) -> str | None:
        import pexpect

        ctx.case_id(stdin=json.dumps({"channel": "email", **case}).encode())
        walk = Walk(ctx, [], env={"NO_COLOR": ""})
        walk.to_fault(name)
        raw = ""
        try:
            walk.child.expect(["Was it our fault", "Continue", "Traceback"])
            raw = walk.child.before + walk.child.after
        except pexpect.TIMEOUT:
            pass
        walk.child.send(CTRL_C)
        walk.end()
        found = ["traceback"] if "Traceback" in walk.seen + raw else []
        if "\x1b[2J" in walk.seen + raw or "\x1b[31mFAKE" in walk.seen + raw:
            found.append("raw ESC from the log on the terminal")
        return verdict(found)

    attempt(F6, f"walk shows earlier cases: {_what}")(_earlier)


# --- running ---------------------------------------------------------------------------------


def run_one(family: str, name: str, check: Attempt) -> tuple[str, str, str]:
    work = Path(tempfile.mkdtemp(prefix="calm-replay-"))
    ctx = Ctx(
        work,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("CALM_")},
            "CALM_HOME": str(work / "home"),
            "CALM_CACHE_DIR": str(work / "cache"),
            "XDG_CONFIG_HOME": str(work / "xdg-config"),  # no config file
            "CALM_AGENT": "tester",
            "NO_COLOR": "1",
        },
    )
    try:
        problem = check(ctx)
        return family, name, "ok" if problem is None else f"FAIL {problem}"
    except Skip as why:
        return family, name, f"skip {why}"
    except Exception as err:  # noqa: BLE001 (a broken attempt is reported, the rest go on)
        return family, name, f"FAIL (attempt broke: {type(err).__name__}: {str(err)[:200]})"
    finally:
        for mount in reversed(ctx.mounts):
            subprocess.run(["umount", "-l", str(mount)], check=False)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--slow", action="store_true", help="also the 100,000-case YAML import")
    parser.add_argument("-k", default="", help="only attempts whose family or name contains this")
    parser.add_argument("-j", type=int, default=2, help="attempts run at once (default 2)")
    args = parser.parse_args(argv)
    chosen = [
        (f, n, c)
        for f, n, c, slow in ATTEMPTS
        if (args.slow or not slow) and args.k.lower() in f"{f} {n}".lower()
    ]
    counts = {"ok": 0, "FAIL": 0, "skip": 0}
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.j) as pool:
        for family, name, outcome in pool.map(lambda a: run_one(*a), chosen):
            counts[outcome.split(" ", 1)[0]] += 1
            print(
                f"{outcome.split(' ', 1)[0]:4}  [{family}] {name}"
                + (f"\n      {outcome.split(' ', 1)[1]}" if " " in outcome else ""),
                flush=True,
            )
    print(
        f"\n{len(chosen)} attempts: {counts['ok']} ok, {counts['FAIL']} FAIL, "
        f"{counts['skip']} skipped "
        f"({time.monotonic() - started:.0f} s)"
    )
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
