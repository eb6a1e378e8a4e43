"""The embedded case log: one SQLite file in WAL mode (`$CALM_HOME/cases.db`), owner-only."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from calmcli.caselog.port import FigureQuery, FigureRows
from calmcli.errors import CalmError, UsageError
from calmcli.storage.migrations import migrate
from calmcli.storage.sql import SqlStore

BUSY_TIMEOUT_MS = 10_000


class SqliteStore(SqlStore):
    """The embedded case log: one SQLite file in WAL mode, private to its owner."""

    db: sqlite3.Connection

    def __init__(self, path: Path) -> None:
        self.path = path
        _check_is_case_log(path)
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


def _check_is_case_log(path: Path) -> None:
    """Refuse, before anything is created, written or chmodded, what is not calm's log."""
    import stat

    try:
        info = os.stat(path)
    except FileNotFoundError:
        return  # a new log
    except OSError as err:
        raise CalmError(f"cannot open the case log {path}: {err.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        raise UsageError(f"{path} is {kind}, not a case log; give --db a file")
    if info.st_size == 0:
        return  # SQLite's own new log (also another calm's, created a moment ago)
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as err:
        raise CalmError(f"cannot read the case log {path}: {err.strerror}") from None
    if header != b"SQLite format 3\x00":
        raise UsageError(f"{path} is not an SQLite file: not a usable case log; refused")
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master")}
        finally:
            probe.close()
    except sqlite3.Error:
        return  # corrupt: opening it below reports that in one line
    if tables and "schema_migrations" not in tables:
        raise UsageError(f"{path} is another application's database, not a case log; refused")


def _create_private(path: Path) -> None:
    """Create the file 0600 before SQLite does (its -wal and -shm files copy the mode)."""
    from calmcli.base.files import ensure_private_dir

    ensure_private_dir(path.parent)  # creates what is missing 0700; never chmods what exists
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
