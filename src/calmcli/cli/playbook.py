"""`calm playbook`: validate, list, show and copy the playbooks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from calmcli.cli.help import examples
from calmcli.cli.options import (
    ChannelOption,
    CustomerTypeOption,
    FaultOption,
    IncidentOption,
    JsonOption,
    PlaybooksOption,
)
from calmcli.cli.result import CommandResult, emit

app = typer.Typer(help="Validate, list, show and copy the playbooks.", no_args_is_help=True)


@app.command(epilog=examples("calm playbook validate team-pb"))
def validate(
    folder: Annotated[
        Path | None,
        typer.Argument(help="Team playbook folder to check (layered over the bundled one)."),
    ] = None,
    playbooks: PlaybooksOption = None,
) -> None:
    """Check every playbook file (lexicons and rules too); print FILE:LINE: message per problem."""
    from calmcli.errors import ValidationError
    from calmcli.playbook.layers import layer_files, playbook_dirs
    from calmcli.playbook.lexicons import build_lexicons
    from calmcli.playbook.load import load_playbook
    from calmcli.playbook.rules import build_rules
    from calmcli.views.terminal import info

    dirs = [*(playbooks or []), *([folder] if folder else [])]
    book = load_playbook(dirs, use_cache=False)
    layers = playbook_dirs(dirs)
    lexicon_files, rule_files = layer_files(layers, "lexicons"), layer_files(layers, "rules")
    problems: list[str] = []
    for build in (
        lambda: build_lexicons(lexicon_files, tuple(book.customer_types), tuple(book.incidents)),
        lambda: build_rules(rule_files),
    ):
        try:
            build()
        except ValidationError as err:
            problems += err.problems
    if problems:
        raise ValidationError(problems)
    info(
        f"ok: {len(book.sources)} files; {len(book.faults)} faults, {len(book.channels)} "
        f"channels, {len(book.customer_types)} customer types, {len(book.incidents)} incidents; "
        f"{len(lexicon_files)} lexicon and {len(rule_files)} rule files"
    )


@app.command(
    "list",
    epilog=examples(
        "calm playbook list --lang ca", "calm playbook list --playbooks team-pb --json"
    ),
)
def list_(
    json_: JsonOption = False,
    lang: Annotated[str, typer.Option(help="Language of the labels.")] = "en",
    playbooks: PlaybooksOption = None,
) -> None:
    """List the faults, channels, customer types and incidents with their one-line help."""
    from calmcli.playbook.load import load_playbook
    from calmcli.playbook.vocabulary import ENTRY_SECTIONS
    from calmcli.views.terminal import table

    book = load_playbook(playbooks)
    if lang not in book.settings.languages:  # the ids stood in for labels, without a word
        from calmcli.errors import unknown_value

        raise unknown_value("--lang", lang, book.settings.languages)
    data = {
        section: [
            {"id": e.id, "label": e.label, "help": e.help} for e in book.section(section).values()
        ]
        for section in ENTRY_SECTIONS
    }
    rows = [
        [kind, e.id, e.label.get(lang, e.id), e.help.get(lang, "")]
        for section, kind in ENTRY_SECTIONS.items()
        for e in book.section(section).values()
    ]
    columns = ["kind", "id", "label", "help"]
    emit(CommandResult(data, view=lambda: table("Playbook", columns, rows)), json_)


@app.command(
    epilog=examples(
        "calm playbook show damaged-item rude",
        "calm playbook show --fault ours --channel chat --incident billing",
    )
)
def show(
    ids: Annotated[list[str] | None, typer.Argument(help="Entry ids to show (any kind).")] = None,
    fault: FaultOption = None,
    channel: ChannelOption = None,
    customer_type: CustomerTypeOption = "none",
    incident: IncidentOption = "other",
    json_: JsonOption = False,
    playbooks: PlaybooksOption = None,
) -> None:
    """Show the guidance of entries, or of a whole situation (--fault and --channel)."""
    customer_type = customer_type or "none"
    incident = incident or "other"
    from calmcli.errors import UsageError
    from calmcli.playbook.load import load_playbook
    from calmcli.playbook.model import Situation, situation_guidance
    from calmcli.views import guidance as guidance_view

    book = load_playbook(playbooks)
    if fault or channel:
        if not (fault and channel):
            raise UsageError("a situation needs both --fault and --channel")
        guidance = situation_guidance(book, Situation(fault, channel, customer_type, incident))
        title = f"{fault} / {channel} / {customer_type} / {incident}"
        emit(
            CommandResult(guidance, view=lambda: guidance_view.show_guidance(guidance, title)),
            json_,
        )
        return
    if not ids:
        raise UsageError("name entry ids (see `calm playbook list`) or give --fault and --channel")
    entries = [guidance_view.find_entry(book, i) for i in ids]
    data = guidance_view.entries_data(entries)
    emit(CommandResult(data, view=lambda: guidance_view.show_entries(entries)), json_)


@app.command(epilog=examples("calm playbook init team-pb", "calm playbook validate team-pb"))
def init(
    folder: Annotated[Path, typer.Argument(help="Folder to create with an editable copy.")],
    force: Annotated[bool, typer.Option(help="Write into a folder that is not empty.")] = False,
) -> None:
    """Write an editable copy of the bundled playbooks into FOLDER."""
    from calmcli.base.files import copy_into
    from calmcli.playbook.layers import bundled_playbooks, playbook_files
    from calmcli.views.terminal import info

    source = bundled_playbooks()
    copy_into(folder, source, playbook_files(source), force, "playbook files")
    info(
        f"wrote {len(playbook_files(folder))} playbook files to {folder}; edit them and run "
        f"`calm playbook validate {folder}`"
    )


@app.command(
    epilog=examples(
        "calm playbook add incident wrong-item --to team-pb --templates team-tpl",
        "calm playbook add incident late-refund --label 'Late refund' --to team-pb "
        "--templates team-tpl",
    )
)
def add(
    kind: Annotated[str, typer.Argument(help="What to add: incident.")],
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="Its id, e.g. wrong-item.")],
    to: Annotated[
        Path, typer.Option(file_okay=False, help="The team playbook folder (created if missing).")
    ],
    templates: Annotated[
        Path,
        typer.Option(file_okay=False, help="The team template folder for its wording."),
    ],
    label: Annotated[str | None, typer.Option(help="Its label (default: from the id).")] = None,
) -> None:
    """Add an incident: its playbook entry with labels in every language, the wording each
    language needs, then validate and render it in every language."""
    import re

    from calmcli.errors import UsageError
    from calmcli.playbook.load import load_playbook
    from calmcli.reply import scaffold
    from calmcli.views.terminal import info

    if kind != "incident":
        raise UsageError(f"unknown kind {kind!r}; valid: incident")
    if not re.fullmatch(r"[a-z][a-z0-9-]*", entry_id):
        raise UsageError(f"incident id {entry_id!r}: use lower-case letters, digits and '-'")
    created = _missing_folders(to)
    to.mkdir(parents=True, exist_ok=True)
    try:
        languages = load_playbook([to], use_cache=False).settings.languages
        scaffold.check_targets(to, templates, entry_id, list(languages))
    except BaseException:
        _remove_if_empty(created)  # a refused add leaves no empty folder behind
        raise
    before = scaffold.read_entries(to)
    path = scaffold.add_incident_entry(
        to, scaffold.incident_entry(entry_id, languages, label), entry_id
    )
    try:
        written = scaffold.write_stubs(templates, entry_id, list(languages))
        _render_everywhere(to, templates, entry_id)
    except BaseException:
        scaffold.restore_entries(to, before)  # leave the folder as it was: never half an incident
        _remove_if_empty(created)
        raise
    info(
        f"added incident {entry_id!r} to {path} and {len(written)} wording file(s) under "
        f"{templates}/*/incidents/{entry_id}/; it renders in {', '.join(languages)}. Edit them, "
        f"then run `calm templates check --playbooks {to} --templates {templates}`"
    )


def _missing_folders(folder: Path) -> list[Path]:
    """The folders that mkdir(parents=True) would create for FOLDER, deepest first."""
    missing = []
    for path in (folder, *folder.absolute().parents):
        if path.exists():
            break
        missing.append(path)
    return missing


def _remove_if_empty(folders: list[Path]) -> None:
    for path in folders:  # deepest first, so a parent is empty once its child is gone
        try:
            path.rmdir()
        except OSError:
            return  # something else wrote into it: not ours to remove


def _render_everywhere(folder: Path, templates: Path, incident: str) -> None:
    """Render the new incident once per language and fault (email): proof it is usable."""
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.render import Renderer, ReplyRequest, template_dirs

    book = load_playbook([folder], use_cache=False)
    renderer = Renderer(book, template_dirs([templates]))
    for lang in book.settings.languages:
        for fault in book.faults:
            renderer.render(ReplyRequest(fault, "email", incident=incident, lang=lang))
