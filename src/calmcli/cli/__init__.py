"""The `calm` command: a thin layer that parses options, calls the core and prints results."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from calmcli.errors import EXIT_FAILURE, EXIT_INTERRUPTED, CalmError, Terminated, ValidationError


class CalmGroup(TyperGroup):
    """Turn user-facing errors into one line on stderr and a named exit code, everywhere."""

    def main(self, args: Sequence[str] | None = None, *more: Any, **kwargs: Any) -> Any:
        from calmcli.cli.guards import check_outside, hold_closed_descriptors

        given = sys.argv[1:] if args is None else list(args)
        hold_closed_descriptors()
        problem = check_outside(given)
        if problem is not None:
            typer.echo(f"calm: {problem}", err=True)
            sys.exit(problem.exit_code)
        return super().main(given, *more, **kwargs)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        from calmcli.cli.coercion import lazy_coercion
        from calmcli.cli.help import tidy_help

        tidy_help(self)  # the whole tree is built by now, completion options included
        lazy_coercion(self)
        try:
            return super().make_context(*args, **kwargs)
        except typer.TyperException as err:  # `calm --bogus`: the root's own options
            raise _one_line(err) from None

    def invoke(self, ctx: Any) -> Any:  # Click's Context, which Typer vendors
        from calmcli.base.clock import team_clock
        from calmcli.base.config import team_timezone
        from calmcli.cli.common import settle_new_logs

        try:
            # The team's time zone for this command only: never TZ, so nothing outlives it. A
            # case log the command created is named if it succeeds, removed if it fails.
            with team_clock(team_timezone()), settle_new_logs():
                return super().invoke(ctx)
        except ValidationError as err:
            from calmcli.views.terminal import one_line

            for problem in err.problems:  # one line each, whatever a value they quote holds
                typer.echo(one_line(problem), err=True)
            raise typer.Exit(err.exit_code) from None
        except CalmError as err:
            from calmcli.views.terminal import one_line

            typer.echo(f"calm: {one_line(str(err))}", err=True)
            raise typer.Exit(err.exit_code) from None
        except typer.TyperException as err:  # Click's usage errors: a bad option, a missing value
            raise _one_line(err) from None
        except OSError as err:  # what the system refused where no caller worded it
            if isinstance(err, BrokenPipeError):
                raise  # Click's own: the reader went away, exit 1 in silence
            from calmcli.views.terminal import one_line

            name = str(err.filename or "")
            where = f"{name[:200]}{'...' if len(name) > 200 else ''}: " if name else ""
            typer.echo(f"calm: {one_line(where + (err.strerror or str(err)))}", err=True)
            raise typer.Exit(EXIT_FAILURE) from None
        except Terminated as err:  # SIGTERM/SIGHUP during the walk
            import signal

            name = signal.Signals(err.signum).name
            typer.echo(f"\ncalm: ended by {name}; nothing was saved", err=True)
            raise typer.Exit(128 + err.signum) from None
        except KeyboardInterrupt:
            typer.echo("\ncalm: interrupted; nothing was saved", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None


def _one_line(err: typer.TyperException) -> BaseException:
    """Click's usage error (a box of usage, hint and message) as calm's one line, same code."""
    if type(err).__name__ == "NoArgsIsHelpError":  # `calm cases` alone: its help, as Typer does
        return err
    message = " ".join(err.format_message().split()).rstrip(".")
    ctx = getattr(err, "ctx", None)
    hint = f" (see {ctx.command_path} --help)" if ctx is not None else ""
    typer.echo(f"calm: {message[:1].lower()}{message[1:]}{hint}", err=True)
    return typer.Exit(err.exit_code)


def _add_reply(app: typer.Typer) -> None:
    from calmcli.cli import reply

    app.command("reply", epilog=reply.EXAMPLES)(reply.reply)


def _add_triage(app: typer.Typer) -> None:
    from calmcli.cli import triage

    app.command("triage", epilog=triage.EXAMPLES)(triage.triage)


def _add_analyze(app: typer.Typer) -> None:
    from calmcli.cli import analyze

    app.command("analyze", epilog=analyze.EXAMPLES)(analyze.analyze)


def _add_check(app: typer.Typer) -> None:
    from calmcli.cli import check

    app.command("check", epilog=check.EXAMPLES)(check.check)


def _add_stats(app: typer.Typer) -> None:
    from calmcli.cli import stats

    app.command("stats", epilog=stats.EXAMPLES)(stats.stats)


def _add_report(app: typer.Typer) -> None:
    from calmcli.cli import report

    app.command("report", epilog=report.EXAMPLES)(report.report)


def _add_group(module_name: str) -> Callable[[typer.Typer], None]:
    def add(app: typer.Typer) -> None:
        module = importlib.import_module(f"calmcli.cli.{module_name}")
        app.add_typer(module.app, name=module_name)

    return add


# Command name -> how to register it. Each lives in its own module.
COMMANDS: dict[str, Callable[[typer.Typer], None]] = {
    "triage": _add_triage,
    "reply": _add_reply,
    "analyze": _add_analyze,
    "check": _add_check,
    "playbook": _add_group("playbook"),
    "templates": _add_group("templates"),
    "cases": _add_group("cases"),
    "followups": _add_group("followups"),
    "stats": _add_stats,
    "report": _add_report,
}


def build_app(only: str | None = None) -> typer.Typer:
    """Build the CLI; with `only`, register just that command (Typer builds every registered
    command's parser at start, which a one-shot `calm reply` should not pay for)."""
    app = typer.Typer(
        cls=CalmGroup,
        name="calm",
        help="Answer angry, rude or trolling customers: playbooks, replies, case log.",
        no_args_is_help=True,
        # calm's own --show-completion SHELL / --install-completion SHELL (below) name the shell
        # rather than guess it from the parent process; values complete from the playbook and
        # the case log (calmcli.cli.completion).
        add_completion=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        pretty_exceptions_enable=False,
    )
    app.callback()(_root)  # keeps `calm` a group even when one command is registered
    for name, register in COMMANDS.items():
        if only is None or name == only:
            register(app)
    return app


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _completion_shell(value: str) -> str:
    from typer._completion_classes import completion_init

    if value not in SHELLS:
        raise typer.BadParameter(f"unknown shell {value!r}; valid: bash, zsh, fish")
    completion_init()  # Typer's scripts for each shell, registered only when asked for
    return value


def _show_completion(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> None:
    if value is not None and not ctx.resilient_parsing:
        from typer.completion import show_callback

        show_callback(ctx, param, _completion_shell(value))


def _install_completion(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> None:
    if value is not None and not ctx.resilient_parsing:
        from typer.completion import install_callback

        install_callback(ctx, param, _completion_shell(value))


def _print_version(value: bool | None) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"calm {version('calmcli')}")
        raise typer.Exit()


def _root(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL",
            show_default=False,
            help="The case log: a SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DB "
            "(default: CALM_DB, then `db` in the config file, then $CALM_HOME/cases.db).",
        ),
    ] = None,
    show_completion: Annotated[
        str | None,
        typer.Option(
            "--show-completion",
            metavar="SHELL",
            is_eager=True,
            expose_value=False,
            callback=_show_completion,
            autocompletion=lambda: list(SHELLS),
            help="Print the completion script for SHELL (bash, zsh or fish), to add to its "
            "start-up file yourself.",
        ),
    ] = None,
    install_completion: Annotated[
        str | None,
        typer.Option(
            "--install-completion",
            metavar="SHELL",
            is_eager=True,
            expose_value=False,
            callback=_install_completion,
            autocompletion=lambda: list(SHELLS),
            help="Install completion for SHELL (bash, zsh or fish); it works in new terminals.",
        ),
    ] = None,
    version: Annotated[
        bool | None,
        typer.Option(
            "--version",
            is_eager=True,
            callback=_print_version,
            help="Print calm's version and exit.",
        ),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            metavar="TIME",
            help="Take this as the current time for every command (ISO, e.g. "
            "2026-12-03T17:55 local time, or with an offset): scripts, tests, replays.",
        ),
    ] = None,
) -> None:
    """Answer angry, rude or trolling customers: playbooks, replies, case log."""
    # `--db` stays in the root context's params; commands read it with `common.db_target`.
    from calmcli.cli.common import set_clock
    from calmcli.cli.options import aware_now

    set_clock(aware_now(now))


def __getattr__(name: str) -> Any:
    # `calmcli.cli.app`, the full CLI, is built on first use (tests, CliRunner).
    if name == "app":
        globals()["app"] = build_app()
        return globals()["app"]
    raise AttributeError(name)


def main() -> None:
    """Console-script entry point."""
    import os

    if "_CALM_COMPLETE" in os.environ:  # the shell asks for completions (Tab)
        from typer._completion_classes import completion_init

        completion_init()
    command = sys.argv[1] if len(sys.argv) > 1 else None
    build_app(command if command in COMMANDS else None)(prog_name="calm")
