"""User-facing errors: each one becomes a single line on stderr and a named exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP ended an interactive command: handled like Ctrl-C, exit 128 + signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class CalmError(Exception):
    """An error the user can act on; never shown with a traceback."""

    exit_code = EXIT_FAILURE


class UsageError(CalmError):
    """Bad flags, unknown ids, malformed input: the user must change what they typed."""

    exit_code = EXIT_USAGE


class ValidationError(UsageError):
    """One or more problems in a team-lead file, each as `FILE:LINE: message`."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class NotFoundError(UsageError):
    """An id (case, follow-up, situation value) that does not exist."""


def unknown_value(field: str, value: str, valid: list[str] | tuple[str, ...]) -> UsageError:
    """Build the one-line error for a value outside its allowed set."""
    return UsageError(f"unknown {field} {value!r}; valid: {', '.join(valid)}")
