"""Polish form of address (Pani/Pan) from a customer's first name, where it is reliable.

Polish female first names end in -a (Anna, Małgorzata, Maria Magdalena); a few male names do
too (Kuba, Barnaba, Bonawentura...), and a few female names do not (Beatrycze, Miriam...).
Male names end in a consonant (Jan, Piotr, Łukasz) or are known (Jerzy, Antoni, Ignacy...).
Anything else (a handle, an initial, an unknown ending) gives None: the templates then use a
form that does not guess the gender ("Państwo" or an impersonal phrase). A call is different:
the agent hears who answers, and "Państwo" is plural, said to one listener; a script for an
unknown gender gives both forms ("Pan/Pani", "Panu/Pani"), the agent says one, through the whole
script (EITHER).
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
# The address of a call script when the gender is unknown: "Pan/Pani", the agent says one.
EITHER = "either"


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


# The agent's words (a cause) in the plural "Państwo", said to one customer whose address is
# known: each form as Pani, Pan or, on a call with no gender known, both.
_PRONOUNS = {
    # a pronoun after a preposition that takes the accusative: 'na Państwa.' -> 'na Panią.'
    # ('na Państwa adres' is the possessive: 'na Pani adres')
    "acc": {"f": "Panią", "m": "Pana", EITHER: "Pana/Panią"},
    "Państwa": {"f": "Pani", "m": "Pana", EITHER: "Pana/Pani"},
    "Państwu": {"f": "Pani", "m": "Panu", EITHER: "Panu/Pani"},
    "Państwem": {"f": "Panią", "m": "Panem", EITHER: "Panem/Panią"},
    "Państwo": {"f": "Pani", "m": "Pan", EITHER: "Pan/Pani"},
}
_ACC = re.compile(r"\b(na|przez|za|w|o) Państwa(?=\s*(?:[.,;:!?)–]|$))")
_PRONOUN = re.compile(r"\bPaństw(?:a|u|em|o)\b")
# A past verb in -li next to "Państwo" ('zamówili Państwo', 'Państwo nie odebrali'): its
# singular is -ł (Pan) or -ła (Pani), 'zamówili się' keeps its 'się'.
_VERB_BEFORE = re.compile(r"\b([^\W\d_]+)li( się)? Państwo\b")
_VERB_AFTER = re.compile(r"\bPaństwo((?: nie| już| się)*) ([^\W\d_]+)li\b")


def _past(stem: str, address: str) -> str:
    return {"f": stem + "ła", "m": stem + "ł"}.get(address, f"{stem}ł/{stem}ła")


def cause_for(text: str, address: str | None) -> str:
    """The agent's cause addressed as the reply addresses the customer: 'Państwa bank' ->
    'Pani bank', 'zamówili Państwo' -> 'zamówiła Pani' (f); unchanged without an address."""
    if address not in ("f", "m", EITHER):
        return text
    forms = {key: words[address] for key, words in _PRONOUNS.items()}
    text = _VERB_BEFORE.sub(
        lambda m: f"{_past(m.group(1), address)}{m.group(2) or ''} {forms['Państwo']}", text
    )
    text = _VERB_AFTER.sub(
        lambda m: f"{forms['Państwo']}{m.group(1)} {_past(m.group(2), address)}", text
    )
    text = _ACC.sub(lambda m: f"{m.group(1)} {forms['acc']}", text)
    return _PRONOUN.sub(lambda m: forms[m.group(0)], text)
