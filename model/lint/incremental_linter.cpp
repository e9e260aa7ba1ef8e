#include "incremental_linter.h"

#include "lint_context.h"
#include "suppression_map.h"

#include <QSet>

namespace Specwright {

struct IncrementalLinter::State
{
    SpecDocument::Ptr document;
    LintProfile profile = LintProfile::ModelSpec;
    std::shared_ptr<const LintUnits> units;
    QList<LintEngine::ProfileEvidence> evidence; // per unit
    QList<QList<Diagnostic>> findings;           // per unit: the section-local rules', unsuppressed
    LintMemos memos;                             // what the whole-document rules kept
};

IncrementalLinter::IncrementalLinter(std::shared_ptr<const LintEngine> engine)
    : m_engine(std::move(engine))
{
}

IncrementalLinter::~IncrementalLinter() = default;

bool IncrementalLinter::isSectionLocal(const QString &ruleId)
{
    // Each reads only the prose and statements spans of the context (and, for a span, the
    // statement, the document text inside it, its section's heading line and the enclosing
    // titles) and reports inside the span. A rule that counts, compares or dedups across the
    // document does not belong here.
    static const QSet<QString> local = {
        QStringLiteral("ambiguity/vague-term"),
        QStringLiteral("ambiguity/escape-clause"),
        QStringLiteral("ambiguity/open-ended-list"),
        QStringLiteral("ambiguity/comparative"),
        QStringLiteral("ambiguity/superlative"),
        QStringLiteral("ambiguity/temporal"),
        QStringLiteral("ambiguity/and-or"),
        QStringLiteral("ambiguity/unmeasurable"),
        QStringLiteral("style/repeated-word"),
        QStringLiteral("style/superfluous-infinitive"),
        QStringLiteral("style/double-space"),
        QStringLiteral("keywords/lowercase"),
        QStringLiteral("keywords/unknown-form"),
        QStringLiteral("requirements/weak-modal"),
        QStringLiteral("requirements/overlong-sentence"),
        QStringLiteral("ears/pattern"),
    };
    return local.contains(ruleId);
}

void IncrementalLinter::reset()
{
    QMutexLocker lock(&m_mutex);
    m_state.reset();
}

IncrementalLinter::Stats IncrementalLinter::lastStats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

QList<Diagnostic> IncrementalLinter::lint(const SpecDocument::Ptr &document,
                                          const Workspace *workspace)
{
    const SpecDocument &doc = *document;
    const LintEngine &engine = *m_engine;
    std::shared_ptr<const State> previous;
    {
        QMutexLocker lock(&m_mutex);
        previous = m_state;
    }
    if (previous && previous->document->filePath() != doc.filePath())
        previous.reset();

    auto state = std::make_shared<State>();
    state->document = document;
    auto units = std::make_shared<const LintUnits>(doc, previous ? previous->units.get() : nullptr,
                                                   previous ? previous->document.get() : nullptr);
    // The profile from the text of the changed units and what the others showed last time.
    LintEngine::ProfileEvidence evidence;
    if (engine.detectsProfile()) {
        state->evidence.resize(units->size());
        for (int u = 0; u < units->size(); ++u) {
            const LintUnits::Unit &unit = units->at(u);
            state->evidence[u] =
                units->isDirty(u)
                    ? LintEngine::profileEvidence(
                          QStringView(doc.text())
                              .mid(unit.startOffset, unit.endOffset - unit.startOffset))
                    : previous->evidence.at(units->previousOf(u));
            evidence |= state->evidence.at(u);
        }
    }
    const LintProfile profile = engine.profileFor(doc, evidence);
    state->profile = profile;
    if (previous && previous->profile != profile) {
        // Other rules run: nothing of the previous snapshot holds.
        previous.reset();
        units = std::make_shared<const LintUnits>(doc, nullptr, nullptr);
    }
    state->units = units;
    Stats stats;

    // Every other rule on the whole document (reusing its memos), the section-local ones on the
    // changed units.
    LintContext whole(doc, workspace, engine.config(), profile);
    whole.setIncremental(units.get(), previous ? previous->units.get() : nullptr,
                         previous ? &previous->memos : nullptr, &state->memos);
    LintContext changed(doc, workspace, engine.config(), profile);
    if (previous)
        changed.restrictToSections(units->dirtyMask());
    for (const auto &r : LintEngine::allRules()) {
        if (engine.isEnabled(*r, profile))
            r->check(isSectionLocal(r->id()) ? changed : whole);
    }
    QList<Diagnostic> result = whole.takeDiagnostics();
    state->findings.resize(units->size());
    for (Diagnostic &d : changed.takeDiagnostics())
        state->findings[units->unitOfLine(d.range.startLine)].append(std::move(d));
    for (int u = 0; u < units->size(); ++u) {
        if (!previous || units->isDirty(u)) {
            ++stats.relinted;
            continue;
        }
        ++stats.reused;
        const int lines = units->lineDelta(u, *previous->units);
        const int offset = units->offsetDelta(u, *previous->units);
        const QList<Diagnostic> &old = previous->findings.at(units->previousOf(u));
        if (lines == 0 && offset == 0) {
            state->findings[u] = old;
            continue;
        }
        state->findings[u].reserve(old.size());
        for (const Diagnostic &d : old)
            state->findings[u].append(LintUnits::moved(d, lines, offset));
    }
    for (const QList<Diagnostic> &list : std::as_const(state->findings))
        result += list;

    const SuppressionMap suppressions(doc);
    if (!suppressions.isEmpty()) {
        result.removeIf([&suppressions](const Diagnostic &d) {
            return suppressions.isSuppressed(d.ruleId, d.range.startLine);
        });
    }
    LintEngine::sortDiagnostics(result);
    QMutexLocker lock(&m_mutex);
    m_state = std::move(state);
    m_stats = stats;
    return result;
}

} // namespace Specwright
