// Reads the terms one SpecDocument defines (headings below a terminology / glossary /
// definitions section, "**Term**: meaning" items there, spec-kit key entities, code-like
// headings below an "... Attributes" section), the names its EARS sentences use as their
// system, and the forms of every word sequence of up to four words it writes, keyed so that
// "Protocol Binding", "protocol-binding" and "ProtocolBinding" meet.
#pragma once

#include "requirement.h"
#include "spec_document.h"

#include <QSet>

namespace Specwright {

class TermExtractor
{
public:
    // Terms and EARS names; the word forms come from extractForms.
    static void extract(const SpecDocument &document, const QString &relativePath, FileTrace &out);
    // The forms the document writes for each of `keys` (FileTrace::forms).
    static QHash<QString, QList<TermForm>> extractForms(const SpecDocument &document,
                                                        const QSet<QString> &keys);
    // Lower case without spaces, hyphens and underscores.
    static QString keyOf(QStringView form);
    static constexpr int maxWords = 4;
    // The blocks whose words are read for term forms: prose, headings, tables, example titles.
    static bool readsBlock(const Block &block)
    {
        return block.kind == BlockKind::Paragraph || block.kind == BlockKind::Heading ||
               block.kind == BlockKind::Table || block.kind == BlockKind::ExampleTitle;
    }
};

} // namespace Specwright
