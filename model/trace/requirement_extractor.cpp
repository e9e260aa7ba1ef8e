#include "requirement_extractor.h"

#include "prose_scanner.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Specwright {

namespace {

// Lines a trace scan never reads: code fences and indented code (examples are read, since an
// example may say what it covers).
QList<bool> codeLines(const SpecDocument &doc)
{
    QList<bool> code(doc.source().lineCount() + 2, false);
    QList<bool> example(code.size(), false);
    for (const Example &ex : doc.examples())
        for (int l = ex.range.startLine; l <= ex.range.endLine && l < example.size(); ++l)
            if (l > 0)
                example[l] = true;
    for (const Block &b : doc.blocks()) {
        if (b.kind != BlockKind::CodeFence && b.kind != BlockKind::IndentedCode)
            continue;
        for (int l = b.startLine; l <= b.endLine && l < code.size(); ++l)
            if (l > 0 && !example.at(l))
                code[l] = true;
    }
    return code;
}

QList<bool> exampleLines(const SpecDocument &doc)
{
    QList<bool> lines(doc.source().lineCount() + 2, false);
    for (const Example &ex : doc.examples())
        for (int l = std::max(1, ex.range.startLine); l <= ex.range.endLine && l < lines.size();
             ++l)
            lines[l] = true;
    return lines;
}

QString folderOf(const QString &relativePath)
{
    const int slash = relativePath.lastIndexOf(u'/');
    return slash < 0 ? QString() : relativePath.left(slash);
}

// True when the id at [start, end) of the line is where it is defined: a list item, paragraph
// or heading that starts with the id (optionally bold) followed by ':', '.', '-' or ')'.
bool isDefinitionAt(QStringView line, qsizetype start, qsizetype end)
{
    static const QRegularExpression before(QStringLiteral(
        R"(^\s*(?:#{1,6}\s+|(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__|\*|_)?$)"));
    static const QRegularExpression after(
        QStringLiteral(R"(^(?:\*\*|__|\*|_)?\s*(?:[:.)]|-\s|–|—|$))"));
    return before.matchView(line.left(start)).hasMatch() &&
           after.matchView(line.mid(end)).hasMatch();
}

struct TaskFrame
{
    int task;
    int indent;
};

} // namespace

QString requirementKindName(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Requirement:
        return QStringLiteral("requirement");
    case RequirementKind::AcceptanceCriterion:
        return QStringLiteral("acceptance-criterion");
    case RequirementKind::Functional:
        return QStringLiteral("functional");
    case RequirementKind::SuccessCriterion:
        return QStringLiteral("success-criterion");
    case RequirementKind::UserStory:
        return QStringLiteral("user-story");
    case RequirementKind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

QString traceContextName(TraceContextKind kind)
{
    switch (kind) {
    case TraceContextKind::Task:
        return QStringLiteral("task");
    case TraceContextKind::Test:
        return QStringLiteral("test");
    case TraceContextKind::Example:
        return QStringLiteral("example");
    case TraceContextKind::Design:
        return QStringLiteral("design");
    case TraceContextKind::Other:
        break;
    }
    return QStringLiteral("other");
}

bool RequirementExtractor::isTaskFileName(const QString &relativePath)
{
    const QString name = QFileInfo(relativePath).fileName().toLower();
    return name == u"tasks.md" || name.endsWith(QLatin1String("-tasks.md")) ||
           name.endsWith(QLatin1String("_tasks.md"));
}

bool RequirementExtractor::isTestFileName(const QString &relativePath)
{
    const QString lower = relativePath.toLower();
    const QStringList parts = lower.split(u'/');
    for (int i = 0; i + 1 < parts.size(); ++i)
        if (parts.at(i) == u"test" || parts.at(i) == u"tests" || parts.at(i) == u"spec-tests")
            return true;
    return parts.last().contains(QLatin1String("test"));
}

QString RequirementExtractor::earsForm(QStringView criterion)
{
    static const QRegularExpression form(QStringLiteral(R"(^\W*(WHEN|IF|WHILE|WHERE)\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = form.matchView(criterion);
    return m.hasMatch() ? m.captured(1).toUpper() : QStringLiteral("ubiquitous");
}

void RequirementExtractor::extract(const SpecDocument &doc, const QString &relativePath,
                                   const TraceConfig &config, FileTrace &out)
{
    const SourceText &src = doc.source();
    const QString scope = folderOf(relativePath);
    out.isTaskFile = isTaskFileName(relativePath);
    out.isTestFile = isTestFileName(relativePath);
    const QList<bool> code = codeLines(doc);
    const QList<bool> inExample = exampleLines(doc);

    auto addRequirement = [&](const QString &id, RequirementKind kind, int line, int column,
                              int length, const QString &text, const QString &form,
                              const QString &parent = {}) {
        Requirement r;
        r.id = id;
        r.kind = kind;
        r.file = relativePath;
        r.scope = scope;
        r.parent = parent;
        r.text = text;
        r.form = form;
        r.line = line;
        const int start = src.lineStartOffset(line) + column;
        r.range = src.rangeFromOffsets(start, start + length);
        out.requirements.append(r);
    };

    // Kiro requirements and their criteria, spec-kit user stories: from the section tree.
    static const QRegularExpression kiroHeading(QStringLiteral(R"(^Requirement\s+(\d+)\b)"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression story(
        QStringLiteral(R"(^User Story\s+(\d+)\b(?:.*\(Priority:\s*(P\d+)\))?)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(QStringLiteral(R"(^ {0,3}(\d+)[.)]\s+(\S.*)$)"));
    static const QRegularExpression userStoryLine(
        QStringLiteral(R"(^\s*\**User Story:?\**:?\s*(.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    QList<bool> definingHeading(src.lineCount() + 2, false);
    for (const Section &s : doc.sections()) {
        const QStringView headingLine = src.line(s.headingLine);
        const int titleColumn = int(headingLine.indexOf(s.title.left(12)));
        if (const auto m = kiroHeading.match(s.title); m.hasMatch()) {
            const QString n = m.captured(1);
            QString storyText;
            bool criteria = false;
            for (int l = s.headingLine + 1; l <= s.endLine && l <= src.lineCount(); ++l) {
                if (code.at(l))
                    continue;
                const QString line = src.line(l).toString();
                if (storyText.isEmpty())
                    if (const auto u = userStoryLine.match(line); u.hasMatch())
                        storyText = ProseScanner::plainSentence(u.captured(1));
                if (line.contains(QLatin1String("Acceptance Criteria"), Qt::CaseInsensitive)) {
                    criteria = true;
                    continue;
                }
                if (line.startsWith(u'#') && !line.contains(QLatin1String("Acceptance")))
                    criteria = false; // another subsection of the requirement
                if (!criteria)
                    continue;
                if (const auto item = numbered.match(line); item.hasMatch()) {
                    const QString text = ProseScanner::plainSentence(item.captured(2));
                    addRequirement(n + u'.' + item.captured(1),
                                   RequirementKind::AcceptanceCriterion, l,
                                   int(item.capturedStart(1)), int(item.capturedLength(1)), text,
                                   earsForm(text), n);
                }
            }
            const int at = std::max(0, titleColumn) + int(m.capturedStart(0));
            addRequirement(n, RequirementKind::Requirement, s.headingLine, at,
                           int(m.capturedLength(0)), storyText.isEmpty() ? s.title : storyText, {});
            // Keep the criteria after their requirement, as a reader sees them.
            Requirement req = out.requirements.takeLast();
            int first = int(out.requirements.size());
            while (first > 0 && out.requirements.at(first - 1).parent == n &&
                   out.requirements.at(first - 1).file == relativePath)
                --first;
            out.requirements.insert(first, req);
            definingHeading[s.headingLine] = true;
        } else if (const auto st = story.match(s.title); st.hasMatch() && !out.isTaskFile) {
            const int at = std::max(0, titleColumn) + int(st.capturedStart(0));
            addRequirement(QStringLiteral("US") + st.captured(1), RequirementKind::UserStory,
                           s.headingLine, at, int(st.capturedLength(1)) + 11, s.title,
                           st.captured(2));
        }
    }

    // Ids written in the text: definitions where a line starts with them, else references.
    struct IdPattern
    {
        const QRegularExpression *re;
        bool builtin;
    };
    static const QRegularExpression specKitId(QStringLiteral(R"(\b(N?FR|SC)-\d+\b)"));
    QList<IdPattern> patterns{{&specKitId, true}};
    for (const QRegularExpression &re : config.patterns())
        patterns.append({&re, false});
    static const QRegularExpression storyTag(QStringLiteral(R"(\[(US\d+)\])"));
    static const QRegularExpression kiroCitation(QStringLiteral(
        R"((?<![A-Za-z])Requirements?:?\s*_?\s*(\d+(?:\.\d+)?(?:\s*(?:,|;|&|and)\s*\d+(?:\.\d+)?)*))"));
    static const QRegularExpression number(QStringLiteral(R"(\d+(?:\.\d+)?)"));
    static const QRegularExpression task(QStringLiteral(R"(^(\s*)[-*+]\s+\[([ xX])\]\s+(.*)$)"));
    static const QRegularExpression taskId(
        QStringLiteral(R"(^(?:\*\*)?(T\d+|\d+(?:\.\d+)*)\.?\b)"));
    const bool tasksHere = out.isTaskFile;
    QList<TaskFrame> open; // tasks whose body the current line may belong to

    // Outside a tasks file only the lines holding one of the words the id patterns need are
    // read (see below): one search of the text per word finds them, not four per line.
    const bool sparse = !tasksHere && config.patterns().isEmpty();
    QList<int> wordLines;
    if (sparse) {
        QList<bool> hit(src.lineCount() + 2, false);
        const QStringView text = src.text();
        auto mark = [&](qsizetype at) {
            hit[std::clamp(src.lineForOffset(int(at)), 0, src.lineCount() + 1)] = true;
        };
        // By their rarest character, which a vectorised search finds: '-' of FR- and SC-,
        // '[' of [US, 'q' of equirement.
        for (qsizetype at = text.indexOf(u'-'); at >= 0; at = text.indexOf(u'-', at + 1))
            if (at >= 2 && (text.mid(at - 2, 2) == u"FR" || text.mid(at - 2, 2) == u"SC"))
                mark(at);
        for (qsizetype at = text.indexOf(u'['); at >= 0; at = text.indexOf(u'[', at + 1))
            if (text.mid(at + 1, 2) == u"US")
                mark(at);
        for (qsizetype at = text.indexOf(u'q'); at >= 0; at = text.indexOf(u'q', at + 1))
            if (at >= 1 && text.mid(at - 1, 10) == u"equirement")
                mark(at);
        for (int l = 1; l <= src.lineCount(); ++l)
            if (hit.at(l))
                wordLines.append(l);
    }
    qsizetype nextWordLine = 0;
    const int pastEnd = src.lineCount() + 1;
    auto following = [&](int l) {
        if (!sparse)
            return l + 1;
        return nextWordLine < wordLines.size() ? wordLines.at(nextWordLine++) : pastEnd;
    };
    for (int l = following(0); l <= src.lineCount(); l = following(l)) {
        // Code still cites (an output format listing "per FR-008"), but defines nothing.
        const bool inCode = code.at(l);
        const QStringView raw = src.line(l);
        if (raw.trimmed().isEmpty())
            continue;
        const int lineStart = src.lineStartOffset(l);
        int lead = 0;
        while (lead < raw.size() && raw.at(lead).isSpace())
            ++lead;
        if (raw.startsWith(u'#') && !inCode)
            open.clear();
        while (!open.isEmpty() && lead <= open.last().indent)
            open.removeLast();
        if (tasksHere && !inCode) {
            if (const auto m = task.matchView(raw); m.hasMatch()) {
                TraceTask t;
                t.indent = lead;
                t.done = m.captured(2) != u" ";
                t.text = ProseScanner::plainSentence(m.captured(3));
                if (const auto id = taskId.match(t.text); id.hasMatch())
                    t.id = id.captured(1);
                t.parent = open.isEmpty() ? -1 : open.last().task;
                // Kiro writes sub-tasks "2.1" under "2." at the same indentation too.
                if (t.parent < 0 && t.id.contains(u'.')) {
                    const QString up = t.id.section(u'.', 0, -2);
                    for (int k = int(out.tasks.size()) - 1; k >= 0 && t.parent < 0; --k)
                        if (out.tasks.at(k).id == up)
                            t.parent = k;
                }
                t.line = l;
                t.range = src.rangeFromOffsets(lineStart + lead, lineStart + int(raw.size()));
                out.tasks.append(t);
                open.append({int(out.tasks.size()) - 1, lead});
            }
        }
        // Each id pattern below needs one of these words (a configured pattern may need any).
        if (config.patterns().isEmpty() && !raw.contains(u"FR-") && !raw.contains(u"SC-") &&
            !raw.contains(u"[US") && !raw.contains(u"equirement"))
            continue;
        const QString masked = ProseScanner::maskLinks(raw.toString());
        const int currentTask = open.isEmpty() ? -1 : open.last().task;
        // Worked out for lines that hold a reference only: the case-insensitive search is
        // costly on every line of a big spec.
        auto contextOfLine = [&] {
            if (inCode && !inExample.at(l))
                return TraceContextKind::Other;
            if (currentTask >= 0)
                return TraceContextKind::Task;
            if (out.isTestFile)
                return TraceContextKind::Test;
            if (inExample.at(l))
                return TraceContextKind::Example;
            if (masked.contains(QLatin1String("Validates"), Qt::CaseInsensitive))
                return TraceContextKind::Design;
            return TraceContextKind::Other;
        };

        auto addReference = [&](const QString &target, qsizetype start, qsizetype length,
                                bool numeric) {
            TraceReference r;
            r.file = relativePath;
            r.target = target;
            r.context = contextOfLine();
            r.numeric = numeric;
            r.task = currentTask;
            r.line = l;
            r.range = src.rangeFromOffsets(lineStart + int(start), lineStart + int(start + length));
            out.references.append(r);
            if (currentTask >= 0)
                out.tasks[currentTask].citations += 1;
        };

        for (const IdPattern &p : patterns) {
            auto it = p.re->globalMatch(masked);
            while (it.hasNext()) {
                const auto m = it.next();
                const QString id = m.captured(0);
                if (!inCode && isDefinitionAt(masked, m.capturedStart(0), m.capturedEnd(0)) &&
                    !(tasksHere && currentTask >= 0)) {
                    RequirementKind kind = RequirementKind::Custom;
                    if (p.builtin)
                        kind = id.startsWith(u'S') ? RequirementKind::SuccessCriterion
                                                   : RequirementKind::Functional;
                    const QString text =
                        ProseScanner::plainSentence(masked.mid(m.capturedEnd(0))).trimmed();
                    QString sentence = text;
                    while (!sentence.isEmpty() &&
                           (sentence.front() == u':' || sentence.front() == u'*' ||
                            sentence.front().isSpace()))
                        sentence.remove(0, 1);
                    addRequirement(id, kind, l, int(m.capturedStart(0)), int(m.capturedLength(0)),
                                   sentence, {});
                } else {
                    addReference(id, m.capturedStart(0), m.capturedLength(0), false);
                }
            }
        }
        if (masked.contains(QLatin1String("[US"))) {
            auto it = storyTag.globalMatch(masked);
            while (it.hasNext()) {
                const auto m = it.next();
                addReference(m.captured(1), m.capturedStart(1), m.capturedLength(1), false);
            }
        }
        if (!definingHeading.at(l) && masked.contains(QLatin1String("equirement"))) {
            auto it = kiroCitation.globalMatch(masked);
            while (it.hasNext()) {
                const auto m = it.next();
                auto nums = number.globalMatchView(m.capturedView(1));
                while (nums.hasNext()) {
                    const auto n = nums.next();
                    addReference(n.captured(0), m.capturedStart(1) + n.capturedStart(0),
                                 n.capturedLength(0), true);
                }
            }
        }
    }
}

} // namespace Specwright
