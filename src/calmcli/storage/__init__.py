"""Case-log backends: `open_store` picks SQLite (the embedded default) or PostgreSQL (a team's
server), each imported only when opened. May import: calmcli.caselog, calmcli.base, calmcli.errors.
"""

from __future__ import annotations

import re
from pathlib import Path

from calmcli.base.progress import Progress
from calmcli.caselog.port import CaseStore
from calmcli.errors import UsageError


def db_path() -> Path:
    from calmcli.base.paths import calm_home

    return calm_home() / "cases.db"


def open_store(target: Path | str | None = None, progress: Progress | None = None) -> CaseStore:
    """Open (creating and migrating if needed) the case log: `target`, else the one configured
    (`calm --db`, CALM_DB, the config file), else `$CALM_HOME/cases.db`. Upgrading a log that
    holds cases is reported to `progress`.

    A target is a path, `sqlite:///path` or `postgresql://user@host/db`.
    """
    from calmcli.storage.sqlite import SqliteStore

    typed = target is None or isinstance(target, str)  # named by a person, not by code
    if target is None:
        from calmcli.base.config import store_target

        target = store_target()
    if isinstance(target, str) and target.startswith(("postgresql://", "postgres://")):
        from calmcli.storage.postgres import PgStore  # psycopg is imported only here

        return PgStore(target, progress)
    if target is None:
        return SqliteStore(db_path(), progress)
    path = sqlite_path(target) if isinstance(target, str) else target
    # A log named by --db, CALM_DB or the config file, in a folder that does not exist, is a
    # typo, not a new log to create.
    if typed and not path.expanduser().parent.is_dir():
        raise UsageError(f"case log {path}: folder {path.parent} does not exist")
    return SqliteStore(path, progress)


def sqlite_path(target: str) -> Path:
    """`sqlite:///abs/path`, `sqlite://~/x.db` or a plain path; any other URL is refused."""
    if target.startswith("sqlite://"):
        target = target.removeprefix("sqlite://")
    elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", target):
        raise UsageError(
            f"unknown case log {target.split('://')[0]}://...; use a path, sqlite:///PATH "
            "or postgresql://USER@HOST/DB"
        )
    if not target:
        raise UsageError("an empty case log path; use a path, sqlite:///PATH or postgresql://...")
    return Path(target).expanduser()
