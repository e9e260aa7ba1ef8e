// Tab switches with real events (Go > Next Document, Ctrl+Page Down): after each switch the
// Problems table, the outline and the preview show the document on show, never the other one,
// also when switching back and forth while an edit's parse, lint and render are in flight; a
// document shown again has its findings and outline at once (each buffer keeps its own table
// and tree instead of refilling them). Timings belong to the bench (tests/bench/ide_scenario).
#include "diagnostic.h"
#include "diagnostic_table_model.h"
#include "document_controller.h"
#include "intent_outline.h"
#include "main_window.h"
#include "preview_view.h"
#include "problems_panel.h"
#include "recovery_store.h"
#include "spec_editor.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <functional>

using namespace Specwright;

class TestSwitchPanels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_alpha;
    QString m_beta;

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    // Sections named after the document, each with findings (a placeholder, a broken link).
    static QString specText(const QString &name, int sections)
    {
        QString text =
            QStringLiteral("# %1 spec {#%2}\n\nWhat %1 does.\n\n").arg(name, name.toLower());
        for (int i = 1; i <= sections; ++i)
            text += QStringLiteral("## %1 rule %2 {#%3-%2}\n\n"
                                   "The %1 service MUST log request %2. TODO say where; see "
                                   "[the policy](#%3-missing-%2).\n\n")
                        .arg(name)
                        .arg(i)
                        .arg(name.toLower());
        return text;
    }

    static QStringList outlineTitles(MainWindow &w)
    {
        return TestSupport::treeTexts(w.outline()->tree()->model());
    }

    static QStringList problemFiles(ProblemsPanel *panel)
    {
        QStringList files;
        const QAbstractItemModel *model = panel->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            files.append(model->index(row, DiagnosticTableModel::FileColumn)
                             .data(DiagnosticTableModel::FilePathRole)
                             .toString());
        return files;
    }

    // What every view shows belongs to `path`, never to the document named `other`; a view
    // may be empty until the results of `path` arrive.
    void verifyShowsOnly(MainWindow &w, const QString &path, const QString &other)
    {
        QCOMPARE(w.session()->filePath(), path);
        auto *panel = w.findChild<ProblemsPanel *>();
        for (const Diagnostic &d : panel->diagnostics())
            QVERIFY2(d.file.isEmpty() || d.file == path, qPrintable(d.file));
        for (const QString &file : problemFiles(panel))
            QVERIFY2(file.isEmpty() || file == path, qPrintable(file));
        const QString titles = outlineTitles(w).join(u'|');
        QVERIFY2(!titles.contains(other), qPrintable(titles));
        QVERIFY(!w.outline()->document() || w.outline()->document()->filePath() == path);
        const SpecDocument::Ptr rendered = w.preview()->renderedDocument();
        const QString renderedPath = rendered ? rendered->filePath() : path;
        QVERIFY2(renderedPath == path, qPrintable(renderedPath));
        const QString previewText = w.preview()->toPlainText();
        QVERIFY2(!previewText.contains(other + QStringLiteral(" rule")),
                 qPrintable(previewText.left(200)));
    }

    // The document on show has all its results: findings, outline and preview.
    void waitForResults(MainWindow &w, const QString &path, const QString &name)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isCurrent() && w.controller()->document() &&
                                     w.controller()->document()->filePath() == path,
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(w.preview()->renderedDocument() == w.controller()->document(),
                                 60000);
        auto *panel = w.findChild<ProblemsPanel *>();
        QTRY_COMPARE_WITH_TIMEOUT(panel->diagnostics().size(), w.controller()->diagnostics().size(),
                                  20000);
        QVERIFY(!panel->diagnostics().isEmpty());
        QVERIFY(outlineTitles(w).join(u'|').contains(name + QStringLiteral(" rule 1")));
        QTRY_VERIFY(w.preview()->toPlainText().contains(name + QStringLiteral(" rule 1")));
    }

    static void nextDocument(MainWindow &w)
    {
        SpecEditor *editor = w.editor();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_PageDown, Qt::ControlModifier); // Go > Next Document
    }

    // Shown at a fixed size, answering "discard" to any question about unsaved text.
    static void showWindow(MainWindow &w)
    {
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        QDir(RecoveryStore().directory()).removeRecursively();
        m_alpha = writeFile(QStringLiteral("alpha.md"), specText(QStringLiteral("Alpha"), 600));
        m_beta = writeFile(QStringLiteral("beta.md"), specText(QStringLiteral("Beta"), 3));
        QVERIFY(!m_alpha.isEmpty() && !m_beta.isEmpty());
    }

    // Switching back and forth: each panel follows at once and ends with its own results.
    void panelsFollowEverySwitch()
    {
        MainWindow w;
        showWindow(w);
        auto *panel = w.findChild<ProblemsPanel *>();
        QVERIFY(panel);

        QVERIFY(w.openFile(m_alpha));
        waitForResults(w, m_alpha, QStringLiteral("Alpha"));
        const qsizetype alphaFindings = panel->diagnostics().size();
        QVERIFY(alphaFindings >= 600);
        QVERIFY(w.openFile(m_beta));
        verifyShowsOnly(w, m_beta, QStringLiteral("Alpha"));
        waitForResults(w, m_beta, QStringLiteral("Beta"));
        const qsizetype betaFindings = panel->diagnostics().size();
        QVERIFY(betaFindings < alphaFindings);

        // Shown again, a document has its findings and outline at once, sorted as before.
        for (int i = 0; i < 4; ++i) {
            nextDocument(w);
            const bool alpha = i % 2 == 0;
            const QString path = alpha ? m_alpha : m_beta;
            const QString name = alpha ? QStringLiteral("Alpha") : QStringLiteral("Beta");
            const QString other = alpha ? QStringLiteral("Beta") : QStringLiteral("Alpha");
            verifyShowsOnly(w, path, other);
            QCOMPARE(panel->diagnostics().size(), alpha ? alphaFindings : betaFindings);
            QCOMPARE(panel->view()->model()->rowCount(), int(alpha ? alphaFindings : betaFindings));
            QVERIFY(outlineTitles(w).join(u'|').contains(name + QStringLiteral(" rule 1")));
            if (alpha)
                SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("switch-panels-alpha.png"));
            QTest::qWait(30);
            verifyShowsOnly(w, path, other);
        }
        QCOMPARE(w.session()->filePath(), m_beta);
        SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("switch-panels-beta.png"));
    }

    // An edit in each, then quick switches while its parse, lint and render are in flight:
    // after every switch nothing of the other document is on show, and each ends with the
    // results of its edited text.
    void quickSwitchesWhileWorkIsInFlight()
    {
        MainWindow w;
        showWindow(w);
        auto *panel = w.findChild<ProblemsPanel *>();
        QVERIFY(w.openFile(m_alpha));
        waitForResults(w, m_alpha, QStringLiteral("Alpha"));
        QVERIFY(w.openFile(m_beta));
        waitForResults(w, m_beta, QStringLiteral("Beta"));

        QStringList docsGiven;
        connect(w.controller(), &DocumentController::documentChanged, this,
                [&](const SpecDocument::Ptr &doc) {
                    // Whatever the views are handed belongs to the buffer being shown.
                    docsGiven.append(doc->filePath() == w.controller()->filePath()
                                         ? QStringLiteral("ok")
                                         : doc->filePath());
                });
        for (int i = 0; i < 11; ++i) { // from beta, ending on alpha
            // Edit the shown one (a new finding), then switch before its results arrive.
            SpecEditor *editor = w.editor();
            editor->setFocus();
            QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
            TestSupport::typeText(editor, QStringLiteral("\n\nTODO %1.\n").arg(i));
            QTest::qWait(i % 3 == 0 ? 0 : 15 * i); // sometimes mid-parse, sometimes mid-render
            nextDocument(w);
            const bool alpha = w.session()->filePath() == m_alpha;
            verifyShowsOnly(w, alpha ? m_alpha : m_beta,
                            alpha ? QStringLiteral("Beta") : QStringLiteral("Alpha"));
        }
        QCOMPARE(w.session()->filePath(), m_alpha);
        waitForResults(w, m_alpha, QStringLiteral("Alpha"));
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QTest::qWait(100);
        verifyShowsOnly(w, m_alpha, QStringLiteral("Beta"));
        // Its edits are checked: the findings are those of the edited text.
        QCOMPARE(w.controller()->document()->text(), w.editor()->toPlainText());
        QCOMPARE(panel->diagnostics().size(), w.controller()->diagnostics().size());
        for (const QString &given : std::as_const(docsGiven))
            QCOMPARE(given, QStringLiteral("ok"));
        nextDocument(w);
        waitForResults(w, m_beta, QStringLiteral("Beta"));
        verifyShowsOnly(w, m_beta, QStringLiteral("Alpha"));
        QCOMPARE(w.controller()->document()->text(), w.editor()->toPlainText());
        SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("switch-panels-in-flight.png"));
    }
};

QTEST_MAIN(TestSwitchPanels)
#include "tst_switch_panels.moc"
