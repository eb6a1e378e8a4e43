"""A progress bar on stderr for work that can pass two seconds; nothing when not a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from calmcli.base.progress import Progress

QUIET_SECONDS = 0.5  # work reporting before this shows no bar (unless it says it starts)


@contextmanager
def progress_bar(description: str) -> Iterator[Progress]:
    """Give the block a function to report with; a Rich bar shows on stderr and is removed
    after. It appears at a report of 0 done (work about to take long) or at the first report
    after `QUIET_SECONDS`: quick work shows nothing. Silent, and Rich not imported, when stderr
    is not a terminal: pipes, files and scripts see only the result."""
    if not sys.stderr.isatty():
        yield _silent
        return
    shown: list[Any] = []  # the Progress and its task, once started
    began = time.monotonic()

    def advance(done: int, total: int | None) -> None:
        if not shown:
            if done and time.monotonic() - began < QUIET_SECONDS:
                return
            shown.extend(_start(description))
        shown[0].update(shown[1], completed=done, total=total)

    try:
        yield advance
    finally:
        if shown:
            shown[0].stop()


def _start(description: str) -> tuple[Any, Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from calmcli.views.terminal import console

    columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    bar = Progress(*columns, console=console(stderr=True), transient=True)
    bar.start()
    return bar, bar.add_task(description, total=None)


def _silent(done: int, total: int | None) -> None:
    """Not a terminal: no bar."""
