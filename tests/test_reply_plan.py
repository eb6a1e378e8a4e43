"""The planned reply as a customer and a team lead see it: --json carries each message's plan,
--explain prints it, chat is short turns, the cause stays private, no ISO date in the text."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import pytest

from calmcli.reply.locales import day_words, formal_possessives
from tests.helpers import run

PLANNED = ("ca", "es", "pl", "en")
CAUSE = "el repartidor dejó el aviso en el buzón equivocado"


def reply_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = run("reply", "--json", "--no-check", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", PLANNED)
def test_json_carries_each_message_plan(lang: str) -> None:
    data = reply_json("--fault", "ours", "--channel", "social-public", "--lang", lang,
                      "--incident", "damaged-item", "--customer", "@ana")  # fmt: skip
    public, private = data["messages"]
    assert [m["move"] for m in public["plan"]][0] == "greet"
    assert "handover" in [m["move"] for m in public["plan"]]
    for move in private["plan"]:
        assert set(move) == {"move", "variant", "because"} and move["because"]
    assert public["register"] == "public" and private["register"] == "dm"


@pytest.mark.parametrize("lang", PLANNED)
def test_explain_prints_every_move_next_to_its_words(lang: str) -> None:
    result = run("reply", "--fault", "unclear", "--channel", "email", "--lang", lang,
                 "--incident", "billing", "--explain", "--no-check")  # fmt: skip
    assert result.exit_code == 0, result.stderr
    plan = reply_json("--fault", "unclear", "--channel", "email", "--lang", lang,
                      "--incident", "billing")["messages"][0]["plan"]  # fmt: skip
    for move in plan:
        assert f"[{move['move']}/{move['variant']}] {move['because']}" in result.stdout


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("ctype", ["none", "indecisive", "impulsive", "talkative"])
def test_chat_is_short_turns_each_its_own_message(lang: str, ctype: str) -> None:
    data = reply_json("--fault", "ours", "--channel", "chat", "--lang", lang,
                      "--incident", "out-of-stock", "--customer-type", ctype,
                      "--customer", "María José Fernández", "--agent", "Lucía",
                      "--order", "A-1042", "--set", "restock_date=2027-01-12")  # fmt: skip
    message = data["messages"][0]
    assert len(message["turns"]) >= 2
    assert all(len(turn) <= 320 for turn in message["turns"]), message["turns"]
    assert message["text"] == "\n\n".join(message["turns"])
    assert {m["turn"] for m in message["plan"]} == set(range(1, len(message["turns"]) + 1))


@pytest.mark.parametrize("lang", PLANNED)
def test_the_cause_never_reaches_the_public_post(lang: str) -> None:
    data = reply_json("--fault", "not-ours", "--channel", "social-public", "--lang", lang,
                      "--incident", "shipping-delay", "--order", "A-1042",
                      "--set", f"cause={CAUSE}", "--set", "amount=12 EUR")  # fmt: skip
    public, private = data["messages"]
    assert CAUSE not in public["text"] and "A-1042" not in public["text"]
    assert CAUSE[1:] in private["text"]


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("channel", ["email", "chat", "phone", "social-public"])
def test_no_iso_date_and_the_promised_moment_is_follow_up_due(lang: str, channel: str) -> None:
    data = reply_json("--fault", "unclear", "--channel", channel, "--lang", lang,
                      "--incident", "shipping-delay", "--customer-type", "meticulous",
                      "--set", "delivery_date=2026-12-04",
                      "--now", "2026-12-01T09:20:00+00:00")  # fmt: skip
    text = "\n".join(m["text"] for m in data["messages"])
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    due = datetime.fromisoformat(data["follow_up"]["due"])
    month = day_words(lang).months[due.month - 1]
    if channel != "social-public":  # a public post promises nothing with a date
        # the day the reply promises is the follow-up's
        assert re.search(rf"\b{due.day}\b.{{0,4}}{month}", text), text


def test_the_restock_date_is_the_follow_up() -> None:
    data = reply_json("--fault", "ours", "--channel", "email", "--lang", "es",
                      "--incident", "out-of-stock", "--set", "restock_date=12/01/2027")  # fmt: skip
    assert data["follow_up"]["due"].startswith("2027-01-12")
    assert "12 de enero" in data["messages"][0]["text"]


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("kind", ["update", "satisfaction"])
def test_follow_up_messages_have_their_own_plans(lang: str, kind: str) -> None:
    for channel in ("email", "phone", "chat"):
        data = reply_json("--fault", "unclear", "--channel", channel, "--lang", lang,
                          "--incident", "billing", "--kind", kind, "--order", "A-1042")  # fmt: skip
        (message,) = data["messages"]
        moves = [m["move"] for m in message["plan"]]
        assert kind in moves and "resolve" not in moves and "acknowledge" not in moves
        if kind == "update":  # it says when we write again: the follow-up's day
            due = datetime.fromisoformat(data["follow_up"]["due"])
            assert str(due.day) in message["text"]


def test_an_unknown_kind_is_a_usage_error() -> None:
    result = run("reply", "--fault", "ours", "--channel", "email", "--kind", "reminder")
    assert result.exit_code == 2 and "valid: reply, update, satisfaction" in result.stderr


@pytest.mark.parametrize(
    ("lang", "fault", "channel", "draft", "rule"),
    [
        ("es", "not-ours", "email", "El error ha sido nuestro. Le escribimos el jueves.",
         "plan-not-ours-concedes"),
        ("ca", "ours", "chat", "Si hi ha algun error, el corregirem dijous.", "plan-ours-hedge"),
        ("pl", "troll", "chat", "Dziękujemy za cierpliwość. Odpowiemy w czwartek.",
         "plan-troll-thanks-or-menu"),
        ("en", "unclear", "email", "You can also write to us by email on Monday.",
         "plan-email-inside-email"),
    ],
)  # fmt: skip
def test_calm_check_flags_a_contradiction_the_planner_rules_out(
    lang: str, fault: str, channel: str, draft: str, rule: str
) -> None:
    result = run("check", "-", "--fault", fault, "--channel", channel, "--lang", lang,
                 "--json", input=draft)  # fmt: skip
    assert rule in {f["rule"] for f in json.loads(result.stdout)["findings"]}, result.stdout


BANK_HOLD = {
    "en": "your bank put a temporary hold on the amount",
    "es": "su banco retuvo el importe de forma temporal",
    "ca": "el vostre banc va retenir l'import de manera temporal",
    "pl": "Pani bank tymczasowo zablokował kwotę",
}


@pytest.mark.parametrize("lang", PLANNED)
def test_a_cause_of_another_incident_is_left_out_and_the_agent_told(lang: str) -> None:
    args = ("--fault", "not-ours", "--channel", "email", "--lang", lang,
            "--set", f"cause={BANK_HOLD[lang]}")  # fmt: skip
    result = run("reply", "--no-check", *args, "--incident", "product-defect")
    assert result.exit_code == 0, result.stderr
    assert BANK_HOLD[lang][3:] not in result.stdout.replace("’", "'")
    assert "--set cause left out: it speaks of billing, not of product-defect" in result.stderr
    data = reply_json(*args, "--incident", "billing")
    text = data["messages"][0]["text"].replace("’", "'")
    # a hold is said as the pre-authorisation it is, released by the bank (no time of ours),
    # never the agent's words ('is released in a few days', round-12 reviews)
    assert PRE_AUTHORISATION[lang] in text
    assert BANK_HOLD[lang][3:] not in text and "vostre" not in text
    plan = data["messages"][0]["plan"]
    assert [m["variant"] for m in plan if m["move"] == "resolve"] == ["billing_not_ours_explained"]
    assert [m["variant"] for m in plan if m["move"] == "explain"] == ["hold"]


# The agent's cause, quoted in a letter, takes its formal address ('el vostre' -> 'el seu').
OWN_WORDS = {
    "en": "your account was closed at your request in November",
    "es": "vuestra cuenta se cerró a petición vuestra en noviembre",
    "ca": "el vostre compte es va tancar a petició vostra al novembre",
    "pl": "konto zostało zamknięte na Pani prośbę w listopadzie",
}
PRE_AUTHORISATION = {
    "en": "What you're seeing is a temporary hold (a pre-authorisation) on your card. It's",
    "es": "una retención temporal (una preautorización) en su tarjeta. Se libera",
    "ca": "una retenció temporal (una preautorització) a la seva targeta. S",
    "pl": "tymczasowa blokada środków (preautoryzacja) na karcie",
}


@pytest.mark.parametrize("lang", PLANNED)
def test_the_agents_cause_takes_the_letters_formal_address(lang: str) -> None:
    data = reply_json("--fault", "not-ours", "--channel", "email", "--lang", lang,
                      "--incident", "other", "--set", f"cause={OWN_WORDS[lang]}")  # fmt: skip
    text = data["messages"][0]["text"].replace("’", "'")
    assert formal_possessives(OWN_WORDS[lang], lang)[4:] in text
    assert "vostre" not in text and "vuestra" not in text


OPENERS = {
    "en": ("Thanks for your post. We're picking this up here", "We're writing to you here"),
    "es": ("Le escribimos por aquí a raíz de su publicación.",) * 2,
    "ca": ("Li escrivim per aquí arran de la seva publicació.",) * 2,
    "pl": ("Odzywamy się prywatnie",) * 2,
}


@pytest.mark.parametrize("lang", PLANNED)
def test_the_private_half_of_a_public_post_opens_naturally(lang: str) -> None:
    """Review r12: 'We're following up here on your post.', 'Seguimos por aquí con lo que nos
    comenta en su publicación.' (a calque) opened every DM; a troll is not thanked; the Spanish
    public post to a troll no longer echoes 'le ayudamos con gusto … para ayudarle'."""
    for fault, opener in zip(("unclear", "troll"), OPENERS[lang], strict=True):
        data = reply_json("--fault", fault, "--channel", "social-public", "--lang", lang,
                          "--incident", "billing", "--order", "A-7")  # fmt: skip
        public, private = data["messages"]
        assert opener in private["text"], private["text"]
        assert "following up here" not in private["text"]
        assert "Seguimos por aquí" not in private["text"]
        if lang == "es":
            assert public["text"].count("ayud") <= 1, public["text"]
        if lang == "en" and fault == "troll":
            assert "Thanks" not in private["text"]


# --- what we offer and promise (round-12 reviews: the remedy must fit the cause and facts) ---

CORRECTED_INVOICE = {
    "en": "corrected invoice",
    "es": "factura corregida",
    "ca": "factura corregida",
    "pl": "fakturę korygującą",
}
TWICE = {
    "en": "the payment gateway charged the order twice",
    "es": "la pasarela de pago cobró el pedido dos veces",
    "ca": "la passarel·la de pagament va cobrar la comanda dues vegades",
    "pl": "bramka płatności pobrała opłatę za zamówienie dwa razy",
}


def _variants(data: dict, move: str) -> list[str]:  # type: ignore[type-arg]
    return [m["variant"] for msg in data["messages"] for m in msg["plan"] if m["move"] == move]


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("channel", ["email", "phone", "chat"])
def test_a_double_charge_is_refunded_in_full_with_no_corrected_invoice(
    lang: str, channel: str
) -> None:
    """Charged twice (the cause says so, or the overcharge is the whole amount): the duplicate
    is refunded in full and the invoice was right; a part overcharged gets a corrected one."""
    base = ("--fault", "ours", "--channel", channel, "--lang", lang, "--incident", "billing",
            "--order", "A-7")  # fmt: skip
    for facts in (
        ("--set", f"cause={TWICE[lang]}"),
        ("--set", "amount=49.90 EUR", "--set", "overcharge=49.90 EUR"),
    ):
        data = reply_json(*base, *facts)
        assert [v.removesuffix("_spoken") for v in _variants(data, "resolve")] == [
            "billing_ours_double"
        ]
        assert CORRECTED_INVOICE[lang] not in data["messages"][0]["text"]
    part = reply_json(*base, "--set", "amount=49.90 EUR", "--set", "overcharge=9.90 EUR")
    assert CORRECTED_INVOICE[lang] in part["messages"][0]["text"]


HONOURED = {
    "en": "We'll accept your return, as you expected, and refund you in full",
    "es": "Le aceptamos la devolución, como esperaba, y le reembolsamos todo el importe",
    "ca": "Li acceptem la devolució, com esperava, i li reemborsem tot l'import",
    "pl": "Przyjmiemy zwrot zgodnie z tymi warunkami i oddamy całą kwotę",
}
QUICKEST = {"en": "quickest", "es": "más rápida", "ca": "més ràpida", "pl": "Najszybsz"}


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("ctype", ["indecisive", "impulsive"])
def test_wrong_terms_of_ours_honour_the_return_not_the_quickest_store_credit(
    lang: str, ctype: str
) -> None:
    data = reply_json("--fault", "ours", "--channel", "email", "--lang", lang, "--order", "A-7",
                      "--incident", "policy-misreading", "--customer-type", ctype)  # fmt: skip
    text = data["messages"][0]["text"].replace("’", "'")
    assert _variants(data, "options") == ["honour"]
    assert HONOURED[lang] in text and QUICKEST[lang] not in text, text


SIMILAR = {
    "en": "similar item",
    "es": "artículo similar",
    "ca": "article semblant",
    "pl": "podobny produkt",
}


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("channel", ["email", "phone"])
def test_a_similar_item_is_offered_only_when_the_agent_names_one(lang: str, channel: str) -> None:
    base = ("--fault", "unclear", "--channel", channel, "--lang", lang, "--order", "A-7",
            "--incident", "out-of-stock", "--customer-type", "indecisive",
            "--set", "restock_date=2027-03-01")  # fmt: skip
    bare = reply_json(*base)
    assert SIMILAR[lang] not in bare["messages"][0]["text"]
    for options in bare["messages"][0]["plan"]:
        assert "alternative" not in options["variant"]
    named = reply_json(*base, "--set", "alternative=Xpress 2")
    assert "Xpress 2" in named["messages"][0]["text"]


NO_COST = {
    "en": "no cost",
    "es": "sin ningún coste",
    "ca": "sense cap cost",
    "pl": "na nasz koszt",
}


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("channel", ["email", "chat", "social-private"])
def test_our_mistake_not_yet_heard_is_put_right_once_known_no_blank_cheque(
    lang: str, channel: str
) -> None:
    data = reply_json("--fault", "ours", "--channel", channel, "--lang", lang,
                      "--incident", "other", "--order", "A-7")  # fmt: skip
    text = data["messages"][0]["text"]
    assert _variants(data, "resolve") == ["other_ours"]
    assert NO_COST[lang] not in text, text


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("channel", ["email", "chat", "phone"])
def test_a_charge_is_not_called_correct_with_nothing_to_check(lang: str, channel: str) -> None:
    """Not ours, no order, amount or cause: we ask for them (a step pending on the customer);
    with the order, we checked it."""
    base = ("--fault", "not-ours", "--channel", channel, "--lang", lang, "--incident", "billing")
    asked = reply_json(*base)
    assert [v.removesuffix("_spoken") for v in _variants(asked, "resolve")] == [
        "billing_not_ours_ask"
    ]
    assert any(v.startswith("awaiting") for v in _variants(asked, "next_contact"))
    checked = reply_json(*base, "--order", "A-7")
    assert [v.removesuffix("_spoken") for v in _variants(checked, "resolve")] == [
        "billing_not_ours"
    ]


MANUFACTURING = {
    "en": "manufacturing fault",
    "es": "defecto de fabricación",
    "ca": "de fabricació",
    "pl": "wada fabryczna",
}


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize("channel", ["email", "chat", "social-public"])
def test_an_unclear_fault_with_no_order_asks_before_any_diagnosis(lang: str, channel: str) -> None:
    """No order, no details: no 'we'll check whether it's a manufacturing fault' from a desk;
    we ask for the order, a description and photos, and act once they come (pl r12 #18)."""
    base = ("--fault", "unclear", "--channel", channel, "--lang", lang,
            "--incident", "product-defect", "--now", "2026-12-09T11:00+01:00")  # fmt: skip
    asked = reply_json(*base)
    assert _variants(asked, "resolve") == ["product_defect_unclear_ask"]
    assert any(v.startswith("awaiting") for v in _variants(asked, "next_contact"))
    assert MANUFACTURING[lang] not in asked["messages"][-1]["text"]
    checked = reply_json(*base, "--order", "A-7")
    assert _variants(checked, "resolve") == ["product_defect_unclear"]


WRITTEN_ON_A_CALL = {
    "en": ("let us know", "get in touch", '"'),
    "es": ("díganoslo", "escríbanos", "«"),
    "ca": ("digui’ns-ho", "escrigui’ns", "«"),
    "pl": ("prosimy dać znać", "proszę do nas napisać", "„"),
}


@pytest.mark.parametrize("lang", PLANNED)
@pytest.mark.parametrize(
    ("fault", "incident", "facts"),
    [
        ("ours", "out-of-stock", ["restock_date=2027-01-20"]),
        ("not-ours", "out-of-stock", []),
        ("not-ours", "policy-misreading", ["policy_quote=Returns within 30 days."]),
        ("not-ours", "billing", ["amount=49.90 EUR"]),
    ],
)
def test_a_call_says_nothing_written(
    lang: str, fault: str, incident: str, facts: list[str]
) -> None:
    """Round-12 review (en #16, es #22, pl #43, es #19): 'just let us know', 'díganoslo',
    'prosimy dać znać', 'escríbanos' said to a caller on the line, and a policy read out in
    quotation marks: a call offers, asks and paraphrases there and then."""
    sets = [a for f in facts for a in ("--set", f)]
    data = reply_json("--fault", fault, "--channel", "phone", "--lang", lang,
                      "--incident", incident, "--order", "A-7", *sets,
                      "--now", "2026-12-15T10:00:00+01:00")  # fmt: skip
    text = data["messages"][0]["text"].lower()
    for phrase in WRITTEN_ON_A_CALL[lang]:
        assert phrase not in text, (phrase, text)
    assert text.count("a-7") <= 1, text


@pytest.mark.parametrize("lang", PLANNED)
def test_a_chat_without_an_agent_greets_as_the_team(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round-12 review (en #41, #44): 'Hi Jane.' then straight to the matter reads curt; a
    chat with no agent greets as the team does ('Hi Jane, this is Oleoshop Customer Care.')."""
    monkeypatch.delenv("CALM_AGENT", raising=False)
    data = reply_json("--fault", "unclear", "--channel", "chat", "--lang", lang,
                      "--incident", "damaged-item", "--customer", "Jane Smith",
                      "--playbooks", "bench/review_teams/" + lang)  # fmt: skip
    text = data["messages"][0]["text"]
    first = {
        "en": "Hi Jane, this is Oleoshop Customer Care.",
        "es": "Hola, Jane. Le atiende el equipo de Atención al cliente.",
        "ca": "Hola, Jane. Li escriu l’equip d’Atenció al client.",
        "pl": "Dzień dobry, tu Obsługa Klienta Oleoshop.",
    }
    assert text.startswith(first[lang]), text


# How many times a returning customer has written, this message included: N earlier contacts
# are N + 1 messages (round-13/14 reviews ca, es: 'dues vegades' after two earlier contacts
# undercounts by one; Polish already said 'po raz trzeci').
WRITTEN_TIMES = {
    (1, "en"): "twice",
    (3, "en"): "four times",
    (1, "es"): "dos veces",
    (3, "es"): "cuatro veces",
    (1, "ca"): "dues vegades",
    (3, "ca"): "quatre vegades",
    (1, "pl"): "po raz drugi",
    (3, "pl"): "po raz czwarty",
}


@pytest.mark.parametrize(("contacts", "lang"), list(WRITTEN_TIMES))
def test_a_returning_customer_is_told_how_often_they_wrote_this_time_included(
    bundled_renderer: Any, contacts: int, lang: str
) -> None:
    from calmcli.caselog.history import CustomerHistory
    from calmcli.reply.render import ReplyRequest

    reply = bundled_renderer.render(
        ReplyRequest(
            "unclear",
            "email",
            incident="shipping-delay",
            lang=lang,
            history=CustomerHistory(contacts=contacts),
        )
    )
    text = reply.messages[0].text
    assert WRITTEN_TIMES[(contacts, lang)] in text, text
