#include "template_context.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Specwright {

namespace {

QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if ((c.isLetterOrNumber() && c.unicode() < 128)) {
            current += c;
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString unique(const QString &name, QSet<QString> &used)
{
    QString candidate = name;
    for (int n = 2; used.contains(candidate); ++n)
        candidate = name + QString::number(n);
    used.insert(candidate);
    return candidate;
}

QVariantHash turnHash(const ExampleTurn &t)
{
    QString name;
    for (const Attribute &a : t.attributes)
        if (a.key == u"name")
            name = a.value;
    return {
        {QStringLiteral("role"), t.role},
        {QStringLiteral("name"), name},
        {QStringLiteral("text"), t.text},
        {QStringLiteral("label"), TemplateContext::labelName(t.label)},
        {QStringLiteral("rationale"), t.rationale},
        {QStringLiteral("violated"), t.violatedSection},
        {QStringLiteral("in_comparison"), t.inComparison},
        {QStringLiteral("cpp"), TemplateContext::cppLiteral(t.text, QStringLiteral("          "))},
        {QStringLiteral("py"), TemplateContext::jsonLiteral(t.text)},
        {QStringLiteral("json"), TemplateContext::jsonLiteral(t.text)},
        {QStringLiteral("cpp_rationale"), TemplateContext::cppLiteral(t.rationale, {})},
        {QStringLiteral("py_rationale"), TemplateContext::jsonLiteral(t.rationale)}};
}

// One test per decision point: the prompt is the conversation up to that <comparison> (earlier
// comparisons continued by their preferred answer), the expectations its labelled answers.
// decisionPoint -1: an example without comparisons (its labelled turns are the expectations).
QVariantHash exampleHash(const Example &e, const Section &s, int index, int decisionPoint = -1)
{
    QVariantList turns, prompt, expectations;
    for (const ExampleTurn &t : e.turns)
        turns.append(turnHash(t));
    if (decisionPoint >= 0) {
        for (int i : e.contextTurns(decisionPoint))
            prompt.append(turns.at(i));
        for (int i : e.answerTurns(decisionPoint))
            if (e.turns.at(i).label != AnswerLabel::None)
                expectations.append(turns.at(i));
    } else {
        for (int i = 0; i < e.turns.size(); ++i)
            (e.turns.at(i).label != AnswerLabel::None ? expectations : prompt).append(turns.at(i));
    }
    QString title = e.title.isEmpty() ? QStringLiteral("example %1").arg(index) : e.title;
    if (e.comparisonCount > 1)
        title += QStringLiteral(" (decision point %1)").arg(decisionPoint + 1);
    return {{QStringLiteral("title"), title},
            {QStringLiteral("cpp_title"), TemplateContext::cppLiteral(title, {})},
            {QStringLiteral("py_title"), TemplateContext::jsonLiteral(title)},
            {QStringLiteral("section_id"), s.id},
            {QStringLiteral("section_title"), s.title},
            {QStringLiteral("index"), index},
            {QStringLiteral("source"), e.sourceFile},
            {QStringLiteral("tag"), e.evalTag},
            {QStringLiteral("turns"), turns},
            {QStringLiteral("prompt"), prompt},
            {QStringLiteral("expectations"), expectations}};
}

} // namespace

QString TemplateContext::labelName(AnswerLabel label)
{
    return answerLabelName(label);
}

QString TemplateContext::cppLiteral(const QString &text, const QString &indent)
{
    if (text.isEmpty())
        return QStringLiteral("\"\"");
    QString out;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += u'\n' + indent;
        out += u'"';
        for (const QChar c : lines.at(i)) {
            switch (c.unicode()) {
            case '"':
                out += QStringLiteral("\\\"");
                break;
            case '\\':
                out += QStringLiteral("\\\\");
                break;
            case '\t':
                out += QStringLiteral("\\t");
                break;
            case '\r':
                out += QStringLiteral("\\r");
                break;
            case '?': // no trigraphs
                out += QStringLiteral("\\?");
                break;
            default:
                if (c.unicode() < 0x20)
                    out += QStringLiteral("\\%1").arg(c.unicode(), 3, 8, QLatin1Char('0'));
                else
                    out += c;
            }
        }
        if (i + 1 < lines.size())
            out += QStringLiteral("\\n");
        out += u'"';
    }
    return out;
}

QString TemplateContext::jsonLiteral(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString TemplateContext::camelIdentifier(const QString &text, const QString &fallback)
{
    QString out;
    for (QString w : words(text)) {
        w[0] = w[0].toUpper();
        out += w;
    }
    if (out.isEmpty())
        out = fallback;
    if (out.at(0).isDigit())
        out.prepend(fallback);
    return out;
}

QString TemplateContext::snakeIdentifier(const QString &text, const QString &fallback)
{
    QString out = words(text).join(u'_').toLower();
    if (out.isEmpty())
        out = fallback;
    if (out.at(0).isDigit())
        out.prepend(fallback + u'_');
    return out;
}

QVariantHash TemplateContext::build(const GenerationRequest &request, const QString &name,
                                    const QString &version)
{
    const SpecDocument &doc = *request.document;
    QVariantList sections, allExamples, evalExamples;
    QSet<QString> gtestNames, pyNames;
    const QList<int> selected = request.selectedSections();
    for (int index : selected) {
        const Section &s = doc.sections().at(index);
        QVariantHash attributes;
        for (const Attribute &a : s.attributes)
            attributes.insert(a.key, a.value);
        QVariantList statements;
        for (int st : s.statements) {
            const Statement &statement = doc.statements().at(st);
            statements.append(QVariantHash{{QStringLiteral("text"), statement.text},
                                           {QStringLiteral("keyword"), statement.keyword}});
        }
        QVariantList examples;
        QList<std::pair<int, int>> points; // (example, decision point)
        for (int e : s.examples) {
            const Example &ex = doc.examples().at(e);
            if (ex.kind != ExampleKind::Conversation)
                continue;
            if (ex.comparisonCount == 0)
                points.append({e, -1});
            for (int k = 0; k < ex.comparisonCount; ++k)
                points.append({e, k});
        }
        for (const auto &[e, point] : std::as_const(points)) {
            QVariantHash h =
                exampleHash(doc.examples().at(e), s, int(allExamples.size()) + 1, point);
            const QString suite = camelIdentifier(s.id, QStringLiteral("Section"));
            const QString test = camelIdentifier(h.value(QStringLiteral("title")).toString(),
                                                 QStringLiteral("Example"));
            h.insert(QStringLiteral("gtest_suite"), suite);
            h.insert(QStringLiteral("gtest_name"),
                     unique(suite + u'.' + test, gtestNames).mid(suite.size() + 1));
            h.insert(QStringLiteral("py_name"),
                     unique(QStringLiteral("test_") +
                                snakeIdentifier(s.id, QStringLiteral("section")) +
                                QStringLiteral("__") +
                                snakeIdentifier(h.value(QStringLiteral("title")).toString(),
                                                QStringLiteral("example")),
                            pyNames));
            examples.append(h);
            allExamples.append(h);
        }
        for (const Example &e : request.evalExamples(index))
            evalExamples.append(
                exampleHash(e, s, int(evalExamples.size()) + 1, e.comparisonCount > 0 ? 0 : -1));
        const QString prose = request.sectionProse(index);
        QString quoted;
        for (const QString &line : prose.split(u'\n'))
            quoted += (line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line) + u'\n';
        sections.append(
            QVariantHash{{QStringLiteral("id"), s.id},
                         {QStringLiteral("title"), s.title},
                         {QStringLiteral("level"), s.level},
                         {QStringLiteral("text"), prose},
                         {QStringLiteral("quoted"), quoted},
                         {QStringLiteral("authority"), s.attribute(QStringLiteral("authority"))},
                         {QStringLiteral("attributes"), attributes},
                         {QStringLiteral("statements"), statements},
                         {QStringLiteral("examples"), examples}});
    }
    const QVariantHash spec{{QStringLiteral("path"), request.specPath()},
                            {QStringLiteral("name"), request.specBaseName()},
                            {QStringLiteral("title"), request.documentTitle()},
                            {QStringLiteral("blob"), request.specBlob()},
                            {QStringLiteral("time"), request.time.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("generator"), name},
                            {QStringLiteral("version"), version}};
    return {{QStringLiteral("spec"), spec},
            {QStringLiteral("sections"), sections},
            {QStringLiteral("examples"), allExamples},
            {QStringLiteral("eval_examples"), evalExamples},
            {QStringLiteral("section"), sections.isEmpty() ? QVariant() : sections.first()},
            {QStringLiteral("selected_section"), request.sectionId}};
}

} // namespace Specwright
