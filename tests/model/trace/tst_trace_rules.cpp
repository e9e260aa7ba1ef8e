// The trace/ and terms/ lint rules on the fixtures, their quick fixes, and the version-bump
// check on real git repositories in temporary folders.
#include "fix_applier.h"
#include "lint_engine.h"
#include "repo_builder.h"
#include "trace_index.h"
#include "version_stamp.h"

#include <QTest>

using namespace Specwright;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SPECWRIGHT_TEST_DATA "/trace/") + QLatin1String(name);
}

QList<Diagnostic> findings(const Workspace &ws, const QString &rule)
{
    QList<Diagnostic> result;
    for (const Diagnostic &d : LintEngine().lintWorkspace(ws))
        if (d.ruleId == rule)
            result.append(d);
    return result;
}

QString where(const Workspace &ws, const Diagnostic &d)
{
    return ws.relativePath(d.file) + u':' + QString::number(d.range.startLine);
}

QStringList places(const Workspace &ws, const QList<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(where(ws, d));
    return out;
}

const char *constitution(const char *version, const char *amended, const char *principle)
{
    static QByteArray text;
    text = QByteArray("# Bookshop Constitution\n\n## Core Principles\n\n### I. ") + principle +
           "\n\nEvery change ships with a test.\n\n## Governance\n\n**Version**: " + version +
           " | **Ratified**: 2026-01-05 | **Last Amended**: " + amended + "\n";
    return text.constData();
}

} // namespace

class TestTraceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kiroFindings()
    {
        const auto ws = Workspace::load(fixture("kiro"));
        const QString dir = QStringLiteral(".kiro/specs/label-printer/");
        QCOMPARE(places(*ws, findings(*ws, QStringLiteral("trace/broken-reference"))),
                 (QStringList{dir + QStringLiteral("design.md:17"),
                              dir + QStringLiteral("tasks.md:11")}));
        const auto broken = findings(*ws, QStringLiteral("trace/broken-reference"));
        QCOMPARE(broken.first().severity, Severity::Error);
        QVERIFY(broken.first().message.contains(QLatin1String("\"4.2\"")));
        // 4.2 is one edit away from 1.2, 2.2 and 3.2...: ambiguous, so no fix; 5.1 neither.
        for (const Fix &f : broken.first().fixes)
            QVERIFY2(!f.title.startsWith(QLatin1String("Change to")), qPrintable(f.title));
        QCOMPARE(places(*ws, findings(*ws, QStringLiteral("trace/uncovered-requirement"))),
                 (QStringList{dir + QStringLiteral("requirements.md:33"),
                              dir + QStringLiteral("requirements.md:39")}));
        QCOMPARE(places(*ws, findings(*ws, QStringLiteral("trace/uncited-task"))),
                 (QStringList{dir + QStringLiteral("tasks.md:13")}));
        const auto undefined = findings(*ws, QStringLiteral("terms/undefined-name"));
        QCOMPARE(places(*ws, undefined), (QStringList{dir + QStringLiteral("requirements.md:31")}));
        QVERIFY(undefined.first().message.contains(QLatin1String("Print_Queue")));
    }

    void specKitFindingsAndFixes()
    {
        const auto ws = Workspace::load(fixture("speckit"));
        const QString dir = QStringLiteral("specs/002-loan-renewal/");
        const auto broken = findings(*ws, QStringLiteral("trace/broken-reference"));
        QCOMPARE(places(*ws, broken), (QStringList{dir + QStringLiteral("plan.md:4"),
                                                   dir + QStringLiteral("tasks.md:14"),
                                                   dir + QStringLiteral("tasks.md:15")}));
        // SC-002 is one edit from SC-001 only: an unambiguous fix.
        QCOMPARE(broken.first().fixes.first().title, QStringLiteral("Change to SC-001"));
        const QString plan = ws->document(dir + QStringLiteral("plan.md"))->text();
        const QString fixed = FixApplier::apply(plan, broken.first().fixes.first().edits);
        QVERIFY(fixed.contains(QLatin1String("for SC-001 and SC-001.")));
        const auto dup = findings(*ws, QStringLiteral("trace/duplicate-id"));
        QCOMPARE(places(*ws, dup), (QStringList{dir + QStringLiteral("spec.md:30")}));
        QVERIFY(dup.first().message.contains(QLatin1String("line 29")));
        QCOMPARE(dup.first().fixes.first().edits.first().newText, QStringLiteral("FR-004"));
        QCOMPARE(places(*ws, findings(*ws, QStringLiteral("trace/uncovered-requirement"))),
                 (QStringList{dir + QStringLiteral("spec.md:39")}));
        QCOMPARE(places(*ws, findings(*ws, QStringLiteral("trace/uncited-task"))),
                 (QStringList{dir + QStringLiteral("tasks.md:5")}));
    }

    void moduleTermFindingsAndFix()
    {
        const auto ws = Workspace::load(fixture("modules"));
        const auto variants = findings(*ws, QStringLiteral("terms/variant-form"));
        QCOMPARE(places(*ws, variants), (QStringList{QStringLiteral("bindings/http-binding.md:5"),
                                                     QStringLiteral("bindings/http-binding.md:6"),
                                                     QStringLiteral("formats/json-format.md:4")}));
        for (const Diagnostic &d : variants)
            QVERIFY(d.fixes.first().title.startsWith(QLatin1String("Write")));
        const QString binding = ws->document(QStringLiteral("bindings/http-binding.md"))->text();
        QString fixed = binding;
        for (const Diagnostic &d : variants)
            if (ws->relativePath(d.file) == u"bindings/http-binding.md")
                fixed = FixApplier::apply(fixed, d.fixes.first().edits);
        QVERIFY(fixed.contains(QLatin1String("the eventkind goes")));
        QVERIFY(fixed.contains(QLatin1String("Every Parcel Event uses")));
        QCOMPARE(places(*ws, findings(*ws, QStringLiteral("terms/unused"))),
                 (QStringList{QStringLiteral("spec.md:23")}));
        const auto undefined = findings(*ws, QStringLiteral("terms/undefined-name"));
        QCOMPARE(places(*ws, undefined), (QStringList{QStringLiteral("formats/json-format.md:6")}));
    }

    // The IDE lints the editor's buffer against the workspace that holds the saved file.
    void unsavedBufferIsChecked()
    {
        const auto ws = Workspace::load(fixture("speckit"));
        const QString plan = ws->absolutePath(QStringLiteral("specs/002-loan-renewal/plan.md"));
        const auto buffer =
            SpecDocument::parse(QStringLiteral("# Plan\n\nNow FR-001 and FR-007.\n"), plan);
        QList<Diagnostic> broken;
        for (const Diagnostic &d : LintEngine().lint(*buffer, ws.get()))
            if (d.ruleId == u"trace/broken-reference")
                broken.append(d);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(broken.first().range.startLine, 3);
        QCOMPARE(buffer->text().mid(broken.first().range.startOffset, 6), QStringLiteral("FR-007"));
    }

    void versionStampReading()
    {
        const auto stamp = VersionStamp::find(
            QString::fromLatin1(constitution("2.1.0", "2026-02-01", "Test First")));
        QVERIFY(stamp);
        QCOMPARE(stamp->version, QStringLiteral("2.1.0"));
        QCOMPARE(stamp->lastAmended, QStringLiteral("2026-02-01"));
        QCOMPARE(stamp->line, 11);
        QVERIFY(!VersionStamp::find(QStringLiteral("# No version here\n\nText.\n")));
        const QString a = QString::fromLatin1(constitution("1.0.0", "2026-01-05", "Test First"));
        const QString b = QString::fromLatin1(constitution("1.0.0", "2026-01-05", "Tests First"));
        const QString c = QString::fromLatin1(constitution("1.1.0", "2026-01-05", "Tests First"));
        const QString d = QString::fromLatin1(constitution("1.0.0", "2026-03-01", "Tests First"));
        QVERIFY(VersionStamp::amendedWithoutBump(a, b));
        QVERIFY(!VersionStamp::amendedWithoutBump(a, c));
        QVERIFY(!VersionStamp::amendedWithoutBump(a, d));
        QVERIFY(!VersionStamp::amendedWithoutBump(a, a + QStringLiteral("<!-- sync -->")));
    }

    void unbumpedVersionAgainstGit()
    {
        RepoBuilder repo;
        repo.write(QStringLiteral("memory/constitution.md"),
                   constitution("1.0.0", "2026-01-05", "Test First"));
        repo.commit(QStringLiteral("Ratify"), {QStringLiteral("memory/constitution.md")});
        const auto rule = QStringLiteral("trace/unbumped-version");
        // Unchanged and only one commit: nothing to say.
        QVERIFY(findings(*Workspace::load(repo.path()), rule).isEmpty());
        // The working file changes a principle but keeps 1.0.0 and the date.
        repo.write(QStringLiteral("memory/constitution.md"),
                   constitution("1.0.0", "2026-01-05", "Tests First, Always"));
        auto found = findings(*Workspace::load(repo.path()), rule);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().range.startLine, 11);
        QVERIFY(found.first().message.contains(QLatin1String("1.0.0")));
        // Committed that way, the last commit is the amendment that forgot the bump.
        repo.commit(QStringLiteral("Amend"), {QStringLiteral("memory/constitution.md")});
        QCOMPARE(findings(*Workspace::load(repo.path()), rule).size(), 1);
        // A bump clears it.
        repo.write(QStringLiteral("memory/constitution.md"),
                   constitution("1.1.0", "2026-02-01", "Tests First, Always"));
        QVERIFY(findings(*Workspace::load(repo.path()), rule).isEmpty());
    }

    void unbumpedVersionOfAFileNotYetCommitted()
    {
        RepoBuilder repo;
        repo.write(QStringLiteral("README.md"), "# Readme\n");
        for (int i = 0; i < 5; ++i) {
            repo.write(QStringLiteral("README.md"),
                       QByteArray("# Readme\n\nRevision ") + QByteArray::number(i) + '\n');
            repo.commit(QStringLiteral("Readme %1").arg(i), {QStringLiteral("README.md")});
        }
        const auto rule = QStringLiteral("trace/unbumped-version");
        // New and not at HEAD: no baseline, so nothing to say, however it changes.
        repo.write(QStringLiteral("memory/constitution.md"),
                   constitution("1.0.0", "2026-01-05", "Test First"));
        QVERIFY(findings(*Workspace::load(repo.path()), rule).isEmpty());
        repo.write(QStringLiteral("memory/constitution.md"),
                   constitution("1.0.0", "2026-01-05", "Tests First"));
        QVERIFY(findings(*Workspace::load(repo.path()), rule).isEmpty());
        // Once committed (a new HEAD), the next change without a bump is found.
        repo.commit(QStringLiteral("Ratify"), {QStringLiteral("memory/constitution.md")});
        repo.write(QStringLiteral("memory/constitution.md"),
                   constitution("1.0.0", "2026-01-05", "Tests First, Always"));
        QCOMPARE(findings(*Workspace::load(repo.path()), rule).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTraceRules)
#include "tst_trace_rules.moc"
