// The 5 MB scenario of issue 16, driven with real events (offscreen): open a 5 MB spec, type,
// scroll, then switch to a small file while the big one's parse, lint and preview are still in
// flight. No view may show the big file's results after the switch, and the text typed into the
// big file lands intact. Then back and forth between the two tabs with clicks and Ctrl+Page Down,
// typing and paging in each: no key is lost and each ends with its own results. (Timings belong
// to the bench, tests/bench/ide_scenario.cpp, not here.)
#include "diagnostic.h"
#include "document_controller.h"
#include "document_tabs.h"
#include "editor_preview_split.h"
#include "intent_outline.h"
#include "main_window.h"
#include "open_documents_integration.h"
#include "preview_view.h"
#include "recovery_store.h"
#include "spec_editor.h"
#include "spec_syntax_highlighter.h"
#include "status_indicators.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <QWheelEvent>
#include <functional>

using namespace Specwright;

class TestBigSpecSwitch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_big;
    QString m_small;
    QString m_bigText;
    QString m_smallText;

    static void writeFile(const QString &path, const QString &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    // A Model-Spec-shaped section: a normative paragraph, a link, a placeholder, an example.
    static QString bigSection(int i)
    {
        return QStringLiteral(
                   "## Rule %1 of the assistant {#rule-%1}\n\n"
                   "The assistant MUST answer question %1 politely and SHOULD cite the "
                   "[policy](#rule-%2). It may be brief; TODO decide whether %1 needs more.\n\n"
                   "- A reply must not reveal private data of user %1.\n"
                   "- A reply should say when it is unsure.\n\n"
                   "**Example**: question %1\n\n"
                   "~~~xml\n<user>\nWhat is rule %1?\n</user>\n"
                   "<assistant> <!-- GOOD -->\nRule %1 says to be polite.\n</assistant>\n~~~\n\n")
            .arg(i)
            .arg(i > 1 ? i - 1 : 1);
    }

    static QStringList outlineTexts(MainWindow &w)
    {
        return TestSupport::treeTexts(w.outline()->tree()->model());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        QDir(RecoveryStore().directory()).removeRecursively();

        m_bigText = QStringLiteral("# The big spec {#big}\n\nEverything the assistant does.\n\n");
        for (int i = 1; m_bigText.size() < 5 * 1024 * 1024; ++i)
            m_bigText += bigSection(i);
        m_big = m_dir.filePath(QStringLiteral("big.md"));
        writeFile(m_big, m_bigText);
        m_smallText = QStringLiteral("# Small spec {#small}\n\n## Only section {#only}\n\n"
                                     "The service MUST log every request.\n");
        m_small = m_dir.filePath(QStringLiteral("small.md"));
        writeFile(m_small, m_smallText);
    }

    void switchingAwayFromABigSpecShowsOnlyTheSmallOne()
    {
        MainWindow w;
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QVERIFY(w.openFile(m_big));
        SpecEditor *editor = w.editor();
        QCOMPARE(editor->document()->characterCount() - 1, m_bigText.size());

        // Type at the start with real key events, scroll with keys and the wheel.
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
        const QString typed = QStringLiteral("Draft. ");
        TestSupport::typeText(editor, typed);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(editor, Qt::Key_PageDown);
        const int before = editor->verticalScrollBar()->value();
        const QPoint centre = editor->viewport()->rect().center();
        for (int i = 0; i < 5; ++i) {
            QWheelEvent wheel(centre, editor->viewport()->mapToGlobal(centre), QPoint(),
                              QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                              false);
            QApplication::sendEvent(editor->viewport(), &wheel);
        }
        QVERIFY(editor->verticalScrollBar()->value() > before);
        QCOMPARE(editor->toPlainText(), typed + m_bigText);
        QVERIFY(w.controller()->state() != DocumentController::State::Idle); // work in flight

        // Switch while the big file's work runs; record everything the views are given.
        QStringList documentsShown, previewsShown, diagnosticFiles;
        connect(w.controller(), &DocumentController::documentChanged, this,
                [&](const SpecDocument::Ptr &doc) { documentsShown.append(doc->filePath()); });
        connect(w.controller(), &DocumentController::diagnosticsChanged, this,
                [&](const QList<Diagnostic> &diagnostics) {
                    for (const Diagnostic &d : diagnostics)
                        diagnosticFiles.append(d.file);
                });
        connect(w.preview(), &PreviewView::renderFinished, this,
                [&] { previewsShown.append(w.preview()->renderedDocument()->filePath()); });
        QVERIFY(w.openFile(m_small));
        // The small file has an editor of its own; the big one's keeps its text and layout.
        QVERIFY(w.editor() != editor);
        QCOMPARE(editor->toPlainText(), typed + m_bigText);
        editor = w.editor();
        QCOMPARE(editor->toPlainText(), m_smallText);
        QVERIFY(editor->hasFocus()); // the keyboard moved along
        // The big file's preview is gone at once, before the small one is rendered.
        QVERIFY(!w.preview()->toPlainText().contains(QLatin1String("Rule 1 of the assistant")));
        TestSupport::typeText(editor, QStringLiteral("x"));
        QTest::keyClick(editor, Qt::Key_Backspace);

        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() && w.controller()->document() &&
                                     w.controller()->document()->filePath() == m_small,
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.preview()->renderedDocument() == w.controller()->document(),
                                 60000);
        // Whatever the big file's workers still finish must not reach a view.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(120000));
        QTest::qWait(200);

        QVERIFY(!documentsShown.isEmpty());
        for (const QString &path : std::as_const(documentsShown))
            QCOMPARE(path, m_small);
        for (const QString &path : std::as_const(previewsShown))
            QVERIFY2(path == m_small, qPrintable(previewsShown.join(u',')));
        for (const QString &path : std::as_const(diagnosticFiles))
            QVERIFY2(path.isEmpty() || path == m_small, qPrintable(path));
        QCOMPARE(w.controller()->document()->filePath(), m_small);
        QCOMPARE(w.preview()->renderedDocument()->filePath(), m_small);
        QVERIFY(!w.preview()->toPlainText().contains(QLatin1String("Rule 1 of the assistant")));
        QVERIFY(w.preview()->toPlainText().contains(QLatin1String("Only section")));
        const QStringList outline = outlineTexts(w);
        QVERIFY2(outline.join(u'|').contains(QLatin1String("Only section")),
                 qPrintable(outline.join(u'|')));
        QVERIFY2(!outline.join(u'|').contains(QLatin1String("Rule 1")),
                 qPrintable(outline.join(u'|')));
        QVERIFY(outline.size() <= 3);
        QCOMPARE(w.controller()->wordCount(), DocumentController::countWords(m_smallText));
        QCOMPARE(editor->toPlainText(), m_smallText);
    }

    // Back and forth between the 5 MB tab and a small one with real events (a click on the
    // tab bar, Ctrl+Page Down), typing in each and paging in the big one meanwhile: no key is
    // lost, and each view ends with its own file's results.
    void switchingTabsBackAndForthKeepsEachFilesResults()
    {
        MainWindow w;
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1200, 800);
        // Editor only: the 5 MB preview (half a minute of a worker per render, checked by
        // the first test) would keep the pool busy long after the test.
        w.centralSplit()->setMode(EditorPreviewSplit::Mode::EditorOnly);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_big));
        SpecEditor *bigEditor = w.editor();
        // The big text is coloured from the event loop, not inside the open.
        QVERIFY(SpecSyntaxHighlighter::of(bigEditor->document())->isColouring());
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() && w.controller()->document() &&
                                     w.controller()->document()->filePath() == m_big,
                                 120000);
        QVERIFY(w.openFile(m_small));
        auto *tabs = w.findChild<OpenDocumentsIntegration *>()->tabs();
        QCOMPARE(tabs->count(), 2);

        QString bigTyped, smallTyped;
        for (int round = 0; round < 2; ++round) {
            // To the big file with a click on its tab; type, page down, type.
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
            QCOMPARE(w.session()->filePath(), m_big);
            // Its own editor, as it was left: no new layout of the 5 MB buffer.
            QCOMPARE(w.editor(), bigEditor);
            SpecEditor *editor = w.editor();
            editor->setFocus();
            QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
            const QString word = QStringLiteral("big%1 ").arg(round);
            TestSupport::typeText(editor, word);
            bigTyped += word;
            for (int i = 0; i < 20; ++i)
                QTest::keyClick(editor, Qt::Key_PageDown);
            QVERIFY(editor->verticalScrollBar()->value() > 0);
            // To the small one with Go > Next Document; type at its end.
            QTest::keyClick(editor, Qt::Key_PageDown, Qt::ControlModifier);
            QCOMPARE(w.session()->filePath(), m_small);
            QVERIFY(w.editor() != bigEditor);
            editor = w.editor();
            QVERIFY(editor->hasFocus());
            QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
            const QString more = QStringLiteral(" Small%1.").arg(round);
            TestSupport::typeText(editor, more);
            smallTyped += more;
            QTest::qWait(50);
        }
        // The small one is shown: its text, model, outline and word count.
        const QString smallNow = m_smallText + smallTyped;
        QCOMPARE(w.editor()->toPlainText(), smallNow);
        QTRY_VERIFY_WITH_TIMEOUT(
            w.controller()->isCurrent() && w.controller()->document()->text() == smallNow, 60000);
        QCOMPARE(w.controller()->wordCount(), DocumentController::countWords(smallNow));
        QVERIFY(outlineTexts(w).join(u'|').contains(QLatin1String("Only section")));
        QVERIFY(!outlineTexts(w).join(u'|').contains(QLatin1String("Rule 1")));

        // Back to the big one: every typed key is there, and its own results follow.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(0).center());
        QString bigNow = m_bigText;
        for (int round = 0; round < 2; ++round)
            bigNow.prepend(QStringLiteral("big%1 ").arg(round));
        QCOMPARE(w.editor(), bigEditor);
        QCOMPARE(bigEditor->toPlainText(), bigNow);
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() &&
                                     w.controller()->document()->filePath() == m_big &&
                                     w.controller()->document()->text() == bigNow,
                                 120000);
        QVERIFY(outlineTexts(w).join(u'|').contains(QLatin1String("Rule 1 of the assistant")));
        for (const Diagnostic &d : w.controller()->diagnostics())
            QVERIFY2(d.file.isEmpty() || d.file == m_big, qPrintable(d.file));
        QCOMPARE(w.controller()->wordCount(), DocumentController::countWords(bigNow));
        QVERIFY(!bigTyped.isEmpty());
    }
};

QTEST_MAIN(TestBigSpecSwitch)
#include "tst_big_spec_switch.moc"
