#include "sarif_writer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Specwright {

namespace {

QString level(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

QJsonObject text(const QString &t)
{
    return QJsonObject{{QStringLiteral("text"), SarifWriter::asSentence(t)}};
}

// A folder as an absolute file: URI with the trailing slash SARIF1004 asks for.
QString folderUri(const QString &path)
{
    QString uri = QUrl::fromLocalFile(QDir::cleanPath(path)).toString(QUrl::FullyEncoded);
    if (!uri.endsWith(u'/'))
        uri += u'/';
    return uri;
}

// A relative path as a URI reference: each segment percent-encoded, '/' kept.
QString relativeUri(const QString &path)
{
    QStringList parts = path.split(u'/');
    for (QString &p : parts)
        p = QString::fromLatin1(QUrl::toPercentEncoding(p));
    return parts.join(u'/');
}

QJsonObject artifactLocation(const QString &path, int index)
{
    QJsonObject location;
    if (QDir::isAbsolutePath(path)) {
        location.insert(QStringLiteral("uri"),
                        QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded));
    } else {
        location.insert(QStringLiteral("uri"), relativeUri(path));
        location.insert(QStringLiteral("uriBaseId"), QLatin1String(SarifWriter::rootBaseId));
    }
    if (index >= 0)
        location.insert(QStringLiteral("index"), index);
    return location;
}

QJsonObject ruleJson(const ReportRule &r)
{
    QJsonObject rule{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("shortDescription"), text(r.shortDescription)},
        {QStringLiteral("fullDescription"), text(r.fullDescription)},
        {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), r.helpText},
                                             {QStringLiteral("markdown"), r.helpMarkdown}}},
        {QStringLiteral("defaultConfiguration"),
         QJsonObject{{QStringLiteral("level"), level(r.defaultSeverity)},
                     {QStringLiteral("enabled"), r.enabledByDefault}}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("tags"), QJsonArray{r.id.section(u'/', 0, 0)}}}}};
    if (!r.helpUri.isEmpty())
        rule.insert(QStringLiteral("helpUri"), r.helpUri);
    return rule;
}

QJsonObject regionJson(const ReportResult &result)
{
    const SourceRange &range = result.range;
    const int startLine = std::max(1, range.startLine);
    const int startColumn = std::max(1, range.startColumn);
    const int endLine = std::max(startLine, range.endLine);
    // The model's endColumn is inclusive; SARIF's is one past the last character.
    int endColumn = std::max(1, range.endColumn) + 1;
    if (endLine == startLine)
        endColumn = std::max(endColumn, startColumn + 1);
    if (range.startOffset >= 0 && range.endOffset == range.startOffset && endLine == startLine)
        endColumn = startColumn; // an empty range: an insertion point
    QJsonObject region{{QStringLiteral("startLine"), startLine},
                       {QStringLiteral("startColumn"), startColumn},
                       {QStringLiteral("endLine"), endLine},
                       {QStringLiteral("endColumn"), endColumn}};
    if (!result.snippet.isEmpty())
        region.insert(QStringLiteral("snippet"),
                      QJsonObject{{QStringLiteral("text"), result.snippet}});
    return region;
}

// Whole lines around the region (SARIF: a context region must contain the region).
std::optional<QJsonObject> contextRegionJson(const ReportResult &result)
{
    const int startLine = std::max(1, result.range.startLine);
    const int endLine = std::max(startLine, result.range.endLine);
    if (result.contextSnippet.isEmpty() || result.contextStartLine < 1 ||
        result.contextStartLine > startLine || result.contextEndLine < endLine)
        return std::nullopt;
    return QJsonObject{
        {QStringLiteral("startLine"), result.contextStartLine},
        {QStringLiteral("endLine"), result.contextEndLine},
        {QStringLiteral("snippet"), QJsonObject{{QStringLiteral("text"), result.contextSnippet}}}};
}

} // namespace

QString SarifWriter::asSentence(const QString &t)
{
    const QString trimmed = t.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const QChar last = trimmed.back();
    if (last == u'.' || last == u'!' || last == u'?')
        return trimmed;
    return trimmed + u'.';
}

QJsonObject SarifWriter::toJson(const ReportRun &run)
{
    QJsonArray rules;
    for (const ReportRule &r : run.rules)
        rules.append(ruleJson(r));

    QJsonArray artifacts;
    QHash<QString, int> artifactIndex;
    auto addArtifact = [&](const QString &path) {
        if (artifactIndex.contains(path))
            return;
        artifactIndex.insert(path, int(artifacts.size()));
        QJsonObject artifact{{QStringLiteral("location"), artifactLocation(path, -1)}};
        if (path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
            artifact.insert(QStringLiteral("mimeType"), QStringLiteral("text/markdown"));
            artifact.insert(QStringLiteral("sourceLanguage"), QStringLiteral("markdown"));
        } else if (path.endsWith(QLatin1String(".toml"), Qt::CaseInsensitive)) {
            artifact.insert(QStringLiteral("mimeType"), QStringLiteral("application/toml"));
        }
        artifacts.append(artifact);
    };
    for (const QString &a : run.artifacts)
        addArtifact(a);

    QJsonArray results;
    for (const ReportResult &r : run.results) {
        addArtifact(r.path);
        QJsonObject result{
            {QStringLiteral("ruleId"), r.ruleId},
            {QStringLiteral("level"), level(r.severity)},
            {QStringLiteral("message"), text(r.message)},
            {QStringLiteral("locations"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("physicalLocation"),
                              QJsonObject{{QStringLiteral("artifactLocation"),
                                           artifactLocation(r.path, artifactIndex.value(r.path))},
                                          {QStringLiteral("region"), regionJson(r)}}}}}}};
        if (const auto context = contextRegionJson(r)) {
            QJsonArray locations = result.value(QStringLiteral("locations")).toArray();
            QJsonObject location = locations.at(0).toObject();
            QJsonObject physical = location.value(QStringLiteral("physicalLocation")).toObject();
            physical.insert(QStringLiteral("contextRegion"), *context);
            location.insert(QStringLiteral("physicalLocation"), physical);
            locations.replace(0, location);
            result.insert(QStringLiteral("locations"), locations);
        }
        const int ruleIndex = run.indexOfRule(r.ruleId);
        if (ruleIndex >= 0)
            result.insert(QStringLiteral("ruleIndex"), ruleIndex);
        if (!r.fingerprint.isEmpty())
            result.insert(QStringLiteral("partialFingerprints"),
                          QJsonObject{{QLatin1String(fingerprintKey), r.fingerprint}});
        results.append(result);
    }

    QJsonObject driver{{QStringLiteral("name"), run.toolName},
                       {QStringLiteral("version"), run.toolVersion},
                       {QStringLiteral("semanticVersion"), run.toolVersion},
                       {QStringLiteral("rules"), rules}};
    if (!run.informationUri.isEmpty())
        driver.insert(QStringLiteral("informationUri"), run.informationUri);

    QJsonObject sarifRun{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("originalUriBaseIds"),
         QJsonObject{{QLatin1String(rootBaseId),
                      QJsonObject{{QStringLiteral("uri"), folderUri(run.rootPath)}}}}},
        {QStringLiteral("artifacts"), artifacts},
        {QStringLiteral("columnKind"), QStringLiteral("utf16CodeUnits")},
        {QStringLiteral("results"), results}};
    if (run.versionControl) {
        const VersionControlState &vc = *run.versionControl;
        QJsonObject provenance{
            {QStringLiteral("repositoryUri"), vc.repositoryUri},
            {QStringLiteral("mappedTo"),
             QJsonObject{{QStringLiteral("uriBaseId"), QLatin1String(rootBaseId)}}}};
        if (!vc.revision.isEmpty())
            provenance.insert(QStringLiteral("revisionId"), vc.revision);
        if (!vc.branch.isEmpty())
            provenance.insert(QStringLiteral("branch"), vc.branch);
        sarifRun.insert(QStringLiteral("versionControlProvenance"), QJsonArray{provenance});
    }
    return QJsonObject{{QStringLiteral("$schema"),
                        QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                       {QStringLiteral("version"), QStringLiteral("2.1.0")},
                       {QStringLiteral("runs"), QJsonArray{sarifRun}}};
}

QByteArray SarifWriter::write(const ReportRun &run)
{
    return QJsonDocument(toJson(run)).toJson(QJsonDocument::Indented);
}

} // namespace Specwright
