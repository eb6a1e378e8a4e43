"""Issue 14 through a real terminal: nobody tells their story twice, no work is lost."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from test_triage import CALM, DOWN, ENTER, WALK_FLAGS, Screen, logged

from calmcli.caselog.model import CaseFilter
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


PUBLIC_POST = [
    "--customer", "@jan_n", "--fault", "ours", "--channel", "social-public",
    "--customer-type", "none", "--incident", "shipping-delay", "--lang", "en",
    "--order", "A-77", "--message", os.devnull,
]  # fmt: skip
PRIVATE_MARKER = "--- private message (keep this line) ---"


def _two_messages(case_reply: str) -> tuple[str, str]:
    public, private = case_reply.split("--- private message ---")
    return public, private


def test_deleting_a_marker_of_a_two_message_reply_asks_and_edits_again(tmp_path: Path) -> None:
    """The agent edits both messages and deletes the private marker line: calm says so and
    reopens their text (the marker on top); they put it back and both edits are logged."""
    edit = (
        "lines = p.read_text().splitlines()\n"
        "import os\n"
        "state = pathlib.Path(os.environ['STATE'])\n"
        "if not state.exists():\n"
        "    top = lines.index('--- public message (keep this line) ---')\n"
        "    lines.insert(top + 1, 'Public edit.')\n"
        "    lines.append('Private edit.')\n"
        f"    where = lines.index({PRIVATE_MARKER!r})\n"
        "    state.write_text(str(where))\n"
        "    del lines[where]\n"
        "else:\n"
        "    marker = lines.pop(0)\n"
        "    lines.insert(int(state.read_text()), marker)\n"
        "p.write_text('\\n'.join(lines) + '\\n')\n"
    )
    env = {**_editor(tmp_path, edit), "STATE": str(tmp_path / "state")}
    screen = Screen(PUBLIC_POST, env=env)
    screen.choose("The reply", "Edit it")
    screen.expect("What to do with your edit")  # no way back here: it would drop the edit
    said = " ".join(screen.text.split())
    assert f"Your edit has no line {PRIVATE_MARKER!r}: calm cannot tell where each" in said
    screen.child.send(ENTER)  # the default: edit it again
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0, screen.text
    (case,) = logged()
    public, private = _two_messages(next(e for e in case.events if e.kind == "reply").text)
    assert "Public edit." in public and "Private edit." not in public
    assert "Private edit." in private and "A-77" in private


def test_a_two_message_edit_without_markers_can_become_the_public_message(
    tmp_path: Path,
) -> None:
    edit = (
        "lines = [l for l in p.read_text().splitlines() if 'keep this line' not in l]\n"
        "p.write_text('Public edit.\\n' + '\\n'.join(lines))\n"
    )
    elsewhere = tmp_path / "elsewhere"  # the same walk accepted as rendered, in another log
    untouched = Screen(PUBLIC_POST, env={"CALM_HOME": str(elsewhere)})
    untouched.answer("The reply", ENTER)
    untouched.answer("Follow up in", ENTER)
    assert untouched.finish() == 0, untouched.text
    store = open_store(elsewhere / "cases.db")
    (first,) = [store.get_case(c.id) for c in store.list_cases(CaseFilter())]
    store.close()
    _, rendered_private = _two_messages(next(e for e in first.events if e.kind == "reply").text)
    screen = Screen(PUBLIC_POST, env=_editor(tmp_path, edit))
    screen.choose("The reply", "Edit it")
    screen.answer("What to do with your edit", DOWN + ENTER)  # use it all as the public one
    screen.answer("The reply", ENTER)
    assert "Use it all as the public message (private: as before)" in screen.text
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0, screen.text
    (case,) = logged()
    public, private = _two_messages(next(e for e in case.events if e.kind == "reply").text)
    assert public.startswith("--- public message ---\nPublic edit.\n")
    assert "A-77" in public  # the former private text, kept where the agent asked
    assert private == rendered_private


def test_going_back_after_an_edit_asks_and_keeps_the_edit(tmp_path: Path) -> None:
    edit = "p.write_text(p.read_text().replace('Dear Jan,', 'Dear Mr Nowak,'))\n"
    screen = Screen(WALK_FLAGS, env=_editor(tmp_path, edit))
    screen.choose("The reply", "Edit it")
    screen.choose("The reply", "← back")
    screen.expect("You edited this reply; going back starts a new one")
    screen.child.send(ENTER)  # the default: keep the edit, stay here
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 0, screen.text
    (case,) = logged()
    assert next(e for e in case.events if e.kind == "reply").text.startswith("Dear Mr Nowak,")


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


def test_a_walk_whose_log_fails_at_the_last_step_is_printed_kept_and_resumed(
    calm_home: Path, tmp_path: Path
) -> None:
    """Through a real terminal: the agent edits and accepts the reply, the log refuses the
    case at the very end; the reply (with the edit) is printed, the walk kept in its draft, and
    `calm triage --resume`, later, logs that very case with that reply and its promise."""
    import json
    import sqlite3
    import stat

    open_store().close()
    db = sqlite3.connect(calm_home / "cases.db", isolation_level=None)
    db.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON cases "
        "BEGIN SELECT RAISE(ABORT, 'the disk says no'); END"
    )
    edit = "p.write_text(p.read_text().replace('Dear Jan,', 'Dear Mr Nowak,'))\n"
    screen = Screen(WALK_FLAGS, env=_editor(tmp_path, edit))
    screen.choose("The reply", "Edit it")
    screen.answer("The reply", ENTER)
    screen.answer("Follow up in", ENTER)
    assert screen.finish() == 1, screen.text
    after_walk = screen.text.rsplit("Follow up in", 1)[1]
    printed = [line for line in after_walk.splitlines() if line.startswith("Dear Mr Nowak,")]
    assert printed, after_walk  # the reply as the agent left it, outside any panel
    said = " ".join(after_walk.split())
    assert "calm: the case was not logged (" in said and "(the disk says no))" in said
    assert "`calm triage --resume` logs it" in said
    assert logged() == []
    draft = calm_home / "triage-draft.json"
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    kept = json.loads(draft.read_text())
    assert kept["customer"] == "Jan" and kept["texts"][0].startswith("Dear Mr Nowak,")
    promised = re.search(r"by the end of Friday 4 December", kept["texts"][0])
    assert promised, kept["texts"][0]  # 1 business day from Thursday 3 December, 10:20

    db.execute("DROP TRIGGER refuse")
    db.close()
    # Resumed days later: nothing is asked, the same reply is printed and its promise kept.
    resumed = Screen(["--resume", "--now", "2026-12-07T09:00"], env={"TZ": "UTC"})
    assert resumed.finish() == 0, resumed.text
    assert not [line for line in resumed.text.splitlines() if line.startswith("? ")]
    assert "Dear Mr Nowak," in resumed.text and promised.group() in resumed.text
    (case,) = logged()
    assert case.customer == "Jan" and case.incident == "billing"
    reply = next(e for e in case.events if e.kind == "reply").text
    assert reply == kept["texts"][0]
    assert f"Logged case {case.id}" in resumed.text
    assert not draft.exists()
    (follow_up,) = case.followups
    assert follow_up.due_at.startswith("2026-12-04T18:00")  # what the reply promised, overdue


def test_resume_keeps_a_follow_up_that_has_passed_since(calm_home: Path) -> None:
    """The printed reply promised 15:00; resumed the next day, the case is logged with that
    very follow-up (overdue now) instead of being refused as a follow-up in the past."""
    import sqlite3

    open_store().close()
    db = sqlite3.connect(calm_home / "cases.db", isolation_level=None)
    db.execute("CREATE TRIGGER refuse BEFORE INSERT ON cases BEGIN SELECT RAISE(ABORT, 'no'); END")
    flags = ("--customer", "Jan", "--fault", "ours", "--channel", "email", "--yes")
    at = ("--now", "2026-12-03T10:20", "--follow-up", "2026-12-03T15:00")
    failed = run("triage", *flags, *at, "--message", "-", input="Where is it?\n", env={"TZ": "UTC"})
    assert failed.exit_code == 1 and "calm triage --resume" in failed.stderr
    db.execute("DROP TRIGGER refuse")
    db.close()
    resumed = run("triage", "--resume", "--now", "2026-12-04T09:00", env={"TZ": "UTC"})
    assert resumed.exit_code == 0, resumed.stderr
    assert resumed.stdout == failed.stdout
    (case,) = logged()
    assert [f.due_at[:16] for f in case.followups] == ["2026-12-03T15:00"]
