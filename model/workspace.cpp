#include "workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#define TOML_EXCEPTIONS 0
#include <QFileInfo>
#include <QSet>
#include <toml++/toml.hpp>

namespace Specwright {

namespace {

bool isSkippedDir(const QString &name)
{
    // Generated outputs (the generators' default folder) are artifacts, not specs.
    return (name.startsWith(u'.') && name != u".kiro") || name == u"build" ||
           name == u"node_modules" || name == u"generated" ||
           name.startsWith(QLatin1String("build-"));
}

bool isMarkdown(const QString &name)
{
    return name.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
}

void collect(const QDir &dir, const QString &relative, QStringList &specs, QStringList &evals,
             const QString &examplesFolder)
{
    // System: a FIFO or device named *.md is listed, so loading it reports what it is.
    const auto entries = dir.entryInfoList(
        QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString rel =
            relative.isEmpty() ? info.fileName() : relative + u'/' + info.fileName();
        if (info.isDir()) {
            if (!isSkippedDir(info.fileName()) && !info.isSymLink())
                collect(QDir(info.filePath()), rel, specs, evals, examplesFolder);
        } else if (isMarkdown(info.fileName()) && !info.fileName().startsWith(u'.')) {
            if ((dir.dirName() == u"examples" && !relative.isEmpty()) ||
                (!examplesFolder.isEmpty() && dir.absolutePath() == examplesFolder))
                evals.append(rel);
            else
                specs.append(rel);
        }
    }
}

// [examples] folder = "..." in specwright.toml, resolved against the root; empty when absent
// or when it leaves the workspace (a workspace someone else wrote is untrusted).
QString examplesFolderOf(const QString &root)
{
    QFile file(QDir(root).filePath(QStringLiteral("specwright.toml")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray utf8 = file.readAll();
    toml::parse_result parsed =
        toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!parsed)
        return {};
    const auto folder = parsed.table()["examples"]["folder"].value<std::string>();
    if (!folder)
        return {};
    const QString path = QDir::cleanPath(QDir(root).filePath(QString::fromStdString(*folder)));
    if (path != root && !path.startsWith(root + u'/'))
        return {};
    return path;
}

} // namespace

Workspace::Ptr Workspace::load(const QString &rootPath)
{
    auto ws = std::shared_ptr<Workspace>(new Workspace);
    ws->m_root = QDir(rootPath).absolutePath();
    ws->m_examplesFolder = examplesFolderOf(ws->m_root);
    QStringList specs, evals;
    collect(QDir(ws->m_root), QString(), specs, evals, ws->m_examplesFolder);
    for (const QString &rel : std::as_const(specs))
        ws->m_documents.insert(rel, SpecDocument::load(ws->absolutePath(rel)));
    for (const QString &rel : std::as_const(evals))
        ws->m_evalFiles.insert(rel, SpecDocument::load(ws->absolutePath(rel)));
    return ws;
}

Workspace::Ptr Workspace::withDocument(const SpecDocument::Ptr &document) const
{
    auto ws = std::shared_ptr<Workspace>(new Workspace(*this));
    if (document)
        ws->m_documents.insert(relativePath(document->filePath()), document);
    return ws;
}

QString Workspace::relativePath(const QString &path) const
{
    if (QFileInfo(path).isRelative())
        return QDir::cleanPath(path);
    return QDir(m_root).relativeFilePath(QDir::cleanPath(path));
}

QString Workspace::absolutePath(const QString &relative) const
{
    return QDir::cleanPath(QDir(m_root).filePath(relative));
}

SpecDocument::Ptr Workspace::document(const QString &path) const
{
    return m_documents.value(relativePath(path));
}

std::optional<Workspace::SectionTarget> Workspace::findSection(const QString &file,
                                                               const QString &id) const
{
    const SpecDocument::Ptr doc = document(file);
    if (!doc)
        return std::nullopt;
    const int index = doc->sectionIndexById(id);
    if (index < 0)
        return std::nullopt;
    return SectionTarget{relativePath(file), index, doc->sections().at(index).title};
}

Reference Workspace::resolve(const Reference &reference, const QString &fromFile) const
{
    Reference r = reference;
    if (r.kind == ReferenceKind::External || r.kind == ReferenceKind::Footnote)
        return r;
    QString targetFile = relativePath(fromFile);
    if (!r.targetFile.isEmpty()) {
        const QString fromDir = QFileInfo(absolutePath(relativePath(fromFile))).absolutePath();
        targetFile = relativePath(QDir(fromDir).filePath(r.targetFile));
    }
    const SpecDocument::Ptr doc = document(targetFile);
    if (!doc) {
        r.state = ResolutionState::Unresolved;
        return r;
    }
    if (r.targetId.isEmpty()) {
        r.state = ResolutionState::Resolved;
        r.resolvedTitle = doc->sections().isEmpty() ? targetFile : doc->sections().first().title;
        return r;
    }
    const auto target = findSection(targetFile, r.targetId);
    r.state = target ? ResolutionState::Resolved : ResolutionState::Unresolved;
    r.resolvedTitle = target ? target->title : QString();
    return r;
}

QList<Reference> Workspace::resolvedReferences(const QString &file) const
{
    QList<Reference> result;
    const SpecDocument::Ptr doc = document(file);
    if (!doc)
        return result;
    for (const Reference &r : doc->references())
        result.append(resolve(r, file));
    return result;
}

QString Workspace::evalFile(const QString &tag, const QString &fromFile) const
{
    if (tag.isEmpty() || tag.contains(u'/') || tag.contains(u'\\') || tag.startsWith(u'.'))
        return {};
    QStringList candidates;
    if (!fromFile.isEmpty())
        candidates.append(QFileInfo(absolutePath(relativePath(fromFile))).absolutePath() +
                          QStringLiteral("/examples"));
    else
        candidates.append(m_root + QStringLiteral("/examples"));
    if (!m_examplesFolder.isEmpty())
        candidates.append(m_examplesFolder);
    for (const QString &folder : std::as_const(candidates)) {
        const QString rel = relativePath(folder + u'/' + tag + QStringLiteral(".md"));
        if (m_evalFiles.contains(rel))
            return absolutePath(rel);
    }
    return {};
}

QList<Example> Workspace::evalExamples(const QString &tag, const QString &fromFile) const
{
    QList<Example> result;
    const QString path = evalFile(tag, fromFile);
    if (path.isEmpty())
        return result;
    const SpecDocument::Ptr doc = m_evalFiles.value(relativePath(path));
    for (Example ex : doc->examples()) {
        ex.sourceFile = doc->filePath();
        ex.evalTag = tag;
        result.append(ex);
    }
    return result;
}

QStringList Workspace::unusedExampleFiles() const
{
    QSet<QString> used;
    for (const SpecDocument::Ptr &doc : m_documents)
        for (const FootnoteTag &f : doc->footnotes())
            used.insert(f.tag);
    QStringList unused;
    for (auto it = m_evalFiles.cbegin(); it != m_evalFiles.cend(); ++it)
        if (!used.contains(QFileInfo(it.key()).completeBaseName()))
            unused.append(it.key());
    return unused;
}

} // namespace Specwright
