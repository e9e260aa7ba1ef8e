// Splits prose into sentences and keeps the normative ones: sentences with a modal keyword
// (BCP 14 upper case or plain lower case), requirement ids (FR-001, SC-001), Given/When/Then
// scenarios and EARS sentences.
#pragma once

#include "source_text.h"
#include "spec_elements.h"

namespace Specwright {

class StatementFinder
{
public:
    // original: text of one prose block; masked: the same with code and link targets blanked
    // (ProseScanner::maskNonProse); offset: the UTF-16 offset of its first character.
    // mayHoldGiven: false when the block holds no "Given" in any case (ProseFeatures::given).
    static QList<Statement> find(QStringView original, QStringView masked, int offset,
                                 const SourceText &source, bool mayHoldGiven = true);
    // Sentence spans [start, end) within a text.
    static QList<std::pair<int, int>> sentences(QStringView text);
    // Modal keywords as (start, length), in order: BCP 14 upper case ("MUST NOT", "REQUIRED")
    // and plain lower case ("must", "Shall not", "shouldn't"), whole words only.
    static QList<std::pair<int, int>> modalKeywords(QStringView text);
    struct Scan
    {
        QList<std::pair<int, int>> sentences;
        QList<std::pair<int, int>> keywords;
    };
    // sentences() and modalKeywords() of the same text, in one pass.
    static Scan sentencesAndKeywords(QStringView text);
    static Modality modalityFor(QStringView keyword, bool negated);
};

} // namespace Specwright
