// A lint rule: stable id, family, default severity, the profiles it runs in, a translated doc
// paragraph, and the check itself. Rules are stateless and const, so one instance serves every
// thread.
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>

namespace Specwright {

class LintContext;

enum class LintProfile
{
    Rfc,
    ModelSpec,
    SpecKit,
    Ears
};

// The public description of a rule, e.g. for a settings page or `specc lint --rules`.
struct LintRuleInfo
{
    QString id;     // stable, "family/name"
    QString family; // references, ids, structure, parse, examples, ambiguity, keywords, ...
    Severity defaultSeverity = Severity::Warning;
    QList<LintProfile> profiles; // empty: every profile
    bool enabledByDefault = true;
    QString summary; // one line, translated
    QString doc;     // one paragraph, translated
};

class LintRule
{
public:
    LintRule(QString id, Severity severity, QList<LintProfile> profiles = {}, bool enabled = true)
        : m_id(std::move(id))
        , m_severity(severity)
        , m_profiles(std::move(profiles))
        , m_enabled(enabled)
    {
    }
    virtual ~LintRule() = default;
    LintRule(const LintRule &) = delete;
    LintRule &operator=(const LintRule &) = delete;

    const QString &id() const { return m_id; }
    QString family() const { return m_id.section(u'/', 0, 0); }
    Severity defaultSeverity() const { return m_severity; }
    const QList<LintProfile> &profiles() const { return m_profiles; }
    bool enabledByDefault() const { return m_enabled; }
    bool runsIn(LintProfile profile) const
    {
        return m_profiles.isEmpty() || m_profiles.contains(profile);
    }
    // Translated at call time so a translator loaded later still applies.
    virtual QString summary() const = 0;
    virtual QString doc() const = 0;

    // Checks one document (the workspace, when given, resolves other files).
    virtual void check(LintContext &context) const = 0;
    // Checks that need the whole workspace and run once per workspace lint.
    virtual void checkWorkspace(LintContext &) const {}

    LintRuleInfo info() const
    {
        return {m_id, family(), m_severity, m_profiles, m_enabled, summary(), doc()};
    }

private:
    QString m_id;
    Severity m_severity;
    QList<LintProfile> m_profiles;
    bool m_enabled;
};

} // namespace Specwright
