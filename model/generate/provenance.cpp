#include "provenance.h"

#include "spec_document.h"

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
    QJsonObject o{{QStringLiteral("spec"), specPath},
                  {QStringLiteral("specBlob"), specBlob},
                  {QStringLiteral("generator"), generator},
                  {QStringLiteral("version"), generatorVersion},
                  {QStringLiteral("time"), time.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("contentSha1"), contentSha1}};
    if (!sectionHashes.isEmpty()) {
        QJsonObject hashes;
        for (auto it = sectionHashes.cbegin(); it != sectionHashes.cend(); ++it)
            hashes.insert(it.key(), it.value());
        o.insert(QStringLiteral("sections"), hashes);
        if (!section.isEmpty())
            o.insert(QStringLiteral("section"), section);
    }
    return o;
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
    p.section = o.value(QStringLiteral("section")).toString();
    const QJsonObject hashes = o.value(QStringLiteral("sections")).toObject();
    for (auto it = hashes.begin(); it != hashes.end(); ++it)
        p.sectionHashes.insert(it.key(), it.value().toString());
    return p;
}

QMap<QString, QString> Provenance::hashSections(const SpecDocument &document,
                                                const QList<int> &sections)
{
    QMap<QString, QString> hashes;
    const SourceText &src = document.source();
    for (int index : sections) {
        if (index < 0 || index >= document.sections().size())
            continue;
        const Section &s = document.sections().at(index);
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (int line = s.headingLine; line <= s.bodyEndLine && line <= src.lineCount(); ++line) {
            hash.addData(src.line(line).trimmed().toUtf8());
            hash.addData("\n");
        }
        // 48 bits tell an amended section from an unchanged one and keep the header short.
        hashes.insert(s.id, QString::fromLatin1(hash.result().toHex().left(12)));
    }
    return hashes;
}

QStringList Provenance::changedSections(const SpecDocument &current) const
{
    QList<int> all;
    for (int i = 0; i < current.sections().size(); ++i)
        all.append(i);
    const QMap<QString, QString> now = hashSections(current, all);
    QStringList changed;
    for (auto it = sectionHashes.cbegin(); it != sectionHashes.cend(); ++it)
        if (now.value(it.key()) != it.value())
            changed.append(it.key());
    if (section.isEmpty())
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            if (!sectionHashes.contains(it.key()))
                changed.append(it.key());
    return changed;
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

OutputState ProvenanceStamp::state(const QString &outputPath, const SpecDocument &current,
                                   QStringList *changed)
{
    const QString blob = Provenance::gitBlobSha1(current.source().utf8());
    const OutputState byBlob = state(outputPath, blob);
    if (byBlob != OutputState::Stale)
        return byBlob;
    const auto parsed = read(outputPath);
    if (!parsed || parsed->provenance.sectionHashes.isEmpty())
        return OutputState::Stale; // written before sections were recorded
    const QStringList ids = parsed->provenance.changedSections(current);
    if (changed)
        *changed = ids;
    return ids.isEmpty() ? OutputState::Current : OutputState::Stale;
}

} // namespace Specwright
