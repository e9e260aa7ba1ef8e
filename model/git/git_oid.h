// A git object id as a plain value (20 or 32 raw bytes), so ids travel without libgit2 types.
#pragma once

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace Specwright {

class GitOid
{
public:
    GitOid() = default;
    explicit GitOid(const QByteArray &raw)
        : m_raw(raw)
    {
    }

    bool isNull() const { return m_raw.isEmpty() || m_raw.count('\0') == m_raw.size(); }
    const QByteArray &raw() const { return m_raw; }
    QString hex() const { return QString::fromLatin1(m_raw.toHex()); }
    QString shortHex() const { return hex().left(8); }
    bool operator==(const GitOid &) const = default;

private:
    QByteArray m_raw;
};

inline size_t qHash(const GitOid &oid, size_t seed = 0)
{
    return qHash(oid.raw(), seed);
}

} // namespace Specwright

Q_DECLARE_METATYPE(Specwright::GitOid)
