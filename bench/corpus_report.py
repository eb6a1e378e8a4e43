"""Precision, recall and F1 of calm analyze (signals, per message language) and calm check
(rules) on tests/corpus/, language identification and incident accuracy.
Run: python bench/corpus_report.py [-v] [--heldout]   (--heldout: the held-out third, once)"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.corpus_score import Report, Score, score  # noqa: E402


def table(title: str, result: Score) -> None:
    print(f"{title:<22} {'precision':>9} {'recall':>7} {'F1':>5}   tp  fp  fn")
    for name in result.names():
        print(
            f"  {name:<20} {result.precision(name):9.2f} {result.recall(name):7.2f} "
            f"{result.f1(name):5.2f}  "
            f"{result.true_pos[name]:3} {result.false_pos[name]:3} {result.false_neg[name]:3}"
        )
    precision, recall = result.micro()
    print(f"  {'(all, micro)':<20} {precision:9.2f} {recall:7.2f}\n")


def languages(report: Report) -> None:
    wrong = [x for x in report.languages if x.used != x.expected]
    unsure = sum(x.unsure for x in report.languages)
    confident = sum(x.confidently_wrong for x in report.languages)
    total = len(report.languages)
    print(
        f"language accuracy      {report.language_accuracy:.3f} ({total - len(wrong)}/{total}); "
        f"unsure {unsure}, wrong while sure {confident}"
    )
    for x in wrong:
        print(f"  expected {x.expected}, read as {x.used} (top {x.detected}): {x.text[:60]!r}")


def per_language(report: Report, part: str) -> None:
    """Each language's customer messages: language read right, incident suggested right."""
    from tests.corpus_score import load

    langs = [item["lang"] for item in load(part)]
    print(f"{'per language':<22} {'messages':>8} {'language':>8} {'incident':>8}")
    for lang in sorted(set(langs)):
        at = [i for i, code in enumerate(langs) if code == lang]
        read = sum(report.languages[i].used == lang for i in at) / len(at)
        right = sum(report.incidents[i][0] == report.incidents[i][1] for i in at) / len(at)
        print(f"  {lang:<20} {len(at):8} {read:8.3f} {right:8.3f}")


def main() -> None:
    part = "heldout" if "--heldout" in sys.argv else "messages"
    report = score(part)
    print(f"corpus part: {part}\n")
    table("signals (analyze)", report.signals)
    for lang in sorted(report.by_lang):
        table(f"signals, {lang}", report.by_lang[lang])
    table("facts (analyze)", report.facts)
    table("findings (check)", report.findings)
    languages(report)
    wrong = [(e, f, t) for e, f, t in report.incidents if e != f]
    right = len(report.incidents) - len(wrong)
    print(
        f"incident accuracy      {report.incident_accuracy:.3f} ({right}/{len(report.incidents)})"
    )
    per_language(report, part)
    if "-v" in sys.argv:
        for expected, found, text in wrong:
            print(f"  expected {expected}, suggested {found}: {text[:60]!r}")
        for mistake in report.signals.mistakes + report.facts.mistakes + report.findings.mistakes:
            print("  " + mistake)


if __name__ == "__main__":
    main()
