#include "spec_document.h"

#include "bounded_file_reader.h"
#include "dispose_in_background.h"
#include "heap_trimmer.h"
#include "spec_parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QThread>
#include <algorithm>

namespace Specwright {

std::shared_ptr<SpecDocument> SpecDocument::create()
{
    return std::shared_ptr<SpecDocument>(new SpecDocument, &SpecDocument::dispose);
}

void SpecDocument::dispose(SpecDocument *document)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (document->text().size() < HeapTrimmer::kWorthTrimmingFrom || !app ||
        QCoreApplication::closingDown()) {
        delete document;
        return;
    }
    if (QThread::currentThread() == app->thread()) {
        disposeInBackground(std::unique_ptr<SpecDocument>(document));
        return;
    }
    delete document;
    HeapTrimmer::trimSoon();
}

SpecDocument::Ptr SpecDocument::parse(const QString &text, const QString &filePath)
{
    auto doc = create();
    doc->m_filePath = filePath;
    SpecParser(*doc).run(text);
    return doc;
}

SpecDocument::Ptr SpecDocument::fromUtf8(const QByteArray &bytes, const QString &filePath)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    const bool invalid = decoder.hasError();
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    auto doc = create();
    doc->m_filePath = filePath;
    SpecParser parser(*doc);
    parser.run(text);
    if (invalid) {
        const int firstBad = int(text.indexOf(QChar(QChar::ReplacementCharacter)));
        const int line = firstBad < 0 ? 1 : doc->m_source.lineForOffset(firstBad);
        doc->m_problems.prepend(
            {ProblemKind::InvalidUtf8, line,
             QCoreApplication::translate("SpecDocument",
                                         "the file is not valid UTF-8 (first bad byte on line %1); "
                                         "invalid bytes are shown as \uFFFD")
                 .arg(line)});
    }
    return doc;
}

QByteArray SpecDocument::markdownUtf8() const
{
    const QByteArray &utf8 = m_source.utf8();
    if (m_frontMatter.endLine <= 0)
        return utf8;
    qsizetype at = 0;
    for (int line = 0; line < m_frontMatter.endLine && at >= 0; ++line) {
        at = utf8.indexOf('\n', at);
        if (at >= 0)
            ++at;
    }
    if (at < 0)
        return QByteArray(m_frontMatter.endLine, '\n');
    return QByteArray(m_frontMatter.endLine, '\n') + utf8.mid(at);
}

SpecDocument::Ptr SpecDocument::load(const QString &filePath)
{
    // Regular files within the size limit only: a FIFO or /dev/zero must not block or fill memory.
    const BoundedFileReader::Result read = BoundedFileReader::read(filePath);
    if (!read.ok) {
        auto doc = create();
        doc->m_filePath = filePath;
        SpecParser(*doc).run(QString());
        doc->m_problems = {{ProblemKind::UnreadableFile, 0, read.error}};
        return doc;
    }
    return fromUtf8(read.bytes, filePath);
}

QList<int> SpecDocument::topLevelSections() const
{
    QList<int> top;
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections.at(i).parent < 0)
            top.append(i);
    return top;
}

int SpecDocument::sectionAtLine(int line) const
{
    // The last section whose heading is at or above the line, or the nearest of its ancestors
    // that still holds it: sections nest, so any earlier section holding the line is one of
    // them. A binary search, since it runs per cursor move and per finding on big specs.
    auto above = std::upper_bound(m_sections.cbegin(), m_sections.cend(), line,
                                  [](int l, const Section &s) { return l < s.headingLine; });
    int i = int(above - m_sections.cbegin()) - 1;
    while (i >= 0 && line > m_sections.at(i).endLine)
        i = m_sections.at(i).parent;
    return i;
}

QStringList SpecDocument::sectionPath(int index) const
{
    QStringList path;
    while (index >= 0 && index < m_sections.size()) {
        path.prepend(m_sections.at(index).title);
        index = m_sections.at(index).parent;
    }
    return path;
}

QList<int> SpecDocument::examplesOf(int sectionIndex, bool withSubsections) const
{
    if (sectionIndex < 0 || sectionIndex >= m_sections.size())
        return {};
    QList<int> result = m_sections.at(sectionIndex).examples;
    if (withSubsections) {
        for (int child : m_sections.at(sectionIndex).children)
            result += examplesOf(child, true);
    }
    return result;
}

bool SpecDocument::hasProblem(ProblemKind kind) const
{
    for (const ParseProblem &p : m_problems)
        if (p.kind == kind)
            return true;
    return false;
}

} // namespace Specwright
