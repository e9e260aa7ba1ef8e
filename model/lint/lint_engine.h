// Runs the lint rules over a SpecDocument (and, when given, its Workspace) and returns
// diagnostics. Const and re-entrant: copy the engine into a worker (a LatestResult task) together
// with the immutable SpecDocument::Ptr / Workspace::Ptr snapshots.
#pragma once

#include "lint_config.h"
#include "lint_rule.h"
#include "spec_document.h"
#include "workspace.h"

#include <QCoreApplication>
#include <memory>
#include <optional>
#include <vector>

namespace Specwright {

using LintRuleList = std::vector<std::unique_ptr<const LintRule>>;

class LintEngine
{
    Q_DECLARE_TR_FUNCTIONS(LintEngine)

public:
    LintEngine() = default;
    explicit LintEngine(const LintConfig &config) { setConfig(config); }

    // Every rule, created once; safe to read from any thread.
    static const LintRuleList &allRules();
    static QList<LintRuleInfo> rules();
    static const LintRule *rule(const QString &id);

    const LintConfig &config() const { return m_config; }
    void setConfig(const LintConfig &config);
    // --profile on the command line: wins over specwright.toml and detection.
    void setProfileOverride(std::optional<LintProfile> profile) { m_profileOverride = profile; }

    // rfc: upper-case BCP 14 keywords or boilerplate; spec-kit: FR-/SC- ids or NEEDS
    // CLARIFICATION; ears: mostly EARS sentences; otherwise model-spec.
    static LintProfile detectProfile(const SpecDocument &document);
    LintProfile profileFor(const SpecDocument &document) const;
    // What detection searches the text for. Found unit by unit (LintUnits: cut at line starts,
    // and no pattern spans a line) it is the same as on the whole text, so an incremental
    // re-lint searches only the units an edit changed.
    struct ProfileEvidence
    {
        bool specKit = false;     // FR-/SC- ids, .specify/, /speckit.
        bool boilerplate = false; // BCP 14, RFC 2119, RFC 8174
        ProfileEvidence &operator|=(ProfileEvidence o)
        {
            specKit |= o.specKit;
            boilerplate |= o.boilerplate;
            return *this;
        }
    };
    static ProfileEvidence profileEvidence(QStringView text);
    static LintProfile detectProfile(const SpecDocument &document, ProfileEvidence evidence);
    LintProfile profileFor(const SpecDocument &document, ProfileEvidence evidence) const;
    // Whether profileFor reads the document at all (no override or configured profile).
    bool detectsProfile() const { return !m_profileOverride && !m_config.profile(); }
    bool isEnabled(const LintRule &rule, LintProfile profile) const;

    // Diagnostics of one document, suppression comments applied, sorted by position.
    QList<Diagnostic> lint(const SpecDocument &document,
                           const Workspace *workspace = nullptr) const;
    // Config problems and workspace-wide findings (e.g. eval prompt files no tag uses).
    QList<Diagnostic> lintWorkspaceChecks(const Workspace &workspace) const;
    // Every document of the workspace not ignored by the config, plus the checks above.
    QList<Diagnostic> lintWorkspace(const Workspace &workspace) const;
    // Config problems: the file's own and unknown rule ids.
    const QList<Diagnostic> &configDiagnostics() const { return m_configDiagnostics; }

    static void sortDiagnostics(QList<Diagnostic> &diagnostics);

private:
    LintConfig m_config;
    std::optional<LintProfile> m_profileOverride;
    QList<Diagnostic> m_configDiagnostics;
};

} // namespace Specwright
