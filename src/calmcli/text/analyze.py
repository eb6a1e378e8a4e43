"""Read a customer's message: its language, the signals in it, and what they suggest.

Everything here is a suggestion for the agent, never a decision. The language is told by
calmcli.text.language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calmcli.base.textmatch import fold
from calmcli.errors import unknown_value
from calmcli.playbook.lexicons import (
    SIGNALS,
    Lexicon,
    Lexicons,
    load_lexicon_index,
    load_lexicons,
)
from calmcli.text import signals
from calmcli.text.facts import MessageFacts, message_facts, order_references
from calmcli.text.language import LanguageGuess, detect_language
from calmcli.text.signals import Sentences, Spans, Words, words_of

__all__ = [
    "Analysis",
    "LanguageGuess",
    "MessageFacts",
    "analyze_message",
    "analyze_with",
    "detect_language",
    "order_references",
]

_CAPS_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")
_EXCLAMATIONS = re.compile(r"[!¡]{2,}[!?¡1]*|\?!+[!?]*")


@dataclass(frozen=True)
class Signal:
    id: str
    words: tuple[str, ...]
    families: tuple[str, ...] = ()  # a threat's families: legal, money, reputation, authorities

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "words": list(self.words)}
        if self.id == "threat":
            data["families"] = list(self.families)
        return data


@dataclass(frozen=True)
class TypeHint:
    id: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class IncidentHint:
    """The suggested incident and the words that suggest it ("other": none did)."""

    id: str
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Analysis:
    language: LanguageGuess
    channel: str | None
    signals: tuple[Signal, ...]
    customer_types: tuple[TypeHint, ...]
    troll_indicators: tuple[str, ...]
    move_private: bool
    private_reasons: tuple[str, ...]
    orders: tuple[str, ...] = ()  # order references found in the message
    # Why the troll indicators do not make a troll (issue 14): someone writing again about
    # the same thing is a customer we failed, however rude.
    not_troll: tuple[str, ...] = ()
    incident: IncidentHint = IncidentHint("other")
    facts: MessageFacts = MessageFacts()

    @property
    def troll_likely(self) -> bool:
        return bool(self.troll_indicators) and not self.not_troll

    @property
    def lang(self) -> str | None:
        """The language the message is read in: detected, or the fallback when unsure."""
        return self.language.used

    def signal(self, signal_id: str) -> Signal | None:
        return next((s for s in self.signals if s.id == signal_id), None)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lang": self.language.used,
            "detected": self.language.lang,
            "confidence": round(self.language.confidence, 2),
            "unsure": self.language.unsure,
            "lang_source": self.language.source,
            "languages": {k: round(v, 2) for k, v in self.language.scores.items()},
            "channel": self.channel,
            "signals": [s.as_dict() for s in self.signals],
            "orders": list(self.orders),
            "facts": self.facts.as_dict(),
            "suggestions": {
                "incident": {"id": self.incident.id, "reasons": list(self.incident.reasons)},
                "customer_types": [
                    {"id": t.id, "reasons": list(t.reasons)} for t in self.customer_types
                ],
                "troll": {
                    "likely": self.troll_likely,
                    "indicators": list(self.troll_indicators),
                    "ruled_out_by": list(self.not_troll),
                },
                "move_private": {
                    "suggested": self.move_private,
                    "reasons": list(self.private_reasons),
                },
            },
        }


def analyze_message(
    text: str,
    channel: str | None = None,
    lang: str | None = None,
    extra_dirs: Iterable[Path | str] | None = None,
    earlier_lang: str | None = None,
) -> Analysis:
    """Analyse one customer message; `lang` skips language detection; `earlier_lang` (the
    customer's language in earlier cases) is preferred to the team's default when unsure."""
    from calmcli.playbook.load import load_playbook

    playbook = load_playbook(extra_dirs)
    if channel is not None:
        playbook.get("channels", channel)
    for flag, given in (("--lang", lang), ("--earlier-lang", earlier_lang)):
        if given is not None and given not in playbook.settings.languages:
            raise unknown_value(flag, given, playbook.settings.languages)
    types, incidents = playbook.customer_types, playbook.incidents
    if lang is not None:
        guess = LanguageGuess(lang, 1.0, False, {lang: 1.0})
    else:
        # The guess reads every language's markers only; the matchers of the languages the
        # message is then read in are the only ones decoded.
        index = load_lexicon_index(extra_dirs, types, incidents)
        fallback, source = (
            (earlier_lang, "earlier case")
            if earlier_lang is not None
            else (playbook.settings.default_language, "team default")
        )
        guess = detect_language(text, playbook.settings.languages, index, fallback, source)
    lexicons = load_lexicons(extra_dirs, types, incidents, reading_languages(guess))
    return analyze_with(text, guess, channel, lexicons)


def analyze_with(
    text: str, guess: LanguageGuess, channel: str | None, lexicons: Lexicons
) -> Analysis:
    """The analysis proper, with the language already known (tests and the corpus use this)."""
    langs = reading_languages(guess)
    folded = fold(text)
    spans: Spans = {}
    codes: list[str | None] = list(langs) or [None]
    for code in codes:
        for key, found in lexicons.get(code).matcher.scan(folded).items():
            spans[key] = sorted(set(spans.get(key, [])) | set(found))
    hits = {key: list(words_of(text, found)) for key, found in spans.items()}
    lexicon = lexicons.get(guess.used)
    signals = _signals(text, spans, hits, channel, lexicon)
    facts = message_facts(text, spans, lexicon.marker_words)
    return Analysis(
        language=guess,
        channel=channel,
        signals=signals,
        customer_types=_customer_types(hits, signals, lexicon),
        troll_indicators=_troll(hits, signals),
        move_private=_move_private(signals, channel, lexicon)[0],
        private_reasons=_move_private(signals, channel, lexicon)[1],
        orders=order_references(text),
        not_troll=_not_troll(signals),
        incident=_incident(
            text, spans, lexicon, facts.deadline, any(s.id == "threat" for s in signals)
        ),
        facts=facts,
    )


def reading_languages(guess: LanguageGuess) -> list[str]:
    """The languages whose words the message is read with: the one it is read in and, when
    unsure, the two likeliest too."""
    langs = [guess.used] if guess.used else []
    if guess.unsure:
        runners = sorted(guess.scores, key=lambda c: -guess.scores[c])
        langs += [c for c in runners[:2] if c not in langs]
    return langs


def _signals(
    text: str, spans: Spans, hits: dict[Any, list[str]], channel: str | None, lexicon: Lexicon
) -> tuple[Signal, ...]:
    found = {}
    for signal in ("urgency", "sarcasm"):
        if hits.get(("words", signal)):
            found[signal] = tuple(hits[("words", signal)])
    sentences = Sentences(text)
    for signal, abuse in zip(
        ("insult", "profanity"), signals.abuse(text, spans, Words(text)), strict=True
    ):
        if abuse:
            found[signal] = abuse.words
    repeat = signals.repeat_contact(text, spans, sentences)
    if repeat:
        found["repeat-contact"] = repeat.words
    threat = signals.threat(text, spans, sentences)
    families = {"threat": threat.families} if threat else {}
    if threat:
        found["threat"] = threat.words
    shouting = _shouting(text, lexicon)
    if shouting:
        found["shouting"] = shouting
    if channel == "social-public":
        data = {w for key, words in hits.items() if key[0] == "data" for w in words}
        if data:
            found["personal-data"] = tuple(sorted(data, key=text.find))
    return tuple(Signal(s, found[s], families.get(s, ())) for s in SIGNALS if s in found)


def incidents_named(text: str, lang: str, lexicons: Lexicons) -> frozenset[str]:
    """The incidents whose words a text uses, in a known language (calm reply reads the
    agent's `--set cause` with it: a cause about a bank hold does not explain a defect)."""
    spans = lexicons.get(lang).matcher.scan(fold(text))
    return frozenset(key[1] for key, found in spans.items() if key[0] == "incident" and found)


# With no incident's words, a customer's own deadline ("lo necesito antes del jueves") is about
# when the parcel comes; not in a threat, where it says when the customer acts ("si para el
# viernes no tengo respuesta acudiré a Profeco").
DEADLINE_INCIDENT = "shipping-delay"


def _incident(
    text: str,
    spans: Spans,
    lexicon: Lexicon,
    deadline: str | None = None,
    ultimatum: bool = False,
) -> IncidentHint:
    """The incident with the most words in the message (the earliest on a tie); a word inside a
    longer one of another incident counts for the longer ("se ha roto" over "roto"); with none,
    the customer's own deadline suggests a shipping delay, unless it is a threat's
    (`ultimatum`)."""
    found = {i: spans.get(("incident", i), []) for i in lexicon.incidents}
    every = [h for hits in found.values() for h in hits]
    best: tuple[int, int, str, tuple[str, ...]] | None = None
    for incident, hits in found.items():
        kept = [h for h in hits if not any(_longer(o, h) for o in every)]
        if not kept:
            continue
        words = tuple(dict.fromkeys(text[s:e] for s, e in sorted(kept)))
        rank = (-len({fold(w) for w in words}), min(kept)[0], incident, words)
        best = rank if best is None or rank < best else best
    if best is None:
        if deadline and not ultimatum and DEADLINE_INCIDENT in lexicon.incidents:
            return IncidentHint(DEADLINE_INCIDENT, (f"a deadline of the customer's: {deadline!r}",))
        return IncidentHint("other")
    return IncidentHint(best[2], (f"says {', '.join(repr(w) for w in best[3])}",))


def _longer(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer != inner and outer[0] <= inner[0] and inner[1] <= outer[1]


def _shouting(text: str, lexicon: Lexicon) -> tuple[str, ...]:
    rules = lexicon.shouting
    exceptions = {e.upper() for e in rules.exceptions}
    caps = [
        w
        for w in _CAPS_WORD.findall(text)
        if len(w) >= rules.min_letters and w.isupper() and w.upper() not in exceptions
    ]
    marks = [m for m in _EXCLAMATIONS.findall(text) if len(m) >= rules.exclamations]
    words = tuple(dict.fromkeys(caps)) if len(caps) >= rules.min_words else ()
    return words + tuple(dict.fromkeys(marks))


def _customer_types(
    hits: dict[Any, list[str]], signals: tuple[Signal, ...], lexicon: Lexicon
) -> tuple[TypeHint, ...]:
    reasons: dict[str, list[str]] = {}
    by_id = {s.id: s for s in signals}
    for type_id, signal_ids in lexicon.type_signals.items():
        for signal_id in signal_ids:
            if signal_id in by_id:
                reasons.setdefault(type_id, []).append(
                    f"{signal_id}: {', '.join(by_id[signal_id].words[:3])}"
                )
    for key, words in hits.items():
        if key[0] == "type":
            reasons.setdefault(key[1], []).append(f"says {', '.join(repr(w) for w in words[:3])}")
    ranked = sorted(reasons.items(), key=lambda item: -len(item[1]))
    return tuple(TypeHint(type_id, tuple(why)) for type_id, why in ranked)


def _troll(hits: dict[Any, list[str]], signals: tuple[Signal, ...]) -> tuple[str, ...]:
    ids = {s.id for s in signals}
    concrete = bool(hits.get(("words", "complaint")))
    indicators = []
    if hits.get(("words", "troll")):
        indicators.append(f"troll words: {', '.join(hits[('words', 'troll')][:3])}")
    if ids & {"insult", "profanity"} and not concrete:
        indicators.append("abuse with no concrete complaint (no order, product or charge named)")
    if "sarcasm" in ids and not concrete:
        indicators.append("mockery with no concrete complaint")
    return tuple(indicators)


def _not_troll(signals: tuple[Signal, ...]) -> tuple[str, ...]:
    repeat = next((s for s in signals if s.id == "repeat-contact"), None)
    if repeat is None:
        return ()
    return (f"repeat contact ({', '.join(repeat.words[:2])}): a customer we have failed before",)


def _move_private(
    signals: tuple[Signal, ...], channel: str | None, lexicon: Lexicon
) -> tuple[bool, tuple[str, ...]]:
    why = {
        "insult": "abuse",
        "profanity": "abuse",
        "threat": "threats",
        "personal-data": "personal data in a public post",
        "shouting": "heated tone",
        "urgency": "urgency",
        "repeat-contact": "repeated contact",
        "sarcasm": "mockery",
    }
    reasons = tuple(dict.fromkeys(why[s.id] for s in signals if s.id in lexicon.private_signals))
    public = channel in (None, "social-public")
    return bool(reasons) and public, reasons
