#include "model_benchmarks.h"

#include "bench_timer.h"
#include "markdown_tree.h"
#include "preview_benchmarks.h"
#include "process_timer.h"
#include "spec_document.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#if __has_include("lint_engine.h")
#define SPECWRIGHT_BENCH_LINT 1
#include "incremental_linter.h"
#include "lint_engine.h"
#include "workspace.h"
#endif

#if __has_include("section_diff.h")
#define SPECWRIGHT_BENCH_DIFF 1
#include "diff_html_writer.h"
#include "section_diff.h"
#endif

#if __has_include("spec_html_renderer.h") && __has_include("ksyntax_code_highlighter.h")
#define SPECWRIGHT_BENCH_RENDER 1
#include "ksyntax_code_highlighter.h"
#include "spec_html_renderer.h"
#endif

namespace Specwright::Bench {

namespace {

constexpr double NotBuilt = ResultTable::NotBuilt;

QString verdict(bool met, const QString &what)
{
    return (met ? QStringLiteral("met: ") : QStringLiteral("MISSED: ")) + what;
}

// The index of the ~300 KB input the budgets talk about (270K or 300K), or -1.
int mediumIndex(const QList<BenchInput> &inputs)
{
    for (int i = 0; i < inputs.size(); ++i)
        if (inputs.at(i).size.bytes > 200'000 && inputs.at(i).size.bytes < 400'000)
            return i;
    return -1;
}

int megabyteIndex(const QList<BenchInput> &inputs)
{
    for (int i = 0; i < inputs.size(); ++i)
        if (inputs.at(i).size.bytes > 800'000 && inputs.at(i).size.bytes < 1'500'000)
            return i;
    return -1;
}

} // namespace

ReferenceTimes readReferenceTimes(const QString &tsvPath)
{
    ReferenceTimes times;
    QFile file(tsvPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return times;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QStringList fields = in.readLine().split(u'\t');
        if (fields.size() < 3)
            continue;
        bool ok = false;
        const double ms = fields.at(2).toDouble(&ok);
        times[fields.at(0)][fields.at(1)] = ok ? ms : NotBuilt;
    }
    return times;
}

QList<double> ModelBenchmarks::ratios(const QList<double> &a, const QList<double> &b)
{
    QList<double> out;
    for (int i = 0; i < a.size() && i < b.size(); ++i)
        out.append(ResultTable::isValue(a.at(i)) && ResultTable::isValue(b.at(i)) && b.at(i) > 0
                       ? a.at(i) / b.at(i)
                       : ResultTable::NotMeasured);
    return out;
}

void ModelBenchmarks::parse(ResultTable &table) const
{
    QList<double> ours, cmark;
    for (const BenchInput &input : m_inputs) {
        size_t sink = 0;
        // The document is freed untimed: the IDE frees it on the pool. cmark's tree is freed
        // inside the timed run, as the parser frees the tree it builds the model from.
        SpecDocument::Ptr doc;
        const PairTiming t = medianPairMs(
            runs(input),
            [&] {
                doc = SpecDocument::parse(input.text, input.path);
                sink += size_t(doc->sections().size());
            },
            [&] {
                // With the options the parser gives it: the parser hands cmark its own
                // encoding, which needs no UTF-8 check, and the generated inputs are valid
                // UTF-8 too (cmark's own default has no check either).
                const MarkdownTree tree(input.bytes, MarkdownTree::Input::Encoded);
                sink += tree.root().isNull() ? 0 : 1;
            },
            [&] { doc.reset(); });
        ours.append(t.first);
        cmark.append(t.second);
        if (sink == 0)
            qWarning("parse produced nothing for %s", qPrintable(input.path));
    }
    const QList<double> ratio = ratios(ours, cmark);
    const int mb = megabyteIndex(m_inputs);
    QString note;
    if (mb >= 0 && ResultTable::isValue(ratio.at(mb)))
        note =
            verdict(ratio.at(mb) <= 2.0,
                    QStringLiteral("<= 2x cmark-gfm at 1 MB (%1x)").arg(ratio.at(mb), 0, 'f', 2));
    table.addHeading(QStringLiteral("Parse to the document model"));
    table.addTimes(QStringLiteral("SpecDocument::parse"), ours);
    table.addTimes(QStringLiteral("reference: cmark-gfm parse alone"), cmark);
    table.addRatios(QStringLiteral("ratio ours / cmark-gfm"), ratio, note);
}

#ifdef SPECWRIGHT_BENCH_LINT
namespace {

// The text with one line added in the middle, at a line start: a keystroke's worth of change.
QString withOneLineEdited(const QString &text)
{
    const qsizetype middle = text.indexOf(u'\n', text.size() / 2);
    QString edited = text;
    edited.insert(middle < 0 ? text.size() : middle + 1,
                  QStringLiteral("The assistant must answer the question briefly.\n"));
    return edited;
}

} // namespace
#endif

void ModelBenchmarks::lint(ResultTable &table, const ReferenceTimes &references,
                           const QString &speccPath) const
{
    QList<double> ours, lintOnly, relint, specc, markdownlint;
    qsizetype findings = 0;
    for (const BenchInput &input : m_inputs) {
        markdownlint.append(
            references.value(QStringLiteral("markdownlint-cli2")).value(input.size.name, NotBuilt));
#ifdef SPECWRIGHT_BENCH_LINT
        // As the IDE lints: the workspace (the spec and its examples/ folder) is loaded once
        // when the folder is opened, its specwright.toml read, and each run lints a new
        // snapshot of the document inside the workspace (DocumentController's withDocument).
        const Workspace::Ptr workspace = Workspace::load(input.workspaceDir);
        auto engine =
            std::make_shared<const LintEngine>(LintConfig::forWorkspace(input.workspaceDir));
        ours.append(medianMs(runs(input), [&] {
            const SpecDocument::Ptr doc = SpecDocument::parse(input.text, input.path);
            findings += engine->lint(*doc, workspace->withDocument(doc).get()).size();
        }));
        // Two versions one line apart, linted in turn: each run sees a new document, as after
        // an edit, so nothing cached for the previous snapshot (the trace index) is reused.
        const SpecDocument::Ptr original = SpecDocument::parse(input.text, input.path);
        const SpecDocument::Ptr edited =
            SpecDocument::parse(withOneLineEdited(input.text), input.path);
        const Workspace::Ptr withOriginal = workspace->withDocument(original);
        const Workspace::Ptr withEdited = workspace->withDocument(edited);
        bool flip = false;
        lintOnly.append(medianMs(runs(input), [&] {
            flip = !flip;
            findings += flip ? engine->lint(*edited, withEdited.get()).size()
                             : engine->lint(*original, withOriginal.get()).size();
        }));
        // The same alternation through IncrementalLinter: each call re-lints after the edit.
        IncrementalLinter linter(engine);
        relint.append(medianMs(runs(input), [&] {
            flip = !flip;
            findings += flip ? linter.lint(edited, withEdited.get()).size()
                             : linter.lint(original, withOriginal.get()).size();
        }));
#else
        ours.append(NotBuilt);
        lintOnly.append(NotBuilt);
        relint.append(NotBuilt);
#endif
        const bool haveSpecc = QFileInfo(speccPath).isExecutable();
        const ProcessTiming timing =
            haveSpecc ? timeProcess(std::max(3, runs(input) / 2), speccPath,
                                    {QStringLiteral("lint"), input.path}, input.workspaceDir)
                      : ProcessTiming{NotBuilt, QStringLiteral("no specc")};
        specc.append(timing.error.isEmpty() ? timing.medianMs : NotBuilt);
    }
    const QList<double> speedUp = ratios(markdownlint, ours);
    const QList<double> processSpeedUp = ratios(markdownlint, specc);
    const int medium = mediumIndex(m_inputs);
    QString budget = QStringLiteral("n/a (not built)");
    QString fiveX;
    if (medium >= 0 && ResultTable::isValue(ours.at(medium))) {
        budget = verdict(ours.at(medium) < 100,
                         QStringLiteral("< 100 ms at ~300 KB (%1 ms; rules alone %2 ms)")
                             .arg(ResultTable::formatMs(ours.at(medium)),
                                  ResultTable::formatMs(lintOnly.at(medium))));
        if (ResultTable::isValue(speedUp.at(medium)))
            fiveX = verdict(speedUp.at(medium) >= 5,
                            QStringLiteral(">= 5x faster than markdownlint-cli2 at ~300 KB (%1x)")
                                .arg(speedUp.at(medium), 0, 'f', 1));
    }
    table.addHeading(QStringLiteral(
        "Lint, all default rules, as the IDE runs it (workspace config, trace index)"));
    table.addTimes(QStringLiteral("parse + LintEngine::lint"), ours, budget);
    table.addTimes(QStringLiteral("  of which the rules on the parsed model"), lintOnly);
    table.addTimes(QStringLiteral("re-lint after a one-line edit (incremental)"), relint);
    table.addRatios(QStringLiteral("ratio re-lint / full lint of the model"),
                    ratios(relint, lintOnly));
    table.addTimes(QStringLiteral("specc lint FILE (whole process)"), specc);
    table.addTimes(QStringLiteral("reference: markdownlint-cli2 (whole process)"), markdownlint);
    table.addRatios(QStringLiteral("speed-up markdownlint / (parse + lint)"), speedUp, fiveX);
    table.addRatios(QStringLiteral("speed-up markdownlint / specc lint (processes)"),
                    processSpeedUp);
    Q_UNUSED(findings);
}

void ModelBenchmarks::render(ResultTable &table) const
{
    QList<double> ours, renderOnly, cmark;
    for (const BenchInput &input : m_inputs) {
        auto cmarkHtml = [&] {
            const QByteArray html = MarkdownTree::renderHtml(input.bytes);
            Q_UNUSED(html);
        };
#ifdef SPECWRIGHT_BENCH_RENDER
        const SpecHtmlRenderer::Options options;
        SpecHtmlRenderer renderer(options, std::make_shared<KSyntaxCodeHighlighter>());
        const PairTiming t = medianPairMs(
            runs(input),
            [&] {
                const SpecDocument::Ptr doc = SpecDocument::parse(input.text, input.path);
                const QString html = renderer.render(*doc);
                Q_UNUSED(html);
            },
            cmarkHtml);
        ours.append(t.first);
        cmark.append(t.second);
        const SpecDocument::Ptr parsed = SpecDocument::parse(input.text, input.path);
        renderOnly.append(medianMs(runs(input), [&] {
            const QString html = renderer.render(*parsed);
            Q_UNUSED(html);
        }));
#else
        cmark.append(medianMs(runs(input), cmarkHtml));
        ours.append(NotBuilt);
        renderOnly.append(NotBuilt);
#endif
    }
    const QList<double> ratio = ratios(ours, cmark);
    const int medium = mediumIndex(m_inputs);
    QString note = QStringLiteral("n/a (not built)");
    if (medium >= 0 && ResultTable::isValue(ours.at(medium)))
        note = verdict(ours.at(medium) < 150, QStringLiteral("< 150 ms at ~300 KB (%1 ms)")
                                                  .arg(ResultTable::formatMs(ours.at(medium))));
    table.addHeading(QStringLiteral("Preview HTML (parse + SpecHtmlRenderer + code highlighting)"));
    table.addTimes(QStringLiteral("text -> preview HTML"), ours, note);
    table.addTimes(QStringLiteral("  of which render from the parsed model"), renderOnly);
    table.addTimes(QStringLiteral("reference: cmark-gfm HTML alone"), cmark);
    table.addRatios(QStringLiteral("ratio ours / cmark-gfm"), ratio);
    PreviewBenchmarks(m_inputs, m_runScale).run(table);
}

void ModelBenchmarks::diff(ResultTable &table) const
{
    QList<double> ours, modelsOnly, page, git;
    for (const BenchInput &input : m_inputs) {
#ifdef SPECWRIGHT_BENCH_DIFF
        qsizetype sink = 0;
        // From the two texts (both parsed, in parallel when large) to sections, blocks, words.
        ours.append(medianMs(runs(input), [&] {
            sink += SectionDiff::compute(input.text, input.textV2).sections.size();
        }));
        const SpecDocument::Ptr oldDoc = SpecDocument::parse(input.text, input.path);
        const SpecDocument::Ptr newDoc = SpecDocument::parse(input.textV2, input.pathV2);
        modelsOnly.append(medianMs(
            runs(input), [&] { sink += SectionDiff::compute(*oldDoc, *newDoc).sections.size(); }));
        // The page `specc diff --format html` writes (summary, bodies as the preview renders).
        const DiffResult result = SectionDiff::compute(oldDoc, newDoc);
        page.append(medianMs(runs(input), [&] {
            sink += DiffHtmlWriter::rendered(result, DiffHtmlWriter::Options()).size();
        }));
        if (sink == 0)
            qWarning("diff found no sections in %s", qPrintable(input.path));
#else
        ours.append(NotBuilt);
        modelsOnly.append(NotBuilt);
        page.append(NotBuilt);
#endif
        const ProcessTiming timing = timeProcess(
            runs(input), QStringLiteral("git"),
            {QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--word-diff"),
             QStringLiteral("--no-color"), input.path, input.pathV2});
        git.append(timing.error.isEmpty() ? timing.medianMs : NotBuilt);
    }
    const int medium = mediumIndex(m_inputs);
    QString note = QStringLiteral("n/a (not built)");
    if (medium >= 0 && ResultTable::isValue(ours.at(medium)))
        note = verdict(ours.at(medium) < 100, QStringLiteral("< 100 ms at ~300 KB (%1 ms)")
                                                  .arg(ResultTable::formatMs(ours.at(medium))));
    table.addHeading(QStringLiteral("Section diff + word diff, version 1 -> version 2"));
    table.addTimes(QStringLiteral("SectionDiff::compute(old text, new text)"), ours, note);
    table.addTimes(QStringLiteral("  of which the diff of two parsed models"), modelsOnly);
    table.addTimes(QStringLiteral("HTML page of the diff (DiffHtmlWriter::rendered)"), page);
    table.addTimes(QStringLiteral("reference: git diff --no-index --word-diff"), git);
    table.addRatios(QStringLiteral("speed-up git / ours"), ratios(git, ours));
}

void ModelBenchmarks::outline(ResultTable &table, const QString &speccPath) const
{
    QList<double> times;
    QString error;
    for (const BenchInput &input : m_inputs) {
        if (!QFileInfo(speccPath).isExecutable()) {
            times.append(NotBuilt);
            continue;
        }
        const ProcessTiming timing =
            timeProcess(runs(input), speccPath, {QStringLiteral("outline"), input.path});
        times.append(timing.error.isEmpty() ? timing.medianMs : NotBuilt);
        if (!timing.error.isEmpty())
            error = timing.error;
    }
    const int medium = mediumIndex(m_inputs);
    QString note = error;
    if (medium >= 0 && ResultTable::isValue(times.at(medium)))
        note = verdict(times.at(medium) < 1000, QStringLiteral("well under 1 s at 270 KB (%1 ms)")
                                                    .arg(ResultTable::formatMs(times.at(medium))));
    table.addHeading(QStringLiteral("CLI"));
    table.addTimes(QStringLiteral("specc outline FILE (whole process)"), times, note);
}

} // namespace Specwright::Bench
