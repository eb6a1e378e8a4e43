"""The embedded case log: one SQLite file in WAL mode (`$CALM_HOME/cases.db`), owner-only."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from calmcli.base.progress import Progress
from calmcli.caselog.port import FigureQuery, FigureRows
from calmcli.errors import CalmError, UsageError
from calmcli.storage.migrations import DamagedLog, migrate
from calmcli.storage.sql import SqlStore

BUSY_TIMEOUT_MS = 10_000


class SqliteStore(SqlStore):
    """The embedded case log: one SQLite file in WAL mode, private to its owner."""

    db: sqlite3.Connection

    def __init__(self, path: Path, progress: Progress | None = None) -> None:
        self.path = path
        _check_is_case_log(path)
        self.created = _create_private(path)  # made by this very open, not by another calm
        with self._errors():
            self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")  # WAL: durable across crashes
            self.db.execute("PRAGMA foreign_keys = ON")
            migrate(self.db, progress=progress)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as err:
            raise CalmError(_operational(self.path, err)) from None
        except sqlite3.DatabaseError as err:
            raise CalmError(f"{self.path}: not a usable case log ({err})") from None
        except DamagedLog as err:
            raise CalmError(f"{self.path}: {err}") from None

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
                # SQLite has already rolled back on a full disk or an I/O error; a ROLLBACK
                # then would raise "no transaction is active" over the true cause.
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise

    # --- figures for `calm stats` and `calm report` (issue 6) -----------------------------

    def case_figures(self, query: FigureQuery) -> FigureRows:
        from calmcli.storage.figures import SQLITE, case_figures

        with self._errors():
            return case_figures(self.db, SQLITE, query)


def _operational(path: Path, err: sqlite3.OperationalError) -> str:
    """SQLite's operational error as one true line about the case log."""
    text = str(err)
    if "locked" in text or "busy" in text:
        return "the case log is busy (another calm is writing); try again"
    if "disk is full" in text:
        return f"{path}: the disk is full; nothing was written"
    if "readonly" in text or "read-only" in text:
        return f"{path} is read-only for you; nothing was written (reading still works)"
    return f"{path}: {text}"


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
    if info.st_size == 0:  # calm never leaves an empty log (see _new_log): it was emptied
        raise UsageError(
            f"{path} is empty (0 bytes), not a case log: if it held cases, restore it from a "
            "backup; to start a new log, remove it"
        )
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


def _create_private(path: Path) -> bool:
    """Make a missing log (see _new_log); tighten an existing one of ours to 0600 (its -wal
    and -shm files copy the mode). A log we may only read is opened for reading. True if
    this call made the log."""
    from calmcli.base.files import ensure_private_dir

    ensure_private_dir(path.parent)  # creates what is missing 0700; never chmods what exists
    created = not os.path.lexists(path) and _new_log(path)
    info = path.stat()
    if info.st_mode & 0o077 and info.st_uid == os.geteuid():
        path.chmod(0o600)
    return created


def _new_log(path: Path) -> bool:
    """Create a new log whole: made and migrated under a private temporary name, then linked
    into place, so the log's own name never holds an empty file (an empty one was emptied,
    and is refused) and two calms creating it at once end with one of the two. True if ours
    is the one in place."""
    import tempfile

    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new")  # 0600
    os.close(fd)
    try:
        fresh = sqlite3.connect(name, isolation_level=None)
        try:
            fresh.execute("PRAGMA journal_mode = WAL")  # kept in the file
            migrate(fresh)
        finally:
            fresh.close()
        try:
            os.link(name, path)
        except FileExistsError:
            return False  # another calm made it meanwhile: theirs is the log
        return True
    except (OSError, sqlite3.Error) as err:
        why = getattr(err, "strerror", None) or str(err)
        raise CalmError(f"cannot create the case log {path}: {why}") from None
    finally:
        for leftover in (name, f"{name}-wal", f"{name}-shm"):
            if os.path.lexists(leftover):
                os.unlink(leftover)


def identity(path: Path) -> tuple[int, int]:
    """The file a path names now (device, inode): a log removed and made again is another."""
    info = os.stat(path)
    return info.st_dev, info.st_ino


def discard_new_log(path: Path, made: tuple[int, int]) -> bool:
    """Remove the log a failed command created (`made`: its identity then), if it is still
    that very file, holds nothing but its schema and no other connection has it open; True
    if removed. Anything else (a case written meanwhile, another calm using it) keeps it."""
    try:
        if identity(path) != made:
            return False
        db = sqlite3.connect(path, timeout=0, isolation_level=None)
    except (OSError, sqlite3.Error):
        return False
    try:
        # In WAL mode an exclusive locking mode is refused while any other connection has the
        # file open, and keeps every other connection out until this one closes.
        db.execute("PRAGMA locking_mode = EXCLUSIVE")
        db.execute("BEGIN EXCLUSIVE")
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table != "schema_migrations" and table != "sqlite_sequence":
                if db.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
                    return False
        if identity(path) != made:
            return False
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            name.unlink(missing_ok=True)
        return True
    except (OSError, sqlite3.Error):
        return False
    finally:
        db.close()
