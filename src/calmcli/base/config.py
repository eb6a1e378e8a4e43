"""Who is acting and which case log: `calm --db`, `CALM_DB`, `CALM_AGENT` and the config file.

The config file is TOML in the user config dir (or `CALM_CONFIG`), read only when a command
needs one of its two keys:

    db = "postgresql://ola@cases.example.com/support"   # or a path, or sqlite:///path
    agent = "Ola"

Precedence, first wins: `--db` / `--agent` flags, `CALM_DB` / `CALM_AGENT`, the file, the default
(`$CALM_HOME/cases.db`; the OS user).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from calmcli.errors import UsageError

KEYS = ("db", "agent")


def config_path() -> Path:
    """CALM_CONFIG, or `config.toml` in the platform's user config dir."""
    env = os.environ.get("CALM_CONFIG")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("calm", appauthor=False)) / "config.toml"


def load_config() -> dict[str, str]:
    """Read the config file ({} if there is none); a mistake is one `FILE:LINE: message`."""
    path = config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"{path}: cannot read the config file ({err})") from None
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        where = re.search(r"\(at line (\d+), column \d+\)", str(err))
        message = re.sub(r" \(at line .*\)$", "", str(err))
        raise UsageError(f"{path}:{where.group(1) if where else 1}: {message}") from None
    for key, value in data.items():
        line = _line_of(text, key)
        if key not in KEYS:
            raise UsageError(f"{path}:{line}: unknown key {key!r}; valid: {', '.join(KEYS)}")
        if not isinstance(value, str) or not value.strip():
            raise UsageError(f"{path}:{line}: {key!r} must be a non-empty string")
    return {key: value.strip() for key, value in data.items()}


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=", line):
            return number
    return 1


def store_target(given: str | None = None) -> str | None:
    """The case log asked for: `given` (`calm --db`), CALM_DB, or the config file's `db`
    (None: the default)."""
    for value in (given, os.environ.get("CALM_DB")):
        if value and value.strip():
            return value.strip()
    return load_config().get("db")


@dataclass(frozen=True)
class Agent:
    """Who is acting, and where the name came from: `flag`, `env`, `config` or `os`."""

    name: str
    source: str

    @property
    def signs_replies(self) -> bool:
        # A login name ("root", "jdoe42") is not how a person signs a letter to a customer:
        # the reply is signed only with a name the agent chose.
        return self.source != "os"


def resolve_agent(given: str | None = None) -> Agent:
    """The one agent resolver: `--agent`, then CALM_AGENT, then the config file's `agent`,
    then the OS user. Every command uses it: the case log's `agent` and the reply signature."""
    for value, source in ((given, "flag"), (os.environ.get("CALM_AGENT"), "env")):
        if value and value.strip():
            return Agent(value.strip(), source)
    configured = load_config().get("agent")
    if configured:
        return Agent(configured, "config")
    import getpass

    try:
        return Agent(getpass.getuser(), "os")
    except Exception:  # no user name in this environment (some containers)
        return Agent("agent", "os")
