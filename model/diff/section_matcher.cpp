#include "section_matcher.h"

#include "word_diff.h"

#include <QHash>
#include <algorithm>

namespace Specwright {

namespace {

// Keys that occur once in a document; duplicates cannot identify a section.
QHash<QString, int> uniqueKeys(const QStringList &keys)
{
    QHash<QString, int> index;
    QHash<QString, int> seen;
    for (int i = 0; i < keys.size(); ++i) {
        if (keys[i].isEmpty())
            continue;
        if (++seen[keys[i]] == 1)
            index.insert(keys[i], i);
        else
            index.remove(keys[i]);
    }
    return index;
}

} // namespace

QString SectionMatcher::bodyText(const SpecDocument &doc, int sectionIndex)
{
    const Section &s = doc.sections().at(sectionIndex);
    QString text;
    for (int line = s.headingLine + 1; line <= s.bodyEndLine && line <= doc.source().lineCount();
         ++line) {
        text += doc.source().line(line);
        text += u'\n';
    }
    return text;
}

SectionMatcher::Result SectionMatcher::match(const SpecDocument &oldDoc, const SpecDocument &newDoc)
{
    const int nOld = int(oldDoc.sections().size());
    const int nNew = int(newDoc.sections().size());
    Result r;
    r.newToOld.fill(-1, nNew);
    r.oldToNew.fill(-1, nOld);
    r.matchKind.fill(SectionMatch::None, nNew);
    auto link = [&r](int o, int n, SectionMatch by) {
        r.newToOld[n] = o;
        r.oldToNew[o] = n;
        r.matchKind[n] = by;
    };

    // 1. Explicit ids (only ids written in both versions identify a section for sure).
    QStringList oldIds, newIds;
    for (const Section &s : oldDoc.sections())
        oldIds.append(s.explicitId ? s.id : QString());
    for (const Section &s : newDoc.sections())
        newIds.append(s.explicitId ? s.id : QString());
    const QHash<QString, int> oldById = uniqueKeys(oldIds);
    const QHash<QString, int> newById = uniqueKeys(newIds);
    for (auto it = newById.cbegin(); it != newById.cend(); ++it)
        if (const auto o = oldById.constFind(it.key()); o != oldById.cend())
            link(o.value(), it.value(), SectionMatch::Id);

    // 2. Heading path (titles from the top), then the plain id/slug.
    for (int pass = 0; pass < 2; ++pass) {
        QStringList oldKeys, newKeys;
        for (int i = 0; i < nOld; ++i)
            oldKeys.append(r.oldToNew[i] >= 0 ? QString()
                           : pass == 0        ? oldDoc.sectionPath(i).join(u'\x1f')
                                              : oldDoc.sections()[i].id);
        for (int i = 0; i < nNew; ++i)
            newKeys.append(r.newToOld[i] >= 0 ? QString()
                           : pass == 0        ? newDoc.sectionPath(i).join(u'\x1f')
                                              : newDoc.sections()[i].id);
        const QHash<QString, int> oldByKey = uniqueKeys(oldKeys);
        const QHash<QString, int> newByKey = uniqueKeys(newKeys);
        for (auto it = newByKey.cbegin(); it != newByKey.cend(); ++it)
            if (const auto o = oldByKey.constFind(it.key()); o != oldByKey.cend())
                link(o.value(), it.value(),
                     pass == 0 ? SectionMatch::HeadingPath : SectionMatch::Id);
    }

    // 3. Content similarity among what is left, best pairs first.
    QList<int> leftOld, leftNew;
    for (int i = 0; i < nOld; ++i)
        if (r.oldToNew[i] < 0)
            leftOld.append(i);
    for (int i = 0; i < nNew; ++i)
        if (r.newToOld[i] < 0)
            leftNew.append(i);
    if (leftOld.isEmpty() || leftNew.isEmpty())
        return r;
    // Each body is tokenised once; the pairs then compare word bags.
    QList<WordDiff::WordBag> oldBodies, newBodies;
    for (int o : leftOld)
        oldBodies.append(
            WordDiff::bagOf(QString(oldDoc.sections()[o].title + u'\n' + bodyText(oldDoc, o))));
    for (int n : leftNew)
        newBodies.append(
            WordDiff::bagOf(QString(newDoc.sections()[n].title + u'\n' + bodyText(newDoc, n))));
    struct Candidate
    {
        double score;
        int o;
        int n;
    };
    QList<Candidate> candidates;
    for (int i = 0; i < leftOld.size(); ++i)
        for (int j = 0; j < leftNew.size(); ++j) {
            const double score = WordDiff::similarity(oldBodies[i], newBodies[j]);
            if (score >= similarityThreshold())
                candidates.append({score, leftOld[i], leftNew[j]});
        }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    for (const Candidate &c : candidates)
        if (r.oldToNew[c.o] < 0 && r.newToOld[c.n] < 0)
            link(c.o, c.n, SectionMatch::Similarity);
    return r;
}

} // namespace Specwright
