#include "diff_command.h"

#include "bounded_file_reader.h"
#include "changelog_writer.h"
#include "cli_arguments.h"
#include "cli_support.h"
#include "diff_html_writer.h"
#include "diff_json.h"
#include "diff_junit_report.h"
#include "diff_summary.h"
#include "file_history.h"
#include "git_repository.h"
#include "junit_writer.h"
#include "section_diff.h"
#include "statement_diff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Specwright {

namespace {

struct Version
{
    QString label;
    QString text;
    bool invalidUtf8 = false;
};

} // namespace

const QList<DiffCommand::Format> &DiffCommand::formats()
{
    static const QList<Format> list = {
        {QStringLiteral("text"),
         [](const Comparison &c, QTextStream &out) {
             out << c.file << ": ";
             printText(*c.result, c.fromLabel, c.toLabel, out);
         }},
        {QStringLiteral("json"),
         [](const Comparison &c, QTextStream &out) {
             QJsonObject json = DiffJson::toJson(*c.result);
             json.insert(QStringLiteral("file"), c.file);
             json.insert(QStringLiteral("from"), c.fromLabel);
             json.insert(QStringLiteral("to"), c.toLabel);
             out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
         }},
        {QStringLiteral("html"),
         [](const Comparison &c, QTextStream &out) {
             DiffHtmlWriter::Options options;
             options.title = tr("%1: %2 \u2192 %3").arg(c.file, c.fromLabel, c.toLabel);
             out << DiffHtmlWriter::rendered(*c.result, options);
         }},
        {QStringLiteral("changelog"),
         [](const Comparison &c, QTextStream &out) {
             out << ChangelogWriter::markdown(
                 *c.result, tr("%1: %2 \u2192 %3").arg(c.file, c.fromLabel, c.toLabel));
         }},
        {QStringLiteral("junit"),
         [](const Comparison &c, QTextStream &out) {
             out << JunitWriter::write(
                 DiffJunitReport::build(*c.result, c.file, c.fromLabel, c.toLabel));
         }},
    };
    return list;
}

QString DiffCommand::usage()
{
    return tr(
        "usage: specc diff [--from REV] [--to REV] [--format text|json|html|changelog|junit] FILE\n"
        "  --from REV   old version (default: HEAD when the working file differs from it,\n"
        "               else the version before the last commit that changed FILE)\n"
        "  --to REV     new version (default: the working file on disk)\n"
        "  --format F   text (section summary, default), json, html (standalone page) or\n"
        "               changelog (a Markdown draft of release notes) or junit (one\n"
        "               test case per section, for CI test reports)\n"
        "Exit status: 0 on success (with or without differences), 2 on usage, I/O or\n"
        "repository errors.");
}

int DiffCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliArguments cli(QStringLiteral("diff"), usage());
    cli.addValue({QStringLiteral("from")}, QStringLiteral("REV"));
    cli.addValue({QStringLiteral("to")}, QStringLiteral("REV"));
    cli.addValue({QStringLiteral("format")}, QStringLiteral("FORMAT"), QStringLiteral("text"));
    if (const std::optional<int> exit = cli.parse(args, out, err))
        return *exit;
    const QStringList files = cli.positional();
    if (files.size() != 1)
        return cli.usageError(err);
    const QString format = cli.value(QStringLiteral("format"));
    const Format *writer = nullptr;
    QStringList names;
    for (const Format &f : formats()) {
        names.append(f.name);
        if (f.name == format)
            writer = &f;
    }
    if (!writer)
        return CliSupport::usageError(err, tr("unknown format \"%1\"; use one of: %2")
                                               .arg(format, names.join(QStringLiteral(", "))));

    const QString path = QFileInfo(files.first()).absoluteFilePath();
    GitResult<GitRepository> repo = GitRepository::discover(path);
    if (!repo)
        return CliSupport::ioError(err, repo.errorMessage());
    if (repo->isBare())
        return CliSupport::ioError(err, tr("the repository of %1 is bare").arg(files.first()));
    const QString rel = repo->relativePath(path);
    if (rel.isEmpty())
        return CliSupport::ioError(
            err, tr("%1 is outside the repository's working folder").arg(files.first()));

    auto atRevision = [&](const QString &revision, Version &v) -> bool {
        GitResult<FileText> text = FileHistory::textAtRevision(repo.value(), rel, revision);
        if (!text) {
            CliSupport::ioError(err, text.errorMessage());
            return false;
        }
        if (text->binary || text->huge) {
            CliSupport::ioError(err, tr("%1 is binary or too large at %2").arg(rel, revision));
            return false;
        }
        GitResult<GitOid> id = repo->resolve(revision);
        v.label = id ? QStringLiteral("%1 (%2)").arg(revision, id->shortHex()) : revision;
        v.text = text->text;
        v.invalidUtf8 = text->invalidUtf8;
        return true;
    };

    Version to;
    if (cli.isSet(QStringLiteral("to"))) {
        if (!atRevision(cli.value(QStringLiteral("to")), to))
            return CliSupport::UsageOrIo;
    } else {
        const BoundedFileReader::Result read = BoundedFileReader::read(path);
        if (!read.ok)
            return CliSupport::ioError(err, read.error);
        const FileText decoded = FileHistory::decode(read.bytes);
        if (decoded.binary || decoded.huge)
            return CliSupport::ioError(err, tr("%1 is binary or too large").arg(files.first()));
        to.label = tr("working file");
        to.text = decoded.text;
        to.invalidUtf8 = decoded.invalidUtf8;
    }

    Version from;
    if (cli.isSet(QStringLiteral("from"))) {
        if (!atRevision(cli.value(QStringLiteral("from")), from))
            return CliSupport::UsageOrIo;
    } else {
        if (repo->isHeadUnborn())
            return CliSupport::ioError(
                err, tr("the repository has no commits yet; nothing to compare with"));
        GitResult<FileText> head =
            FileHistory::textAtRevision(repo.value(), rel, QStringLiteral("HEAD"));
        if (head && head->text != to.text) {
            if (!atRevision(QStringLiteral("HEAD"), from))
                return CliSupport::UsageOrIo;
        } else {
            // A garbage commit or a bogus HEAD is an error, not "no earlier version".
            if (!head && head.error().code != GitError::Code::NotFound)
                return CliSupport::ioError(err, head.errorMessage());
            GitResult<QList<FileRevision>> revisions = FileHistory::log(repo.value(), rel, 2);
            if (!revisions)
                return CliSupport::ioError(err, revisions.errorMessage());
            const GitOid previous = revisions->size() > 1 ? revisions->at(1).commit : GitOid();
            if (previous.isNull() &&
                QFileInfo::exists(QDir(repo->gitDir()).filePath(QStringLiteral("shallow")))) {
                return CliSupport::ioError(
                    err, tr("the repository is a shallow clone: the history of %1 before its "
                            "oldest fetched commit is missing (run git fetch --unshallow)")
                             .arg(rel));
            } else if (previous.isNull()) {
                from.label = tr("(no earlier version)");
            } else if (!atRevision(previous.hex(), from)) {
                return CliSupport::UsageOrIo;
            } else {
                from.label = previous.shortHex();
            }
        }
    }
    if (from.invalidUtf8 || to.invalidUtf8)
        err << tr("specc: warning: %1 is not valid UTF-8; invalid bytes shown as \uFFFD").arg(rel)
            << '\n';

    const DiffResult result = SectionDiff::compute(from.text, to.text);
    writer->write({rel, from.label, to.label, &result}, out);
    return CliSupport::Ok;
}

void DiffCommand::printText(const DiffResult &result, const QString &fromLabel,
                            const QString &toLabel, QTextStream &out)
{
    out << fromLabel << " -> " << toLabel << '\n';
    // Every count comes from the same per-section flags as the list below.
    const DiffSummary summary = DiffSummary::of(result);
    using S = DiffSummary;
    out << tr("sections: %1 modified, %2 added, %3 removed, %4 renamed, %5 moved, %6 formatting "
              "only, %7 unchanged")
               .arg(summary.count(S::SectionsModified))
               .arg(summary.count(S::SectionsAdded))
               .arg(summary.count(S::SectionsRemoved))
               .arg(summary.count(S::SectionsRenamed))
               .arg(summary.count(S::SectionsMoved))
               .arg(summary.count(S::SectionsFormattingOnly))
               .arg(summary.unchangedSections())
        << '\n';
    out << tr("obligations: %1 added, %2 removed, %3 strengthened, %4 weakened, %5 negated, %6 "
              "reworded; %7 authority changes; %8 examples changed")
               .arg(summary.count(S::ObligationsAdded))
               .arg(summary.count(S::ObligationsRemoved))
               .arg(summary.count(S::ObligationsStrengthened))
               .arg(summary.count(S::ObligationsWeakened))
               .arg(summary.count(S::ObligationsNegated))
               .arg(summary.count(S::ObligationsReworded))
               .arg(summary.count(S::AuthorityChanges))
               .arg(summary.count(S::ExamplesChanged))
        << '\n';
    for (const SectionChange &s : result.sections) {
        if (!s.isChange())
            continue;
        QString idText = s.oldId == s.newId || s.oldId.isEmpty() || s.newId.isEmpty()
                             ? s.id()
                             : s.oldId + QStringLiteral(" -> ") + s.newId;
        QString titleText = u'"' + s.title() + u'"';
        if (s.oldIndex >= 0 && s.newIndex >= 0 && s.oldTitle != s.newTitle)
            titleText = u'"' + s.oldTitle + QStringLiteral("\" -> \"") + s.newTitle + u'"';
        const QString status = DiffJson::statusName(s.status);
        out << "  " << status.leftJustified(qMax(9, int(status.size()) + 1)) << idText << "  "
            << titleText;
        QStringList notes;
        for (const AttributeChange &a : s.attributes)
            notes.append(QStringLiteral("%1: %2 \u2192 %3")
                             .arg(a.key, a.oldValue.isEmpty() ? tr("(none)") : a.oldValue,
                                  a.newValue.isEmpty() ? tr("(none)") : a.newValue));
        if (s.wordsAdded || s.wordsRemoved)
            notes.append(tr("+%1 -%2 words").arg(s.wordsAdded).arg(s.wordsRemoved));
        if (s.moved)
            notes.append(tr("moved: %1 -> %2")
                             .arg(s.oldParentId.isEmpty() ? tr("(top)") : s.oldParentId,
                                  s.newParentId.isEmpty() ? tr("(top)") : s.newParentId));
        if (s.reordered && s.status != SectionStatus::Reordered)
            notes.append(tr("reordered"));
        if (s.renamed && s.status != SectionStatus::Renamed)
            notes.append(tr("renamed"));
        if (s.levelChanged)
            notes.append(tr("heading level %1 -> %2").arg(s.oldLevel).arg(s.level));
        for (const StatementChange &st : s.statements)
            notes.append(
                tr("obligation %1: %2%3")
                    .arg(StatementDiff::kindName(st.kind),
                         st.kind == StatementChange::Added || st.kind == StatementChange::Removed
                             ? QString()
                             : StatementDiff::modalityName(st.oldModality) +
                                   QStringLiteral(" -> ") +
                                   StatementDiff::modalityName(st.newModality) +
                                   QStringLiteral(": "),
                         st.kind == StatementChange::Removed ? st.oldText : st.newText));
        for (const ExampleChange &e : s.examples)
            notes.append(
                tr("example %1: %2%3")
                    .arg(DiffJson::exampleChangeName(e.kind), e.title,
                         e.detail.isEmpty() ? QString() : QStringLiteral(" (") + e.detail + u')'));
        if (!notes.isEmpty())
            out << "  [" << notes.join(QStringLiteral("; ")) << ']';
        out << '\n';
    }
}

} // namespace Specwright
