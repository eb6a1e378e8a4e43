"""Small helpers shared by tests: run the CLI, write file trees."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

LANGS = ("ca", "es", "pl", "en")


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
