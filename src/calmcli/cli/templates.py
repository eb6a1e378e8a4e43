"""`calm templates`: check the reply templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from calmcli.cli.help import examples
from calmcli.cli.options import JsonOption, PlaybooksOption, TemplatesOption
from calmcli.cli.result import CommandResult, emit

app = typer.Typer(help="Check the reply templates, or copy them to edit.", no_args_is_help=True)


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
    from calmcli.views.progress import progress_bar

    renderer = Renderer(load_playbook(playbooks), template_dirs(templates))
    with progress_bar("Rendering replies") as advance:
        summary = check_templates(renderer, playbooks, advance)
    data = {
        "rendered": summary.rendered,
        "languages": renderer.languages,
        "problems": list(summary.problems),
    }
    outcome = (
        f"{'FAILED' if summary.problems else 'ok'}: {summary.rendered} replies rendered in "
        f"{', '.join(renderer.languages)}; {len(summary.problems)} problem(s)"
    )
    exit_code = EXIT_USAGE if summary.problems else 0
    emit(CommandResult(data, summary.problems, messages=(outcome,), exit_code=exit_code), json_)


@app.command(
    epilog=examples(
        "calm templates init team-tpl",
        "calm templates check --templates team-tpl",
    )
)
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to create with an editable copy.")],
    force: Annotated[bool, typer.Option(help="Write into a folder that is not empty.")] = False,
) -> None:
    """Write an editable copy of the bundled reply templates into FOLDER."""
    from calmcli.base.files import copy_into
    from calmcli.base.paths import bundled_dir
    from calmcli.views.terminal import info

    source = bundled_dir("reply_templates")
    files = [p for p in sorted(source.rglob("*")) if p.is_file() and p.suffix in (".j2", ".yaml")]
    written = copy_into(folder, source, files, force, "template files")
    info(
        f"wrote {written} template files to {folder}; edit them (a file you delete falls "
        f"back to the bundled one, with its fixes) and run "
        f"`calm templates check --templates {folder}`"
    )
