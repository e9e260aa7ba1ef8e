#!/usr/bin/env python3
"""Deterministic generator of Model-Spec-shaped specs for benchmarks and large fixtures.

    python3 tests/bench/make_spec.py --size 270K [--version 2] [--seed N] --out FILE
                                     [--examples-dir DIR]

The text is of our own making (random prose from fixed word lists), shaped like the OpenAI
Model Spec: headings (levels 1-4) with {#snake_id authority=...}, [?](#id) and [words](#id)
references, **Example**: + ~~~xml fences with turns and <comparison> blocks with GOOD/BAD/OK
labels, backtick fences inside tilde fences, `!!! meta "Commentary"` blocks, footnote tags
[^abcd] with examples/abcd.md eval-prompt files, and normative sentences (some vague, so a
linter has work).

Version 2 is the same document (same seed) with about 2% of the prose paragraphs edited at
word level and two level-2 sections (with their subsections) moved. Same arguments give the
same bytes on every run and machine (stdlib only, no hash randomisation involved).
"""

import argparse
import os
import random
import sys

AUTHORITIES = ["root", "system", "developer", "user", "guideline"]

NOUNS = """assistant user developer request answer instruction policy message context tool
result conversation topic question source claim fact opinion risk harm privacy account
record summary document draft plan schedule recipe garden budget report translation
reply mistake correction preference setting language format table list citation quote
image file browser search query dataset metric estimate forecast guideline boundary
reader author editor reviewer customer patient student teacher traveller shopper""".split()
VERBS = """answer explain summarize refuse clarify follow respect ignore mention cite verify
check translate format describe recommend suggest warn disclose share protect avoid
confirm acknowledge correct rewrite shorten expand compare list quote review""".split()
ADJECTIVES = """clear honest brief accurate careful neutral specific relevant safe private
public complete partial direct polite concise factual uncertain explicit implicit local
previous current final optional sensitive""".split()
ADVERBS = """clearly briefly carefully directly politely plainly openly calmly""".split()
VAGUE = ["as appropriate", "where possible", "if needed", "as soon as possible",
         "in a timely manner", "user-friendly", "reasonable", "robust", "quickly",
         "sufficient", "etc.", "and/or", "better", "the best", "soon", "fast", "easy"]
MODALS = ["must", "must not", "should", "should not", "may", "must", "should", "must"]
ROLES_INTRO = ["system", "developer", "user"]
TOOLS = ["browser", "python", "calendar", "weather", "search", "soil_probe", "file_reader"]
LANGS = ["json", "python", "bash", "text"]
SYNONYMS = """person helper guidance response statement directive rule item entry piece
detail point note output outcome hint signal notice aspect matter element issue""".split()


def parse_size(text):
    text = text.strip().upper()
    mult = 1
    if text.endswith("K"):
        mult, text = 1000, text[:-1]
    elif text.endswith("M"):
        mult, text = 1000 * 1000, text[:-1]
    return int(float(text) * mult)


class Generator:
    def __init__(self, seed, section_count):
        self.rng = random.Random(seed)
        self.count = section_count
        self.ids = self.make_ids()
        self.tags = []

    def make_ids(self):
        ids, seen = [], set()
        while len(ids) < self.count:
            words = self.rng.sample(VERBS, 1) + self.rng.sample(NOUNS, self.rng.randint(1, 2))
            ident = "_".join(words)
            if ident in seen:
                ident = "%s_%d" % (ident, len(ids))
            seen.add(ident)
            ids.append(ident)
        return ids

    # ---- prose -------------------------------------------------------------------------
    def words(self, n):
        r = self.rng
        out = []
        for _ in range(n):
            pick = r.random()
            if pick < 0.45:
                out.append(r.choice(NOUNS))
            elif pick < 0.7:
                out.append(r.choice(ADJECTIVES))
            elif pick < 0.85:
                out.append(r.choice(VERBS))
            else:
                out.append(r.choice(["the", "a", "of", "to", "with", "for", "in", "and", "or"]))
        return out

    def title(self):
        w = self.words(self.rng.randint(2, 5))
        return " ".join(w).capitalize()

    def reference(self, index):
        r = self.rng
        if r.random() < 0.03:
            target = "missing_" + r.choice(NOUNS)  # a broken reference for the linter
        else:
            target = self.ids[r.randrange(self.count)]
        if r.random() < 0.55:
            return "[?](#%s)" % target
        return "[%s](#%s)" % (" ".join(self.words(r.randint(1, 3))), target)

    def sentence(self, index, normative):
        r = self.rng
        parts = []
        if normative:
            subject = r.choice(["The assistant", "The model", "A developer", "The system",
                                "The reply", "Each answer"])
            parts.append(subject)
            parts.append(r.choice(MODALS))
            parts.append(r.choice(VERBS))
            parts.extend(self.words(r.randint(3, 12)))
            if r.random() < 0.18:
                parts.append(r.choice(VAGUE))
            if r.random() < 0.04:
                parts.extend(self.words(r.randint(25, 40)))  # overlong normative sentence
        else:
            parts.append(r.choice(["This", "Such a", "Every", "One", "Any", "That"]))
            parts.extend(self.words(r.randint(5, 16)))
            if r.random() < 0.08:
                parts.append(r.choice(VAGUE))
        if r.random() < 0.12:
            parts.append(self.reference(index))
        if r.random() < 0.02:
            w = r.choice(NOUNS)
            parts.extend([w, w])  # a repeated word
        if r.random() < 0.01:
            parts.append(r.choice(["TODO", "TBD"]))
        text = " ".join(parts)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, index):
        r = self.rng
        sentences = [self.sentence(index, r.random() < 0.4) for _ in range(r.randint(2, 6))]
        text = " ".join(sentences)
        if r.random() < 0.06:
            tag = self.new_tag()
            text = text[:-1] + "[^%s]." % tag
        return self.wrap(text)

    def wrap(self, text, width=96, indent=""):
        lines, line = [], indent
        for word in text.split(" "):
            if len(line) + len(word) + 1 > width and line.strip():
                lines.append(line.rstrip())
                line = indent
            line += word + " "
        if line.strip():
            lines.append(line.rstrip())
        return "\n".join(lines)

    def new_tag(self):
        r = self.rng
        letters = "abcdefghijklmnopqrstuvwxyz"
        while True:
            tag = r.choice(letters) + str(r.randint(10, 99)) + r.choice(letters)
            if tag not in self.tags:
                self.tags.append(tag)
                return tag

    # ---- blocks ------------------------------------------------------------------------
    def turn_text(self):
        return self.wrap(" ".join(self.sentence(0, False) for _ in range(self.rng.randint(1, 3))))

    def label(self, index):
        r = self.rng
        pick = r.random()
        if pick < 0.45:
            return "<!-- GOOD -->" if r.random() < 0.5 else "<!-- GOOD: %s -->" % " ".join(
                self.words(3))
        if pick < 0.65:
            return "<!-- BAD: %s -->" % " ".join(self.words(r.randint(2, 6)))
        if pick < 0.85:
            return "<!-- BAD#%s: %s -->" % (self.ids[r.randrange(self.count)],
                                            " ".join(self.words(r.randint(2, 5))))
        return "<!-- OK -->" if r.random() < 0.5 else "<!-- OK: %s -->" % " ".join(self.words(3))

    def example(self, index):
        r = self.rng
        lines = ["**Example**: " + self.title().lower(), "", "~~~xml"]
        for role in ROLES_INTRO:
            if role == "user" or r.random() < 0.35:
                lines += ["<%s>" % role, self.turn_text(), "</%s>" % role]
        if r.random() < 0.2:
            tool = r.choice(TOOLS)
            lang = r.choice(LANGS)
            lines += ['<tool name="%s">' % tool, "```" + lang]
            for _ in range(r.randint(2, 6)):
                lines.append('{"%s": "%s", "%s": %d}' % (r.choice(NOUNS), r.choice(ADJECTIVES),
                                                         r.choice(NOUNS), r.randint(0, 999)))
            lines += ["```", "</tool>"]
            if r.random() < 0.5:
                lines += ["<user>", self.turn_text(), "</user>"]
        if r.random() < 0.7:
            lines.append("<comparison>")
            for _ in range(r.randint(2, 3)):
                lines += ["<assistant> " + self.label(index), self.turn_text(), "</assistant>"]
            lines.append("</comparison>")
        else:
            lines += ["<assistant> " + self.label(index), self.turn_text(), "</assistant>"]
        lines.append("~~~")
        return "\n".join(lines)

    def meta(self, index):
        r = self.rng
        body = []
        for i in range(r.randint(1, 2)):
            if i:
                body.append("")
            text = " ".join(self.sentence(index, r.random() < 0.3) for _ in range(r.randint(2, 4)))
            body.append(self.wrap(text, indent="    "))
        return '!!! meta "Commentary"\n' + "\n".join(body)

    def bullet_list(self, index):
        r = self.rng
        items = []
        for _ in range(r.randint(2, 5)):
            items.append("- " + self.sentence(index, r.random() < 0.5))
        return "\n".join(items)

    def table(self):
        r = self.rng
        rows = ["| %s | %s |" % (self.title(), self.title()), "|---|---|"]
        for _ in range(r.randint(2, 4)):
            rows.append("| %s | %s |" % (" ".join(self.words(2)), " ".join(self.words(4))))
        return "\n".join(rows)

    # ---- document ----------------------------------------------------------------------
    def section(self, index, level):
        r = self.rng
        attrs = "#" + self.ids[index]
        if level > 1 and r.random() < 0.9:
            attrs += " authority=" + r.choice(AUTHORITIES)
        heading = "%s %s {%s}" % ("#" * level, self.title(), attrs)
        blocks = [("para", self.paragraph(index))]
        for _ in range(r.randint(1, 5)):
            pick = r.random()
            if pick < 0.42:
                blocks.append(("para", self.paragraph(index)))
            elif pick < 0.82:
                blocks.append(("example", self.example(index)))
            elif pick < 0.9:
                blocks.append(("meta", self.meta(index)))
            elif pick < 0.97:
                blocks.append(("list", self.bullet_list(index)))
            else:
                blocks.append(("table", self.table()))
        return {"level": level, "heading": heading, "blocks": blocks}

    def document(self):
        r = self.rng
        sections = []
        level = 1
        for index in range(self.count):
            if index == 0 or r.random() < 0.06:
                level = 1
            elif level == 1:
                level = 2
            else:
                pick = r.random()
                if pick < 0.4:
                    level = 2
                elif pick < 0.8:
                    level = min(level + 1, 3) if level < 3 else 3
                else:
                    level = min(level + 1, 4)
            sections.append(self.section(index, level))
        return sections


def edit_version2(sections, seed):
    """About 2% of prose paragraphs edited at word level, two level-2 subtrees moved."""
    r = random.Random(seed * 7919 + 2)
    paragraphs = [(si, bi) for si, s in enumerate(sections)
                  for bi, (kind, _) in enumerate(s["blocks"]) if kind == "para"]
    edits = max(2, round(len(paragraphs) * 0.02))
    for si, bi in r.sample(paragraphs, min(edits, len(paragraphs))):
        kind, text = sections[si]["blocks"][bi]
        words = text.replace("\n", " ").split(" ")
        plain = [i for i, w in enumerate(words) if w.isalpha()]
        for _ in range(r.randint(1, 4)):
            if not plain:
                break
            i = r.choice(plain)
            action = r.random()
            if action < 0.6:
                words[i] = r.choice(SYNONYMS)
            elif action < 0.8:
                words.insert(i, r.choice(SYNONYMS))
                plain = [j for j, w in enumerate(words) if w.isalpha()]
            else:
                words[i] = ""
        text = " ".join(w for w in words if w)
        sections[si]["blocks"][bi] = (kind, Generator.wrap(None, text))

    def subtree_end(start):
        end = start + 1
        while end < len(sections) and sections[end]["level"] > sections[start]["level"]:
            end += 1
        return end

    for _ in range(2):
        level2 = [i for i, s in enumerate(sections) if s["level"] == 2]
        if len(level2) < 4:
            break
        start = r.choice(level2[1:-1])
        end = subtree_end(start)
        moved = sections[start:end]
        del sections[start:end]
        targets = [i for i, s in enumerate(sections) if s["level"] == 2 and i != start]
        dest = r.choice(targets)
        sections[dest:dest] = moved
    return sections


def render(sections, tags):
    out = []
    for s in sections:
        out.append(s["heading"])
        out.append("")
        for _, text in s["blocks"]:
            out.append(text)
            out.append("")
    for tag in tags:
        out.append("[^%s]: Evaluation prompts for this passage." % tag)
    out.append("")
    return "\n".join(out)


def build(size, seed, version):
    # Sections average ~3.2 KB; refine the count until the text is within ~2% of the target.
    count = max(3, round(size / 3200))
    best = None
    for _ in range(6):
        gen = Generator(seed, count)
        sections = gen.document()
        text = render(sections, gen.tags)
        if best is None or abs(len(text) - size) < abs(len(best[0]) - size):
            best = (text, gen, sections)
        if abs(len(text) - size) <= size * 0.02:
            break
        count = max(3, round(count * size / len(text)))
    text, gen, sections = best
    if version == 2:
        sections = edit_version2(sections, seed)
        text = render(sections, gen.tags)
    return text, gen


def write_examples(directory, gen, seed):
    os.makedirs(directory, exist_ok=True)
    r = random.Random(seed * 31 + 5)
    # A few tags have no file (the linter reports them) and one file has no tag.
    tags = [t for i, t in enumerate(gen.tags) if i % 17 != 16] + ["zz99z"]
    for tag in tags:
        lines = ["# Evaluation prompts for [^%s]" % tag, ""]
        for _ in range(r.randint(1, 3)):
            gen.rng = r
            lines += ["**Example**: " + gen.title().lower(), "", "~~~xml", "<user>",
                      gen.turn_text(), "</user>", "~~~", ""]
        with open(os.path.join(directory, tag + ".md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="270K", help="target size, e.g. 100K, 270K, 1M, 4M")
    parser.add_argument("--version", type=int, default=1, choices=[1, 2])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--examples-dir", default=None)
    args = parser.parse_args()

    text, gen = build(parse_size(args.size), args.seed, args.version)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    if args.examples_dir:
        write_examples(args.examples_dir, gen, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
