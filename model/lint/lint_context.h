// What a rule sees while it checks one document: the document, the workspace (optional), the
// profile, rule options, the prose and statements with code, link targets and attribute
// blocks masked out (computed once and shared by all rules), and the sink for diagnostics.
#pragma once

#include "lint_config.h"
#include "lint_memo.h"
#include "lint_rule.h"
#include "lint_units.h"
#include "spec_document.h"
#include "workspace.h"

#include <QHash>
#include <functional>
#include <memory>

namespace Specwright {

class LintContext
{
public:
    // Masked text of one prose block or statement; same length as the source span.
    struct Span
    {
        int offset = 0; // UTF-16 offset of masked[0] in the document
        QString masked;
        int section = -1;
        int statement = -1; // index into SpecDocument::statements(), -1 for a prose block
    };

    LintContext(const SpecDocument &document, const Workspace *workspace, const LintConfig &config,
                LintProfile profile);

    const SpecDocument &document() const { return m_doc; }
    const Workspace *workspace() const { return m_workspace; }
    const LintConfig &config() const { return m_config; }
    LintProfile profile() const { return m_profile; }
    QString filePath() const { return m_doc.filePath(); }

    // Only the prose and statements of these sections (index section + 1; 0 is the text before
    // the first heading) are handed to the rules: an incremental re-lint runs the rules that
    // read nothing else on the sections an edit changed. Call before prose() or statements().
    void restrictToSections(QList<bool> included) { m_included = std::move(included); }

    // An incremental re-lint (IncrementalLinter): the units matched against the previous
    // snapshot, the memos the rules kept then, and where this run's memos go. Without it every
    // unit is dirty and no memo is read, so a rule runs the same code on the whole document.
    void setIncremental(const LintUnits *units, const LintUnits *previousUnits,
                        const LintMemos *previous, LintMemos *next)
    {
        m_units = units;
        m_previousUnits = previousUnits;
        m_previousMemos = previous;
        m_nextMemos = next;
    }
    // The document's units (all dirty in a full lint).
    const LintUnits &units();
    // What a rule kept under `key` (usually its id) on the previous snapshot (null: none, read
    // everything).
    template<typename T> std::shared_ptr<const T> previousMemo(const QString &key) const
    {
        if (!m_previousMemos || !m_units)
            return {};
        return std::dynamic_pointer_cast<const T>(m_previousMemos->value(key));
    }
    // Whether a memo kept now would be read (an incremental re-lint keeps them).
    bool keepsMemos() const { return m_nextMemos != nullptr; }
    void keepMemo(const QString &key, std::shared_ptr<const LintMemo> memo)
    {
        if (m_nextMemos)
            m_nextMemos->emplace(key, std::move(memo));
    }
    // Runs the part of a rule whose findings in a unit follow from that unit alone (its prose,
    // statements and blocks): in an incremental re-lint on the changed units only, the findings
    // in the others taken from the last run, moved with their unit.
    void reportUnitLocal(const LintRule &rule, const std::function<void(LintContext &)> &check);

    // Paragraphs and headings outside quotes, tables, admonitions, examples and code.
    const QList<Span> &prose();
    // Normative statements (modal sentences, requirement items, EARS, scenarios).
    const QList<Span> &statements();

    // Spans masked for one rule scope (LintScope::spans), kept so that rules sharing a scope
    // mask the text once.
    const QList<Span> *scopedSpans(const QString &key) const;
    void setScopedSpans(const QString &key, const QList<Span> &spans);

    QVariant option(const LintRule &rule, const QString &key, const QVariant &fallback = {}) const;
    QStringList listOption(const LintRule &rule, const QString &key) const;

    // A fix that inserts a suppression comment for the rule near the offset.
    Fix suppressionFix(const QString &ruleId, int offset) const;

    void report(const LintRule &rule, int startOffset, int endOffset, const QString &message,
                QList<Fix> fixes = {});
    void reportLine(const LintRule &rule, int line, const QString &message);
    // A finding in another file (e.g. an unused eval prompt file of the workspace).
    void reportFile(const LintRule &rule, const QString &file, int line, const QString &message);

    QList<Diagnostic> takeDiagnostics() { return std::exchange(m_diagnostics, {}); }

private:
    bool isIncluded(int section) const
    {
        return m_included.isEmpty() || m_included.value(section + 1, false);
    }
    Severity severityFor(const LintRule &rule) const;

    const SpecDocument &m_doc;
    const Workspace *m_workspace;
    const LintConfig &m_config;
    LintProfile m_profile;
    QList<Span> m_prose;
    QList<Span> m_statements;
    bool m_proseReady = false;
    bool m_statementsReady = false;
    QHash<QString, QList<Span>> m_scopedSpans;
    QList<bool> m_included; // empty: every section
    struct SuppressionTexts
    {
        QString title;
        QString nextLine;
        QString sameLine;
    };
    mutable QHash<QString, SuppressionTexts> m_suppressionTexts; // rule id -> its fix's texts
    const LintUnits *m_units = nullptr;
    std::unique_ptr<LintUnits> m_ownUnits; // a full lint's, made when a rule asks
    const LintUnits *m_previousUnits = nullptr;
    const LintMemos *m_previousMemos = nullptr;
    LintMemos *m_nextMemos = nullptr;
    QList<Diagnostic> m_diagnostics;
};

} // namespace Specwright
