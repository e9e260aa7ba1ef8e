// Generation inside the main window: the Generate tool bar and Tools menu are there, one click
// on an open workspace writes the outputs and shows the Output dock. Saves a screenshot.
#include "generate_controller.h"
#include "generate_integration.h"
#include "generate_toolbar.h"
#include "main_window.h"
#include "output_panel.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Specwright;

class TestGenerateWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneClickInTheWindow()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SpecwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_generate_window"));
        QSettings().clear();
        QTemporaryDir ws;
        for (const QString &f : {QStringLiteral("spec.md"), QStringLiteral("watering.md")})
            QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/") + f,
                                ws.filePath(f)));
        MainWindow window;
        window.setQuestionHandler(
            [](const QString &, const QString &, QMessageBox::StandardButtons) {
                return QMessageBox::Discard;
            });
        QVERIFY(window.openWorkspace(ws.path()));
        window.show();
        auto *integration =
            window.findChild<GenerateIntegration *>(QStringLiteral("generateIntegration"));
        QVERIFY(integration);
        QTRY_VERIFY(integration->controller()->document() != nullptr);
        QTRY_VERIFY(integration->toolbar()->generateAction()->isEnabled());
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("generateOutputDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QSignalSpy finished(integration->controller(), &GenerateController::finished);
        QToolButton *button = integration->toolbar()->generateButton();
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(10, button->height() / 2));
        QVERIFY(finished.wait(60000));
        QVERIFY2(integration->controller()->lastResult().ok,
                 qPrintable(integration->controller()->lastResult().log.join(u'\n')));
        QVERIFY(dock->isVisible());
        QCOMPARE(integration->panel()->progressBar()->value(), 100);
        QVERIFY(QFileInfo::exists(ws.filePath(QStringLiteral("generated/docs/spec.html"))));
        QVERIFY(QFileInfo::exists(ws.filePath(QStringLiteral("generated/docs/spec.pdf"))));
        const QString dir = QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + QStringLiteral("/generate-main-window.png")));
    }
};

QTEST_MAIN(TestGenerateWindow)
#include "tst_generate_window.moc"
