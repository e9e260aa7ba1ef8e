#include "eval_config.h"

#include "eval_run_store.h"
#include "llm_settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
// Same mode as model/lint/lint_config.cpp: the two must agree (one definition rule).
#define TOML_EXCEPTIONS 0
#include <toml++/toml.hpp>

namespace Specwright {

namespace {

// Inside the workspace after cleaning (no absolute path, no "..").
bool inside(const QString &root, const QString &relative)
{
    if (QDir::isAbsolutePath(relative))
        return false;
    const QString clean = QDir::cleanPath(QDir(root).absoluteFilePath(relative));
    const QString base = QDir::cleanPath(QDir(root).absolutePath());
    return clean == base || clean.startsWith(base + u'/');
}

} // namespace

EvalConfig EvalConfig::load(const QString &workspaceRoot)
{
    const QString path = QDir(workspaceRoot).filePath(QStringLiteral("specwright.toml"));
    QFile f(path);
    if (!QFileInfo(path).isFile()) {
        EvalConfig c;
        c.runsDir = EvalRunStore::defaultFolder(workspaceRoot);
        return c;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        EvalConfig c;
        c.runsDir = EvalRunStore::defaultFolder(workspaceRoot);
        c.errors.append(tr("cannot read %1: %2").arg(path, f.errorString()));
        return c;
    }
    return parse(QString::fromUtf8(f.read(4 << 20)), workspaceRoot, path);
}

EvalConfig EvalConfig::parse(const QString &text, const QString &root, const QString &sourceName)
{
    EvalConfig c;
    c.runsDir = EvalRunStore::defaultFolder(root);
    const QByteArray utf8 = text.toUtf8();
    toml::parse_result parsed = toml::parse(std::string_view(utf8.constData(), size_t(utf8.size())),
                                            sourceName.toStdString());
    if (!parsed) {
        const toml::parse_error &e = parsed.error();
        c.errors.append(
            tr("%1:%2:%3: %4")
                .arg(sourceName)
                .arg(e.source().begin.line)
                .arg(e.source().begin.column)
                .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size()))));
        return c;
    }
    const toml::table table = std::move(parsed).table();
    const toml::node *evalNode = table.get("eval");
    if (!evalNode)
        return c;
    const toml::table *t = evalNode->as_table();
    auto where = [&sourceName](const toml::node &n) {
        return QStringLiteral("%1:%2:%3")
            .arg(sourceName)
            .arg(n.source().begin.line)
            .arg(n.source().begin.column);
    };
    if (!t) {
        c.errors.append(tr("%1: [eval] must be a table").arg(where(*evalNode)));
        return c;
    }
    for (const auto &[key, value] : *t) {
        const QString k = QString::fromUtf8(key.str().data(), qsizetype(key.str().size()));
        const auto str = value.value<std::string>();
        auto wantString = [&]() {
            if (!str)
                c.errors.append(tr("%1: eval.%2 must be a string").arg(where(value), k));
            return str ? QString::fromStdString(*str) : QString();
        };
        if (k == u"target" || k == u"grader") {
            const QString s = wantString();
            if (!s.isEmpty())
                (k == u"target" ? c.target : c.grader).insert(QStringLiteral("model"), s);
        } else if (k == u"target_preset" || k == u"grader_preset") {
            const QString s = wantString();
            if (!s.isEmpty())
                (k == u"target_preset" ? c.target : c.grader).insert(QStringLiteral("preset"), s);
        } else if (k == u"grader_prompt") {
            const QString s = wantString();
            if (s.isEmpty())
                continue;
            if (!inside(root, s))
                c.errors.append(tr("%1: eval.grader_prompt must be a file inside the workspace")
                                    .arg(where(value)));
            else
                c.graderPrompt = QDir(root).absoluteFilePath(s);
        } else if (k == u"runs_dir") {
            const QString s = wantString();
            if (s.isEmpty())
                continue;
            if (!inside(root, s))
                c.errors.append(tr("%1: eval.runs_dir must be a folder inside the workspace")
                                    .arg(where(value)));
            else
                c.runsDir = QDir::cleanPath(QDir(root).absoluteFilePath(s));
        } else if (k == u"jobs") {
            const auto n = value.value<int64_t>();
            if (!value.is_integer() || !n || *n < 1 || *n > 64)
                c.errors.append(
                    tr("%1: eval.jobs must be an integer from 1 to 64").arg(where(value)));
            else
                c.jobs = int(*n);
        } else if (k == u"min_pass_rate") {
            const auto d = value.value<double>();
            if (!d || *d < 0 || *d > 1)
                c.errors.append(
                    tr("%1: eval.min_pass_rate must be a number from 0 to 1").arg(where(value)));
            else
                c.minPassRate = *d;
        } else if (LlmSettings::forbiddenWorkspaceKeys().contains(k) ||
                   k.contains(QLatin1String("endpoint")) || k.contains(QLatin1String("url")) ||
                   k.contains(QLatin1String("key"))) {
            c.errors.append(tr("%1: eval.%2 is not allowed in a workspace; endpoints and keys come "
                               "from the user's settings, the environment or flags")
                                .arg(where(value), k));
        } else {
            c.errors.append(tr("%1: unknown key eval.%2").arg(where(value), k));
        }
    }
    return c;
}

} // namespace Specwright
