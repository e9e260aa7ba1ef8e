#include "function_rule.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <vector>

namespace Specwright {

int FunctionRule::editDistance(QStringView a, QStringView b, int limit)
{
    // Each row's minimum never decreases, and the distance is at least the length difference.
    if (std::abs(int(a.size()) - int(b.size())) >= limit)
        return limit;
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = up;
        }
        if (*std::min_element(row.begin(), row.end()) >= limit)
            return limit;
    }
    return row.back();
}

} // namespace Specwright
