"""Options shared by several commands, so they read and behave the same everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

PlaybooksOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--playbooks",
        help="Team playbook folder layered over the bundled one (repeatable; also CALM_PLAYBOOKS).",
        show_default=False,
    ),
]
TemplatesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--templates",
        help="Team reply-template folder layered over the bundled one "
        "(repeatable; also CALM_TEMPLATES).",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def parse_assignments(pairs: list[str] | None) -> dict[str, str]:
    """Turn repeated `--set KEY=VALUE` into a dict; a pair without '=' is a usage error."""
    from calmcli.errors import UsageError

    values: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--set expects KEY=VALUE, got {pair!r}")
        values[key.strip()] = value
    return values
