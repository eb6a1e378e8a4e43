"""A command's result and the one renderer that prints it as text or as `--json`.

Modelled on pipx's `OperationResult`/`render_result`: a command computes a `CommandResult` and
ends with `emit(result, as_json)`; no command branches on `--json` itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import typer


@dataclass(frozen=True, slots=True)
class CommandResult:
    """What a command has to say, in both forms.

    `data` is the `--json` document (its keys are the documented, stable ones in README.md).
    As text the result reads as `warnings` (stderr, before), then `lines` (stdout) or the
    `view` that draws a table or a Rich panel on stdout, then `messages` (stderr, after).
    Warnings and messages are for the agent at the terminal: `--json` prints the data alone.
    `exit_code` is the command's exit status, whichever form is printed.
    """

    data: Any
    lines: Sequence[str] = ()
    view: Callable[[], None] | None = None
    warnings: Sequence[str] = ()
    messages: Sequence[str] = ()
    exit_code: int = 0


def emit(result: CommandResult, as_json: bool) -> None:
    """Print the result as `--json` or as text, then exit with its code if it is not 0."""
    from calmcli.views.terminal import info, print_json, warn

    if as_json:
        print_json(result.data)
    else:
        for warning in result.warnings:
            warn(warning)
        if result.lines:
            sys.stdout.write("".join(f"{line}\n" for line in result.lines))
        if result.view is not None:
            result.view()
        for message in result.messages:
            info(message)
    if result.exit_code:
        raise typer.Exit(result.exit_code)
