"""Which language a customer wrote in, and how sure we are.

Short, angry messages are where a character-statistics detector fails: "Ty gnido" reads as
Spanish, "Ets un imbècil" as English. So the text is first cleaned of what belongs to no
language (handles, URLs, hashtags, e-mails, placeholders, emojis, numbers), then lingua's
probabilities are weighed with the evidence of each language's own lexicon: its words (markers
such as "sois", "jesteście", "amb"; its insults and threats) and its letters ("ł", "ñ", "l·l").
Below a margin between the two likeliest languages the guess is "unsure" and the message is read
in the customer's earlier language or the team's default (`fallback`). The language library is
imported only here, on first use.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from calmcli.base.textmatch import fold

if TYPE_CHECKING:
    from calmcli.playbook.lexicons import LexiconIndex, Lexicons

MARGIN = 0.3  # under this gap between the two likeliest languages, the guess is unsure
MARKER_WEIGHT = 1.6  # the log-odds one word or letter of a language's own adds to it
SMOOTHING = 0.02  # lingua's near-zero scores are floored: it is often sure and wrong on 2 words
FULL_WEIGHT_AT = 6  # words: lingua's statistics count fully from here, less on shorter texts
_DETECTORS: dict[tuple[str, ...], Any] = {}
# What is in no language: stripped before detection (a space keeps the words apart).
_NOISE = re.compile(
    r"https?://\S+|www\.\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|(?<!\w)[@#]\w+"  # handles and hashtags
    r"|\{\{.*?\}\}|\{%.*?%\}|[%#$]?\{[^{}]*\}|\[[A-Z_ ]+\]|<[^<>]*>"  # placeholders and tags
    r"|[^\w\s'’·.,;:!?¿¡()\"-]"  # emojis and other symbols
    r"|\d+",
    re.DOTALL,
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_TOKENS = re.compile(r"\w+(?:'\w+)*")
MARKER_WORDS = 60  # markers are counted on the first words only: a long text needs none


@dataclass(frozen=True)
class LanguageGuess:
    lang: str | None  # the likeliest language, or None if the text has no words
    confidence: float  # its share of the combined evidence (0-1)
    unsure: bool  # below the margin: confirm with the agent
    scores: dict[str, float] = field(default_factory=dict)
    fallback: str | None = None  # read the message in this language when unsure
    fallback_from: str = ""  # where the fallback comes from: "earlier case", "team default"

    @property
    def used(self) -> str | None:
        """The language the message is read (and answered) in."""
        return (self.fallback or self.lang) if self.unsure else self.lang

    @property
    def source(self) -> str:
        if not self.unsure:
            return "detected"
        return self.fallback_from if self.fallback else "detected (unsure)"


def clean(text: str) -> str:
    """The text without handles, URLs, hashtags, e-mails, placeholders, emojis and numbers."""
    return _NOISE.sub(" ", text)


def detect_language(
    text: str,
    languages: Iterable[str],
    lexicons: Lexicons | LexiconIndex | None = None,
    fallback: str | None = None,
    fallback_from: str = "team default",
) -> LanguageGuess:
    """Which of `languages` the text is in; `lexicons` (or their index) add their words'
    evidence; `fallback` is what to read it as when unsure (the customer's earlier language
    or the team's default)."""
    codes = tuple(sorted(languages))
    cleaned = clean(text)
    if not _LETTERS.search(cleaned):
        return LanguageGuess(None, 0.0, True, {}, fallback, fallback_from)
    detector = _DETECTORS.get(codes) or _build_detector(codes)
    values = detector.compute_language_confidence_values(cleaned)
    raw = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
    weight = min(1.0, len(_LETTERS.findall(cleaned)) / FULL_WEIGHT_AT)
    logits = {c: weight * math.log(raw.get(c, 0.0) + SMOOTHING) for c in codes}
    if lexicons is not None:
        for code, count in markers(cleaned, codes, lexicons).items():
            logits[code] += MARKER_WEIGHT * count
    scores = _softmax(logits)
    ranked = sorted(scores, key=lambda c: -scores[c])
    lang = ranked[0]
    gap = scores[lang] - (scores[ranked[1]] if len(ranked) > 1 else 0.0)
    return LanguageGuess(lang, scores[lang], gap < MARGIN, scores, fallback, fallback_from)


def markers(text: str, codes: Iterable[str], lexicons: Lexicons | LexiconIndex) -> dict[str, int]:
    """How many words and letters of each language's own lexicon the first words have (no
    matcher: compiling four languages' matchers would cost more than the whole detection)."""
    folded = fold(text)
    tokens = set(_TOKENS.findall(folded)[:MARKER_WORDS])
    letters = set(text.lower())
    found = {}
    for code in codes:
        lexicon = lexicons.languages.get(code)
        if lexicon is None:
            continue
        count = len(tokens & lexicon.marker_words) + len(letters & set(lexicon.letters))
        stems = lexicon.marker_stems
        count += sum(1 for token in tokens if token.startswith(stems))
        count += sum(1 for source in lexicon.marker_regexes if re.search(source, folded))
        found[code] = count
    return found


def _softmax(logits: dict[str, float]) -> dict[str, float]:
    top = max(logits.values())
    weights = {c: math.exp(v - top) for c, v in logits.items()}
    total = sum(weights.values())
    return {c: w / total for c, w in weights.items()}


def _build_detector(codes: tuple[str, ...]) -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    known = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper()))
        for c in codes
        if hasattr(IsoCode639_1, c.upper())
    ]
    # Low-accuracy mode: 40 ms to load instead of 0.7 s; the lexicons' markers make up for it
    # on short texts.
    detector = LanguageDetectorBuilder.from_languages(*known).with_low_accuracy_mode().build()
    _DETECTORS[codes] = detector
    return detector
