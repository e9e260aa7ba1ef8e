// ProblemsPanel driven by real mouse and keyboard events: sorting by header clicks, severity and
// rule filters, double-click / Enter to jump, fix-all signal; screenshots in light and dark.
#include "diagnostic_table_model.h"
#include "fix_applier.h"
#include "lint_engine.h"
#include "problems_panel.h"
#include "test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Specwright;

class TestProblemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsAllRows();
    void sortsByHeaderClick();
    void filtersBySeverity();
    void filtersByRule();
    void doubleClickJumps();
    void enterJumps();
    void fixAllOfRule();
    void screenshots();

private:
    QModelIndex rowIndex(int row, int column = 0) const;
    QString cell(int row, int column) const;
    ProblemsPanel *m_panel = nullptr;
    QString m_text;
};

void TestProblemsPanel::init()
{
    m_text = QStringLiteral(
        "# Spec {#spec}\n\nIn order to help, the the assistant must answer in a reasonable "
        "time.\n\n"
        "In order to stay safe, see [?](#spc) and [?](#nowhere).\n\nTODO: examples.\n");
    // "in order to" is off by default; the panel test turns it on as a workspace would.
    LintConfig config;
    LintConfig::RuleSetting on;
    on.enabled = true;
    config.setRule(QStringLiteral("style/superfluous-infinitive"), on);
    const QList<Diagnostic> diagnostics =
        LintEngine(config).lint(*SpecDocument::parse(m_text, QStringLiteral("/ws/spec.md")));
    m_panel = new ProblemsPanel;
    m_panel->setRootPath(QStringLiteral("/ws"));
    m_panel->setDiagnostics(diagnostics);
    m_panel->resize(900, 260);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestProblemsPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
}

QModelIndex TestProblemsPanel::rowIndex(int row, int column) const
{
    return m_panel->view()->model()->index(row, column);
}

QString TestProblemsPanel::cell(int row, int column) const
{
    return rowIndex(row, column).data().toString();
}

void TestProblemsPanel::showsAllRows()
{
    QVERIFY(m_panel->diagnostics().size() >= 6);
    QCOMPARE(m_panel->visibleCount(), int(m_panel->diagnostics().size()));
    QCOMPARE(cell(0, DiagnosticTableModel::FileColumn), QStringLiteral("spec.md"));
    QVERIFY(m_panel->severityButton(Severity::Error)->text().contains(QStringLiteral("2")));
}

void TestProblemsPanel::sortsByHeaderClick()
{
    QHeaderView *header = m_panel->view()->header();
    auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickHeader(DiagnosticTableModel::LineColumn);
    const int rows = m_panel->visibleCount();
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QCOMPARE(header->sortIndicatorSection(), int(DiagnosticTableModel::LineColumn));
    auto lines = [&] {
        QList<int> l;
        for (int r = 0; r < rows; ++r)
            l.append(rowIndex(r, DiagnosticTableModel::LineColumn).data().toInt());
        return l;
    };
    QList<int> sorted = lines();
    QList<int> expected = sorted;
    std::sort(expected.begin(), expected.end());
    if (first == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());
    QCOMPARE(sorted, expected);
    clickHeader(DiagnosticTableModel::LineColumn);
    QVERIFY(header->sortIndicatorOrder() != first);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(lines(), expected);
    // Severity sorts by rank, not by the translated text: errors first in ascending order.
    clickHeader(DiagnosticTableModel::SeverityColumn);
    if (header->sortIndicatorOrder() != Qt::AscendingOrder)
        clickHeader(DiagnosticTableModel::SeverityColumn);
    QCOMPARE(cell(0, DiagnosticTableModel::SeverityColumn),
             DiagnosticTableModel::severityText(Severity::Error));
}

void TestProblemsPanel::filtersBySeverity()
{
    const int all = m_panel->visibleCount();
    QToolButton *warnings = m_panel->severityButton(Severity::Warning);
    QTest::mouseClick(warnings, Qt::LeftButton);
    QVERIFY(!warnings->isChecked());
    QVERIFY(m_panel->visibleCount() < all);
    for (int r = 0; r < m_panel->visibleCount(); ++r)
        QVERIFY(cell(r, DiagnosticTableModel::SeverityColumn) !=
                DiagnosticTableModel::severityText(Severity::Warning));
    QTest::mouseClick(warnings, Qt::LeftButton);
    QCOMPARE(m_panel->visibleCount(), all);
}

void TestProblemsPanel::filtersByRule()
{
    QComboBox *rules = m_panel->ruleFilter();
    const int target = rules->findData(QStringLiteral("references/broken"));
    QVERIFY(target > 0);
    rules->setFocus();
    QTest::mouseClick(rules, Qt::LeftButton); // opens the popup
    QWidget *popup = rules->view();
    QVERIFY(QTest::qWaitForWindowExposed(popup->window()));
    for (int i = rules->currentIndex(); i < target; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(rules->currentIndex(), target);
    QCOMPARE(m_panel->visibleCount(), 2);
    for (int r = 0; r < 2; ++r)
        QCOMPARE(cell(r, DiagnosticTableModel::RuleColumn), QStringLiteral("references/broken"));
}

void TestProblemsPanel::doubleClickJumps()
{
    QSignalSpy spy(m_panel, &ProblemsPanel::activated);
    QTreeView *view = m_panel->view();
    const QRect rect = view->visualRect(rowIndex(1, DiagnosticTableModel::MessageColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/ws/spec.md"));
    const auto range = spy.at(0).at(1).value<SourceRange>();
    QCOMPARE(range.startLine, rowIndex(1, DiagnosticTableModel::LineColumn).data().toInt());
    QVERIFY(range.startOffset >= 0);
}

void TestProblemsPanel::enterJumps()
{
    QSignalSpy spy(m_panel, &ProblemsPanel::activated);
    QTreeView *view = m_panel->view();
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(rowIndex(0, 1)).center());
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).value<SourceRange>().startLine,
             rowIndex(1, DiagnosticTableModel::LineColumn).data().toInt());
}

void TestProblemsPanel::fixAllOfRule()
{
    QSignalSpy spy(m_panel, &ProblemsPanel::fixAllRequested);
    QTreeView *view = m_panel->view();
    int row = -1;
    for (int r = 0; r < m_panel->visibleCount(); ++r)
        if (cell(r, DiagnosticTableModel::RuleColumn) == u"style/superfluous-infinitive")
            row = r;
    QVERIFY(row >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(rowIndex(row, 4)).center());
    QVERIFY(m_panel->fixAllAction()->isEnabled());
    QList<QToolButton *> buttons = m_panel->findChildren<QToolButton *>();
    QToolButton *fixAll = nullptr;
    for (QToolButton *b : buttons)
        if (b->defaultAction() == m_panel->fixAllAction())
            fixAll = b;
    QVERIFY(fixAll);
    QTest::mouseClick(fixAll, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/ws/spec.md"));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("style/superfluous-infinitive"));
    const auto edits = spy.at(0).at(2).value<QList<TextEdit>>();
    QCOMPARE(edits.size(), 2);
    const QString fixed = FixApplier::apply(m_text, edits);
    QVERIFY(fixed.contains(QStringLiteral("To help, the the assistant")));
    QVERIFY(fixed.contains(QStringLiteral("To stay safe")));
}

void TestProblemsPanel::screenshots()
{
    SPECWRIGHT_SCREENSHOT(m_panel, QStringLiteral("problems_panel_light.png"));
    const QPalette dark = TestSupport::darkPalette();
    m_panel->setPalette(dark);
    m_panel->view()->setCurrentIndex(rowIndex(1, 0));
    QImage shot;
    const QString error =
        TestSupport::saveScreenshot(m_panel, QStringLiteral("problems_panel_dark.png"), &shot);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A known pixel: the empty bottom of the list shows the palette's base colour.
    QWidget *viewport = m_panel->view()->viewport();
    const QPoint corner =
        viewport->mapTo(m_panel, QPoint(viewport->width() - 3, viewport->height() - 3));
    QVERIFY2(TestSupport::isColour(shot, corner, dark.color(QPalette::Base), 4),
             qPrintable(shot.pixelColor(corner).name()));
}

QTEST_MAIN(TestProblemsPanel)
#include "tst_problems_panel.moc"
