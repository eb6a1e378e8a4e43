"""Write results: data to stdout, messages to stderr; Rich only in a terminal, JSON for tools."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


def is_interactive() -> bool:
    """True when both stdin and stdout are terminals (prompts and colours are allowed)."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def console(stderr: bool = False) -> Console:
    """Return a Rich console; Rich itself drops colour for NO_COLOR and for pipes."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, no_color="NO_COLOR" in os.environ or None)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def print_json(data: Any) -> None:
    """Print one JSON document on stdout (UTF-8, stable key order as given)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def print_jsonl(data: Any) -> None:
    """Print one compact JSON object on its own line."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def warn(message: str) -> None:
    """One warning line on stderr."""
    sys.stderr.write(f"calm: warning: {message}\n")


def info(message: str) -> None:
    """One informational line on stderr (never mixed with data on stdout)."""
    sys.stderr.write(f"{message}\n")


def table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    """Print a table: Rich in a terminal, tab-separated plain text when piped."""
    if not stdout_is_terminal():
        sys.stdout.write("\t".join(columns) + "\n")
        for row in rows:
            sys.stdout.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")
        return
    from rich.table import Table

    grid = Table(title=title, title_justify="left")
    for column in columns:
        grid.add_column(column)
    for row in rows:
        grid.add_row(*row)
    console().print(grid)
