"""Issue 11 point 7, every edge a line: input at the edges of what calm accepts ends in one line
on stderr and exit 2 (1 where the environment failed), with nothing written.

Each test reproduces a failure from ../shared/reviews/untrusted-audit.md.
"""

from __future__ import annotations

import pytest

from tests.helpers import run


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
