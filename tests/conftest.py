"""Shared fixtures: every test gets its own private CALM_HOME and cache."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def calm_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point CALM_HOME and CALM_CACHE_DIR at fresh folders under tmp_path."""
    home = tmp_path / "calm-home"
    monkeypatch.setenv("CALM_HOME", str(home))
    monkeypatch.setenv("CALM_CACHE_DIR", str(tmp_path / "calm-cache"))
    monkeypatch.setenv("CALM_AGENT", "tester")
    monkeypatch.delenv("CALM_PLAYBOOKS", raising=False)
    return home
