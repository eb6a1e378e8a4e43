"""--copy puts the reply on the system clipboard (a real one: wl-copy, here a stand-in
program that keeps what it is given), and says so in one line where there is none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def clipboard(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A Wayland session whose wl-copy writes the clipboard to a file."""
    bin_dir, kept = tmp_path / "bin", tmp_path / "clipboard.txt"
    bin_dir.mkdir()
    (bin_dir / "wl-copy").write_text(f"#!/bin/sh\ncat > {kept}\n")
    (bin_dir / "wl-paste").write_text(f"#!/bin/sh\ncat {kept}\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    env = {"PATH": f"{bin_dir}:{os.environ['PATH']}", "WAYLAND_DISPLAY": "wayland-0"}
    return env, kept


def calm(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calmcli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )


def test_reply_copy_puts_the_reply_on_the_clipboard(clipboard: tuple[dict[str, str], Path]) -> None:
    env, kept = clipboard
    result = calm(
        "reply", "--fault", "ours", "--channel", "email", "--lang", "es", "--copy", env=env
    )
    assert result.returncode == 0, result.stderr
    assert kept.read_text(encoding="utf-8") == result.stdout.rstrip("\n")
    assert "copied the reply to the clipboard" in result.stderr


def test_reply_copy_of_a_pair_takes_the_chosen_message(
    clipboard: tuple[dict[str, str], Path],
) -> None:
    env, kept = clipboard
    args = ("reply", "--fault", "ours", "--channel", "social-public", "--lang", "ca", "--copy")
    both = calm(*args, env=env)
    assert both.returncode == 0, both.stderr
    public = calm(*args, "--only", "public", env=env).stdout.rstrip("\n")
    assert "copied the public message" in both.stderr
    assert kept.read_text(encoding="utf-8") == public
    private = calm(*args, "--only", "private", env=env)
    assert kept.read_text(encoding="utf-8") == private.stdout.rstrip("\n")
    assert "copied the private message" in private.stderr


def test_triage_copy_takes_the_final_reply(clipboard: tuple[dict[str, str], Path]) -> None:
    env, kept = clipboard
    result = calm(
        "triage", "--message", "-", "--customer", "Bob", "--fault", "ours", "--channel", "chat",
        "--yes", "--copy", env=env, stdin="Where is my parcel?",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert kept.read_text(encoding="utf-8") == result.stdout.rstrip("\n")
    assert "copied the reply to the clipboard" in result.stderr


def test_no_clipboard_is_one_line_and_the_reply_still_printed(tmp_path: Path) -> None:
    env = {"PATH": str(tmp_path), "WAYLAND_DISPLAY": "", "DISPLAY": ""}
    result = calm("reply", "--fault", "ours", "--channel", "chat", "--copy", env=env)
    assert result.returncode == 0
    assert result.stdout.strip()
    (line,) = result.stderr.splitlines()
    assert line.startswith("calm: no clipboard on this system (the reply not copied")
