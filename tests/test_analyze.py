"""calm analyze: language, signals, suggestions; lexicon layering and validation; the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calmcli.text.analyze import detect_language
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
