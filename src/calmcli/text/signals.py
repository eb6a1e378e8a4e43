"""Which signals a message carries, from where the lexicon's words stand in it.

A word list alone over-fires: a lawyer in the family is not a threat, "znowu" in "when will it
be back again" is not a repeat contact. So a signal is read from words in context, sentence by
sentence: a threat is a family's name with intent (a condition or a future act) in the same
sentence; swearing, and words that are only sometimes insults, are an insult when a target
("sois", "you lot are") aims them at us in the same clause, and profanity otherwise. The words
come from the lexicons (data); the rules that combine them live here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass

from calmcli.playbook.lexicons import THREAT_FAMILIES

Hit = tuple[int, int]
Spans = dict[Hashable, list[Hit]]
_SENTENCE_END = re.compile(r"[.!?;…\n]+(?:\s|$)|[!?]+")
_CLAUSE_END = re.compile(r"[,:;()\n]+|[.!?…]+(?:\s|$)|[!?]+|\s[-–—]\s|\b(?:pero|però|ale|but)\b")


@dataclass(frozen=True)
class Found:
    """One signal's evidence: the words as written and, for threats, the families."""

    words: tuple[str, ...]
    families: tuple[str, ...] = ()


class Sentences:
    """Which sentence (or, with `clauses`, which clause) an offset falls in."""

    def __init__(self, text: str, clauses: bool = False) -> None:
        ends = _CLAUSE_END if clauses else _SENTENCE_END
        self.ends = [m.end() for m in ends.finditer(text)]

    def of(self, offset: int) -> int:
        return bisect_right(self.ends, offset)


def words_of(text: str, spans: list[Hit]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text[s:e] for s, e in sorted(spans)))


def threat(text: str, spans: Spans, sentences: Sentences) -> Found | None:
    """A family's name with intent in the same sentence; `words.threat` stands on its own."""
    intent = {sentences.of(s) for s, _ in spans.get(("words", "intent"), ())}
    hits: list[Hit] = list(spans.get(("words", "threat"), ()))
    families = ["other"] if hits else []
    for family in THREAT_FAMILIES:
        with_intent = [h for h in spans.get(("threat", family), ()) if sentences.of(h[0]) in intent]
        if with_intent:
            families.append(family)
            hits += with_intent
    if not hits:
        return None
    return Found(words_of(text, hits), tuple(families))


def repeat_contact(text: str, spans: Spans, sentences: Sentences) -> Found | None:
    """An earlier contact: told on its own ("we spoke", "your colleague promised"), a count
    with a contact verb ("third time I write", "llamé dos veces"), or a day with a contact verb
    in the past ("el martes llamé") in the same sentence. A count alone ("me cobraron dos
    veces") or a day alone ("call me on Tuesday") is none."""
    hits: list[Hit] = list(spans.get(("words", "repeat-contact"), ()))
    past = spans.get(("words", "contact"), [])
    present = spans.get(("words", "contacting"), [])
    for cue, verbs in (("count", [*past, *present]), ("past-time", past)):
        at = {sentences.of(s) for s, _ in verbs}
        found = [h for h in spans.get(("words", cue), []) if sentences.of(h[0]) in at]
        told = {sentences.of(s) for s, _ in found}
        hits += found + [h for h in verbs if sentences.of(h[0]) in told]
    return Found(words_of(text, _outermost(hits))) if hits else None


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Drop a hit inside a longer one ("he escrit" in "ja us he escrit")."""
    return [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] for o in hits)]


AIM_BEFORE = 4  # words between a target ("you are", "sois") and the word it aims
AIM_AFTER = 2  # words between the word and a target after it ("idiotas sois")
_WORD = re.compile(r"\w+")


class Words:
    """Which word an offset falls in (to measure how far a target is from a word)."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in _WORD.finditer(text)]

    def of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def abuse(text: str, spans: Spans, words: Words) -> tuple[Found | None, Found | None]:
    """The insult and the profanity: an insult word is one wherever it stands; a word that is
    only sometimes an insult ("insult-context") and swearing count as an insult when a target
    aims them at us in the same clause, and swearing at a thing stays profanity."""
    targets = spans.get(("words", "target"), [])
    clauses = Sentences(text.lower(), clauses=True)

    def aimed(hit: Hit) -> bool:
        first, last = words.of(hit[0]), words.of(hit[1] - 1)
        for start, end in targets:
            if clauses.of(start) != clauses.of(hit[0]):
                continue
            before = first - words.of(end - 1)
            after = words.of(start) - last
            if 0 < before <= AIM_BEFORE or 0 < after <= AIM_AFTER:
                return True
        return False

    insults = list(spans.get(("words", "insult"), []))
    insults += [h for h in spans.get(("words", "insult-context"), []) if aimed(h)]
    swearing = [h for h in spans.get(("words", "profanity"), []) if not _inside(h, insults)]
    insults += [h for h in swearing if aimed(h)]
    profanity = [h for h in swearing if not _inside(h, insults)]
    return (
        Found(words_of(text, insults)) if insults else None,
        Found(words_of(text, profanity)) if profanity else None,
    )


def _inside(hit: Hit, spans: list[Hit]) -> bool:
    return any(start < hit[1] and hit[0] < end for start, end in spans)
