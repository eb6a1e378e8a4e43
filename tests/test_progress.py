"""Progress reports: how long work tells how far it has got (the bar itself: test_templates,
test_cases_cli, through a real terminal)."""

from __future__ import annotations

import io
import sys

import pytest

from calmcli.base.progress import EVERY, counted
from calmcli.views.progress import progress_bar


def test_a_counted_stream_reports_every_hundred_and_at_its_end() -> None:
    seen: list[tuple[int, int | None]] = []
    items = list(counted(range(250), lambda done, total: seen.append((done, total)), 250))
    assert items == list(range(250))
    assert seen == [(EVERY, 250), (2 * EVERY, 250), (250, 250)]


def test_a_short_stream_reports_nothing() -> None:
    seen: list[tuple[int, int | None]] = []
    assert list(counted("abc", lambda done, total: seen.append((done, total)))) == ["a", "b", "c"]
    assert seen == []


def test_no_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with progress_bar("Working") as advance:
        advance(0, 10)
        advance(10, 10)
    assert sys.stderr.getvalue() == ""
