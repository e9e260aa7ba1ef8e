// The requirement and term index of a workspace: every requirement and acceptance criterion
// with its id and kind, every trace reference resolved against them (an id is unique in the
// folder of its file and found from that folder upwards), coverage, and the terms each module
// defines and uses. Immutable like the Workspace it is built from; building from a previous
// index re-reads only the files whose document changed.
#pragma once

#include "requirement.h"
#include "trace_config.h"
#include "workspace.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <memory>

namespace Specwright {

class TraceIndex
{
public:
    using Ptr = std::shared_ptr<const TraceIndex>;

    struct ResolvedReference
    {
        TraceReference reference;
        int requirement = -1; // index into requirements(); -1 when broken
        bool resolved() const { return requirement >= 0; }
    };

    static Ptr build(const Workspace &workspace, const TraceIndex *previous = nullptr);
    static Ptr build(const Workspace &workspace, const TraceConfig &config,
                     const TraceIndex *previous = nullptr);
    // The index of a workspace snapshot, shared by every lint rule that asks for the same
    // snapshot; a different snapshot re-reads only its changed files.
    static Ptr forWorkspace(const Workspace &workspace);
    // The index as seen while `document` (e.g. the editor's unsaved buffer, which the
    // workspace may hold in another version) is checked.
    static Ptr forDocument(const Workspace &workspace, const SpecDocument &document);

    QString rootPath() const { return m_root; }
    const TraceConfig &config() const { return m_config; }
    QStringList files() const { return m_files.keys(); }
    std::shared_ptr<const FileTrace> file(const QString &relativePath) const;
    // Files read (not reused) when this index was built.
    int filesRead() const { return m_filesRead; }

    const QList<Requirement> &requirements() const { return m_requirements; }
    const QList<ResolvedReference> &references() const { return m_references; }
    int findRequirement(const QString &fromFile, const QString &id) const;
    // References that cover a requirement (from tasks, tests, examples, validating designs).
    QList<int> coverage(int requirement) const { return m_coverage.value(requirement); }
    bool isCovered(int requirement) const { return !m_coverage.value(requirement).isEmpty(); }
    // Every reference to a requirement, covering or not.
    // Requirement indexes of ids defined more than once in the same folder (all but the first).
    const QList<int> &duplicates() const { return m_duplicates; }
    // Ids of the folder (and its parents) a file's references resolve against, for "did you
    // mean" fixes.
    QStringList idsVisibleFrom(const QString &fromFile) const;

    const QList<DefinedTerm> &terms() const { return m_terms; }
    QList<int> termsWithKey(const QString &key) const { return m_termKeys.value(key); }
    // How often a term key (and its plural) is written in the workspace, and in which forms.
    struct FormUse
    {
        QString file;
        TermForm form;
    };
    QList<FormUse> uses(const QString &key) const;

private:
    struct Entry
    {
        SpecDocument::Ptr document;
        std::shared_ptr<const FileTrace> trace;
    };
    void link();

    QString m_root;
    TraceConfig m_config;
    QMap<QString, Entry> m_files;
    int m_filesRead = 0;
    QList<Requirement> m_requirements;
    QHash<QString, int> m_byScopeAndId; // scope + '\n' + id -> first definition
    QHash<QString, bool> m_kiroScopes;  // folders holding Kiro requirements
    QList<ResolvedReference> m_references;
    QHash<int, QList<int>> m_coverage;
    QList<int> m_duplicates;
    QList<DefinedTerm> m_terms;
    QHash<QString, QList<int>> m_termKeys;
    QSet<QString> m_formKeys; // the keys FileTrace::forms holds: defined terms and plurals
};

} // namespace Specwright
