"""The adversarial suite (issue 11 point 8), a property-based fuzz of every command's inputs.

For every command calm has (found by walking the CLI, so a new one is fuzzed too), hypothesis
draws arguments from its own options and arguments (valid values, edge values from the audit,
and free text), a standard input, and runs it in-process. Whatever it draws, calm must:

- exit 0, 1 or 2;
- never show a traceback;
- on failure, say so in one line on stderr;
- on failure, write nothing: the case log and the working folder are as they were.

Deterministic by default (derandomize) so that CI is stable and fast (8 examples a command,
fewer for the slow ones); `HYPOTHESIS_PROFILE=calm-fuzz-deep` draws 500 a command, at random.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import run

settings.register_profile(
    "calm-fuzz",
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
settings.register_profile(
    "calm-fuzz-deep",
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PROFILE = settings.get_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "calm-fuzz")
    if os.environ.get("HYPOTHESIS_PROFILE", "").startswith("calm-fuzz")
    else "calm-fuzz"
)

# Options with side effects outside the test's folders: the clipboard, the shell's start-up files.
LEFT_OUT = {"--copy", "--install-completion", "--show-completion", "--help", "-h", "--version"}


def _commands() -> list[tuple[tuple[str, ...], Any]]:
    from calmcli.cli import app

    found: list[tuple[tuple[str, ...], Any]] = []

    def walk(command: Any, path: tuple[str, ...]) -> None:
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                walk(sub, (*path, name))
        else:
            found.append((path, command))

    walk(typer.main.get_command(app), ())
    return found


COMMANDS = _commands()

# Values the audit found edges with, and values that are right, by what an option holds.
EDGE_TIMES = [
    "999999w",
    "99999999999w",
    "0001-01-01",
    "9999-12-31",
    "9999-12-31T23:59-05:00",
    "2026-02-30",
    "-3d",
    "0m",
    "",
    "2d",
    "2026-12-01",
    "none",
]
KNOWN = {
    "fault": ["ours", "not-ours", "troll", "unclear"],
    "channel": ["email", "chat", "phone", "social-public", "social-private"],
    "customer_type": ["none", "rude", "talkative", "know-it-all"],
    "incident": ["other", "billing", "damaged-item", "shipping-delay"],
    "lang": ["en", "es", "ca", "pl", "xx", ""],
    "earlier_lang": ["en", "es", "xx"],
    "status": ["open", "resolved", "closed", "bogus"],
    "outcome": ["resolved", "unresolved", "abandoned", "nope"],
    "format": ["yaml", "json", "xml"],
    "by": ["agent", "channel", "incident", "fault", "week", "nope"],
    "audience": ["private", "public", "x"],
    "only": ["private", "public", "x"],
    "kind": ["incident", "fault", "channel", "x"],
    "limit": ["0", "1", "-1", "x", "99999999999999999999"],
    "weeks": ["0", "1", "12", "-1", "x"],
    "top": ["0", "5", "999", "x"],
    "set_": ["tracking=AB12", "warning_level=9", "=x", "x", "deadline=2026-02-30", "amount=1e999"],
    "follow_up": EDGE_TIMES,
    "since": EDGE_TIMES,
    "until": EDGE_TIMES,
    "now": EDGE_TIMES,
}
# Text a customer or an agent might type, and text an attacker would.
HOSTILE = [
    "Ann",
    "Łukasz Nowak",
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
    "\x1b[2J\x1b[31mFAKE\x1b[0m",
    "[/]",
    "[link=https://evil.example]Ann[/link]",
    "ok\nC-FAKE1\t2026-01-01\tclosed",
    "{{ 7*7 }}",
    "x' OR 1=1 --",
    "caf\udce9",  # an argument that was not UTF-8 (Python's surrogate escape)
    "a" * 5000,
    " ",
    "-",
]
# argv cannot hold NUL (execve): free text is drawn without it, and without lone surrogates
# except the one above (what a non-UTF-8 argument looks like to Python).
FREE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


class Place:
    """The folder a fuzz example runs in: its files, and the paths an option may name."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root
        self.env: dict[str, str] = {}
        self.case = ""
        self.files: dict[str, Path] = {}

    def paths(self) -> list[str]:
        return [str(p) for p in self.files.values()] + [
            str(self.root / "missing" / "x.out"),
            str(self.root / "new.out"),
            "-",
            os.devnull,
        ]


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Place]:
    """One folder and one case log for the whole fuzz (set up once: the examples that fail
    must change nothing in it, and those that succeed may add to it)."""
    base = tmp_path_factory.mktemp("fuzz")
    work = base / "work"
    work.mkdir()
    here = Place(work)
    here.home = base / "calm-home"
    here.env = {
        "CALM_HOME": str(here.home),
        "CALM_CACHE_DIR": str(base / "calm-cache"),
        "XDG_CONFIG_HOME": str(base / "xdg-config"),  # no config file (CALM_CONFIG must exist)
        "CALM_AGENT": "tester",
        "CALM_DB": "",
    }
    added = run(
        "cases",
        "add",
        "--channel",
        "email",
        "--customer",
        "Ann",
        "--summary",
        "first",
        env=here.env,
    )
    assert added.exit_code == 0, added.stderr
    here.case = added.stdout.strip()
    exported = work / "export.yaml"
    assert run("cases", "export", "-o", str(exported), env=here.env).exit_code == 0
    bomb = '  l0: &l0 "lol"\n' + "".join(
        f"  l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]\n" for n in range(1, 10)
    )
    files = {
        "export.yaml": None,
        "message.txt": "You are useless thieves, third time I write!! Order 48213.\n",
        "bomb.yaml": "bomb:\n" + bomb + "calm_cases: 1\ncases: *l9\n",
        "junk.bin": b"\xff\xfe\x00garbage\x1b[2J",
        "empty.txt": "",
        "team/settings.yaml": "settings:\n  follow_up: 999999w\n",
        "team/en/parts/greeting.j2": "{{ ('x' * 10**9)|length }}\n",  # refused at once
    }
    for name, content in files.items():
        path = work / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif content is not None:
            path.write_text(content)
        here.files[name] = path
    here.files["team"] = work / "team"
    here.files["folder"] = work / "team" / "en"
    yield here


def _values(place: Place, param: Any, path: tuple[str, ...]) -> st.SearchStrategy[str]:
    """What one option or argument may be given: right values, edges and free text."""
    name = param.name or ""
    pools: list[str] = list(KNOWN.get(name, []))
    if "id" in name or name in {"case", "followup_id"}:
        pools += [place.case, place.case.lower(), f"{place.case}.1", f"{place.case}\n", "C-AAAAA"]
    if (
        name
        in {
            "file",
            "folder",
            "message",
            "out",
            "output",
            "html",
            "ics",
            "playbooks",
            "templates",
            "to",
        }
        or "path" in name
    ):
        pools += place.paths()
    if name == "until" and path[-1] == "snooze":
        pools += EDGE_TIMES
    choices = st.sampled_from(pools) if pools else st.nothing()
    return st.one_of(choices, st.sampled_from(HOSTILE), FREE_TEXT)


@st.composite
def invocations(draw: st.DrawFn, place: Place, path: tuple[str, ...], command: Any) -> list[str]:
    """One command line: the command, then some of its options and its arguments, shuffled."""
    args: list[str] = []
    for param in command.params:
        if param.param_type_name == "argument":
            count = 1 if param.nargs == 1 else draw(st.integers(0, 2))
            if param.required or draw(st.booleans()):
                args += [draw(_values(place, param, path)) for _ in range(count)]
            continue
        opts = [o for o in param.opts if o not in LEFT_OUT]
        if not opts or not draw(st.integers(0, 2)) == 0:  # each option in about one of three
            continue
        flag = draw(st.sampled_from(opts))
        if param.is_flag:
            args.append(flag)
        else:
            args += [flag, draw(_values(place, param, path))]
    if draw(st.integers(0, 9)) == 0:
        args.append(draw(st.sampled_from(["--bogus", "--limit", "-x", "--"])))
    return [*path, *args]


STDIN = st.one_of(
    st.just(""),
    st.binary(max_size=200),
    st.sampled_from(
        [
            b'{"channel": "email", "customer": "A\\u0000B", "summary": "ok\\nC-FAKE\\tx"}',
            b'{"channel":"email","vars":{"a":' + b"[" * 2000 + b"]" * 2000 + b"}}",
            b'{"channel": "email", "vars": {"a": ' + b"9" * 5000 + b"}}",
            b'{"fault": "ours", "channel": "email"}\n{"fault": 1}\n\xff\n',
            b"caf\xe9 you thieves",
            b"1" * 30_000,
        ]
    ),
)


def _state(place: Place) -> tuple[Any, ...]:
    """What a failed command must leave unchanged: the log's rows and the folder's files."""
    log = place.home / "cases.db"
    rows: tuple[Any, ...] = ()
    if log.exists() and log.stat().st_size:
        db = sqlite3.connect(f"file:{log}?mode=ro", uri=True)
        try:
            rows = tuple(
                db.execute(f"SELECT count(*), coalesce(max(rowid), 0) FROM {table}").fetchone()
                for table in ("cases", "events", "followups")
            )
            rows += (db.execute("SELECT group_concat(status || updated_at) FROM cases").fetchone(),)
        finally:
            db.close()
    files = tuple(
        sorted(
            (str(p.relative_to(place.root)), p.stat().st_size, p.stat().st_mtime_ns)
            for p in place.root.rglob("*")
        )
    )
    return rows, files


# Commands whose one run is long (`templates check` renders every template in every language)
# or that copy whole folders are drawn fewer times; the rest EXAMPLES times (see PROFILE).
FEWER = {("templates", "check"): 1, ("templates", "init"): 3, ("playbook", "init"): 3}


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_fuzz_every_command(
    path: tuple[str, ...], command: Any, place: Place, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(place.root)  # a relative path a command writes to lands there
    examples = min(FEWER.get(path, PROFILE.max_examples), PROFILE.max_examples)

    @settings(PROFILE, max_examples=examples)
    @given(argv=invocations(place, path, command), stdin=STDIN)
    def once(argv: list[str], stdin: bytes) -> None:
        before = _state(place)
        result = run(*argv, input=stdin, env=place.env)
        shown = (
            f"calm {argv!r} <<< {stdin[:60]!r}\n"
            f"stdout: {result.stdout[-300:]}\nstderr: {result.stderr[-600:]}"
        )
        assert result.exit_code in (0, 1, 2), shown
        crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
        assert not crashed, f"{shown}\n{result.exception!r}"
        assert "Traceback" not in result.stderr + result.stdout, shown
        if result.exit_code != 0:
            lines = [line for line in result.stderr.splitlines() if line.strip()]
            assert len(lines) <= 1 or _all_file_lines(lines), shown
            assert _state(place) == before, f"written on failure: {shown}"

    once()


def _all_file_lines(lines: list[str]) -> bool:
    """A team file's validation: one `FILE:LINE: problem` line per problem is the contract."""
    return all(":" in line and not line.startswith("calm:") for line in lines)
