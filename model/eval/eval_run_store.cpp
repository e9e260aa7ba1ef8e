#include "eval_run_store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Specwright {

namespace {

bool appendLine(const QString &path, const QJsonObject &o, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = EvalRunStore::tr("cannot write the run %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(line) != line.size() || !f.flush()) {
        *error = EvalRunStore::tr("cannot write the run %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString safeName(QString s)
{
    for (QChar &c : s)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    return s.left(60);
}

} // namespace

EvalRunStore::EvalRunStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString EvalRunStore::defaultFolder(const QString &workspaceRoot)
{
    return QDir(workspaceRoot).filePath(QStringLiteral(".specwright/runs"));
}

QStringList EvalRunStore::runFiles() const
{
    QStringList out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

std::optional<EvalRun> EvalRunStore::resumable(const EvalRunHeader &like) const
{
    const QStringList files = runFiles();
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        QString error;
        auto run = EvalRun::read(*it, &error);
        if (!run)
            continue;
        const EvalRunHeader &h = run->header;
        if (h.specFile == like.specFile && h.section == like.section &&
            h.targetModel == like.targetModel && h.graderModel == like.graderModel &&
            h.specBlob == like.specBlob)
            return run->complete ? std::nullopt : run;
    }
    return std::nullopt;
}

QList<EvalRun> EvalRunStore::runsOf(const QString &specFile) const
{
    QList<EvalRun> out;
    const QStringList files = runFiles();
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        QString error;
        if (auto run = EvalRun::read(*it, &error); run && run->header.specFile == specFile)
            out.append(std::move(*run));
    }
    return out;
}

QHash<QString, EvalSectionRate> EvalRunStore::latestSectionRates(const QString &specFile) const
{
    QHash<QString, EvalSectionRate> out;
    for (const EvalRun &run : runsOf(specFile))
        for (const EvalSectionRate &rate : run.sectionRates())
            if (!out.contains(rate.section))
                out.insert(rate.section, rate);
    return out;
}

QString EvalRunStore::reuseKey(const QString &promptHash, const QString &model)
{
    return promptHash + u'\x1f' + model;
}

QHash<QString, EvalRecord> EvalRunStore::reusableAnswers() const
{
    QHash<QString, EvalRecord> out;
    for (const QString &file : runFiles()) {
        QString error;
        const auto run = EvalRun::read(file, &error);
        if (!run)
            continue;
        for (const EvalRecord &r : run->records)
            if (!r.answer.isEmpty()) // an answer exists only when the target succeeded
                out.insert(reuseKey(r.promptHash, r.targetModel), r);
    }
    return out;
}

QString EvalRunStore::create(EvalRunHeader &header, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("cannot create the results folder %1").arg(m_folder);
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    header.started = now.toString(Qt::ISODateWithMs);
    const QString stem = now.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) + u'-' +
                         safeName(QFileInfo(header.specFile).completeBaseName());
    QString path = QDir(m_folder).filePath(stem + QStringLiteral(".jsonl"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(m_folder).filePath(stem + u'-' + QString::number(n) + QStringLiteral(".jsonl"));
    header.runId = QFileInfo(path).completeBaseName();
    if (!appendLine(path, header.toJson(), error))
        return {};
    return path;
}

bool EvalRunStore::append(const QString &runPath, const EvalRecord &record, QString *error)
{
    return appendLine(runPath, record.toJson(), error);
}

bool EvalRunStore::finish(const QString &runPath, int passed, int total, QString *error)
{
    return appendLine(
        runPath,
        {{QStringLiteral("type"), QStringLiteral("end")},
         {QStringLiteral("passed"), passed},
         {QStringLiteral("total"), total},
         {QStringLiteral("finished"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}},
        error);
}

} // namespace Specwright
