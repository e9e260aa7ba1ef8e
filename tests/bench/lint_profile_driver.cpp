// Bench-only driver: lints one spec in the IDE's configuration (LintConfig::forWorkspace, the
// workspace with the document swapped in, as DocumentController does) and prints where the time
// goes, step by step and rule by rule. Meant to run under perf or callgrind:
//
//     lint_profile_driver SPEC [RUNS] [--rules | --relint | --lint-only | --memory | --check-relint
//     | --dump]
#include "incremental_linter.h"
#include "lint_context.h"
#include "lint_engine.h"
#include "lint_scope.h"
#include "suppression_map.h"
#include "trace_index.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <map>
#include <vector>

using namespace Specwright;

namespace {

// CPU time of this thread since the last call: the machine is shared, so wall time is noisy.
double elapsedMs(QElapsedTimer &)
{
    static double last = 0;
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    const double now = double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    const double ms = now - last;
    last = now;
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: lint_profile_driver SPEC [RUNS] [--rules]\n");
        return 2;
    }
    const QString spec = QFileInfo(args.at(1)).absoluteFilePath();
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    const bool perRule = args.contains(QStringLiteral("--rules"));
    const QString root = QFileInfo(spec).absolutePath();
    QFile file(spec);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QString text = QString::fromUtf8(file.readAll());

    QElapsedTimer timer;
    timer.start();
    const LintEngine engine(LintConfig::forWorkspace(root));
    std::printf("config            %8.1f ms\n", elapsedMs(timer));
    const Workspace::Ptr loaded = Workspace::load(root);
    std::printf("workspace load    %8.1f ms\n", elapsedMs(timer));
    if (args.contains(QStringLiteral("--dump"))) { // every finding, to compare two builds
        const SpecDocument::Ptr doc = SpecDocument::parse(text, spec);
        for (const Diagnostic &d : engine.lint(*doc, loaded->withDocument(doc).get())) {
            std::printf("%d:%d-%d:%d %s %s |", d.range.startLine, d.range.startColumn,
                        d.range.endLine, d.range.endColumn, qPrintable(d.ruleId),
                        qPrintable(d.message));
            for (const Fix &f : d.fixes)
                for (const TextEdit &e : f.edits)
                    std::printf(" %d-%d", e.startOffset, e.endOffset);
            std::printf("\n");
        }
        return 0;
    }
    if (args.contains(QStringLiteral("--memory"))) { // the lint's own heap per snapshot
        QString edited = text;
        edited.insert(text.indexOf(u'\n', text.size() / 2) + 1,
                      QStringLiteral("The assistant must answer the question briefly.\n"));
        const SpecDocument::Ptr a = SpecDocument::parse(text, spec);
        const SpecDocument::Ptr b = SpecDocument::parse(edited, spec);
        const Workspace::Ptr wa = loaded->withDocument(a), wb = loaded->withDocument(b);
        auto heapMb = [] {
            const struct mallinfo2 m = mallinfo2();
            return double(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
        };
        const double base = heapMb();
        qsizetype findings = 0;
        {
            LintContext context(*a, wa.get(), engine.config(), engine.profileFor(*a));
            context.prose();
            context.statements();
            const double spans = heapMb();
            LintScope::spans(*LintEngine::rule(QStringLiteral("glossary/term-drift")), context,
                             false);
            LintScope::spans(*LintEngine::rule(QStringLiteral("ambiguity/vague-term")), context);
            LintScope::spans(*LintEngine::rule(QStringLiteral("ambiguity/open-ended-list")),
                             context, true, LintScope::Asides);
            std::printf("LintContext prose + statement spans  %7.1f MB, scoped spans %7.1f MB\n",
                        spans - base, heapMb() - spans);
        }
        const double beforeIndex = heapMb();
        TraceIndex::forDocument(*wa, *a);
        std::printf("trace index (this workspace)         %7.1f MB\n", heapMb() - beforeIndex);
        const double beforeFull = heapMb();
        {
            const QList<Diagnostic> full = engine.lint(*a, wa.get());
            findings = full.size();
            std::printf("findings of a full lint (%lld)       %7.1f MB\n", qlonglong(findings),
                        heapMb() - beforeFull);
        }
        IncrementalLinter linter(std::make_shared<const LintEngine>(engine.config()));
        const double beforeState = heapMb();
        linter.lint(a, wa.get());
        std::printf("IncrementalLinter state, first lint  %7.1f MB\n", heapMb() - beforeState);
        linter.lint(b, wb.get());
        std::printf("IncrementalLinter state, after edit  %7.1f MB\n", heapMb() - beforeState);
        return 0;
    }
    if (args.contains(QStringLiteral("--check-relint"))) { // incremental == full after edits
        auto shared = std::make_shared<const LintEngine>(engine.config());
        IncrementalLinter linter(shared);
        QString current = text;
        int differing = 0;
        qsizetype compared = 0;
        for (int run = 0; run <= runs; ++run) {
            if (run > 0) // a line added, then one taken away, at spread-out places
                current.insert(
                    current.indexOf(u'\n', current.size() * run / (runs + 2)) + 1,
                    run % 2 ? QStringLiteral("The e-mail must be sent soon.\n")
                            : QStringLiteral("## Inserted section {#inserted-%1}\n").arg(run));
            const SpecDocument::Ptr doc = SpecDocument::parse(current, spec);
            const Workspace::Ptr ws = loaded->withDocument(doc);
            const QList<Diagnostic> full = engine.lint(*doc, ws.get());
            const QList<Diagnostic> incremental = linter.lint(doc, ws.get());
            bool same = full.size() == incremental.size();
            for (qsizetype i = 0; same && i < full.size(); ++i)
                same = full.at(i).ruleId == incremental.at(i).ruleId &&
                       full.at(i).message == incremental.at(i).message &&
                       full.at(i).range.startOffset == incremental.at(i).range.startOffset &&
                       full.at(i).range.endOffset == incremental.at(i).range.endOffset &&
                       full.at(i).range.startLine == incremental.at(i).range.startLine &&
                       full.at(i).fixes.size() == incremental.at(i).fixes.size();
            differing += same ? 0 : 1;
            compared += full.size();
        }
        std::printf("incremental vs full: %d of %d snapshots differ (%lld findings compared)\n",
                    differing, runs + 1, qlonglong(compared));
        return differing == 0 ? 0 : 1;
    }
    if (args.contains(QStringLiteral("--relint"))) { // for perf: re-lint after one-line edits
        QString edited = text;
        edited.insert(text.indexOf(u'\n', text.size() / 2) + 1,
                      QStringLiteral("The assistant must answer the question briefly.\n"));
        const SpecDocument::Ptr a = SpecDocument::parse(text, spec);
        const SpecDocument::Ptr b = SpecDocument::parse(edited, spec);
        const Workspace::Ptr wa = loaded->withDocument(a), wb = loaded->withDocument(b);
        IncrementalLinter linter(std::make_shared<const LintEngine>(engine.config()));
        linter.lint(a, wa.get());
        elapsedMs(timer);
        for (int run = 0; run < runs; ++run)
            linter.lint(run % 2 ? a : b, run % 2 ? wa.get() : wb.get());
        std::printf("relint x%d       %8.1f ms cpu (%d units re-linted, %d reused)\n", runs,
                    elapsedMs(timer), linter.lastStats().relinted, linter.lastStats().reused);
        return 0;
    }
    if (args.contains(QStringLiteral("--lint-only"))) { // for perf: lint alone, `runs` times
        const SpecDocument::Ptr doc = SpecDocument::parse(text, spec);
        const Workspace::Ptr ws = loaded->withDocument(doc);
        TraceIndex::forDocument(*ws, *doc);
        elapsedMs(timer);
        qsizetype findings = 0;
        for (int run = 0; run < runs; ++run)
            findings += engine.lint(*doc, ws.get()).size();
        std::printf("lint x%d         %8.1f ms (%lld findings)\n", runs, elapsedMs(timer),
                    qlonglong(findings));
        return 0;
    }
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        const SpecDocument::Ptr doc = SpecDocument::parse(text, spec);
        const double parse = elapsedMs(timer);
        const Workspace::Ptr ws = loaded->withDocument(doc);
        const double swap = elapsedMs(timer);
        if (args.contains(QStringLiteral("--trace"))) {
            TraceIndex::forDocument(*ws, *doc);
            std::printf("trace index       %8.1f ms\n", elapsedMs(timer));
        }
        QElapsedTimer wall;
        wall.start();
        const QList<Diagnostic> found = engine.lint(*doc, ws.get());
        const double lintWall = double(wall.nsecsElapsed()) / 1e6;
        const double lint = elapsedMs(timer);
        std::printf("run %d: parse %8.1f  withDocument %6.1f  lint %8.1f ms cpu, %8.1f ms wall"
                    "  (%lld findings)\n",
                    run, parse, swap, lint, lintWall, qlonglong(found.size()));
        if (!perRule)
            continue;
        const LintProfile profile = engine.profileFor(*doc);
        std::printf("  profile detection %8.1f ms\n", elapsedMs(timer));
        LintContext context(*doc, ws.get(), engine.config(), profile);
        context.prose();
        std::printf("  prose spans       %8.1f ms\n", elapsedMs(timer));
        context.statements();
        std::printf("  statement spans   %8.1f ms\n", elapsedMs(timer));
        // The masked spans of the scopes the rules share, cached in the context.
        LintScope::spans(*LintEngine::rule(QStringLiteral("glossary/term-drift")), context, false);
        std::printf("  prose scope       %8.1f ms\n", elapsedMs(timer));
        LintScope::spans(*LintEngine::rule(QStringLiteral("ambiguity/vague-term")), context, true);
        std::printf("  statement scope   %8.1f ms\n", elapsedMs(timer));
        LintScope::spans(*LintEngine::rule(QStringLiteral("ambiguity/open-ended-list")), context,
                         true, LintScope::Asides);
        std::printf("  statements+asides %8.1f ms\n", elapsedMs(timer));
        std::vector<std::pair<double, QString>> rules;
        for (const auto &r : LintEngine::allRules()) {
            if (!engine.isEnabled(*r, profile))
                continue;
            timer.restart();
            r->check(context);
            rules.push_back({elapsedMs(timer), r->id()});
        }
        std::sort(rules.rbegin(), rules.rend());
        for (const auto &[ms, id] : rules)
            if (ms >= 0.5)
                std::printf("  %-40s %8.1f ms\n", qPrintable(id), ms);
        QList<Diagnostic> all = context.takeDiagnostics();
        timer.restart();
        const SuppressionMap suppressions(*doc);
        std::printf("  suppression map   %8.1f ms\n", elapsedMs(timer));
        LintEngine::sortDiagnostics(all);
        std::printf("  sort              %8.1f ms (%lld)\n", elapsedMs(timer),
                    qlonglong(all.size()));
    }
    return 0;
}
