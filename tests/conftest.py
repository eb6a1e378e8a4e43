"""Shared fixtures: every test gets its own private CALM_HOME and cache; `backend` runs a test
against each case-log backend (SQLite always, PostgreSQL when CALM_TEST_PG_URL names a server)."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

PG_SKIP = (
    "PostgreSQL backend not tested: set CALM_TEST_PG_URL=postgresql://USER@HOST/DB "
    "to a server where tests may create schemas (.ci/run starts a throwaway one)"
)


@pytest.fixture(autouse=True)
def calm_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point CALM_HOME and CALM_CACHE_DIR at fresh folders under tmp_path."""
    home = tmp_path / "calm-home"
    monkeypatch.setenv("CALM_HOME", str(home))
    monkeypatch.setenv("CALM_CACHE_DIR", str(tmp_path / "calm-cache"))
    # The platform's config dir, empty unless a test writes the file (CALM_CONFIG must name a
    # file that exists).
    monkeypatch.delenv("CALM_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("CALM_AGENT", "tester")
    monkeypatch.delenv("CALM_PLAYBOOKS", raising=False)
    monkeypatch.setenv("CALM_DB", "")  # recorded, so a test that sets it is undone after
    return home


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The PostgreSQL server the tests may use, or a skip saying how to provide one."""
    url = os.environ.get("CALM_TEST_PG_URL", "").strip()
    if not url:
        pytest.skip(PG_SKIP)
    return url


def with_search_path(url: str, schema: str) -> str:
    """The same server and database, with `schema` first on the search path."""
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@dataclass
class Backend:
    """One case log for one test: SQLite in CALM_HOME, or a fresh schema on the server."""

    name: str
    url: str  # what CALM_DB holds for this test ("" for the SQLite default)
    home: Path
    spare: str  # a second, empty case log on the same backend (to import into)

    def raw(self) -> Any:
        """A plain connection (sqlite3-shaped: `?` placeholders, autocommit)."""
        if self.name == "sqlite":
            return sqlite3.connect(self.home / "cases.db", isolation_level=None)
        from calmcli.storage.postgres import connect

        return connect(self.url)

    @property
    def begin(self) -> str:
        """How the migrations open their transaction on this backend."""
        if self.name == "sqlite":
            return "BEGIN IMMEDIATE"
        from calmcli.storage.postgres import MIGRATION_BEGIN

        return MIGRATION_BEGIN

    def scalar(self, sql: str) -> Any:
        db = self.raw()
        try:
            return db.execute(sql).fetchone()[0]
        finally:
            (db.conn if self.name == "postgresql" else db).close()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, calm_home: Path
) -> Iterator[Backend]:
    """Run the test once per backend; `open_store()` and every `calm` command then use it."""
    if request.param == "sqlite":
        (calm_home.parent / "spare").mkdir()  # a named log's folder must exist
        yield Backend("sqlite", "", calm_home, str(calm_home.parent / "spare" / "cases.db"))
        return
    server = request.getfixturevalue("pg_server")
    import psycopg

    schemas = [f"calm_test_{uuid.uuid4().hex[:12]}" for _ in range(2)]
    with psycopg.connect(server, autocommit=True, connect_timeout=5) as admin:
        for schema in schemas:
            admin.execute(f"CREATE SCHEMA {schema}")  # type: ignore[arg-type]
        main, spare = (with_search_path(server, schema) for schema in schemas)
        monkeypatch.setenv("CALM_DB", main)
        try:
            yield Backend("postgresql", main, calm_home, spare)
        finally:
            for schema in schemas:
                admin.execute(f"DROP SCHEMA {schema} CASCADE")  # type: ignore[arg-type]


@dataclass(frozen=True)
class RenderedReply:
    """One reply of the bundled matrix: the situation, the request and what it rendered."""

    situation: tuple[str, str, str, str]  # fault, channel, customer type, incident
    request: Any  # calmcli.reply.render.ReplyRequest
    reply: Any  # calmcli.reply.render.Reply


@pytest.fixture(scope="session")
def bundled_renderer() -> Any:
    """The renderer of the bundled matrix: a SharedRenderer (calm templates check's), which
    renders each template once per distinct value of what it reads."""
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.render import template_dirs
    from calmcli.reply.templates_check import SharedRenderer

    # No cache: a session fixture runs before the per-test CALM_CACHE_DIR is set. A fixed
    # moment (a Wednesday mid-morning, open, the day before SAMPLES' restock date), so what the
    # tests that read the matrix see does not depend on the hour or the day the suite runs at;
    # `calm templates check` itself covers the closed side (tests/test_templates.py).
    opening = datetime(2026, 12, 9, 10, 0).astimezone()
    return SharedRenderer(load_playbook(use_cache=False), template_dirs(), now=opening)


@pytest.fixture(scope="session")
def bundled_replies(bundled_renderer: Any) -> dict[str, list[RenderedReply]]:
    """The whole matrix (every situation x `SAMPLES`, in every language) rendered once per test
    session from the bundled playbooks and templates; tests only read it. test_templates checks
    that it is what rendering each reply on its own gives."""
    from calmcli.reply.render import ReplyRequest
    from calmcli.reply.templates_check import SAMPLES, situations

    renderer = bundled_renderer
    matrix: dict[str, list[RenderedReply]] = {}
    for lang in renderer.playbook.settings.languages:
        rendered = matrix.setdefault(lang, [])
        for situation in situations(renderer.playbook):
            for sample in SAMPLES:
                request = ReplyRequest(*situation, lang, **sample)
                rendered.append(RenderedReply(situation, request, renderer.render(request)))
    return matrix


OTHER_USER = "calm-test-other"


@dataclass(frozen=True)
class OtherUser:
    """A second OS user, for what only ownership can show (a log they may only read, a folder
    someone else owns); `calm(...)` runs the CLI as them."""

    name: str
    uid: int
    gid: int
    python: str  # an interpreter they may run, with this checkout's packages added

    def calm(self, *args: str, env: dict[str, str]) -> Any:
        import subprocess

        given = [f"{k}={v}" for k, v in env.items()]
        command = ["runuser", "-u", self.name, "--", "env", "-i", "PATH=/usr/bin:/bin", *given]
        code = _AS_OTHER + "from calmcli.cli import main; main()"
        return subprocess.run(
            [*command, self.python, "-c", code, *args], capture_output=True, text=True, timeout=60
        )

    def own(self, path: Path) -> Path:
        os.chown(path, self.uid, self.gid)
        return path


def _site_code() -> str:
    import sysconfig

    return f"import site; site.addsitedir({sysconfig.get_paths()['purelib']!r}); "


_AS_OTHER = _site_code()


@pytest.fixture(scope="session")
def other_user() -> OtherUser:
    """A second OS user, made with useradd when the tests run as root (as CI does)."""
    import pwd
    import shutil
    import subprocess
    import sys

    if os.geteuid() != 0 or not shutil.which("runuser") or not shutil.which("useradd"):
        pytest.skip("a second OS user needs root with useradd and runuser (CI runs as root)")
    try:
        entry = pwd.getpwnam(OTHER_USER)
    except KeyError:
        subprocess.run(["useradd", "--no-create-home", OTHER_USER], check=True)
        entry = pwd.getpwnam(OTHER_USER)
    # Our interpreter may live under /root (pyenv): fall back on the system's of the same version.
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for python in (sys.executable, f"/usr/bin/python{version}", f"/usr/local/bin/python{version}"):
        probe = ["runuser", "-u", OTHER_USER, "--", python, "-c", _AS_OTHER + "import calmcli.cli"]
        if subprocess.run(probe, capture_output=True).returncode == 0:
            return OtherUser(OTHER_USER, entry.pw_uid, entry.pw_gid, python)
    pytest.skip(f"no Python {version} that {OTHER_USER} may run with this checkout's packages")


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A scratch folder another user may enter (tmp_path's parents are private to root)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="calm-shared-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
