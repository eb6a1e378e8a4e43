"""Scaffold what a team lead adds: a new incident's playbook entry and its wording per language.

The wording goes into `<templates>/<lang>/incidents/<id>/<part>.j2`, which the renderer uses
instead of `<lang>/parts/<part>.j2` for that incident only: a team adds an incident without
copying (and then forever maintaining) the bundled part files of four languages.
"""

from __future__ import annotations

from pathlib import Path

from calmcli.errors import UsageError

# The parts whose words depend on the incident (the others read only fault, channel, style).
INCIDENT_PARTS = ("acknowledgement", "incident")

_ORDER = "order and audience != 'public'"  # order references stay out of public posts

# A plain, correct sentence per language and part, fault-aware where the bundled parts are;
# the team lead replaces it with the incident's own words.
STUBS: dict[str, dict[str, str]] = {
    "en": {
        "acknowledgement": "{% if fault == 'troll' %}We have read your message about your "
        "order.{% else %}Thank you for letting us know what happened with your order. We "
        "understand how frustrating that is.{% endif %}",
        "incident": "We are looking into your case{% if " + _ORDER + " %} for order "
        "{{ order }}{% endif %}, and one person will look after it until it is resolved.",
    },
    "ca": {
        "acknowledgement": "{% if fault == 'troll' %}Hem llegit el seu missatge sobre la "
        "comanda.{% else %}Gràcies per fer-nos saber què ha passat amb la seva comanda. "
        "Entenem que és molt molest.{% endif %}",
        "incident": "Ja estem revisant el seu cas{% if " + _ORDER + " %} de la comanda "
        "{{ order }}{% endif %}, i una sola persona se n'ocuparà fins que quedi resolt.",
    },
    "es": {
        "acknowledgement": "{% if fault == 'troll' %}Hemos leído su mensaje sobre el pedido."
        "{% else %}Gracias por contarnos lo que ha pasado con su pedido. Entendemos lo molesto "
        "que resulta.{% endif %}",
        "incident": "Ya estamos revisando su caso{% if " + _ORDER + " %}, relacionado con el "
        "pedido {{ order }},{% endif %} y una sola persona se ocupará de él hasta que esté "
        "resuelto.",
    },
    "pl": {
        "acknowledgement": "{% if fault == 'troll' %}Przeczytaliśmy wiadomość w sprawie "
        "zamówienia.{% else %}Dziękujemy za informację o tym, co się stało z zamówieniem. "
        "Rozumiemy, jak bardzo to irytujące.{% endif %}",
        "incident": "Od teraz zgłoszenie{% if " + _ORDER + " %} dotyczące zamówienia nr "
        "{{ order }}{% endif %} prowadzi jedna osoba – aż do jego rozwiązania.",
    },
}

_HEADER = (
    "{{# Incident '{id}', part '{part}': used instead of parts/{part}.j2 for this incident. "
    "Write it in your own words; the variables of parts/{part}.j2 are all available. #}}\n"
)


def incident_entry(incident_id: str, languages: tuple[str, ...], label: str | None) -> str:
    """The YAML of a new incident: a label and help in every language, a follow-up, guidance."""
    title = label or incident_id.replace("-", " ").capitalize()
    lines = [f"  - id: {incident_id}", "    label:"]
    lines += [f"      {lang}: {title!r}  # in {lang}" for lang in languages]
    lines += ["    help:"]
    lines += [f"      {lang}: {title!r}  # one line, in {lang}" for lang in languages]
    lines += [
        "    options: []  # resolutions the templates know: see parts/options.j2",
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
    """Write each language's incident parts that are not there yet; return those written."""
    written = []
    for lang in languages:
        for part in INCIDENT_PARTS:
            path = templates / lang / "incidents" / incident_id / f"{part}.j2"
            if path.exists():
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            body = STUBS.get(lang, STUBS["en"])[part]
            path.write_text(_HEADER.format(id=incident_id, part=part) + body + "\n", "utf-8")
            written.append(path)
    return written
