// What a CI report says, independent of its format: the tool, the rules it applies, the
// findings with paths relative to a root folder, and the version-control state of that
// root. Lint builds one today; diff checks and evals can build the same and reuse every
// writer in this folder (SARIF, GitHub workflow commands, JUnit).
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>
#include <optional>

namespace Specwright {

// A rule as a report describes it (SARIF reportingDescriptor, JUnit failure type).
struct ReportRule
{
    QString id;   // stable, e.g. "references/broken"
    QString name; // PascalCase friendly name, e.g. "ReferencesBroken"
    QString shortDescription;
    QString fullDescription;
    QString helpText;
    QString helpMarkdown;
    QString helpUri; // absolute https URI into the shipped rule documentation
    Severity defaultSeverity = Severity::Warning;
    bool enabledByDefault = true;
};

struct ReportResult
{
    QString ruleId;
    Severity severity = Severity::Warning;
    QString message;
    // '/'-separated path relative to ReportRun::rootPath; absolute when the file lies outside.
    QString path;
    SourceRange range; // 1-based lines, 1-based UTF-16 columns, endColumn inclusive
    // Stable across edits elsewhere in the file (see FindingFingerprint); may be empty.
    QString fingerprint;
    // The text of `range`, and the whole lines around it (contextStartLine..contextEndLine),
    // for viewers without the sources; empty when unknown or too long to embed.
    QString snippet;
    int contextStartLine = 0;
    int contextEndLine = 0;
    QString contextSnippet;
};

struct VersionControlState
{
    QString repositoryUri; // the "origin" remote's URL, else the work tree as a file: URI
    QString revision;      // full hex id of HEAD
    QString branch;        // short name; empty when HEAD is detached
};

struct ReportRun
{
    QString toolName = QStringLiteral("specc");
    QString toolVersion;
    QString informationUri;
    // Absolute folder the result paths are relative to: the repository's work tree when
    // versionControl is set (code scanning resolves paths against the repository root).
    QString rootPath;
    QList<ReportRule> rules;
    QList<ReportResult> results;
    QStringList artifacts; // every file checked, relative like ReportResult::path
    std::optional<VersionControlState> versionControl;

    int indexOfRule(const QString &id) const
    {
        for (qsizetype i = 0; i < rules.size(); ++i)
            if (rules.at(i).id == id)
                return int(i);
        return -1;
    }
};

} // namespace Specwright
