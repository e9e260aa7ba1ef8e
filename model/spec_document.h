// One parsed spec file: an immutable snapshot built from UTF-8 text. Building one is pure and
// thread-safe, so the IDE parses on a worker and hands the shared pointer to the UI.
#pragma once

#include "source_text.h"
#include "spec_elements.h"

#include <QCoreApplication>
#include <QHash>
#include <memory>

namespace Specwright {

class SpecDocument
{
    Q_DECLARE_TR_FUNCTIONS(SpecDocument)

public:
    using Ptr = std::shared_ptr<const SpecDocument>;

    static Ptr parse(const QString &text, const QString &filePath = {});
    // Decodes UTF-8; invalid sequences become U+FFFD and are recorded as a problem.
    static Ptr fromUtf8(const QByteArray &bytes, const QString &filePath = {});
    // Reads a file; an unreadable file yields an empty document with an UnreadableFile problem.
    static Ptr load(const QString &filePath);

    QString filePath() const { return m_filePath; }
    const QString &text() const { return m_source.text(); }
    const SourceText &source() const { return m_source; }

    const QList<Section> &sections() const { return m_sections; }
    const QList<Statement> &statements() const { return m_statements; }
    const QList<Example> &examples() const { return m_examples; }
    const QList<Reference> &references() const { return m_references; }
    const QList<FootnoteTag> &footnotes() const { return m_footnotes; }
    const QList<Marker> &markers() const { return m_markers; }
    const QList<Block> &blocks() const { return m_blocks; }
    const QList<Admonition> &admonitions() const { return m_admonitions; }
    const QList<Citation> &citations() const { return m_citations; }
    const FrontMatter &frontMatter() const { return m_frontMatter; }
    // The UTF-8 text cmark reads: the source with the front matter lines left empty, so YAML
    // is never read as Markdown (line numbers stay those of the source).
    QByteArray markdownUtf8() const;
    const QList<ParseProblem> &problems() const { return m_problems; }

    QList<int> topLevelSections() const;
    int sectionIndexById(const QString &id) const { return m_idIndex.value(id, -1); }
    // The innermost section whose range holds the line; -1 before the first heading.
    int sectionAtLine(int line) const;
    // Titles from the outermost section down to this one.
    QStringList sectionPath(int index) const;
    // Examples of a section, optionally with those of its subsections.
    QList<int> examplesOf(int sectionIndex, bool withSubsections = false) const;
    bool hasProblem(ProblemKind kind) const;

private:
    friend class SpecParser;
    SpecDocument() = default;
    static std::shared_ptr<SpecDocument> create();
    // The deleter of create()'s pointers: a big snapshot is freed on a pool thread (millions of
    // small blocks) and its pages are given back to the system (HeapTrimmer).
    static void dispose(SpecDocument *document);

    QString m_filePath;
    SourceText m_source;
    QList<Section> m_sections;
    QList<Statement> m_statements;
    QList<Example> m_examples;
    QList<Reference> m_references;
    QList<FootnoteTag> m_footnotes;
    QList<Marker> m_markers;
    QList<Block> m_blocks;
    QList<Admonition> m_admonitions;
    QList<Citation> m_citations;
    FrontMatter m_frontMatter;
    QList<ParseProblem> m_problems;
    QHash<QString, int> m_idIndex;
};

} // namespace Specwright
