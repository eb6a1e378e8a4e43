"""The one place that talks to questionary: keyboard-only questions with defaults and 'back'."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from calmcli.errors import Terminated


class Back(Exception):
    """The agent chose to go back one step."""


# The question on screen, if any: a signal ends it through prompt_toolkit (see ended_by_signals)
_asking: list[Any] = []


def _ask(question: Any) -> Any:
    """Ask a questionary question; Ctrl-D, like Ctrl-C, ends the walk (KeyboardInterrupt)."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    keys = KeyBindings()

    @keys.add("c-d", eager=True)
    def _end(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    app = question.application
    app.key_bindings = merge_key_bindings([b for b in (app.key_bindings, keys) if b])
    _asking.append(app)
    try:
        return question.unsafe_ask()
    except EOFError:  # end of input where no key binding saw it
        raise KeyboardInterrupt from None
    finally:
        _asking.pop()


@contextmanager
def ended_by_signals() -> Iterator[None]:
    """While the walk runs, SIGTERM and SIGHUP end it as Ctrl-C does: the question on screen
    exits through prompt_toolkit (which puts the terminal back as it was), an editor session's
    temporary folder is removed on the way out, and nothing is saved."""
    import signal

    def end(signum: int, frame: Any) -> None:
        app = _asking[-1] if _asking else None
        if app is not None and app.is_running and not app.future.done():
            app.exit(exception=Terminated(signum))
            return
        raise Terminated(signum)

    previous = {sig: signal.signal(sig, end) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


BACK_TITLE = "← back"


@dataclass(frozen=True)
class Option:
    value: str
    title: str


def _style() -> Any:
    from questionary import Style

    # Muted colours; prompt_toolkit drops them by itself when NO_COLOR is set.
    return Style(
        [
            ("qmark", "fg:ansicyan"),
            ("question", "bold"),
            ("pointer", "fg:ansicyan bold"),
            ("highlighted", "fg:ansicyan"),
            ("answer", "fg:ansigreen"),
            ("instruction", "fg:ansibrightblack"),
        ]
    )


def select(
    question: str, options: list[Option], default: str | None = None, can_go_back: bool = True
) -> str:
    """Pick one option with the arrow keys and Enter; raise Back for the back entry."""
    import questionary

    choices = [questionary.Choice(o.title, value=o.value) for o in options]
    if can_go_back:
        choices.append(questionary.Choice(BACK_TITLE, value="__back__"))
    picked = _ask(
        questionary.select(
            question,
            choices=choices,
            default=next((c for c in choices if c.value == default), None),
            qmark="?",
            style=_style(),
            instruction="(arrows, Enter)",
        )
    )
    if picked == "__back__":
        raise Back
    return str(picked)


def text(
    question: str,
    default: str = "",
    required: bool = False,
    validate: Callable[[str], str | None] | None = None,
    instruction: str | None = None,
) -> str:
    """Ask one line; `validate` returns an error message or None."""
    import questionary

    def check(value: str) -> bool | str:
        if required and not value.strip():
            return "This one is needed (type it, then Enter)."
        if validate and value.strip():
            return validate(value.strip()) or True
        return True

    answer = _ask(
        questionary.text(
            question, default=default, validate=check, style=_style(), instruction=instruction
        )
    )
    return str(answer or "").strip()


def multiline(question: str) -> str:
    """Ask for pasted text over several lines."""
    import questionary

    answer = _ask(
        questionary.text(
            question,
            multiline=True,
            style=_style(),
            instruction=fitting_hint(question, MULTILINE_HINTS) + "\n",
        )
    )
    return str(answer or "").strip()


# Enter adds a line in a multi-line box, so the way out must stay on screen: the longest
# wording that fits beside the question is used, never one the terminal cuts off.
MULTILINE_HINTS = (
    "(paste it; Enter adds a line; Esc then Enter finishes, or skips when empty)",
    "(Esc then Enter: done; empty: skip)",
    "(Esc, Enter: done)",
)


def fitting_hint(question: str, hints: tuple[str, ...], width: int | None = None) -> str:
    """The first hint that fits on the question's line ("? " + question + " " + hint)."""
    import shutil

    room = (width or shutil.get_terminal_size().columns) - len(question) - 3
    return next((hint for hint in hints if len(hint) <= room), hints[-1])
