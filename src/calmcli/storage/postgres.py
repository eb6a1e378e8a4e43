"""The team's case log on a PostgreSQL server (`CALM_DB=postgresql://user@host/db`), via psycopg 3.

Imported only when such a URL is opened: psycopg costs ~110 ms to import, which an agent on the
embedded SQLite default never pays. The SQL is `store_sql.py`'s, shared with SQLite; this module
connects (with a timeout), runs the same migrations under an advisory lock, and locks a case's
row (`SELECT ... FOR UPDATE`) for the whole of a `change`, so two agents closing or snoozing the
same case at once are serialised: the second decides on what the first wrote.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from calmcli.base.progress import Progress
from calmcli.caselog.port import FigureQuery, FigureRows
from calmcli.errors import CalmError, UsageError
from calmcli.storage.migrations import MIGRATIONS, DamagedLog, migrate, schema_version
from calmcli.storage.sql import SqlStore

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict
except ImportError:  # the optional extra is not installed
    raise UsageError(
        "a PostgreSQL case log needs psycopg; install it with: pip install 'calmcli[pg]'"
    ) from None

CONNECT_TIMEOUT_S = 5
# Every statement ends: the server cancels one that runs over STATEMENT_TIMEOUT or waits over
# LOCK_TIMEOUT for a lock (a URL's `options=-c statement_timeout=...` wins over these), and
# calm itself cuts the connection to a server that stops answering altogether (a stopped or
# frozen backend cancels nothing) once a statement has run a while past that time-out.
STATEMENT_TIMEOUT = "30s"
LOCK_TIMEOUT = "10s"
# Errors that are the server's or its setup's, not calm's: one line, exit 1, no traceback.
_SERVER_SIDE = (
    psycopg.OperationalError,  # gone, killed, out of space, too many clients
    psycopg.errors.InsufficientPrivilege,  # may not create tables / write in this schema
    psycopg.errors.InvalidSchemaName,  # search_path names no existing schema
    psycopg.errors.ReadOnlySqlTransaction,  # pointed at a standby
)
# Any fixed number will do: held while migrating, so concurrent first opens take turns.
MIGRATION_LOCK = 0x0CA1_0001
# A migration may rewrite every row of a large log: no statement time-out for it.
MIGRATION_BEGIN = (
    f"BEGIN; SET LOCAL statement_timeout = 0; SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"
)


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

    def __init__(self, conn: psycopg.Connection[Any], limit_s: float = 0) -> None:
        self.conn = conn
        self.limit_s = limit_s  # how long a statement may wait for the server (0: for ever)
        self.severed = 0.0  # the wait after which the watchdog cut the connection

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> psycopg.Cursor[Any]:
        with self._watchdog(self.limit_s):
            if parameters is None:
                return self.conn.execute(sql)  # SQL is ours, never user text
            return self.conn.execute(sql.replace("?", "%s"), parameters)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> psycopg.Cursor[Any]:
        cursor = self.conn.cursor()
        if rows:  # each row is a statement the server bounds; the watchdog waits for them all
            with self._watchdog(self.limit_s and self.limit_s + len(rows) * 0.005):
                cursor.executemany(sql.replace("?", "%s"), rows)
        return cursor

    @contextmanager
    def _watchdog(self, limit_s: float) -> Iterator[None]:
        """Cut the connection if the server has not answered within `limit_s`: the waiting
        call then fails as for a lost server (one line) instead of waiting for ever."""
        if not limit_s:
            yield
            return
        import threading

        timer = threading.Timer(limit_s, self._sever, (limit_s,))
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()

    def _sever(self, waited_s: float) -> None:
        import socket

        self.severed = waited_s
        try:
            fd = os.dup(self.conn.pgconn.socket)
        except (OSError, psycopg.Error):
            return
        with socket.socket(fileno=fd) as sock:  # the same socket: shutting it wakes the reader
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def connect(url: str) -> _Connection:
    """Connect in autocommit mode (transactions are explicit) with calm's time-outs; one-line
    error if unreachable."""
    options: dict[str, Any] = {"autocommit": True, "application_name": "calm"}
    if "connect_timeout" not in url:
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        conn = psycopg.connect(url, **options)
        given = str(conninfo_to_dict(url).get("options") or "")
        settings = [
            f"SET {name} = '{value}'; "
            for name, value in (
                ("statement_timeout", STATEMENT_TIMEOUT),
                ("lock_timeout", LOCK_TIMEOUT),
            )
            if name not in given
        ]
        query = (
            "".join(settings) + "SELECT setting FROM pg_settings WHERE name = 'statement_timeout'"
        )
        # Once connected, a server that stops answering is cut like at any statement.
        with _Connection(conn)._watchdog(CONNECT_TIMEOUT_S + 5):
            cursor = conn.execute(query.encode())
        while cursor.nextset():  # the SETs' results first, then the setting's
            pass
        row = cursor.fetchone()
    except psycopg.Error as err:
        where = describe(url)
        raise CalmError(f"cannot reach the case log at {where}: {_first_line(err)}") from None
    statement_ms = int(row[0]) if row else 0
    # Past the server's own time-out with room for its answer, or a server gone silent.
    return _Connection(conn, statement_ms / 1000 * 1.5 + 5 if statement_ms else 0)


class PgStore(SqlStore):
    """A case log several agents share on one PostgreSQL server."""

    db: _Connection

    def __init__(self, url: str, progress: Progress | None = None) -> None:
        self.where = describe(url)
        self.db = connect(url)
        with self._errors():
            if schema_version(self.db) == len(MIGRATIONS):  # the usual open: no watchdog off
                return
            limit, self.db.limit_s = self.db.limit_s, 0  # a migration may take long: see BEGIN
            try:
                migrate(self.db, begin=MIGRATION_BEGIN, progress=progress)
            finally:
                self.db.limit_s = limit

    def close(self) -> None:
        self.db.conn.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except psycopg.errors.UniqueViolation as err:
            # another agent imported or added the same id a moment ago
            raise UsageError(f"case log at {self.where}: {_first_line(err)}") from None
        except psycopg.errors.LockNotAvailable:
            busy = f"the case log at {self.where} is busy (another session holds a lock); try again"
            raise CalmError(busy) from None
        except psycopg.errors.QueryCanceled:
            raise CalmError(
                f"case log at {self.where}: the server did not finish within its statement "
                "time-out; nothing was written"
            ) from None
        except psycopg.DataError as err:  # text PostgreSQL cannot store, such as NUL
            raise UsageError(
                f"case log at {self.where}: {_first_line(err)}; nothing was written"
            ) from None
        except _SERVER_SIDE as err:  # server gone, out of space, no rights, a standby, ...
            if self.db.severed:
                raise CalmError(
                    f"case log at {self.where}: the server stopped answering (nothing for "
                    f"{self.db.severed:.0f} s); calm gave up"
                ) from None
            raise CalmError(f"case log at {self.where}: {_first_line(err)}") from None
        except DamagedLog as err:
            raise CalmError(f"case log at {self.where}: {err}") from None

    @contextmanager
    def _write(self) -> Iterator[_Connection]:
        # BEGIN, COMMIT and ROLLBACK are statements like the others, under the watchdog: a
        # server that stops answering at COMMIT (psycopg's own transaction() would wait on it
        # for ever) ends in one line too.
        with self._errors():
            self.db.execute("BEGIN")
            try:
                yield self.db
            except BaseException:
                self._rollback()
                raise
            self._commit()

    def _rollback(self) -> None:
        """Undo the open transaction; a connection already lost has nothing left to undo."""
        if self.db.severed or self.db.conn.closed:
            return
        try:
            self.db.execute("ROLLBACK")
        except psycopg.Error:
            pass  # the first error is the one to report; the server drops the transaction

    def _commit(self) -> None:
        try:
            self.db.execute("COMMIT")
        except psycopg.OperationalError as err:  # the connection was lost at the very COMMIT
            why = (
                f"the server stopped answering at COMMIT (nothing for {self.db.severed:.0f} s)"
                if self.db.severed
                else f"the connection was lost at COMMIT ({_first_line(err)})"
            )
            raise CalmError(
                f"case log at {self.where}: {why}; calm gave up, and the change may or may "
                "not have been saved: look before doing it again"
            ) from None

    # --- figures for `calm stats` and `calm report` (issue 6) -----------------------------

    def case_figures(self, query: FigureQuery) -> FigureRows:
        from calmcli.storage.figures import POSTGRES, case_figures

        with self._errors():
            return case_figures(self.db, POSTGRES, query)

    def _lock_case(self, db: Any, case_id: str) -> None:
        # Waits for a concurrent change of the same case to commit; READ COMMITTED then shows
        # this transaction the committed result, which is what `decide` sees.
        db.execute("SELECT 1 FROM cases WHERE id = ? FOR UPDATE", (case_id,))
