"""Score calm analyze and calm check on the labelled corpus in tests/corpus/ (used by the test
and by bench/corpus_report.py)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "corpus"


@dataclass
class Score:
    true_pos: Counter[str] = field(default_factory=Counter)
    false_pos: Counter[str] = field(default_factory=Counter)
    false_neg: Counter[str] = field(default_factory=Counter)
    mistakes: list[str] = field(default_factory=list)

    def add(self, expected: set[str], found: set[str], where: str) -> None:
        for name in expected & found:
            self.true_pos[name] += 1
        for name in found - expected:
            self.false_pos[name] += 1
            self.mistakes.append(f"{where}: unexpected {name}")
        for name in expected - found:
            self.false_neg[name] += 1
            self.mistakes.append(f"{where}: missed {name}")

    def names(self) -> list[str]:
        return sorted(set(self.true_pos) | set(self.false_pos) | set(self.false_neg))

    def precision(self, name: str) -> float:
        found = self.true_pos[name] + self.false_pos[name]
        return self.true_pos[name] / found if found else 1.0

    def recall(self, name: str) -> float:
        expected = self.true_pos[name] + self.false_neg[name]
        return self.true_pos[name] / expected if expected else 1.0

    def micro(self) -> tuple[float, float]:
        tp, fp, fn = (sum(c.values()) for c in (self.true_pos, self.false_pos, self.false_neg))
        return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


@dataclass
class Report:
    signals: Score
    findings: Score
    languages: list[tuple[str, str | None, str]]  # expected, detected, text

    @property
    def language_accuracy(self) -> float:
        return sum(e == d for e, d, _ in self.languages) / len(self.languages)


def load(name: str) -> list[dict[str, Any]]:
    import yaml

    data = yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))
    return list(data[name])


def score() -> Report:
    from calmcli.playbook.lexicons import load_lexicons
    from calmcli.playbook.load import load_playbook
    from calmcli.playbook.rules import load_rules
    from calmcli.text.analyze import analyze_with, detect_language
    from calmcli.text.check import Facts, check_text, default_audience

    playbook = load_playbook()
    languages = playbook.settings.languages
    lexicons = load_lexicons(None, playbook.customer_types, playbook.incidents)
    report = Report(Score(), Score(), [])
    for index, item in enumerate(load("messages"), 1):
        guess = detect_language(item["text"], languages)
        report.languages.append((item["lang"], guess.lang, item["text"]))
        analysis = analyze_with(item["text"], guess, item.get("channel"), lexicons)
        report.signals.add(
            set(item["signals"]),
            {s.id for s in analysis.signals},
            f"message {index} ({item['text'][:40]!r})",
        )
    for index, item in enumerate(load("replies"), 1):
        guess = detect_language(item["text"], languages)
        report.languages.append((item["lang"], guess.lang, item["text"]))
        channel = item["channel"]
        facts = Facts(
            item["lang"],
            item["fault"],
            channel,
            item.get("audience") or default_audience(channel),
            playbook.channels[channel].max_length,
        )
        found = check_text(item["text"], facts, load_rules(item["lang"]))
        report.findings.add(
            set(item["findings"]), {f.rule for f in found}, f"reply {index} ({item['text'][:40]!r})"
        )
    return report
