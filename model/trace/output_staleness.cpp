#include "output_staleness.h"

#include "spec_document.h"

#include <QDirIterator>
#include <QFileInfo>

namespace Specwright {

QList<OutputStatus> OutputStaleness::scan(const QString &outputDir, const QString &specPath,
                                          const SpecDocument &current)
{
    QList<OutputStatus> result;
    QStringList files;
    QDirIterator it(outputDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    const QString sidecarSuffix = QStringLiteral(".provenance.json");
    for (const QString &file : std::as_const(files)) {
        if (file.endsWith(sidecarSuffix))
            continue;
        const auto parsed = ProvenanceStamp::read(file);
        if (!parsed || parsed->provenance.specPath != specPath)
            continue;
        OutputStatus status;
        status.path = file;
        status.generator = parsed->provenance.generator;
        status.state = ProvenanceStamp::state(file, current, &status.changedSections);
        result.append(status);
    }
    return result;
}

} // namespace Specwright
