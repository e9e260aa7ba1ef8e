// The window's furniture, driven by real events: Generate shows Output without growing the
// window, Output > Open opens text outputs in the IDE and reports a failed launcher in the
// status bar, one click in Problems jumps, dialog buttons have mnemonics, and the toolbar
// icons follow a dark palette (screenshots in light and dark).
#include "button_mnemonics.h"
#include "desktop_menus.h"
#include "diagnostic_table_model.h"
#include "document_session.h"
#include "generate_controller.h"
#include "generate_integration.h"
#include "generate_toolbar.h"
#include "icon_theme_setup.h"
#include "main_window.h"
#include "modal_dialogs.h"
#include "output_panel.h"
#include "problems_panel.h"
#include "settings_dialog.h"
#include "spec_editor.h"
#include "theme_palette.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <functional>

using namespace Specwright;
using TestSupport::onModal;

namespace {

void screenshot(const QImage &image, const QString &name)
{
    const QString dir = QStringLiteral(SPECWRIGHT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(image.save(dir + u'/' + name + QStringLiteral(".png")));
}

// Mean lightness of the opaque pixels of an icon.
int iconLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(22, 22).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
        }
    return count ? int(sum / count) : -1;
}

QTreeWidgetItem *outputRow(OutputPanel *panel, const QString &suffix)
{
    QTreeWidget *tree = panel->results();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).endsWith(suffix))
            return tree->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestDeskLayout : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
    }

    void generateShowsOutputWithoutGrowingTheWindowAndOpensOutputs()
    {
        QTemporaryDir ws;
        for (const QString &f : {QStringLiteral("spec.md"), QStringLiteral("watering.md")})
            QVERIFY(QFile::copy(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/") + f,
                                ws.filePath(f)));
        MainWindow w;
        w.setQuestionHandler([](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        });
        w.resize(1600, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(ws.path()));
        QTRY_VERIFY(w.workspace()); // outputs go into the workspace
        // Every bottom panel the issue saw at once: Problems, Diff (and Amendments, Traces).
        for (const char *name : {"problemsDock", "diffDock", "amendmentsDock", "traceabilityDock"})
            if (auto *dock = w.findChild<QDockWidget *>(QLatin1String(name)))
                dock->show();
        auto *integration =
            w.findChild<GenerateIntegration *>(QStringLiteral("generateIntegration"));
        QVERIFY(integration);
        QTRY_VERIFY(integration->controller()->document() &&
                    integration->controller()->document()->filePath().endsWith(u"spec.md"));
        QTRY_VERIFY(integration->toolbar()->generateAction()->isEnabled());
        auto *output = w.findChild<QDockWidget *>(QStringLiteral("generateOutputDock"));
        QVERIFY(output && !output->isVisible());
        QCoreApplication::processEvents();
        const int width = w.width();
        QCOMPARE(width, 1600);

        QSignalSpy finished(integration->controller(), &GenerateController::finished);
        QToolButton *button = integration->toolbar()->generateButton();
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(10, button->height() / 2));
        QVERIFY(finished.wait(60000));
        QVERIFY(output->isVisible());
        QCoreApplication::processEvents(); // let the layout settle as the event loop would
        QCOMPARE(w.width(), width);
        QVERIFY(w.layout()->minimumSize().width() <= width);
        screenshot(w.grab().toImage(), QStringLiteral("generate_output_tabbed"));

        // Open: an HTML output opens in the editor.
        OutputPanel *panel = integration->panel();
        QTreeWidgetItem *html = outputRow(panel, QStringLiteral(".html"));
        QVERIFY(html);
        QTest::mouseClick(panel->results()->viewport(), Qt::LeftButton, {},
                          panel->results()->visualItemRect(html).center());
        auto *open = panel->findChild<QPushButton *>();
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Open"))
                open = b;
        QVERIFY(open && open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(w.session()->filePath().endsWith(QStringLiteral(".html")));
        QVERIFY2(w.session()->filePath().startsWith(QDir(ws.path()).canonicalPath()) ||
                     w.session()->filePath().startsWith(ws.path()),
                 qPrintable(w.session()->filePath()));
        QVERIFY(w.editor()->toPlainText().contains(QStringLiteral("<html")));

        // A PDF goes to the desktop's program; with none, the status bar says so.
        QTreeWidgetItem *pdf = outputRow(panel, QStringLiteral(".pdf"));
        QVERIFY(pdf);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        QTest::mouseClick(panel->results()->viewport(), Qt::LeftButton, {},
                          panel->results()->visualItemRect(pdf).center());
        QTest::mouseClick(open, Qt::LeftButton);
        qputenv("PATH", path);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("spec.pdf")),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    void singleClickInProblemsJumps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Spec {#spec}\n\nIntro.\n\n## Part {#part}\n\nOne.\n\nTwo.\n\n"
                "Three: see [there](#missing).\n");
        f.close();
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto *panel = w.findChild<ProblemsPanel *>();
        QVERIFY(panel);
        QTreeView *view = panel->view();
        QModelIndex row;
        const auto findRow = [&] {
            for (int r = 0; r < view->model()->rowCount(); ++r)
                if (view->model()->index(r, DiagnosticTableModel::LineColumn).data().toInt() == 11)
                    row = view->model()->index(r, DiagnosticTableModel::MessageColumn);
            return row.isValid();
        };
        QTRY_VERIFY(findRow());
        w.editor()->goToLine(1);
        QCOMPARE(w.editor()->currentLine(), 1);
        view->setFocus();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
        QTRY_COMPARE(w.editor()->currentLine(), 11);
        QVERIFY(view->hasFocus() || !w.isActiveWindow()); // one click keeps the list's focus
    }

    void dialogButtonsHaveMnemonics()
    {
        MainWindow w;
        DesktopMenus::install(w); // Settings (Ctrl+,), as main() has it
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QStringList settingsButtons;
        onModal<SettingsDialog>([&](SettingsDialog *dialog) {
            for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>())
                for (QAbstractButton *b : box->buttons())
                    settingsButtons.append(b->text());
            dialog->reject();
        });
        w.editor()->setFocus();
        QTest::keyClick(w.editor(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(!settingsButtons.isEmpty());
        for (const QString &text : std::as_const(settingsButtons))
            QVERIFY2(text.contains(u'&'), qPrintable(text));

        // The unsaved-changes question: Alt+C is Cancel.
        w.activateWindow(); // offscreen gives the window no focus back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.editor()->setFocus();
        QTest::keyClicks(w.editor(), QStringLiteral("typed"));
        QStringList askButtons;
        onModal<QMessageBox>([&](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons())
                askButtons.append(b->text());
            screenshot(box->grab().toImage(), QStringLiteral("unsaved_question_mnemonics"));
            QTest::keyClick(box, Qt::Key_C, Qt::AltModifier);
        });
        QTest::keyClick(w.editor(), Qt::Key_W, Qt::ControlModifier); // Close File asks
        QCOMPARE(askButtons.size(), 3);
        for (const QString &text : std::as_const(askButtons))
            QVERIFY2(text.contains(u'&'), qPrintable(text));
        QVERIFY(w.editor()->document()->isModified()); // cancelled: the text stays
        QCOMPARE(w.editor()->toPlainText(), QStringLiteral("typed"));
        w.editor()->document()->setModified(false);

        // Access keys never collide within a box: Save, Save All, Cancel.
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::SaveAll |
                             QDialogButtonBox::Cancel);
        ButtonMnemonics::apply(&box);
        QSet<QChar> keys;
        for (QAbstractButton *b : box.buttons()) {
            const qsizetype amp = b->text().indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < b->text().size(), qPrintable(b->text()));
            keys.insert(b->text().at(amp + 1).toLower());
        }
        QCOMPARE(keys.size(), 3);
    }

    void toolbarIconsFollowTheTheme()
    {
        IconThemeSetup::apply(); // Breeze icons, as main() has them
        MainWindow w;
        w.resize(1000, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar);
        QAction *first = toolbar->actions().first();
        QVERIFY(!first->icon().isNull());

        ThemePalette::apply(ThemePalette::Scheme::Light);
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() > 180);
        const int onLight = iconLightness(first->icon());
        screenshot(toolbar->grab().toImage(), QStringLiteral("toolbar_light"));

        ThemePalette::apply(ThemePalette::Scheme::Dark);
        QTRY_VERIFY(w.palette().color(QPalette::Window).lightness() < 80);
        const int onDark = iconLightness(first->icon());
        screenshot(toolbar->grab().toImage(), QStringLiteral("toolbar_dark"));
        // Light glyphs on the dark tool bar, dark ones on the light tool bar: the same icon
        // objects, switched live.
        QVERIFY2(onLight < 110, qPrintable(QString::number(onLight)));
        QVERIFY2(onDark > onLight + 80,
                 qPrintable(QStringLiteral("%1 vs %2").arg(onDark).arg(onLight)));
        // An icon set later (e.g. by a feature changing its action) follows too.
        first->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
        QVERIFY(iconLightness(first->icon()) > onLight + 80);
        // And the grabbed tool bar really shows light glyphs: its lightest pixels are light.
        const QImage dark = toolbar->grab().toImage();
        int lightest = 0;
        for (int y = 0; y < dark.height(); ++y)
            for (int x = 0; x < dark.width(); ++x)
                lightest = std::max(lightest, dark.pixelColor(x, y).lightness());
        QVERIFY(lightest > 180);
        ThemePalette::apply(ThemePalette::Scheme::System);
    }
};

QTEST_MAIN(TestDeskLayout)
#include "tst_desk_layout.moc"
