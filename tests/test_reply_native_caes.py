"""Catalan and Spanish replies as a native reader hears them: no calques of English stock
phrases, the order reference inside the sentence, compound Catalan first names kept whole."""

from __future__ import annotations

import json

import pytest

from calmcli.reply.names import greeting_name
from tests.helpers import run


def texts(*args: str) -> list[str]:
    result = run("reply", "--json", "--no-check", *args)
    assert result.exit_code == 0, result.stderr
    return [m["text"] for m in json.loads(result.stdout)["messages"]]


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Maria Dolors Puig", "Maria Dolors"),
        ("Joan Carles Solà", "Joan Carles"),
        ("Francesc Xavier Roca", "Francesc Xavier"),
        ("Maria Mercè Vila", "Maria Mercè"),
        ("Jordi Solà", "Jordi"),
    ],
)
def test_catalan_compound_first_names_are_kept_whole(name: str, greeted: str) -> None:
    assert greeting_name(name) == greeted
    text = texts("--fault", "ours", "--channel", "email", "--lang", "ca",
                 "--incident", "damaged-item", "--customer", name)[0]  # fmt: skip
    assert text.startswith(f"Hola, {greeted}:"), text


CALQUES = {
    "ca": ("oportunitat de solucionar", "sense publicar les seves dades", "tant si tenim"),
    "es": ("oportunidad de solucionarlo", "sin publicar sus datos", "tengamos o no", "mantengamos"),
}


@pytest.mark.parametrize("lang", ["ca", "es"])
@pytest.mark.parametrize(
    ("fault", "channel", "incident", "extra"),
    [
        ("ours", "email", "damaged-item", ()),
        ("ours", "social-public", "shipping-delay", ()),
        ("unclear", "email", "billing", ()),
        ("troll", "social-public", "other", ("--set", "warning_level=1")),
    ],
)
def test_no_calqued_stock_phrases(
    lang: str, fault: str, channel: str, incident: str, extra: tuple[str, ...]
) -> None:
    for text in texts("--fault", fault, "--channel", channel, "--lang", lang,
                      "--incident", incident, "--order", "A-1042", *extra):  # fmt: skip
        for calque in CALQUES[lang]:
            assert calque not in text, text


@pytest.mark.parametrize(("lang", "word"), [("ca", "comanda"), ("es", "pedido")])
@pytest.mark.parametrize("fault", ["ours", "unclear"])
def test_the_order_reference_is_worded_inside_the_sentence(
    lang: str, word: str, fault: str
) -> None:
    text = texts("--fault", fault, "--channel", "email", "--lang", lang,
                 "--incident", "other", "--order", "A-1042")[0]  # fmt: skip
    assert "A-1042" in text
    assert f"({word} A-1042)" not in text, text
