"""How to address the customer: `--greet-as`, pre-filled from the name without cutting it.

The rule: greet by every word before the surname. The surname is the last word ("Mary Ellen
Brooks" -> "Mary Ellen", "Maria Magdalena Lis" -> "Maria Magdalena", "Ana Nerea Torres" -> "Ana
Nerea"), or what starts at a surname particle ("Sarah van der Berg" -> "Sarah"). In Spanish and
Catalan, where two surnames are the norm, the word before the last is a second surname when it is
recognisably one: a surname we know, a patronymic in -ez, or joined by "i"/"y" ("Juan Pérez
García" -> "Juan", "Pau Ferrer i Roca" -> "Pau"). A given name we know is never taken for a
surname, and "María del Carmen Ruiz" keeps "del Carmen". A handle or anything that is not a
plain name is returned whole: the planner decides where a handle may stand (never as a name).
"""

from __future__ import annotations

import re
import unicodedata

_PLAIN_NAME = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]+)*$")

# Given names that often stand second in a compound first name (folded: lower case, no
# accents). Never taken for a surname.
_SECOND_GIVEN = frozenset(
    """
    carlos jose luis miguel antonio manuel angel jesus pablo ignacio francisco javier alberto
    andres ramon fernando eduardo enrique maria isabel teresa carmen pilar elena luisa angeles
    dolores mercedes rosa cristina eugenia fernanda guadalupe victoria lourdes mar josep joan
    pere jordi lluis montserrat antonia josefa ines rocio alejandro alfonso emilio
    juan pedro rafael ricardo lucia paula beatriz sofia sol luz ann anne louise
    dolors carles carme merce roser neus gloria assumpcio angels cinta nuria eulalia lluisa
    francesc xavier antoni baptista belen nerea esther eva laura marta clara ana noelia
    ellen jane jo kate lou lynn may rose marie beth grace mae sue james john paul michael
    magdalena katarzyna anna barbara krystyna joanna ewa agnieszka jan piotr pawel andrzej
    """.split()
)
# Surnames we know (Spanish and Catalan), so a middle word is read as a second surname.
_SURNAMES = frozenset(
    """
    garcia torres gil ruiz martin moreno munoz romero alonso navarro ramos serrano blanco
    molina morales ortega delgado castro ortiz rubio marin sanz iglesias medina garrido cortes
    castillo santos lozano guerrero cano prieto cruz calvo gallego vidal leon herrera pena
    flores cabrera campos vega fuentes carrasco caballero reyes nieto aguilar pascual santana
    herrero lorenzo montero hidalgo mora vicente vargas arias carmona crespo roman pastor soto
    velasco moya soler parra esteban bravo gallardo rojas ferrer puig sola serra riera roca
    font pujol vila casas bosch mas roig sala camps vives batlle costa prat rovira sole
    """.split()
)
# "María del Carmen", "María de los Ángeles", "José de Jesús": a particle, then a given name.
_PARTICLES = (("del",), ("de", "la"), ("de", "los"), ("de", "las"), ("de",))
# Words that start or join surnames: "van der Berg", "Ferrer i Roca", "Ortega y Gasset".
_SURNAME_PARTICLES = frozenset(
    "de del la las los van von der den da di du le dos das i y e mac st".split()
)
_TWO_SURNAMES = frozenset({"es", "ca"})


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def greeting_name(customer: str | None, lang: str | None = None) -> str | None:
    """The name to greet the customer by, from their name as given (None without one)."""
    name = " ".join((customer or "").split())
    if not name:
        return None
    words = name.split()
    if len(words) == 1 or not all(_PLAIN_NAME.match(w) for w in words):
        return name
    given = 1
    while given < len(words) - 1:
        taken = _particle_given(words, given) or _given_word(words, given, lang)
        if not taken:
            break
        given += taken
    return " ".join(words[:given])


def _particle_given(words: list[str], at: int) -> int:
    """How many words a particle plus a given name take at `at` ("del Carmen": 2), or 0."""
    for particle in _PARTICLES:
        end = at + len(particle)
        if end < len(words) and tuple(fold(w) for w in words[at:end]) == particle:
            if fold(words[end]) in _SECOND_GIVEN:
                return len(particle) + 1
    return 0


def _given_word(words: list[str], at: int, lang: str | None) -> int:
    """1 when the word at `at` (never the last) is one more given name, else 0."""
    word = fold(words[at])
    if word in _SECOND_GIVEN:
        return 1
    if word in _SURNAME_PARTICLES or fold(words[at + 1]) in _SURNAME_PARTICLES:
        return 0
    if lang in _TWO_SURNAMES or lang is None:
        if word in _SURNAMES or (word.endswith("ez") and len(word) > 3):
            return 0
        # "Juan Carlos Pérez García": a second surname follows the first one we know.
        if at + 2 == len(words) and at > 1:
            return 0
    return 1


# Catalan women's first names that do not end in -a (the rest ending in -a are women's).
_CA_FEMALE = frozenset(
    """
    merce dolors carme neus roser pilar isabel montserrat montse rut ester raquel assumpcio
    cinta gloria nuria angels consol mar sol llum noemi ines beatriz iris abril aina
    """.split()
)
_CA_MALE_IN_A = frozenset("luca nicola bernat".split())
# Women's names whose first i or u is stressed, so the article is elided ('l’Imma').
_CA_STRESSED_IU = frozenset("imma inma iris ingrid ursula uma".split())


def catalan_spoken_name(customer: str | None, greet_as: str | None, address: str | None) -> str:
    """Who the agent asks for on a Catalan call: 'el senyor Solà', 'la senyora Puig' (the
    surname and --set address), else the name with its personal article: 'en Jordi Solà',
    'la Maria Dolors Puig', 'l’Anna', 'l’Oriol'; a handle or no name: ''."""
    name = " ".join((customer or "").split())
    given = greet_as or greeting_name(name, "ca")
    if not given or not all(_PLAIN_NAME.match(w) for w in given.split()):
        return ""
    # the surname follows whole given words: greet_as 'Montse' for 'Montserrat Pujol' is no
    # prefix of it ('la Montse', never 'la Montse rrat Pujol')
    words, given_words = name.split(), given.split()
    count = len(given_words)
    surname = " ".join(words[count:]) if words[:count] == given_words else ""
    first = fold(given.split()[0])
    female = address == "f" if address in ("f", "m") else _ca_female(first)
    if surname and address in ("f", "m"):
        return f"{'la senyora' if female else 'el senyor'} {surname}"
    return _with_article(f"{given} {surname}".strip(), first, female)


def catalan_named(name: str | None) -> str | None:
    """A person's name as Catalan says it in a sentence, with its personal article: 'Li
    escriu la Laia', 'Soc en Marc', 'l’Anna', 'l’Oriol' (without it the sentence reads as
    Spanish); a name that is not plain words (a team, a handle) stays as it is."""
    name = " ".join((name or "").split())
    if not name or not all(_PLAIN_NAME.match(w) for w in name.split()):
        return name or None
    first = fold(name.split()[0])
    return _with_article(name, first, _ca_female(first))


def _with_article(whole: str, first: str, female: bool) -> str:
    # la/en before a consonant, l’ before a vowel (the standard, not the dialects' n’), but a
    # woman's name starting with an
    # unstressed i or u keeps 'la' ('la Isabel', 'la Irene'; 'l’Imma', 'l’Iris')
    vowel = re.match(r"^h?[aeiou]", first) is not None
    if female and re.match(r"^h?[iu]", first) and first not in _CA_STRESSED_IU:
        vowel = False
    if female:
        return f"l’{whole}" if vowel else f"la {whole}"
    return f"l’{whole}" if vowel else f"en {whole}"


def _ca_female(first: str) -> bool:
    return first in _CA_FEMALE or (first.endswith("a") and first not in _CA_MALE_IN_A)


_CA_FEMALE_MORE = frozenset("irene carmen elisabet judit maribel anabel mariona".split())
# Catalan men's first names (folded), for the personal article before an agent's name ('Soc
# en Marc'); women's are _CA_FEMALE and the names in -a. A name in neither list gets no article
# (a team may say which: settings.agents).
_CA_MALE = frozenset(
    """
    marc jordi pere joan josep pau oriol arnau pol nil biel jaume xavier xavi albert carles
    david daniel sergi ferran enric roger marti gerard lluis miquel antoni toni francesc ramon
    joaquim manel oscar adria alex eric ivan jan max guillem bernat andreu isaac ot quim aleix
    victor hector ruben pol bruno hugo leo mateu lluc nicolau esteve salvador agusti
    """.split()
)


def catalan_agent(agent: str | None, gender: str | None = None) -> str | None:
    """The agent's name as a Catalan speaker says it, with its personal article: 'la Laia',
    'en Marc', 'l’Anna', 'l’Oriol'. `gender` (f/m, the team's settings.agents) decides; else a
    name we know; else None (the name alone: no article guessed)."""
    name = " ".join((agent or "").split())
    if not name or not all(_PLAIN_NAME.match(w) for w in name.split()):
        return None
    first = fold(name.split()[0])
    if gender in ("f", "m"):
        female = gender == "f"
    elif first in _CA_MALE or first in _CA_MALE_IN_A:
        female = False
    elif _ca_female(first) or first in _CA_FEMALE_MORE:
        female = True
    else:
        return None
    if re.match(r"^h?[aeiou]", first) and not (female and re.match(r"^h?[iu][^aeiou]", first)):
        return f"l’{name}"  # 'la Irene', 'la Úrsula': an unstressed i/u keeps 'la'
    return f"la {name}" if female else f"en {name}"
