#include "statement_diff.h"

#include "formatting_normalizer.h"
#include "word_diff.h"

#include <QHash>
#include <algorithm>

namespace Specwright {

namespace {

struct Candidate
{
    const Statement *statement = nullptr;
    QString key;           // formatting-normalised, lower-cased sentence
    WordDiff::WordBag bag; // the sentence's words without its modal keyword
    bool used = false;
};

QList<Candidate> candidatesOf(const SpecDocument &doc, int section)
{
    QList<Candidate> out;
    if (section < 0 || section >= doc.sections().size())
        return out;
    for (int i : doc.sections().at(section).statements) {
        const Statement &st = doc.statements().at(i);
        if (!StatementDiff::isNormative(st))
            continue;
        Candidate c;
        c.statement = &st;
        c.key = FormattingNormalizer::normalizeProse(st.text).toLower();
        QString core = st.text;
        if (!st.keyword.isEmpty())
            core.replace(st.keyword, QString(), Qt::CaseInsensitive);
        c.bag = WordDiff::bagOf(core);
        out.append(std::move(c));
    }
    return out;
}

StatementChange single(StatementChange::Kind kind, const Statement &st)
{
    StatementChange c;
    c.kind = kind;
    if (kind == StatementChange::Added) {
        c.newText = st.text;
        c.newKeyword = st.keyword;
        c.newModality = st.modality;
        c.newLine = st.range.startLine;
    } else {
        c.oldText = st.text;
        c.oldKeyword = st.keyword;
        c.oldModality = st.modality;
        c.oldLine = st.range.startLine;
    }
    return c;
}

} // namespace

int StatementDiff::force(Modality modality)
{
    switch (modality) {
    case Modality::May:
    case Modality::MayNot:
    case Modality::Optional:
    case Modality::Can:
        return 1;
    case Modality::Should:
    case Modality::ShouldNot:
    case Modality::Recommended:
    case Modality::NotRecommended:
        return 2;
    case Modality::Must:
    case Modality::MustNot:
    case Modality::Shall:
    case Modality::ShallNot:
    case Modality::Required:
    case Modality::Will:
        return 3;
    case Modality::None:
        break;
    }
    return 0;
}

bool StatementDiff::isNegative(Modality modality)
{
    return modality == Modality::MustNot || modality == Modality::ShallNot ||
           modality == Modality::ShouldNot || modality == Modality::MayNot ||
           modality == Modality::NotRecommended;
}

bool StatementDiff::isNormative(const Statement &statement)
{
    return (statement.kind == StatementKind::Normative || statement.kind == StatementKind::Ears) &&
           statement.modality != Modality::None;
}

QString StatementDiff::modalityName(Modality modality)
{
    switch (modality) {
    case Modality::Must:
        return QStringLiteral("must");
    case Modality::MustNot:
        return QStringLiteral("must not");
    case Modality::Shall:
        return QStringLiteral("shall");
    case Modality::ShallNot:
        return QStringLiteral("shall not");
    case Modality::Should:
        return QStringLiteral("should");
    case Modality::ShouldNot:
        return QStringLiteral("should not");
    case Modality::May:
        return QStringLiteral("may");
    case Modality::MayNot:
        return QStringLiteral("may not");
    case Modality::Required:
        return QStringLiteral("required");
    case Modality::Recommended:
        return QStringLiteral("recommended");
    case Modality::NotRecommended:
        return QStringLiteral("not recommended");
    case Modality::Optional:
        return QStringLiteral("optional");
    case Modality::Can:
        return QStringLiteral("can");
    case Modality::Will:
        return QStringLiteral("will");
    case Modality::None:
        break;
    }
    return {};
}

QString StatementDiff::kindName(StatementChange::Kind kind)
{
    switch (kind) {
    case StatementChange::Added:
        return QStringLiteral("added");
    case StatementChange::Removed:
        return QStringLiteral("removed");
    case StatementChange::Strengthened:
        return QStringLiteral("strengthened");
    case StatementChange::Weakened:
        return QStringLiteral("weakened");
    case StatementChange::Negated:
        return QStringLiteral("negated");
    case StatementChange::Reworded:
        break;
    }
    return QStringLiteral("reworded");
}

QList<StatementChange> StatementDiff::compute(const SpecDocument &oldDoc, int oldSection,
                                              const SpecDocument &newDoc, int newSection,
                                              const QList<BlockChange> &blocks)
{
    QList<Candidate> olds = candidatesOf(oldDoc, oldSection);
    QList<Candidate> news = candidatesOf(newDoc, newSection);

    // 1. The same sentence (up to formatting and the keyword's case) is no change.
    QHash<QString, QList<int>> oldByKey;
    for (int i = 0; i < olds.size(); ++i)
        oldByKey[olds[i].key].append(i);
    for (Candidate &n : news) {
        auto it = oldByKey.find(n.key);
        if (it == oldByKey.end() || it->isEmpty())
            continue;
        olds[it->takeFirst()].used = true;
        n.used = true;
    }

    // 2. The rest pair by the words around the keyword, best pairs first: within each edited
    // block pair, then among what is left, comparing each old statement with the new ones
    // near its rank only, so the work stays linear in the section's size.
    struct Pair
    {
        double score;
        int o;
        int n;
    };
    QList<Pair> pairs;
    auto consider = [&](int o, int n) {
        if (olds[o].used || news[n].used)
            return;
        const double score = WordDiff::similarity(olds[o].bag, news[n].bag);
        if (score >= pairingThreshold())
            pairs.append({score, o, n});
    };
    auto lineIn = [](const Candidate &c, int first, int last) {
        const int line = c.statement->range.startLine;
        return line >= first && line <= last;
    };
    QList<int> oldOrder, newOrder; // candidates left after the block pairs
    {
        int o = 0, n = 0;
        for (const BlockChange &b : blocks) {
            if (b.kind != BlockChange::Modified)
                continue;
            while (o < olds.size() && olds[o].statement->range.startLine < b.oldLine)
                ++o;
            while (n < news.size() && news[n].statement->range.startLine < b.newLine)
                ++n;
            QList<int> inOld, inNew;
            for (int i = o; i < olds.size() && lineIn(olds[i], b.oldLine, b.oldEndLine); ++i)
                inOld.append(i);
            for (int j = n; j < news.size() && lineIn(news[j], b.newLine, b.newEndLine); ++j)
                inNew.append(j);
            for (int i : inOld)
                for (int j : inNew)
                    consider(i, j);
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return a.score > b.score; });
    QList<StatementChange> out;
    QList<int> pairedNew(news.size(), -1);
    auto take = [&](const Pair &p) {
        if (olds[p.o].used || news[p.n].used)
            return;
        olds[p.o].used = news[p.n].used = true;
        const Statement &a = *olds[p.o].statement;
        const Statement &b = *news[p.n].statement;
        StatementChange c;
        c.oldText = a.text;
        c.newText = b.text;
        c.oldKeyword = a.keyword;
        c.newKeyword = b.keyword;
        c.oldModality = a.modality;
        c.newModality = b.modality;
        c.oldLine = a.range.startLine;
        c.newLine = b.range.startLine;
        c.words = WordDiff::compute(a.text, b.text);
        const bool negA = isNegative(a.modality) || a.negated;
        const bool negB = isNegative(b.modality) || b.negated;
        if (negA != negB)
            c.kind = StatementChange::Negated;
        else if (force(b.modality) > force(a.modality))
            c.kind = StatementChange::Strengthened;
        else if (force(b.modality) < force(a.modality))
            c.kind = StatementChange::Weakened;
        else
            c.kind = StatementChange::Reworded;
        pairedNew[p.n] = int(out.size());
        out.append(c);
    };
    for (const Pair &p : std::as_const(pairs))
        take(p);
    pairs.clear();
    for (int o = 0; o < olds.size(); ++o)
        if (!olds[o].used)
            oldOrder.append(o);
    for (int n = 0; n < news.size(); ++n)
        if (!news[n].used)
            newOrder.append(n);
    constexpr int window = 64;
    for (int i = 0; i < oldOrder.size(); ++i) {
        const int centre = oldOrder.size() > 1 ? int(qint64(i) * qMax(0, int(newOrder.size()) - 1) /
                                                     qMax(1, int(oldOrder.size()) - 1))
                                               : 0;
        for (int j = qMax(0, centre - window); j < newOrder.size() && j <= centre + window; ++j)
            consider(oldOrder[i], newOrder[j]);
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return a.score > b.score; });
    for (const Pair &p : std::as_const(pairs))
        take(p);
    // Removed first, then the new version's statements in their order.
    QList<StatementChange> ordered;
    for (const Candidate &o : olds)
        if (!o.used)
            ordered.append(single(StatementChange::Removed, *o.statement));
    for (int n = 0; n < news.size(); ++n) {
        if (pairedNew[n] >= 0)
            ordered.append(out[pairedNew[n]]);
        else if (!news[n].used)
            ordered.append(single(StatementChange::Added, *news[n].statement));
    }
    return ordered;
}

} // namespace Specwright
