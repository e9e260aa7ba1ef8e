// The text of a document in both encodings with line tables, so positions reported by
// cmark-gfm (1-based lines, byte columns) map to UTF-16 offsets for Qt.
#pragma once

#include "spec_elements.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace Specwright {

class SourceText
{
public:
    SourceText() = default;
    explicit SourceText(const QString &text);

    const QString &text() const { return m_text; }
    const QByteArray &utf8() const { return m_utf8; }
    int lineCount() const { return int(m_lineStarts.size()); }

    // 1-based line; without its line break.
    QStringView line(int line) const;
    int lineStartOffset(int line) const;
    // Byte offset in utf8() where a 1-based line starts.
    int lineStartByte(int line) const;
    // Whether any line ends at a \r (CRLF or a lone CR).
    bool hasCarriageReturn() const { return m_carriageReturn; }
    // UTF-16 offset of a 1-based byte column on a 1-based line (cmark's sourcepos).
    int offsetForByteColumn(int line, int byteColumn) const;
    // 1-based line containing a UTF-16 offset.
    int lineForOffset(int offset) const;
    SourceRange rangeFromOffsets(int startOffset, int endOffset) const;
    SourceRange rangeFromLines(int startLine, int endLine) const;

private:
    QString m_text;
    QByteArray m_utf8;
    QList<int> m_lineStarts;     // UTF-16 offsets
    QList<int> m_byteLineStarts; // byte offsets
    QList<bool> m_asciiLine;
    bool m_carriageReturn = false;
};

} // namespace Specwright
