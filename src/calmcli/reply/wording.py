"""Word a reply plan: each move is one block of `<lang>/moves/<move>.j2`, named by its variant.

The plan (reply/plan.py) has decided what every message says; a move template only words it, in
the channel's register (the variant carries it). Paragraphs, bullets and chat turns are laid out
here from the moves' ids, so no template needs to know where it stands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from calmcli.reply.facts import Money
from calmcli.reply.plan import MessagePlan, Move

# Moves that share a paragraph in a letter (same number, next to each other).
PARAGRAPH = {
    "greet": 0,
    "continue": 1,
    "returning": 1,
    "acknowledge": 1,
    "listened": 1,
    "expertise": 1,
    "own": 1,
    "explain": 1,
    "checking": 1,
    "frame": 1,
    "update": 1,
    "satisfaction": 1,
    "resolve": 3,
    "fact": 3,
    "steps": 4,
    "questions": 5,
    "listen": 5,
    "options": 6,
    "gesture": 7,
    "invite": 7,
    "handover": 8,
    "closure": 8,
    "next_contact": 8,
    "limits": 9,
    "close": 10,
    "sign": 11,
}


def move_values(move: Move, lang: str) -> dict[str, Any]:
    """A move's arguments as its template reads them: amounts worded for the locale."""
    from calmcli.reply.locales import formal_possessives, format_money, typographic

    values: dict[str, Any] = {}
    for key, value in move.args.items():
        if isinstance(value, Money):
            value = format_money(value.amount, value.currency, lang)
        elif isinstance(value, str):
            value = typographic(value, lang)  # ca: l'abric -> l’abric, like the templates
            if key == "cause":  # the agent's words in a formal letter: 'el seu banc'
                value = formal_possessives(value, lang)
        values[key] = value
    return values


def lay_out(message: MessagePlan, texts: list[list[str]]) -> tuple[str, tuple[str, ...]]:
    """The message's text (and its chat turns) from each move's words, turn by turn."""
    if message.register == "spoken":
        # Each line the agent says is a "- " line; a note to the agent (when to call) is not.
        lines = [
            line.strip() if move.move == "call" else f"- {line.strip()}"
            for moves, turn in zip(message.turns, texts, strict=True)
            for move, text in zip(moves, turn, strict=True)
            for line in text.splitlines()
            if line.strip()
        ]
        return "\n".join(lines), ()
    if message.register == "chat":
        turns = tuple(
            _turn(words) for moves, words in zip(message.turns, texts, strict=True) if any(words)
        )
        return "\n\n".join(turns), turns
    moves = [m for turn in message.turns for m in turn]
    words = [w for turn in texts for w in turn]
    return _paragraphs(tuple(moves), words), ()


def _turn(words: list[str]) -> str:
    """A chat turn: its sentences on one line; a list (options) on lines of its own."""
    lines: list[str] = []
    for text in (w for w in words if w):
        if "\n" in text or (lines and "\n" in lines[-1]):
            lines.append(text)
        elif lines:
            lines[-1] += " " + text
        else:
            lines.append(text)
    return "\n".join(lines)


def _paragraphs(moves: tuple[Move, ...], words: list[str]) -> str:
    paragraphs: list[list[str]] = []
    last = None
    for i, (move, text) in enumerate(zip(moves, words, strict=True)):
        if not text:
            continue
        group = PARAGRAPH.get(move.move, 99)
        if move.move == "closure" and i + 1 < len(moves):
            group = PARAGRAPH.get(moves[i + 1].move, 99)  # it explains what follows it
        if move.variant.startswith("cause_after") or (
            move.move == "explain" and move.variant.startswith("hold")
        ):
            group = PARAGRAPH["resolve"]  # the cause follows the check it explains, one paragraph
        multiline = "\n" in text
        if paragraphs and group == last and not multiline and "\n" not in paragraphs[-1][-1]:
            paragraphs[-1].append(text)
        else:
            paragraphs.append([text])
        last = group
    return "\n\n".join(" ".join(p) for p in paragraphs)


def word_messages(
    messages: tuple[MessagePlan, ...],
    lang: str,
    word: Callable[[Move, str, dict[str, Any]], str],
) -> list[tuple[MessagePlan, str, tuple[str, ...], tuple[str, ...]]]:
    """Each message's text: every move worded by `word(move, audience, its values)` (its
    context: the reply's values, the audience, then the move's values), then laid out."""
    out = []
    for message in messages:
        audience = message.audience
        texts = [
            [word(move, audience, move_values(move, lang)) for move in turn]
            for turn in message.turns
        ]
        if message.register == "chat":
            message, texts = split_long_turns(message, texts)
        text, turns = lay_out(message, texts)
        out.append((message, text, turns, tuple(w for turn in texts for w in turn)))
    return out


CHAT_TURN = 300  # characters: a chat turn longer than this is split between two moves


def split_long_turns(
    message: MessagePlan, texts: list[list[str]]
) -> tuple[MessagePlan, list[list[str]]]:
    """Chat turns of at most about CHAT_TURN characters: a longer turn is cut between moves,
    where the two halves come nearest in length (the plan's turns follow, for --json)."""
    turns: list[tuple[Move, ...]] = []
    words: list[list[str]] = []
    pending = list(zip(message.turns, texts, strict=True))
    while pending:
        moves, said = pending.pop(0)
        if len(_turn(said)) <= CHAT_TURN or len(moves) < 2:
            turns.append(moves)
            words.append(said)
            continue
        cut = min(
            range(1, len(moves)),
            key=lambda i: abs(len(_turn(said[:i])) - len(_turn(said[i:]))),
        )
        pending[:0] = [(moves[:cut], said[:cut]), (moves[cut:], said[cut:])]
    return MessagePlan(message.audience, message.register, tuple(turns)), words


def plan_json(message: MessagePlan) -> list[dict[str, Any]]:
    """The message's plan for --json: each move's id, variant and the entry that chose it."""
    chat = message.register == "chat"
    return [
        move.as_dict() | ({"turn": number} if chat else {})
        for number, turn in enumerate(message.turns, start=1)
        for move in turn
    ]


def promised_value(value: Any) -> str | None:
    """The promised moment as follow_up.due says it (ISO, for tools only)."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return None
