// The Traceability view on the spec-kit fixture, driven by real mouse and key events: gaps are
// tinted and filterable, every cell jumps; screenshots in light and dark.
#include "test_support.h"
#include "trace_matrix_model.h"
#include "traceability_panel.h"

#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Specwright;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SPECWRIGHT_TEST_DATA "/trace/") + QLatin1String(name);
}

// The view row whose requirement cell starts with `id`.
int rowOf(const QTableView *view, const QString &id)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data().toString().startsWith(id + u' '))
            return r;
    return -1;
}

void doubleClickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestTraceabilityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_ws = Workspace::load(fixture("speckit"));
        m_panel = std::make_unique<TraceabilityPanel>();
        m_panel->resize(900, 320);
        m_panel->setIndex(TraceIndex::build(*m_ws));
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup() { m_panel.reset(); }

    void showsEveryRequirementAndItsGaps()
    {
        QTableView *view = m_panel->view();
        QCOMPARE(view->model()->rowCount(), 7);
        QCOMPARE(m_panel->summary()->text(),
                 QStringLiteral("7 requirements, 1 not covered; 14 references, 3 broken"));
        const int sc = rowOf(view, QStringLiteral("SC-001"));
        QVERIFY(sc >= 0);
        QCOMPARE(view->model()->index(sc, 0).data(TraceMatrixModel::GapRole).toString(),
                 QStringLiteral("1"));
        QVERIFY(view->model()->index(sc, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(view->model()->index(sc, TraceMatrixModel::TaskColumn).data().toString(),
                 QStringLiteral("missing"));
        const int fr1 = rowOf(view, QStringLiteral("FR-001"));
        QVERIFY(!view->model()->index(fr1, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(view->model()->index(fr1, TraceMatrixModel::TaskColumn).data().toString(),
                 QStringLiteral("tasks.md:9"));
    }

    void gapsOnlyByClick()
    {
        QCheckBox *box = m_panel->gapsOnly();
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY(box->isChecked());
        QCOMPARE(m_panel->visibleRows(), 1);
        QVERIFY(m_panel->view()->model()->index(0, 0).data().toString().startsWith(
            QLatin1String("SC-001")));
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QCOMPARE(m_panel->visibleRows(), 7);
    }

    void everyCellJumps()
    {
        QTableView *view = m_panel->view();
        QSignalSpy jumps(m_panel.get(), &TraceabilityPanel::jumpRequested);
        const int fr3 = rowOf(view, QStringLiteral("FR-003"));
        // The task that covers FR-003.
        doubleClickCell(view, fr3, TraceMatrixModel::TaskColumn);
        QCOMPARE(jumps.count(), 1);
        QCOMPARE(jumps.at(0).at(0).toString(),
                 QDir(m_ws->rootPath())
                     .absoluteFilePath(QStringLiteral("specs/002-loan-renewal/tasks.md")));
        QCOMPARE(jumps.at(0).at(1).toInt(), 10);
        // The requirement itself, with the keyboard.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(fr3, TraceMatrixModel::RequirementColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(jumps.count(), 2);
        QVERIFY(jumps.at(1).at(0).toString().endsWith(QLatin1String("spec.md")));
        QCOMPARE(jumps.at(1).at(1).toInt(), 29);
        // An empty cell goes nowhere.
        doubleClickCell(view, fr3, TraceMatrixModel::TestColumn);
        QCOMPARE(jumps.count(), 2);
    }

    void withoutWorkspace()
    {
        m_panel->setIndex(nullptr);
        QCOMPARE(m_panel->view()->model()->rowCount(), 0);
        QVERIFY(m_panel->summary()->text().startsWith(QLatin1String("Open a folder")));
    }

    void screenshots()
    {
        m_panel->setIndex(TraceIndex::build(*Workspace::load(fixture("kiro"))));
        m_panel->view()->setCurrentIndex(m_panel->view()->model()->index(1, 1));
        SPECWRIGHT_SCREENSHOT(m_panel.get(), QStringLiteral("traceability_light.png"));
        const QPalette dark = TestSupport::darkPalette();
        m_panel->setPalette(dark);
        QImage shot;
        const QString error = TestSupport::saveScreenshot(
            m_panel.get(), QStringLiteral("traceability_dark.png"), &shot);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A known pixel: the first (covered) row shows the palette's base colour.
        const QPoint corner = m_panel->view()->viewport()->mapTo(m_panel.get(), QPoint(2, 2));
        QVERIFY2(TestSupport::isColour(shot, corner, dark.color(QPalette::Base), 4),
                 qPrintable(shot.pixelColor(corner).name()));
    }

private:
    Workspace::Ptr m_ws;
    std::unique_ptr<TraceabilityPanel> m_panel;
};

QTEST_MAIN(TestTraceabilityPanel)
#include "tst_traceability_panel.moc"
