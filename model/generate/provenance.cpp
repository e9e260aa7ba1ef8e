#include "provenance.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Specwright {

namespace {

const QByteArray marker = QByteArrayLiteral("specwright-provenance: ");

QByteArray commentLine(CommentStyle style, const QByteArray &json)
{
    switch (style) {
    case CommentStyle::Hash:
        return QByteArray("# " + marker + json + '\n');
    case CommentStyle::Slashes:
        return QByteArray("// " + marker + json + '\n');
    case CommentStyle::Html:
        return QByteArray("<!-- " + marker + json + " -->\n");
    case CommentStyle::None:
        break;
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QJsonObject Provenance::toJson() const
{
    return QJsonObject{{QStringLiteral("spec"), specPath},
                       {QStringLiteral("specBlob"), specBlob},
                       {QStringLiteral("generator"), generator},
                       {QStringLiteral("version"), generatorVersion},
                       {QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("contentSha1"), contentSha1}};
}

std::optional<Provenance> Provenance::fromJson(const QJsonObject &o)
{
    if (!o.contains(QStringLiteral("specBlob")) || !o.contains(QStringLiteral("generator")))
        return std::nullopt;
    Provenance p;
    p.specPath = o.value(QStringLiteral("spec")).toString();
    p.specBlob = o.value(QStringLiteral("specBlob")).toString();
    p.generator = o.value(QStringLiteral("generator")).toString();
    p.generatorVersion = o.value(QStringLiteral("version")).toString();
    p.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
    p.contentSha1 = o.value(QStringLiteral("contentSha1")).toString();
    return p;
}

QString Provenance::gitBlobSha1(const QByteArray &bytes)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    const QByteArray header = "blob " + QByteArray::number(bytes.size()) + '\0';
    h.addData(header);
    h.addData(bytes);
    return QString::fromLatin1(h.result().toHex());
}

QString Provenance::sha1(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

CommentStyle ProvenanceStamp::commentStyleFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QStringList hash = {QStringLiteral("py"),   QStringLiteral("yaml"),
                                     QStringLiteral("yml"),  QStringLiteral("sh"),
                                     QStringLiteral("toml"), QStringLiteral("rb")};
    static const QStringList slashes = {
        QStringLiteral("cpp"),   QStringLiteral("cc"), QStringLiteral("cxx"),  QStringLiteral("h"),
        QStringLiteral("hpp"),   QStringLiteral("c"),  QStringLiteral("ts"),   QStringLiteral("js"),
        QStringLiteral("go"),    QStringLiteral("rs"), QStringLiteral("java"), QStringLiteral("kt"),
        QStringLiteral("swift"), QStringLiteral("cs")};
    static const QStringList html = {QStringLiteral("html"), QStringLiteral("htm"),
                                     QStringLiteral("md"), QStringLiteral("xml"),
                                     QStringLiteral("svg")};
    if (hash.contains(suffix))
        return CommentStyle::Hash;
    if (slashes.contains(suffix))
        return CommentStyle::Slashes;
    if (html.contains(suffix))
        return CommentStyle::Html;
    return CommentStyle::None;
}

QString ProvenanceStamp::sidecarPath(const QString &outputPath)
{
    return outputPath + QStringLiteral(".provenance.json");
}

ProvenanceStamp::Stamped ProvenanceStamp::stamp(const QString &fileName, const QByteArray &body,
                                                Provenance provenance)
{
    provenance.contentSha1 = Provenance::sha1(body);
    const CommentStyle style = commentStyleFor(fileName);
    if (style == CommentStyle::None)
        return {body, QJsonDocument(provenance.toJson()).toJson(QJsonDocument::Indented)};
    const QByteArray json = QJsonDocument(provenance.toJson()).toJson(QJsonDocument::Compact);
    return {commentLine(style, json) + body, {}};
}

std::optional<ProvenanceStamp::Parsed> ProvenanceStamp::parse(const QString &fileName,
                                                              const QByteArray &content,
                                                              const QByteArray &sidecar)
{
    if (commentStyleFor(fileName) == CommentStyle::None) {
        const QJsonDocument doc = QJsonDocument::fromJson(sidecar);
        if (!doc.isObject())
            return std::nullopt;
        const auto p = Provenance::fromJson(doc.object());
        if (!p)
            return std::nullopt;
        return Parsed{*p, content};
    }
    // The provenance line is the first line of the file.
    const qsizetype eol = content.indexOf('\n');
    const QByteArray first = eol < 0 ? content : content.left(eol);
    const qsizetype at = first.indexOf(marker);
    if (at < 0)
        return std::nullopt;
    const qsizetype open = first.indexOf('{', at);
    const qsizetype close = first.lastIndexOf('}');
    if (open < 0 || close < open)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(first.mid(open, close - open + 1));
    if (!doc.isObject())
        return std::nullopt;
    const auto p = Provenance::fromJson(doc.object());
    if (!p)
        return std::nullopt;
    return Parsed{*p, eol < 0 ? QByteArray() : content.mid(eol + 1)};
}

std::optional<ProvenanceStamp::Parsed> ProvenanceStamp::read(const QString &outputPath)
{
    if (!QFileInfo::exists(outputPath))
        return std::nullopt;
    const QByteArray sidecar = commentStyleFor(outputPath) == CommentStyle::None
                                   ? readAll(sidecarPath(outputPath))
                                   : QByteArray();
    return parse(outputPath, readAll(outputPath), sidecar);
}

OutputState ProvenanceStamp::state(const QString &outputPath, const QString &currentSpecBlob)
{
    if (!QFileInfo::exists(outputPath))
        return OutputState::Missing;
    const auto parsed = read(outputPath);
    if (!parsed)
        return OutputState::Foreign;
    if (Provenance::sha1(parsed->body) != parsed->provenance.contentSha1)
        return OutputState::HandEdited;
    return parsed->provenance.specBlob == currentSpecBlob ? OutputState::Current
                                                          : OutputState::Stale;
}

} // namespace Specwright
