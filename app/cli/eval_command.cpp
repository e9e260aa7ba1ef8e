#include "eval_command.h"

#include "cli_arguments.h"
#include "cli_support.h"
#include "cli_user_settings.h"
#include "eval_case_builder.h"
#include "eval_config.h"
#include "eval_grader.h"
#include "eval_junit_writer.h"
#include "eval_run_comparison.h"
#include "eval_run_store.h"
#include "eval_runner.h"
#include "generate_command.h"
#include "git_repository.h"
#include "interrupt_notifier.h"
#include "provenance.h"
#include "training_data_export.h"
#include "workspace_trust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Specwright {

namespace {

struct Options
{
    QString endpoint, target, graderEndpoint, grader, section, runs,
        format = QStringLiteral("text");
    QString baseline, exportChat, exportPairs, fromRun;
    QStringList compare;
    int jobs = 0;
    int timeoutMs = 0;
    double minPassRate = -1;
    bool trust = false, fresh = false, newRun = false, allowHttp = false;
    QStringList files;
};

QString percent(double rate)
{
    return QString::number(rate * 100, 'f', 1) + u'%';
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = EvalCommand::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QJsonObject caseJson(const EvalRecord &r)
{
    QJsonObject o{
        {QStringLiteral("id"), r.caseId},       {QStringLiteral("title"), r.title},
        {QStringLiteral("section"), r.section}, {QStringLiteral("pass"), r.pass && !r.hasError()},
        {QStringLiteral("score"), r.score},     {QStringLiteral("reason"), r.reason},
        {QStringLiteral("answer"), r.answer},   {QStringLiteral("answer_reused"), r.answerReused}};
    if (!r.violatedSection.isEmpty())
        o.insert(QStringLiteral("violated_section"), r.violatedSection);
    if (r.hasError())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

QString caseLine(const EvalRecord &r)
{
    const QString status = r.hasError() ? QStringLiteral("ERROR")
                           : r.pass     ? QStringLiteral("PASS ")
                                        : QStringLiteral("FAIL ");
    QString line =
        status + u' ' + (r.hasError() ? QStringLiteral("    ") : QString::number(r.score, 'f', 2)) +
        u"  " + r.caseId + u"  " + r.title + QStringLiteral(" (%1:%2)").arg(r.specFile).arg(r.line);
    const QString why = r.hasError() ? r.error : r.reason;
    if (!why.isEmpty() && (!r.pass || r.hasError()))
        line += QStringLiteral("\n        ") + why.simplified();
    return line;
}

} // namespace

void EvalCommand::printSummary(const EvalRun &run, double seconds, int jobs, QTextStream &out)
{
    out << '\n' << tr("pass rate per section:") << '\n';
    for (const EvalSectionRate &s : run.sectionRates())
        out << "  " << qSetFieldWidth(28) << Qt::left << s.section << qSetFieldWidth(0)
            << QStringLiteral("%1/%2  %3").arg(s.passed).arg(s.total()).arg(percent(s.rate()))
            << (s.errors ? tr("  (%n error(s))", nullptr, s.errors) : QString()) << '\n';
    const int total = int(run.records.size());
    out << tr("%1 cases: %2 passed, %3 failed, %4 errors; pass rate %5")
               .arg(total)
               .arg(run.passed())
               .arg(total - run.passed() - run.errors())
               .arg(run.errors())
               .arg(percent(run.passRate()));
    if (seconds > 0)
        out << tr("; %1 s, %2 cases/s (jobs %3)")
                   .arg(seconds, 0, 'f', 2)
                   .arg(total / seconds, 0, 'f', 2)
                   .arg(jobs);
    out << '\n' << tr("run: %1").arg(QDir::current().relativeFilePath(run.path)) << '\n';
}

void EvalCommand::printComparison(const EvalRunComparison &c, QTextStream &out)
{
    out << tr("pass rate: %1 -> %2").arg(percent(c.passRateBefore), percent(c.passRateAfter))
        << '\n';
    out << tr("per section (before -> after):") << '\n';
    for (const EvalSectionChange &s : c.sections)
        out << "  " << qSetFieldWidth(28) << Qt::left << s.section << qSetFieldWidth(0)
            << QStringLiteral("%1/%2 %3 -> %4/%5 %6")
                   .arg(s.before.passed)
                   .arg(s.before.total())
                   .arg(percent(s.before.rate()))
                   .arg(s.after.passed)
                   .arg(s.after.total())
                   .arg(percent(s.after.rate()))
            << '\n';
    if (c.flips.isEmpty())
        out << tr("no case flipped") << '\n';
    for (const EvalFlip &f : c.flips) {
        out << (f.regression ? tr("REGRESSION") : tr("FIXED     ")) << "  " << f.caseId << "  "
            << f.title << '\n';
        const QString why = f.after.hasError() ? f.after.error : f.after.reason;
        if (!why.isEmpty())
            out << "        " << why.simplified() << '\n';
    }
    if (!c.onlyBefore.isEmpty() || !c.onlyAfter.isEmpty())
        out << tr("%1 case(s) only in the first run, %2 only in the second (changed inputs)")
                   .arg(c.onlyBefore.size())
                   .arg(c.onlyAfter.size())
            << '\n';
    if (c.regressions() > 0)
        out << tr("regressed sections: %1").arg(c.regressedSections().join(QStringLiteral(", ")))
            << '\n';
}

int EvalCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliArguments cli(
        QStringLiteral("eval"),
        tr("usage: specc eval [--endpoint URL] [--target MODEL] [--grader-endpoint URL] "
           "[--grader MODEL] [--section ID] [--jobs N] [--runs DIR] "
           "[--format text|json|junit] [--trust] [--min-pass-rate R] [--baseline RUN] "
           "[--timeout MS] [--fresh] [--new] FILE\n"
           "       specc eval --compare RUN_A RUN_B\n"
           "       specc eval --export-chat OUT | --export-pairs OUT [--from-run RUN] FILE"));
    Options o;
    const QList<std::pair<QString, QString *>> strings = {
        {QStringLiteral("endpoint"), &o.endpoint},
        {QStringLiteral("target"), &o.target},
        {QStringLiteral("grader-endpoint"), &o.graderEndpoint},
        {QStringLiteral("grader"), &o.grader},
        {QStringLiteral("section"), &o.section},
        {QStringLiteral("runs"), &o.runs},
        {QStringLiteral("format"), &o.format},
        {QStringLiteral("baseline"), &o.baseline},
        {QStringLiteral("export-chat"), &o.exportChat},
        {QStringLiteral("export-pairs"), &o.exportPairs},
        {QStringLiteral("from-run"), &o.fromRun}};
    for (const auto &[name, target] : strings)
        cli.addValue({name}, QStringLiteral("VALUE"), *target);
    cli.addValue({QStringLiteral("jobs"), QStringLiteral("j")}, QStringLiteral("N"));
    cli.addValue({QStringLiteral("timeout")}, QStringLiteral("MS"));
    cli.addValue({QStringLiteral("min-pass-rate")}, QStringLiteral("R"));
    cli.addValue({QStringLiteral("compare")}, QStringLiteral("RUN_A"));
    for (const QString &flag : {QStringLiteral("trust"), QStringLiteral("fresh"),
                                QStringLiteral("new"), QStringLiteral("allow-insecure-http")})
        cli.addFlag({flag});
    if (const std::optional<int> exit = cli.parse(args, out, err))
        return *exit;
    for (const auto &[name, target] : strings)
        *target = cli.value(name);
    bool ok = true;
    if (cli.isSet(QStringLiteral("jobs")) &&
        ((o.jobs = cli.value(QStringLiteral("jobs")).toInt(&ok)), !ok || o.jobs < 1 || o.jobs > 64))
        return CliSupport::usageError(err, tr("eval: --jobs needs a number from 1 to 64"));
    if (cli.isSet(QStringLiteral("timeout")) &&
        ((o.timeoutMs = cli.value(QStringLiteral("timeout")).toInt(&ok)),
         !ok || o.timeoutMs < 1 || o.timeoutMs > 3600000))
        return CliSupport::usageError(err,
                                      tr("eval: --timeout needs milliseconds from 1 to 3600000"));
    if (cli.isSet(QStringLiteral("min-pass-rate")) &&
        ((o.minPassRate = cli.value(QStringLiteral("min-pass-rate")).toDouble(&ok)),
         !ok || o.minPassRate < 0 || o.minPassRate > 1))
        return CliSupport::usageError(err, tr("eval: --min-pass-rate needs a number from 0 to 1"));
    o.trust = cli.isSet(QStringLiteral("trust"));
    o.fresh = cli.isSet(QStringLiteral("fresh"));
    o.newRun = cli.isSet(QStringLiteral("new"));
    o.allowHttp = cli.isSet(QStringLiteral("allow-insecure-http"));
    o.files = cli.positional();
    if (cli.isSet(QStringLiteral("compare"))) {
        // --compare RUN_A RUN_B: the second run is the first positional argument.
        if (o.files.isEmpty())
            return CliSupport::usageError(err, tr("eval: --compare needs two run files"));
        o.compare = {cli.value(QStringLiteral("compare")), o.files.takeFirst()};
    }
    if (o.format != u"text" && o.format != u"json" && o.format != u"junit")
        return CliSupport::usageError(err, tr("eval: --format must be text, json or junit"));

    if (!o.compare.isEmpty()) {
        QString error;
        const auto a = EvalRun::read(o.compare.at(0), &error);
        const auto b = a ? EvalRun::read(o.compare.at(1), &error) : std::nullopt;
        if (!a || !b)
            return CliSupport::ioError(err, error);
        const EvalRunComparison c = EvalRunComparison::compare(*a, *b);
        printComparison(c, out);
        return c.regressions() > 0 ? CliSupport::Findings : CliSupport::Ok;
    }
    if (o.files.size() != 1)
        return cli.usageError(err);
    const QString spec = o.files.first();
    if (!QFileInfo(spec).isFile())
        return CliSupport::ioError(err, tr("cannot read %1: no such file").arg(spec));
    const QString root = GenerateCommand::workspaceRoot(spec);
    const Workspace::Ptr workspace = Workspace::load(root);
    SpecDocument::Ptr document = workspace->document(workspace->relativePath(spec));
    if (!document)
        document = SpecDocument::load(spec);
    if (document->hasProblem(ProblemKind::UnreadableFile))
        return CliSupport::ioError(err, document->problems().first().message);
    if (!o.section.isEmpty() && document->sectionIndexById(o.section) < 0)
        return CliSupport::usageError(
            err, tr("eval: no section with id \"%1\" in %2").arg(o.section, spec));
    const QList<EvalCase> cases = EvalCaseBuilder::build(document, workspace, o.section);

    if (!o.exportChat.isEmpty() || !o.exportPairs.isEmpty()) {
        QString error;
        std::optional<EvalRun> graded;
        if (!o.fromRun.isEmpty() && !(graded = EvalRun::read(o.fromRun, &error)))
            return CliSupport::ioError(err, error);
        if (!o.exportChat.isEmpty() &&
            !writeFile(o.exportChat,
                       TrainingDataExport::chatJsonl(cases, graded ? &*graded : nullptr), &error))
            return CliSupport::ioError(err, error);
        if (!o.exportPairs.isEmpty() &&
            !writeFile(o.exportPairs, TrainingDataExport::preferencePairs(cases), &error))
            return CliSupport::ioError(err, error);
        return CliSupport::Ok;
    }

    const std::unique_ptr<QSettings> user = CliUserSettings::open();
    if (!o.trust && !WorkspaceTrust(*user).isTrusted(root))
        return CliSupport::usageError(
            err, tr("eval: the workspace %1 is not trusted; pass --trust, or trust it in the IDE, "
                    "to run its evals")
                     .arg(QDir::toNativeSeparators(root)));
    const EvalConfig config = EvalConfig::load(root);
    QStringList problems = config.errors;
    EvalRunOptions options;
    options.target = LlmSettings::forUser(*user);
    options.target.applyWorkspaceOptions(config.target, user.get(), &problems);
    options.grader = LlmSettings::forUser(*user, QStringLiteral("eval/grader"));
    options.grader.applyWorkspaceOptions(config.grader, user.get(), &problems);
    for (const QString &p : std::as_const(problems))
        err << "specc: " << p << '\n';
    if (!o.endpoint.isEmpty()) {
        options.target.baseUrl = QUrl(o.endpoint);
        if (o.graderEndpoint.isEmpty())
            options.grader.baseUrl = QUrl(o.endpoint);
    }
    if (!o.graderEndpoint.isEmpty())
        options.grader.baseUrl = QUrl(o.graderEndpoint);
    if (!o.target.isEmpty())
        options.target.model = o.target;
    if (!o.grader.isEmpty())
        options.grader.model = o.grader;
    options.target.allowInsecureHttp = options.target.allowInsecureHttp || o.allowHttp;
    options.grader.allowInsecureHttp = options.grader.allowInsecureHttp || o.allowHttp;
    if (o.timeoutMs > 0)
        options.target.timeoutMs = options.grader.timeoutMs = o.timeoutMs;
    options.jobs = o.jobs > 0 ? o.jobs : config.jobs > 0 ? config.jobs : 4;
    options.reuseAnswers = !o.fresh;
    options.resume = !o.newRun;
    options.runsFolder = o.runs.isEmpty() ? config.runsDir : QDir(o.runs).absolutePath();
    if (!config.graderPrompt.isEmpty()) {
        QString error;
        options.graderTemplate = EvalGrader::readTemplate(config.graderPrompt, &error);
        if (options.graderTemplate.isEmpty())
            return CliSupport::ioError(err, error);
    }
    options.header.specFile = workspace->relativePath(spec);
    options.header.section = o.section;
    options.header.specBlob = Provenance::gitBlobSha1(document->source().utf8());
    if (auto repo = GitRepository::discover(spec); repo.ok())
        if (const auto head = repo->headId(); head.ok())
            options.header.specCommit = head.value().hex();

    EvalRunner runner(cases, options);
    QString error;
    if (!runner.start(&error))
        return CliSupport::usageError(err, tr("eval: %1").arg(error));
    if (runner.resumed())
        err << tr("resuming %1: %2 of %3 cases already done")
                   .arg(QDir::current().relativeFilePath(runner.runPath()))
                   .arg(runner.resumedCount())
                   .arg(runner.total())
            << '\n';
    err.flush();
    if (o.format == u"text") {
        QObject::connect(&runner, &EvalRunner::caseFinished, &runner, [&out](const EvalRecord &r) {
            out << caseLine(r) << '\n';
            out.flush();
        });
    }
    QObject::connect(&runner, &EvalRunner::finished, &runner, [] { QCoreApplication::exit(0); });
    // Ctrl+C: stop sending, keep what was graded; the run file stays open for resuming.
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &runner, [&runner, &err] {
        err << "specc: " << tr("interrupted; run the same command again to resume") << '\n';
        err.flush();
        runner.cancel();
    });
    if (runner.isRunning())
        QCoreApplication::exec();
    const double seconds = runner.elapsedMs() / 1000.0;

    QString readError;
    const auto run = EvalRun::read(runner.runPath(), &readError);
    if (!run)
        return CliSupport::ioError(err, readError);
    if (o.format == u"json") {
        QJsonArray list;
        for (const EvalRecord &r : run->records)
            list.append(caseJson(r));
        QJsonArray sections;
        for (const EvalSectionRate &s : run->sectionRates())
            sections.append(QJsonObject{{QStringLiteral("section"), s.section},
                                        {QStringLiteral("passed"), s.passed},
                                        {QStringLiteral("failed"), s.failed},
                                        {QStringLiteral("errors"), s.errors},
                                        {QStringLiteral("pass_rate"), s.rate()}});
        const QJsonObject doc{{QStringLiteral("run"), run->path},
                              {QStringLiteral("target_model"), run->header.targetModel},
                              {QStringLiteral("grader_model"), run->header.graderModel},
                              {QStringLiteral("spec_blob"), run->header.specBlob},
                              {QStringLiteral("spec_commit"), run->header.specCommit},
                              {QStringLiteral("pass_rate"), run->passRate()},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("sections"), sections},
                              {QStringLiteral("cases"), list}};
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else if (o.format == u"junit") {
        out << QString::fromUtf8(EvalJunitWriter::write(*run, seconds));
    } else {
        printSummary(*run, seconds, options.jobs, out);
    }
    out.flush();
    int code = CliSupport::Ok;
    if (!run->records.isEmpty() && run->errors() == run->records.size()) {
        err << "specc: " << tr("no case could be run; see the errors above") << '\n';
        code = CliSupport::UsageOrIo;
    }
    const double threshold = o.minPassRate >= 0 ? o.minPassRate : config.minPassRate;
    if (code == CliSupport::Ok && threshold >= 0 && run->passRate() < threshold) {
        err << "specc: "
            << tr("pass rate %1 is below %2").arg(percent(run->passRate()), percent(threshold))
            << '\n';
        code = CliSupport::Findings;
    }
    if (!o.baseline.isEmpty()) {
        const auto base = EvalRun::read(o.baseline, &readError);
        if (!base)
            return CliSupport::ioError(err, readError);
        const EvalRunComparison c = EvalRunComparison::compare(*base, *run);
        if (o.format == u"text")
            printComparison(c, out);
        if (c.regressions() > 0) {
            err << "specc: "
                << tr("%n regression(s) against the baseline", nullptr, c.regressions()) << '\n';
            if (code == CliSupport::Ok)
                code = CliSupport::Findings;
        }
    }
    if (runner.wasCanceled())
        code = CliSupport::UsageOrIo;
    return code;
}

} // namespace Specwright
