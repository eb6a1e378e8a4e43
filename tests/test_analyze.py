"""calm analyze: language, signals, suggestions; lexicon layering and validation; the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calmcli.playbook.lexicons import Lexicons, load_lexicons
from calmcli.text.analyze import detect_language
from calmcli.text.language import clean
from tests.corpus_score import score
from tests.helpers import run, write_tree


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Encara no ha arribat la comanda.", "ca"),
        ("Todavía no ha llegado el pedido.", "es"),
        ("Sou uns lladres!", "ca"),
        ("¡Sois unos ladrones!", "es"),
        ("Gdzie jest moja paczka?", "pl"),
        ("My order never came.", "en"),
    ],
)
def test_short_catalan_and_spanish_are_told_apart(text: str, lang: str) -> None:
    assert detect_language(text, ("ca", "es", "pl", "en")).lang == lang


def _lexicons() -> Lexicons:
    from calmcli.playbook.load import load_playbook

    playbook = load_playbook()
    return load_lexicons(None, playbook.customer_types, playbook.incidents)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eres tonta o qué?", "es"),  # lingua alone: Catalan
        ("Eres un imbécil", "es"),  # lingua alone: English
        ("Ty debilu 😡 @sklepcalm", "pl"),  # lingua alone: Spanish
        ("Ty gnido", "pl"),  # the vocative of gnida
        ("ale z was zlodzieje, wstyd", "pl"),  # no diacritics
        ("Ets un imbècil", "ca"),  # lingua alone: English
        ("Quina merda", "ca"),  # lingua alone: Polish
        ("@calmshop you're useless 🙄 https://t.co/q9", "en"),
    ],
)
def test_short_insults_are_read_in_their_language(text: str, lang: str) -> None:
    guess = detect_language(text, ("ca", "es", "pl", "en"), _lexicons())
    assert (guess.lang, guess.unsure) == (lang, False)


def test_handles_urls_hashtags_placeholders_and_emojis_are_not_language() -> None:
    text = "@calmshop see https://t.co/x1 #fail {{order_id}} %{ticket.name} 😡 mail a@b.com 48213"
    assert clean(text).split() == ["see", "mail"]


def test_unsure_reads_the_customers_earlier_language_then_the_team_default() -> None:
    guess = json.loads(run("analyze", "--json", "-", input="Hola").stdout)
    assert (guess["unsure"], guess["lang"], guess["lang_source"]) == (True, "en", "team default")
    earlier = run("analyze", "--json", "--earlier-lang", "es", "-", input="Hola")
    data = json.loads(earlier.stdout)
    assert (data["unsure"], data["lang"], data["lang_source"]) == (True, "es", "earlier case")
    text = run("analyze", "-", input="@calmshop {{first_name}} 👍").stdout.splitlines()[0]
    assert text == "language: unsure (no words); read as en (team default): confirm with the agent"


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Si no me devolvéis el cargo, pediré al banco que lo anule.", ["money"]),
        ("Jak tego nie naprawicie, złożę skargę do rzecznika konsumentów.", ["authorities"]),
        ("Si no em contesteu avui, parlaré amb el meu advocat i ho penjaré a les xarxes.",
         ["legal", "reputation"]),
        ("Replace it or I'm reporting you to Trading Standards.", ["authorities"]),
        ("I'll never buy here again. Cancel my order.", None),  # intent, but no family
        ("My sister is a lawyer and she recommended your shop.", None),  # a name, no intent
        ("Mój dziadek widział policję pod waszym sklepem.", None),
    ],
)  # fmt: skip
def test_a_threat_is_a_family_name_with_intent(text: str, families: list[str] | None) -> None:
    data = json.loads(run("analyze", "--json", "-", input=text).stdout)
    threat = next((s for s in data["signals"] if s["id"] == "threat"), None)
    assert (threat["families"] if threat else None) == families


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You're such a dickhead.", {"insult": ["dickhead"]}),
        ("You are a bitch", {"insult": ["bitch"]}),  # only sometimes an insult: aimed here
        ("This video is shit. Anyway, where is my order?", {"profanity": ["shit"]}),
        ("Eres un crack, este puto pedido por fin llegó", {"profanity": ["puto"]}),  # a clause
        ("Sois unos cabrones.", {"insult": ["cabrones"]}),  # swearing aimed at us
        ("Son ustedes unas ladronas", {"insult": ["ladronas"]}),  # gender and number
        ("Ty gnido, oddaj pieniądze", {"insult": ["gnido"]}),  # a vocative
        ("Mój dziadek pyta o fakturę.", {}),  # dziadek is a grandfather
        ("Ta ładowarka to gówno.", {"profanity": ["gówno"]}),
        ("Jesteście gówno.", {"insult": ["gówno"]}),
    ],
)
def test_insult_profanity_and_their_target(text: str, expected: dict[str, list[str]]) -> None:
    data = json.loads(run("analyze", "--json", "-", input=text).stdout)
    found = {s["id"]: s["words"] for s in data["signals"] if s["id"] in ("insult", "profanity")}
    assert found == expected


def test_text_output_shows_signals_with_their_words_and_suggestions() -> None:
    text = (
        "Sou uns lladres!!! Ja us he escrit tres vegades i ningú no respon. Us denunciaré a Consum."
    )
    result = run("analyze", "-", input=text)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "language: ca (1.00)"
    assert "  insult          lladres" in lines
    assert "  repeat-contact  Ja us he escrit, tres vegades, ningú no respon" in lines
    assert "  shouting        !!!" in lines
    assert any(line.startswith("  threat          denunciaré") for line in lines)
    assert any(line.startswith("  customer type   rude (insult: lladres)") for line in lines)
    assert (
        lines[-1]
        == "  move to private yes (if this was posted in public): abuse, threats, heated tone"
    )


def test_json_and_personal_data_only_for_public_posts(tmp_path: Path) -> None:
    message = tmp_path / "m.txt"
    message.write_text(
        "Kurwa, zamówienie #558812 nie doszło. Mój mail: jan@wp.pl", encoding="utf-8"
    )
    public = json.loads(run("analyze", str(message), "--channel", "social-public", "--json").stdout)
    assert public["lang"] == "pl" and public["unsure"] is False
    signals = {s["id"]: s["words"] for s in public["signals"]}
    assert signals == {"profanity": ["Kurwa"], "personal-data": ["#558812", "jan@wp.pl"]}
    assert public["suggestions"]["move_private"]["suggested"] is True
    private = json.loads(run("analyze", str(message), "--channel", "email", "--json").stdout)
    assert "personal-data" not in {s["id"] for s in private["signals"]}
    assert private["suggestions"]["move_private"]["suggested"] is False


def test_troll_indicators() -> None:
    data = json.loads(run("analyze", "--json", input="lol worst company ever 🤡🤡").stdout)
    assert data["suggestions"]["troll"]["likely"] is True


def test_team_lexicon_extends_the_bundled_one(tmp_path: Path) -> None:
    team = write_tree(tmp_path / "team", {"lexicons/en.yaml": "words:\n  insult: [muppet*]\n"})
    data = json.loads(
        run(
            "analyze",
            "--json",
            "--lang",
            "en",
            "--playbooks",
            str(team),
            input="You muppets lost my parcel, idiots.",
        ).stdout
    )
    assert data["signals"][0] == {"id": "insult", "words": ["muppets", "idiots"]}


def test_bad_lexicon_reports_file_and_line(tmp_path: Path) -> None:
    team = write_tree(
        tmp_path / "team",
        {"lexicons/en.yaml": "words:\n  insults: [x]\ncustomer_types:\n  grumpy: [meh]\n"},
    )
    result = run("analyze", "--lang", "en", "--playbooks", str(team), input="hello")
    assert result.exit_code == 2
    path = team / "lexicons" / "en.yaml"
    assert f"{path}:2: unknown words name 'insults'" in result.stderr
    assert f"{path}:4: unknown customer_types name 'grumpy'" in result.stderr


def test_corpus_signals_and_language_within_tolerance() -> None:
    """Tolerance: language accuracy >= 0.95, micro precision and recall of signals >= 0.85."""
    report = score()
    assert report.language_accuracy >= 0.95
    precision, recall = report.signals.micro()
    assert precision >= 0.85 and recall >= 0.85


def test_repeat_contact_rules_out_the_troll_guess() -> None:
    from calmcli.text.analyze import analyze_message

    text = "Dzień dobry, to już trzeci raz piszę w tej sprawie. Jesteście beznadziejni, oszuści!"
    data = analyze_message(text).as_dict()["suggestions"]["troll"]
    assert data["indicators"] and data["likely"] is False
    assert "trzeci raz" in data["ruled_out_by"][0]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("We spoke on the phone on Tuesday.", "en", ["We spoke", "Tuesday"]),
        ("Your colleague promised me a call.", "en", ["Your colleague", "promised me"]),
        ("I sent you two emails already.", "en", ["I sent you", "two emails"]),
        ("Third time asking where my parcel is.", "en", ["Third time", "asking"]),
        ("Ya van tres veces que llamo.", "es", ["tres veces", "llamo"]),
        ("Piszę już trzeci raz w tej sprawie.", "pl", ["Piszę", "trzeci raz"]),
        ("És la tercera vegada que us escric.", "ca", ["tercera vegada", "us escric"]),
        ("Dimarts vaig trucar i ningú no em va dir res.", "ca", ["Dimarts", "vaig trucar"]),
        ("W poniedziałek dzwoniłam do was.", "pl", ["dzwoniłam do was", "poniedziałek"]),
    ],
)
def test_repeat_contact_from_past_contact_counts_and_days(
    text: str, lang: str, words: list[str]
) -> None:
    data = json.loads(run("analyze", "--json", "--lang", lang, input=text).stdout)
    found = {s["id"]: s["words"] for s in data["signals"]}
    assert sorted(found["repeat-contact"]) == sorted(words)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Me cobraron dos veces el mismo pedido.", "es"),  # a count, no contact verb
        ("Please call me on Monday.", "en"),  # a day, no contact in the past
        ("Truqueu-me dimarts al matí.", "ca"),
        ("Kurwa, znowu to samo.", "pl"),
        ("La lámpara ha llegado rota otra vez.", "es"),
    ],
)
def test_a_count_or_a_day_alone_is_no_repeat_contact(text: str, lang: str) -> None:
    data = json.loads(run("analyze", "--json", "--lang", lang, input=text).stdout)
    assert "repeat-contact" not in {s["id"] for s in data["signals"]}


def test_json_carries_the_incident_with_its_reasons_and_the_facts() -> None:
    text = (
        "Bon dia, la comanda 40217 havia d'arribar dijous i encara no ha arribat. Si no em "
        "torneu els 59,90 € abans de divendres, obriré una disputa amb el banc. Gràcies, Jordi Puig"
    )
    data = json.loads(run("analyze", "--json", input=text).stdout)
    assert data["suggestions"]["incident"] == {
        "id": "shipping-delay",
        "reasons": ["says \"havia d'arribar\", 'encara no'"],
    }
    assert data["facts"] == {
        "order": "40217",
        "amount": "59.90 EUR",
        "amount_text": "59,90 €",
        "deadline": "abans de divendres",
        "name": "Jordi Puig",
    }


@pytest.mark.parametrize(
    ("text", "incident"),
    [
        ("The mug arrived smashed.", "damaged-item"),
        ("La freidora no enciende desde el primer día.", "product-defect"),
        ("Kiedy będzie znowu dostępna ta kurtka?", "out-of-stock"),
        ("M'heu cobrat dues vegades la mateixa factura.", "billing"),
        ("I thought returns were free, your site said so.", "policy-misreading"),
        ("Sois unos ladrones.", "other"),
        ("Lo necesito antes del jueves sin falta.", "shipping-delay"),  # the deadline alone
    ],
)
def test_the_incident_is_suggested_from_the_message(text: str, incident: str) -> None:
    data = json.loads(run("analyze", "--json", input=text).stdout)
    assert data["suggestions"]["incident"]["id"] == incident


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("If the $89.99 isn't back by Friday I'll dispute it.", ("89.99 USD", "by Friday", None)),
        (
            "Reembolso de $1,250 MXN para el sábado. Saludos, María del Carmen Ruiz",
            ("1250 MXN", "para el sábado", "María del Carmen Ruiz"),
        ),
        ("Zwróćcie 249 zł do piątku. Pozdrawiam, Tomasz", ("249 PLN", "do piątku", "Tomasz")),
        ("Me cobraron dos veces. Nada.", (None, None, None)),  # a closing word is no name
        ("Call me on Monday please.", (None, None, None)),  # a day is no deadline without "by"
    ],
)
def test_amount_deadline_and_signature(text: str, facts: tuple[str | None, ...]) -> None:
    data = json.loads(run("analyze", "--json", input=text).stdout)["facts"]
    assert (data["amount"], data["deadline"], data["name"]) == facts
