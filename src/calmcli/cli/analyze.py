"""`calm analyze`: read a customer's message before answering it."""

from __future__ import annotations

from typing import Annotated

import typer

from calmcli.cli.common import read_input
from calmcli.cli.help import examples
from calmcli.cli.options import FileArgument, JsonOption, PlaybooksOption
from calmcli.cli.result import CommandResult, emit

EXAMPLES = examples(
    "calm analyze mail.txt",
    "pbpaste | calm analyze --channel social-public --json",
)


def analyze(
    file: FileArgument = "-",
    channel: Annotated[
        str | None,
        typer.Option(help="Where it was posted; social-public also looks for personal data."),
    ] = None,
    lang: Annotated[str | None, typer.Option(help="Skip language detection.")] = None,
    earlier_lang: Annotated[
        str | None,
        typer.Option(
            help="The customer's language in earlier cases, used when detection is unsure."
        ),
    ] = None,
    json_: JsonOption = False,
    playbooks: PlaybooksOption = None,
) -> None:
    """Analyse a customer's message: language, signals, suggested customer type, troll, privacy."""
    from calmcli.errors import UsageError
    from calmcli.text.analyze import analyze_message

    text = read_input(file)
    if not text.strip():
        raise UsageError(f"{file}: the message is empty")
    analysis = analyze_message(text, channel, lang, playbooks, earlier_lang)
    emit(CommandResult(analysis.as_dict(), lines=text_lines(analysis)), json_)


def text_lines(analysis: object) -> list[str]:
    """The analysis as plain lines (stable, greppable; colour would add nothing here)."""
    from calmcli.text.analyze import Analysis

    assert isinstance(analysis, Analysis)
    guess = analysis.language
    if guess.unsure:
        top = sorted(guess.scores.items(), key=lambda item: -item[1])[:2]
        maybe = ", ".join(f"{code} {value:.2f}" for code, value in top) or "no words"
        used = f"; read as {guess.used} ({guess.source})" if guess.used else ""
        lines = [f"language: unsure ({maybe}){used}: confirm with the agent"]
    else:
        lines = [f"language: {guess.lang} ({guess.confidence:.2f})"]
    lines.append("signals:" if analysis.signals else "signals: none")
    lines += [f"  {s.id:<15} {', '.join(s.words)}" for s in analysis.signals]
    lines += _fact_lines(analysis.facts.as_dict())
    lines.append("suggestions (for you to judge):")
    incident = analysis.incident
    lines.append(
        f"  incident        {incident.id}"
        + (f" ({', '.join(incident.reasons)})" if incident.reasons else "")
    )
    types = "; ".join(f"{t.id} ({'; '.join(t.reasons)})" for t in analysis.customer_types[:3])
    lines.append(f"  customer type   {types or 'no particular type'}")
    lines.append(f"  troll           {'; '.join(analysis.troll_indicators) or 'no indicators'}")
    if analysis.troll_indicators and analysis.not_troll:
        lines.append(f"  not a troll     {'; '.join(analysis.not_troll)}")
    if analysis.move_private:
        where = "" if analysis.channel else " (if this was posted in public)"
        lines.append(f"  move to private yes{where}: {', '.join(analysis.private_reasons)}")
    else:
        lines.append("  move to private no")
    return lines


def _fact_lines(facts: dict[str, str | None]) -> list[str]:
    """What the message states: order, amount (as written), deadline, the name it is signed with."""
    shown = {k: v for k, v in facts.items() if v and k != "amount_text"}
    if not shown:
        return ["facts: none"]
    if "amount" in shown and facts.get("amount_text"):
        shown["amount"] = f"{shown['amount']} ({facts['amount_text']})"
    return ["facts:", *(f"  {key:<15} {value}" for key, value in shown.items())]
