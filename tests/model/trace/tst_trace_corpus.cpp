// The trace index on real spec sets read at run time: spec-kit's own feature specs (every
// FR/SC/[US#] reference from the other files resolves; two different constitutions both say
// 1.0.0) and CloudEvents (terms of the core spec used across its modules).
#include "lint_engine.h"
#include "repo_builder.h"
#include "test_support.h"
#include "trace_index.h"
#include "version_stamp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Specwright;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestTraceCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specKitReferencesAllResolve()
    {
        SPECWRIGHT_REQUIRE_CORPUS(dir, "real/spec-kit-dogfood");
        const auto ws = Workspace::load(dir + QStringLiteral("/features"));
        const auto index = TraceIndex::build(*ws);
        QMap<QString, int> defined; // feature -> FR/SC count
        int stories = 0;
        for (const Requirement &r : index->requirements()) {
            if (r.kind == RequirementKind::Functional ||
                r.kind == RequirementKind::SuccessCriterion)
                defined[r.scope] += 1;
            stories += r.kind == RequirementKind::UserStory ? 1 : 0;
            QVERIFY2(r.file.endsWith(QLatin1String("/spec.md")), qPrintable(r.file));
        }
        QCOMPARE(defined.value(QStringLiteral("001-agent-context-full-optin")), 16);
        QCOMPARE(defined.value(QStringLiteral("001-converge-command")), 23);
        QCOMPARE(defined.value(QStringLiteral("001-spec-kit-bundler")), 39);
        QCOMPARE(stories, 3 + 3 + 4);
        QVERIFY(index->duplicates().isEmpty());
        int fromOtherFiles = 0, broken = 0;
        for (const auto &r : index->references()) {
            broken += r.resolved() ? 0 : 1;
            if (!r.reference.file.endsWith(QLatin1String("/spec.md")))
                ++fromOtherFiles;
        }
        QCOMPARE(fromOtherFiles, 273);
        QCOMPARE(broken, 0);
        int tasks = 0, uncited = 0;
        for (const QString &f : index->files())
            if (const auto trace = index->file(f); trace->isTaskFile)
                for (const TraceTask &t : trace->tasks) {
                    ++tasks;
                    uncited += t.citations == 0 ? 1 : 0;
                }
        QCOMPARE(tasks, 30 + 26 + 53);
        int uncovered = 0;
        for (int i = 0; i < index->requirements().size(); ++i)
            uncovered += index->isCovered(i) ? 0 : 1;
        qDebug("spec-kit dogfood: %d requirements (FR/SC/US), %d references (%d from other "
               "files), 0 broken, %d uncovered, %d of %d tasks cite nothing",
               int(index->requirements().size()), int(index->references().size()), fromOtherFiles,
               uncovered, uncited, tasks);
    }

    void specKitConstitutionsDifferAtOneVersion()
    {
        SPECWRIGHT_REQUIRE_CORPUS(dir, "real/spec-kit-dogfood");
        const QString older = readText(
            dir + QStringLiteral("/features/001-converge-command/_constitution-at-353c0cbde.md"));
        const QString newer = readText(
            dir +
            QStringLiteral("/features/001-agent-context-full-optin/_constitution-at-f64dc36a1.md"));
        QCOMPARE(VersionStamp::find(older)->version, QStringLiteral("1.0.0"));
        QCOMPARE(VersionStamp::find(newer)->version, QStringLiteral("1.0.0"));
        QVERIFY(VersionStamp::body(older) != VersionStamp::body(newer));
        // Their "last amended" dates differ, so as one file's history (older text committed,
        // newer text in the working tree) only the date moved: no finding. With the older
        // date kept, the amendment is one without a bump.
        QVERIFY(!VersionStamp::amendedWithoutBump(older, newer));
        QString sameDate = newer;
        sameDate.replace(QStringLiteral("**Last Amended**: 2026-06-19"),
                         QStringLiteral("**Last Amended**: 2026-06-10"));
        sameDate.replace(QStringLiteral("**Ratified**: 2026-06-19"),
                         QStringLiteral("**Ratified**: 2026-06-10"));
        QVERIFY(VersionStamp::amendedWithoutBump(older, sameDate));

        RepoBuilder repo;
        repo.write(QStringLiteral(".specify/memory/constitution.md"), older.toUtf8());
        repo.write(QStringLiteral("README.md"), "# Project\n");
        repo.commit(QStringLiteral("Ratify"), {QStringLiteral(".specify/memory/constitution.md"),
                                               QStringLiteral("README.md")});
        repo.write(QStringLiteral("memory/constitution.md"), older.toUtf8());
        repo.commit(QStringLiteral("Copy"), {QStringLiteral("memory/constitution.md")});
        repo.write(QStringLiteral("memory/constitution.md"), sameDate.toUtf8());
        int found = 0;
        for (const Diagnostic &d : LintEngine().lintWorkspace(*Workspace::load(repo.path())))
            found += d.ruleId == u"trace/unbumped-version" ? 1 : 0;
        QCOMPARE(found, 1);
    }

    void cloudEventsTermsAcrossModules()
    {
        SPECWRIGHT_REQUIRE_CORPUS(dir, "real/cloudevents");
        QElapsedTimer timer;
        timer.start();
        const auto ws = Workspace::load(dir + QStringLiteral("/head"));
        const qint64 loadMs = timer.restart();
        const auto index = TraceIndex::build(*ws);
        const qint64 indexMs = timer.elapsed();
        QVERIFY(ws->files().size() >= 50);
        QStringList core;
        for (const DefinedTerm &t : index->terms())
            if (t.file == u"cloudevents/spec.md")
                core.append(t.term);
        for (const char *term : {"Occurrence", "Event", "Producer", "Protocol Binding",
                                 "Event Format", "specversion", "datacontenttype", "id"})
            QVERIFY2(core.contains(QString::fromLatin1(term)), term);
        // How many modules write each core term.
        int termsUsedElsewhere = 0;
        QSet<QString> modules;
        for (const DefinedTerm &t : index->terms()) {
            if (t.file != u"cloudevents/spec.md")
                continue;
            QSet<QString> users;
            for (const auto &use : index->uses(t.key))
                if (use.file != t.file)
                    users.insert(use.file);
            termsUsedElsewhere += users.isEmpty() ? 0 : 1;
            modules += users;
        }
        QVERIFY(termsUsedElsewhere >= 15);
        QVERIFY(modules.size() >= 40);
        QMap<QString, int> byRule;
        QStringList variants;
        for (const Diagnostic &d : LintEngine().lintWorkspace(*ws)) {
            if (!d.ruleId.startsWith(QLatin1String("terms/")) &&
                !d.ruleId.startsWith(QLatin1String("trace/")))
                continue;
            byRule[d.ruleId] += 1;
            if (d.ruleId == u"terms/variant-form" && variants.size() < 12)
                variants.append(ws->relativePath(d.file) + u':' +
                                QString::number(d.range.startLine) + u' ' + d.message);
        }
        qDebug("CloudEvents: %d files, %d defined terms (%d in the core spec, %d of them "
               "written in %d other modules); load %lld ms, trace index %lld ms",
               int(ws->files().size()), int(index->terms().size()), int(core.size()),
               termsUsedElsewhere, int(modules.size()), loadMs, indexMs);
        for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
            qDebug("  %s: %d", qPrintable(it.key()), it.value());
        for (const QString &v : std::as_const(variants))
            qDebug("  %s", qPrintable(v));
        QCOMPARE(byRule.value(QStringLiteral("trace/broken-reference")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTraceCorpus)
#include "tst_trace_corpus.moc"
