"""The team's case log on a PostgreSQL server (`CALM_DB=postgresql://user@host/db`), via psycopg 3.

Imported only when such a URL is opened: psycopg costs ~110 ms to import, which an agent on the
embedded SQLite default never pays. The SQL is `store_sql.py`'s, shared with SQLite; this module
connects (with a timeout), runs the same migrations under an advisory lock, and locks a case's
row (`SELECT ... FOR UPDATE`) for the whole of a `change`, so two agents closing or snoozing the
same case at once are serialised: the second decides on what the first wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from calmcli.caselog.port import FigureQuery, FigureRows
from calmcli.errors import CalmError, UsageError
from calmcli.storage.migrations import DamagedLog, migrate
from calmcli.storage.sql import SqlStore

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict
except ImportError:  # the optional extra is not installed
    raise UsageError(
        "a PostgreSQL case log needs psycopg; install it with: pip install 'calmcli[pg]'"
    ) from None

CONNECT_TIMEOUT_S = 5
# Errors that are the server's or its setup's, not calm's: one line, exit 1, no traceback.
_SERVER_SIDE = (
    psycopg.OperationalError,  # gone, killed, out of space, too many clients
    psycopg.errors.InsufficientPrivilege,  # may not create tables / write in this schema
    psycopg.errors.InvalidSchemaName,  # search_path names no existing schema
    psycopg.errors.ReadOnlySqlTransaction,  # pointed at a standby
)
# Any fixed number will do: held while migrating, so concurrent first opens take turns.
MIGRATION_LOCK = 0x0CA1_0001
MIGRATION_BEGIN = f"BEGIN; SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"


def is_pg_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def describe(url: str) -> str:
    """`host:port/db` for messages (never the password); a socket dir stands for the host."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as err:
        why = _first_line(err).split(" in URI:")[0].split(' in "')[0]  # never echo a password
        raise UsageError(f"bad PostgreSQL URL: {why}") from None
    host = str(parts.get("host") or "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"{host}{port}/{parts.get('dbname') or parts.get('user') or ''}"


def _first_line(err: BaseException) -> str:
    """libpq's message cut to its cause: `...port 5432 failed: Connection refused` -> the cause."""
    line = (str(err).strip().splitlines() or [type(err).__name__])[0]
    line = line.rsplit(" failed: ", 1)[-1]
    return re.sub(r"^(connection failed: |FATAL: +)", "", line).strip()


class _Connection:
    """psycopg behind the sqlite3-shaped calls the shared SQL makes (`?` placeholders)."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        if parameters is None:
            return self.conn.execute(sql)  # SQL is ours, never user text
        return self.conn.execute(sql.replace("?", "%s"), parameters)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> psycopg.Cursor[Any]:
        cursor = self.conn.cursor()
        if rows:
            cursor.executemany(sql.replace("?", "%s"), rows)
        return cursor


def connect(url: str) -> _Connection:
    """Connect in autocommit mode (transactions are explicit); one-line error if unreachable."""
    options: dict[str, Any] = {"autocommit": True, "application_name": "calm"}
    if "connect_timeout" not in url:
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        return _Connection(psycopg.connect(url, **options))
    except psycopg.Error as err:
        where = describe(url)
        raise CalmError(f"cannot reach the case log at {where}: {_first_line(err)}") from None


class PgStore(SqlStore):
    """A case log several agents share on one PostgreSQL server."""

    db: _Connection

    def __init__(self, url: str) -> None:
        self.where = describe(url)
        self.db = connect(url)
        with self._errors():
            migrate(self.db, begin=MIGRATION_BEGIN)

    def close(self) -> None:
        self.db.conn.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except psycopg.errors.UniqueViolation as err:
            # another agent imported or added the same id a moment ago
            raise UsageError(f"case log at {self.where}: {_first_line(err)}") from None
        except _SERVER_SIDE as err:  # server gone, out of space, no rights, a standby, ...
            raise CalmError(f"case log at {self.where}: {_first_line(err)}") from None
        except DamagedLog as err:
            raise CalmError(f"case log at {self.where}: {err}") from None

    @contextmanager
    def _write(self) -> Iterator[_Connection]:
        with self._errors(), self.db.conn.transaction():
            yield self.db

    # --- figures for `calm stats` and `calm report` (issue 6) -----------------------------

    def case_figures(self, query: FigureQuery) -> FigureRows:
        from calmcli.storage.figures import POSTGRES, case_figures

        with self._errors():
            return case_figures(self.db, POSTGRES, query)

    def _lock_case(self, db: Any, case_id: str) -> None:
        # Waits for a concurrent change of the same case to commit; READ COMMITTED then shows
        # this transaction the committed result, which is what `decide` sees.
        db.execute("SELECT 1 FROM cases WHERE id = ? FOR UPDATE", (case_id,))
