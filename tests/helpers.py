"""Small helpers shared by tests: run the CLI, write file trees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main
import typer.testing
from typer.testing import CliRunner, Result

LANGS = ("ca", "es", "pl", "en")
_COMMANDS: dict[int, tuple[Any, Any]] = {}


def _command_once(app: Any) -> Any:
    """Typer's CliRunner turns the app into its Click command tree on every invoke (31 ms for
    calm's, most of an in-process run); a process builds it once, and so do the tests: the same
    app object gives the same tree (its commands keep no state between invocations)."""
    built = _COMMANDS.get(id(app))
    if built is None or built[0] is not app:
        built = _COMMANDS[id(app)] = (app, typer.main.get_command(app))
    return built[1]


typer.testing._get_command = _command_once  # every CliRunner of the tests, helpers' or their own


def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """Invoke the real CLI in-process; stdout and stderr stay separate."""
    from calmcli.cli import app

    return CliRunner().invoke(app, list(args), input=input, env=env)


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Create files (path relative to root -> text) and return root."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
