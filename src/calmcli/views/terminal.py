"""Write results: data to stdout, messages to stderr; Rich only in a terminal, JSON for tools."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


# C0 controls (but newline and tab), DEL and C1 controls: ESC starts CSI/OSC sequences that
# clear the screen, set the title or plant hyperlinks; none belongs in a name or a message.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if c not in (9, 10)}
_LINE = {**_CONTROLS, ord("\t"): "\\t", ord("\n"): "\\n"}
_TSV = {**_LINE, ord("\\"): "\\\\"}


def inert(text: str) -> str:
    """Outside text made safe for a terminal: control characters shown as \\xNN escapes."""
    return text.translate(_CONTROLS)


def one_line(text: str) -> str:
    """A message on one line, whatever it quotes: newline, tab and controls as escapes."""
    return text.translate(_LINE)


def tsv_field(text: str) -> str:
    """One tab-separated field: backslash, tab, newline and controls written as escapes."""
    return text.translate(_TSV)


def is_interactive() -> bool:
    """True when both stdin and stdout are terminals (prompts and colours are allowed)."""
    return sys.stdin is not None and sys.stdin.isatty() and sys.stdout.isatty()


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


# Free text a table may shorten (with an ellipsis) to fit the terminal; every other column
# (ids, dates, states, channels) is shown whole and never wrapped, so it can be copied.
SHRINKABLE = frozenset({"Customer", "Summary", "Reason", "Incident", "label", "help", "Detail"})
_GAP = 2  # spaces between columns
_MIN_SHRUNK = 4  # "Jo…": narrower says nothing (the terminal then crops the row's end)


def table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    """Print a table: Rich in a terminal, tab-separated plain text when piped."""
    if not stdout_is_terminal():
        sys.stdout.write("\t".join(columns) + "\n")
        for row in rows:
            sys.stdout.write("\t".join(tsv_field(cell) for cell in row) + "\n")
        return
    from rich.table import Table
    from rich.text import Text  # cells are data, never Rich markup

    term = console()
    widths = fit_columns(columns, rows, term.width)
    # No box: at 80 columns every character goes to the cells (two spaces between columns).
    grid = Table(
        title=title,
        title_justify="left",
        box=None,
        pad_edge=False,
        header_style="bold underline",
    )
    for column, width in zip(columns, widths, strict=True):
        if column in SHRINKABLE:
            grid.add_column(column, no_wrap=True, overflow="ellipsis", max_width=width)
        else:
            grid.add_column(column, no_wrap=True, min_width=width)
    for row in rows:
        grid.add_row(*(Text(inert(cell).replace("\n", " ")) for cell in row))
    term.print(grid)


def fit_columns(columns: list[str], rows: list[list[str]], room: int) -> list[int]:
    """Each column's width: whole for ids and dates, the rest of `room` shared out among the
    free-text columns, none wider than its longest cell."""
    from rich.cells import cell_len

    natural = [
        max([cell_len(column), *(cell_len(row[i].replace("\n", " ")) for row in rows)])
        for i, column in enumerate(columns)
    ]
    left = room - _GAP * (len(columns) - 1)
    left -= sum(w for c, w in zip(columns, natural, strict=True) if c not in SHRINKABLE)
    flexible = [i for i, c in enumerate(columns) if c in SHRINKABLE]
    widths = list(natural)
    if not flexible or sum(natural[i] for i in flexible) <= left:
        return widths
    if left < _MIN_SHRUNK * len(flexible):
        left = _MIN_SHRUNK * len(flexible)
    # Water-fill: narrow columns keep their width, wide ones share what remains equally.
    pending = sorted(flexible, key=lambda i: natural[i])
    while pending:
        share = left // len(pending)
        i = pending.pop(0)
        widths[i] = min(natural[i], max(share, 1))
        left -= widths[i]
    return widths
