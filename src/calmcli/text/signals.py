"""Which signals a message carries, from where the lexicon's words stand in it.

A word list alone over-fires: a lawyer in the family is not a threat, "znowu" in "when will it
be back again" is not a repeat contact. So a signal is read from words in context, sentence by
sentence: a threat is a family's name with intent (a condition or a future act) in the same
sentence. The words come from the lexicons (data); the rules that combine them live here.
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


@dataclass(frozen=True)
class Found:
    """One signal's evidence: the words as written and, for threats, the families."""

    words: tuple[str, ...]
    families: tuple[str, ...] = ()


class Sentences:
    """Which sentence an offset falls in."""

    def __init__(self, text: str) -> None:
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]

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
