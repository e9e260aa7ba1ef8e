#include "example_diff.h"

#include <QSet>

namespace Specwright {

namespace {

QString labels(const Example &e)
{
    QStringList out;
    for (const ExampleTurn &t : e.turns)
        if (t.label != AnswerLabel::None)
            out.append(ExampleDiff::labelName(t.label));
    return out.join(u", ");
}

QString turnsText(const Example &e)
{
    QString out;
    for (const ExampleTurn &t : e.turns)
        out += t.role + u'\n' + t.text + u'\n' + t.rationale + u'\n' + t.violatedSection + u'\n';
    return out;
}

} // namespace

QString ExampleDiff::labelName(AnswerLabel label)
{
    return label == AnswerLabel::None ? QStringLiteral("-") : answerLabelName(label);
}

QList<ExampleChange> ExampleDiff::compute(const SpecDocument &oldDoc, const QList<int> &oldExamples,
                                          const SpecDocument &newDoc, const QList<int> &newExamples)
{
    QList<ExampleChange> out;
    QSet<int> usedOld;
    for (int n : newExamples) {
        const Example &ne = newDoc.examples()[n];
        int match = -1;
        for (int o : oldExamples)
            if (!usedOld.contains(o) && oldDoc.examples()[o].title == ne.title) {
                match = o;
                break;
            }
        if (match < 0) {
            out.append({ExampleChange::Added, ne.title, {}});
            continue;
        }
        usedOld.insert(match);
        const Example &oe = oldDoc.examples()[match];
        const QString ol = labels(oe), nl = labels(ne);
        if (ol != nl)
            out.append({ExampleChange::AnswerChanged, ne.title, tr("%1 -> %2").arg(ol, nl)});
        else if (turnsText(oe) != turnsText(ne))
            out.append({ExampleChange::Modified, ne.title, {}});
    }
    for (int o : oldExamples)
        if (!usedOld.contains(o))
            out.append({ExampleChange::Removed, oldDoc.examples()[o].title, {}});
    return out;
}

} // namespace Specwright
