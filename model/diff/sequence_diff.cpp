#include "sequence_diff.h"

#include <dtl/dtl.hpp>

namespace Specwright {

QList<SequenceDiff::Edit> SequenceDiff::compute(const std::vector<int> &oldSeq,
                                                const std::vector<int> &newSeq)
{
    QList<Edit> edits;
    edits.reserve(qsizetype(oldSeq.size() + newSeq.size()));
    // Cheap common prefix/suffix first: most blocks of an amendment change in one place.
    size_t prefix = 0;
    while (prefix < oldSeq.size() && prefix < newSeq.size() && oldSeq[prefix] == newSeq[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < oldSeq.size() - prefix && suffix < newSeq.size() - prefix &&
           oldSeq[oldSeq.size() - 1 - suffix] == newSeq[newSeq.size() - 1 - suffix])
        ++suffix;
    for (size_t i = 0; i < prefix; ++i)
        edits.append({Op::Equal, int(i), int(i)});
    const std::vector<int> a(oldSeq.begin() + qsizetype(prefix), oldSeq.end() - qsizetype(suffix));
    const std::vector<int> b(newSeq.begin() + qsizetype(prefix), newSeq.end() - qsizetype(suffix));
    if (a.empty()) {
        for (size_t j = 0; j < b.size(); ++j)
            edits.append({Op::Insert, -1, int(prefix + j)});
    } else if (b.empty()) {
        for (size_t i = 0; i < a.size(); ++i)
            edits.append({Op::Delete, int(prefix + i), -1});
    } else {
        dtl::Diff<int, std::vector<int>> diff(a, b);
        diff.onHuge();
        diff.compose();
        for (const auto &[element, info] : diff.getSes().getSequence()) {
            Q_UNUSED(element);
            switch (info.type) {
            case dtl::SES_COMMON:
                edits.append(
                    {Op::Equal, int(prefix + info.beforeIdx - 1), int(prefix + info.afterIdx - 1)});
                break;
            case dtl::SES_DELETE:
                edits.append({Op::Delete, int(prefix + info.beforeIdx - 1), -1});
                break;
            default:
                edits.append({Op::Insert, -1, int(prefix + info.afterIdx - 1)});
                break;
            }
        }
    }
    for (size_t k = 0; k < suffix; ++k)
        edits.append({Op::Equal, int(oldSeq.size() - suffix + k), int(newSeq.size() - suffix + k)});
    return edits;
}

int SequenceDiff::intern(QHash<QString, int> &ids, const QString &token)
{
    // QHash::insert would replace an existing value, so look the token up first.
    auto it = ids.constFind(token);
    if (it == ids.cend())
        it = ids.insert(token, int(ids.size()));
    return it.value();
}

} // namespace Specwright
