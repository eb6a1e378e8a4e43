"""What the walk shows about the customer's message and which choices it pre-fills."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """calm analyze's findings, reduced to what the walk shows and suggests."""

    lang: str | None
    customer_type: str | None  # the likeliest type, offered as the default
    troll: bool
    notes: tuple[str, ...]
    orders: tuple[str, ...] = ()  # order references in the message (who the customer may be)
    incident: str = "other"  # the suggested incident, the incident question's default
    name: str | None = None  # the name the message is signed with, the name's default
    amount: str | None = None  # the first amount ("59.90 EUR"), offered as the amount fact
    deadline: str | None = None  # the customer's own deadline, offered as the deadline fact

    def lines(self) -> list[str]:
        return list(self.notes)


def read_message(text: str, channel: str | None = None) -> Reading:
    """Analyse the message (language, signals, suggestions); suggestions, never decisions."""
    from calmcli.text.analyze import analyze_message

    result = analyze_message(text, channel=channel)
    guess = result.language
    notes = [
        f"Language: {guess.lang} ({guess.confidence:.0%})"
        if guess.lang and not guess.unsure
        else f"Language: unsure{f' (maybe {guess.lang})' if guess.lang else ''}; pick it below "
        "(the customer's earlier language or the team's default is offered)"
    ]
    notes += [f"{s.id}: {', '.join(s.words)}" for s in result.signals]
    notes += [f"likely {t.id}: {'; '.join(t.reasons)}" for t in result.customer_types[:2]]
    if result.troll_indicators:
        notes.append(f"troll indicators: {', '.join(result.troll_indicators)}")
        notes += [f"not pre-selected as troll: {why}" for why in result.not_troll]
    if result.incident.reasons:
        notes.append(f"incident: {result.incident.id} ({'; '.join(result.incident.reasons)})")
    if result.orders:
        notes.append(f"order reference(s): {', '.join(result.orders)}")
    facts = result.facts
    stated = [
        f"amount {facts.amount} ({facts.amount_text})" if facts.amount else "",
        f"deadline {facts.deadline!r}" if facts.deadline else "",
        f"signed {facts.name!r}" if facts.name else "",
    ]
    if any(stated):
        notes.append(f"the message states: {', '.join(s for s in stated if s)}")
    if result.move_private:
        notes.append(f"move to a private channel: {', '.join(result.private_reasons)}")
    likeliest = result.customer_types[0].id if result.customer_types else None
    return Reading(
        lang=None if guess.unsure else guess.lang,  # the walk falls back on the history
        customer_type=likeliest,
        troll=result.troll_likely,
        notes=tuple(notes),
        orders=result.orders,
        incident=result.incident.id,
        name=facts.name,
        amount=facts.amount,
        deadline=facts.deadline,
    )
