#include "word_diff.h"

#include "sequence_diff.h"

#include <QHash>
#include <algorithm>

namespace Specwright {

namespace {

enum class TokenClass
{
    Word,
    Space,
    Punct
};

TokenClass classOf(QChar c)
{
    if (c.isLetterOrNumber() || c == u'_' || c.isMark())
        return TokenClass::Word;
    if (c.isSpace())
        return TokenClass::Space;
    return TokenClass::Punct;
}

// Absorbs equal runs made only of spaces/punctuation that sit between two changes.
QList<DiffSegment> cleanUp(const QList<DiffSegment> &raw)
{
    QList<DiffSegment> merged;
    // Group into alternating equal / change regions (a change region: deleted + inserted text).
    struct Region
    {
        bool change;
        QString del;
        QString ins;
        QString eq;
    };
    QList<Region> regions;
    for (const DiffSegment &s : raw) {
        if (s.kind == DiffSegment::Equal) {
            if (!regions.isEmpty() && !regions.last().change)
                regions.last().eq += s.text;
            else
                regions.append({false, {}, {}, s.text});
        } else {
            if (regions.isEmpty() || !regions.last().change)
                regions.append({true, {}, {}, {}});
            (s.kind == DiffSegment::Deleted ? regions.last().del : regions.last().ins) += s.text;
        }
    }
    for (int i = 1; i + 1 < regions.size(); ++i) {
        Region &r = regions[i];
        if (r.change || !regions[i - 1].change || !regions[i + 1].change)
            continue;
        bool trivial = true;
        for (QChar c : r.eq)
            trivial = trivial && classOf(c) != TokenClass::Word;
        if (!trivial || r.eq.size() > 3)
            continue;
        // Merge previous change + this equal + next change into one change region.
        Region &prev = regions[i - 1];
        const Region &next = regions[i + 1];
        prev.del += r.eq + next.del;
        prev.ins += r.eq + next.ins;
        regions.remove(i, 2);
        --i;
    }
    for (const Region &r : regions) {
        if (!r.change) {
            merged.append({DiffSegment::Equal, r.eq});
            continue;
        }
        if (!r.del.isEmpty())
            merged.append({DiffSegment::Deleted, r.del});
        if (!r.ins.isEmpty())
            merged.append({DiffSegment::Inserted, r.ins});
    }
    return merged;
}

} // namespace

QStringList WordDiff::tokenize(QStringView text)
{
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const TokenClass cls = classOf(text[i]);
        qsizetype j = i + 1;
        if (cls != TokenClass::Punct)
            while (j < n && classOf(text[j]) == cls)
                ++j;
        tokens.append(text.mid(i, j - i).toString());
        i = j;
    }
    return tokens;
}

QList<DiffSegment> WordDiff::compute(QStringView oldText, QStringView newText)
{
    const QStringList a = tokenize(oldText);
    const QStringList b = tokenize(newText);
    QHash<QString, int> ids;
    std::vector<int> sa, sb;
    sa.reserve(size_t(a.size()));
    sb.reserve(size_t(b.size()));
    for (const QString &t : a)
        sa.push_back(SequenceDiff::intern(ids, t));
    for (const QString &t : b)
        sb.push_back(SequenceDiff::intern(ids, t));
    QList<DiffSegment> raw;
    auto push = [&raw](DiffSegment::Kind kind, const QString &text) {
        if (!raw.isEmpty() && raw.last().kind == kind)
            raw.last().text += text;
        else
            raw.append({kind, text});
    };
    for (const SequenceDiff::Edit &e : SequenceDiff::compute(sa, sb)) {
        if (e.op == SequenceDiff::Op::Equal)
            push(DiffSegment::Equal, b[e.newIndex]);
        else if (e.op == SequenceDiff::Op::Delete)
            push(DiffSegment::Deleted, a[e.oldIndex]);
        else
            push(DiffSegment::Inserted, b[e.newIndex]);
    }
    return cleanUp(raw);
}

int WordDiff::wordCount(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool w = classOf(c) == TokenClass::Word;
        if (w && !inWord)
            ++count;
        inWord = w;
    }
    return count;
}

int WordDiff::wordCount(const QList<DiffSegment> &segments, DiffSegment::Kind kind)
{
    int count = 0;
    for (const DiffSegment &s : segments)
        if (s.kind == kind)
            count += wordCount(s.text);
    return count;
}

WordDiff::WordBag WordDiff::bagOf(QStringView text)
{
    WordBag bag;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const TokenClass cls = classOf(text[i]);
        qsizetype j = i + 1;
        if (cls != TokenClass::Punct)
            while (j < n && classOf(text[j]) == cls)
                ++j;
        if (cls == TokenClass::Word) {
            ++bag.counts[text.mid(i, j - i).toString().toLower()];
            ++bag.total;
        }
        i = j;
    }
    return bag;
}

double WordDiff::similarity(const WordBag &a, const WordBag &b)
{
    if (a.total + b.total == 0)
        return 1.0;
    const WordBag &small = a.counts.size() <= b.counts.size() ? a : b;
    const WordBag &large = &small == &a ? b : a;
    int common = 0;
    for (auto it = small.counts.cbegin(); it != small.counts.cend(); ++it)
        if (const auto other = large.counts.constFind(it.key()); other != large.counts.cend())
            common += std::min(it.value(), other.value());
    return 2.0 * common / double(a.total + b.total);
}

double WordDiff::similarity(QStringView a, QStringView b)
{
    return similarity(bagOf(a), bagOf(b));
}

} // namespace Specwright
