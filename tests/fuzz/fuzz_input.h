// Helpers shared by the libFuzzer targets: the input as text, and split in two.
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Two texts: the input split at its first "\n====\n" (a diff's old and new version).
inline std::pair<QString, QString> twoTexts(const uint8_t *data, size_t size)
{
    const QByteArray all = bytes(data, size);
    const qsizetype cut = all.indexOf("\n====\n");
    if (cut < 0)
        return {QString::fromUtf8(all), QString::fromUtf8(all)};
    return {QString::fromUtf8(all.left(cut)), QString::fromUtf8(all.mid(cut + 6))};
}

} // namespace FuzzInput
