"""Issue 11 point 7, every edge a line: input at the edges of what calm accepts ends in one line
on stderr and exit 2 (1 where the environment failed), with nothing written.

Each test reproduces a failure from ../shared/reviews/untrusted-audit.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run, write_tree

REPLY = ("reply", "--fault", "ours", "--channel", "email")


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def case_count() -> int:
    listed = run("cases", "list", "--limit", "0")
    assert listed.exit_code == 0, listed.stderr
    return len(listed.stdout.splitlines()[1:])  # the header, then one row per case


# --- usage errors: Click's five-line box becomes calm's one line ------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("bogus",), "calm: no such command 'bogus' (see calm --help)"),
        (("--bogus", "cases", "list"), "calm: no such option: --bogus (see calm --help)"),
        (
            ("reply", "--fault", "ours", "--channel", "email", "--bogus"),
            "calm: no such option: --bogus (see calm reply --help)",
        ),
        (
            ("cases", "close", "C-AAAAA"),
            "calm: missing option '--outcome' (see calm cases close --help)",
        ),
        (
            ("followups", "export"),
            "calm: missing option '--ics' (see calm followups export --help)",
        ),
    ],
)
def test_a_usage_error_is_one_line_naming_the_help(args: tuple[str, ...], expected: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert one_line(result.stderr) == expected


@pytest.mark.parametrize("args", [("cases", "list", "--limit", "x"), ("stats", "--weeks", "0")])
def test_a_bad_option_value_is_one_line(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    line = one_line(result.stderr)
    assert line.startswith(f"calm: invalid value for '{args[-2]}': ")
    assert line.endswith(f"(see calm {' '.join(args[:-2])} --help)")


def test_a_group_alone_still_prints_its_help() -> None:
    result = run("cases")
    assert "Usage: calm cases" in result.stdout + result.stderr
    assert "calm: " not in result.stderr


@pytest.mark.parametrize("command", [("cases", "list"), ("followups",)])
def test_a_negative_limit_is_one_line(command: tuple[str, ...]) -> None:
    result = run(*command, "--limit", "-1")
    assert result.exit_code == 2
    assert "'--limit'" in one_line(result.stderr)


# --- durations and dates beyond what a datetime holds --------------------------------------------


def _add_case() -> str:
    added = run("cases", "add", "--channel", "email", "--customer", "Ann")
    assert added.exit_code == 0, added.stderr
    return added.stdout.strip()


@pytest.mark.parametrize(
    "args",
    [
        ("cases", "add", "--channel", "email", "--follow-up", "999999w"),
        ("cases", "add", "--channel", "email", "--follow-up", "99999999999w"),
        ("cases", "add", "--channel", "email", "--follow-up", "1" * 5000 + "d"),
        ("cases", "add", "--channel", "email", "--follow-up", "9999-12-31T23:59-05:00"),
        ("cases", "add", "--channel", "email", "--follow-up", "0001-01-01"),
        ("cases", "list", "--since", "999999w"),
        ("cases", "list", "--since", "0001-01-01"),
        ("stats", "--until", "9999-12-31"),
        ("stats", "--since", "0001-01-01"),
        ("triage", "--customer", "x", "--fault", "ours", "--channel", "email", "--yes",
         "--follow-up", "999999w"),
    ],
)  # fmt: skip
def test_a_time_out_of_range_is_one_line_and_writes_nothing(args: tuple[str, ...]) -> None:
    _add_case()
    result = run(*args)
    assert result.exit_code == 2
    assert "out of range" in one_line(result.stderr) or "longer than 1000 years" in result.stderr
    assert case_count() == 1


@pytest.mark.parametrize("when", ["999999w", "0001-01-01", "9999-12-31T23:59-05:00"])
def test_snoozing_out_of_range_is_one_line_and_keeps_the_follow_up(when: str) -> None:
    case_id = _add_case()
    before = run("followups", "--json").stdout
    result = run("followups", "snooze", case_id, when)
    assert result.exit_code == 2
    one_line(result.stderr)
    assert run("followups", "--json").stdout == before


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "2026-02-30",
            "settings.yaml:2: '2026-02-30' is not a valid date (check the day and the month)",
        ),
        ("999999w", "settings.yaml:2: follow_up: bad duration '999999w': longer than 1000 years"),
    ],
)
def test_a_playbook_date_or_duration_out_of_range_is_file_line(
    tmp_path: Path, value: str, expected: str
) -> None:
    team = write_tree(tmp_path / "team", {"settings.yaml": f"settings:\n  follow_up: {value}\n"})
    for args in (("playbook", "validate", str(team)), (*REPLY, "--playbooks", str(team))):
        result = run(*args)
        assert result.exit_code == 2
        assert one_line(result.stderr) == f"{team}/{expected}"


# --- cases import: invalid dates and wrong types -------------------------------------------------

CASE = (
    "{id: C-AAAA1, created_at: %s, updated_at: '2026-11-01T10:00:00Z', agent: a, status: open, "
    "channel: email, fault: ours, customer_type: none, incident: other, lang: en%s}"
)


@pytest.mark.parametrize(
    ("created", "extra", "expected"),
    [
        ("2026-02-30 10:00:00", "", ":3: '2026-02-30 10:00:00' is not a valid date"),
        ("2026-13-01", "", ":3: '2026-13-01' is not a valid date"),
        ("'9999-12-31T23:59:59-05:00'", "", ":3: case 1: created_at '9999-12-31T23:59:59-05:00' "),
        ("'0001-01-01T00:00:00+05:00'", "", ":3: case 1: created_at '0001-01-01T00:00:00+05:00' "),
        ("'2026-11-01T10:00:00Z'", ", warning_level: true", ":3: case 1: warning_level must be "),
        ("'2026-11-01T10:00:00Z'", ", vars: {a: " + "1" * 5000 + "}", ":3: a number of more "),
        (
            "'2026-11-01T10:00:00Z'",
            ", followups: [{seq: 1, kind: follow-up, due_at: '2026-11-02T10:00:00Z', "
            "created_at: '2026-11-01T10:00:00Z', cancelled: 'no'}]",
            ":3: case 1: cancelled must be true or false, not 'no'",
        ),
    ],
)
def test_an_import_with_a_bad_date_or_type_is_one_line_and_imports_nothing(
    tmp_path: Path, created: str, extra: str, expected: str
) -> None:
    source = tmp_path / "cases.yaml"
    source.write_text("calm_cases: 1\ncases:\n- " + CASE % (created, extra) + "\n")
    result = run("cases", "import", str(source))
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"{source}{expected}")
    assert case_count() == 0


def test_an_import_whose_version_is_true_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "cases.yaml"
    source.write_text("calm_cases: true\ncases:\n- " + CASE % ("'2026-11-01T10:00:00Z'", "") + "\n")
    result = run("cases", "import", str(source))
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"{source}:1: unsupported calm_cases version True; expected 1"
    assert case_count() == 0


# --- JSON nested 100,000 deep, 5,000-digit numbers -----------------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000
BIG = "1" * 5000


@pytest.mark.parametrize(
    ("value", "why"),
    [(DEEP, "nested more than 64 levels deep"), (BIG, "a number of more than 100 digits")],
)
def test_hostile_json_on_stdin_is_one_line(value: str, why: str) -> None:
    result = run("cases", "add", input=f'{{"channel": "email", "vars": {{"a": {value}}}}}')
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"calm: stdin:1: malformed JSON: {why}"
    assert case_count() == 0


@pytest.mark.parametrize(
    ("value", "why"),
    [(DEEP, "nested more than 64 levels deep"), (BIG, "a number of more than 100 digits")],
)
def test_hostile_json_in_an_import_file_is_file_line(tmp_path: Path, value: str, why: str) -> None:
    import json

    case = {"id": "C-AAAA1", "created_at": "2026-11-01T10:00:00Z", "vars": {"a": "VALUE"}}
    source = tmp_path / "cases.json"
    text = json.dumps(case).replace('"VALUE"', value)
    source.write_text(f'{{"calm_cases": 1,\n "cases": [{text}]}}')
    result = run("cases", "import", str(source))
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"{source}:2: JSON syntax: {why}"
    assert case_count() == 0


def test_a_hostile_jsonl_line_is_that_lines_error_and_the_stream_goes_on() -> None:
    import json

    good = '{"fault": "ours", "channel": "email"}'
    lines = [good, good.replace("}", f', "vars": {DEEP}}}'), good.replace("}", f', "x": {BIG}}}')]
    lines += [good.replace("}", ', "customer": "caf\xe9"}'), good]
    raw = "\n".join(lines).encode("latin-1")
    result = run("reply", "--jsonl", "--no-check", input=raw)
    assert result.exit_code == 1
    assert one_line(result.stderr) == "calm: 3 line(s) failed; see their error objects"
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("error") for o in out] == [
        None,
        "invalid JSON: nested more than 64 levels deep",
        "invalid JSON: a number of more than 100 digits",
        "not UTF-8 text (byte 54)",
        None,
    ]


# --- invalid UTF-8 in arguments and environment --------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("cases", "add", "--channel", "email", "--customer", "caf\udce9"),
        ("cases", "list", "--customer", "\udcff"),
        ("reply", "--fault", "ours", "--channel", "email", "--customer", "caf\udce9"),
    ],
)
def test_an_argument_that_is_not_utf8_is_one_line(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert one_line(result.stderr).endswith(") is not UTF-8 text")
    assert result.stdout == ""
    assert case_count() == 0


def test_a_note_that_is_not_utf8_is_refused_and_the_case_unchanged() -> None:
    case_id = _add_case()
    before = run("cases", "show", case_id, "--json").stdout
    result = run("cases", "note", case_id, "\udcff")
    assert result.exit_code == 2
    assert one_line(result.stderr) == "calm: argument 4 (b'\\xff') is not UTF-8 text"
    assert run("cases", "show", case_id, "--json").stdout == before


def test_an_agent_name_in_the_environment_that_is_not_utf8_is_one_line() -> None:
    result = run("cases", "add", "--channel", "email", env={"CALM_AGENT": "\udcff"})
    assert result.exit_code == 2
    assert one_line(result.stderr) == (
        "calm: CALM_AGENT (b'\\xff') is not UTF-8 text; set it in UTF-8"
    )
    assert case_count() == 0


# --- closed standard streams (a real child process: the descriptor itself is closed) -------------


def _calm_with_closed(fd: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calmcli", *args],
        stdin=subprocess.DEVNULL if fd != 0 else None,
        stdout=subprocess.PIPE if fd != 1 else None,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(fd),
        timeout=60,
    )


@pytest.mark.parametrize(
    "args", [("cases", "list"), ("reply", "--fault", "ours", "--channel", "email")]
)
def test_a_closed_stdout_is_one_line_exit_1(args: tuple[str, ...]) -> None:
    result = _calm_with_closed(1, *args)
    assert result.returncode == 1
    assert one_line(result.stderr) == "calm: standard output is closed; nothing was done"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("triage",), "calm: no terminal to ask on; "),
        (("analyze",), "calm: cannot read from stdin: it is closed"),
        (("check", "-", "--fault", "ours", "--channel", "email"), "calm: cannot read "),
        (("reply", "--jsonl"), "calm: cannot read from stdin: it is closed"),
        (("triage", "--message", "-", "--customer", "A", "--fault", "ours", "--channel", "chat",
          "--yes"), "calm: cannot read --message from stdin: it is closed"),
    ],
)  # fmt: skip
def test_a_closed_stdin_is_one_line_exit_2(args: tuple[str, ...], expected: str) -> None:
    result = _calm_with_closed(0, *args)
    assert result.returncode == 2
    assert one_line(result.stderr).startswith(expected)
    assert case_count() == 0


def test_a_closed_stdin_does_not_stop_a_walk_given_every_flag() -> None:
    args = ("triage", "--customer", "A", "--fault", "ours", "--channel", "chat", "--yes")
    result = _calm_with_closed(0, *args)
    assert result.returncode == 0, result.stderr
    assert case_count() == 1


# --- triage --out: a path it cannot write is refused before the case is logged --------------------


@pytest.mark.parametrize("kind", ["folder", "missing folder"])
def test_triage_refuses_a_bad_out_before_logging(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "d" if kind == "folder" else tmp_path / "missing" / "reply.txt"
    (tmp_path / "d").mkdir()
    args = ("triage", "--customer", "Bo", "--fault", "ours", "--channel", "email", "--yes")
    result = run(*args, "--out", str(out))
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"calm: cannot write {out}: ")
    assert case_count() == 0


# --- found by the fuzz (tests/test_fuzz_cli.py) -------------------------------------------------


def test_an_error_quoting_a_value_with_a_newline_stays_one_line(tmp_path: Path) -> None:
    result = run(*REPLY, "--templates", "ok\nC-FAKE1\t2026-01-01\tclosed")
    assert result.exit_code == 2
    assert one_line(result.stderr) == (  # the folder's one resolved form (issue 14)
        f"calm: template folder {Path.cwd().resolve()}/ok\\nC-FAKE1\\t2026-01-01\\tclosed "
        "does not exist"
    )


@pytest.mark.parametrize("command", ["playbook", "templates"])
def test_init_onto_a_file_is_one_line_and_leaves_it(tmp_path: Path, command: str) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine\n")
    result = run(command, "init", str(target), "--force")
    assert result.exit_code == 2
    assert one_line(result.stderr) == (
        f"calm: {target} is not a folder; name a new or an empty folder"
    )
    assert target.read_text() == "mine\n"


def test_a_jsonl_line_over_the_limit_is_that_lines_error_and_never_read_whole() -> None:
    ok = b'{"fault": "ours", "channel": "email"}\n'
    long = b'{"fault": "ours", "channel": "email", "customer": "' + b"a" * 2**21 + b'"}\n'
    result = run("reply", "--jsonl", "--no-check", input=ok + long + ok)
    assert result.exit_code == 1
    assert one_line(result.stderr) == "calm: 1 line(s) failed; see their error objects"
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["line"] for line in lines] == [1, 2, 3]
    assert lines[1] == {"line": 2, "error": "longer than the 1 MB limit of a line"}


def test_an_error_the_system_gives_where_calm_did_not_word_it_is_one_line() -> None:
    name = "a" * 5000  # longer than a file name may be: ENAMETOOLONG from a bare stat()
    result = run(
        "triage",
        "--customer",
        "Ann",
        "--fault",
        "ours",
        "--channel",
        "email",
        "--yes",
        "--playbooks",
        name,
    )
    assert result.exit_code == 1
    shown = str(Path.cwd().resolve() / name)  # the folder's one resolved form (issue 14)
    assert one_line(result.stderr) == f"calm: {shown[:200]}...: File name too long"
    assert case_count() == 0


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("analyze", "-", "--lang", "xx"), "calm: unknown --lang 'xx'; valid: ca, es, pl, en"),
        (
            ("analyze", "-", "--earlier-lang", "xx"),
            "calm: unknown --earlier-lang 'xx'; valid: ca, es, pl, en",
        ),
        (("playbook", "list", "--lang", "xx"), "calm: unknown --lang 'xx'; valid: ca, es, pl, en"),
        (
            ("cases", "add", "--channel", "email", "--follow-up", " "),
            "calm: an empty --follow-up; give 2h, 3d, a date, or none",
        ),
    ],
)
def test_a_value_that_was_silently_taken_for_another_is_refused(
    args: tuple[str, ...], expected: str
) -> None:
    """The audit's L4: --lang xx printed 'language: xx (1.00)' or ids for labels; an empty
    --follow-up set the playbook's default delay."""
    result = run(*args, input="Hello, my order is late.")
    assert result.exit_code == 2
    assert one_line(result.stderr) == expected
    assert case_count() == 0
