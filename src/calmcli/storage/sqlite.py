"""The embedded case log: one SQLite file in WAL mode (`$CALM_HOME/cases.db`), owner-only."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from calmcli.caselog.port import FigureQuery, FigureRows
from calmcli.errors import CalmError
from calmcli.storage.migrations import migrate
from calmcli.storage.sql import SqlStore

BUSY_TIMEOUT_MS = 10_000


class SqliteStore(SqlStore):
    """The embedded case log: one SQLite file in WAL mode, private to its owner."""

    db: sqlite3.Connection

    def __init__(self, path: Path) -> None:
        self.path = path
        _create_private(path)
        with self._errors():
            self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable across crashes
            self.db.execute("PRAGMA foreign_keys = ON")
            migrate(self.db)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as err:
            if "locked" in str(err) or "busy" in str(err):
                busy = "the case log is busy (another calm is writing); try again"
                raise CalmError(busy) from None
            raise CalmError(f"{self.path}: {err}") from None
        except sqlite3.DatabaseError as err:
            raise CalmError(f"{self.path}: not a usable case log ({err})") from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the file's write lock first: a `change` reads the case it
        # decides on under that lock, so nobody can write in between.
        with self._errors():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    # --- figures for `calm stats` and `calm report` (issue 6) -----------------------------

    def case_figures(self, query: FigureQuery) -> FigureRows:
        from calmcli.storage.figures import SQLITE, case_figures

        with self._errors():
            return case_figures(self.db, SQLITE, query)


def _create_private(path: Path) -> None:
    """Create the file 0600 before SQLite does (its -wal and -shm files copy the mode)."""
    from calmcli.base.files import ensure_private_dir

    ensure_private_dir(path.parent)  # creates what is missing 0700; never chmods what exists
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
