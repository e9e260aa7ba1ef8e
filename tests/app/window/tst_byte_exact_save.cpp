// Saves write exactly the user's text: opening and saving an unchanged file through the real
// window and editor is byte-identical (U+00A0, U+2028, U+2029, U+FDD0, CRLF, CR, mixed line
// ends, BOM), an edit changes only the edited bytes, and unreadable paths are refused clearly.
// Also the recovery store: private files, per-instance ownership, "No" keeps unoffered files.
#include "document_session.h"
#include "inline_prompt_bar.h"
#include "main_window.h"
#include "recovery_store.h"
#include "spec_editor.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThreadPool>
#include <sys/stat.h>
#include <unistd.h>

using namespace Specwright;

class TestByteExactSave : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    static QByteArray readBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    static void answerAll(MainWindow &w, QMessageBox::StandardButton answer)
    {
        w.setQuestionHandler([answer](const QString &, const QString &,
                                      QMessageBox::StandardButtons) { return answer; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        QDir(RecoveryStore().directory()).removeRecursively();
    }

    void unchangedSaveIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("nbsp") << QByteArray("# Spec\n\nA\xC2\xA0"
                                            "B must hold.\n");
        QTest::newRow("line separator") << QByteArray("# Spec\n\nA\xE2\x80\xA8"
                                                      "B\n");
        QTest::newRow("paragraph separator") << QByteArray("# Spec\n\nA\xE2\x80\xA9"
                                                           "B\n");
        QTest::newRow("noncharacter FDD0") << QByteArray("# Spec\n\nA\xEF\xB7\x90"
                                                         "B\n");
        QTest::newRow("noncharacter FDD1") << QByteArray("# Spec\n\nA\xEF\xB7\x91"
                                                         "B\n");
        QTest::newRow("crlf") << QByteArray("# Spec\r\n\r\nThe system SHALL work.\r\n");
        QTest::newRow("cr only") << QByteArray("# Spec\r\rThe system SHALL work.\r");
        QTest::newRow("mixed") << QByteArray("# Spec\r\n\nA\rB\r\n\r\nC\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF# Spec\n\nText.\n");
        QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF# Spec\r\n\r\nText.");
        QTest::newRow("no final newline") << QByteArray("# Spec\n\nText.");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("all at once")
            << QByteArray("\xEF\xBB\xBF# A\xC2\xA0Spec\r\n\r\nOne\xE2\x80\xA8two\xE2\x80\xA9"
                          "three\xEF\xB7\x90"
                          "four\rfive\nsix\r\n");
    }
    void unchangedSaveIsByteIdentical()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.md"));
        writeBytes(path, bytes);
        MainWindow w;
        answerAll(w, QMessageBox::No);
        QVERIFY(w.openFile(path));
        QVERIFY(!w.session()->isModified());
        QVERIFY(w.session()->save());
        QCOMPARE(readBytes(path), bytes);
        // Save As writes the same bytes elsewhere.
        const QString copy = dir.filePath(QStringLiteral("copy.md"));
        QVERIFY(w.saveAs(copy));
        QCOMPARE(readBytes(copy), bytes);
    }

    void editChangesOnlyTheEditedBytes()
    {
        const QByteArray bytes("\xEF\xBB\xBF# Spec\r\n\r\nA\xC2\xA0"
                               "B\xE2\x80\xA8"
                               "C\r\nEnd\r\n");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.md"));
        writeBytes(path, bytes);
        MainWindow w;
        answerAll(w, QMessageBox::No);
        w.show();
        QVERIFY(w.openFile(path));
        SpecEditor *editor = w.editor();
        editor->setFocus();
        QTextCursor c(editor->document());
        c.movePosition(QTextCursor::End);
        editor->setTextCursor(c);
        QTest::keyClicks(editor, QStringLiteral("Z"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("Y"));
        QVERIFY(w.session()->isModified());
        QVERIFY(w.save());
        QCOMPARE(readBytes(path), bytes + QByteArray("Z\r\nY"));
    }

    void refusesNonRegularFiles()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString link = dir.filePath(QStringLiteral("zero.md"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        const QString dangling = dir.filePath(QStringLiteral("dangling.md"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.md")), dangling));
        QTextDocument buffer;
        DocumentSession session(&buffer);
        QString error;
        QVERIFY(!session.load(fifo, &error)); // returns at once instead of blocking
        QVERIFY2(error.contains(QStringLiteral("named pipe")), qPrintable(error));
        QVERIFY(!session.load(link, &error));
        QVERIFY2(error.contains(QStringLiteral("device")), qPrintable(error));
        QVERIFY(!session.load(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("directory")), qPrintable(error));
        QVERIFY(!session.load(dangling, &error));
        QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
        QVERIFY(session.filePath().isEmpty());
    }

    void recoveryFilesArePrivate()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("recovery"));
        RecoveryStore store(folder);
        store.setSource([] { return QStringLiteral("secret draft"); },
                        [] { return QStringLiteral("/x/spec.md"); });
        const QString file = store.saveNow();
        QVERIFY(!file.isEmpty());
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(file + QStringLiteral(".json")).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0700u);
    }

    void twoInstancesKeepTheirOwnFiles()
    {
        QTemporaryDir dir;
        RecoveryStore first(dir.path());
        RecoveryStore second(dir.path());
        first.setSource([] { return QStringLiteral("first"); },
                        [] { return QStringLiteral("/x/spec.md"); });
        second.setSource([] { return QStringLiteral("second"); },
                         [] { return QStringLiteral("/x/spec.md"); });
        const QString a = first.saveNow();
        const QString b = second.saveNow();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(a != b); // same spec, two instances: two files
        // Each running instance sees only its own work.
        QCOMPARE(first.entries().size(), 1);
        QCOMPARE(RecoveryStore::readText(first.entries().first()), QStringLiteral("first"));
        QCOMPARE(RecoveryStore::readText(second.entries().first()), QStringLiteral("second"));
        second.markClean(); // a clean save in one instance leaves the other's file alone
        QVERIFY(QFile::exists(a));
    }

    // The timer's autosave encodes and writes on a worker: what it wrote is offered, a clean
    // that comes while it writes leaves nothing behind, and a save now is never overwritten
    // by an older background one.
    void autosaveInTheBackgroundYieldsToCleanAndSaveNow()
    {
        QTemporaryDir dir;
        RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        QString text = QStringLiteral("draft");
        store.setSource([&text] { return text; }, [] { return QStringLiteral("/x/spec.md"); });
        store.saveInBackground();
        QTRY_COMPARE(store.entries().size(), 1);
        QCOMPARE(RecoveryStore::readText(store.entries().first()), QStringLiteral("draft"));
        QCOMPARE(store.entries().first().originalPath, QStringLiteral("/x/spec.md"));

        text = QString(4 * 1024 * 1024, QLatin1Char('y')); // takes the worker a moment
        store.saveInBackground();
        store.markClean(); // saved or closed meanwhile
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QTest::qWait(50); // whatever the worker's end posts
        QVERIFY(store.entries().isEmpty());

        text = QString(4 * 1024 * 1024, QLatin1Char('o'));
        store.saveInBackground();
        text = QStringLiteral("newer");
        QVERIFY(!store.saveNow().isEmpty());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QTest::qWait(50);
        QCOMPARE(store.entries().size(), 1);
        QCOMPARE(RecoveryStore::readText(store.entries().first()), QStringLiteral("newer"));
        store.markClean();
        QVERIFY(store.entries().isEmpty());
    }

    void autosaveFailureIsReported()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        writeBytes(blocker, "x");
        RecoveryStore store(blocker + QStringLiteral("/recovery")); // cannot be a folder
        store.setSource([] { return QStringLiteral("t"); }, [] { return QString(); });
        QString message;
        connect(&store, &RecoveryStore::autosaveFailed, this,
                [&message](const QString &m) { message = m; });
        QVERIFY(store.saveNow().isEmpty());
        QVERIFY2(message.startsWith(QStringLiteral("Autosave failed")), qPrintable(message));
    }

    void declinedRecoveryKeepsUnofferedFiles()
    {
        const QString folder = RecoveryStore().directory();
        QDir(folder).removeRecursively();
        {
            RecoveryStore a(folder);
            a.setSource([] { return QStringLiteral("older"); },
                        [] { return QStringLiteral("/x/a.md"); });
            QVERIFY(!a.saveNow().isEmpty());
        } // instance gone: its files are up for recovery
        QTest::qWait(20); // distinct modification times order the entries
        {
            RecoveryStore b(folder);
            b.setSource([] { return QStringLiteral("newer"); },
                        [] { return QStringLiteral("/x/b.md"); });
            QVERIFY(!b.saveNow().isEmpty());
        }
        QCOMPARE(RecoveryStore(folder).entries().size(), 2);
        MainWindow w;
        w.show();
        QVERIFY(w.offerRecovery()); // the inline bar offers both (one document each)
        QVERIFY(w.prompts()->text().contains(QStringLiteral("/x/b.md"))); // the newest named
        {
            RecoveryStore c(folder); // an instance that dies after the offer was made
            c.setSource([] { return QStringLiteral("later"); },
                        [] { return QStringLiteral("/x/c.md"); });
            QVERIFY(!c.saveNow().isEmpty());
        }
        auto *discard = w.prompts()->findChild<QPushButton *>(QStringLiteral("discardRecovery"));
        QVERIFY(discard);
        QTest::mouseClick(discard, Qt::LeftButton);
        const auto left = RecoveryStore(folder).entries();
        QCOMPARE(left.size(), 1); // only what was offered was discarded
        QCOMPARE(left.first().originalPath, QStringLiteral("/x/c.md"));
        QDir(folder).removeRecursively();
    }

    // The file watcher's check runs on a worker: a touch that leaves the bytes alone, and our own
    // save, say nothing; each distinct external content is reported once.
    void externalChangesAreReportedOncePerContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watched.md"));
        writeBytes(path, "# Watched\n");
        QTextDocument buffer;
        DocumentSession session(&buffer);
        QVERIFY(session.load(path));
        QSignalSpy modified(&session, &DocumentSession::externallyModified);

        writeBytes(path, "# Watched\n"); // rewritten with the same bytes
        QTest::qWait(400);
        QCOMPARE(modified.count(), 0);

        writeBytes(path, "# Theirs\n");
        QTRY_COMPARE(modified.count(), 1);
        QCOMPARE(modified.at(0).at(0).toString(), session.filePath());
        writeBytes(path, "# Theirs\n"); // the same content again: asked once
        QTest::qWait(400);
        QCOMPARE(modified.count(), 1);

        buffer.setPlainText(QStringLiteral("# Mine\n"));
        QVERIFY(session.save());
        QTest::qWait(400);
        QCOMPARE(modified.count(), 1);
        QCOMPARE(readBytes(path), QByteArray("# Mine\n"));
        writeBytes(path, "# Theirs\n"); // differs from what we saved: asked again
        QTRY_COMPARE(modified.count(), 2);
    }
};

QTEST_MAIN(TestByteExactSave)
#include "tst_byte_exact_save.moc"
