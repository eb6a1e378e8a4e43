"""Polish form of address (Pani/Pan) from a customer's first name, where it is reliable.

Polish female first names end in -a (Anna, Małgorzata, Maria Magdalena); a few male names do
too (Kuba, Barnaba, Bonawentura...), and a few female names do not (Beatrycze, Miriam...).
Male names end in a consonant (Jan, Piotr, Łukasz) or are known (Jerzy, Antoni, Ignacy...).
Anything else (a handle, an initial, an unknown ending) gives None: the templates then use a
form that does not guess the gender ("Państwo" or an impersonal phrase).
"""

from __future__ import annotations

import re

from calmcli.reply.names import fold

_NAME = re.compile(r"^[^\W\d_]{2,}(?:-[^\W\d_]{2,})?$")

# Male first names ending in -a (folded: lower case, no diacritics).
_MALE_A = frozenset(
    "kuba barnaba bonawentura kosma jarema dyzma zawisza juda nikita sasza saba bodzia".split()
)
# Female first names that do not end in -a.
_FEMALE_OTHER = frozenset(
    """
    beatrycze miriam noemi nicole carmen ingrid dagmar rut ruth abigail karen esther estera
    rachel marie nel nell lili ines inez agnes jennifer
    """.split()
)
# Male first names that end in a vowel other than -a.
_MALE_OTHER = frozenset(
    """
    jerzy antoni ignacy ksawery walery teodory bruno hugo iwo otto dante remigiusz
    """.split()
)
# Names given to either sex, or common abroad for both: never guessed.
_EITHER = frozenset("alex aleks sam kim chris robin jean andrea nikola sasha michele".split())
_VOWELS = frozenset("aeiouy")


def polish_address(customer: str | None) -> str | None:
    """ "f" or "m" from the first word of a Polish name; None when it cannot be told reliably."""
    words = (customer or "").split()
    if not words or not _NAME.match(words[0]):
        return None
    first = fold(words[0].split("-")[0])
    if first in _EITHER:
        return None
    if first in _MALE_A or first in _MALE_OTHER:
        return "m"
    if first in _FEMALE_OTHER:
        return "f"
    if first.endswith("a"):
        return "f"
    if first[-1] not in _VOWELS:
        return "m"
    return None
