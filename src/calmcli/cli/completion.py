"""Shell completion of calm's values: situation ids from the playbook, case ids from the log,
team folders from the disk. Each function runs only when the shell asks (Tab), never on a
normal command, and answers nothing rather than fail: a broken playbook must not break Tab.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer

Suggestions = list[tuple[str, str]]


def _quietly(find: Any) -> Suggestions:
    try:
        return list(find())
    except Exception:  # Tab must never print a traceback into the agent's command line
        return []


def _entries(ctx: typer.Context, section: str) -> Suggestions:
    def find() -> Suggestions:
        from calmcli.playbook.load import load_playbook

        book = load_playbook(ctx.params.get("playbooks"))
        return [(e.id, e.label.get("en", "")) for e in book.section(section).values()]

    return _quietly(find)


def faults(ctx: typer.Context, incomplete: str) -> Suggestions:
    return _entries(ctx, "faults")


def channels(ctx: typer.Context, incomplete: str) -> Suggestions:
    return _entries(ctx, "channels")


def customer_types(ctx: typer.Context, incomplete: str) -> Suggestions:
    return _entries(ctx, "customer_types")


def incidents(ctx: typer.Context, incomplete: str) -> Suggestions:
    return _entries(ctx, "incidents")


def languages(ctx: typer.Context, incomplete: str) -> Suggestions:
    def find() -> Suggestions:
        from calmcli.reply.render import template_dirs

        dirs = template_dirs(ctx.params.get("templates"))
        found = {p.name for d in dirs for p in d.iterdir() if (p / "parts").is_dir()}
        return [(lang, "") for lang in sorted(found)]

    return _quietly(find)


def case_ids(ctx: typer.Context, incomplete: str) -> Suggestions:
    """The newest cases, with who and what, so the agent picks by customer."""

    def find() -> Suggestions:
        from calmcli.caselog.model import CaseFilter
        from calmcli.cli.common import opened, settle_new_logs

        # The log `calm --db` names, as the command would open it; a Tab press leaves no new one.
        with settle_new_logs(keep=False), opened(ctx) as store:
            cases = store.list_cases(CaseFilter(limit=200))
        wanted = incomplete.upper()
        return [
            (c.id, f"{c.customer or '-'}: {c.summary}"[:60])
            for c in cases
            if c.id.startswith(wanted)
        ]

    return _quietly(find)


def folders(incomplete: str) -> Suggestions:
    """Directories under what has been typed (team playbook and template folders)."""

    def find() -> Suggestions:
        typed = Path(os.path.expanduser(incomplete or "."))
        parent, stem = (
            (typed, "")
            if incomplete.endswith("/") or not incomplete
            else (
                typed.parent,
                typed.name,
            )
        )
        prefix = incomplete[: len(incomplete) - len(stem)]
        return [
            (f"{prefix}{child.name}/", "")
            for child in sorted(parent.iterdir())
            if child.is_dir() and child.name.startswith(stem) and not child.name.startswith(".")
        ]

    return _quietly(find)
