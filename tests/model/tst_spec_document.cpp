// SpecDocument on small fixtures: every construct of the model, and bad input.
#include "spec_document.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <thread>
#include <vector>

using namespace Specwright;

namespace {

const char *const kSpec = R"(# Spec {#spec}

Intro text.

## Be honest {#be_honest authority=root .core}

The assistant MUST NOT lie. It should explain its reasoning when asked.
It may decline. See [?](#be_kind) and [the other](#missing_id).

**Example**: a plain question

~~~xml
<user>
Is the sky green?
</user>
<comparison>
<assistant> <!-- GOOD -->
No, it is usually blue.
</assistant>
<assistant> <!-- BAD#be_honest: states a falsehood -->
Yes.
</assistant>
<assistant> <!-- OK: terse -->
No.
</assistant>
</comparison>
~~~

### Details

Setext below.

Be kind
-------

Plain words here[^abcd].

## Be honest

Same title again.
)";

} // namespace

class TestSpecDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sectionTree()
    {
        const auto doc = SpecDocument::parse(QString::fromUtf8(kSpec));
        QCOMPARE(doc->sections().size(), 5);
        const Section &spec = doc->sections().at(0);
        QCOMPARE(spec.title, QStringLiteral("Spec"));
        QCOMPARE(spec.id, QStringLiteral("spec"));
        QVERIFY(spec.explicitId);
        QCOMPARE(spec.children, (QList<int>{1, 3, 4}));
        const Section &honest = doc->sections().at(1);
        QCOMPARE(honest.title, QStringLiteral("Be honest"));
        QCOMPARE(honest.id, QStringLiteral("be_honest"));
        QCOMPARE(honest.level, 2);
        QCOMPARE(honest.attribute(QStringLiteral("authority")), QStringLiteral("root"));
        QCOMPARE(honest.attribute(QStringLiteral("class")), QStringLiteral("core"));
        QCOMPARE(honest.headingLine, 5);
        QCOMPARE(honest.children, QList<int>{2});
        QCOMPARE(honest.attributeRange.startLine, 5);
        QCOMPARE(
            doc->text().mid(honest.attributeRange.startOffset,
                            honest.attributeRange.endOffset - honest.attributeRange.startOffset),
            QStringLiteral("{#be_honest authority=root .core}"));
        const Section &details = doc->sections().at(2);
        QCOMPARE(details.id, QStringLiteral("details"));
        QCOMPARE(details.parent, 1);
        QCOMPARE(details.level, 3);
        QCOMPARE(honest.endLine, details.bodyEndLine); // ends before "Be kind"
        const Section &kind = doc->sections().at(3);
        QCOMPARE(kind.title, QStringLiteral("Be kind"));
        QCOMPARE(kind.id, QStringLiteral("be-kind"));
        QCOMPARE(kind.headingLine, 33);
        // the second "Be honest" gets GitHub's -1 suffix, not a clash with the explicit id
        QCOMPARE(doc->sections().at(4).id, QStringLiteral("be-honest"));
        QCOMPARE(doc->sections().at(4).endLine, doc->source().lineCount());
        QCOMPARE(doc->topLevelSections(), QList<int>{0});
        QCOMPARE(doc->sectionAtLine(7), 1);
        QCOMPARE(doc->sectionAtLine(32), 2);
        QCOMPARE(doc->sectionAtLine(1), 0);
        QCOMPARE(doc->sectionPath(2),
                 (QStringList{QStringLiteral("Spec"), QStringLiteral("Be honest"),
                              QStringLiteral("Details")}));
    }

    // The binary search answers as the definition does (the deepest section whose heading is at
    // or above the line and whose range holds it) on every line of every spec in the test data.
    void sectionAtLineMatchesItsDefinitionOnEveryLine()
    {
        QDirIterator files(QStringLiteral(SPECWRIGHT_TEST_DATA), {QStringLiteral("*.md")},
                           QDir::Files, QDirIterator::Subdirectories);
        int compared = 0;
        while (files.hasNext()) {
            const SpecDocument::Ptr doc = SpecDocument::load(files.next());
            QVERIFY(doc);
            const QList<Section> &sections = doc->sections();
            for (int line = 0; line <= doc->source().lineCount() + 1; ++line) {
                int deepest = -1;
                for (int i = 0; i < sections.size(); ++i)
                    if (sections.at(i).headingLine <= line && line <= sections.at(i).endLine)
                        deepest = i;
                QCOMPARE(doc->sectionAtLine(line), deepest);
                ++compared;
            }
        }
        QVERIFY(compared > 1000);
    }

    void statementsWithModalityAndNegation()
    {
        const auto doc = SpecDocument::parse(QString::fromUtf8(kSpec));
        QCOMPARE(doc->statements().size(), 3);
        const Statement &lie = doc->statements().at(0);
        QCOMPARE(lie.keyword, QStringLiteral("MUST NOT"));
        QCOMPARE(lie.modality, Modality::MustNot);
        QVERIFY(lie.negated);
        QVERIFY(lie.upperCaseKeyword);
        QCOMPARE(lie.text, QStringLiteral("The assistant MUST NOT lie."));
        QCOMPARE(lie.section, 1);
        QCOMPARE(lie.range.startLine, 7);
        QCOMPARE(lie.keywordRange.startColumn, 15);
        const Statement &explain = doc->statements().at(1);
        QCOMPARE(explain.modality, Modality::Should);
        QVERIFY(!explain.negated);
        QVERIFY(!explain.upperCaseKeyword);
        const Statement &decline = doc->statements().at(2);
        QCOMPARE(decline.modality, Modality::May);
        QCOMPARE(decline.range.startLine, 8);
        QCOMPARE(doc->sections().at(1).statements, (QList<int>{0, 1, 2}));
    }

    void examplesWithLabels()
    {
        const auto doc = SpecDocument::parse(QString::fromUtf8(kSpec));
        QCOMPARE(doc->examples().size(), 1);
        const Example &ex = doc->examples().first();
        QCOMPARE(ex.title, QStringLiteral("a plain question"));
        QCOMPARE(ex.section, 1);
        QCOMPARE(ex.language, QStringLiteral("xml"));
        QCOMPARE(ex.turns.size(), 4);
        QCOMPARE(ex.comparisonCount, 1);
        QCOMPARE(ex.turns.at(0).role, QStringLiteral("user"));
        QCOMPARE(ex.turns.at(0).text, QStringLiteral("Is the sky green?"));
        QVERIFY(!ex.turns.at(0).inComparison);
        QCOMPARE(ex.turns.at(1).label, AnswerLabel::Good);
        QCOMPARE(ex.turns.at(1).text, QStringLiteral("No, it is usually blue."));
        QCOMPARE(ex.turns.at(2).label, AnswerLabel::Bad);
        QCOMPARE(ex.turns.at(2).violatedSection, QStringLiteral("be_honest"));
        QCOMPARE(ex.turns.at(2).rationale, QStringLiteral("states a falsehood"));
        QCOMPARE(ex.turns.at(3).label, AnswerLabel::Ok);
        QCOMPARE(ex.turns.at(3).rationale, QStringLiteral("terse"));
        QVERIFY(ex.turns.at(3).inComparison);
        QCOMPARE(ex.range.startLine, 10);
        QCOMPARE(ex.range.endLine, 27);
        QVERIFY(ex.problems.isEmpty());
        QCOMPARE(doc->sections().at(1).examples, QList<int>{0});
        QCOMPARE(doc->examplesOf(0, true), QList<int>{0});
        QVERIFY(doc->examplesOf(0, false).isEmpty());
    }

    void referencesResolveWithinTheFile()
    {
        const auto doc = SpecDocument::parse(QString::fromUtf8(kSpec));
        QCOMPARE(doc->references().size(), 2);
        const Reference &q = doc->references().at(0);
        QCOMPARE(q.kind, ReferenceKind::QuestionMark);
        QCOMPARE(q.targetId, QStringLiteral("be_kind"));
        QCOMPARE(q.state, ResolutionState::Unresolved); // the slug is be-kind
        const Reference &missing = doc->references().at(1);
        QCOMPARE(missing.kind, ReferenceKind::Section);
        QCOMPARE(missing.text, QStringLiteral("the other"));
        QCOMPARE(missing.state, ResolutionState::Unresolved);
        QCOMPARE(missing.range.startLine, 8);

        const auto fixed = SpecDocument::parse(
            QStringLiteral("# A {#a}\n\nSee [?](#b) and [x](other.md#c).\n\n# B {#b}\n"));
        QCOMPARE(fixed->references().at(0).state, ResolutionState::Resolved);
        QCOMPARE(fixed->references().at(0).resolvedTitle, QStringLiteral("B"));
        QCOMPARE(fixed->references().at(1).kind, ReferenceKind::File);
        QCOMPARE(fixed->references().at(1).targetFile, QStringLiteral("other.md"));
        QCOMPARE(fixed->references().at(1).targetId, QStringLiteral("c"));
        QCOMPARE(fixed->references().at(1).state, ResolutionState::Unchecked);
    }

    void referencesInCodeAreIgnored()
    {
        const auto doc = SpecDocument::parse(QStringLiteral(
            "# A\n\nText `[?](#nope)` and [web](https://example.org).\n\n```\n[?](#nope)\n```\n"));
        QCOMPARE(doc->references().size(), 1);
        QCOMPARE(doc->references().first().kind, ReferenceKind::External);
    }

    void footnoteTagsLinkToExampleFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("examples")));
        QFile f(dir.filePath(QStringLiteral("examples/abcd.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Examples for [^abcd]\n");
        f.close();
        const QString path = dir.filePath(QStringLiteral("spec.md"));
        const auto doc = SpecDocument::parse(
            QString::fromUtf8(kSpec) + QStringLiteral("\nMore[^zzzz].\n"), path);
        QCOMPARE(doc->footnotes().size(), 2);
        QCOMPARE(doc->footnotes().at(0).tag, QStringLiteral("abcd"));
        QCOMPARE(doc->footnotes().at(0).examplesFile, QDir::cleanPath(f.fileName()));
        QCOMPARE(doc->footnotes().at(0).section, 3);
        QVERIFY(doc->footnotes().at(1).examplesFile.isEmpty());
    }

    void markers()
    {
        const auto doc = SpecDocument::parse(
            QStringLiteral("# Feature: [FEATURE NAME]\n\n- **FR-006**: System MUST use [NEEDS "
                           "CLARIFICATION: which method?]\n"
                           "- TODO write this. TBD later.\n\n`TODO in code`\n"));
        QCOMPARE(doc->markers().size(), 4);
        QCOMPARE(doc->markers().at(0).kind, MarkerKind::Placeholder);
        QCOMPARE(doc->markers().at(0).text, QStringLiteral("[FEATURE NAME]"));
        QCOMPARE(doc->markers().at(1).kind, MarkerKind::NeedsClarification);
        QCOMPARE(doc->markers().at(1).range.startLine, 3);
        QCOMPARE(doc->markers().at(2).kind, MarkerKind::Todo);
        QCOMPARE(doc->markers().at(3).kind, MarkerKind::Tbd);
        QCOMPARE(doc->statements().first().requirementId, QStringLiteral("FR-006"));
    }

    void admonitionsAreCommentary()
    {
        const auto doc =
            SpecDocument::parse(QStringLiteral("# A\n\n!!! meta \"Commentary\"\n    The assistant "
                                               "should not see this as a rule. See [?](#a).\n\n"
                                               "    Second paragraph.\n\nAfter.\n"));
        QCOMPARE(doc->admonitions().size(), 1);
        QCOMPARE(doc->admonitions().first().type, QStringLiteral("meta"));
        QCOMPARE(doc->admonitions().first().title, QStringLiteral("Commentary"));
        QCOMPARE(doc->admonitions().first().startLine, 3);
        QCOMPARE(doc->admonitions().first().endLine, 6);
        QVERIFY(doc->statements().isEmpty());
        QCOMPARE(doc->references().size(), 1);
        QCOMPARE(doc->references().first().state, ResolutionState::Resolved);
    }

    void invalidUtf8IsRecorded()
    {
        const QByteArray bytes("# Title\n\nline \xff\xfe here\n");
        const auto doc = SpecDocument::fromUtf8(bytes, QStringLiteral("bad.md"));
        QVERIFY(doc->hasProblem(ProblemKind::InvalidUtf8));
        QCOMPARE(doc->problems().first().line, 3);
        QCOMPARE(doc->sections().size(), 1);
        QVERIFY(doc->text().contains(QChar(QChar::ReplacementCharacter)));
    }

    void emptyAndUnreadableFiles()
    {
        const auto empty = SpecDocument::parse(QString());
        QVERIFY(empty->hasProblem(ProblemKind::EmptyFile));
        QVERIFY(empty->sections().isEmpty());
        const auto missing = SpecDocument::load(QStringLiteral("/nonexistent/spec.md"));
        QVERIFY(missing->hasProblem(ProblemKind::UnreadableFile));
        QVERIFY(
            missing->problems().first().message.contains(QStringLiteral("/nonexistent/spec.md")));
    }

    void hugeLinesAndUnterminatedFences()
    {
        const QString huge = QStringLiteral("# A\n\n") + QString(200000, u'x') +
                             QStringLiteral(" must\n\n~~~xml\n<user>\nhi\n");
        const auto doc = SpecDocument::parse(huge);
        QVERIFY(doc->hasProblem(ProblemKind::HugeLine));
        QVERIFY(doc->hasProblem(ProblemKind::UnterminatedFence));
        QCOMPARE(doc->sections().size(), 1);
        QCOMPARE(doc->statements().size(), 1);
    }

    void duplicateIds()
    {
        const auto doc =
            SpecDocument::parse(QStringLiteral("# A {#x}\n\n# B {#x}\n\n# C {#y key}\n"));
        QVERIFY(doc->hasProblem(ProblemKind::DuplicateId));
        QVERIFY(doc->hasProblem(ProblemKind::MalformedAttributes));
        QCOMPARE(doc->sectionIndexById(QStringLiteral("x")), 0);
        QCOMPARE(doc->sections().at(1).id, QStringLiteral("x"));
        QCOMPARE(doc->sections().at(2).id, QStringLiteral("y"));
    }

    void utf16Columns()
    {
        const auto doc =
            SpecDocument::parse(QStringLiteral("# Größe\n\nÜber alles: it MUST work.\n"));
        const Statement &s = doc->statements().first();
        QCOMPARE(s.keywordRange.startLine, 3);
        QCOMPARE(s.keywordRange.startColumn, 16);
        QCOMPARE(doc->text().mid(s.keywordRange.startOffset, 4), QStringLiteral("MUST"));
        QCOMPARE(doc->sections().first().id, QStringLiteral("größe"));
    }

    void parsingIsThreadSafe()
    {
        QString big;
        for (int i = 0; i < 200; ++i)
            big += QString::fromUtf8(kSpec).replace(QStringLiteral("be_honest"),
                                                    QStringLiteral("be_honest_%1").arg(i));
        const auto reference = SpecDocument::parse(big);
        std::vector<std::thread> threads;
        std::vector<int> counts(4);
        for (int t = 0; t < 4; ++t)
            threads.emplace_back(
                [&, t] { counts[t] = int(SpecDocument::parse(big)->examples().size()); });
        for (auto &th : threads)
            th.join();
        for (int c : counts)
            QCOMPARE(c, int(reference->examples().size()));
        QCOMPARE(reference->examples().size(), 200);
    }
};

QTEST_GUILESS_MAIN(TestSpecDocument)
#include "tst_spec_document.moc"
