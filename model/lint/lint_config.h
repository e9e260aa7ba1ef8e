// specwright.toml, the [lint] part: profile, ignored paths, glossary file and per-rule
// settings. The only place that includes toml++. A bad file yields diagnostics naming the line;
// whatever could be read is kept and defaults fill the rest.
#pragma once

#include "lint_rule.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace Specwright {

class LintConfig
{
    Q_DECLARE_TR_FUNCTIONS(LintConfig)

public:
    struct RuleSetting
    {
        std::optional<bool> enabled;
        std::optional<Severity> severity;
        QVariantMap options; // rule options, e.g. "max-words" -> 40, "allow" -> QStringList
        int line = 0;        // where the rule was configured, for "unknown rule" diagnostics
    };

    static constexpr auto fileName = "specwright.toml";

    // Reads <root>/specwright.toml; no file gives the defaults and no diagnostics.
    static LintConfig forWorkspace(const QString &rootPath);
    static LintConfig fromFile(const QString &path);
    // `path` is only used in diagnostics.
    static LintConfig fromText(const QString &text,
                               const QString &path = QString::fromLatin1(fileName));

    QString path() const { return m_path; }
    std::optional<LintProfile> profile() const { return m_profile; }
    void setProfile(std::optional<LintProfile> profile) { m_profile = profile; }
    QString glossaryFile() const { return m_glossary; }
    const QHash<QString, RuleSetting> &rules() const { return m_rules; }
    RuleSetting rule(const QString &id) const { return m_rules.value(id); }
    void setRule(const QString &id, const RuleSetting &setting) { m_rules.insert(id, setting); }
    // Relative path (with '/') matched against the ignore globs (* ? and **).
    bool isIgnored(const QString &relativePath) const;
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

    // [spelling]: language = "en_US", words = [...], words-file = "specwright-words.txt".
    // spellingWords() holds both the list and the words file's lines.
    QString spellingLanguage() const { return m_spellingLanguage; }
    const QStringList &spellingWords() const { return m_spellingWords; }
    // Absolute path of the workspace words file (it need not exist yet).
    QString wordsFile() const { return m_wordsFile; }
    // Appends a word to the words file ("Add to dictionary"); false with a message on failure.
    bool addSpellingWord(const QString &word, QString *error = nullptr);

    static std::optional<LintProfile> profileFromName(const QString &name);
    static QString profileName(LintProfile profile);
    static std::optional<Severity> severityFromName(const QString &name);
    static QString severityName(Severity severity);

private:
    void addProblem(int line, const QString &message);
    void readSpelling(const void *table, int line);
    void loadWordsFile();

    QString m_path;
    std::optional<LintProfile> m_profile;
    QString m_glossary;
    QList<QRegularExpression> m_ignore;
    QHash<QString, RuleSetting> m_rules;
    QList<Diagnostic> m_diagnostics;
    QString m_spellingLanguage = QStringLiteral("en_US");
    QStringList m_spellingWords;
    QString m_wordsFileName = QStringLiteral("specwright-words.txt");
    QString m_wordsFile;
};

} // namespace Specwright
