"""Small formatting helpers shared by the terminal views."""

from __future__ import annotations

from calmcli.base.clock import local


def local_time(text: str | None) -> str:
    """Show a stored UTC time in the user's local time."""
    if not text:
        return ""
    from calmcli.caselog.model import parse_utc

    return local(parse_utc(text)).strftime("%Y-%m-%d %H:%M")
