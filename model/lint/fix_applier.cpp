#include "fix_applier.h"

#include <algorithm>

namespace Specwright {

QList<TextEdit> FixApplier::normalized(QList<TextEdit> edits)
{
    std::stable_sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) {
        return a.startOffset < b.startOffset;
    });
    QList<TextEdit> result;
    int end = -1;
    for (const TextEdit &e : std::as_const(edits)) {
        if (e.startOffset < end || (e.startOffset == end && !result.isEmpty() &&
                                    result.last().startOffset == e.startOffset))
            continue;
        result.append(e);
        end = std::max(end, e.endOffset);
    }
    return result;
}

QString FixApplier::apply(const QString &text, QList<TextEdit> edits)
{
    const QList<TextEdit> sorted = normalized(std::move(edits));
    QString result = text;
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it) {
        const int start = std::clamp(it->startOffset, 0, int(result.size()));
        const int end = std::clamp(it->endOffset, start, int(result.size()));
        result.replace(start, end - start, it->newText);
    }
    return result;
}

const Fix *FixApplier::primaryFix(const Diagnostic &d)
{
    for (const Fix &f : d.fixes) {
        bool suppression = false;
        for (const TextEdit &e : f.edits)
            suppression |= e.newText.contains(QLatin1String("specwright-disable"));
        if (!suppression && !f.edits.isEmpty())
            return &f;
    }
    return nullptr;
}

bool FixApplier::hasOneFix(const Diagnostic &d)
{
    int choices = 0;
    for (const Fix &f : d.fixes) {
        bool suppression = false;
        for (const TextEdit &e : f.edits)
            suppression |= e.newText.contains(QLatin1String("specwright-disable"));
        choices += !suppression && (!f.edits.isEmpty() || !f.dictionaryWord.isEmpty()) ? 1 : 0;
    }
    return choices == 1;
}

QList<TextEdit> FixApplier::fixAll(const QList<Diagnostic> &diagnostics, const QString &ruleId,
                                   const QString &file)
{
    QList<TextEdit> edits;
    for (const Diagnostic &d : diagnostics) {
        if (d.ruleId != ruleId || d.file != file || !hasOneFix(d))
            continue;
        if (const Fix *f = primaryFix(d))
            edits += f->edits;
    }
    return normalized(edits);
}

} // namespace Specwright
