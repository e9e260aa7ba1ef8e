// Preview Only mode gives the preview a readable measure (EditorPreviewSplit::kReadableMeasure
// characters, centred); the side-by-side layout gives it its whole width again. Driven by the
// layout actions' shortcuts, as a user switches.
#include "editor_preview_split.h"
#include "main_window.h"
#include "preview_view.h"
#include "recovery_store.h"
#include "test_support.h"

#include <QAction>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Specwright;

class TestPreviewOnlyMeasure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        QDir(RecoveryStore().directory()).removeRecursively();
    }

    void previewOnlyHasAReadableMeasure()
    {
        MainWindow w;
        w.resize(1600, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openPath(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec"));
        QAction *previewOnly = w.findChild<QAction *>(QStringLiteral("layoutMode2"));
        QAction *sideBySide = w.findChild<QAction *>(QStringLiteral("layoutMode0"));
        QVERIFY(previewOnly && sideBySide);
        QVERIFY(!previewOnly->shortcut().isEmpty());
        w.activateWindow();
        QTest::keySequence(&w, previewOnly->shortcut());
        QCOMPARE(w.centralSplit()->mode(), EditorPreviewSplit::Mode::PreviewOnly);
        PreviewView *preview = w.preview();
        QCOMPARE(preview->maximumMeasure(), EditorPreviewSplit::kReadableMeasure);
        QTRY_VERIFY(preview->viewport()->geometry().left() > 200);
        QVERIFY(preview->viewport()->width() < preview->width() / 2 + 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            preview->toPlainText().contains(QStringLiteral("Garden Assistant Spec")), 20000);
        SPECWRIGHT_SCREENSHOT(&w, QStringLiteral("preview-only-measure.png"));

        QTest::keySequence(&w, sideBySide->shortcut());
        QCOMPARE(w.centralSplit()->mode(), EditorPreviewSplit::Mode::SideBySide);
        QCOMPARE(preview->maximumMeasure(), 0);
        QCOMPARE(preview->viewport()->geometry().left(), preview->frameWidth());
    }
};

QTEST_MAIN(TestPreviewOnlyMeasure)
#include "tst_preview_only_measure.moc"
