"""Score calm analyze and calm check on the labelled corpus in tests/corpus/ (used by the tests
and by bench/corpus_report.py). `score()` reads the tuning part (messages.yaml);
`score("heldout")` the held-out third, which is read once, at the end, and never tuned on."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).parent / "corpus"
TEAM_DEFAULT = "en"  # the bundled settings.default_language: what an unsure reading falls back to


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

    def add_facts(self, expected: dict[str, str], found: dict[str, str], where: str) -> None:
        """Per kind of fact: right value (tp), a wrong or unlabelled one (fp), missed (fn)."""
        for kind in sorted(set(expected) | set(found)):
            want, got = expected.get(kind), found.get(kind)
            if want is not None and got is not None and want.lstrip("#") == got.lstrip("#"):
                self.true_pos[kind] += 1
                continue
            if got is not None:
                self.false_pos[kind] += 1
                self.mistakes.append(f"{where}: {kind} {got!r} (labelled {want!r})")
            if want is not None:
                self.false_neg[kind] += 1
                if got is None:
                    self.mistakes.append(f"{where}: missed {kind} {want!r}")

    def names(self) -> list[str]:
        return sorted(set(self.true_pos) | set(self.false_pos) | set(self.false_neg))

    def precision(self, name: str) -> float:
        found = self.true_pos[name] + self.false_pos[name]
        return self.true_pos[name] / found if found else 1.0

    def recall(self, name: str) -> float:
        expected = self.true_pos[name] + self.false_neg[name]
        return self.true_pos[name] / expected if expected else 1.0

    def f1(self, name: str) -> float:
        p, r = self.precision(name), self.recall(name)
        return 2 * p * r / (p + r) if p + r else 0.0

    def micro(self) -> tuple[float, float]:
        tp, fp, fn = (sum(c.values()) for c in (self.true_pos, self.false_pos, self.false_neg))
        return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


@dataclass
class Language:
    expected: str
    detected: str | None  # the top guess
    used: str | None  # what the message was read as: the guess, or the fallback when unsure
    unsure: bool
    text: str

    @property
    def confidently_wrong(self) -> bool:
        return not self.unsure and self.detected != self.expected


@dataclass
class Report:
    signals: Score
    findings: Score
    languages: list[Language]
    by_lang: dict[str, Score] = field(default_factory=dict)  # signals per message language
    incidents: list[tuple[str, str, str]] = field(default_factory=list)  # expected, found, text
    facts: Score = field(default_factory=Score)  # per kind: amount, deadline, name, order

    @property
    def language_accuracy(self) -> float:
        """Share of texts read in their language (the top guess, or the fallback when unsure)."""
        return sum(x.used == x.expected for x in self.languages) / len(self.languages)

    @property
    def incident_accuracy(self) -> float:
        return sum(e == f for e, f, _ in self.incidents) / max(len(self.incidents), 1)


def load(name: str) -> list[dict[str, Any]]:
    import yaml

    data = yaml.safe_load((CORPUS / f"{name}.yaml").read_text(encoding="utf-8"))
    return list(data[name])


def _facts(analysis: Any) -> dict[str, str]:
    found = getattr(analysis, "facts", None)
    return found.as_labels() if found is not None else {}


def score(part: str = "messages") -> Report:
    """Score the customer messages of `part` ("messages" or "heldout") and the replies."""
    from calmcli.playbook.lexicons import load_lexicons
    from calmcli.playbook.load import load_playbook
    from calmcli.text.analyze import analyze_with, detect_language

    playbook = load_playbook()
    languages = playbook.settings.languages
    lexicons = load_lexicons(None, playbook.customer_types, playbook.incidents)
    report = Report(Score(), Score(), [])
    for index, item in enumerate(load(part), 1):
        text, lang = item["text"], item["lang"]
        guess = detect_language(text, languages, lexicons, fallback=TEAM_DEFAULT)
        used = getattr(guess, "used", guess.lang)
        report.languages.append(Language(lang, guess.lang, used, guess.unsure, text))
        analysis = analyze_with(text, guess, item.get("channel"), lexicons)
        where = f"{part} {index} ({text[:40]!r})"
        expected, found = set(item["signals"]), {s.id for s in analysis.signals}
        report.signals.add(expected, found, where)
        report.by_lang.setdefault(lang, Score()).add(expected, found, where)
        incident = getattr(analysis, "incident", None)
        report.incidents.append((item["incident"], incident.id if incident else "other", text))
        if "facts" in item:  # facts are scored where labelled ({} says: it states none)
            report.facts.add_facts(item["facts"] or {}, _facts(analysis), where)
    _score_replies(report, playbook, languages)
    return report


def _score_replies(report: Report, playbook: Any, languages: Any) -> None:
    from calmcli.playbook.rules import load_rules
    from calmcli.text.analyze import detect_language
    from calmcli.text.check import Facts, check_text, default_audience

    for index, item in enumerate(load("replies"), 1):
        guess = detect_language(item["text"], languages)
        used = getattr(guess, "used", guess.lang)
        report.languages.append(
            Language(item["lang"], guess.lang, used, guess.unsure, item["text"])
        )
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
