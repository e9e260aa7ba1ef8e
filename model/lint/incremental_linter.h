// Re-lints a document after an edit by reusing what the edit did not touch. The document is cut
// into units (LintUnits: the text before the first heading and each heading with its body up to
// the next heading), matched against the previous snapshot's by the text both share before and
// after the edit. The section-local rules (ambiguity, keywords, requirement sentences, repeated
// words, double spaces: their findings in a unit follow from the unit's text, its parsed blocks
// and statements, and its ancestors' titles) run only on the units that changed; their findings
// elsewhere are the previous ones moved by the line and offset delta. Every other rule runs on
// the whole document, but those that read all of it (term drift, contradictions, examples,
// version lines, look-alike characters, profile detection) keep what they read per unit in a
// LintMemo and read only the changed units again. Suppression comments and sorting are applied
// to the whole result, so the diagnostics equal a full LintEngine::lint of the new document.
//
// Thread-safe: lint() may run on several workers at once (a superseded LatestResult task can
// still be finishing). Each call reads a snapshot of the previous state and stores its own.
#pragma once

#include "lint_engine.h"

#include <QMutex>
#include <memory>

namespace Specwright {

class IncrementalLinter
{
public:
    explicit IncrementalLinter(std::shared_ptr<const LintEngine> engine);
    ~IncrementalLinter();
    IncrementalLinter(const IncrementalLinter &) = delete;
    IncrementalLinter &operator=(const IncrementalLinter &) = delete;

    const LintEngine &engine() const { return *m_engine; }

    // The diagnostics of `document`, as LintEngine::lint gives them; reuses the previous call's
    // findings where its document had the same units (same file path and profile).
    QList<Diagnostic> lint(const SpecDocument::Ptr &document, const Workspace *workspace = nullptr);
    // Forgets the previous document (e.g. another file was opened).
    void reset();

    // How the last call went, for tests and the bench: units re-linted and units reused.
    struct Stats
    {
        int relinted = 0;
        int reused = 0;
    };
    Stats lastStats() const;

    // Whether a rule is one of the section-local ones described above.
    static bool isSectionLocal(const QString &ruleId);

private:
    struct State;

    std::shared_ptr<const LintEngine> m_engine;
    mutable QMutex m_mutex;
    std::shared_ptr<const State> m_state;
    Stats m_stats;
};

} // namespace Specwright
