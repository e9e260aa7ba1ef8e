#include "example_diff.h"

#include "formatting_normalizer.h"
#include "word_diff.h"

#include <QHash>
#include <QSet>

namespace Specwright {

namespace {

bool isAnswer(const ExampleTurn &t)
{
    return t.inComparison || t.label != AnswerLabel::None;
}

ExampleChange change(ExampleChange::Kind kind, const Example &e, int oldIndex, int newIndex,
                     const QString &detail = {})
{
    ExampleChange c;
    c.kind = kind;
    c.title = e.title;
    c.detail = detail;
    c.oldIndex = oldIndex;
    c.newIndex = newIndex;
    return c;
}

} // namespace

QString ExampleDiff::labelName(AnswerLabel label)
{
    return label == AnswerLabel::None ? QStringLiteral("-") : answerLabelName(label);
}

QString ExampleDiff::excerpt(const QString &text, int maxChars)
{
    const QString flat = FormattingNormalizer::normalizeProse(text);
    if (flat.size() <= maxChars)
        return flat;
    qsizetype cut = flat.lastIndexOf(u' ', maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return flat.left(cut) + QStringLiteral("\u2026");
}

QList<int> ExampleDiff::matchTurns(const Example &oldExample, const Example &newExample)
{
    const QList<ExampleTurn> &a = oldExample.turns;
    const QList<ExampleTurn> &b = newExample.turns;
    QList<int> match(b.size(), -1);
    QList<bool> used(a.size(), false);
    auto flat = [](const ExampleTurn &t) { return FormattingNormalizer::normalizeProse(t.text); };
    // Answers: the same text in the same decision point, whatever its label.
    for (int j = 0; j < b.size(); ++j) {
        if (!isAnswer(b[j]))
            continue;
        for (int i = 0; i < a.size(); ++i)
            if (!used[i] && isAnswer(a[i]) && a[i].comparisonIndex == b[j].comparisonIndex &&
                flat(a[i]) == flat(b[j])) {
                match[j] = i;
                used[i] = true;
                break;
            }
    }
    // Then by position: the k-th unmatched answer of a decision point, the k-th other turn.
    for (int j = 0; j < b.size(); ++j) {
        if (match[j] >= 0)
            continue;
        for (int i = 0; i < a.size(); ++i)
            if (!used[i] && isAnswer(a[i]) == isAnswer(b[j]) && a[i].role == b[j].role &&
                (!isAnswer(b[j]) || a[i].comparisonIndex == b[j].comparisonIndex)) {
                match[j] = i;
                used[i] = true;
                break;
            }
    }
    return match;
}

QList<ExampleChange> ExampleDiff::compute(const SpecDocument &oldDoc, const QList<int> &oldExamples,
                                          const SpecDocument &newDoc, const QList<int> &newExamples)
{
    QList<ExampleChange> out;
    QSet<int> usedOld;
    // Examples match by title; a retitled one by its turns (most of its words kept).
    QHash<int, int> matchOf;
    for (int n : newExamples)
        for (int o : oldExamples)
            if (!usedOld.contains(o) && oldDoc.examples()[o].title == newDoc.examples()[n].title) {
                matchOf.insert(n, o);
                usedOld.insert(o);
                break;
            }
    auto turnWords = [](const Example &e) {
        QString all;
        for (const ExampleTurn &t : e.turns)
            all += t.text + u'\n';
        return WordDiff::bagOf(all);
    };
    for (int n : newExamples) {
        if (matchOf.contains(n))
            continue;
        const WordDiff::WordBag bag = turnWords(newDoc.examples()[n]);
        for (int o : oldExamples)
            if (!usedOld.contains(o) &&
                WordDiff::similarity(turnWords(oldDoc.examples()[o]), bag) >= 0.6) {
                matchOf.insert(n, o);
                usedOld.insert(o);
                break;
            }
    }
    for (int n : newExamples) {
        const Example &ne = newDoc.examples()[n];
        const int match = matchOf.value(n, -1);
        if (match < 0) {
            out.append(change(ExampleChange::Added, ne, -1, n));
            continue;
        }
        const Example &oe = oldDoc.examples()[match];
        const QList<int> turns = matchTurns(oe, ne);
        QList<bool> oldSeen(oe.turns.size(), false);
        bool edited = oe.title != ne.title;
        for (int j = 0; j < ne.turns.size(); ++j) {
            const ExampleTurn &nt = ne.turns[j];
            if (turns[j] < 0) {
                if (isAnswer(nt))
                    out.append(
                        change(ExampleChange::AnswerAdded, ne, match, n,
                               labelName(nt.label) + QStringLiteral(": ") + excerpt(nt.text)));
                else
                    edited = true;
                continue;
            }
            oldSeen[turns[j]] = true;
            const ExampleTurn &ot = oe.turns[turns[j]];
            if (ot.label != nt.label)
                out.append(
                    change(ExampleChange::LabelFlipped, ne, match, n,
                           QStringLiteral("%1 \u2192 %2: %3")
                               .arg(labelName(ot.label), labelName(nt.label), excerpt(nt.text))));
            if (ot.rationale.trimmed() != nt.rationale.trimmed() ||
                ot.violatedSection != nt.violatedSection)
                out.append(change(ExampleChange::RationaleChanged, ne, match, n,
                                  QStringLiteral("\u201c%1\u201d \u2192 \u201c%2\u201d")
                                      .arg(ot.rationale.trimmed(), nt.rationale.trimmed())));
            if (!FormattingNormalizer::sameContent(ot.text, nt.text, BlockKind::Paragraph) ||
                ot.role != nt.role || ot.attributes != nt.attributes)
                edited = true;
        }
        for (int i = 0; i < oe.turns.size(); ++i) {
            if (oldSeen[i])
                continue;
            if (isAnswer(oe.turns[i]))
                out.append(change(ExampleChange::AnswerRemoved, ne, match, n,
                                  labelName(oe.turns[i].label) + QStringLiteral(": ") +
                                      excerpt(oe.turns[i].text)));
            else
                edited = true;
        }
        if (edited)
            out.append(change(ExampleChange::Modified, ne, match, n,
                              oe.title != ne.title
                                  ? tr("retitled from \u201c%1\u201d").arg(oe.title)
                                  : QString()));
    }
    for (int o : oldExamples)
        if (!usedOld.contains(o))
            out.append(change(ExampleChange::Removed, oldDoc.examples()[o], o, -1));
    for (ExampleChange &c : out) {
        c.oldLine = c.oldIndex >= 0 ? oldDoc.examples()[c.oldIndex].range.startLine : 0;
        c.newLine = c.newIndex >= 0 ? newDoc.examples()[c.newIndex].range.startLine : 0;
    }
    return out;
}

} // namespace Specwright
