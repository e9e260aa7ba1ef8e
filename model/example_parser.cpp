#include "example_parser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Specwright {

namespace {

const QRegularExpression &openTagPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*<(system|developer|user|assistant|tool)((?:\s+[\w:-]+\s*=\s*"[^"]*")*)\s*>\s*(?:<!--(.*?)-->)?(.*)$)"));
    return re;
}

const QRegularExpression &attributePattern()
{
    static const QRegularExpression re(QStringLiteral(R"re(([\w:-]+)\s*=\s*"([^"]*)")re"));
    return re;
}

} // namespace

bool ExampleParser::isRole(QStringView name)
{
    return name == u"system" || name == u"developer" || name == u"user" || name == u"assistant" ||
           name == u"tool";
}

bool ExampleParser::parseLabel(QStringView comment, ExampleTurn &turn)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(GOOD|BAD|OK)(?:#([\w.-]+))?\s*(?::\s*(.*?))?\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.matchView(comment);
    if (!m.hasMatch())
        return false;
    const QStringView label = m.capturedView(1);
    turn.label = label == u"GOOD"  ? AnswerLabel::Good
                 : label == u"BAD" ? AnswerLabel::Bad
                                   : AnswerLabel::Ok;
    turn.violatedSection = m.captured(2);
    turn.rationale = m.captured(3);
    return true;
}

void ExampleParser::parse(const QStringList &lines, int firstLine, Example &example)
{
    ExampleTurn *open = nullptr;
    QString openRole;
    QString closeTag; // "</role>" of the open turn
    QStringList body;
    bool inComparison = false;
    QString innerFence; // a backtick fence inside a turn: tags in it are text
    int comparisonIndex = -1;

    auto closeTurn = [&](int endLine) {
        if (!open)
            return;
        open->text = body.join(QLatin1Char('\n')).trimmed();
        open->endLine = endLine;
        open = nullptr;
        body.clear();
    };

    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = firstLine + i;
        const QStringView trimmed = QStringView(line).trimmed();

        if (open && !innerFence.isEmpty()) {
            if (trimmed.startsWith(innerFence))
                innerFence.clear();
            body.append(line);
            continue;
        }
        if (open) {
            const qsizetype closeAt = line.indexOf(closeTag);
            if (closeAt >= 0) {
                body.append(line.left(closeAt));
                closeTurn(lineNo);
                continue;
            }
            if (trimmed.startsWith(QLatin1String("```"))) {
                qsizetype n = 0;
                while (n < trimmed.size() && trimmed.at(n) == u'`')
                    ++n;
                innerFence = trimmed.left(n).toString();
            }
            body.append(line);
            continue;
        }
        if (trimmed == u"<comparison>") {
            inComparison = true;
            ++comparisonIndex;
            ++example.comparisonCount;
            continue;
        }
        if (trimmed == u"</comparison>") {
            inComparison = false;
            continue;
        }
        const auto m = openTagPattern().match(line);
        if (!m.hasMatch()) {
            if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("<!--")))
                example.problems.append(tr("line %1: text outside of a turn").arg(lineNo));
            continue;
        }
        ExampleTurn turn;
        turn.role = m.captured(1);
        auto it = attributePattern().globalMatchView(m.capturedView(2));
        while (it.hasNext()) {
            const auto a = it.next();
            turn.attributes.append({a.captured(1), a.captured(2)});
        }
        if (m.capturedLength(3) > 0)
            parseLabel(m.capturedView(3), turn);
        turn.inComparison = inComparison;
        turn.comparisonIndex = inComparison ? comparisonIndex : -1;
        turn.startLine = lineNo;
        example.turns.append(turn);
        open = &example.turns.last();
        openRole = turn.role;
        closeTag = u"</" + openRole + u'>';
        QString rest = m.captured(4);
        const qsizetype closeAt = rest.indexOf(closeTag);
        if (closeAt >= 0) {
            body.append(rest.left(closeAt));
            closeTurn(lineNo);
        } else if (!rest.trimmed().isEmpty()) {
            body.append(rest);
        }
    }
    if (open) {
        example.problems.append(
            tr("<%1> opened on line %2 is never closed").arg(openRole).arg(open->startLine));
        closeTurn(firstLine + int(lines.size()) - 1);
    }
    if (inComparison)
        example.problems.append(tr("<comparison> is never closed"));
}

} // namespace Specwright
