// The version line of a versioned document such as a spec-kit constitution
// ("**Version**: 1.0.0 | **Ratified**: 2026-06-10 | **Last Amended**: 2026-06-10", or
// "version: 2.1" in front matter), and whether an amendment between two texts of it changed
// the text without changing that line.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace Specwright {

struct VersionStamp
{
    QString version;
    QString lastAmended; // empty when the document has no such field
    int line = 0;

    // The first version line of the text; nullopt for a document that carries no version.
    static std::optional<VersionStamp> find(const QString &text);
    // Whether a part of a text holds a version line. The line pattern spans no line break, so
    // a text cut at line starts holds one when one of its parts does.
    static bool hasVersionLine(QStringView text);
    // The text without its version and amendment lines and without HTML comments (a sync
    // report), whitespace collapsed: what an amendment changes.
    static QString body(const QString &text);
    // True when `after` amends `before` (the bodies differ) but keeps its version and its
    // "last amended" date.
    static bool amendedWithoutBump(const QString &before, const QString &after);
};

} // namespace Specwright
