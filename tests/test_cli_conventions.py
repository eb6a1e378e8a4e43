"""The conventions of a good CLI: --version, -h, help that names values and shows examples,
completion scripts for bash, zsh and fish, and completion of calm's own values."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run

TYPE_NOISE = ("<str>", "<bool>", "<int>", "<list", "<Path>", "<path>", "<datetime>")


def calm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The installed entry point in a child process, as a shell runs it."""
    return subprocess.run(
        [sys.executable, "-m", "calmcli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80", **(env or {})},
        timeout=60,
    )


def test_version_prints_the_package_version() -> None:
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"calm {version('calmcli')}\n"


def test_reply_short_help_is_help() -> None:
    result = calm("reply", "-h")
    assert result.returncode == 0, result.stderr
    assert "Usage: calm reply" in result.stdout
    assert "--fault" in result.stdout and "FAULT" in result.stdout
    assert "KEY=VALUE" in result.stdout and "DIR" in result.stdout


COMMANDS = [
    ["reply"],
    ["triage"],
    ["analyze"],
    ["check"],
    ["stats"],
    ["report"],
    ["playbook", "validate"],
    ["playbook", "list"],
    ["playbook", "show"],
    ["playbook", "init"],
    ["templates", "check"],
    ["cases", "add"],
    ["cases", "list"],
    ["cases", "show"],
    ["cases", "note"],
    ["cases", "close"],
    ["cases", "reopen"],
    ["cases", "warn"],
    ["cases", "export"],
    ["cases", "import"],
    ["followups"],
    ["followups", "done"],
    ["followups", "snooze"],
    ["followups", "export"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_names_values_not_types_and_shows_examples(command: list[str]) -> None:
    result = run(*command, "--help", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    noise = [word for word in TYPE_NOISE if word in result.stdout]
    assert not noise, result.stdout
    assert "Examples:" in result.stdout
    examples = result.stdout.split("Examples:")[1]
    assert f"$ calm {' '.join(command)}" in examples or f"| calm {command[0]}" in examples


def test_root_help_lists_completion_and_version() -> None:
    result = run("-h", env={"COLUMNS": "100"})
    assert result.exit_code == 0
    lines = [" ".join(line.strip("│ ").split()) for line in result.stdout.splitlines()]
    for option in ("--version", "--install-completion SHELL", "--show-completion SHELL", "-h"):
        assert any(line.startswith(option) for line in lines) or option == "-h", lines
    assert any(line.startswith("--help -h") for line in lines)
    assert not [word for word in TYPE_NOISE if word in result.stdout]


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o"),
        ("zsh", "compdef _calm_completion calm"),
        ("fish", "complete --command calm"),
    ],
)
def test_completion_script_for_each_shell(shell: str, marker: str) -> None:
    result = calm("--show-completion", shell)
    assert result.returncode == 0, result.stderr
    assert marker in result.stdout
    assert "_CALM_COMPLETE" in result.stdout


def complete(words: str, env: dict[str, str] | None = None) -> list[str]:
    """What bash would offer after `words` (the last word is the one being completed)."""
    parts = words.split(" ")
    result = calm(
        env={
            "_CALM_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(parts) - 1),
            **(env or {}),
        }
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_completes_situation_values_from_the_playbook() -> None:
    assert complete("calm reply --fault ") == ["ours", "not-ours", "unclear", "troll"]
    assert complete("calm reply --incident d") == ["damaged-item"]
    assert "social-public" in complete("calm triage --channel s")
    assert complete("calm reply --lang ") == ["ca", "en", "es", "pl"]


def test_completes_a_team_incident_from_the_team_folder(tmp_path: Path) -> None:
    team = tmp_path / "team-pb"
    team.mkdir()
    (team / "incidents.yaml").write_text(
        "incidents:\n  - id: wrong-item\n    label: {en: Wrong item, ca: Article equivocat, "
        "es: Artículo equivocado, pl: Zły produkt}\n    help: {en: x, ca: x, es: x, pl: x}\n"
        "    guidance:\n      key_ideas: [Send the right item first.]\n",
        encoding="utf-8",
    )
    offered = complete(f"calm reply --playbooks {team} --incident w")
    assert offered == ["wrong-item"]


def test_completes_case_ids_from_the_log(calm_home: Path) -> None:
    added = run("cases", "add", "--channel", "chat", "--fault", "ours", "--customer", "Ann")
    assert added.exit_code == 0, added.output
    case_id = added.stdout.strip()
    env = {"CALM_HOME": str(calm_home)}
    assert complete("calm cases show ", env) == [case_id]
    assert complete(f"calm followups done {case_id[:3]}", env) == [case_id]


def test_completing_a_case_id_without_a_log_leaves_none_behind(calm_home: Path) -> None:
    env = {"CALM_HOME": str(calm_home)}
    assert complete("calm cases show ", env) == []
    assert not (calm_home / "cases.db").exists()


def test_completes_team_folders_only(tmp_path: Path) -> None:
    (tmp_path / "team-pb").mkdir()
    (tmp_path / "team-tpl").mkdir()
    (tmp_path / "team-notes.txt").write_text("x")
    offered = complete(f"calm reply --templates {tmp_path}/team")
    assert offered == [f"{tmp_path}/team-pb/", f"{tmp_path}/team-tpl/"]


@pytest.mark.parametrize("width", [40, 60, 80, 100, 120, 200])
def test_the_message_hint_always_fits_beside_the_question(width: int) -> None:
    from calmcli.walk.prompts import MULTILINE_HINTS, fitting_hint

    question = "Customer's message:"
    hint = fitting_hint(question, MULTILINE_HINTS, width)
    assert "Esc" in hint and "Enter" in hint
    if width >= 60:
        assert len("? ") + len(question) + 1 + len(hint) <= width
    if width >= 100:
        assert hint == MULTILINE_HINTS[0]


def terminal_output(args: list[str], columns: int) -> str:
    import pexpect

    child = pexpect.spawn(
        sys.executable,
        ["-m", "calmcli", *args],
        env={**os.environ, "NO_COLOR": "1"},
        dimensions=(40, columns),
        encoding="utf-8",
        timeout=30,
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    text = str(child.before).replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;]*m", "", text)  # bold and underline: styles, not text


def test_cases_list_at_80_columns_keeps_ids_and_dates_whole() -> None:
    ids = []
    for channel, incident in (("social-public", "policy-misreading"), ("chat", "billing")):
        added = run(
            "cases", "add", "--channel", channel, "--fault", "ours", "--incident", incident,
            "--customer", "Jordi Puig i Ferrer del Pla de la Vall d'Aran",
            "--summary", "Fa DUES SETMANES que espero la comanda 48213 i encara no ha arribat",
        )  # fmt: skip
        assert added.exit_code == 0, added.output
        ids.append(added.stdout.strip())
    for args in (["cases", "list"], ["followups"]):
        screen = terminal_output(args, 80)
        lines = [line for line in screen.splitlines() if line.strip()]
        assert all(len(line) <= 80 for line in lines), screen
        for case_id in ids:
            (row,) = [line for line in lines if case_id in line]  # one line per row
            assert re.search(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b", row), row  # a whole date
            assert "…" in row  # the long customer and summary are shortened, visibly
