#include "generate_check.h"

#include "cli_support.h"
#include "output_staleness.h"

#include <QDir>

namespace Specwright {

int GenerateCheck::run(const GenerationRequest &request, QTextStream &out)
{
    const QList<OutputStatus> outputs =
        OutputStaleness::scan(request.outputDir, request.specPath(), *request.document);
    const QString cwd = QDir::currentPath();
    int stale = 0, current = 0;
    for (const OutputStatus &o : outputs) {
        const QString shown = QDir(cwd).relativeFilePath(o.path);
        switch (o.state) {
        case OutputState::Stale:
            ++stale;
            out << (o.changedSections.isEmpty()
                        ? tr("stale %1").arg(shown)
                        : tr("stale %1 (changed sections: %2)")
                              .arg(shown, o.changedSections.join(QLatin1String(", "))))
                << '\n';
            break;
        case OutputState::HandEdited:
            out << tr("edited by hand %1").arg(shown) << '\n';
            break;
        case OutputState::Current:
            ++current;
            break;
        case OutputState::Missing:
        case OutputState::Foreign:
            break;
        }
    }
    out << tr("%1 outputs of %2: %3 current, %4 stale")
               .arg(outputs.size())
               .arg(request.specPath())
               .arg(current)
               .arg(stale)
        << '\n';
    return stale > 0 ? CliSupport::Findings : CliSupport::Ok;
}

} // namespace Specwright
