// Hostile or broken input neither crashes nor hangs: deep nesting, CR-only line ends, inputs
// that made the prose scanner quadratic, and paths that are not regular files or too large.
// (Timings of the quadratic cases are measured in tests/bench; here the results are checked.)
#include "bounded_file_reader.h"
#include "generator_config.h"
#include "lint_config.h"
#include "source_text.h"
#include "spec_document.h"
#include "spec_html_renderer.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Specwright;

class TestHostileInput : public QObject
{
    Q_OBJECT
private:
    static void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void deeplyNestedQuotesAreCappedWithAProblem()
    {
        const QByteArray text = QByteArray(30000, '>') + " The system SHALL cope.\n";
        const SpecDocument::Ptr doc = SpecDocument::fromUtf8("# Deep\n\n" + text);
        QVERIFY(doc->hasProblem(ProblemKind::DeepNesting));
        QCOMPARE(doc->sections().size(), 1);
        // The renderer walks the same tree.
        const QString html = SpecHtmlRenderer().render(*doc);
        QVERIFY(html.contains(QStringLiteral("cope")));
    }

    void deeplyNestedListsAreCapped()
    {
        QByteArray text = "# Deep\n\n";
        for (int i = 0; i < 3000; ++i)
            text += QByteArray(i * 2, ' ') + "- item\n";
        const SpecDocument::Ptr doc = SpecDocument::fromUtf8(text);
        QVERIFY(doc->hasProblem(ProblemKind::DeepNesting));
    }

    void shallowNestingHasNoProblem()
    {
        const SpecDocument::Ptr doc = SpecDocument::fromUtf8("# A\n\n> > > quoted\n\n- a\n  - b\n");
        QVERIFY(!doc->hasProblem(ProblemKind::DeepNesting));
    }

    void deepEmphasisInAHeading()
    {
        const QByteArray stars(40000, '*');
        const SpecDocument::Ptr doc = SpecDocument::fromUtf8("# " + stars + "x" + stars + "\n");
        QCOMPARE(doc->sections().size(), 1);
        QVERIFY(doc->sections().first().title.contains(u'x'));
    }

    void crOnlyLinesSplitLikeCmark()
    {
        const SourceText source(QStringLiteral("a\rb\r\nc\nd\r"));
        QCOMPARE(source.lineCount(), 5);
        QCOMPARE(source.line(1).toString(), QStringLiteral("a"));
        QCOMPARE(source.line(2).toString(), QStringLiteral("b"));
        QCOMPARE(source.line(3).toString(), QStringLiteral("c"));
        QCOMPARE(source.line(4).toString(), QStringLiteral("d"));
        QCOMPARE(source.line(5).toString(), QString());
        QCOMPARE(source.lineStartOffset(3), 5);
        QCOMPARE(source.lineForOffset(2), 2);
    }

    void crOnlySpecParsesLikeLf()
    {
        const QString lf =
            QStringLiteral("# Spec\n\nThe system SHALL work.\n\n```text\ncode\n```\n\n"
                           "## Next {#next}\n\nIt MUST NOT fail.\n");
        QString cr = lf;
        cr.replace(u'\n', u'\r');
        const SpecDocument::Ptr a = SpecDocument::parse(lf);
        const SpecDocument::Ptr b = SpecDocument::parse(cr);
        QCOMPARE(b->sections().size(), a->sections().size());
        QCOMPARE(b->statements().size(), a->statements().size());
        QVERIFY(!b->hasProblem(ProblemKind::UnterminatedFence));
        QCOMPARE(b->blocks().size(), a->blocks().size());
        for (qsizetype i = 0; i < a->blocks().size(); ++i) {
            QCOMPARE(b->blocks().at(i).startLine, a->blocks().at(i).startLine);
            QCOMPARE(b->blocks().at(i).endLine, a->blocks().at(i).endLine);
        }
        QCOMPARE(b->sections().at(1).headingLine, a->sections().at(1).headingLine);
    }

    void manyFootnoteReferencesInOneParagraph()
    {
        QByteArray text = "# Notes\n\nText";
        for (int i = 0; i < 100000; ++i)
            text += " [^n]";
        text += "\n\n[^n]: The note.\n";
        const SpecDocument::Ptr doc = SpecDocument::fromUtf8(text);
        QCOMPARE(doc->footnotes().size(), 100001);
        QVERIFY(!doc->footnotes().first().isDefinition);
        QVERIFY(doc->footnotes().last().isDefinition);
    }

    void manyUnclosedAngleBrackets()
    {
        QByteArray a;
        for (int i = 0; i < 400000; ++i)
            a += "a<";
        const SpecDocument::Ptr doc = SpecDocument::fromUtf8("# A\n\n" + a + "\n");
        QCOMPARE(doc->sections().size(), 1);
        const SpecDocument::Ptr closed = SpecDocument::fromUtf8("# A\n\n" + a + ">\n");
        QCOMPARE(closed->sections().size(), 1);
    }

    void manyUnmatchedBacktickRuns()
    {
        QByteArray text = "# A\n\n";
        for (int i = 1; i < 600; ++i)
            text += QByteArray(i, '`') + " TODO ";
        const SpecDocument::Ptr doc = SpecDocument::fromUtf8(text + "\n");
        QCOMPARE(doc->sections().size(), 1);
        // Unmatched runs are no code span: the markers are found.
        QCOMPARE(doc->markers().size(), 599);
        // A matched span still hides its content.
        const SpecDocument::Ptr span = SpecDocument::fromUtf8("# A\n\n`` TODO `` and `TBD`.\n");
        QCOMPARE(span->markers().size(), 0);
    }

    void refusesWhatIsNotARegularFile()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString zero = dir.filePath(QStringLiteral("zero.md"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        const QString folder = dir.filePath(QStringLiteral("folder.md"));
        QVERIFY(QDir().mkpath(folder));
        const QString big = dir.filePath(QStringLiteral("big.md"));
        writeBytes(big, QByteArray(2048, 'x'));

        auto r = BoundedFileReader::read(fifo);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("named pipe")), qPrintable(r.error));
        r = BoundedFileReader::read(zero);
        QVERIFY2(r.error.contains(QStringLiteral("device")), qPrintable(r.error));
        r = BoundedFileReader::read(folder);
        QVERIFY2(r.error.contains(QStringLiteral("directory")), qPrintable(r.error));
        r = BoundedFileReader::read(big, 1024);
        QVERIFY2(r.error.contains(QStringLiteral("larger than")), qPrintable(r.error));
        r = BoundedFileReader::read(big, 4096);
        QVERIFY(r.ok);
        QCOMPARE(r.bytes.size(), 2048);
        r = BoundedFileReader::read(dir.filePath(QStringLiteral("none.md")));
        QVERIFY2(r.error.contains(QStringLiteral("does not exist")), qPrintable(r.error));
        QCOMPARE(BoundedFileReader::describeErrno(ENOSPC), QStringLiteral("the disk is full"));

        const SpecDocument::Ptr doc = SpecDocument::load(fifo);
        QVERIFY(doc->hasProblem(ProblemKind::UnreadableFile));
        QVERIFY(doc->problems().first().message.contains(QStringLiteral("named pipe")));

        // The workspace scan lists them and reports each as what it is.
        const Workspace::Ptr ws = Workspace::load(dir.path());
        const SpecDocument::Ptr listed = ws->document(QStringLiteral("pipe.md"));
        QVERIFY(listed);
        QVERIFY(listed->hasProblem(ProblemKind::UnreadableFile));
        const SpecDocument::Ptr device = ws->document(QStringLiteral("zero.md"));
        QVERIFY(device);
        QVERIFY(device->problems().first().message.contains(QStringLiteral("device")));
    }

    // Found by fuzz_config: toml++ 3.4.0 reaches __builtin_unreachable() on this input.
    void configWithBareNonAsciiIsRejectedBeforeToml()
    {
        const QString text = QStringLiteral("[generate]\noutpute = 1\u0409ague\"\n# caf\u00e9\n"
                                            "t = \"caf\u00e9\"\n");
        const LintConfig lint = LintConfig::fromText(text);
        QCOMPARE(lint.diagnostics().size(), 1);
        QVERIFY2(lint.diagnostics().first().message.contains(QStringLiteral("line 2, column 12")),
                 qPrintable(lint.diagnostics().first().message));
        const GeneratorConfig generators = GeneratorConfig::parse(text, QStringLiteral("/tmp"));
        QCOMPARE(generators.errors.size(), 1);
        QVERIFY(generators.errors.first().contains(QStringLiteral(":2:12:")));
        // A control character or an open string could hide non-ASCII text from this check.
        QCOMPARE(
            LintConfig::fromText(QStringLiteral("a = \"x\u0000\u0409\"\n")).diagnostics().size(),
            1);
        QCOMPARE(LintConfig::fromText(QStringLiteral("a = 1^\"drafts\u0409")).diagnostics().size(),
                 1);
        // Invalid TOML around a string holding such characters is parsed masked (third input).
        QCOMPARE(LintConfig::fromText(QStringLiteral("[lint]\nignore = 0[\"d\u0409\"[\n"))
                     .diagnostics()
                     .size(),
                 1);
        // Non-ASCII text in strings and comments is fine.
        const LintConfig ok = LintConfig::fromText(
            QStringLiteral("# caf\u00e9\n[lint]\nglossary = \"caf\u00e9.md\"\n"));
        QVERIFY(ok.diagnostics().isEmpty());
    }

    void configThatIsAFifoIsRefused()
    {
        QTemporaryDir dir;
        const QString toml = dir.filePath(QStringLiteral("specwright.toml"));
        QCOMPARE(::mkfifo(QFile::encodeName(toml).constData(), 0600), 0);
        const LintConfig config = LintConfig::fromFile(toml);
        QCOMPARE(config.diagnostics().size(), 1);
        QVERIFY(config.diagnostics().first().message.contains(QStringLiteral("named pipe")));
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
