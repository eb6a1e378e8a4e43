"""Scaffold what a team lead adds: a new incident's playbook entry and its wording per language.

The wording goes into `<templates>/<lang>/incidents/<id>/<move>.j2`: the incident's own blocks
for the moves whose words depend on the incident (acknowledge, resolve), named like the bundled
`other` variants; the renderer uses them instead of `<lang>/moves/<move>.j2` for that incident
only, so a team adds an incident without copying the bundled files of four languages.
"""

from __future__ import annotations

from pathlib import Path

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


def add_incident_entry(folder: Path, entry: str, incident_id: str) -> Path:
    """Append the entry to the folder's incidents.yaml (created if missing); return the file."""
    path = folder / "incidents.yaml"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if f"id: {incident_id}\n" in text:
        raise UsageError(f"{path}: incident {incident_id!r} is already there")
    if not text.strip():
        text = "# Team incidents, layered over the bundled ones (same id: this one wins).\n"
        text += "incidents:\n"
    elif "\nincidents:" not in f"\n{text}":
        raise UsageError(f"{path}: no 'incidents:' list to add to")
    path.write_text(text.rstrip("\n") + "\n" + entry, encoding="utf-8")
    return path


def write_stubs(templates: Path, incident_id: str, languages: list[str]) -> list[Path]:
    """Write each language's incident moves that are not there yet; return those written."""
    written = []
    for lang in languages:
        for part in INCIDENT_MOVES:
            path = templates / lang / "incidents" / incident_id / f"{part}.j2"
            if path.exists():
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            body = STUBS.get(lang, STUBS["en"])[part]
            path.write_text(_HEADER.format(id=incident_id, part=part) + body, "utf-8")
            written.append(path)
    return written
