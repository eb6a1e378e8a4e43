"""The `calm` command: a thin layer that parses options, calls the core and prints results."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from calmcli.errors import EXIT_INTERRUPTED, CalmError, ValidationError


class CalmGroup(TyperGroup):
    """Turn user-facing errors into one line on stderr and a named exit code, everywhere."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ValidationError as err:
            for problem in err.problems:
                typer.echo(problem, err=True)
            raise typer.Exit(err.exit_code) from None
        except CalmError as err:
            typer.echo(f"calm: {err}", err=True)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("\ncalm: interrupted; nothing was saved", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None


app = typer.Typer(
    cls=CalmGroup,
    name="calm",
    help="Answer angry, rude or trolling customers: playbooks, replies, case log.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    # Each command group lives in its own module; importing them is cheap (no heavy imports at
    # module level), so registration stays eager and `--help` lists everything.
    from calmcli.cli import playbook, reply, templates

    app.command("reply")(reply.reply)
    app.add_typer(playbook.app, name="playbook")
    app.add_typer(templates.app, name="templates")
    from calmcli.cli import cases, followups

    app.add_typer(cases.app, name="cases")
    app.add_typer(followups.app, name="followups")


_register()


def main() -> None:
    """Console-script entry point."""
    app(prog_name="calm")
