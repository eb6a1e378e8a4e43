"""The adversarial suite (issue 11), the walk's ways out: Ctrl-D at any question ends the walk
like Ctrl-C, and SIGTERM or SIGHUP put the terminal back and leave no temporary file behind.

Each test reproduces a failure from ../shared/reviews/untrusted-audit.md through a real
pseudo-terminal (pexpect).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pexpect
import pytest

from tests.test_triage import CALM, DOWN, ENTER, ESC, Screen, logged

CTRL_D = "\x04"
FLAGS = [
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
]


def _to_contact(screen: Screen) -> None:
    screen.answer("Customer's message", ESC + ENTER)
    screen.answer("name or handle", "Jan" + ENTER)


def _finish_within(screen: Screen, seconds: float) -> int:
    try:
        screen.child.expect(pexpect.EOF, timeout=seconds)
    except pexpect.TIMEOUT:
        screen.child.close(force=True)
        pytest.fail(f"the walk was still waiting {seconds} s later")
    screen.raw += screen.child.before
    screen.child.close()
    status = screen.child.exitstatus
    return status if status is not None else -screen.child.signalstatus


@pytest.mark.parametrize("where", ["text", "choice", "message"])
def test_ctrl_d_at_any_question_ends_the_walk_like_ctrl_c(where: str) -> None:
    screen = Screen([])
    if where == "message":
        screen.answer("Customer's message", CTRL_D)
    else:
        _to_contact(screen)
        if where == "choice":
            screen.answer("Contact", ENTER)
            screen.answer("Order or ticket", ENTER)
            screen.expect("Was it our fault")  # a select: Ctrl-D had no key there (a hang)
        else:
            screen.expect("Contact")  # a text question: Ctrl-D was Click's 'Aborted!', exit 1
        screen.child.send(CTRL_D)
    assert _finish_within(screen, 10) == 130
    assert "interrupted; nothing was saved" in screen.text
    assert "Traceback" not in screen.text
    assert logged() == []


def test_sigterm_mid_walk_gives_the_terminal_back(tmp_path: Path) -> None:
    """The shell that ran calm finds its terminal cooked again (it was left -icanon -echo)."""
    script = f'"{CALM}" triage; echo "exit=$?"; stty -a; echo END'
    child = pexpect.spawn(
        "bash",
        ["-c", script],
        env={**os.environ, "TERM": "xterm-256color", "PROMPT_TOOLKIT_NO_CPR": "1"},
        encoding="utf-8",
        timeout=20,
        dimensions=(24, 80),
    )
    child.expect("Customer's message")
    child.send(ESC + ENTER)
    child.expect("name or handle")
    time.sleep(0.2)
    calm = subprocess.run(["pgrep", "-P", str(child.pid)], capture_output=True, text=True)
    (pid,) = calm.stdout.split()
    os.kill(int(pid), signal.SIGTERM)
    child.expect("END")
    after = child.before
    child.close(force=True)
    assert "exit=143" in after and "ended by SIGTERM; nothing was saved" in after
    settings = after.split("exit=143", 1)[1].split()
    assert "icanon" in settings and "echo" in settings, settings
    assert logged() == []


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_while_the_editor_is_open_removes_the_reply_file(
    tmp_path: Path, sig: signal.Signals
) -> None:
    """The temporary reply (the customer's name and the reply) is removed; the editor ends."""
    opened = tmp_path / "opened"
    editor = tmp_path / "slow-editor"
    editor.write_text(f'#!/bin/sh\necho "$$ $1" > {opened}\nexec sleep 60\n')
    editor.chmod(0o755)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    screen = Screen(FLAGS, env={"EDITOR": str(editor), "VISUAL": "", "TMPDIR": str(scratch)})
    screen.expect("The reply")
    screen.expect("back")
    screen.child.send(DOWN + ENTER)  # "Edit it in $EDITOR", below "Accept"
    for _ in range(100):
        if opened.exists() and opened.read_text().strip():
            break
        time.sleep(0.05)
    editor_pid, reply_file = opened.read_text().split()
    assert Path(reply_file).exists() and Path(reply_file).is_relative_to(scratch)
    os.kill(screen.child.pid, sig)
    assert _finish_within(screen, 10) == 128 + sig
    assert f"ended by {sig.name}; nothing was saved" in screen.text
    assert list(scratch.iterdir()) == []
    time.sleep(0.1)
    assert not Path(f"/proc/{editor_pid}").exists() or _zombie(editor_pid), "editor left running"
    assert logged() == []


def _zombie(pid: str) -> bool:
    return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
