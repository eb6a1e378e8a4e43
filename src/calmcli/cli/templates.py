"""`calm templates`: check the reply templates."""

from __future__ import annotations

import typer

from calmcli.cli.help import examples
from calmcli.cli.options import JsonOption, PlaybooksOption, TemplatesOption

app = typer.Typer(help="Check the reply templates.", no_args_is_help=True)


@app.command(
    epilog=examples(
        "calm templates check",
        "calm templates check --playbooks team-pb --templates team-tpl",
    )
)
def check(
    json_: JsonOption = False,
    playbooks: PlaybooksOption = None,
    templates: TemplatesOption = None,
) -> None:
    """Render every language x situation with sample data; report each problem on one line."""
    from calmcli.errors import EXIT_USAGE
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.render import Renderer, template_dirs
    from calmcli.reply.templates_check import check_templates
    from calmcli.views.terminal import info, print_json

    renderer = Renderer(load_playbook(playbooks), template_dirs(templates))
    summary = check_templates(renderer, playbooks)
    if json_:
        print_json(
            {
                "rendered": summary.rendered,
                "languages": renderer.languages,
                "problems": list(summary.problems),
            }
        )
    else:
        for problem in summary.problems:
            typer.echo(problem)
        info(
            f"{'FAILED' if summary.problems else 'ok'}: {summary.rendered} replies rendered in "
            f"{', '.join(renderer.languages)}; {len(summary.problems)} problem(s)"
        )
    if summary.problems:
        raise typer.Exit(EXIT_USAGE)
