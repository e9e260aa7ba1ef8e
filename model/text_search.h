// Substring search for the short, fixed needles the scanners look for ("](", "[^", "</user>").
// QString::contains() with such needles costs a hashed comparison per character; this finds the
// needle's least common character with the vectorised single-character search and compares
// the rest only there.
#pragma once

#include <QStringView>

namespace Specwright {

class TextSearch
{
public:
    static qsizetype indexOf(QStringView haystack, QStringView needle, qsizetype from = 0);
    static bool contains(QStringView haystack, QStringView needle)
    {
        return indexOf(haystack, needle) >= 0;
    }
};

} // namespace Specwright
