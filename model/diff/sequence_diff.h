// The one place that uses dtl: a shortest edit script between two sequences of interned ids.
// Words and blocks are interned to ints first, so dtl compares integers only.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <vector>

namespace Specwright {

class SequenceDiff
{
public:
    enum class Op
    {
        Equal,
        Delete,
        Insert
    };
    struct Edit
    {
        Op op = Op::Equal;
        int oldIndex = -1; // 0-based; -1 for inserts
        int newIndex = -1; // 0-based; -1 for deletes
    };

    static QList<Edit> compute(const std::vector<int> &oldSeq, const std::vector<int> &newSeq);
    // The id of a token, adding it to `ids` when new (equal tokens get equal ids).
    static int intern(QHash<QString, int> &ids, const QString &token);
};

} // namespace Specwright
