"""Scaffold what a team lead adds: a new incident's playbook entry and its wording per language.

The wording goes into `<templates>/<lang>/incidents/<id>/<move>.j2`: the incident's own blocks
for the moves whose words depend on the incident (acknowledge, resolve), named like the bundled
`other` variants; the renderer uses them instead of `<lang>/moves/<move>.j2` for that incident
only, so a team adds an incident without copying the bundled files of four languages.
"""

from __future__ import annotations

from pathlib import Path

from calmcli.base.files import read_team_file, team_target, write_team_file
from calmcli.errors import UsageError

# The moves whose words depend on the incident (the others read only the plan's values).
INCIDENT_MOVES = ("acknowledge", "resolve")

_ORDER = "{% if order %} ({{ order }}){% endif %}"


def _blocks(**variants: str) -> str:
    return "".join(
        f"{{% block {name} %}}\n{text}\n{{% endblock %}}\n" for name, text in variants.items()
    )


# A plain, correct sentence per language, move and variant; the team lead replaces it with the
# incident's own words.
STUBS: dict[str, dict[str, str]] = {
    "en": {
        "acknowledge": _blocks(
            other="We're sorry about what happened with your order.",
            other_spoken="I'm calling about what happened with your order, and I'm sorry.",
        ),
        "resolve": _blocks(
            other_ours=f"We'll put it right{_ORDER} at no cost to you.",
            other_not_ours=f"Let us know what you need{_ORDER}, and we'll help you sort it out.",
            other_unclear=f"We're looking into your order{_ORDER} to understand what happened.",
        ),
    },
    "ca": {
        "acknowledge": _blocks(
            other="Sentim el que ha passat amb la seva comanda.",
            other_spoken="Li truco pel que ha passat amb la seva comanda, i ho sento.",
        ),
        "resolve": _blocks(
            other_ours=f"Ens encarreguem de solucionar-ho{_ORDER} sense cap cost per a vostè.",
            other_not_ours=f"Digui’ns què necessita{_ORDER} i l’ajudarem a resoldre-ho.",
            other_unclear=f"Estem revisant la seva comanda{_ORDER} per entendre què ha passat.",
        ),
    },
    "es": {
        "acknowledge": _blocks(
            other="Sentimos lo ocurrido con su pedido.",
            other_spoken="Le llamo por lo ocurrido con su pedido, y lo siento.",
        ),
        "resolve": _blocks(
            other_ours=f"Nos encargamos de solucionarlo{_ORDER} sin ningún coste para usted.",
            other_not_ours=f"Díganos qué necesita{_ORDER} y le ayudamos a resolverlo.",
            other_unclear=f"Estamos revisando su pedido{_ORDER} para entender qué ha ocurrido.",
        ),
    },
    "pl": {
        "acknowledge": _blocks(
            other="Przykro nam z powodu tego, co stało się z zamówieniem.",
            other_spoken="Dzwonię w sprawie zamówienia – bardzo mi przykro z powodu tej sytuacji.",
        ),
        "resolve": _blocks(
            other_ours=f"Zajmiemy się rozwiązaniem sprawy{_ORDER} bez żadnych kosztów.",
            other_not_ours=f"Prosimy napisać, czego potrzeba{_ORDER} – pomożemy to rozwiązać.",
            other_unclear=f"Sprawdzamy zamówienie{_ORDER}, żeby ustalić, co się stało.",
        ),
    },
}

_HEADER = (
    "{{# Incident '{id}', move '{part}': its blocks are used instead of the same blocks of "
    "moves/{part}.j2 for this incident. Write them in your own words. #}}\n"
)


def incident_entry(incident_id: str, languages: tuple[str, ...], label: str | None) -> str:
    """The YAML of a new incident: a label and help in every language, a follow-up, guidance."""
    title = label or incident_id.replace("-", " ").capitalize()
    lines = [f"  - id: {incident_id}", "    label:"]
    lines += [f"      {lang}: {title!r}  # in {lang}" for lang in languages]
    lines += ["    help:"]
    lines += [f"      {lang}: {title!r}  # one line, in {lang}" for lang in languages]
    lines += [
        "    options: []  # resolutions the templates know: see moves/options.j2",
        "    follow_up: 2d",
        "    guidance:",
        '      key_ideas: ["Say what went wrong with the order in the customer\'s words."]',
        '      do: ["Check the order before you answer."]',
        '      dont: ["Do not make the customer explain it twice."]',
        '      steps: ["Check the order.", "Put it right.", "Confirm it to the customer."]',
    ]
    return "\n".join(lines) + "\n"


def check_targets(folder: Path, templates: Path, incident_id: str, languages: list[str]) -> None:
    """Refuse, before anything is written, a file that a symbolic link would carry outside
    its team folder (the playbook folder's incidents.yaml, the template folder's stubs)."""
    team_target(folder / "incidents.yaml", folder)
    for path in stub_paths(templates, incident_id, languages):
        team_target(path, templates)


def read_entries(folder: Path) -> str | None:
    """The folder's incidents.yaml as it is (None if there is none), to put back on failure."""
    path = folder / "incidents.yaml"
    return read_team_file(path, folder) if path.exists() else None


def restore_entries(folder: Path, before: str | None) -> None:
    """Put incidents.yaml back as `read_entries` found it: never half an incident."""
    path = folder / "incidents.yaml"
    if before is None:
        path.unlink(missing_ok=True)
    else:
        write_team_file(path, folder, before)


def add_incident_entry(folder: Path, entry: str, incident_id: str) -> Path:
    """Append the entry to the folder's incidents.yaml (created if missing); return the file."""
    path = folder / "incidents.yaml"
    text = read_entries(folder) or ""
    if f"id: {incident_id}\n" in text:
        raise UsageError(f"{path}: incident {incident_id!r} is already there")
    if not text.strip():
        text = "# Team incidents, layered over the bundled ones (same id: this one wins).\n"
        text += "incidents:\n"
    elif "\nincidents:" not in f"\n{text}":
        raise UsageError(f"{path}: no 'incidents:' list to add to")
    write_team_file(path, folder, text.rstrip("\n") + "\n" + entry)
    return path


def stub_paths(templates: Path, incident_id: str, languages: list[str]) -> list[Path]:
    """Where each language's incident moves go."""
    return [
        templates / lang / "incidents" / incident_id / f"{part}.j2"
        for lang in languages
        for part in INCIDENT_MOVES
    ]


def write_stubs(templates: Path, incident_id: str, languages: list[str]) -> list[Path]:
    """Write each language's incident moves that are not there yet (a file there is the team
    lead's: never overwritten); return those written. Nothing is written through a symbolic
    link that leads outside `templates`."""
    paths = stub_paths(templates, incident_id, languages)
    for path in paths:
        team_target(path, templates)
    written = []
    for path in paths:
        if path.exists():
            continue
        lang, part = path.parts[-4], path.stem
        body = STUBS.get(lang, STUBS["en"])[part]
        write_team_file(path, templates, _HEADER.format(id=incident_id, part=part) + body)
        written.append(path)
    return written
