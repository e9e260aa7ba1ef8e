#include "lint_config.h"

#include "bounded_file_reader.h"
#include "toml_text_check.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#define TOML_EXCEPTIONS 0
#include <string_view>
#include <toml++/toml.hpp>

namespace Specwright {

namespace {

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

int lineOf(const toml::node &node)
{
    return int(node.source().begin.line);
}

// Glob to regex: ** crosses folders, * and ? do not; a pattern ending in / matches a folder.
QRegularExpression globToRegex(QString glob)
{
    if (glob.endsWith(u'/'))
        glob += QStringLiteral("**");
    QString re;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            re += QStringLiteral(".*");
            ++i;
            if (i + 1 < glob.size() && glob.at(i + 1) == u'/')
                ++i, re += QStringLiteral("/?");
        } else if (c == u'*') {
            re += QStringLiteral("[^/]*");
        } else if (c == u'?') {
            re += QStringLiteral("[^/]");
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re));
}

QVariant toVariant(const toml::node &node)
{
    if (auto v = node.as_string())
        return qstr(v->get());
    if (auto v = node.as_integer())
        return qlonglong(v->get());
    if (auto v = node.as_floating_point())
        return v->get();
    if (auto v = node.as_boolean())
        return v->get();
    if (auto arr = node.as_array()) {
        QStringList list;
        for (const toml::node &item : *arr)
            list.append(toVariant(item).toString());
        return list;
    }
    return {};
}

} // namespace

void LintConfig::addProblem(int line, const QString &message)
{
    Diagnostic d;
    d.ruleId = QStringLiteral("config/invalid");
    d.severity = Severity::Error;
    d.file = m_path;
    d.range.startLine = d.range.endLine = std::max(1, line);
    d.range.startColumn = d.range.endColumn = 1;
    d.message = message;
    m_diagnostics.append(d);
}

LintConfig LintConfig::forWorkspace(const QString &rootPath)
{
    const QString path = QDir(rootPath).filePath(QString::fromLatin1(fileName));
    LintConfig c;
    if (QFileInfo::exists(path))
        c = fromFile(path);
    else
        c.m_path = path;
    c.loadWordsFile();
    return c;
}

void LintConfig::loadWordsFile()
{
    const QDir root = QFileInfo(m_path).absoluteDir();
    m_wordsFile = QDir::cleanPath(root.filePath(m_wordsFileName));
    // The workspace is untrusted: its words file stays inside it, since the IDE writes to it.
    const QString inside = QDir::cleanPath(root.absolutePath()) + u'/';
    if (!m_wordsFile.startsWith(inside)) {
        addProblem(1, tr("the spelling words file \"%1\" lies outside the workspace; using %2")
                          .arg(m_wordsFileName, QStringLiteral("specwright-words.txt")));
        m_wordsFile = root.filePath(QStringLiteral("specwright-words.txt"));
    }
    QFile file(m_wordsFile);
    if (!file.open(QIODevice::ReadOnly))
        return; // no words file is the normal case
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString w = QString::fromUtf8(raw).trimmed();
        if (!w.isEmpty() && !w.startsWith(u'#'))
            m_spellingWords.append(w);
    }
}

bool LintConfig::addSpellingWord(const QString &word, QString *error)
{
    if (m_wordsFile.isEmpty())
        loadWordsFile();
    QFile file(m_wordsFile);
    const bool existed = file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(m_wordsFile, file.errorString());
        return false;
    }
    QByteArray line;
    if (!existed)
        line = "# Words the spelling check accepts in this workspace, one a line.\n";
    line += word.trimmed().toUtf8() + '\n';
    if (file.write(line) != line.size()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(m_wordsFile, file.errorString());
        return false;
    }
    m_spellingWords.append(word.trimmed());
    return true;
}

void LintConfig::readSpelling(const void *node, int line)
{
    const toml::table *table = static_cast<const toml::node *>(node)->as_table();
    if (!table) {
        addProblem(line, tr("line %1: \"spelling\" must be a table ([spelling])").arg(line));
        return;
    }
    for (auto &&[key, value] : *table) {
        const QString k = qstr(key.str());
        const int at = lineOf(value);
        if (k == u"language" && value.is_string())
            m_spellingLanguage = toVariant(value).toString();
        else if (k == u"words" && value.is_array())
            m_spellingWords += toVariant(value).toStringList();
        else if (k == u"words-file" && value.is_string())
            m_wordsFileName = toVariant(value).toString();
        else
            addProblem(at, tr("line %1: unknown or malformed spelling setting \"%2\" (known: "
                              "language, words = [...], words-file)")
                               .arg(at)
                               .arg(k));
    }
}

LintConfig LintConfig::fromFile(const QString &path)
{
    // A FIFO or /dev/zero named specwright.toml must not block or fill memory.
    const BoundedFileReader::Result read = BoundedFileReader::read(path, 1024 * 1024);
    if (!read.ok) {
        LintConfig c;
        c.m_path = path;
        c.addProblem(1, tr("%1 Using the default lint settings.").arg(read.error));
        return c;
    }
    return fromText(QString::fromUtf8(read.bytes), path);
}

LintConfig LintConfig::fromText(const QString &text, const QString &path)
{
    LintConfig c;
    c.m_path = path;
    const QByteArray utf8 = TomlTextCheck::parseInput(text).toUtf8();
    if (int l = 0, col = 0; TomlTextCheck::findBareNonAscii(text, &l, &col)) {
        c.addProblem(l, tr("specwright.toml line %1, column %2: a non-ASCII character outside a "
                           "string or comment; using the default lint settings")
                            .arg(l)
                            .arg(col));
        return c;
    }
    toml::parse_result parsed =
        toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!parsed) {
        const toml::parse_error &e = parsed.error();
        c.addProblem(int(e.source().begin.line),
                     tr("specwright.toml line %1: %2; using the default lint settings")
                         .arg(e.source().begin.line)
                         .arg(qstr(e.description())));
        return c;
    }
    const toml::table &root = parsed.table();
    if (const toml::node *spelling = root.get("spelling"))
        c.readSpelling(spelling, lineOf(*spelling));
    const toml::node *lintNode = root.get("lint");
    if (!lintNode)
        return c;
    const toml::table *lint = lintNode->as_table();
    if (!lint) {
        c.addProblem(lineOf(*lintNode),
                     tr("line %1: \"lint\" must be a table ([lint])").arg(lineOf(*lintNode)));
        return c;
    }
    for (auto &&[key, value] : *lint) {
        const QString k = qstr(key.str());
        const int line = lineOf(value);
        if (k == u"profile") {
            const auto profile = profileFromName(toVariant(value).toString());
            if (profile)
                c.m_profile = profile;
            else
                c.addProblem(line, tr("line %1: unknown profile \"%2\" (use rfc, model-spec, "
                                      "spec-kit or ears); the profile is detected from each file")
                                       .arg(line)
                                       .arg(toVariant(value).toString()));
        } else if (k == u"ignore") {
            if (!value.is_array()) {
                c.addProblem(line,
                             tr("line %1: \"ignore\" must be a list of path patterns").arg(line));
                continue;
            }
            for (const toml::node &entry : *value.as_array()) {
                if (!entry.is_string()) {
                    c.addProblem(lineOf(entry),
                                 tr("line %1, column %2: \"ignore\" entries must be strings "
                                    "(path patterns); this one is ignored")
                                     .arg(lineOf(entry))
                                     .arg(entry.source().begin.column));
                    continue;
                }
                c.m_ignore.append(globToRegex(toVariant(entry).toString()));
            }
        } else if (k == u"glossary") {
            if (value.is_string()) {
                c.m_glossary = toVariant(value).toString();
                const QString file = QDir(QFileInfo(path).absolutePath()).filePath(c.m_glossary);
                if (QFileInfo(path).isAbsolute() && !QFileInfo::exists(file))
                    c.addProblem(line, tr("line %1, column %2: the glossary file %3 does not exist")
                                           .arg(line)
                                           .arg(value.source().begin.column)
                                           .arg(c.m_glossary));
            } else
                c.addProblem(line, tr("line %1: \"glossary\" must be a file name").arg(line));
        } else if (k == u"rules") {
            const toml::table *rules = value.as_table();
            if (!rules) {
                c.addProblem(line, tr("line %1: \"rules\" must be a table").arg(line));
                continue;
            }
            for (auto &&[ruleKey, setting] : *rules) {
                RuleSetting s;
                s.line = lineOf(setting);
                const QString id = qstr(ruleKey.str());
                if (setting.is_boolean()) {
                    s.enabled = setting.as_boolean()->get();
                } else if (setting.is_string()) {
                    const QString v = toVariant(setting).toString();
                    if (v == u"off")
                        s.enabled = false;
                    else if (v == u"on")
                        s.enabled = true;
                    else if (const auto sev = severityFromName(v))
                        s.enabled = true, s.severity = sev;
                    else {
                        c.addProblem(s.line, tr("line %1: rule \"%2\": \"%3\" is not one of off, "
                                                "on, error, warning, info")
                                                 .arg(s.line)
                                                 .arg(id, v));
                        continue;
                    }
                } else if (const toml::table *t = setting.as_table()) {
                    for (auto &&[optKey, optValue] : *t) {
                        const QString ok = qstr(optKey.str());
                        const int optLine = lineOf(optValue);
                        if (ok == u"enabled") {
                            if (optValue.is_boolean())
                                s.enabled = optValue.as_boolean()->get();
                            else
                                c.addProblem(
                                    optLine,
                                    tr("line %1: \"enabled\" must be true or false").arg(optLine));
                        } else if (ok == u"severity") {
                            const auto sev = severityFromName(toVariant(optValue).toString());
                            if (sev)
                                s.severity = sev;
                            else
                                c.addProblem(optLine,
                                             tr("line %1: severity must be error, warning or info")
                                                 .arg(optLine));
                        } else {
                            s.options.insert(ok, toVariant(optValue));
                        }
                    }
                } else {
                    c.addProblem(
                        s.line,
                        tr("line %1: rule \"%2\" needs \"off\", a severity or a table of options")
                            .arg(s.line)
                            .arg(id));
                    continue;
                }
                c.m_rules.insert(id, s);
            }
        } else {
            c.addProblem(
                line,
                tr("line %1: unknown lint setting \"%2\" (known: profile, ignore, glossary, rules)")
                    .arg(line)
                    .arg(k));
        }
    }
    return c;
}

bool LintConfig::isIgnored(const QString &relativePath) const
{
    const QString p = QDir::fromNativeSeparators(relativePath);
    for (const QRegularExpression &re : m_ignore)
        if (re.match(p).hasMatch())
            return true;
    return false;
}

std::optional<LintProfile> LintConfig::profileFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"rfc")
        return LintProfile::Rfc;
    if (n == u"model-spec" || n == u"modelspec")
        return LintProfile::ModelSpec;
    if (n == u"spec-kit" || n == u"speckit")
        return LintProfile::SpecKit;
    if (n == u"ears")
        return LintProfile::Ears;
    return std::nullopt;
}

QString LintConfig::profileName(LintProfile profile)
{
    switch (profile) {
    case LintProfile::Rfc:
        return QStringLiteral("rfc");
    case LintProfile::ModelSpec:
        return QStringLiteral("model-spec");
    case LintProfile::SpecKit:
        return QStringLiteral("spec-kit");
    case LintProfile::Ears:
        return QStringLiteral("ears");
    }
    return {};
}

std::optional<Severity> LintConfig::severityFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"error")
        return Severity::Error;
    if (n == u"warning" || n == u"warn")
        return Severity::Warning;
    if (n == u"info" || n == u"note")
        return Severity::Info;
    return std::nullopt;
}

QString LintConfig::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

} // namespace Specwright
