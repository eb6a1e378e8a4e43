"""The wheel carries the bundled playbooks and templates, so calm works outside the repo."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_data_and_runs_outside_the_repo(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
    )
    (wheel,) = (tmp_path / "dist").glob("calmcli-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "calmcli/_data/playbooks/faults.yaml" in names
    assert "calmcli/_data/reply_templates/layouts.yaml" in names
    for lang in ("ca", "es", "pl", "en"):
        assert f"calmcli/_data/reply_templates/{lang}/parts/greeting.j2" in names
    assert any(n.endswith("entry_points.txt") for n in names)
    assert "calmcli/playbook/bundled_forms.json" in names  # the bundled words' inflected forms

    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    env = {**os.environ, "PYTHONPATH": str(target), "CALM_HOME": str(tmp_path / "home")}
    probe = subprocess.run(
        [sys.executable, "-c", "import calmcli.base.paths as p; print(p.bundled_dir('playbooks'))"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert probe.stdout.strip().startswith(str(target))
    reply = subprocess.run(
        [
            sys.executable,
            "-m",
            "calmcli",
            "reply",
            "--fault",
            "ours",
            "--channel",
            "chat",
            "--lang",
            "ca",
            "--customer",
            "Marta",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert reply.returncode == 0, reply.stderr
    assert "Marta" in reply.stdout
