// Where a generated file came from: the spec, its git blob hash, the generator and the time.
// Text outputs carry it in one header comment line; files without a comment syntax (JSONL, PDF)
// get a "<file>.provenance.json" sidecar. The hash of the output body is recorded too, so a
// later run can tell a hand-edited output from one it may overwrite.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace Specwright {

class SpecDocument;

struct Provenance
{
    QString specPath;  // relative to the workspace root when the spec lies inside it
    QString specBlob;  // git blob SHA-1 of the spec text
    QString generator; // generator name
    QString generatorVersion;
    QDateTime time;
    QString contentSha1; // SHA-1 of the output body without the provenance line
    // The sections the output was made from, so an amendment elsewhere leaves it current.
    QString section;                      // the selected section; empty: the whole spec
    QMap<QString, QString> sectionHashes; // section id -> SHA-1 of its own text (12 hex digits)

    // SHA-1 (first 12 hex digits) of each section's own text (heading to its first
    // subsection), by id.
    static QMap<QString, QString> hashSections(const SpecDocument &document,
                                               const QList<int> &sections);
    // Ids whose text differs in `current` (or that it lacks); for a whole-spec output also the
    // sections added since. Empty when every recorded section is unchanged.
    QStringList changedSections(const SpecDocument &current) const;

    QJsonObject toJson() const;
    static std::optional<Provenance> fromJson(const QJsonObject &object);

    // The SHA-1 git gives the blob of these bytes ("blob <len>\0" + bytes), hex.
    static QString gitBlobSha1(const QByteArray &bytes);
    static QString sha1(const QByteArray &bytes);
};

// The comment syntax of an output file, chosen by its suffix.
enum class CommentStyle
{
    None,
    Hash,
    Slashes,
    Html
};

// What the output files on disk say compared to the spec now.
enum class OutputState
{
    Missing,    // not there
    Current,    // generated from this very spec text and not edited since
    Stale,      // generated from an older spec text
    HandEdited, // its body no longer matches the hash recorded when it was written
    Foreign     // no provenance: not written by Specwright (or its marker was removed)
};

class ProvenanceStamp
{
public:
    static CommentStyle commentStyleFor(const QString &fileName);
    static QString sidecarPath(const QString &outputPath);

    // The bytes to write for `body` (provenance line added where the format has comments) and,
    // for formats without comments, the sidecar content to write next to it (else empty).
    struct Stamped
    {
        QByteArray content;
        QByteArray sidecar;
    };
    static Stamped stamp(const QString &fileName, const QByteArray &body, Provenance provenance);

    // Splits a stamped file into its provenance and body. Reads the sidecar when the format has
    // no comments. nullopt when the file has no provenance.
    struct Parsed
    {
        Provenance provenance;
        QByteArray body;
    };
    static std::optional<Parsed> parse(const QString &fileName, const QByteArray &content,
                                       const QByteArray &sidecar = {});
    static std::optional<Parsed> read(const QString &outputPath);

    static OutputState state(const QString &outputPath, const QString &currentSpecBlob);
    // Per section: an output whose spec changed only outside the sections it was made from is
    // Current. `changed` receives the ids of the changed sections of a Stale output.
    static OutputState state(const QString &outputPath, const SpecDocument &current,
                             QStringList *changed = nullptr);
};

} // namespace Specwright
