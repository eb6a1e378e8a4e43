"""Show guidance to the agent: a Rich panel in a terminal, plain text when piped, or JSON."""

from __future__ import annotations

import sys
from typing import Any

from calmcli.errors import unknown_value
from calmcli.playbook.model import Entry, Playbook
from calmcli.playbook.vocabulary import ENTRY_SECTIONS, GUIDANCE_KEYS

HEADINGS = {"key_ideas": "Key ideas", "do": "Do", "dont": "Don't", "steps": "Steps"}


def find_entry(book: Playbook, entry_id: str) -> Entry:
    for section in ENTRY_SECTIONS:
        entries = book.section(section)
        if entry_id in entries:
            return entries[entry_id]
    every = [i for s in ENTRY_SECTIONS for i in book.section(s)]
    raise unknown_value("playbook entry", entry_id, every)


def guidance_lines(guidance: dict[str, Any]) -> list[str]:
    """The guidance as plain lines: headings, bullet points, then the policy knobs."""
    lines: list[str] = []
    for key in GUIDANCE_KEYS:
        items = guidance.get(key) or []
        if items:
            lines.append(f"{HEADINGS[key]}:")
            lines += [
                f"  {n}. {item}" if key == "steps" else f"  - {item}"
                for n, item in enumerate(items, start=1)
            ]
    knobs = {k: v for k, v in guidance.items() if k not in GUIDANCE_KEYS and v not in (None, [])}
    if "compensation" in knobs:
        knobs["compensation"] = ", ".join(
            f"{c['kind']} {c['percent']}%" if c.get("percent") else c["kind"]
            for c in knobs["compensation"]
        )
    lines += [f"{key.replace('_', ' ').capitalize()}: {value}" for key, value in knobs.items()]
    return lines


def show_guidance(guidance: dict[str, Any], title: str) -> None:
    """A situation's guidance as one panel (plain text when piped)."""
    show_block(title, guidance_lines(guidance))


def entries_data(entries: list[Entry]) -> list[dict[str, Any]]:
    """The `--json` of `calm playbook show ID...`: each entry with its source file."""
    return [
        {
            "id": e.id,
            "kind": ENTRY_SECTIONS[e.section],
            "label": e.label,
            "help": e.help,
            "guidance": e.guidance.as_dict(),
            "source": e.source,
        }
        for e in entries
    ]


def show_entries(entries: list[Entry]) -> None:
    """One panel per entry, titled with its kind, id and English help."""
    for entry in entries:
        title = f"{ENTRY_SECTIONS[entry.section]} {entry.id}: {entry.help.get('en', '')}"
        show_block(title, guidance_lines(entry.guidance.as_dict()))


def show_block(title: str, lines: list[str]) -> None:
    if not sys.stdout.isatty():
        sys.stdout.write(title + "\n" + "\n".join(lines) + "\n\n")
        return
    from rich.panel import Panel
    from rich.text import Text

    from calmcli.views.terminal import console

    console().print(
        Panel(Text("\n".join(lines)), title=title, title_align="left", border_style="cyan")
    )
