// Blame per section: for every section of the committed file, the commit that last touched it.
#pragma once

#include "git_oid.h"
#include "git_result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Specwright {

class GitRepository;

struct SectionBlameEntry
{
    QString sectionId;
    QString title;
    int headingLine = 0;
    int lineCount = 0;
    GitOid commit; // newest commit among the section's lines
    QString author;
    QDateTime time;
    QString summary;
    int authorCount = 0; // distinct authors of the section's lines
};

struct SectionBlameResult
{
    GitOid head;
    QList<SectionBlameEntry> entries;
    QString error; // empty on success
};

class SectionBlame
{
    Q_DECLARE_TR_FUNCTIONS(SectionBlame)

public:
    // Blames the HEAD version of `relativePath` and folds the lines into its sections.
    static SectionBlameResult compute(const GitRepository &repository, const QString &relativePath);
};

} // namespace Specwright
