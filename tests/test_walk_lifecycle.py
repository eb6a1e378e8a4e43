"""Issue 14 through a real terminal: nobody tells their story twice, no work is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_triage import CALM, ENTER, WALK_FLAGS, Screen, logged

from calmcli.storage import open_store
from tests.helpers import run


def test_a_relative_team_folder_used_from_two_directories_still_logs_the_case(
    tmp_path: Path,
) -> None:
    """The review's D5: a relative --playbooks from one directory, then the same folder from
    another; the cached playbook must not keep the typed relative paths."""
    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert run("playbook", "init", str(work / "team-pb")).exit_code == 0
    first = subprocess.run(
        [CALM, "reply", "--playbooks", "team-pb", "--fault", "ours", "--channel", "email"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert first.returncode == 0, first.stderr
    screen = Screen(
        [
            "--customer",
            "Bob",
            "--fault",
            "ours",
            "--channel",
            "email",
            "--yes",
            "--message",
            os.devnull,
        ],
        env={"CALM_PLAYBOOKS": str(work / "team-pb")},
        cwd=elsewhere,
    )
    assert screen.finish() == 0, screen.text
    assert "Logged case C-" in screen.text
    assert len(logged()) == 1


def test_yes_with_every_required_flag_asks_nothing_in_a_terminal() -> None:
    screen = Screen(["--customer", "Bob", "--fault", "ours", "--channel", "chat", "--yes"])
    assert screen.finish() == 0, screen.text
    assert "Customer's message" not in screen.text
    assert not [line for line in screen.text.splitlines() if line.startswith("? ")]
    assert len(logged()) == 1


def _editor(tmp_path: Path, body: str) -> dict[str, str]:
    script = tmp_path / "editor.py"
    script.write_text("import sys, pathlib\np = pathlib.Path(sys.argv[1])\n" + body)
    return {"EDITOR": f"{sys.executable} {script}", "TZ": "UTC"}


def test_switching_language_after_an_edit_asks_and_keeps_the_edit(tmp_path: Path) -> None:
    edit = "p.write_text(p.read_text().replace('Dear Jan,', 'Dear Mr Nowak,'))\n"
    screen = Screen(WALK_FLAGS, env=_editor(tmp_path, edit))
    screen.choose("The reply", "Edit it")
    screen.choose("The reply", "Switch language")
    screen.expect("You edited this reply")
    screen.child.send(ENTER)  # the default: keep the edit, stay in this language
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0, screen.text
    (case,) = logged()
    reply = next(e for e in case.events if e.kind == "reply").text
    assert reply.startswith("Dear Mr Nowak,") and case.lang == "en"


def test_deleting_the_marker_line_keeps_the_edit(tmp_path: Path) -> None:
    edit = (
        "lines = [l for l in p.read_text().splitlines() if 'keep this line' not in l]\n"
        "p.write_text('\\n'.join(lines).replace('Dear Jan,', 'Dear Mr Nowak,'))\n"
    )
    screen = Screen(WALK_FLAGS, env=_editor(tmp_path, edit))
    screen.choose("The reply", "Edit it")
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0, screen.text
    (case,) = logged()
    reply = next(e for e in case.events if e.kind == "reply").text
    assert reply.startswith("Dear Mr Nowak,") and "keep this line" not in reply


def test_a_log_that_refuses_the_case_at_the_end_loses_nothing_and_resume_logs_it(
    calm_home: Path,
) -> None:
    """The walk's last step fails (the log refuses the insert): the reply is still printed,
    the answers are kept, and `calm triage --resume` logs that very case."""
    import sqlite3

    open_store().close()
    db = sqlite3.connect(calm_home / "cases.db", isolation_level=None)
    db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON cases "
        "BEGIN SELECT RAISE(ABORT, 'the disk says no'); END"
    )
    args = ("triage", "--customer", "Jan", "--fault", "ours", "--channel", "email", "--yes")
    failed = run(*args, "--message", "-", input="Where is my parcel?\n")
    assert failed.exit_code == 1
    assert "Jan" in failed.stdout.splitlines()[0]  # the reply, greeting the customer
    line = failed.stderr.strip().splitlines()[-1]
    assert "the case was not logged" in line and "calm triage --resume" in line
    assert logged() == []
    db.execute("DROP TRIGGER refuse")
    db.close()
    resumed = run("triage", "--resume")
    assert resumed.exit_code == 0, resumed.stderr
    assert resumed.stdout == failed.stdout  # the same reply, not a new one
    (case,) = logged()
    assert case.customer == "Jan" and case.fault == "ours"
    messages = [e.text.strip() for e in case.events if e.kind == "customer-message"]
    assert messages == ["Where is my parcel?"]
    again = run("triage", "--resume")
    assert again.exit_code == 2 and "no walk to resume" in again.stderr
