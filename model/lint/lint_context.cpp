#include "lint_context.h"

#include "prose_scanner.h"
#include "suppression_map.h"

namespace Specwright {

LintContext::LintContext(const SpecDocument &document, const Workspace *workspace,
                         const LintConfig &config, LintProfile profile)
    : m_doc(document)
    , m_workspace(workspace)
    , m_config(config)
    , m_profile(profile)
{
}

namespace {

// What LintContext::reportUnitLocal found in each unit.
struct UnitFindingsMemo : LintMemo
{
    QList<QList<Diagnostic>> units;
};

} // namespace

void LintContext::reportUnitLocal(const LintRule &rule,
                                  const std::function<void(LintContext &)> &check)
{
    if (!keepsMemos()) { // a full lint
        check(*this);
        return;
    }
    const QString key = rule.id() + u"#units";
    const LintUnits &all = units();
    const auto previous = previousMemo<UnitFindingsMemo>(key);
    LintContext part(m_doc, m_workspace, m_config, m_profile);
    if (previous)
        part.restrictToSections(all.dirtyMask());
    check(part);
    auto memo = std::make_shared<UnitFindingsMemo>();
    memo->units.resize(all.size());
    for (Diagnostic &d : part.takeDiagnostics())
        memo->units[all.unitOfLine(d.range.startLine)].append(std::move(d));
    const LintUnits *before = previous ? m_previousUnits : nullptr;
    for (int u = 0; u < all.size(); ++u) {
        if (before && !all.isDirty(u) && all.previousOf(u) < previous->units.size()) {
            const int lines = all.lineDelta(u, *before), offset = all.offsetDelta(u, *before);
            for (const Diagnostic &d : previous->units.at(all.previousOf(u)))
                memo->units[u].append(LintUnits::moved(d, lines, offset));
        }
        m_diagnostics += memo->units.at(u);
    }
    keepMemo(key, memo);
}

const LintUnits &LintContext::units()
{
    if (m_units)
        return *m_units;
    if (!m_ownUnits)
        m_ownUnits = std::make_unique<LintUnits>(m_doc);
    return *m_ownUnits;
}

const QList<LintContext::Span> &LintContext::prose()
{
    if (m_proseReady)
        return m_prose;
    m_proseReady = true;
    const SourceText &src = m_doc.source();
    for (const Block &b : m_doc.blocks()) {
        if (b.kind != BlockKind::Paragraph && b.kind != BlockKind::Heading)
            continue;
        if (b.inQuote || b.inAdmonition || b.inTable || !isIncluded(b.section))
            continue;
        const int from = src.lineStartOffset(b.startLine);
        const int to = src.lineStartOffset(b.endLine) + int(src.line(b.endLine).size());
        if (to <= from)
            continue;
        m_prose.append({from,
                        ProseScanner::maskNonProse(QStringView(m_doc.text()).mid(from, to - from)),
                        b.section, -1});
    }
    return m_prose;
}

const QList<LintContext::Span> &LintContext::statements()
{
    if (m_statementsReady)
        return m_statements;
    m_statementsReady = true;
    const QList<Span> &blocks = prose();
    const QList<Statement> &all = m_doc.statements();
    int b = 0;
    for (int i = 0; i < all.size(); ++i) {
        if (!isIncluded(all.at(i).section))
            continue;
        const SourceRange &r = all.at(i).range;
        // Both lists are in document order: walk the blocks forward.
        while (b < blocks.size() && blocks.at(b).offset + blocks.at(b).masked.size() < r.endOffset)
            ++b;
        Span s{r.startOffset, {}, all.at(i).section, i};
        if (b < blocks.size() && blocks.at(b).offset <= r.startOffset)
            s.masked = blocks.at(b).masked.mid(r.startOffset - blocks.at(b).offset,
                                               r.endOffset - r.startOffset);
        else
            s.masked = ProseScanner::maskNonProse(
                QStringView(m_doc.text()).mid(r.startOffset, r.endOffset - r.startOffset));
        m_statements.append(s);
    }
    return m_statements;
}

const QList<LintContext::Span> *LintContext::scopedSpans(const QString &key) const
{
    const auto it = m_scopedSpans.constFind(key);
    return it == m_scopedSpans.constEnd() ? nullptr : &it.value();
}

void LintContext::setScopedSpans(const QString &key, const QList<Span> &spans)
{
    m_scopedSpans.insert(key, spans);
}

QVariant LintContext::option(const LintRule &rule, const QString &key,
                             const QVariant &fallback) const
{
    const auto it = m_config.rules().constFind(rule.id());
    if (it == m_config.rules().constEnd())
        return fallback;
    return it->options.value(key, fallback);
}

QStringList LintContext::listOption(const LintRule &rule, const QString &key) const
{
    const QVariant v = option(rule, key);
    return v.typeId() == QMetaType::QStringList
               ? v.toStringList()
               : (v.isValid() ? QStringList{v.toString()} : QStringList{});
}

Severity LintContext::severityFor(const LintRule &rule) const
{
    const auto it = m_config.rules().constFind(rule.id());
    if (it != m_config.rules().constEnd() && it->severity)
        return *it->severity;
    return rule.defaultSeverity();
}

Fix LintContext::suppressionFix(const QString &ruleId, int offset) const
{
    const SourceText &src = m_doc.source();
    const int line = src.lineForOffset(offset);
    const QStringView text = src.line(line);
    // The same three strings for every finding of a rule: made once and shared (a 5 MB spec
    // has thousands of findings, each with this fix).
    auto it = m_suppressionTexts.constFind(ruleId);
    if (it == m_suppressionTexts.constEnd())
        it = m_suppressionTexts.insert(
            ruleId,
            {QCoreApplication::translate("LintContext", "Suppress %1 on this line").arg(ruleId),
             SuppressionMap::nextLineComment(ruleId) + u'\n',
             u' ' + SuppressionMap::sameLineComment(ruleId)});
    Fix fix;
    fix.title = it->title;
    // Headings keep their attribute block last, so the comment goes on the line before; in
    // prose a comment at the end of the line never splits the paragraph.
    if (text.trimmed().startsWith(u'#')) {
        const int start = src.lineStartOffset(line);
        fix.edits.append({start, start, it->nextLine});
    } else {
        const int end = src.lineStartOffset(line) + int(text.size());
        fix.edits.append({end, end, it->sameLine});
    }
    return fix;
}

void LintContext::report(const LintRule &rule, int startOffset, int endOffset,
                         const QString &message, QList<Fix> fixes)
{
    Diagnostic d;
    d.ruleId = rule.id();
    d.severity = severityFor(rule);
    d.file = m_doc.filePath();
    d.range = m_doc.source().rangeFromOffsets(startOffset, std::max(startOffset, endOffset));
    d.message = message;
    fixes.append(suppressionFix(rule.id(), startOffset));
    d.fixes = std::move(fixes);
    m_diagnostics.append(std::move(d));
}

void LintContext::reportLine(const LintRule &rule, int line, const QString &message)
{
    const SourceText &src = m_doc.source();
    line = std::clamp(line, 1, std::max(1, src.lineCount()));
    if (src.lineCount() == 0) {
        Diagnostic d;
        d.ruleId = rule.id();
        d.severity = severityFor(rule);
        d.file = m_doc.filePath();
        d.range = {1, 1, 1, 1, 0, 0};
        d.message = message;
        m_diagnostics.append(d);
        return;
    }
    const int start = src.lineStartOffset(line);
    report(rule, start, start + int(src.line(line).size()), message);
}

void LintContext::reportFile(const LintRule &rule, const QString &file, int line,
                             const QString &message)
{
    Diagnostic d;
    d.ruleId = rule.id();
    d.severity = severityFor(rule);
    d.file = file;
    d.range.startLine = d.range.endLine = std::max(1, line);
    d.range.startColumn = d.range.endColumn = 1;
    d.message = message;
    m_diagnostics.append(d);
}

} // namespace Specwright
