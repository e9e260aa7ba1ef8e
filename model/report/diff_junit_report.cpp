#include "diff_junit_report.h"

#include "diff_json.h"

#include <QStringList>

namespace Specwright {

JunitReport DiffJunitReport::build(const DiffResult &result, const QString &file,
                                   const QString &fromLabel, const QString &toLabel)
{
    JunitSuite suite;
    suite.name = QStringLiteral("%1: %2 -> %3").arg(file, fromLabel, toLabel);
    for (const SectionChange &s : result.sections) {
        JunitCase c;
        c.className = file;
        c.name = s.id().isEmpty() ? s.title() : s.id() + QStringLiteral(": ") + s.title();
        c.file = file;
        c.line = s.newLine > 0 ? s.newLine : s.oldLine;
        if (s.isChange()) {
            QStringList notes{DiffJson::statusName(s.status)};
            if (s.oldId != s.newId && !s.oldId.isEmpty() && !s.newId.isEmpty())
                notes.append(QStringLiteral("id %1 -> %2").arg(s.oldId, s.newId));
            if (s.oldTitle != s.newTitle && !s.oldTitle.isEmpty() && !s.newTitle.isEmpty())
                notes.append(QStringLiteral("title \"%1\" -> \"%2\"").arg(s.oldTitle, s.newTitle));
            const bool wholeSection =
                s.status == SectionStatus::Added || s.status == SectionStatus::Removed;
            if (!wholeSection && (s.wordsAdded || s.wordsRemoved))
                notes.append(QStringLiteral("+%1 -%2 words").arg(s.wordsAdded).arg(s.wordsRemoved));
            if (s.moved && s.status != SectionStatus::Moved)
                notes.append(QStringLiteral("moved"));
            if (s.renamed && s.status != SectionStatus::Renamed)
                notes.append(QStringLiteral("renamed"));
            for (const ExampleChange &e : s.examples)
                notes.append(QStringLiteral("example %1: %2")
                                 .arg(DiffJson::exampleChangeName(e.kind), e.title));
            c.systemOut = notes.join(QStringLiteral("; "));
        }
        suite.cases.append(c);
    }
    JunitReport report;
    report.name = QStringLiteral("specc diff");
    report.suites.append(suite);
    return report;
}

} // namespace Specwright
