"""Polish replies: the form of address, the item inside the sentence, native wording."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from calmcli.reply.pl_address import polish_address
from tests.helpers import run


def reply(*args: str) -> str:
    result = run("reply", "--lang", "pl", "--now", "2026-12-09T10:00", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("customer", "address"),
    [
        ("Anna Kowalska", "f"),
        ("Maria Magdalena Lis", "f"),
        ("Łukasz Wójcik", "m"),
        ("Jan Nowak", "m"),
        ("Kuba Mazur", "m"),
        ("Barnaba Nowak", "m"),
        ("Jerzy Lis", "m"),
        ("Beatrycze Nowak", "f"),
        ("@kasia_w", None),
        ("Alex Nowak", None),
        ("J. Nowak", None),
        (None, None),
    ],
)
def test_the_form_of_address_comes_from_a_polish_first_name(
    customer: str | None, address: str | None
) -> None:
    assert polish_address(customer) == address


KNOW_IT_ALL = ["--fault", "ours", "--channel", "chat", "--customer-type", "know-it-all"]


def test_a_named_woman_is_pani_with_agreeing_verbs() -> None:
    text = reply(*KNOW_IT_ALL, "--incident", "product-defect", "--customer", "Anna Kowalska")
    assert "Wyślemy Pani nowy egzemplarz" in text
    # a faulty item is no point she made: no 'Ma Pani całkowitą rację' (review r12 en 35)
    assert "rację" not in text and "Państw" not in text
    text = reply(*KNOW_IT_ALL, "--incident", "policy-misreading", "--customer", "Anna Kowalska")
    assert "Ma Pani całkowitą rację – dziękujemy, że zwróciła Pani na to uwagę." in text
    assert "Państw" not in text


def test_a_named_man_is_pan_and_the_address_fact_wins() -> None:
    text = reply(*KNOW_IT_ALL, "--incident", "policy-misreading", "--customer", "Łukasz Wójcik")
    assert "Ma Pan całkowitą rację" in text and "Państw" not in text
    given = reply(
        *KNOW_IT_ALL,
        "--incident",
        "policy-misreading",
        "--customer",
        "Kuba Nowak",
        "--set",
        "address=f",
    )
    assert "Ma Pani całkowitą rację" in given


def test_no_name_or_a_handle_never_guesses_a_gender() -> None:
    for who in ([], ["--customer", "@kasia_w"]):
        text = reply(*KNOW_IT_ALL, "--incident", "product-defect", *who)
        assert "Pani" not in text and "Pan " not in text


@pytest.mark.parametrize(
    ("fault", "customer_type", "incident"),
    [
        ("ours", "know-it-all", "out-of-stock"),
        ("ours", "none", "shipping-delay"),
        ("unclear", "indecisive", "policy-misreading"),
        ("troll", "rude", "other"),
        ("not-ours", "distrustful", "product-defect"),
    ],
)
def test_a_call_without_a_name_says_pan_pani_through_the_whole_script(
    fault: str, customer_type: str, incident: str
) -> None:
    """The agent hears who answers: a script for an unknown gender gives both forms, the agent
    says one; never the written, plural "Państwo" next to them (review: mixed in one call)."""
    situation = ["--fault", fault, "--customer-type", customer_type, "--incident", incident]
    call = reply("--channel", "phone", *situation)
    assert "Państw" not in call and " / " not in call
    assert "Pan/Pani" in call or "Pana/Pani" in call or "Panu/Pani" in call
    # the matter as it is said, not the office 'zgłoszenia dotyczącego…' (review r12)
    assert "Dzwonię w sprawie " in call and "dotycząc" not in call
    letter = reply("--channel", "email", *situation)
    assert "/Pani" not in letter and "/Panią" not in letter


def test_the_agents_cause_is_addressed_as_the_reply_addresses_the_customer() -> None:
    """An agent's cause written to 'Państwo' is said to a Pani as Pani (review: not adapted)."""
    situation = ["--fault", "not-ours", "--incident", "billing", "--order", "A-7"]
    # (not a hold: a hold is said as the pre-authorisation it is, not in the agent's words)
    cause = "cause=Państwa bank doliczył prowizję, bo płacili Państwo kartą w innej walucie"
    letter = reply("--channel", "email", *situation, "--customer", "Anna Nowak", "--set", cause)
    assert "Pani bank doliczył prowizję, bo płaciła Pani kartą" in letter
    assert "Państw" not in letter
    call = reply("--channel", "phone", *situation, "--set", cause)
    assert "Pana/Pani bank" in call and "Państw" not in call
    plain = reply("--channel", "email", *situation, "--set", cause)
    assert "Państwa bank doliczył prowizję, bo płacili Państwo" in plain


@pytest.mark.parametrize(
    ("facts", "said"),
    [
        (["amount=171.50 PLN"], "pobraliśmy 171,50\u00a0zł, czyli więcej, niż powinniśmy"),
        (["overcharge=20 PLN"], "pobraliśmy o 20,00\u00a0zł za dużo – zwrócimy tę kwotę"),
        (
            ["amount=171.50 PLN", "overcharge=20 PLN"],
            "pobraliśmy 171,50\u00a0zł, czyli o 20,00\u00a0zł za dużo – zwrócimy tę różnicę",
        ),
    ],
)
def test_our_billing_mistake_says_the_charge_and_the_overcharge(
    facts: list[str], said: str
) -> None:
    sets = [arg for fact in facts for arg in ("--set", fact)]
    # the private half of a public answer has no acknowledgement: the resolve names the charge
    # (an email names it once, in its acknowledgement: test_plan, named once)
    text = reply(
        "--fault", "ours", "--channel", "social-public", "--only", "private",
        "--incident", "billing", "--order", "A-7", *sets,
    )  # fmt: skip
    assert said in text and "nadpłatę z płatności" not in text


def test_the_item_is_part_of_the_sentence_never_a_bracketed_label() -> None:
    base = ["--fault", "not-ours", "--channel", "chat", "--customer-type", "indecisive"]
    stock = reply(
        *base,
        "--incident",
        "out-of-stock",
        "--customer",
        "Łukasz Wójcik",
        "--set",
        "item=buty Trail 40",
    )
    # review pl-2 pattern 4: no dash slot; the item is the subject and the verb agrees with it
    assert "Przykro nam, że buty Trail 40 z Pana zamówienia wyprzedały się, zanim" in stock
    assert "– buty Trail 40 –" not in stock
    assert "(buty Trail 40)" not in stock
    bare = reply(*base, "--incident", "out-of-stock", "--customer", "Anna Kowalska")
    assert "Przykro nam, że produkt z Pani zamówienia wyprzedał się, zanim" in bare
    defect = reply(*base, "--incident", "product-defect", "--set", "item=buty Trail 40")
    # review pl-5 R24/R44: a problem the customer reports, not a defect we admit
    assert "buty Trail 40 sprawiają Państwu kłopot" in defect
    lamp = reply(*base, "--incident", "damaged-item", "--set", "item=lampa stojąca Nordik")
    # not ours: the damage, never 'it arrived damaged' (round 12, pl P1)
    assert "lampa stojąca Nordik jest uszkodzona" in lamp and "dotarła" not in lamp
    assert "nie działa" not in defect.split("\n")[0]


def test_options_ask_the_customer_to_choose_and_refund_is_zwracamy() -> None:
    text = reply(
        "--fault",
        "not-ours",
        "--channel",
        "email",
        "--customer-type",
        "indecisive",
        "--incident",
        "out-of-stock",
        "--customer",
        "Anna Kowalska",
        "--set",
        "alternative=lampa Nordik 2",  # a similar item only when the agent names one
    )
    assert "Mamy dla Pani dwie możliwości:" in text
    assert "lampa Nordik 2" in text
    assert "Najszybsza będzie opcja nr" in text
    assert text.count("Prosimy dać znać") == 1  # said once, by the next contact
    assert "zwracamy całą kwotę" in text and "oddajemy" not in text


def test_the_phone_script_opens_once_with_the_agent_and_the_matter() -> None:
    text = reply(
        "--fault",
        "ours",
        "--channel",
        "phone",
        "--customer-type",
        "know-it-all",
        "--incident",
        "billing",
        "--customer",
        "Maria Magdalena Lis",
        "--agent",
        "Anna Nowak",
    )
    first = text.splitlines()[0]
    assert first == (
        "- Dzień dobry, mówi Anna Nowak z obsługi klienta. Dzwonię w "
        "sprawie płatności za Pani zamówienie."
    )
    assert text.count("Dzwonię") == 1 and "(" not in text


def test_calques_are_gone_from_dm_and_ours_replies() -> None:
    dm = reply(
        "--fault",
        "ours",
        "--channel",
        "social-public",
        "--customer-type",
        "rude",
        "--incident",
        "other",
        "--customer",
        "Anna Kowalska",
        "--order",
        "A-1",
    )
    # neither the calque nor the letter's 'w nawiązaniu do' (stiff in a DM, review stop 23)
    assert "Kontynuujemy tutaj" not in dm and "w nawiązaniu do" not in dm
    assert "Odzywamy się prywatnie w sprawie Pani komentarza." in dm
    assert "Napisaliśmy do Pani prywatną wiadomość – tam omówimy szczegóły." in dm
    assert "(zamówienie nr" not in dm
    ours = reply(
        "--fault",
        "ours",
        "--channel",
        "email",
        "--customer-type",
        "know-it-all",
        "--incident",
        "product-defect",
        "--customer",
        "Jan Nowak",
    )
    assert "możliwość naprawienia" not in ours
    unclear = reply(
        "--fault",
        "unclear",
        "--channel",
        "email",
        "--customer-type",
        "none",
        "--incident",
        "other",
        "--order",
        "A-7",
    )
    assert "Sprawdzamy zamówienie nr A-7." in unclear  # review pl-2 R13: not the empty "już teraz"
    assert "grudnia, i przekażemy wszystko, czego się do tego czasu dowiemy" in unclear


def test_review_calques_s7_s8_s9_and_the_gesture_read_natively() -> None:
    unclear = reply(
        "--fault",
        "unclear",
        "--channel",
        "email",
        "--customer-type",
        "know-it-all",
        "--incident",
        "product-defect",
        "--customer",
        "Jan Nowak",
        "--order",  # with no order we ask for it, a description and photos first
        "A-7",
    )
    # review pl-2 pattern 5: what we check is said once, by the resolve move
    assert "Jeszcze nie wiemy" not in unclear and unclear.count("Sprawdzamy") <= 1
    # what we check, as in every language (it asked for photos the plan did not wait for,
    # after thanking for the details)
    assert "zespół techniczny" not in unclear and "na czym polega usterka" in unclear
    assert "bardzo precyzyjne i bardzo" not in unclear
    ours = reply(
        "--fault",
        "ours",
        "--channel",
        "email",
        "--customer-type",
        "know-it-all",
        "--incident",
        "billing",
        "--customer",
        "Anna Kowalska",
        "--set",
        "compensation=discount",
    )
    # a wrong charge: right, with no thanks for 'pointing out' what she had to pay (r12 en 40)
    assert "Ma Pani całkowitą rację." in ours and "zwróciła Pani na to uwagę" not in ours
    # review pl-2 pattern 6: the code is no longer announced and never given
    assert "kod rabatowy prześlemy w osobnej wiadomości" in ours


@pytest.mark.parametrize(
    ("item", "form"),
    [
        ("ekspres do kawy Xpress", "ms"),
        ("wełniany płaszcz", "ms"),
        ("lampa stojąca Nordik", "fs"),
        ("buty Trail 40", "mp"),
        ("słuchawki bezprzewodowe", "mp"),
        ("krzesło biurowe", "ns"),
    ],
)
def test_the_polish_item_gives_its_gender_and_number(item: str, form: str) -> None:
    """No article in Polish: the head noun's ending tells (a preposed adjective is skipped)."""
    from calmcli.reply.locales import item_form

    assert item_form(item, "pl") == form


def test_the_closure_notice_closes_the_date_s_apposition_with_a_comma(tmp_path: Path) -> None:
    """'w środę, 6 stycznia, nie pracujemy': a weekday and its date are one apposition, closed
    by a comma before the verb (round-7 review pl: the second comma was missing)."""
    team = tmp_path / "team-pl"
    team.mkdir()
    (team / "settings.yaml").write_text(
        "settings:\n  calendar:\n    time_zone: Europe/Warsaw\n"
        "    hours: {mon: ['08:00-16:00'], tue: ['08:00-16:00'], wed: ['08:00-16:00'],"
        " thu: ['08:00-16:00'], fri: ['08:00-16:00']}\n    holidays: {country: PL}\n",
        encoding="utf-8",
    )
    text = run(
        "reply", "--playbooks", str(team), "--lang", "pl", "--fault", "ours", "--channel",
        "email", "--incident", "billing", "--customer", "Anna Nowak",
        "--now", "2027-01-05T15:30+01:00",
    ).stdout  # fmt: skip
    # stated plainly (not 'Informujemy, że'); the promise right after names the day we are back
    assert "W środę, 6 stycznia, nie pracujemy. Napiszemy do końca czwartku, 7 stycznia," in text


def test_the_agents_cause_is_said_inside_a_sentence_not_pasted_after_a_stock_line() -> None:
    """Round-12 review: 'Sprawdziliśmy, co się stało. Zamówienie utknęło…' is a calque that
    strings short sentences; the cause reads 'Okazało się, że …', in letters and on a call,
    its first letter lowered unless it starts a name."""
    situation = ["--fault", "not-ours", "--incident", "shipping-delay", "--order", "A-7"]
    for channel in ("email", "phone", "chat"):
        text = reply("--channel", channel, *situation, "--set",
                     "cause=Kurier nie zastał nikogo w domu i zostawił awizo")  # fmt: skip
        assert "Okazało się, że kurier nie zastał nikogo w domu" in text, text
        assert "Sprawdziliśmy, co się stało" not in text
    named = reply("--channel", "email", *situation, "--set", "cause=DPD zgubiło etykietę")
    assert "Okazało się, że DPD zgubiło etykietę." in named


@pytest.mark.parametrize(
    ("point", "said", "collect"),
    [
        ("paczkomat WAW123M, ul. Długa 5", "w paczkomacie WAW123M (ul. Długa 5)", "kod z SMS-a"),
        ("placówka pocztowa Kraków 31", "w placówce pocztowej Kraków 31", "dokument tożsamości"),
        ("punkt odbioru DPD Pickup, Łódź", "w punkcie odbioru DPD Pickup (Łódź)", "dokument"),
    ],
)  # fmt: skip
def test_a_pickup_point_is_declined_and_collected_as_it_opens(
    point: str, said: str, collect: str
) -> None:
    """Round-12 review #5, #7: 'w punkcie odbioru: placówka pocztowa Kraków 31' read as a form
    label, and 'Wystarczy ją odebrać z dokumentem tożsamości' is wrong for a parcel locker,
    which opens with a code (the planner's by_code); it is delivered to the customer's address
    instead, not 'ponowne doręczenie' (it never was)."""
    for channel in ("email", "phone"):
        text = reply("--fault", "not-ours", "--incident", "shipping-delay", "--channel", channel,
                     "--set", f"pickup_point={point}")  # fmt: skip
        assert f"czeka na Pana/Panią {said}." in text or f"czeka na Państwa {said}." in text, text
        assert "punkcie odbioru:" not in text and collect in text
        assert ("dokument" in text) == (collect != "kod z SMS-a")
        assert "o doręczenie paczki pod Pana/Pani adres" in text or "pod Państwa adres" in text
        assert "ponowne doręczenie" not in text


@pytest.mark.parametrize(("contacts", "times"), [(1, "po raz drugi"), (3, "po raz czwarty")])
def test_a_returning_customer_is_spared_the_stock_line(contacts: int, times: str) -> None:
    """Round-12 review: 'Wiemy, że to nie pierwszy kontakt w tej sprawie' states a fact and
    misses the customer; a native writes what it costs them ('musi Pan pisać do nas w tej
    sprawie już po raz czwarty'), with an apology when nothing before it says sorry."""
    from calmcli.caselog.history import CustomerHistory
    from calmcli.playbook.load import load_playbook
    from calmcli.reply.render import Renderer, ReplyRequest, template_dirs

    renderer = Renderer(load_playbook(), template_dirs(), now=datetime(2026, 12, 9, 10, 0))
    history = CustomerHistory(contacts=contacts, gestures=(), warning_level=0, cases=("C-1",))
    for channel, lead in (
        ("email", "Wiemy, że musi Pan"),  # after 'Przykro nam, że…'
        ("social-public", "Przepraszamy, że musi Pan"),  # the private half opens with it
    ):
        request = ReplyRequest("unclear", channel, incident="shipping-delay", lang="pl",
                               customer="Jan Nowak", history=history)  # fmt: skip
        text = renderer.render(request).messages[-1].text
        assert f"{lead} pisać do nas w tej sprawie już {times}." in text, text
        assert "nie pierwszy kontakt" not in text


def test_a_closed_run_is_said_from_day_to_day() -> None:
    """Round-12 review #19: 'w dniach 24–27 grudnia' is office prose, read aloud above all."""
    from calmcli.reply.when import closed_days_words

    assert closed_days_words(date(2026, 12, 24), date(2026, 12, 27), "pl") == (
        "od 24 do 27 grudnia"
    )
    assert closed_days_words(date(2026, 12, 31), date(2027, 1, 3), "pl") == (
        "od 31 grudnia do 3 stycznia"
    )


def test_the_billing_acknowledgement_and_the_refund_say_what_is_wrong() -> None:
    """Round-12 review: 'obciążenie … budzi niepokój' misses a customer who knows the charge is
    wrong, and 'Zwrócimy to, co pobraliśmy za dużo' is vague."""
    text = reply("--fault", "ours", "--incident", "billing", "--channel", "email",
                 "--customer", "Anna Nowak", "--order", "A-7")  # fmt: skip
    assert "budzi Pani wątpliwości" in text and "niepokój" not in text
    assert "Zwrócimy nadpłatę za zamówienie nr A-7" in text
    assert "to, co pobraliśmy" not in text


def test_a_restock_refers_to_the_item_just_named() -> None:
    """Round-12 review #16, #30, #32, #41: 'Niestety buty trekkingowe Trek 5… Według dostawcy
    buty trekkingowe Trek 5 będą…' names the item twice in a row, like a database field."""
    for fault in ("ours", "not-ours", "unclear"):
        facts = ["--set", "item=buty trekkingowe Trek 5", "--set", "restock_date=2026-12-15"]
        text = reply("--fault", fault, "--incident", "out-of-stock", "--channel", "email", *facts)
        assert text.count("buty trekkingowe Trek 5") == 1, text
        assert "Według dostawcy ten model będzie znów dostępny we wtorek, 15 grudnia" in text


def test_a_finding_leads_to_its_verdict_without_repeating_itself() -> None:
    """'Z naszych ustaleń wynika, że usterka wynika z…' said 'wynika' twice; after our finding
    the verdict follows from it ('więc'), and the date of the withdrawal statement is closed by
    its comma ('do soboty, 19 grudnia, dać nam znać'); the 14 days are for the statement."""
    text = reply("--fault", "not-ours", "--incident", "product-defect", "--channel", "email",
                 "--customer", "Jan Nowak", "--set", "delivery_date=2026-12-05",
                 "--set", "cause=usterka wynika z użycia niekompatybilnej ładowarki")  # fmt: skip
    assert "Według naszych ustaleń usterka wynika z użycia" in text and "wynika, że" not in text
    assert "Nie jest to więc wada produktu i nie możemy uznać reklamacji." in text
    assert "wystarczy do soboty, 19 grudnia, dać nam znać" in text
