// Opening a big spec (DocumentManager::openFileSoon, behind File > Open, recent files, drops
// and the command line): the file is read, decoded and put into its buffer on a worker
// (LoadedBuffer), the window stays usable meanwhile, and the file is shown when it is ready.
// Driven with real key events under offscreen; no timing is asserted (the bench times it).
#include "document_manager.h"
#include "document_session.h"
#include "main_window.h"
#include "open_document.h"
#include "open_documents.h"
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

using namespace Specwright;

class TestBigSpecOpen : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_big;
    QString m_other;
    QString m_small;
    QByteArray m_bigBytes;
    QString m_bigText;

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Over DocumentManager::kLoadInBackgroundFrom, with a few \r\n among the \n and
    // characters QTextDocument would rewrite (U+00A0, U+2028), which a save must keep.
    static QByteArray bigSpec(const QByteArray &title)
    {
        QByteArray text = "# " + title + " {#big}\n\nEverything the service does.\n\n";
        for (int i = 1; text.size() < 700 * 1024; ++i) {
            const QByteArray n = QByteArray::number(i);
            text += "## Rule " + n + " {#rule-" + n + "}\n\nThe service MUST answer request " + n +
                    " and SHOULD log it.\xc2\xa0Really.\n" + (i % 97 == 0 ? "\r\n" : "\n") +
                    "- a line\xe2\x80\xa8with a separator\n\n";
        }
        return text;
    }

    static OpenDocuments *openDocuments(MainWindow &w) { return w.documents()->openDocuments(); }

    static bool loaded(MainWindow &w, const QString &path)
    {
        return w.documents()->loadingCount() == 0 && w.session()->filePath() == path;
    }

    static void prepare(MainWindow &w)
    {
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1000, 700);
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
        m_bigBytes = bigSpec("The big spec");
        m_bigText = QString::fromUtf8(m_bigBytes);
        m_big = QDir(m_dir.path()).absoluteFilePath(QStringLiteral("big.md"));
        writeFile(m_big, m_bigBytes);
        m_other = QDir(m_dir.path()).absoluteFilePath(QStringLiteral("other.md"));
        writeFile(m_other, bigSpec("The other spec"));
        m_small = QDir(m_dir.path()).absoluteFilePath(QStringLiteral("small.md"));
        writeFile(m_small, "# Small {#small}\n\nThe service MUST log.\n");
    }

    void cleanup() { QVERIFY(QThreadPool::globalInstance()->waitForDone(120000)); }

    // The start-up window: the untitled document gives way to the big file once it is read;
    // its text is exactly the file's, unmodified, with no undo step; a save writes the bytes.
    void aBigFileIsShownWhenReadAndSavesByteForByte()
    {
        MainWindow w;
        prepare(w);
        SpecEditor *untitled = w.editor();
        w.openPath(m_big);
        QVERIFY(w.documents()->loadingCount() == 1 || w.session()->filePath() == m_big);
        SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("big_open_loading.png"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, m_big), 60000);
        QCOMPARE(openDocuments(w)->count(), 1); // the untitled one gave way
        QVERIFY(w.editor() != untitled);
        QTextDocument *buffer = w.editor()->document();
        QCOMPARE(buffer->characterCount() - 1, m_bigText.size() - m_bigText.count(u'\r'));
        QVERIFY(!buffer->isModified());
        QVERIFY(!buffer->isUndoAvailable());
        QCOMPARE(w.session()->text(), m_bigText);
        QVERIFY(w.isVisible() && w.editor()->isVisible());
        QTest::qWait(100); // a paint with the first lines coloured
        SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("big_open_loaded.png"));

        // Typing goes into it and is saved, the rest byte for byte.
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_Home, Qt::ControlModifier);
        TestSupport::typeText(w.editor(), QStringLiteral("Draft. "));
        QVERIFY(buffer->isModified());
        QVERIFY(w.documents()->save());
        QCOMPARE(readFile(m_big), "Draft. " + m_bigBytes);
        writeFile(m_big, m_bigBytes);
    }

    // Keys typed while the big file loads go to the document on show (here a small file),
    // never into the big one; the big one then opens in a tab of its own.
    void keysTypedWhileLoadingStayInTheShownDocument()
    {
        MainWindow w;
        prepare(w);
        QVERIFY(w.openFile(m_small));
        SpecEditor *small = w.editor();
        small->setFocus();
        QTest::keyClick(small, Qt::Key_End, Qt::ControlModifier);
        w.openPath(m_big);
        QVERIFY(w.documents()->loadingCount() == 1);
        QCOMPARE(w.session()->filePath(), m_small); // still on show
        TestSupport::typeText(small, QStringLiteral("typed"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, m_big), 60000);
        QCOMPARE(openDocuments(w)->count(), 2);
        QCOMPARE(w.session()->text(), m_bigText);
        OpenDocument *smallDocument = openDocuments(w)->find(m_small);
        QVERIFY(smallDocument);
        QCOMPARE(smallDocument->session()->text(),
                 QStringLiteral("# Small {#small}\n\nThe service MUST log.\ntyped"));
        // And an untitled document typed into while loading stays too.
        MainWindow fresh;
        prepare(fresh);
        fresh.editor()->setFocus();
        fresh.openPath(m_big);
        TestSupport::typeText(fresh.editor(), QStringLiteral("notes"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded(fresh, m_big), 60000);
        QCOMPARE(openDocuments(fresh)->count(), 2);
        QCOMPARE(openDocuments(fresh)->documents().first()->session()->text(),
                 QStringLiteral("notes"));
    }

    // Opening other files while one loads: a small one shows at once, a second big one loads
    // beside it; each ends in a tab of its own with its own text. Opening the loading file
    // again, or an open one, adds no tab.
    void openingOtherFilesWhileOneLoads()
    {
        MainWindow w;
        prepare(w);
        w.openPath(m_big);
        w.openPath(m_other);
        w.openPath(m_big); // loading already
        w.openPath(m_small);
        QCOMPARE(w.session()->filePath(), m_small); // small files open at once
        QTRY_VERIFY_WITH_TIMEOUT(w.documents()->loadingCount() == 0, 60000);
        QCOMPARE(openDocuments(w)->count(), 3);
        QVERIFY(openDocuments(w)->find(m_big));
        QVERIFY(openDocuments(w)->find(m_other));
        QCOMPARE(openDocuments(w)->find(m_big)->session()->text(), m_bigText);
        QCOMPARE(openDocuments(w)->find(m_other)->session()->text(),
                 QString::fromUtf8(readFile(m_other)));
        // Reopening an open file shows it, without a new tab or a reload.
        openDocuments(w)->setCurrent(openDocuments(w)->find(m_small));
        w.openPath(m_big);
        QCOMPARE(w.session()->filePath(), m_big);
        QCOMPARE(w.documents()->loadingCount(), 0);
        QCOMPARE(openDocuments(w)->count(), 3);
        // Recent files list it (File > Open Recent).
        QVERIFY(w.session()->recentFiles().contains(m_big));
    }

    // A big file that is not valid UTF-8 is read as the synchronous open reads it (a legacy
    // 8-bit encoding, named in the status bar) and a save writes its bytes back unchanged.
    void invalidUtf8ReadsAsTheSynchronousOpenDoes()
    {
        const QString path = QDir(m_dir.path()).absoluteFilePath(QStringLiteral("legacy.md"));
        QByteArray bytes = m_bigBytes;
        bytes.insert(bytes.size() / 2, "caf\xe9 \xff\xfe broken \xc3");
        writeFile(path, bytes);
        MainWindow sync;
        prepare(sync);
        QVERIFY(sync.openFile(path)); // the reference: read on the UI thread
        MainWindow w;
        prepare(w);
        w.openPath(path);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(w, path), 60000);
        QVERIFY(w.session()->encoding().name != QLatin1String("UTF-8"));
        QCOMPARE(w.session()->encoding().name, sync.session()->encoding().name);
        QCOMPARE(w.session()->text(), sync.session()->text());
        w.editor()->setFocus();
        TestSupport::typeText(w.editor(), QStringLiteral("x"));
        QTest::keyClick(w.editor(), Qt::Key_Backspace);
        QVERIFY(w.documents()->save());
        QCOMPARE(readFile(path), bytes);
    }

    // Closing the window while a big file loads: the worker's buffer is dropped, not shown
    // anywhere, and nothing is left running.
    void closingWhileLoadingDropsTheBuffer()
    {
        {
            MainWindow w;
            prepare(w);
            w.openPath(m_big);
            QCOMPARE(w.documents()->loadingCount(), 1);
        }
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QTest::qWait(50); // a dropped result's queued call, if any
        MainWindow w;
        prepare(w);
        QVERIFY(w.session()->filePath().isEmpty());
    }
};

QTEST_MAIN(TestBigSpecOpen)
#include "tst_big_spec_open.moc"
