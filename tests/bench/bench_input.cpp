#include "bench_input.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace Specwright::Bench {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

QList<BenchInput> loadInputs(const QString &folder, const QStringList &sizeNames)
{
    QList<BenchInput> inputs;
    const QDir dir(folder);
    for (const QString &name : sizeNames) {
        BenchInput input;
        input.workspaceDir = dir.absoluteFilePath(QStringLiteral("spec-%1").arg(name));
        input.path = input.workspaceDir + QStringLiteral("/spec.md");
        input.pathV2 = dir.absoluteFilePath(QStringLiteral("spec-%1-v2.md").arg(name));
        input.bytes = readAll(input.path);
        input.bytesV2 = readAll(input.pathV2);
        if (input.bytes.isEmpty() || input.bytesV2.isEmpty())
            continue;
        input.text = QString::fromUtf8(input.bytes);
        input.textV2 = QString::fromUtf8(input.bytesV2);
        input.size = {name, input.bytes.size()};
        inputs.append(input);
    }
    return inputs;
}

int runsFor(const BenchInput &input, double scale)
{
    const qint64 bytes = input.size.bytes;
    const int base = bytes <= 150'000 ? 15 : bytes <= 400'000 ? 11 : bytes <= 1'500'000 ? 7 : 5;
    return std::max(3, int(base * scale + 0.5));
}

} // namespace Specwright::Bench
