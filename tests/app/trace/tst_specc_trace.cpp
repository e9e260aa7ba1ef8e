// `specc trace` as a real process: text, json, csv and html, and its exit codes.
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QString fixture(const char *name)
{
    return QStringLiteral(SPECWRIGHT_TEST_DATA "/trace/") + QLatin1String(name);
}

TestSupport::ProcessResult specc(const QStringList &args)
{
    return TestSupport::run(QStringLiteral(SPECC_PATH), args);
}

} // namespace

class TestSpeccTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonListsRequirementsAndReferences()
    {
        const auto r = specc({QStringLiteral("trace"), QStringLiteral("--format"),
                              QStringLiteral("json"), fixture("speckit")});
        QCOMPARE(r.code, 1); // broken references
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray requirements = root.value(QStringLiteral("requirements")).toArray();
        QCOMPARE(requirements.size(), 7);
        const QJsonObject us1 = requirements.at(0).toObject();
        QCOMPARE(us1.value(QStringLiteral("id")).toString(), QStringLiteral("US1"));
        QCOMPARE(us1.value(QStringLiteral("kind")).toString(), QStringLiteral("user-story"));
        QCOMPARE(us1.value(QStringLiteral("file")).toString(),
                 QStringLiteral("specs/002-loan-renewal/spec.md"));
        QCOMPARE(us1.value(QStringLiteral("line")).toInt(), 7);
        const QJsonArray coveredBy = us1.value(QStringLiteral("covered_by")).toArray();
        QCOMPARE(coveredBy.size(), 2);
        QCOMPARE(coveredBy.at(0).toObject().value(QStringLiteral("context")).toString(),
                 QStringLiteral("task"));
        const QJsonArray references = root.value(QStringLiteral("references")).toArray();
        QCOMPARE(references.size(), 14);
        int broken = 0;
        for (const QJsonValue &v : references) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(QStringLiteral("file")) && o.contains(QStringLiteral("line")) &&
                    o.contains(QStringLiteral("target")));
            broken += o.value(QStringLiteral("resolved")).toBool() ? 0 : 1;
        }
        QCOMPARE(broken, 3);
        QCOMPARE(root.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("uncovered"))
                     .toInt(),
                 1);
    }

    void exitCodes()
    {
        // No broken reference in the module set: 0, unless uncovered requirements count.
        QCOMPARE(specc({QStringLiteral("trace"), fixture("modules")}).code, 0);
        const auto strict = specc(
            {QStringLiteral("trace"), QStringLiteral("--fail-uncovered"), fixture("modules")});
        QCOMPARE(strict.code, 1);
        QVERIFY(strict.out.contains(QLatin1String("PE-002 (custom) NOT COVERED")));
        QCOMPARE(specc({QStringLiteral("trace"), QStringLiteral("--format"), QStringLiteral("yaml"),
                        fixture("modules")})
                     .code,
                 2);
        QCOMPARE(specc({QStringLiteral("trace"), fixture("no-such-folder")}).code, 2);
    }

    void textCsvAndHtml()
    {
        const auto text = specc({QStringLiteral("trace"), fixture("kiro")});
        QCOMPARE(text.code, 1);
        QVERIFY(text.out.contains(
            QLatin1String(".kiro/specs/label-printer/tasks.md:11: broken reference to 5.1")));
        QVERIFY(text.out.contains(
            QLatin1String("9 requirements, 2 not covered; 9 references, 2 broken")));
        const auto csv =
            specc({QStringLiteral("trace"), QStringLiteral("--format=csv"), fixture("kiro")});
        const QStringList rows = csv.out.trimmed().split(u'\n');
        QCOMPARE(rows.size(), 10);
        QCOMPARE(rows.first(), QStringLiteral("id,kind,file,line,covered,covered_by"));
        QVERIFY(rows.at(8).startsWith(
            QLatin1String("3,requirement,.kiro/specs/label-printer/requirements.md,33,no,")));
        const auto html = specc({QStringLiteral("trace"), QStringLiteral("--format"),
                                 QStringLiteral("html"), fixture("kiro")});
        QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
        QCOMPARE(html.out.count(QLatin1String("<tr class=\"gap\">")), 2);
        QCOMPARE(html.out.count(QLatin1String("<tr class=\"broken\">")), 2);
    }

    // Outputs record the sections they were made from: after an amendment of one section only
    // the outputs of that section are stale.
    void generateCheckListsOutputsOfChangedSections()
    {
        QTemporaryDir dir;
        const QString spec = dir.filePath(QStringLiteral("shop.md"));
        const QByteArray v1 = "# Shop {#shop}\n\nIntro.\n\n## Returns {#returns}\n\nBooks may be "
                              "returned.\n\n## Refunds {#refunds}\n\nRefunds take a week.\n";
        writeFile(spec, v1);
        for (const char *section : {"returns", "refunds"}) {
            const auto r =
                specc({QStringLiteral("generate"), QStringLiteral("--generator"),
                       QStringLiteral("markdown"), QStringLiteral("--section"),
                       QString::fromLatin1(section), QStringLiteral("--out"),
                       dir.filePath(QStringLiteral("out/") + QLatin1String(section)), spec});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const QStringList check{QStringLiteral("generate"), QStringLiteral("--check"),
                                QStringLiteral("--out"), dir.filePath(QStringLiteral("out")), spec};
        const auto clean = specc(check);
        QCOMPARE(clean.code, 0);
        QVERIFY2(clean.out.contains(QLatin1String("2 current, 0 stale")), qPrintable(clean.out));
        // Amend the refunds section only (the file's blob changes for every output).
        QByteArray v2 = v1;
        v2.replace("Refunds take a week.", "Refunds take three days.");
        writeFile(spec, v2);
        const auto stale = specc(check);
        QCOMPARE(stale.code, 1);
        QVERIFY2(stale.out.contains(QLatin1String("(changed sections: refunds)")),
                 qPrintable(stale.out));
        QVERIFY(!stale.out.contains(QLatin1String("out/returns")));
        QVERIFY(stale.out.contains(QLatin1String("1 current, 1 stale")));
    }

    void specKitCorpus()
    {
        SPECWRIGHT_REQUIRE_CORPUS(dir, "real/spec-kit-dogfood");
        const auto r = specc({QStringLiteral("trace"), QStringLiteral("--format"),
                              QStringLiteral("json"), dir + QStringLiteral("/features")});
        QCOMPARE(r.code, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("summary"))
                                        .toObject();
        QCOMPARE(summary.value(QStringLiteral("references")).toInt(), 273);
        QCOMPARE(summary.value(QStringLiteral("broken")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpeccTrace)
#include "tst_specc_trace.moc"
