"""Small formatting helpers shared by the terminal views."""

from __future__ import annotations


def local_time(text: str | None) -> str:
    """Show a stored UTC time in the user's local time."""
    if not text:
        return ""
    from calmcli.caselog.model import parse_utc

    return parse_utc(text).astimezone().strftime("%Y-%m-%d %H:%M")
