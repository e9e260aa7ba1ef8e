#!/usr/bin/env python3
"""Draws the stratified random sample of lint findings that tests/data/lint_judgements.tsv
judges.

    SPECWRIGHT_LINT_FINDINGS=build/findings.tsv ctest -R tst_lint_precision
    tests/data/draw_lint_sample.py build/findings.tsv [--per-rule N] [--seed S] > sample.tsv

tst_lint_precision writes every current finding on the corpus files (every rule, including the
ones off by default) to the file named by SPECWRIGHT_LINT_FINDINGS. This script shuffles the
findings of each rule that are not judged yet with a fixed seed and keeps at most N per rule
(stratified by rule), as rows "file, line, rule, verdict, reason, span" with an empty verdict
and the message as a reminder in place of the reason, for a person to judge: verdict real, noise
or parser (noise from a misreading of the document model), reason one line.
"""
import random
import sys
from pathlib import Path


def main():
    findings = Path(sys.argv[1])
    per_rule = int(sys.argv[sys.argv.index("--per-rule") + 1]) if "--per-rule" in sys.argv else 30
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 12
    judged = set()
    tsv = Path(__file__).with_name("lint_judgements.tsv")
    if tsv.exists():
        for row in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            judged.add((cols[0], cols[2], cols[1]))
    by_rule = {}
    for row in findings.read_text(encoding="utf-8").splitlines():
        file, line, rule, message, span = (row.split("\t") + [""] * 5)[:5]
        if (file, rule, line) not in judged:
            by_rule.setdefault(rule, []).append((file, int(line), rule, span, message))
    rng = random.Random(seed)
    print("file\tline\trule\tverdict\treason\tspan")
    for rule in sorted(by_rule):
        found = sorted(by_rule[rule])
        rng.shuffle(found)
        for file, line, rule_id, span, message in sorted(found[:per_rule]):
            print(f"{file}\t{line}\t{rule_id}\t\t{message}\t{span}")
    for rule in sorted(by_rule):
        print(f"# {rule}: {len(by_rule[rule])} not judged", file=sys.stderr)


if __name__ == "__main__":
    main()
