"""The name a reply greets by: every word before the surname, in every language; a compound
first name is never cut, in a list of ours or not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calmcli.reply.names import _SURNAMES, fold, greeting_name


@pytest.mark.parametrize(
    ("lang", "name", "greeted"),
    [
        ("es", "Ana Belén Torres", "Ana Belén"),
        ("es", "Juan Carlos Pérez García", "Juan Carlos"),
        ("es", "Juan Pérez García", "Juan"),
        ("es", "Lucía Gil Torres", "Lucía"),
        ("es", "María del Carmen Ruiz", "María del Carmen"),
        ("ca", "Pau Ferrer i Roca", "Pau"),
        ("ca", "Anna Maria Serra", "Anna Maria"),
        ("ca", "Joan Carles Riera", "Joan Carles"),
        ("pl", "Maria Magdalena Lis", "Maria Magdalena"),
        ("pl", "Łukasz Wójcik", "Łukasz"),
        ("en", "Mary Ellen Brooks", "Mary Ellen"),
        ("en", "Emma Louise Hughes", "Emma Louise"),
        ("en", "James O'Connor", "James"),
        ("en", "Sarah van der Berg", "Sarah"),
        ("en", "@tom_rants", "@tom_rants"),  # whole: the planner decides where a handle stands
    ],
)
def test_greeting_name(lang: str, name: str, greeted: str) -> None:
    assert greeting_name(name, lang) == greeted


# Made-up second given names (in no list of ours, never a surname we know).
GIVEN = st.sampled_from(["Ana", "Mary", "Jan", "Núria", "Zofia", "Kylie", "Oriol", "Bea"])
NEW_GIVEN = (
    st.text(alphabet="aeioulmnr", min_size=3, max_size=7)
    .map(str.capitalize)
    .filter(lambda w: fold(w) not in _SURNAMES)  # "Marin" is a surname we know
)
SURNAME = st.sampled_from(["Brooks", "Kowalska", "Torres", "Puig", "Hughes", "Lis"])


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["es", "ca", "pl", "en"]), GIVEN, NEW_GIVEN, SURNAME)
def test_a_compound_first_name_is_never_cut(
    lang: str, first: str, second: str, surname: str
) -> None:
    """Two given names and one surname: greeted by both given names, whatever they are."""
    assert greeting_name(f"{first} {second} {surname}", lang) == f"{first} {second}"
    assert greeting_name(f"{first} {surname}", lang) == first


def test_a_catalan_call_asks_for_the_name_the_agent_gives_without_cutting_words() -> None:
    """greet_as a short form that is a prefix of the given name ('Montse' for 'Montserrat'):
    'la Montse', never 'la Montse rrat Pujol' (round-11 review, ca must-fix)."""
    from calmcli.reply.names import catalan_spoken_name

    assert catalan_spoken_name("Montserrat Pujol", "Montse", None) == "la Montse"
    assert catalan_spoken_name("Jordi Solà", None, None) == "en Jordi Solà"
    assert catalan_spoken_name("Maria Dolors Puig", "Maria Dolors", None) == "la Maria Dolors Puig"


@pytest.mark.parametrize(
    ("agent", "said"),
    [
        ("Laia", "la Laia"),
        ("Marc", "en Marc"),
        ("Anna", "l’Anna"),
        ("Oriol", "l’Oriol"),
        ("Isabel", "la Isabel"),
        ("Imma", "l’Imma"),
        ("Montse Vila", "la Montse Vila"),
        ("@suport", "@suport"),
    ],
)
def test_a_catalan_agent_is_named_with_the_personal_article(agent: str, said: str) -> None:
    """'Li escriu la Laia', 'Soc en Marc': without the article the line reads as Spanish
    (round-12 review, ca pattern 9, 8 replies)."""
    from calmcli.reply.names import catalan_named

    assert catalan_named(agent) == said


@pytest.mark.parametrize(
    ("agent", "gender", "said"),
    [
        ("Laia", None, "la Laia"),
        ("Marc", None, "en Marc"),
        ("Núria", None, "la Núria"),
        ("Anna", None, "l’Anna"),
        ("Oriol", None, "l’Oriol"),
        ("Isabel", None, "la Isabel"),  # an unstressed i keeps 'la'
        ("Joan Carles", None, "en Joan Carles"),
        ("Sam", None, None),  # not a name we know: no article guessed
        ("Sam", "f", "la Sam"),  # the team says which
        ("Andrea", "m", "l’Andrea"),
        ("@laia", None, None),
        (None, None, None),
    ],
)
def test_a_catalan_agent_is_named_by_the_team_or_a_name_we_know(
    agent: str | None, gender: str | None, said: str | None
) -> None:
    """Round-12 review (ca #1, #10, #16, #28, #35, #44): 'Sóc Laia', 'Li escriu Marc' read as
    Spanish; a Catalan speaker says 'Soc la Laia', 'Li escriu en Marc'."""
    from calmcli.reply.names import catalan_agent

    assert catalan_agent(agent, gender) == said
