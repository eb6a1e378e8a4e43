"""Polish replies: the form of address, the item inside the sentence, native wording."""

from __future__ import annotations

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
    assert "Ma Pani całkowitą rację" in text and "po Pani stronie" in text
    assert "Państw" not in text


def test_a_named_man_is_pan_and_the_address_fact_wins() -> None:
    text = reply(*KNOW_IT_ALL, "--incident", "product-defect", "--customer", "Łukasz Wójcik")
    assert "Ma Pan całkowitą rację" in text and "Państw" not in text
    given = reply(
        *KNOW_IT_ALL,
        "--incident",
        "product-defect",
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
