#include "eval_case.h"

#include <QCryptographicHash>

namespace Specwright {

namespace {

QByteArray serialise(const QList<LlmMessage> &messages, bool normalise)
{
    QByteArray out;
    for (const LlmMessage &m : messages) {
        out += m.role.toUtf8() + '\x1f';
        out += (normalise ? m.content.simplified() : m.content).toUtf8() + '\x1e';
    }
    return out;
}

} // namespace

QString EvalCase::promptHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(serialise(messages, false), QCryptographicHash::Sha256).toHex());
}

QString EvalCase::stableId(const QString &sectionId, const QList<LlmMessage> &messages)
{
    const QByteArray input = sectionId.toUtf8() + '\x1d' + serialise(messages, true);
    const QByteArray hash = QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex();
    return sectionId + u'-' + QString::fromLatin1(hash.left(10));
}

} // namespace Specwright
