#include "diff_json.h"

#include <QJsonArray>

namespace Specwright {

QString DiffJson::statusName(SectionStatus status)
{
    switch (status) {
    case SectionStatus::Added:
        return QStringLiteral("added");
    case SectionStatus::Removed:
        return QStringLiteral("removed");
    case SectionStatus::Modified:
        return QStringLiteral("modified");
    case SectionStatus::Renamed:
        return QStringLiteral("renamed");
    case SectionStatus::Moved:
        return QStringLiteral("moved");
    case SectionStatus::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QString DiffJson::exampleChangeName(ExampleChange::Kind kind)
{
    switch (kind) {
    case ExampleChange::Added:
        return QStringLiteral("added");
    case ExampleChange::Removed:
        return QStringLiteral("removed");
    case ExampleChange::AnswerChanged:
        return QStringLiteral("answer-changed");
    case ExampleChange::Modified:
        break;
    }
    return QStringLiteral("modified");
}

QJsonObject DiffJson::toJson(const DiffResult &result, bool withUnchanged)
{
    static const char *const blockKinds[] = {"equal", "added", "removed", "modified"};
    static const char *const segmentKinds[] = {"equal", "deleted", "inserted"};
    QJsonArray sections;
    for (const SectionChange &s : result.sections) {
        if (!withUnchanged && !s.isChange())
            continue;
        QJsonObject o{{QStringLiteral("status"), statusName(s.status)},
                      {QStringLiteral("oldId"), s.oldId},
                      {QStringLiteral("newId"), s.newId},
                      {QStringLiteral("oldTitle"), s.oldTitle},
                      {QStringLiteral("newTitle"), s.newTitle},
                      {QStringLiteral("oldLine"), s.oldLine},
                      {QStringLiteral("newLine"), s.newLine},
                      {QStringLiteral("renamed"), s.renamed},
                      {QStringLiteral("moved"), s.moved},
                      {QStringLiteral("contentChanged"), s.contentChanged},
                      {QStringLiteral("wordsAdded"), s.wordsAdded},
                      {QStringLiteral("wordsRemoved"), s.wordsRemoved}};
        QJsonArray blocks;
        for (const BlockChange &b : s.blocks) {
            if (b.kind == BlockChange::Equal)
                continue;
            QJsonObject bo{{QStringLiteral("kind"), QLatin1String(blockKinds[b.kind])},
                           {QStringLiteral("oldLine"), b.oldLine},
                           {QStringLiteral("newLine"), b.newLine}};
            if (b.kind == BlockChange::Modified) {
                QJsonArray words;
                for (const DiffSegment &w : b.words)
                    if (w.kind != DiffSegment::Equal)
                        words.append(QJsonObject{
                            {QStringLiteral("kind"), QLatin1String(segmentKinds[w.kind])},
                            {QStringLiteral("text"), w.text}});
                bo.insert(QStringLiteral("words"), words);
            } else {
                bo.insert(QStringLiteral("text"),
                          b.kind == BlockChange::Added ? b.newText : b.oldText);
            }
            blocks.append(bo);
        }
        o.insert(QStringLiteral("blocks"), blocks);
        QJsonArray examples;
        for (const ExampleChange &e : s.examples)
            examples.append(QJsonObject{{QStringLiteral("kind"), exampleChangeName(e.kind)},
                                        {QStringLiteral("title"), e.title},
                                        {QStringLiteral("detail"), e.detail}});
        o.insert(QStringLiteral("examples"), examples);
        sections.append(o);
    }
    QJsonObject counts;
    for (SectionStatus st :
         {SectionStatus::Added, SectionStatus::Removed, SectionStatus::Modified,
          SectionStatus::Renamed, SectionStatus::Moved, SectionStatus::Unchanged})
        counts.insert(statusName(st), result.count(st));
    return QJsonObject{{QStringLiteral("counts"), counts}, {QStringLiteral("sections"), sections}};
}

} // namespace Specwright
