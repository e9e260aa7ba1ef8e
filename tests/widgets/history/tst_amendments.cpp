// The Amendments panel, the diff view and the commit dialog driven with real mouse and key
// events on a real repository; screenshots of the three diff modes in light and dark.
#include "amend_commit_dialog.h"
#include "amendment_fixtures.h"
#include "amendments_panel.h"
#include "diff_html_writer.h"
#include "diff_summary.h"
#include "diff_view.h"
#include "repo_builder.h"
#include "section_diff.h"
#include "spec_versions.h"
#include "test_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabBar>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Specwright;

namespace {

QString fixtureText()
{
    QFile f(QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec/spec.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// An amendment of the fixture touching every kind of change.
QString amendedFixture()
{
    QString t = fixtureText();
    t.replace(
        QStringLiteral("The assistant must follow developer instructions unless"),
        QStringLiteral("The assistant must always follow developer instructions except when"));
    t.replace(QStringLiteral("[?](#protect_the_grower)"), QStringLiteral("[?](#be_accurate)"));
    t.replace(QStringLiteral("<assistant> <!-- BAD: recommends a banned product -->"),
              QStringLiteral("<assistant> <!-- BAD: recommends a banned product, twice -->"));
    t.replace(QStringLiteral("## Definitions {#definitions}"),
              QStringLiteral("## Glossary {#definitions}"));
    t += QStringLiteral("\n## Respect quiet hours {#quiet_hours authority=user}\n\nThe assistant "
                        "should not send reminders at night.\n");
    return t;
}

// Saves and checks the picture (size, not blank); `image` receives it.
void saveShot(QWidget *w, const QString &name, QImage *image = nullptr)
{
    // Lay out what changed since the last event loop turn (new status text) before grabbing.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString error = TestSupport::saveScreenshot(w, name + QStringLiteral(".png"), image);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Clicks the middle of the first link with this target, as a user would.
bool clickLink(QTextBrowser *browser, const QString &href)
{
    QTextDocument *doc = browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().anchorHref() != href)
                continue;
            QTextCursor c(doc);
            c.setPosition(f.position() + f.length() / 2);
            browser->setTextCursor(c);
            browser->ensureCursorVisible();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                              browser->cursorRect(c).center());
            return true;
        }
    return false;
}

} // namespace

class TestAmendments : public QObject
{
    Q_OBJECT

private:
    struct Repo
    {
        RepoBuilder b;
        GitOid c1, c2, c3;
        Repo()
        {
            b.write(QStringLiteral("spec.md"), SpecVersions::v1());
            c1 = b.commit(QStringLiteral("First draft"), {QStringLiteral("spec.md")});
            b.write(QStringLiteral("spec.md"), SpecVersions::v2());
            c2 = b.commit(QStringLiteral("Swap the answers"), {QStringLiteral("spec.md")});
            b.write(QStringLiteral("spec.md"), SpecVersions::v3());
            c3 = b.commit(QStringLiteral("Move gamma up"), {QStringLiteral("spec.md")});
        }
        QString file() const { return b.path(QStringLiteral("spec.md")); }
    };

    static void clickRow(QTreeWidget *list, int row, Qt::KeyboardModifiers modifiers = {})
    {
        const QRect rect = list->visualItemRect(list->topLevelItem(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, rect.center());
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void panelListsHistoryAndComparesOnClick()
    {
        Repo repo;
        AmendmentsPanel panel;
        DiffView view;
        connect(&panel, &AmendmentsPanel::compareRequested, &view, &DiffView::compare);
        QSignalSpy loaded(&panel, &AmendmentsPanel::historyLoaded);
        QSignalSpy compare(&panel, &AmendmentsPanel::compareRequested);
        QSignalSpy ready(&view, &DiffView::diffReady);
        panel.resize(600, 300);
        panel.show();
        panel.setFile(repo.file());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toInt(), 3);
        QTreeWidget *list = TestSupport::child<QTreeWidget>(&panel, "amendmentsList");
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Move gamma up"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Ada Writer"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("1"));
        QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("1"));
        QCOMPARE(list->topLevelItem(2)->text(3), QStringLiteral("4"));

        // One amendment: compared with its parent.
        clickRow(list, 1);
        QCOMPARE(compare.size(), 1);
        QCOMPARE(compare.last().at(0).toString(), QString::fromUtf8(SpecVersions::v1()));
        QCOMPARE(compare.last().at(1).toString(), QString::fromUtf8(SpecVersions::v2()));
        QVERIFY(ready.wait(10000));
        QCOMPARE(view.result().count(SectionStatus::Modified), 1);

        // Ctrl-click a second one: the two are compared, older first.
        clickRow(list, 0, Qt::ControlModifier);
        QCOMPARE(list->selectedItems().size(), 2);
        QCOMPARE(compare.size(), 2);
        QCOMPARE(compare.last().at(0).toString(), QString::fromUtf8(SpecVersions::v2()));
        QCOMPARE(compare.last().at(1).toString(), QString::fromUtf8(SpecVersions::v3()));
        QVERIFY(ready.wait(10000));
        QCOMPARE(view.result().count(SectionStatus::Reordered), 1);

        // Keyboard: Down moves to the root commit, compared with nothing.
        clickRow(list, 1);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentItem(), list->topLevelItem(2));
        QVERIFY(compare.last().at(0).toString().isEmpty());
        QVERIFY(ready.wait(10000));
        QCOMPARE(view.result().count(SectionStatus::Added), 4);
    }

    void panelWithoutRepository()
    {
        QTemporaryDir dir;
        AmendmentsPanel panel;
        QSignalSpy failed(&panel, &AmendmentsPanel::failed);
        panel.setFile(dir.filePath(QStringLiteral("spec.md")));
        QVERIFY(failed.wait(10000));
        QVERIFY(panel.message().contains(QStringLiteral("not inside a git repository")));
        QCOMPARE(TestSupport::child<QTreeWidget>(&panel, "amendmentsList")->topLevelItemCount(), 0);
    }

    void diffModesSummaryAndScreenshots()
    {
        DiffView view;
        view.resize(1000, 700);
        view.show();
        QSignalSpy ready(&view, &DiffView::diffReady);
        QSignalSpy jump(&view, &DiffView::sectionActivated);
        view.compare(fixtureText(), amendedFixture(), QStringLiteral("v1"), QStringLiteral("v2"));
        QVERIFY(ready.wait(10000));
        const DiffResult &r = view.result();
        QCOMPARE(r.count(SectionStatus::Added), 1);
        QCOMPARE(r.count(SectionStatus::Renamed), 1);
        QVERIFY(r.count(SectionStatus::Modified) >= 2);
        QVERIFY(view.statusText().contains(QStringLiteral("modified, 1 added")));
        const QString rendered = TestSupport::child<QTextBrowser>(&view, "diffRendered")->toHtml();
        QVERIFY(TestSupport::child<QTextBrowser>(&view, "diffRendered")
                    ->toPlainText()
                    .contains(QStringLiteral("always")));
        QVERIFY(rendered.contains(QStringLiteral("line-through")));
        QVERIFY(TestSupport::child<QTextBrowser>(&view, "diffSideBySide")
                    ->toPlainText()
                    .contains(QStringLiteral("except when")));

        // Tabs switch modes by mouse.
        QTabBar *tabs = view.findChild<QTabBar *>();
        QVERIFY(tabs);
        saveShot(&view, QStringLiteral("diff_rendered_light"));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QCOMPARE(view.mode(), DiffView::SideBySide);
        saveShot(&view, QStringLiteral("diff_side_by_side_light"));
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        QCOMPARE(view.mode(), DiffView::Summary);
        saveShot(&view, QStringLiteral("diff_summary_light"));

        // Clicking a summary row asks to jump to that section.
        QTableWidget *table = TestSupport::child<QTableWidget>(&view, "diffSummaryTable");
        QCOMPARE(table->rowCount(), int(r.sections.size()));
        int row = -1;
        for (int i = 0; i < table->rowCount(); ++i)
            if (table->item(i, 4)->text() == u"chain_of_command")
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("modified"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, 1)).center());
        QCOMPARE(jump.size(), 1);
        QCOMPARE(jump.first().at(0).toString(), QStringLiteral("chain_of_command"));
        QCOMPARE(jump.first().at(1).toInt(), 15);

        // Dark palette: the view re-renders with dark colours.
        view.setPalette(TestSupport::darkPalette());
        QVERIFY(ready.wait(10000));
        view.setMode(DiffView::Rendered);
        QImage darkShot;
        saveShot(&view, QStringLiteral("diff_rendered_dark"), &darkShot);
        // A known pixel: just inside the rendered browser, the page's dark background.
        auto *browser = TestSupport::child<QTextBrowser>(&view, "diffRendered");
        const QPoint inside = browser->viewport()->mapTo(&view, QPoint(3, 3));
        QVERIFY2(TestSupport::isColour(darkShot, inside, QColor(0x1e, 0x1f, 0x22), 8),
                 qPrintable(darkShot.pixelColor(inside).name()));
        view.setMode(DiffView::SideBySide);
        saveShot(&view, QStringLiteral("diff_side_by_side_dark"));
        view.setMode(DiffView::Summary);
        QImage summaryShot;
        saveShot(&view, QStringLiteral("diff_summary_dark"), &summaryShot);
        // The header's links are drawn in the dark palette's link colour, not the default blue.
        auto *header = TestSupport::child<QLabel>(&view, "diffSummaryHeader");
        const QRect headerRect(header->mapTo(&view, QPoint(0, 0)), header->size());
        QVERIFY(TestSupport::countColour(summaryShot.copy(headerRect),
                                         TestSupport::darkPalette().color(QPalette::Link).rgb(),
                                         40) > 20);
        QVERIFY(TestSupport::child<QTextBrowser>(&view, "diffRendered")
                    ->toHtml()
                    .contains(QStringLiteral("#1e1f22")));
    }

    void normativeHeaderLinksAndNarrowDock()
    {
        DiffView view;
        view.resize(380, 600); // a narrow side dock
        view.show();
        QSignalSpy ready(&view, &DiffView::diffReady);
        QSignalSpy jump(&view, &DiffView::sectionActivated);
        view.compare(AmendmentFixtures::base(), AmendmentFixtures::release(), QStringLiteral("v1"),
                     QStringLiteral("v2"));
        QVERIFY(ready.wait(10000));
        // The three mode tabs stay whole at this width.
        QTabBar *tabs = TestSupport::child<QTabBar>(&view, "diffModes");
        for (int i = 0; i < 3; ++i)
            QVERIFY2(tabs->rect().contains(tabs->tabRect(i)), qPrintable(QString::number(i)));
        QVERIFY(tabs->geometry().right() <= view.width());
        // The header counts what a reviewer asks about.
        const QString header = TestSupport::child<QLabel>(&view, "diffSummaryHeader")->text();
        QVERIFY(header.contains(QStringLiteral("1 authority change")));
        QVERIFY(header.contains(QStringLiteral("strengthened")));
        QVERIFY(TestSupport::child<QLabel>(&view, "diffSummaryHeader")->isVisible());
        saveShot(&view, QStringLiteral("diff_narrow_release"));

        // The summary table at the top of the rendered mode links to the sections.
        view.resize(1000, 700);
        int entry = -1;
        for (int i = 0; i < view.result().sections.size(); ++i)
            if (view.result().sections[i].newId == u"chain_of_command")
                entry = i;
        QVERIFY(entry >= 0);
        QVERIFY(clickLink(TestSupport::child<QTextBrowser>(&view, "diffRendered"),
                          u'#' + DiffHtmlWriter::anchor(entry)));
        QCOMPARE(
            TestSupport::child<QTableWidget>(&view, "diffSummaryTable")
                ->item(TestSupport::child<QTableWidget>(&view, "diffSummaryTable")->currentRow(), 4)
                ->text(),
            QStringLiteral("chain_of_command"));
        saveShot(&view, QStringLiteral("diff_rendered_release"));

        // An unchanged section opens with its link.
        const QString before =
            TestSupport::child<QTextBrowser>(&view, "diffRendered")->toPlainText();
        QVERIFY(!before.contains(QStringLiteral("The assistant should sound friendly.")));
        int unchanged = -1;
        for (int i = 0; i < view.result().sections.size(); ++i)
            if (view.result().sections[i].newId == u"be_approachable")
                unchanged = i;
        QVERIFY(clickLink(TestSupport::child<QTextBrowser>(&view, "diffRendered"),
                          QStringLiteral("expand:%1").arg(unchanged)));
        QVERIFY(ready.wait(10000));
        QVERIFY(TestSupport::child<QTextBrowser>(&view, "diffRendered")
                    ->toPlainText()
                    .contains(QStringLiteral("The assistant should sound friendly.")));

        // A header entry jumps to its section (and cycles through several).
        jump.clear();
        view.jumpToSummaryItem(DiffSummary::ObligationsAdded);
        QCOMPARE(jump.size(), 1);
        QCOMPARE(jump.last().at(0).toString(), QStringLiteral("pesticides"));
        view.jumpToSummaryItem(DiffSummary::ObligationsAdded);
        QCOMPARE(jump.last().at(0).toString(), QStringLiteral("quiet_hours"));
        QCOMPARE(
            TestSupport::child<QTableWidget>(&view, "diffSummaryTable")
                ->item(TestSupport::child<QTableWidget>(&view, "diffSummaryTable")->currentRow(), 4)
                ->text(),
            QStringLiteral("quiet_hours"));

        // The summary tab lists the authority change and the obligations per section.
        view.setMode(DiffView::Summary);
        QTableWidget *table = TestSupport::child<QTableWidget>(&view, "diffSummaryTable");
        bool authority = false;
        for (int row = 0; row < table->rowCount(); ++row)
            authority = authority || table->item(row, 8)->text().contains(
                                         QStringLiteral("authority: platform \u2192 root"));
        QVERIFY(authority);
        saveShot(&view, QStringLiteral("diff_summary_release"));
    }

    void noChanges()
    {
        DiffView view;
        QSignalSpy ready(&view, &DiffView::diffReady);
        view.compare(AmendmentFixtures::base(), AmendmentFixtures::base());
        QVERIFY(ready.wait(10000));
        QVERIFY(view.statusText().contains(QStringLiteral("no changes")));
        QVERIFY(TestSupport::child<QTextBrowser>(&view, "diffRendered")
                    ->toPlainText()
                    .contains(QStringLiteral("No changes")));
        QVERIFY(TestSupport::child<QLabel>(&view, "diffSummaryHeader")->isHidden());
    }

    void standaloneHtmlScreenshot()
    {
        // The page `specc diff --format html` writes, shown by Qt's HTML engine.
        const DiffResult r =
            SectionDiff::compute(AmendmentFixtures::base(), AmendmentFixtures::release());
        DiffHtmlWriter::Options options;
        options.title = QStringLiteral("spec.md: v1 \u2192 v2");
        QTextBrowser browser;
        browser.resize(900, 1400);
        browser.setHtml(DiffHtmlWriter::rendered(r, options));
        browser.show();
        QVERIFY(browser.toPlainText().contains(QStringLiteral("authority: platform \u2192 root")));
        saveShot(&browser, QStringLiteral("diff_html_release"));
    }

    void compareWithLastAmendment()
    {
        Repo repo;
        DiffView view;
        QSignalSpy ready(&view, &DiffView::diffReady);
        view.compareWithLastAmendment(repo.file(),
                                      QString::fromUtf8(SpecVersions::v3()) +
                                          QStringLiteral("\n## Delta {#delta}\n\nNew.\n"));
        QVERIFY(ready.wait(10000));
        QCOMPARE(view.result().count(SectionStatus::Added), 1);
        QCOMPARE(view.result().changedSectionIds(), QStringList{QStringLiteral("delta")});

        QTemporaryDir outside;
        QSignalSpy failed(&view, &DiffView::failed);
        view.compareWithLastAmendment(outside.filePath(QStringLiteral("x.md")),
                                      QStringLiteral("# X\n"));
        QVERIFY(failed.wait(10000));
        QVERIFY(view.statusText().contains(QStringLiteral("not inside a git repository")));
    }

    void commitDialogCommitsAndRefuses()
    {
        Repo repo;
        repo.b.write(QStringLiteral("spec.md"), SpecVersions::v1());
        const DiffResult diff = SectionDiff::compute(QString::fromUtf8(SpecVersions::v3()),
                                                     QString::fromUtf8(SpecVersions::v1()));
        {
            AmendCommitDialog dialog(repo.file(), diff);
            dialog.show();
            QVERIFY(TestSupport::child<QPushButton>(&dialog, "amendCommit")->isEnabled());
            QVERIFY(TestSupport::child<QCheckBox>(&dialog, "amendAllowDetached")->isHidden());
            QTest::keyClicks(TestSupport::child<QLineEdit>(&dialog, "amendSummary"),
                             QStringLiteral("water in the morning"));
            QVERIFY(
                dialog.message().startsWith(QStringLiteral("Amend spec.md: water in the morning")));
            QVERIFY(dialog.message().contains(QStringLiteral("- alpha")));
            saveShot(&dialog, QStringLiteral("amend_dialog_light"));
            QSignalSpy committed(&dialog, &AmendCommitDialog::committed);
            QTest::mouseClick(TestSupport::child<QPushButton>(&dialog, "amendCommit"),
                              Qt::LeftButton);
            QCOMPARE(committed.size(), 1);
            QCOMPARE(repo.b.repo.headId()->hex(), committed.first().first().toString());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        {
            QVERIFY(repo.b.repo.detachHead(repo.c2).ok());
            AmendCommitDialog dialog(repo.file(), diff);
            dialog.show();
            QVERIFY(!TestSupport::child<QPushButton>(&dialog, "amendCommit")->isEnabled());
            QVERIFY(dialog.refusal().contains(QStringLiteral("detached")));
            QVERIFY(!TestSupport::child<QCheckBox>(&dialog, "amendAllowDetached")->isHidden());
            saveShot(&dialog, QStringLiteral("amend_dialog_refused"));
            TestSupport::child<QCheckBox>(&dialog, "amendAllowDetached")->setFocus();
            QTest::keyClick(TestSupport::child<QCheckBox>(&dialog, "amendAllowDetached"),
                            Qt::Key_Space);
            QVERIFY(TestSupport::child<QCheckBox>(&dialog, "amendAllowDetached")->isChecked());
            QVERIFY2(TestSupport::child<QPushButton>(&dialog, "amendCommit")->isEnabled(),
                     qPrintable(dialog.refusal()));
        }
    }
};

QTEST_MAIN(TestAmendments)
#include "tst_amendments.moc"
