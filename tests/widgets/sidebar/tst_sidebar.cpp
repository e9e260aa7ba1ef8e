// IntentOutline and ExamplesPanel on the Model-Spec-shaped fixture, driven by mouse clicks.
#include "examples_panel.h"
#include "intent_outline.h"
#include "pass_rate_badge_delegate.h"
#include "test_support.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Specwright;

class TestSidebar : public QObject
{
    Q_OBJECT
private:
    const QString root = QStringLiteral(SPECWRIGHT_TEST_DATA "/model_spec");

    static void clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
    {
        clickItem(tree, tree->indexFromItem(item));
    }
    static void clickItem(QTreeView *tree, const QModelIndex &index)
    {
        tree->scrollTo(index);
        const QRect rect = tree->visualRect(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void outlineShowsSectionsWithBadges()
    {
        const auto doc = SpecDocument::load(root + QStringLiteral("/spec.md"));
        IntentOutline outline;
        outline.resize(500, 400);
        outline.show();
        outline.setDocument(doc);
        const int chain = doc->sectionIndexById(QStringLiteral("chain_of_command"));
        QVERIFY(chain >= 0);
        const QModelIndex item = outline.indexForSection(chain);
        QVERIFY(item.isValid());
        QCOMPARE(outline.text(chain, IntentOutline::TitleColumn),
                 QStringLiteral("Follow the chain of command"));
        QCOMPARE(outline.text(chain, IntentOutline::AuthorityColumn), QStringLiteral("root"));
        QCOMPARE(outline.text(chain, IntentOutline::ExamplesColumn),
                 QString::number(doc->examplesOf(chain, false).size()));

        Diagnostic d;
        d.range.startLine = doc->sections()[chain].headingLine + 1;
        outline.setDiagnostics({d, d});
        QCOMPARE(outline.text(chain, IntentOutline::LintColumn), QStringLiteral("2"));

        // Click jumps: the signal carries the heading line.
        QSignalSpy spy(&outline, &IntentOutline::sectionActivated);
        const int grower = doc->sectionIndexById(QStringLiteral("protect_the_grower"));
        clickItem(outline.tree(), outline.indexForSection(grower));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toInt(), grower);
        QCOMPARE(spy.first().at(1).toInt(), doc->sections()[grower].headingLine);

        // Following the cursor selects the section holding the line.
        outline.setCurrentLine(doc->sections()[chain].headingLine + 2);
        QCOMPARE(outline.currentSection(), chain);
        QCOMPARE(outline.tree()->currentIndex(), item);

        // Filter keeps matches and their parents.
        QTest::keyClicks(outline.filterField(), QStringLiteral("grower"));
        QVERIFY(!outline.isSectionHidden(grower));
        QVERIFY(!outline.isSectionHidden(chain)); // parent of the match
        QVERIFY(outline.isSectionHidden(doc->sectionIndexById(QStringLiteral("be_accurate"))));
        outline.filterField()->clear();
        QVERIFY(!outline.isSectionHidden(doc->sectionIndexById(QStringLiteral("be_accurate"))));
    }

    // In a narrow Intents dock the title gives way: the small columns, the Evals badge last,
    // stay inside the view.
    void narrowOutlineKeepsTheBadgeVisible()
    {
        const auto doc = SpecDocument::load(root + QStringLiteral("/spec.md"));
        for (const bool dark : {false, true}) {
            IntentOutline outline;
            if (dark)
                outline.setPalette(TestSupport::darkPalette());
            outline.setItemDelegateForColumn(
                IntentOutline::EvalColumn,
                new PassRateBadgeDelegate(IntentOutline::BadgeColorRole, &outline));
            outline.resize(420, 300);
            outline.show();
            QVERIFY(QTest::qWaitForWindowExposed(&outline));
            outline.setDocument(doc);
            QHash<QString, IntentOutline::SectionBadge> badges;
            for (const Section &s : doc->sections())
                badges.insert(s.id, {QStringLiteral("100%"), PassRateBadgeDelegate::colorFor(1.0),
                                     QString()});
            outline.setSectionBadges(badges);
            QTreeView *tree = outline.tree();
            QHeaderView *header = tree->header();
            QVERIFY(!tree->isColumnHidden(IntentOutline::AuthorityColumn)); // room for all

            outline.resize(190, 300); // a narrow Intents dock
            QTRY_VERIFY(tree->isColumnHidden(IntentOutline::AuthorityColumn));
            const int viewport = tree->viewport()->width();
            const int evalRight = header->sectionViewportPosition(IntentOutline::EvalColumn) +
                                  header->sectionSize(IntentOutline::EvalColumn);
            QVERIFY2(
                evalRight <= viewport,
                qPrintable(QStringLiteral("badge ends at %1 of %2").arg(evalRight).arg(viewport)));
            QVERIFY(!tree->horizontalScrollBar()->isVisible());
            const QFontMetrics fm(tree->font());
            QVERIFY(header->sectionSize(IntentOutline::EvalColumn) >=
                    fm.horizontalAdvance(QStringLiteral("100%")));
            // The title keeps a readable width.
            QVERIFY2(header->sectionSize(IntentOutline::TitleColumn) >=
                         fm.horizontalAdvance(QStringLiteral("Follow the")),
                     qPrintable(QString::number(header->sectionSize(IntentOutline::TitleColumn))));
            SPECWRIGHT_SCREENSHOT(&outline, dark ? QStringLiteral("intent-outline-narrow-dark.png")
                                                 : QStringLiteral("intent-outline-narrow.png"));
            outline.resize(420, 300); // wider again: the authority comes back
            QTRY_VERIFY(!tree->isColumnHidden(IntentOutline::AuthorityColumn));
            SPECWRIGHT_SCREENSHOT(&outline, dark ? QStringLiteral("intent-outline-wide-dark.png")
                                                 : QStringLiteral("intent-outline-wide.png"));
        }
    }

    // The id and authority are quieter than the title, but readable in light and in dark, and
    // follow a palette switch made after the outline was filled.
    void outlineDimTextFollowsThePalette()
    {
        const auto doc = SpecDocument::load(root + QStringLiteral("/spec.md"));
        IntentOutline outline;
        outline.resize(420, 220);
        outline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&outline));
        outline.setDocument(doc);
        const int chain = doc->sectionIndexById(QStringLiteral("chain_of_command"));
        auto contrast = [&] {
            const QColor authority = outline.model()
                                         ->indexOfSection(chain, IntentOutline::AuthorityColumn)
                                         .data(Qt::ForegroundRole)
                                         .value<QColor>();
            const QPalette p = outline.tree()->palette();
            const int toBase = qAbs(authority.lightness() - p.color(QPalette::Base).lightness());
            const int toText = qAbs(authority.lightness() - p.color(QPalette::Text).lightness());
            return std::pair{toBase, toText};
        };
        QVERIFY(contrast().first >= 120);
        QVERIFY(contrast().second >= 40); // still dimmer than the title
        SPECWRIGHT_SCREENSHOT(&outline, QStringLiteral("intent-outline-authority.png"));

        QPalette dark = TestSupport::darkPalette();
        dark.setColor(QPalette::PlaceholderText, QColor(0x45, 0x48, 0x4b)); // a faint one
        outline.setPalette(dark);
        const auto [toBase, toText] = contrast();
        QVERIFY2(toBase >= 120, qPrintable(QString::number(toBase)));
        QVERIFY(toText >= 40);
        SPECWRIGHT_SCREENSHOT(&outline, QStringLiteral("intent-outline-authority-dark.png"));
    }

    void outlineKeepsItemsWhenShapeIsUnchanged()
    {
        IntentOutline outline;
        outline.setDocument(SpecDocument::parse(QStringLiteral("# A {#a}\n\n## B {#b}\n")));
        QSignalSpy resets(outline.model(), &QAbstractItemModel::modelReset);
        const QPersistentModelIndex b = outline.indexForSection(1);
        outline.setDocument(SpecDocument::parse(QStringLiteral("# A {#a}\n\ntext\n\n## B {#b}\n")));
        QCOMPARE(resets.count(), 0);
        QVERIFY(b.isValid());
        QCOMPARE(QModelIndex(b), outline.indexForSection(1));
        outline.setDocument(SpecDocument::parse(QStringLiteral("# A {#a}\n\n## C {#c}\n")));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(outline.text(1, IntentOutline::TitleColumn), QStringLiteral("C"));
    }

    void examplesPanelListsInlineAndEvalExamples()
    {
        const auto ws = Workspace::load(root);
        const auto doc = ws->document(QStringLiteral("spec.md"));
        QVERIFY(doc);
        ExamplesPanel panel;
        panel.resize(400, 400);
        panel.show();
        panel.setDocument(doc, ws);
        const int grower = doc->sectionIndexById(QStringLiteral("protect_the_grower"));
        panel.showSection(grower);
        QCOMPARE(panel.inlineCount(), int(doc->examplesOf(grower, true).size()));
        QVERIFY(panel.evalCount() >= 1); // examples/pt1a.md
        QVERIFY(panel.inlineCount() >= 1);

        QSignalSpy jump(&panel, &ExamplesPanel::jumpToLine);
        QSignalSpy open(&panel, &ExamplesPanel::openFile);
        QTreeWidgetItem *inlineGroup = panel.tree()->topLevelItem(0);
        clickItem(panel.tree(), inlineGroup->child(0));
        QCOMPARE(jump.count(), 1);
        QCOMPARE(jump.first().at(0).toInt(),
                 doc->examples()[doc->examplesOf(grower, true).first()].range.startLine);
        QTreeWidgetItem *evalGroup = panel.tree()->topLevelItem(1);
        QVERIFY(evalGroup->text(0).contains(QStringLiteral("pt1a")));
        clickItem(panel.tree(), evalGroup->child(0));
        QCOMPARE(open.count(), 1);
        QVERIFY(open.first().at(0).toString().endsWith(QStringLiteral("examples/pt1a.md")));
    }
};

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
