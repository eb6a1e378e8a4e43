"""Who is acting and which case log: `calm --db`, `CALM_DB`, `CALM_AGENT` and the config file.

The config file is TOML in the user config dir (or the file `CALM_CONFIG` names, which must
exist), read by every command (its time zone applies to all of them, and a mistake in it is
refused at once):

    db = "postgresql://ola@cases.example.com/support"   # or a path, or sqlite:///path
    agent = "Ola"
    playbooks = ["~/team/playbooks"]      # team folders (a list, or one path)
    templates = ["~/team/reply_templates"]
    lang = "ca"                           # reply language when the message does not tell
    timezone = "Europe/Madrid"            # the team's clock for every time calm shows

Precedence, first wins: flags, environment (`CALM_DB`, `CALM_AGENT`, `CALM_PLAYBOOKS`,
`CALM_TEMPLATES`, `TZ`), the file, the default (`$CALM_HOME/cases.db`; the OS user; the
playbook's default language; the system's time zone).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from calmcli.errors import UsageError

KEYS = ("db", "agent", "playbooks", "templates", "lang", "timezone")
_FOLDER_KEYS = ("playbooks", "templates")


def config_path() -> Path:
    """CALM_CONFIG, or `config.toml` in the platform's user config dir."""
    env = os.environ.get("CALM_CONFIG")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("calm", appauthor=False)) / "config.toml"


def load_config() -> dict[str, str]:
    """Read the config file ({} if there is none); a mistake is one `FILE:LINE: message`.

    Folder keys come back joined with os.pathsep, as in CALM_PLAYBOOKS.
    """
    path = config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if os.environ.get("CALM_CONFIG"):
            raise UsageError(f"CALM_CONFIG names {path}, which does not exist") from None
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
    values: dict[str, str] = {}
    for key, value in data.items():
        line = _line_of(text, key)
        if key not in KEYS:
            raise UsageError(f"{path}:{line}: unknown key {key!r}; valid: {', '.join(KEYS)}")
        if key in _FOLDER_KEYS and isinstance(value, list):
            if not value or not all(isinstance(v, str) and v.strip() for v in value):
                raise UsageError(f"{path}:{line}: {key!r} must be a list of folder paths")
            value = os.pathsep.join(v.strip() for v in value)
        if not isinstance(value, str) or not value.strip():
            raise UsageError(f"{path}:{line}: {key!r} must be a non-empty string")
        if key == "timezone":
            _check_timezone(value.strip(), f"{path}:{line}")
        values[key] = value.strip()
    return values


def _check_timezone(name: str, where: str) -> None:
    from zoneinfo import ZoneInfo

    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # ZoneInfoNotFoundError is a KeyError
        raise UsageError(f"{where}: unknown time zone {name!r}; use e.g. Europe/Madrid") from None


def config_folders(key: str) -> list[str]:
    """The team folders the config file names for `playbooks` or `templates` ([] if none)."""
    value = load_config().get(key)
    return [part for part in value.split(os.pathsep) if part] if value else []


def config_lang() -> str | None:
    return load_config().get("lang")


def team_timezone() -> str | None:
    """The config file's time zone for this command, unless TZ is set in the environment.

    Reads the config file either way, so a CALM_CONFIG naming a missing file is refused by every
    command, not only by those that need one of its keys.
    """
    zone = load_config().get("timezone")
    return None if os.environ.get("TZ") else zone


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
