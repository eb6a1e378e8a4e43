"""How to address the customer: `--greet-as`, pre-filled from the name without cutting it.

"Juan Carlos Pérez" is greeted "Juan Carlos", "María José Fernández" "María José", "María del
Carmen Ruiz" "María del Carmen", "Jordi Puig" "Jordi"; a handle or anything that is not a plain
name is used whole. A second given name is recognised from a short list of the names that
commonly form compound first names in Spanish, Catalan and Polish (never a surname we know of).
"""

from __future__ import annotations

import re
import unicodedata

_PLAIN_NAME = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]+)*$")

# Second elements of compound first names (folded: lower case, no accents).
_SECOND_GIVEN = frozenset(
    """
    carlos jose luis miguel antonio manuel angel jesus pablo ignacio francisco javier alberto
    andres ramon fernando eduardo enrique maria isabel teresa carmen pilar elena luisa angeles
    dolores mercedes rosa cristina eugenia fernanda guadalupe victoria lourdes mar josep joan
    pere jordi lluis montserrat antonia josefa ines rocio alejandro alfonso emilio
    juan pedro rafael ricardo lucia paula beatriz sofia sol luz ann anne louise
    dolors carles carme merce roser neus gloria assumpcio angels cinta nuria eulalia lluisa
    francesc xavier antoni baptista
    """.split()
)
# "María del Carmen", "María de los Ángeles", "José de Jesús": a particle, then a given name.
_PARTICLES = (("del",), ("de", "la"), ("de", "los"), ("de", "las"), ("de",))


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def greeting_name(customer: str | None) -> str | None:
    """The name to greet the customer by, from their name as given (None without one)."""
    name = " ".join((customer or "").split())
    if not name:
        return None
    words = name.split()
    if len(words) == 1 or not all(_PLAIN_NAME.match(w) for w in words):
        return name
    for particle in _PARTICLES:
        after = len(particle) + 1
        if len(words) > after and tuple(fold(w) for w in words[1:after]) == particle:
            if fold(words[after]) in _SECOND_GIVEN:
                return " ".join(words[: after + 1])
    if len(words) >= 2 and fold(words[1]) in _SECOND_GIVEN:
        return " ".join(words[:2])
    return words[0]


# Catalan women's first names that do not end in -a (the rest ending in -a are women's).
_CA_FEMALE = frozenset(
    """
    merce dolors carme neus roser pilar isabel montserrat montse rut ester raquel assumpcio
    cinta gloria nuria angels consol mar sol llum noemi ines beatriz iris abril aina
    """.split()
)
_CA_MALE_IN_A = frozenset("luca nicola bernat".split())


def catalan_spoken_name(customer: str | None, greet_as: str | None, address: str | None) -> str:
    """Who the agent asks for on a Catalan call: 'el senyor Solà', 'la senyora Puig' (the
    surname and --set address), else the name with its personal article: 'en Jordi Solà',
    'la Maria Dolors Puig', 'l’Anna', 'n’Oriol'; a handle or no name: ''."""
    name = " ".join((customer or "").split())
    given = greet_as or greeting_name(name)
    if not given or not all(_PLAIN_NAME.match(w) for w in given.split()):
        return ""
    surname = name[len(given) :].strip() if name.startswith(given) else ""
    first = fold(given.split()[0])
    female = address == "f" if address in ("f", "m") else _ca_female(first)
    if surname and address in ("f", "m"):
        return f"{'la senyora' if female else 'el senyor'} {surname}"
    vowel = re.match(r"^h?[aeiou]", first) is not None
    whole = f"{given} {surname}".strip()
    if female:
        return f"l’{whole}" if vowel else f"la {whole}"
    return f"n’{whole}" if vowel else f"en {whole}"


def _ca_female(first: str) -> bool:
    return first in _CA_FEMALE or (first.endswith("a") and first not in _CA_MALE_IN_A)
