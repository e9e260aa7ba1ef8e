// Files as they are on disk, in a real main window driven by real events: a Latin-1 /
// Windows-1252 file opens without replacement characters and is saved in its own encoding, a
// save that would lose characters asks first, Reopen with Encoding from the status bar, a
// read-only file shows its state and offers Save As, a failed save offers Save As and keeps the
// text, the Open dialog starts in the workspace, and the recovery folder is named once.
#include "document_session.h"
#include "inline_prompt_bar.h"
#include "main_window.h"
#include "modal_dialogs.h"
#include "recovery_store.h"
#include "spec_editor.h"
#include "theme_palette.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <functional>

using namespace Specwright;
using TestSupport::onModal;

namespace {

// Notes the folder and the suggested name of the next file dialog, then closes it with
// Cancel. (Typing a name into QFileDialog from a test races with its folder listing on worker
// threads; the save itself is checked through MainWindow::saveAs.)
void cancelFileDialog(QString *shownFolder, bool *shown)
{
    onModal<QFileDialog>([shownFolder, shown](QFileDialog *dialog) {
        *shownFolder = dialog->directory().absolutePath();
        *shown = dialog->acceptMode() == QFileDialog::AcceptSave;
        dialog->reject();
    });
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

const QByteArray kLatin1Spec("# Caf\xE9 {#cafe}\n\nThe system must serve cr\xE8me br\xFBl\xE9"
                             "e.\n");

} // namespace

class TestFileEncodings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(path);
        return writeBytes(path, bytes) ? path : QString();
    }

    static void showActive(MainWindow &w)
    {
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    static QToolButton *encodingIndicator(MainWindow &w)
    {
        return w.statusBar()->findChild<QToolButton *>(QStringLiteral("encodingIndicator"));
    }

    static void typeAtEnd(MainWindow &w, const QString &text)
    {
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_End, Qt::ControlModifier);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(w.editor(), char(c.unicode()));
                continue;
            }
            // What a keyboard layout with the key sends (QTest types ASCII only).
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(w.editor(), &press);
            QApplication::sendEvent(w.editor(), &release);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void latin1FileOpensAndSavesInItsOwnEncoding()
    {
        const QString path = file(QStringLiteral("latin1.md"), kLatin1Spec);
        MainWindow w;
        showActive(w);
        QVERIFY(w.openFile(path));
        const QString text = w.editor()->toPlainText();
        QVERIFY2(!text.contains(QChar(0xFFFD)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Caf\u00e9")));
        QVERIFY(text.contains(QStringLiteral("cr\u00e8me br\u00fbl\u00e9e")));
        QVERIFY(encodingIndicator(w));
        QCOMPARE(encodingIndicator(w)->text(), QStringLiteral("Windows-1252"));
        // Shown whole, not elided: the button is as wide as its text.
        QTRY_VERIFY(
            encodingIndicator(w)->width() >=
            encodingIndicator(w)->fontMetrics().horizontalAdvance(QStringLiteral("Windows-1252")));
        typeAtEnd(w, QStringLiteral("\u00fcber"));
        QTest::keyClick(w.editor(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!w.editor()->document()->isModified());
        // Every byte as it was, the new text in the same encoding.
        QCOMPARE(readBytes(path), kLatin1Spec + QByteArray("\xFC"
                                                           "ber"));
        screenshot(&w, QStringLiteral("encoding_status_windows1252"));
    }

    void saveThatWouldLoseCharactersAsksFirst()
    {
        const QString path = file(QStringLiteral("lossy.md"), kLatin1Spec);
        MainWindow w;
        showActive(w);
        QVERIFY(w.openFile(path));
        typeAtEnd(w, QStringLiteral("A \u2192 B"));

        QString question;
        bool mnemonics = true;
        onModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            for (QAbstractButton *b : box->buttons())
                mnemonics = mnemonics && b->text().contains(u'&');
            screenshot(box, QStringLiteral("encoding_loss_question"));
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QTest::keyClick(w.editor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(question.contains(QStringLiteral("Windows-1252")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("\u2192")));
        QVERIFY(mnemonics);
        QCOMPARE(readBytes(path), kLatin1Spec); // cancelled: not one byte written
        QVERIFY(w.editor()->document()->isModified());
        QVERIFY(w.editor()->toPlainText().endsWith(QStringLiteral("A \u2192 B")));

        w.activateWindow(); // offscreen gives the window no focus back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.editor()->setFocus();
        onModal<QMessageBox>([](QMessageBox *box) {
            auto *go = box->findChild<QPushButton *>(QStringLiteral("proceedDespiteLoss"));
            QVERIFY(go);
            QTest::mouseClick(go, Qt::LeftButton);
        });
        QTest::keyClick(w.editor(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!w.editor()->document()->isModified());
        QCOMPARE(readBytes(path), w.editor()->toPlainText().toUtf8());
        QCOMPARE(encodingIndicator(w)->text(), QStringLiteral("UTF-8"));
    }

    void reopenWithEncodingFromTheStatusBar()
    {
        const QString path = file(QStringLiteral("utf8.md"), QByteArray("# caf\xC3\xA9\n"));
        MainWindow w;
        showActive(w);
        QVERIFY(w.openFile(path));
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("# caf\u00e9\n"));
        QToolButton *indicator = encodingIndicator(w);
        QCOMPARE(indicator->text(), QStringLiteral("UTF-8"));

        const auto pick = [&](const QString &encoding) {
            bool clicked = false;
            QTimer::singleShot(50, [&] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                QAction *a = menu->findChild<QAction *>(QStringLiteral("reopenAs-") + encoding);
                QVERIFY(a);
                menu->setActiveAction(a); // as the arrow keys would
                QTest::keyClick(menu, Qt::Key_Return);
                clicked = true;
            });
            QTest::mouseClick(indicator, Qt::LeftButton);
            QTRY_VERIFY(clicked);
        };
        pick(QStringLiteral("ISO-8859-1"));
        QTRY_COMPARE(w.editor()->toPlainText(), QStringLiteral("# caf\u00c3\u00a9\n"));
        QCOMPARE(indicator->text(), QStringLiteral("ISO-8859-1"));
        pick(QStringLiteral("UTF-8"));
        QTRY_COMPARE(w.editor()->toPlainText(), QStringLiteral("# caf\u00e9\n"));
        QCOMPARE(indicator->text(), QStringLiteral("UTF-8"));
        QCOMPARE(readBytes(path), QByteArray("# caf\xC3\xA9\n")); // reading never writes

        // Another tab's unsaved changes are not this reload's business: nothing is asked.
        const QString other = file(QStringLiteral("other.md"), QByteArray("# Other\n"));
        QVERIFY(w.openFile(other));
        typeAtEnd(w, QStringLiteral("draft"));
        QVERIFY(w.openFile(path)); // back to the first tab
        QStringList asked;
        QTimer watch; // answers (Cancel) any question, so a wrong one fails instead of hanging
        connect(&watch, &QTimer::timeout, &watch, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked.append(box->text());
                box->reject();
            }
        });
        watch.start(20);
        pick(QStringLiteral("ISO-8859-1"));
        QTRY_COMPARE(indicator->text(), QStringLiteral("ISO-8859-1"));
        watch.stop();
        QVERIFY2(asked.isEmpty(), qPrintable(asked.join(u'\n')));
        QVERIFY(w.openFile(other));
        QVERIFY(w.editor()->document()->isModified());
        QVERIFY(w.editor()->toPlainText().endsWith(QLatin1String("draft")));
        w.editor()->document()->setModified(false);
    }

    void readOnlyFileShowsItsStateAndOffersSaveAs()
    {
        const QString path = file(QStringLiteral("locked.md"), QByteArray("# Locked\n\nText.\n"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        MainWindow w;
        showActive(w);
        QVERIFY(w.openFile(path));
        auto *readOnly = w.statusBar()->findChild<QLabel *>(QStringLiteral("readOnlyIndicator"));
        QVERIFY(readOnly);
        QVERIFY(readOnly->isVisibleTo(&w));
        QCOMPARE(w.prompts()->promptId(), QStringLiteral("readOnly"));
        QVERIFY(w.prompts()->text().contains(QStringLiteral("read-only")));
        screenshot(&w, QStringLiteral("read_only_light"));
        ThemePalette::apply(ThemePalette::Scheme::Dark);
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() < 80);
        screenshot(&w, QStringLiteral("read_only_dark"));
        ThemePalette::apply(ThemePalette::Scheme::Light);

        typeAtEnd(w, QStringLiteral("More."));
        const QString copy = m_dir.filePath(QStringLiteral("copy.md"));
        QString shownFolder;
        bool saveDialog = false;
        cancelFileDialog(&shownFolder, &saveDialog);
        auto *saveAs = w.prompts()->findChild<QPushButton *>(QStringLiteral("readOnlySaveAs"));
        QVERIFY(saveAs);
        QVERIFY(saveAs->text().contains(u'&'));
        QTest::mouseClick(saveAs, Qt::LeftButton);
        QVERIFY(saveDialog); // the bar's Save As asked for a name
        QCOMPARE(shownFolder, QFileInfo(path).absolutePath());
        QVERIFY(w.saveAs(copy)); // what the dialog's Save does with the name
        QTRY_COMPARE(w.session()->filePath(), QFileInfo(copy).absoluteFilePath());
        QCOMPARE(readBytes(copy), QByteArray("# Locked\n\nText.\nMore."));
        QCOMPARE(readBytes(path), QByteArray("# Locked\n\nText.\n"));
        QVERIFY(!readOnly->isVisibleTo(&w));
        QVERIFY(w.prompts()->promptId() != u"readOnly");
    }

    void failedSaveOffersSaveAsAndKeepsTheText()
    {
        const QString path = file(QStringLiteral("vanishing.md"), QByteArray("# Gone\n"));
        MainWindow w;
        showActive(w);
        QVERIFY(w.openFile(path));
        // The file's place becomes a folder: no save can write there, not even as root.
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkdir(path));
        typeAtEnd(w, QStringLiteral("Kept."));
        QString asked;
        w.setQuestionHandler(
            [&](const QString &, const QString &text, QMessageBox::StandardButtons buttons) {
                asked = text;
                return buttons.testFlag(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Cancel;
            });
        const QString other = m_dir.filePath(QStringLiteral("elsewhere.md"));
        QString shownFolder;
        bool saveDialog = false;
        cancelFileDialog(&shownFolder, &saveDialog);
        QTest::keyClick(w.editor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(asked.contains(QStringLiteral("another name")), qPrintable(asked));
        QTRY_VERIFY(saveDialog); // Save As was offered, in the file's folder
        QCOMPARE(shownFolder, QFileInfo(path).absolutePath());
        // Cancelled: nothing lost, the text is still there and still unsaved.
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("# Gone\nKept."));
        QVERIFY(w.editor()->document()->isModified());
        QVERIFY(w.saveAs(other));
        QCOMPARE(readBytes(other), QByteArray("# Gone\nKept."));
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("# Gone\nKept."));
        QVERIFY(QDir(path).removeRecursively());
    }

    void openDialogStartsInTheWorkspace()
    {
        QTemporaryDir ws;
        QVERIFY(writeBytes(ws.filePath(QStringLiteral("spec.md")), "# Spec\n"));
        MainWindow w;
        showActive(w);
        QVERIFY(w.openWorkspace(ws.path()));
        QString shown;
        onModal<QFileDialog>([&](QFileDialog *dialog) {
            shown = dialog->directory().absolutePath();
            dialog->reject();
        });
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(shown, QDir(ws.path()).absolutePath());
        QVERIFY(shown != QDir::currentPath());
    }

    void recoveryFolderIsNamedOnce()
    {
        const QString org = QCoreApplication::organizationName();
        const QString app = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("Specwright"));
        QCoreApplication::setApplicationName(QStringLiteral("Specwright"));
        const QString folder = RecoveryStore().directory();
        // Text an earlier release saved in the doubled folder is still offered.
        const QString legacy =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
            QStringLiteral("/recovery");
        QVERIFY(QDir().mkpath(legacy));
        const QString saved = legacy + QStringLiteral("/0123456789abcdef-0123456789ab.md");
        QVERIFY(writeBytes(saved, "# Unsaved work\n"));
        const QList<RecoveryStore::Entry> entries = RecoveryStore().entries();
        QDir(legacy).removeRecursively();
        QCoreApplication::setOrganizationName(org);
        QCoreApplication::setApplicationName(app);
        QVERIFY2(!folder.contains(QStringLiteral("Specwright/Specwright")), qPrintable(folder));
        QVERIFY2(folder.endsWith(QStringLiteral("/Specwright/recovery")), qPrintable(folder));
        const bool offered = std::any_of(entries.cbegin(), entries.cend(),
                                         [&](const auto &e) { return e.recoveryFile == saved; });
        QVERIFY(offered);
    }
};

QTEST_MAIN(TestFileEncodings)
#include "tst_file_encodings.moc"
