// Typing into the IDE's editor (real key events, offscreen) updates the preview incrementally:
// the edited section's new text appears, every other section reads as before, and the render
// reused the other sections' HTML from the section cache.
#include "main_window.h"
#include "preview_render_job.h"
#include "preview_view.h"
#include "recovery_store.h"
#include "section_html_cache.h"
#include "spec_editor.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;
using namespace Qt::StringLiterals;

class TestPreviewAfterEdit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_text;

    static QString section(int i)
    {
        return uR"(## Rule %1 of the assistant {#rule-%1}

The assistant MUST answer question %1 politely and SHOULD cite [?](#rule-%2).

- A reply must not reveal private data of user %1.

**Example**: question %1

~~~xml
<user>
What is rule %1?
</user>
<assistant> <!-- GOOD -->
Rule %1 says to be polite.
</assistant>
~~~

)"_s.arg(i)
            .arg(i > 1 ? i - 1 : 1);
    }

    // Moves the editor's cursor to just after `text` (which must be there once).
    static void placeCursorAfter(SpecEditor *editor, const QString &text)
    {
        const qsizetype at = editor->toPlainText().indexOf(text);
        QVERIFY(at >= 0);
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(int(at + text.size()));
        editor->setTextCursor(cursor);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
        QDir(RecoveryStore().directory()).removeRecursively();
        m_text = u"# Rules {#rules}\n\nWhat the assistant does.\n\n"_s;
        for (int i = 1; i <= 80; ++i)
            m_text += section(i);
        m_path = m_dir.filePath(u"rules.md"_s);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_text.toUtf8());
    }

    void typingUpdatesOnlyTheEditedSection()
    {
        MainWindow w;
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        PreviewView *preview = w.preview();
        auto *job = preview->findChild<PreviewRenderJob *>();
        QVERIFY(job);
        job->setMinimumPageSize(0); // a page per section, to count them
        QVERIFY(w.openFile(m_path));
        QTRY_VERIFY_WITH_TIMEOUT(
            preview->renderedDocument() && preview->renderedDocument()->text() == m_text, 30000);
        const QString before = preview->toPlainText();
        QVERIFY(before.contains(u"answer question 41 politely"_s));

        // A word typed into rule 41.
        SpecEditor *editor = w.editor();
        editor->setFocus();
        placeCursorAfter(editor, u"answer question 41"_s);
        TestSupport::typeText(editor, u" kindly"_s);
        QString expectedText = m_text;
        expectedText.replace(u"answer question 41 politely"_s,
                             u"answer question 41 kindly politely"_s);
        QCOMPARE(editor->toPlainText(), expectedText);
        QTRY_VERIFY_WITH_TIMEOUT(preview->renderedDocument() &&
                                     preview->renderedDocument()->text() == expectedText,
                                 30000);
        QString expectedPreview = before;
        expectedPreview.replace(u"answer question 41 politely"_s,
                                u"answer question 41 kindly politely"_s);
        QCOMPARE(preview->toPlainText(), expectedPreview);
        // Only the edited section was written again (typing may have rendered in between).
        QVERIFY(job->sectionCache());
        QCOMPARE(job->sectionCache()->renderedSections(), 1);
        QCOMPARE(job->sectionCache()->reusedSections(), 80);
        // and only its page (a laid-out document per section) was built again.
        QCOMPARE(preview->builtPages(), 1);
        QCOMPARE(preview->reusedPages(), 80);

        // A new line in rule 7 moves every later section; they still read as before.
        placeCursorAfter(editor, u"private data of user 7."_s);
        QTest::keyClick(editor, Qt::Key_Return);
        TestSupport::typeText(editor, u"- A reply should be short."_s);
        expectedText.replace(u"private data of user 7.\n"_s,
                             u"private data of user 7.\n- A reply should be short.\n"_s);
        QCOMPARE(editor->toPlainText(), expectedText);
        QTRY_VERIFY_WITH_TIMEOUT(preview->renderedDocument() &&
                                     preview->renderedDocument()->text() == expectedText,
                                 30000);
        // The preview is the one before with the new item (and its line break) added.
        const QString after = preview->toPlainText();
        const qsizetype item = after.indexOf(u"A reply should be short."_s);
        QVERIFY(item > 0);
        QVERIFY(after.left(item).endsWith(u"private data of user 7.\n"_s));
        QString without = after;
        without.remove(item - 1, u"A reply should be short."_s.size() + 1);
        QCOMPARE(without, expectedPreview);
    }
};

QTEST_MAIN(TestPreviewAfterEdit)
#include "tst_preview_after_edit.moc"
