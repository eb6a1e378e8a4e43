"""A progress bar on stderr for work that can pass two seconds; nothing when not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[[int, int | None], None]  # done so far, how many in all (None: not known)


@contextmanager
def progress_bar(description: str) -> Iterator[Advance]:
    """Show a Rich bar on stderr while the block runs and remove it after; the block reports
    with the function it is given. Silent (and Rich not imported) when stderr is not a terminal,
    so pipes, files and scripts see only the result."""
    if not sys.stderr.isatty():
        yield _silent
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from calmcli.views.terminal import console

    columns = (
        "{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=None)

        def advance(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def _silent(done: int, total: int | None) -> None:
    """Not a terminal: no bar."""
