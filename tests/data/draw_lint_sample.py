#!/usr/bin/env python3
"""Draws the stratified random sample of lint findings that tests/data/lint_judgements.tsv
judges. Usage: draw_lint_sample.py SPECC CORPUS_ROOT [--per-rule N] [--seed S] > sample.tsv

The file set is the one tst_lint_precision lints (keep both in step). Each finding becomes one
row "file, line, rule, verdict, reason, span" with an empty verdict and reason, for a person to
fill in; rows already judged in the existing TSV (same file, rule and line) are not drawn again.
"""
import json
import random
import subprocess
import sys
from pathlib import Path

FILE_SET = [
    ("real/openapi", ["versions/3.2.0.md", "versions/3.0.4.md"]),
    ("real/cloudevents", ["head/**/*.md"]),
    ("real/commonmark", ["versions/0.31.2/spec.txt"]),
    ("real/jsonpath-ietf", ["versions/draft-ietf-jsonpath-base-head-*.md"]),
    ("real/spec-kit-dogfood", ["features/**/*.md"]),
]


def files(root):
    for folder, patterns in FILE_SET:
        base = Path(root) / folder
        for pattern in patterns:
            for path in sorted(base.glob(pattern)):
                yield path


def span_of(lines, d):
    line = lines[d["line"] - 1] if 0 < d["line"] <= len(lines) else ""
    start = max(0, d["column"] - 1)
    end = d["endColumn"] if d["endLine"] == d["line"] else len(line)
    return line[start:end][:40].replace("\t", " ")


def main():
    specc, root = sys.argv[1], sys.argv[2]
    per_rule = int(sys.argv[sys.argv.index("--per-rule") + 1]) if "--per-rule" in sys.argv else 25
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 12
    judged = set()
    tsv = Path(__file__).with_name("lint_judgements.tsv")
    if tsv.exists():
        for row in tsv.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            judged.add((cols[0], cols[2], cols[1]))
    by_rule = {}
    for path in files(root):
        out = subprocess.run([specc, "lint", "--format", "json", str(path)], capture_output=True,
                             text=True).stdout
        rel = str(path.relative_to(root))
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        for d in json.loads(out)["diagnostics"]:
            key = (rel, d["rule"], str(d["line"]))
            if key in judged:
                continue
            by_rule.setdefault(d["rule"], []).append((rel, d["line"], d["rule"], span_of(lines, d),
                                                     d["message"]))
    rng = random.Random(seed)
    print("file\tline\trule\tverdict\treason\tspan")
    for rule in sorted(by_rule):
        found = sorted(by_rule[rule])
        rng.shuffle(found)
        for rel, line, rule_id, span, message in sorted(found[:per_rule]):
            print(f"{rel}\t{line}\t{rule_id}\t\t{message}\t{span}")
    for rule in sorted(by_rule):
        print(f"# {rule}: {len(by_rule[rule])} findings", file=sys.stderr)


if __name__ == "__main__":
    main()
