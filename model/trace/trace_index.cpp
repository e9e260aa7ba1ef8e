#include "trace_index.h"

#include "requirement_extractor.h"
#include "term_extractor.h"

#include <QMutex>
#include <QSet>

namespace Specwright {

namespace {

QString parentFolder(const QString &folder)
{
    const int slash = folder.lastIndexOf(u'/');
    return slash < 0 ? QString() : folder.left(slash);
}

QString folderOf(const QString &relativePath)
{
    return parentFolder(relativePath);
}

bool covers(TraceContextKind kind)
{
    return kind != TraceContextKind::Other;
}

} // namespace

TraceIndex::Ptr TraceIndex::build(const Workspace &workspace, const TraceIndex *previous)
{
    return build(workspace, TraceConfig::forWorkspace(workspace.rootPath()), previous);
}

TraceIndex::Ptr TraceIndex::build(const Workspace &workspace, const TraceConfig &config,
                                  const TraceIndex *previous)
{
    auto index = std::shared_ptr<TraceIndex>(new TraceIndex);
    index->m_root = workspace.rootPath();
    index->m_config = config;
    const bool reuse = previous && previous->m_root == index->m_root &&
                       previous->m_config.patternTexts() == config.patternTexts();
    QSet<QString> changed; // files read anew, whose forms are not known yet
    for (const QString &rel : workspace.files()) {
        const SpecDocument::Ptr doc = workspace.document(rel);
        if (!doc)
            continue;
        if (reuse) {
            const auto it = previous->m_files.constFind(rel);
            if (it != previous->m_files.constEnd() && it->document == doc) {
                index->m_files.insert(rel, *it);
                continue;
            }
        }
        auto trace = std::make_shared<FileTrace>();
        trace->file = rel;
        RequirementExtractor::extract(*doc, rel, config, *trace);
        TermExtractor::extract(*doc, rel, *trace);
        index->m_files.insert(rel, Entry{doc, trace});
        changed.insert(rel);
        ++index->m_filesRead;
    }
    // Word forms are read for the defined terms' keys only; a file read before keeps its forms
    // while the set of keys stays the same.
    for (const Entry &e : std::as_const(index->m_files))
        for (const DefinedTerm &t : e.trace->terms)
            index->m_formKeys.insert(t.key), index->m_formKeys.insert(t.key + u's');
    const bool sameKeys = reuse && previous->m_formKeys == index->m_formKeys;
    for (auto it = index->m_files.begin(); it != index->m_files.end(); ++it) {
        if (sameKeys && !changed.contains(it.key()))
            continue;
        auto trace = std::make_shared<FileTrace>(*it->trace);
        trace->forms = TermExtractor::extractForms(*it->document, index->m_formKeys);
        it->trace = trace;
    }
    index->link();
    return index;
}

TraceIndex::Ptr TraceIndex::forWorkspace(const Workspace &workspace)
{
    static QMutex mutex;
    static Ptr last;
    const TraceConfig config = TraceConfig::forWorkspace(workspace.rootPath());
    QMutexLocker lock(&mutex);
    if (last && last->m_root == workspace.rootPath() &&
        last->m_config.patternTexts() == config.patternTexts() &&
        last->m_files.size() == workspace.files().size()) {
        bool same = true;
        for (auto it = last->m_files.cbegin(); same && it != last->m_files.cend(); ++it)
            same = workspace.document(it.key()) == it->document;
        if (same)
            return last;
    }
    last = build(workspace, config, last.get());
    return last;
}

TraceIndex::Ptr TraceIndex::forDocument(const Workspace &workspace, const SpecDocument &document)
{
    const QString rel = workspace.relativePath(document.filePath());
    if (workspace.document(rel).get() == &document)
        return forWorkspace(workspace);
    // Documents are immutable snapshots whose lists share their data, so a copy is cheap; one
    // copy per document serves every rule of a lint run.
    thread_local const SpecDocument *copiedFrom = nullptr;
    thread_local SpecDocument::Ptr copy;
    if (copiedFrom != &document || !copy || copy->text() != document.text() ||
        copy->filePath() != document.filePath()) {
        copy = std::make_shared<const SpecDocument>(document);
        copiedFrom = &document;
    }
    return forWorkspace(*workspace.withDocument(copy));
}

std::shared_ptr<const FileTrace> TraceIndex::file(const QString &relativePath) const
{
    return m_files.value(relativePath).trace;
}

void TraceIndex::link()
{
    for (const Entry &e : std::as_const(m_files)) {
        for (const Requirement &r : e.trace->requirements) {
            const int index = int(m_requirements.size());
            m_requirements.append(r);
            const QString key = r.scope + u'\n' + r.id;
            if (m_byScopeAndId.contains(key))
                m_duplicates.append(index);
            else
                m_byScopeAndId.insert(key, index);
            if (r.kind == RequirementKind::Requirement ||
                r.kind == RequirementKind::AcceptanceCriterion)
                m_kiroScopes.insert(r.scope, true);
        }
        for (const DefinedTerm &t : e.trace->terms) {
            m_termKeys[t.key].append(int(m_terms.size()));
            m_terms.append(t);
        }
    }
    for (const Entry &e : std::as_const(m_files)) {
        for (const TraceReference &ref : e.trace->references) {
            if (ref.numeric) {
                // "Requirement 2" means something only beside Kiro requirements.
                bool kiro = false;
                for (QString dir = folderOf(ref.file);; dir = parentFolder(dir)) {
                    kiro = m_kiroScopes.contains(dir);
                    if (kiro || dir.isEmpty())
                        break;
                }
                if (!kiro)
                    continue;
            }
            ResolvedReference resolved{ref, findRequirement(ref.file, ref.target)};
            const int index = int(m_references.size());
            m_references.append(resolved);
            if (!resolved.resolved())
                continue;
            if (!covers(ref.context))
                continue;
            m_coverage[resolved.requirement].append(index);
        }
    }
    // A Kiro requirement cited as a whole covers its criteria; a covered criterion covers its
    // requirement.
    for (int i = 0; i < m_requirements.size(); ++i) {
        const Requirement &r = m_requirements.at(i);
        if (r.kind != RequirementKind::AcceptanceCriterion)
            continue;
        const int parent = m_byScopeAndId.value(r.scope + u'\n' + r.parent, -1);
        if (parent < 0)
            continue;
        const QList<int> own = m_coverage.value(i);
        if (own.isEmpty())
            m_coverage[i] += m_coverage.value(parent);
        for (int ref : own)
            if (!m_coverage.value(parent).contains(ref))
                m_coverage[parent].append(ref);
    }
}

int TraceIndex::findRequirement(const QString &fromFile, const QString &id) const
{
    for (QString dir = folderOf(fromFile);; dir = parentFolder(dir)) {
        const int index = m_byScopeAndId.value(dir + u'\n' + id, -1);
        if (index >= 0 || dir.isEmpty())
            return index;
    }
}

QStringList TraceIndex::idsVisibleFrom(const QString &fromFile) const
{
    QSet<QString> folders;
    for (QString dir = folderOf(fromFile);; dir = parentFolder(dir)) {
        folders.insert(dir);
        if (dir.isEmpty())
            break;
    }
    QStringList ids;
    for (const Requirement &r : m_requirements)
        if (folders.contains(r.scope) && !ids.contains(r.id))
            ids.append(r.id);
    return ids;
}

QList<TraceIndex::FormUse> TraceIndex::uses(const QString &key) const
{
    QList<FormUse> result;
    const QString plural = key + u's';
    for (const Entry &e : m_files) {
        for (const QString &k : {key, plural}) {
            const auto it = e.trace->forms.constFind(k);
            if (it == e.trace->forms.constEnd())
                continue;
            for (const TermForm &f : *it)
                result.append({e.trace->file, f});
        }
    }
    return result;
}

} // namespace Specwright
