"""Precision and recall of calm analyze (signals) and calm check (rules) on tests/corpus/,
and the language identification accuracy. Run: python bench/corpus_report.py [-v]"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.corpus_score import Score, score  # noqa: E402


def table(title: str, result: Score) -> None:
    print(f"{title:<22} {'precision':>9} {'recall':>7}   tp  fp  fn")
    for name in result.names():
        print(
            f"  {name:<20} {result.precision(name):9.2f} {result.recall(name):7.2f}  "
            f"{result.true_pos[name]:3} {result.false_pos[name]:3} {result.false_neg[name]:3}"
        )
    precision, recall = result.micro()
    print(f"  {'(all, micro)':<20} {precision:9.2f} {recall:7.2f}\n")


def main() -> None:
    report = score()
    table("signals (analyze)", report.signals)
    table("findings (check)", report.findings)
    wrong = [(e, d, t) for e, d, t in report.languages if e != d]
    print(
        f"language accuracy      {report.language_accuracy:.3f} "
        f"({len(report.languages) - len(wrong)}/{len(report.languages)})"
    )
    for expected, detected, text in wrong:
        print(f"  expected {expected}, detected {detected}: {text[:60]!r}")
    if "-v" in sys.argv:
        for mistake in report.signals.mistakes + report.findings.mistakes:
            print("  " + mistake)


if __name__ == "__main__":
    main()
