"""The facts an agent gives a reply with `--set KEY=VALUE`: named, documented, validated.

Each fact has a kind (text, money, date, choice) and says whether it may appear in a public
post. The planner decides which move uses which fact; the templates format money and dates for
the reply's locale (never an ISO date or a raw amount in the text).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from calmcli.base.records import record
from calmcli.errors import UsageError
from calmcli.reply.locales import ITEM_FORMS


@record
class Fact:
    key: str
    kind: str  # text, money, date, choice, level
    help: str
    public: bool = False  # may appear in a public post


FACTS: dict[str, Fact] = {
    f.key: f
    for f in (
        Fact("item", "text", "the product, in the customer's language: 'la cafetera Xpress'"),
        Fact(
            "item_form",
            "choice",
            "the item's gender and number when its article does not tell (l’, no article): "
            "m, f, m-pl or f-pl",
        ),
        Fact("amount", "money", "the amount charged or paid: '49.90 EUR', '11,50 €', '120 zł'"),
        Fact("overcharge", "money", "what we charged too much (billing, our fault): '11.50 EUR'"),
        Fact(
            "deadline", "text", "the customer's own deadline, as written: 'by Friday', 'do piątku'"
        ),
        Fact("delivery_date", "date", "the date the parcel now arrives: 2026-12-04"),
        Fact("carrier_status", "text", "the carrier's latest status, in the customer's language"),
        Fact("pickup_point", "text", "where the parcel waits: 'the kiosk at 12 Main Street'"),
        Fact("pickup_until", "date", "the last day to collect it at the pickup point"),
        Fact("restock_date", "date", "when the item is back in stock (drives the next contact)"),
        Fact(
            "alternative",
            "text",
            "a similar item we have in stock now (out of stock): 'la cafetera Xpress 2'",
        ),
        Fact("tracking", "text", "the carrier's tracking number"),
        Fact("policy_quote", "text", "the rule that applies, word for word"),
        Fact("cause", "text", "what happened and why, in the customer's language (private only)"),
        Fact("address", "choice", "how to address the customer: f or m (Pani/Pan, Estimada...)"),
        Fact("compensation", "choice", "the gesture to offer: a kind the incident allows, or none"),
        Fact("warning_level", "level", "abuse warnings already given: 0, 1, 2 or 3"),
    )
}
# Facts that identify the customer or the case: never in a public message.
PRIVATE_FACTS = frozenset(
    k for k, f in FACTS.items() if not f.public and f.kind not in ("choice", "level")
)


def check_fact_keys(values: dict[str, str]) -> None:
    """Refuse an unknown --set key with the list of valid ones."""
    unknown = sorted(set(values) - set(FACTS))
    if unknown:
        raise UsageError(
            f"unknown --set key(s) {', '.join(unknown)}; valid: {', '.join(sorted(FACTS))}"
        )


@record
class Money:
    amount: Decimal
    currency: str | None  # ISO code, or None when the agent gave a bare number


_CURRENCIES = {"€": "EUR", "eur": "EUR", "zł": "PLN", "zl": "PLN", "pln": "PLN", "$": "USD"}
_CURRENCIES |= {"usd": "USD", "£": "GBP", "gbp": "GBP", "mxn": "MXN", "$mxn": "MXN"}
_MONEY = re.compile(r"^\s*(?P<pre>[^\d\s.,-]*)\s*(?P<num>\d[\d.,\s]*)\s*(?P<post>[^\d]*?)\s*$")


def parse_money(key: str, text: str) -> Money:
    """'49.90 EUR', '11,50 €', '1.250,00 €', '$1,250.00 MXN', '120 zł' -> Money."""
    match = _MONEY.match(text)
    if not match:
        raise UsageError(f"--set {key}: expected an amount like '49.90 EUR', got {text!r}")
    symbols = f"{match['pre']} {match['post']}".lower().split()
    codes = {_CURRENCIES.get(s, s.upper()) for s in symbols}
    if "MXN" in codes:
        codes = {"MXN"}
    if len(codes) > 1 or any(not re.fullmatch(r"[A-Z]{3}", c) for c in codes):
        raise UsageError(f"--set {key}: unknown currency in {text!r}; write e.g. '49.90 EUR'")
    return Money(_number(key, match["num"].replace(" ", "")), next(iter(codes), None))


def _number(key: str, digits: str) -> Decimal:
    """The decimal separator is the last '.' or ',' followed by one or two digits."""
    decimal = re.search(r"[.,](\d{1,2})$", digits)
    whole = digits[: decimal.start()] if decimal else digits
    whole = re.sub(r"[.,]", "", whole)
    try:
        return Decimal(f"{whole}.{decimal.group(1)}" if decimal else whole)
    except InvalidOperation:
        raise UsageError(f"--set {key}: {digits!r} is not an amount") from None


def parse_date(key: str, text: str) -> date:
    """An ISO date (2026-12-10) or a day/month/year (10/12/2026, 10.12.2026)."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        parts = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
        if parts:
            return date(int(parts[3]), int(parts[2]), int(parts[1]))
    except ValueError:
        pass
    raise UsageError(f"--set {key}: expected a date like 2026-12-10, got {text!r}")


def typed_facts(values: dict[str, str]) -> dict[str, object]:
    """The facts as the planner reads them: money and dates parsed, empty values dropped."""
    check_fact_keys(values)
    typed: dict[str, object] = {}
    for key, raw in values.items():
        text = raw.strip()
        if not text:
            continue
        kind = FACTS[key].kind
        if key == "item_form" and text not in ITEM_FORMS:
            raise UsageError(
                f"--set item_form: expected one of {', '.join(ITEM_FORMS)}, got {text!r}"
            )
        if kind == "money":
            typed[key] = parse_money(key, text)
        elif kind == "date":
            typed[key] = parse_date(key, text)
        else:
            typed[key] = text
    return typed
