// A folder of spec files with an index of section ids across files, so references between
// files resolve. Immutable like SpecDocument: edits produce a new snapshot.
#pragma once

#include "spec_document.h"

#include <QMap>
#include <QStringList>
#include <optional>

namespace Specwright {

class Workspace
{
public:
    using Ptr = std::shared_ptr<const Workspace>;

    struct SectionTarget
    {
        QString file; // relative path
        int section = -1;
        QString title;
    };

    // Loads every *.md below root (skipping .git, build folders, node_modules and the
    // examples/ folders of eval prompts, which are read as eval prompt files instead).
    static Ptr load(const QString &rootPath);
    // A snapshot with one document replaced or added (e.g. the unsaved editor buffer).
    Ptr withDocument(const SpecDocument::Ptr &document) const;

    QString rootPath() const { return m_root; }
    QStringList files() const { return m_documents.keys(); }
    QString relativePath(const QString &path) const;
    QString absolutePath(const QString &relativePath) const;
    SpecDocument::Ptr document(const QString &path) const;

    std::optional<SectionTarget> findSection(const QString &file, const QString &id) const;
    // The reference with its state and target title filled in, as seen from `fromFile`.
    Reference resolve(const Reference &reference, const QString &fromFile) const;
    QList<Reference> resolvedReferences(const QString &file) const;

    // Eval prompt files (examples/<tag>.md) and the examples they hold. A tag used in a spec
    // resolves to examples/<tag>.md beside that spec, or, when specwright.toml names a folder
    // ([examples] folder = "evals"), to <folder>/<tag>.md; never to other examples/ folders.
    QStringList exampleFiles() const { return m_evalFiles.keys(); }
    // The absolute path of the eval prompt file of a tag used in `fromFile` (a spec; empty: the
    // workspace's own folder), empty when there is none.
    QString evalFile(const QString &tag, const QString &fromFile = {}) const;
    QList<Example> evalExamples(const QString &tag, const QString &fromFile = {}) const;
    // The folder specwright.toml names for eval prompts (absolute), empty when it names none.
    QString configuredExamplesFolder() const { return m_examplesFolder; }
    // Eval prompt files that no footnote tag in any spec uses.
    QStringList unusedExampleFiles() const;

private:
    Workspace() = default;

    QString m_root;
    QString m_examplesFolder;
    QMap<QString, SpecDocument::Ptr> m_documents; // relative path -> document
    QMap<QString, SpecDocument::Ptr> m_evalFiles; // relative path -> examples/<tag>.md
};

} // namespace Specwright
