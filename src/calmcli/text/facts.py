"""The facts a customer's message states: its order references, an amount, the customer's own
deadline and the name they sign with. Suggestions the walk pre-fills for the agent to confirm.

The words (deadline cues, days, closings) come from the lexicons; the shapes (numbers, currency
signs, capitalised names) are read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from calmcli.base.textmatch import fold
from calmcli.text.signals import Hit, Spans

# Order references as customers write them (on folded text): `#48213`, `UK-55821`, or a bare
# number of 4+ digits right after an order word in any of our languages ("comanda 48213",
# "pedido nº 30917", "zamówienie nr 77120", "order no. 1234").
_ORDER_REFS = re.compile(
    r"(?<![\w-])(#\d{4,}|[a-z]{1,3}-\d{3,})(?![\w-])"
    r"|\b(?:orders?|comanda|pedidos?|zamowieni\w*|numer|numero|num|number|nr|ref\w*)"
    r"\s*[.:]?\s*(?:(?:nr|no|n|num)\s*[.:º°o]?\s*)?#?(\d{4,})(?![\w-])"
)
_NUMBER = r"\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SIGN = r"(?:us|mx)?\$|£|€"
_WORD = (
    r"eur|euros?|zł|zl|pln|złotych|zlotych|złote|zlote|usd|dólares|dolares|dollars?|gbp|pounds?"
    r"|libras?|mxn|pesos"
)
_AMOUNT = re.compile(
    rf"(?<![\w.,])(?P<sign>{_SIGN})\s?(?P<n1>{_NUMBER})(?:\s?(?P<code1>mxn|usd|eur|gbp)\b)?"
    rf"|(?<![\w.,])(?P<n2>{_NUMBER})\s?(?P<word>{_SIGN}|(?:{_WORD})\b)",
    re.IGNORECASE,
)
_CURRENCY = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "zł": "PLN", "zl": "PLN", "pln": "PLN", "złotych": "PLN", "zlotych": "PLN", "złote": "PLN",
    "zlote": "PLN", "$": "USD", "us$": "USD", "usd": "USD", "dólares": "USD", "dolares": "USD",
    "dollar": "USD", "dollars": "USD", "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
    "libra": "GBP", "libras": "GBP", "mx$": "MXN", "mxn": "MXN", "pesos": "MXN",
}  # fmt: skip
# A signature: one to three capitalised words (with de/del/la/i/y between) ending the message.
_NAME_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?"
_SIGNATURE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:(?:de|del|de la|da|van|von|i|y)\s+)?{_NAME_WORD}){{0,2}})"
    r"[\s.!]*$"
)


@dataclass(frozen=True)
class MessageFacts:
    orders: tuple[str, ...] = ()  # order references, in order of appearance
    amount: str | None = None  # the first amount, normalised: "59.90 EUR"
    amount_text: str | None = None  # as written: "59,90 €"
    deadline: str | None = None  # the customer's own deadline, as written: "antes del viernes"
    name: str | None = None  # the name the message is signed with

    @property
    def order(self) -> str | None:
        return self.orders[0] if self.orders else None

    def as_labels(self) -> dict[str, str]:
        """The facts found, by kind (what the corpus labels)."""
        found = {
            "order": self.order,
            "amount": self.amount,
            "deadline": self.deadline,
            "name": self.name,
        }
        return {k: v for k, v in found.items() if v}

    def as_dict(self) -> dict[str, Any]:
        return {
            "order": self.order,
            "amount": self.amount,
            "amount_text": self.amount_text,
            "deadline": self.deadline,
            "name": self.name,
        }


def order_references(text: str) -> tuple[str, ...]:
    """The order references in a message, in order of appearance, each once."""
    refs = []
    for match in _ORDER_REFS.finditer(fold(text)):
        group = 1 if match.group(1) else 2
        refs.append(text[match.start(group) : match.end(group)].lstrip("#"))
    return tuple(dict.fromkeys(refs))


def message_facts(text: str, spans: Spans, known: frozenset[str] = frozenset()) -> MessageFacts:
    """What the message states; `spans` are the lexicon's hits on the folded text, `known` the
    language's own words (folded), which are no name."""
    amount = first_amount(text)
    return MessageFacts(
        orders=order_references(text),
        amount=amount[0] if amount else None,
        amount_text=amount[1] if amount else None,
        deadline=deadline(text, spans),
        name=signature(text, spans, known),
    )


def first_amount(text: str) -> tuple[str, str] | None:
    """The first amount with a currency: ("59.90 EUR", "59,90 €"); "$1,250 MXN" is MXN."""
    for match in _AMOUNT.finditer(text):
        number = match["n1"] or match["n2"]
        code = (match["code1"] or match["word"] or match["sign"] or "").lower()
        currency = _CURRENCY.get(code)
        if currency is None:
            continue
        return f"{_decimal(number)} {currency}", match.group(0).strip()
    return None


def _decimal(number: str) -> str:
    """The decimal separator is the last '.' or ',' followed by one or two digits."""
    number = number.replace("\u00a0", "").replace(" ", "")
    decimals = re.search(r"[.,](\d{1,2})$", number)
    whole = re.sub(r"[.,]", "", number[: decimals.start()] if decimals else number)
    return f"{int(whole)}.{decimals.group(1)}" if decimals else str(int(whole))


def deadline(text: str, spans: Spans) -> str | None:
    """A deadline cue ("by", "antes del", "do") right before a day ("Friday", "piątku")."""
    days = sorted(spans.get(("words", "deadline-day"), []))
    for start, end in sorted(spans.get(("words", "deadline"), [])):
        for day_start, day_end in days:
            if day_start >= end and not text[end:day_start].strip():
                return text[start:day_end]
            if start < day_start < end < day_end:  # they share the article: "para [el] día 12"
                return text[start:day_end]
    return None


def signature(text: str, spans: Spans, known: frozenset[str] = frozenset()) -> str | None:
    """The name the message ends with: after a closing ("Gracias, Lucía") or alone after the
    last sentence ("... Res de res. Vicent"). A closing word itself is no name."""
    body = text.rstrip()
    match = _SIGNATURE.search(body)
    if not match:
        return None
    name = match["name"]
    start = match.start("name")
    before = body[:start].rstrip()
    closings: list[Hit] = spans.get(("words", "closing"), [])
    if any(s < start + len(name) and start < e for s, e in closings):
        return None  # "Muchas gracias." is a closing, not a name
    closed = before.endswith(",") and any(
        e == len(before.rstrip(",").rstrip()) for _, e in closings
    )
    ends_sentence = not before or before[-1] in ".!?\n)😡🙏👍" or body[start - 1 : start] == "\n"
    if not (closed or ends_sentence):
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    if not all(w[0].isupper() for w in words if w.lower() not in _PARTICLES):
        return None
    if not closed and (not before or any(fold(w) in known for w in words)):
        return None  # a bare last word must not be one of the language's own words
    return name


_PARTICLES = frozenset({"de", "del", "la", "da", "van", "von", "i", "y"})
