"""What several command groups share: the clock, the opened case log, confirming a case."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:  # `calm reply` imports this module: no case-log modules at start-up
    from pathlib import Path

    from calmcli.base.progress import Progress
    from calmcli.caselog.model import Case
    from calmcli.caselog.port import CaseStore
    from calmcli.caselog.stats import Stats
    from calmcli.cli.result import CommandResult


_CLOCK: list[datetime | None] = [None]  # `calm --now TIME`, set by the root for one run


def set_clock(moment: datetime | None) -> None:
    """Take `moment` as the current time for this run (`calm --now`); None: the real clock."""
    _CLOCK[0] = moment


def now() -> datetime:
    """The current time: `calm --now` when given (scripts, tests, replays), else the clock."""
    from datetime import UTC

    return _CLOCK[0] or datetime.now(UTC)


def db_target(ctx: typer.Context) -> str | None:
    """The case log named by `calm --db` (kept in the root context), else None."""
    value = ctx.find_root().params.get("db")
    return value if isinstance(value, str) else None


def open_case_log(target: str | None = None, progress: Progress | None = None) -> CaseStore:
    """Open the case log (`--db`, CALM_DB, the config file, the default); a log this created is
    remembered, to be named on stderr when the command succeeds (a typo in a path must not
    pass unnoticed as an empty log) or removed if it fails (see `settle_new_logs`)."""
    from calmcli.storage import open_store

    store = open_store(target, progress)
    path = getattr(store, "path", None)
    if store.created and path is not None:
        from calmcli.storage.sqlite import identity

        _NEW_LOGS.append((path, identity(path)))
    return store


# The logs this command created, with their identity (device, inode) at creation.
_NEW_LOGS: list[tuple[Path, tuple[int, int]]] = []


@contextmanager
def settle_new_logs(keep: bool = True) -> Iterator[None]:
    """Around one command: a case log it created is announced if the command succeeds, and
    removed if it fails while the log is still empty (a failed command leaves no new file
    behind and no line about it); a log that existed before is never touched. `keep=False`
    (a shell completion, which must neither print nor leave a log) removes it in any case."""
    _NEW_LOGS.clear()
    succeeded = False
    try:
        yield
        succeeded = True
    except BaseException as err:
        succeeded = _succeeded(err)
        raise
    finally:
        if succeeded and keep:
            _announce_new_logs()
        else:
            _discard_new_logs()
        _NEW_LOGS.clear()


def _succeeded(err: BaseException) -> bool:
    code = getattr(err, "exit_code", getattr(err, "code", 1))
    return isinstance(err, typer.Exit | SystemExit) and code in (0, None)


def _announce_new_logs() -> None:
    from calmcli.views.terminal import info

    for path, _ in _NEW_LOGS:
        info(f"created a new case log at {path}")


def _discard_new_logs() -> None:
    from calmcli.storage.sqlite import discard_new_log
    from calmcli.views.terminal import info

    for path, made in _NEW_LOGS:
        if not discard_new_log(path, made):  # it holds a case now, or another calm has it open
            info(f"created a new case log at {path}")


@contextmanager
def opened(ctx: typer.Context) -> Iterator[CaseStore]:
    """The case log this command works on (`--db`, CALM_DB, the config file, the default)."""
    from calmcli.views.progress import progress_bar

    with progress_bar("Upgrading the case log") as advance:  # a back-fill can take long
        store = open_case_log(db_target(ctx), advance)
    try:
        yield store
    finally:
        store.close()


def moved_note(wanted: datetime, due: datetime) -> str:
    """What to add when a moment asked for in closed hours lands at the next opening."""
    if due == wanted:
        return ""
    from calmcli.caselog.model import utc_text
    from calmcli.views.formats import local_time

    return f" (the next opening; {local_time(utc_text(wanted))} is outside opening hours)"


def signing_agent(given: str | None) -> str | None:
    """The name that signs a reply: the one agent resolver's, unless it is only a login name."""
    from calmcli.base.config import resolve_agent

    agent = resolve_agent(given)
    return agent.name if agent.signs_replies else None


def case_result(case: Case, message: str) -> CommandResult:
    """A command's result that is one case: its JSON, or one confirmation line on stderr."""
    from calmcli.caselog.casefile import case_to_dict
    from calmcli.cli.result import CommandResult

    return CommandResult(case_to_dict(case), messages=(message,))


def gather(
    ctx: typer.Context,
    since: str | None,
    until: str | None,
    by: str,
    weeks: int,
    top: int,
    playbooks: list[Path] | None = None,
) -> Stats:
    """Open the configured case log and compute the figures (shared with `calm report`), in
    business time too by the team's calendar and channels' first-response targets."""
    from calmcli.caselog import stats
    from calmcli.playbook.load import load_playbook

    moment = now()
    start, end = stats.parse_period(since, until, moment)
    book = load_playbook(playbooks)
    targets = {key: c.first_response for key, c in book.channels.items() if c.first_response}
    with opened(ctx) as store:
        return stats.compute(
            store, by, start, end, moment, weeks, top, book.settings.calendar, targets
        )


def read_input(path: str) -> str:
    """The text of a file argument, or of stdin for '-' (bounded; one line if unreadable)."""
    from calmcli.base.files import read_input as read

    return read(path)
