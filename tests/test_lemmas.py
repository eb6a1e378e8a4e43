"""Lexicon words match their inflected forms through lemmas: the bundled words' forms ship with
calm (and are checked fresh here), a team's words are looked up once and memoised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calmcli.playbook import lemmas
from calmcli.playbook.compile_forms import compute
from calmcli.playbook.lexicons import load_lexicons
from tests.helpers import run, write_tree

STALE = "run `python -m calmcli.playbook.compile_forms` after editing a bundled lexicon"


def test_the_shipped_forms_are_those_the_lemmatisers_give_today() -> None:
    made_by, forms = compute()
    shipped = json.loads(lemmas.FORMS_FILE.read_text(encoding="utf-8"))
    assert {k: v.split()[0] for k, v in shipped["made_by"].items()} == {
        "ca": "simplemma",
        "en": "simplemma",
        "es": "simplemma",
        "pl": "morfeusz2",
    }
    for lang in forms:
        assert shipped["forms"][lang] == forms[lang], f"{lang}: {STALE} ({made_by[lang]})"
    assert set(shipped["forms"]) == set(forms), STALE


def _refuse(*args: object) -> None:
    raise AssertionError("a lemmatiser was asked about a bundled word")


def test_the_bundled_lexicons_build_without_asking_a_lemmatiser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lemmas, "lookup", _refuse)
    lexicons = load_lexicons()
    for lang, word in [("es", "memas"), ("ca", "putades"), ("en", "scammed"), ("pl", "gnido")]:
        hits = lexicons.get(lang).matcher.scan(word)
        assert any(key[0] == "words" for key in hits), (lang, word)


@pytest.mark.parametrize(
    ("text", "signal", "words"),
    [
        ("Sois unas memas.", "insult", ["memas"]),  # the lexicon says "memo", "memos"
        ("You scammed me.", "insult", ["scammed"]),  # the lexicon says "scam"
        ("Quines putades que em feu.", "profanity", ["putades"]),  # the lexicon says "putada"
        ("Ty gnido", "insult", ["gnido"]),  # the lexicon says "gnida"
    ],
)
def test_a_word_is_found_in_a_form_the_lexicon_does_not_list(
    text: str, signal: str, words: list[str]
) -> None:
    data = json.loads(run("analyze", "--json", "-", input=text).stdout)
    assert {s["id"]: s["words"] for s in data["signals"]}.get(signal) == words


def test_a_team_word_is_looked_up_once_and_only_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str, list[str]]] = []
    real = lemmas.lookup

    def spy(name: str, lang: str, words: list[str]) -> lemmas.Forms:
        asked.append((name, lang, words))
        return real(name, lang, words)

    monkeypatch.setattr(lemmas, "lookup", spy)
    team = write_tree(tmp_path / "team", {"lexicons/es.yaml": "words:\n  insult: [mamarracho]\n"})
    args = ("analyze", "--json", "--lang", "es", "--playbooks", str(team), "-")
    data = json.loads(run(*args, input="Sois unos mamarrachos.").stdout)
    assert data["signals"][0] == {"id": "insult", "words": ["mamarrachos"]}
    assert asked == [("simplemma", "es", ["mamarracho"])]
    (team / "lexicons" / "es.yaml").write_text("words:\n  insult: [mamarracho, zoquete]\n")
    data = json.loads(run(*args, input="Qué zoquetes sois.").stdout)
    assert data["signals"][0] == {"id": "insult", "words": ["zoquetes"]}
    assert asked[1:] == [("simplemma", "es", ["zoquete"])]  # mamarracho was memoised


def test_without_a_lemmatiser_a_team_word_matches_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lemmas, "backend", lambda lang: None)
    team = write_tree(tmp_path / "team", {"lexicons/es.yaml": "words:\n  insult: [mamarracho]\n"})
    args = ("analyze", "--json", "--lang", "es", "--playbooks", str(team), "-")
    assert json.loads(run(*args, input="Sois unos mamarrachos.").stdout)["signals"] == []
    found = json.loads(run(*args, input="Eres un mamarracho y un mamón.").stdout)["signals"]
    assert found[0] == {"id": "insult", "words": ["mamarracho", "mamón"]}  # bundled: shipped


PRUNING = [  # (language, word, forms kept, forms pruned)
    # a lemma itself: its own forms, not a homograph's (lladre, thief; lladrar, to bark)
    ("ca", "lladre", {"lladres"}, {"lladra", "lladrar"}),
    ("ca", "factura", {"factures"}, {"facturar", "facturat", "fra", "fra."}),
    # written inflected: its gender and number variants, not the verb's other tenses
    ("es", "ladrona", {"ladron", "ladrones", "ladronas"}, set()),
    # and a plural only plurals: "conditions" are terms, a "condition" is a state
    ("es", "ladrones", {"ladronas"}, {"ladron", "ladrona"}),
    ("en", "conditions", set(), {"condition"}),
    ("es", "existencias", set(), {"existencia"}),
    ("es", "llegaría", {"llegarias"}, {"llego", "llega", "llegan", "llegarian"}),
    ("es", "salía", {"salias"}, {"salian", "salen", "salga"}),
    # a form that is a word of its own, or an abbreviation
    ("en", "late", set(), {"later", "latest"}),
    ("en", "court", {"courts"}, {"cts"}),
    # a lemma: all its forms
    ("es", "tonto", {"tonta", "tontos", "tontas"}, set()),
    ("es", "joder", {"jodido", "jode", "jodiendo"}, set()),
]


@pytest.mark.parametrize("lang", ["ca", "es", "en"])
def test_simplemma_forms_are_pruned_of_other_words(lang: str) -> None:
    cases = [case for case in PRUNING if case[0] == lang]
    found = lemmas.lookup("simplemma", lang, [word for _, word, _, _ in cases])  # one load
    for _, word, kept, pruned in cases:
        assert kept <= found[word], word
        assert not pruned & found[word], word
