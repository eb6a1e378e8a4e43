"""What the walk shows about the customer's message: its language and what stands out."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    lang: str | None
    notes: tuple[str, ...]

    def lines(self) -> list[str]:
        return list(self.notes)


def read_message(text: str) -> Reading:
    """Analyse the message with calm analyze's core, if it is installed in this build."""
    try:
        from calmcli import analyze
    except ImportError:
        return Reading(None, ("(message analysis is not available in this build)",))
    return _from_analysis(analyze, text)


def _from_analysis(analyze: object, text: str) -> Reading:
    result = analyze.analyze_message(text)  # type: ignore[attr-defined]
    notes = [f"Language: {result.lang or 'unsure'}"]
    return Reading(result.lang, tuple(notes))
