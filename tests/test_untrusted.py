"""The adversarial suite (issue 11): hostile team folders, customers, data dirs and databases.

Each test reproduces an attack from ../shared/reviews/untrusted-audit.md and checks that calm
ends it with one line and the documented exit code, changing nothing it should not.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from calmcli.base.paths import bundled_dir
from calmcli.base.saferegex import RegexTimeout, check_regex, finditer_spans
from tests.helpers import run, write_tree


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- hostile team folder: regular expressions --------------------------------------------------


@pytest.mark.parametrize("pattern", [r"(a|aa)+$", r"(a|a)+$"])
def test_a_catastrophic_team_regex_is_refused_at_validation(pattern: str) -> None:
    problem = check_regex(pattern)
    assert problem is not None and "backtracks" in problem


def test_a_team_regex_that_runs_away_on_a_text_is_stopped_in_one_line() -> None:
    with pytest.raises(RegexTimeout, match="ran over"):
        finditer_spans(r"(a|aa)+$", "a" * 60 + "!", bounded=True)


def test_a_catastrophic_lexicon_is_one_line_exit_2(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "pl", {"lexicons/en.yaml": "words:\n  insult: ['/(a|aa)+$/']\n"})
    result = run("analyze", "-", "--lang", "en", "--playbooks", str(team), input="a" * 60 + "!")
    assert result.exit_code == 2
    assert one_line(result.stderr).startswith(f"{team}/lexicons/en.yaml:2: ")


def _bundled_regexes() -> list[str]:
    found: set[str] = set()
    for path in bundled_dir("playbooks").rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        found |= {m.replace("\\\\", "\\") for m in re.findall(r'"/(.+?)/"', text)}
        found |= set(re.findall(r"'/(.+?)/'", text))
    return sorted(found)


def test_every_bundled_regex_is_linear_on_long_hostile_runs() -> None:
    """Bundled patterns run on `re` without a time limit: each must stay linear. Run in a
    child with a generous limit: a quadratic pattern on these 200,000 characters takes
    minutes (`\\d+ ?%` did), a linear one milliseconds."""
    patterns = _bundled_regexes()
    assert len(patterns) > 10
    script = (
        "import re, sys\n"
        "runs = [c * 200_000 for c in 'a1 .@#-'] + ['1 ' * 100_000 + 'x', 'a.' * 100_000]\n"
        "for p in sys.argv[1:]:\n"
        "    for r in runs:\n"
        "        sum(1 for _ in re.finditer(p, r))\n"
    )
    subprocess.run([sys.executable, "-c", script, *patterns], check=True, timeout=60)
