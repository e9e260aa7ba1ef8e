// Pairs the sections of two versions: by explicit id, then heading path, then similarity.
#pragma once

#include "diff_types.h"
#include "spec_document.h"

namespace Specwright {

class SectionMatcher
{
public:
    struct Pair
    {
        int oldIndex = -1;
        int newIndex = -1;
        SectionMatch by = SectionMatch::None;
    };
    // For each new section the matching old one (or -1), and for each old section its match.
    struct Result
    {
        QList<int> newToOld;
        QList<int> oldToNew;
        QList<SectionMatch> matchKind; // per new section
    };

    static constexpr double similarityThreshold() { return 0.5; }
    static Result match(const SpecDocument &oldDoc, const SpecDocument &newDoc);
    // The section's own text (heading excluded, subsections excluded).
    static QString bodyText(const SpecDocument &doc, int sectionIndex);
};

} // namespace Specwright
