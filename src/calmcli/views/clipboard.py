"""Put a reply on the system clipboard, so the agent pastes it into the helpdesk in one go."""

from __future__ import annotations


def copy_to_clipboard(text: str, what: str) -> str:
    """Copy `text`; return the one line that says what happened (copied, or why not).

    pyperclip is imported only here: `calm reply` without --copy never pays for it.
    """
    import pyperclip  # type: ignore[import-untyped]

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        return (
            f"calm: no clipboard on this system ({what} not copied; install wl-clipboard, "
            "xclip or xsel, or pipe stdout)"
        )
    return f"copied {what} to the clipboard"
