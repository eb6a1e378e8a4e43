"""The file helpers every write and every 'file or -' read goes through (base/files.py)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from calmcli.base.files import (
    ensure_private_dir,
    private_writer,
    read_input,
    read_team_file,
    write_private,
)
from calmcli.errors import CalmError, UsageError


def test_write_is_private_and_replaces_an_open_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o644)
    write_private(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_symlink_target_is_refused_and_its_file_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    link = tmp_path / "reply.txt"
    link.symlink_to(notes)
    with pytest.raises(UsageError, match="symbolic link"):
        write_private(link, "reply")
    assert notes.read_text() == "my notes"


@pytest.mark.parametrize("kind", ["folder", "fifo", "missing-folder"])
def test_targets_that_are_not_files_are_one_line(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "x"
    if kind == "folder":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target = tmp_path / "missing" / "x"
    with pytest.raises(UsageError) as caught:
        write_private(target, "data")
    assert "\n" not in str(caught.value) and str(target) in str(caught.value)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "export.yaml"
    target.write_text("kept")
    with pytest.raises(RuntimeError), private_writer(target) as handle:
        handle.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["export.yaml"]


def test_temporary_names_cannot_be_guessed(tmp_path: Path) -> None:
    """Symlinks planted at the old predictable names (.NAME.PID.tmp) are never followed."""
    victim = tmp_path / "victim.txt"
    victim.write_text("victim's notes")
    for pid in range(os.getpid() - 5, os.getpid() + 5):
        (tmp_path / f".report.html.{pid}.tmp").symlink_to(victim)
    write_private(tmp_path / "report.html", "<html>")
    assert victim.read_text() == "victim's notes"


def test_private_dirs_are_0700_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        ensure_private_dir(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(old)
    for folder in ("a", "a/b", "a/b/c"):
        assert (tmp_path / folder).stat().st_mode & 0o777 == 0o700, folder


def test_an_existing_folder_is_never_chmodded(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    ensure_private_dir(shared / "mine")
    assert shared.stat().st_mode & 0o7777 == 0o1777


def test_a_file_in_the_way_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(CalmError, match="not a folder"):
        ensure_private_dir(tmp_path / "file")


def test_read_input_is_bounded_and_decodes_strictly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 101)
    with pytest.raises(UsageError, match="limit"):
        read_input(big, limit=100)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    with pytest.raises(UsageError, match="not UTF-8"):
        read_input(bad)
    with pytest.raises(UsageError, match="cannot read"):
        read_input(tmp_path)


def test_read_input_from_a_device_is_bounded() -> None:
    with pytest.raises(UsageError, match="limit"):
        read_input("/dev/zero", limit=1000)


def test_read_input_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Ann ✓".encode())))
    assert read_input("-") == "Ann ✓"
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(UsageError, match="closed"):
        read_input("-")


def test_team_files_stay_inside_their_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN")
    team = tmp_path / "team"
    team.mkdir()
    (team / "ok.yaml").write_text("a: 1")
    (team / "leak.yaml").symlink_to(secret)
    os.mkfifo(team / "pipe.yaml")
    assert read_team_file(team / "ok.yaml", team) == "a: 1"
    with pytest.raises(UsageError, match="outside"):
        read_team_file(team / "leak.yaml", team)
    with pytest.raises(UsageError, match="not a regular file"):
        read_team_file(team / "pipe.yaml", team)
